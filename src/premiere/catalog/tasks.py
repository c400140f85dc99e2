"""The catalog's background work, run by the worker (periodic, see PREMIERE_PERIODIC_TASKS)."""

from django.tasks import task

from . import services


@task
def titles_released_mark() -> int:
    """Mark released the titles whose first day of release has come."""
    return services.titles_released_mark()
