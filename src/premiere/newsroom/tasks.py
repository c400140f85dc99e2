"""Background work for the newsroom: thin wrappers around services."""

from django.tasks import task

from . import services


@task
def publish_due() -> int:
    """Announce the scheduled stories whose time has come (their facts follow them)."""
    return services.articles_go_live_due()
