"""A title's life moving on by itself: out once its first day of release has come.

The catalog is told a title is announced, filming, dated; nobody writes "released" on the
day. A title whose first release to the day (a festival screening is not one) has come is
marked released on that release's evidence, so the status says what its dates say, and a
story taken down takes this back with the date it gave.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from premiere.extraction.dates import Precision

from ..models import Claim, Release, StatusChange, Title
from .evidence import Evidence
from .facts import title_status_set
from .withdrawing import claims_withdraw

NOTE = "out since"  # what the status change made here says, and how it is known again

# A title still on its way: cancelled ones stay cancelled, released ones are done.
ON_ITS_WAY = [
    status
    for status in Title.Status.values
    if status not in (Title.Status.RELEASED, Title.Status.CANCELLED)
]


def titles_released_mark(*, today=None) -> int:
    """Mark released each title on its way whose first release to the day has come; return
    how many. Safe to run again at any moment."""
    today = today or timezone.localdate()
    due = (
        Release.objects.filter(
            precision=Precision.DAY, date_start__lte=today, title__status__in=ON_ITS_WAY
        )
        .exclude(medium=Release.Medium.PREMIERE)
        .order_by("title_id", "date_start", "id")
    )
    marked, seen = 0, set()
    for release in due.select_related("title"):
        if release.title_id in seen:
            continue
        seen.add(release.title_id)
        claim = _public_claim(release)
        if claim is None:
            continue
        with transaction.atomic():
            title_status_set(
                title=release.title,
                status=Title.Status.RELEASED,
                evidence=Evidence(
                    article=claim.article,
                    source=claim.source,
                    source_url=claim.source_url,
                    observed_at=timezone.now(),
                ),
                note=f"{NOTE} {release.when}",
            )
        marked += 1
    return marked


def _public_claim(release: Release) -> Claim | None:
    """The release's latest current claim that readers may see: not one citing a story that
    is not out (nothing public before its time)."""
    claims = release.claims.filter(state=Claim.State.CURRENT).select_related("article")
    for claim in claims.order_by("-observed_at", "-id"):
        if claim.article is None or claim.article.is_live:
            return claim
    return None


def released_withdraw_for(*, article) -> None:
    """A story taken down takes back the "released" it was the evidence of."""
    made_here = StatusChange.objects.filter(
        status=Title.Status.RELEASED, note__startswith=NOTE
    ).values("pk")
    claims_withdraw(
        claims=Claim.objects.filter(
            article=article,
            content_type=ContentType.objects.get_for_model(StatusChange),
            object_id__in=made_here,
        )
    )
