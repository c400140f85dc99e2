"""Facts follow their story: written when it goes out, withdrawn when it comes down."""

import logging

from django.core.exceptions import ValidationError
from django.db import transaction

from premiere.extraction import Kind

from .applying import ORDER, apply, withdraw
from .deciding import still_said, story_words
from .models import FactSuggestion

log = logging.getLogger(__name__)
UNSAID = (
    "Not written: the story as published no longer says this. Undo it, or put the words back "
    "and publish again."
)


def article_facts_publish(*, article) -> int:
    """Write the facts an editor accepted from a story that has just gone out; return how
    many. One that can no longer be written (its title was deleted meanwhile) stays held,
    with the reason shown on the review page."""
    held = article.fact_suggestions.filter(
        state=FactSuggestion.State.ACCEPTED, applied_at__isnull=True
    ).select_related("article", "decided_by")
    words = story_words(article)
    written = 0
    for row in sorted(held, key=lambda r: (ORDER.get(Kind(r.kind), 2), r.decided_at, r.pk)):
        if not still_said(row, words):
            # Accepted from words edited away before the story went out: the story never
            # said it to readers, so it is not theirs to see (the review page asks).
            row.problem = UNSAID
            row.save(update_fields=["problem"])
            continue
        try:
            with transaction.atomic():
                apply(row, row.decided_by)
            written += 1
        except ValidationError as error:
            row.problem = " ".join(error.messages)[:300]
            row.save(update_fields=["problem"])
            log.warning("Held fact %s not written: %s", row.pk, row.problem)
    return written


@transaction.atomic
def article_facts_withdraw(*, article) -> int:
    """Take a story's facts back off public pages when the story is taken down; they stay
    accepted, and are written again if it goes out again."""
    applied = article.fact_suggestions.filter(
        state=FactSuggestion.State.ACCEPTED, applied_at__isnull=False
    ).exclude(kind__in=[str(kind) for kind in (Kind.SOURCE,)])
    rows = sorted(applied, key=lambda r: (-ORDER.get(Kind(r.kind), 2), -r.pk))
    for row in rows:
        withdraw(row)
    return len(rows)
