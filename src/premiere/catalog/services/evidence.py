"""Evidence and claims: what every write records about where its fact comes from."""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from ..models import Claim

CONFIDENCE_RANK = {"rumored": 0, "reported": 1, "confirmed": 2}


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: our article, an outside source, or both (an article quoting it)."""

    article: object | None = None  # a newsroom Article
    source: object | None = None  # a newsroom Source (the outlet)
    source_url: str = ""
    quote: str = ""
    observed_at: datetime | None = None
    # The editor's decision the claim is written for, so undoing it withdraws the claim.
    suggestion: object | None = None

    def __post_init__(self):
        if self.article is None and self.source is None:
            raise ValidationError("A fact needs evidence: an article, a source, or both.")


def claim_record(
    *, fact, value: str, evidence: Evidence, by=None, state=Claim.State.CURRENT
) -> Claim:
    return Claim.objects.create(
        fact=fact,
        value=str(value)[:250],
        state=state,
        article=evidence.article,
        source=evidence.source,
        source_url=evidence.source_url,
        quote=evidence.quote,
        observed_at=evidence.observed_at or timezone.now(),
        recorded_by=by,
        suggestion=evidence.suggestion,
    )


def claim_requote(*, claim: Claim, quote: str) -> Claim:
    """Give a claim from one of our stories the words the story states its fact in now: the
    story was edited around it, and the title page should not quote words it no longer has."""
    if claim.article_id is None:
        raise ValidationError("Only a claim from one of our stories follows its words.")
    if claim.quote != quote:
        claim.quote = quote
        claim.save(update_fields=["quote"])  # (saved, so the pages showing it are made again)
    return claim


def _supersede_current_claims(fact) -> None:
    fact.claims.filter(state=Claim.State.CURRENT).update(state=Claim.State.SUPERSEDED)
