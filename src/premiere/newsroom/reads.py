"""Most read: counted without cookies or third parties, cheaply.

A story's page sends a beacon when it is read (static/js/site.js). For a story of the last
month, the beacon adds one to a counter in the cache, at most once per address and story an
hour (the address is hashed and forgotten with the hour); the worker moves the counters into
`ArticleReads` every minute, so a viral story costs the database one write a minute, not one
a read. Readers without JavaScript
are not counted: a count, not a record.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Sum
from django.utils import timezone

from premiere.core import pagecache
from premiere.core.counters import count_up
from premiere.core.ratelimit import client_ip

from .models import Article, ArticleReads

ONCE_PER = 60 * 60  # seconds during which one address counts once per story
# Most read ranks the news: stories published in the last month. Reads of older ones are not
# counted at all, so no counter waits in the cache for a flush that never looks at it.
COUNTED_DAYS = 30
MOST_READ_DAYS = 2


def _counter(article_id: int) -> str:
    return f"reads:{article_id}"


def read_count(*, article: Article, request, cache) -> bool:
    """Count one read of a live story; return False when it is not counted (read by this
    address within the hour, or older than COUNTED_DAYS)."""
    if article.publish_at < timezone.now() - timedelta(days=COUNTED_DAYS):
        return False
    address = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    if not cache.add(f"read:{article.pk}:{address[:32]}", 1, ONCE_PER):
        return False
    count_up(_counter(article.pk), cache=cache)
    return True


def reads_flush(*, cache, now=None) -> int:
    """Move the counted reads of recent stories into the database; return how many moved."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    recent = Article.objects.published(now=now).filter(
        publish_at__gte=now - timedelta(days=COUNTED_DAYS)
    )
    moved = 0
    for article_id in recent.values_list("pk", flat=True):
        key = _counter(article_id)
        count = cache.get(key) or 0
        if not count:
            continue
        cache.decr(key, count)  # reads counted meanwhile stay for the next flush
        with transaction.atomic():
            row, _ = ArticleReads.objects.get_or_create(article_id=article_id, day=day)
            ArticleReads.objects.filter(pk=row.pk).update(count=F("count") + count)
        moved += count
    if moved:
        pagecache.touch("reads")  # the front page's most read
    return moved


def most_read(*, limit: int = 5, now=None) -> list[Article]:
    """The live stories read most over the last two days, most read first."""
    now = now or timezone.now()
    since = timezone.localdate(now) - timedelta(days=MOST_READ_DAYS - 1)
    return list(
        Article.objects.published(now=now)
        .filter(reads__day__gte=since)
        .annotate(read=Sum("reads__count"))
        .filter(read__gt=0)
        .select_related("section")
        .order_by("-read", "-publish_at")[:limit]
    )
