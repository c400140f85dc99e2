import time

from django.core.management.base import BaseCommand, CommandError

from premiere.wire import services


class Command(BaseCommand):
    help = "The wire desk: `premiere wire fetch` polls every active feed once."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        fetch = sub.add_parser("fetch", help="Fetch every active feed.")
        fetch.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="Keep running and fetch again every SECONDS (a simple periodic worker).",
        )
        fetch.add_argument(
            "--times",
            type=int,
            default=0,
            help="With --every, stop after this many rounds (0: never).",
        )

    def handle(self, *args, action, every=None, times=0, **options):
        if every is not None and every < 60:
            raise CommandError("--every must be at least 60 seconds: feeds are polled politely")
        rounds = 0
        while True:
            run = services.wire_fetch_all(report=self.stdout.write)
            self.stdout.write(run.summary)
            rounds += 1
            if every is None or (times and rounds >= times):
                break
            time.sleep(every)
        if run.results and all(r.error for r in run.results):
            raise CommandError("every feed failed; see the lines above")
