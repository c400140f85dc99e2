from django.core.management.base import BaseCommand

from premiere.demo.newsroom import DEMO_PASSWORD, DemoBuilder


class Command(BaseCommand):
    help = "Load the demo newsroom (sections, people, pictures, stories, comments). Safe to re-run."

    def handle(self, *args, **options):
        self.stdout.write("Loading demo content…")
        created = DemoBuilder(report=self.stdout.write).run()
        made = ", ".join(f"{count} {kind}" for kind, count in created.items() if count)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {made or 'nothing new (already loaded)'}. "
                f"Sign in as editor / maya / theo with password {DEMO_PASSWORD!r}."
            )
        )
