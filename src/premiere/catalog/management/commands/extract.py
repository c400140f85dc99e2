import json
import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from premiere.catalog.extraction import extract_article


class Command(BaseCommand):
    help = (
        "Print the facts found in a news text as JSON. The first line is read as the headline, "
        "the rest as the body."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A UTF-8 text file, or - for standard input.")
        parser.add_argument(
            "--published",
            help="The publication date (YYYY-MM-DD) that 'next year' counts from; default today.",
        )

    def handle(self, *args, file, published=None, **options):
        try:
            reference = date.fromisoformat(published) if published else timezone.localdate()
        except ValueError:
            raise CommandError(
                f"--published must be a date like 2023-06-01, not {published!r}"
            ) from None
        try:
            text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"cannot read {file}: {error}") from None
        lines = [line for line in text.splitlines() if line.strip()]
        if not lines:
            raise CommandError(f"{file} holds no text")
        found = extract_article(
            headline=lines[0], standfirst="", body="\n".join(lines[1:]), published=reference
        )
        json.dump(
            [s.as_dict() for s in found], self.stdout, indent=2, ensure_ascii=False, default=str
        )
        self.stdout.write("")
        self.stderr.write(f"{len(found)} suggestions from {len(text.split())} words.")
