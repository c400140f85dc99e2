from django.tasks import task

from . import services
from .models import Feed


@task
def fetch_wire() -> str:
    """Poll every active feed once; return the one-line summary."""
    return services.wire_fetch_all().summary


@task
def fetch_feed(feed_id: int) -> str:
    """Fetch one feed (the desk's "Fetch now"); return what happened."""
    feed = Feed.objects.filter(pk=feed_id).select_related("source").first()
    if feed is None:
        return "feed deleted"
    result = services.feed_fetch(feed=feed)
    return result.error or f"{result.new_items} new items"
