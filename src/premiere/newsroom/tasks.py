"""Background work for the newsroom: thin wrappers around services."""

from django.apps import apps
from django.tasks import task

from premiere.core import pagecache

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


@task
def mentions_follow_rename(model_label: str, pk: int) -> int:
    """Render again the links in the bodies of the stories linked to a renamed entity (a new
    name, alias or address); return how many stories there were."""
    entity = apps.get_model(model_label).objects.filter(pk=pk).first()
    if entity is None:
        return 0
    stories = list(entity.articles.all())
    for story in stories:
        services.article_mentions_refresh(article=story)
        pagecache.touch(f"article:{story.pk}")
    return len(stories)
