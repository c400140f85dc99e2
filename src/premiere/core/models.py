"""What the background worker keeps: which workers are alive and when periodic work last ran.

The queue itself is django-tasks-db's table; these two make it safe to run several workers
and to kill one at any moment.
"""

from django.db import models
from django.utils import timezone


class WorkerBeat(models.Model):
    """A running worker says it is alive every few seconds; a job whose worker fell silent is
    given to another (tasks are written to be safe to run again)."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    started_at = models.DateTimeField(default=timezone.now)
    seen_at = models.DateTimeField(default=timezone.now, db_index=True)
    pid = models.PositiveIntegerField(default=0)
    host = models.CharField(max_length=120, blank=True)

    def __str__(self):
        return f"{self.worker_id} (seen {self.seen_at:%H:%M:%S})"


class PeriodicRun(models.Model):
    """When a periodic task was last enqueued: one row per task, claimed by an update that only
    one worker can win, so running two workers never runs it twice."""

    name = models.CharField(max_length=200, primary_key=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.name
