"""`premiere renditions`: make the renditions stored pictures lack."""

from django.core.management.base import BaseCommand, CommandError

from premiere.newsroom.services import images_renditions_fill


class Command(BaseCommand):
    help = (
        "Make every rendition the stored pictures lack (a width or format added after they "
        "were uploaded). Existing renditions are kept; run it after an upgrade that adds one."
    )

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        shown = -1

        def progress(done: int, total: int) -> None:
            nonlocal shown
            step = max(total // 10, 1)  # about ten lines, and always the last
            if verbose and (done == total or done // step > shown):
                shown = done // step
                self.stdout.write(f"  {done:,} of {total:,} pictures")

        made, touched, failed = images_renditions_fill(report=progress)
        for image, reason in failed:
            self.stderr.write(f"  picture #{image.pk} ({image.file.name}): {reason}")
        summary = f"Made {made:,} renditions for {touched:,} pictures."
        if failed:
            raise CommandError(f"{summary} {len(failed):,} could not be read (listed above).")
        self.stdout.write(self.style.SUCCESS(summary))
