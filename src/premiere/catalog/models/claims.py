"""Claims, the evidence for a fact, and Sourced, the base of every fact that carries them."""

import re

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Claim(models.Model):
    """The evidence for one fact: an article of ours and/or an outside source, with the quote.

    A fact may have several claims. The ones that agree with its current value are `current`;
    claims a later announcement replaced are `superseded`; a source that disagrees with the
    accepted value stays visible as `contested`.
    """

    class State(models.TextChoices):
        CURRENT = "current", "Current"
        SUPERSEDED = "superseded", "Superseded"
        CONTESTED = "contested", "Contested"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    fact = GenericForeignKey("content_type", "object_id")
    value = models.CharField(max_length=250, help_text="What this source said, as displayed.")
    state = models.CharField(max_length=10, choices=State.choices, default=State.CURRENT)
    article = models.ForeignKey(
        "newsroom.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    source = models.ForeignKey(
        "newsroom.Source", null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    source_url = models.URLField(blank=True, max_length=500)
    quote = models.TextField(blank=True)
    observed_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    # The editor's decision this claim was written for (the desk's, above the catalog, hence
    # the string): undoing the decision, or taking the story down, withdraws these claims.
    suggestion = models.ForeignKey(
        "desk.FactSuggestion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
    )

    class Meta:
        ordering = ["-observed_at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "state"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=False) | Q(source__isnull=False),
                name="claim_has_evidence",
            )
        ]

    def __str__(self):
        return f"{self.value} per {self.attribution}"

    @property
    def article_is_public(self) -> bool:
        return self.article_id is None or self.article.is_live

    @property
    def attribution(self) -> str:
        """Return who said it: "Collider", or "Premiere (quoting Collider)".

        A story still in preparation is not named: the fact stands on its outside source,
        or on "Premiere" alone, until the story is out.
        """
        site = settings.PREMIERE_SITE_NAME
        if self.source and self.article and self.article_is_public:
            return f"{site} (quoting {self.source.name})"
        if self.source:
            return self.source.name
        return site

    @property
    def url(self) -> str:
        """Where "Per …" leads: our story when it is out ("Premiere (quoting Collider)" is
        our story's word, and the story links its source), else the source's page."""
        if self.article_id and self.article_is_public:
            return self.article.get_absolute_url()
        if self.source_url:
            return self.source_url
        return self.source.url if self.source else ""

    @property
    def public_quote(self) -> str:
        """The quote, unless it comes from a story readers cannot see yet. A quote from two
        places in the story (a roundup's heading, then the line under it) reads as one, with
        an ellipsis where the story goes on between them."""
        if not self.article_is_public:
            return ""
        quote = " … ".join(line.strip() for line in self.quote.splitlines() if line.strip())
        # Shown inside quotation marks: the quote's own are the inner ones, ‘ ’ ("“"We
        # wanted…" the director said”" read as doubled marks).
        return INNER_QUOTE.sub(r"‘\g<said>’", quote)


INNER_QUOTE = re.compile(r"[\"“](?P<said>[^\"“”\n]*)[\"”]")


class Sourced(models.Model):
    claims = GenericRelation(Claim)

    class Meta:
        abstract = True
