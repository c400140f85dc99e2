from django.db import models
from django.utils import timezone


class Feed(models.Model):
    """An outlet's RSS or Atom feed, polled politely (conditional GET, backoff on failure)."""

    source = models.ForeignKey("newsroom.Source", on_delete=models.CASCADE, related_name="feeds")
    url = models.URLField(max_length=500, unique=True)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_checked_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_status = models.CharField(max_length=300, blank=True, editable=False)
    failures = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["source__name", "url"]

    def __str__(self):
        return f"{self.source.name}: {self.url}"


class WireItem(models.Model):
    """One story from a feed, stored once, with the facts extraction found in it."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    url = models.URLField(max_length=500, unique=True)
    content_hash = models.CharField(max_length=64, unique=True)
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    fetched_at = models.DateTimeField(default=timezone.now)
    suggestions = models.JSONField(default=list, blank=True)
    new_facts = models.PositiveSmallIntegerField(default=0)
    date_changes = models.PositiveSmallIntegerField(default=0)
    article = models.ForeignKey(
        "newsroom.Article",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="wire_items",
        help_text="The story an editor started from this item.",
    )

    class Meta:
        ordering = ["-published_at", "-fetched_at"]
        indexes = [models.Index(fields=["date_changes", "new_facts"])]

    def __str__(self):
        return self.title
