"""`premiere worker`: run background tasks (django-tasks-db) with Premiere's clock."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.crypto import get_random_string

from premiere.core.worker import Clock, GracefulWorker, beat


class Command(BaseCommand):
    help = (
        "Run the background worker: suggested facts, the facts of scheduled stories, wire "
        "fetches and every periodic task. Stop with Ctrl+C or SIGTERM (the running job ends "
        "first)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls.")
        parser.add_argument(
            "--batch", action="store_true", help="Run what is queued, then exit (no clock)."
        )

    def handle(self, *args, interval, batch, **options):
        backend = settings.TASKS["default"]["BACKEND"]
        if "django_tasks_db" not in backend:
            raise CommandError(
                "the worker needs the database task backend: set PREMIERE_TASKS_BACKEND=database"
            )
        worker_id = get_random_string(24)
        worker = GracefulWorker(
            queue_names=["*"],
            interval=interval,
            batch=batch,
            backend_name="default",
            startup_delay=not batch,
            max_tasks=None,
            worker_id=worker_id,
            excluded_queue_names=[],
        )
        clock = None
        if not batch:
            beat(worker_id)
            clock = Clock(worker_id, interval=settings.PREMIERE_WORKER_TICK_SECONDS)
            clock.start()
            self.stdout.write(f"Worker {worker_id} started; Ctrl+C stops it.")
        worker.configure_signals()
        try:
            worker.run()
        finally:
            if clock is not None:
                clock.stopped.set()
        self.stdout.write(f"Worker {worker_id} stopped.")
