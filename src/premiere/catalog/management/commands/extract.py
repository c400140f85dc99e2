import json
import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from premiere.catalog.extraction import extract_article
from premiere.core.text import markdown_emphasis, markdown_headings, markdown_text


class Command(BaseCommand):
    help = (
        "Print the facts found in a news text as JSON. The first line is read as the headline, "
        "the rest as the body, in Markdown as the desk reads it (italics mark titles)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A UTF-8 text file, or - for standard input.")
        parser.add_argument(
            "--published",
            help="The day the text was published (YYYY-MM-DD), which 'next year' and 'June 7' "
            "count from; 'unknown' leaves such dates out instead of guessing a year.",
        )

    def handle(self, *args, file, published=None, **options):
        if not published:
            raise CommandError(
                "say when the text was published: --published 2024-06-01 "
                "(or --published unknown: dates only that day can place are then left out)"
            )
        try:
            reference = None if published == "unknown" else date.fromisoformat(published)
        except ValueError:
            raise CommandError(
                f"--published must be a date like 2023-06-01 or 'unknown', not {published!r}"
            ) from None
        try:
            text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"cannot read {file}: {error}") from None
        lines = [line for line in text.splitlines() if line.strip()]
        if not lines:
            raise CommandError(f"{file} holds no text")
        body = text[text.index(lines[0]) + len(lines[0]) :]  # as written: lists, tables
        # Read as the desk reads a story: Markdown's words, its italics and its headings.
        found = extract_article(
            headline=lines[0].lstrip("# "),
            standfirst="",
            body=markdown_text(body),
            emphasized=markdown_emphasis(body),
            headings=markdown_headings(body),
            published=reference,
        )
        json.dump(
            [s.as_dict() for s in found], self.stdout, indent=2, ensure_ascii=False, default=str
        )
        self.stdout.write("")
        self.stderr.write(f"{len(found)} suggestions from {len(text.split())} words.")
