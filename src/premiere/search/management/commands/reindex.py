"""`premiere reindex`: rebuild the search index from the catalog and the newsroom."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from premiere.search.services import index_rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the search index from every title, person, franchise, company and story. "
        "Readers keep the old index until the new one is complete. Saves keep the index "
        "current by themselves; this is for a catalog loaded around the services, or a restore."
    )

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        shown: dict[str, int] = {}

        def progress(label: str, done: int, total: int) -> None:
            # About ten lines per kind, and always its last.
            step = max(total // 10, 1)
            if verbose and (done == total or done // step > shown.get(label, -1)):
                shown[label] = done // step
                self.stdout.write(f"  {label}: {done:,} of {total:,}")

        if verbose:
            self.stdout.write("Rebuilding the search index…")
        try:
            rebuilt = index_rebuild(report=progress)
        except (DatabaseError, ImproperlyConfigured) as error:
            # One line an operator can act on; the rebuild was one transaction, so the old
            # index is still there.
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
            hint = " (has `premiere migrate` run?)" if "search_" in first_line else ""
            raise CommandError(
                f"the search index was not rebuilt, the old one is kept: "
                f"{first_line or type(error).__name__}{hint}"
            ) from None
        self.stdout.write(self.style.SUCCESS(str(rebuilt)))
