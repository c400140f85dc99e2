"""The background worker: django-tasks-db's worker, plus a clock.

The clock runs in a thread beside the worker loop and, every few seconds:
- writes this worker's heartbeat;
- gives back to the queue a job whose worker stopped beating (killed, machine lost), so it
  runs again elsewhere; a job that has killed three workers is marked failed instead;
- enqueues each periodic task when its interval has passed (PREMIERE_PERIODIC_TASKS), once
  across all workers.

Every task is written to be safe to run twice (its service is idempotent), which is what makes
"give the job to another worker" correct: the effect happens once.
"""

import logging
import os
import signal
import socket
import threading
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.management.commands.db_worker import Worker

from .models import PeriodicRun, WorkerBeat

log = logging.getLogger("premiere.worker")
MAX_ATTEMPTS = 3


def beat(worker_id: str) -> None:
    WorkerBeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={"seen_at": timezone.now(), "pid": os.getpid(), "host": socket.gethostname()},
    )


def orphans_requeue(*, now=None) -> int:
    """Give back to the queue the jobs of workers that fell silent; return how many."""
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.PREMIERE_WORKER_STALE_SECONDS)
    alive = set(WorkerBeat.objects.filter(seen_at__gte=stale).values_list("worker_id", flat=True))
    requeued = 0
    for job in DBTaskResult.objects.filter(status="RUNNING", started_at__lt=stale):
        if job.worker_ids and job.worker_ids[-1] in alive:
            continue
        with transaction.atomic():
            if len(job.worker_ids) >= MAX_ATTEMPTS:
                changed = DBTaskResult.objects.filter(pk=job.pk, status="RUNNING").update(
                    status="FAILED", finished_at=now
                )
                log.error("Job %s failed: its workers died %d times", job.pk, len(job.worker_ids))
            else:
                changed = DBTaskResult.objects.filter(pk=job.pk, status="RUNNING").update(
                    status="READY", started_at=None
                )
                log.warning("Job %s requeued: its worker %s fell silent", job.pk, job.worker_ids)
            requeued += changed
    WorkerBeat.objects.filter(seen_at__lt=now - timedelta(hours=1)).delete()
    return requeued


def periodic_enqueue(*, now=None) -> list[str]:
    """Enqueue each periodic task whose interval has passed; return the names enqueued."""
    now = now or timezone.now()
    enqueued = []
    for path, seconds in settings.PREMIERE_PERIODIC_TASKS.items():
        if not seconds:
            continue
        PeriodicRun.objects.get_or_create(name=path)
        due = Q(enqueued_at__isnull=True) | Q(enqueued_at__lte=now - timedelta(seconds=seconds))
        # One UPDATE decides: of several workers, exactly one wins the period.
        if PeriodicRun.objects.filter(due, name=path).update(enqueued_at=now):
            import_string(path).enqueue()
            enqueued.append(path)
    return enqueued


class Clock(threading.Thread):
    def __init__(self, worker_id: str, interval: float = 5.0):
        super().__init__(name="premiere-clock", daemon=True)
        self.worker_id, self.interval = worker_id, interval
        self.stopped = threading.Event()

    def tick(self) -> None:
        beat(self.worker_id)
        orphans_requeue()
        periodic_enqueue()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                self.tick()
            except Exception:  # a database hiccup must not stop the clock for good
                log.exception("The worker's clock missed a tick")
            finally:
                close_old_connections()
            self.stopped.wait(self.interval)


class GracefulWorker(Worker):
    """The database backend's worker, stopped between jobs rather than inside one.

    Its own handler raises SystemExit from wherever the signal lands: inside a query of its
    claiming transaction, the rollback on a half-read connection failed and the worker left
    with an error (exit 1) instead of stopping. Here a first SIGTERM or Ctrl+C only asks the
    loop to end: the running job and its transaction finish, the nap ends within `interval`.
    A second signal stops it at once, as before."""

    def shutdown(self, signum, frame) -> None:
        if not self.running:
            super().shutdown(signum, frame)  # asked twice: now
        log.warning("Received %s: stopping after the current step.", signal.strsignal(signum))
        self.running = False
