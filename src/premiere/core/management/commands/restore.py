"""`premiere restore DIR`: the work is in `premiere.core.backups`."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from premiere.core.backups import EXPECTED_ERRORS, backup_restore, error_line


class Command(BaseCommand):
    help = (
        "Restore the database and the media folder (MEDIA_ROOT) from a folder DIR made by "
        "`premiere backup`. Stop the site first."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR", help="A folder made by `premiere backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database and media folder that already hold data.",
        )
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            choices=tuple(connections),
            help="The database to restore into (default: %(default)s).",
        )

    def handle(self, *args, folder, database, force, **options):
        try:
            report = backup_restore(folder, using=database, force=force, progress=self.stdout.write)
        except EXPECTED_ERRORS as error:
            raise CommandError(error_line(error)) from None
        self.stdout.write(self.style.SUCCESS(report.summary()))
