"""The editor's decisions on the facts a story states."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from premiere.extraction import Kind

# What each kind of suggestion is called on the review panel.
KIND_LABELS = {
    Kind.NEW_FRANCHISE: "New franchise",
    Kind.NEW_TITLE: "New title",
    Kind.NEW_PERSON: "New person",
    Kind.NEW_COMPANY: "New company",
    Kind.MENTION: "Mention",
    Kind.RELEASE: "Release date",
    Kind.RELEASE_MOVE: "Date change",
    Kind.STATUS: "Status",
    Kind.CREDIT: "Credit",
    Kind.PLACEMENT: "Story order",
    Kind.SOURCE: "Source",
}


class FactSuggestion(models.Model):
    """A fact the extractor found in an article, and the editor's decision on it.

    `key` identifies the fact (kind, subject, value), so re-running extraction on an edited
    article neither duplicates a pending suggestion nor brings back a rejected one.

    An accepted fact is written to the catalog when its story is live: at once for a live
    story, else when the story goes out (`applied_at` stays empty until then). Until then
    only staff see it, as pending publication; taking the story down withdraws it again.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(
        "newsroom.Article", on_delete=models.CASCADE, related_name="fact_suggestions"
    )
    key = models.CharField(max_length=500)
    kind = models.CharField(max_length=20)
    subject_label = models.CharField(max_length=250, blank=True)
    payload = models.JSONField(help_text="The suggestion as the extractor made it.")
    sentence = models.TextField()
    confidence = models.FloatField()
    change = models.CharField(max_length=300, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    found_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    # The value as accepted (the suggestion with the editor's edits) and what it said in words.
    value = models.JSONField(default=dict, blank=True)
    decided_change = models.CharField(max_length=300, blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    # What applying wrote beyond claims, so it can be taken back: entities it created and
    # articles it linked, as [kind, id] pairs.
    outcome = models.JSONField(default=dict, blank=True)
    problem = models.CharField(
        max_length=300, blank=True, help_text="Why an accepted fact could not be applied."
    )

    class Meta:
        # Made in the catalog app before the desk had one of its own; the table kept its name.
        db_table = "catalog_factsuggestion"
        ordering = ["subject_label", "kind", "id"]
        # Accepting writes to the catalog, so it is a catalog permission, not an article one.
        permissions = [("decide_factsuggestion", "Can accept or reject suggested facts")]
        constraints = [
            models.UniqueConstraint(fields=["article", "key"], name="unique_suggestion_per_article")
        ]
        indexes = [models.Index(fields=["article", "state"])]

    def __str__(self):
        return self.decided_change or self.change or f"{self.kind}: {self.subject_label}"

    @staticmethod
    def columns_for(found) -> dict:
        """A card's columns for a suggestion the reading (or the desk) found."""
        return {
            "kind": str(found.kind),
            "subject_label": found.subject.name if found.subject else "This story",
            "payload": found.as_dict(),
            "sentence": found.sentence,
            "confidence": found.confidence,
            "change": found.change[:300],
        }

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.replace("_", " ").capitalize())

    @property
    def is_held(self) -> bool:
        """Accepted, waiting for its story to go out."""
        return self.state == self.State.ACCEPTED and self.applied_at is None
