"""The follows app's background work: thin wrappers around delivery.py, run by the worker
(periodic, see PREMIERE_PERIODIC_TASKS). Each is safe to run again at any moment."""

from django.tasks import task

from . import delivery


@task
def notices_deliver() -> dict:
    """Make the notices of pending catalog events, then send the e-mails waiting."""
    return delivery.notices_deliver()


@task
def reminders_make() -> int:
    return delivery.reminders_make()


@task
def digests_make() -> int:
    return delivery.digests_make()
