"""The search index: one Document per findable thing, its names as keys, the words of names.

The full-text side is the database's own and is not a Django field: an FTS5 table over
`names` and `body` kept by triggers on SQLite, generated `tsvector` columns with GIN indexes
on PostgreSQL (both made by migration 0001, see `backends/`). Every write is therefore an
ordinary write of a Document row, and the database keeps its full-text index in step.
"""

from datetime import UTC, datetime

from django.db import models


class Kind(models.TextChoices):
    ARTICLE = "article", "News"
    TITLE = "title", "Title"
    PERSON = "person", "Person"
    FRANCHISE = "franchise", "Franchise"
    COMPANY = "company", "Company"


# Catalog rows are public as soon as they exist (facts from stories not yet out are held by
# the desk, never written), so their documents are findable from the start of time.
ALWAYS = datetime(2000, 1, 1, tzinfo=UTC)


class Document(models.Model):
    """One thing a reader can find: what is matched, what the result shows, when it may show."""

    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    # As shown in results: the title's or person's name, the story's headline.
    name = models.CharField(max_length=250)
    detail = models.CharField(max_length=250, blank=True)  # "Film · 2026", "Movies"
    url = models.CharField(max_length=300)
    # Matched, already folded (text.py): names one a line, the main name first, then aliases
    # and joined spellings; body is everything else worth finding it by.
    names = models.TextField()
    body = models.TextField(blank=True)
    # Nothing public before its time: a scheduled story is indexed with its publication time
    # and every query asks for public_from <= now, so it is found from that moment, no job
    # needed. Drafts are not indexed at all.
    public_from = models.DateTimeField()
    # What "recent" means for ranking: a story's publication, a title's first release.
    dated = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="unique_search_document")
        ]
        indexes = [models.Index(fields=["public_from"], name="search_document_public")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.name}"


class Name(models.Model):
    """A document's name or alias as a key, so an exact name is found by one index lookup
    however many documents share its words."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="keys")
    key = models.CharField(max_length=250, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "key"], name="unique_search_name")
        ]

    def __str__(self):
        return self.key


class Word(models.Model):
    """A word found in some name: what a misspelt word is corrected to (vocabulary.py)."""

    word = models.CharField(max_length=100, unique=True)

    def __str__(self):
        return self.word
