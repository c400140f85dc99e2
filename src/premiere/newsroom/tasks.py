"""Background work for the newsroom: thin wrappers around services."""

from django.tasks import task

from . import services


@task
def publish_due() -> int:
    """Announce the scheduled stories whose time has come (their facts follow them)."""
    return services.articles_go_live_due()


@task
def reads_flush() -> int:
    """Move the reads counted in the cache into the database (see reads.py)."""
    from django.core.cache import cache

    from .reads import reads_flush as flush

    return flush(cache=cache)
