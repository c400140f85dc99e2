"""`premiere backup DIR`: the work is in `premiere.core.backups`."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from premiere.core.backups import EXPECTED_ERRORS, backup_create, error_line


class Command(BaseCommand):
    help = (
        "Write a backup of the database and the media folder (MEDIA_ROOT) into a new folder DIR, "
        "with a manifest of every file's SHA-256. Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR", help="A folder that is new or empty.")
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            choices=tuple(connections),
            help="The database to back up (default: %(default)s).",
        )

    def handle(self, *args, folder, database, **options):
        try:
            report = backup_create(folder, using=database, progress=self.stdout.write)
        except EXPECTED_ERRORS as error:
            raise CommandError(error_line(error)) from None
        self.stdout.write(self.style.SUCCESS(report.summary()))
