"""`premiere catalog import FILE` and `premiere catalog export`: the format is in
docs/catalog-format.md; the work is in `premiere.catalog.interchange`."""

import os
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from premiere.catalog.interchange import (
    ImportRejected,
    catalog_export,
    catalog_import,
    file_lines,
)


class Command(BaseCommand):
    help = "Import or export the catalog as JSON Lines (see docs/catalog-format.md)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="{import,export}")
        load = actions.add_parser(
            "import", help="Check every record of FILE, then import it; safe to re-run."
        )
        load.add_argument("file", metavar="FILE", help="A .jsonl file, or - for standard input.")
        load.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Import the good records and list the bad ones (default: import nothing).",
        )
        dump = actions.add_parser("export", help="Write the whole catalog as JSON Lines.")
        dump.add_argument("--output", "-o", metavar="FILE", help="Write here, not to stdout.")

    def handle(self, *args, action, **options):
        if action == "import":
            self.load(options["file"], skip_invalid=options["skip_invalid"])
        else:
            self.dump(options["output"])

    def load(self, name: str, *, skip_invalid: bool) -> None:
        with ExitStack() as stack:
            try:
                stream = sys.stdin.buffer if name == "-" else stack.enter_context(open(name, "rb"))
            except OSError as error:
                raise CommandError(f"Cannot read {name}: {error.strerror}.") from None
            try:
                report = catalog_import(
                    self.lines(stream, name), skip_invalid=skip_invalid, progress=self.stdout.write
                )
            except ImportRejected as rejected:
                for problem in rejected.report.problems:
                    self.stderr.write(str(problem))
                raise CommandError(str(rejected)) from None
        for problem in report.problems:
            self.stderr.write(str(problem))
        summary = report.summary()
        self.stdout.write(self.style.WARNING(summary) if report.problems else summary)

    @staticmethod
    def lines(stream, name: str):
        """Yield the file's lines, each cut at the size limit, so a huge line is never held;
        a read that fails midway (a disk error) is one clear error."""
        try:
            yield from file_lines(stream)
        except OSError as error:
            raise CommandError(f"Cannot read {name}: {error.strerror}.") from None

    def dump(self, output: str | None) -> None:
        if output is None:
            # The records own stdout; progress and the summary go to stderr.
            report = catalog_export(self.stdout, progress=self.stderr.write)
            self.stderr.write(report.summary())
            return
        target = Path(output)
        # Write beside the target and rename, so a failed export never leaves half a file.
        try:
            handle, temporary = tempfile.mkstemp(
                dir=target.resolve().parent, prefix=f".{target.name}.", suffix=".tmp"
            )
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}.") from None
        # mkstemp makes the file private; give it the mode any new file would get.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                report = catalog_export(out, progress=self.stdout.write)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self.stdout.write(f"{report.summary()[:-1]} to {output}.")
