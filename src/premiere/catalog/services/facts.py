"""Sourced facts: statuses, releases, credits, relations and story placements.

Each write records its claim; a changed value keeps what came before in its history.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from premiere.extraction.dates import FuzzyDate

from .. import signals
from ..models import (
    WORLDWIDE,
    Claim,
    Company,
    Credit,
    Person,
    Placement,
    Relation,
    Release,
    ReleaseChange,
    StatusChange,
    Title,
)
from .entities import entity_changed
from .evidence import CONFIDENCE_RANK, Evidence, _supersede_current_claims, claim_record


@transaction.atomic
def title_status_set(
    *, title: Title, status: str, evidence: Evidence, by=None, note: str = ""
) -> StatusChange:
    """Record a title's status. The same status again adds a source; a new one adds history."""
    if status not in Title.Status.values:
        raise ValidationError({"status": f"Unknown status {status!r}."})
    title = Title.objects.select_for_update().get(pk=title.pk)
    label = Title.Status(status).label
    latest = title.status_history.first()
    if latest is not None and latest.status == status:
        claim_record(fact=latest, value=label, evidence=evidence, by=by)
        return latest
    change = StatusChange.objects.create(
        title=title,
        status=status,
        previous=title.status,
        changed_at=evidence.observed_at or timezone.now(),
        note=note,
    )
    claim_record(fact=change, value=label, evidence=evidence, by=by)
    Title.objects.filter(pk=title.pk).update(status=status, updated_at=timezone.now())
    if change.previous != status:
        title.status = status
        signals.title_status_changed.send(
            Title, title=title, previous=change.previous, status=status, change=change
        )
    return change


@transaction.atomic
def release_set(
    *,
    title: Title,
    medium: str,
    when: FuzzyDate,
    evidence: Evidence,
    region: str = WORLDWIDE,
    channel: str = "",
    confidence: str = "reported",
    by=None,
    reason: str = "",
    correction: bool = False,
    announce: bool = True,
) -> Release:
    """Record a release date as a source gives it.

    New: the release is announced. Same date: the source is added. Another date: the release
    moves, the old value stays in its history and the claims for it are marked superseded.
    A `correction` is the source putting right a date it gave wrongly: the release never
    moved, and its history and followers say "corrected", not "delayed". A source naming the
    channel of a release the catalog has without one ("on BBC One") names that release's.
    Without `announce`, the change is history only: followers hear of the step that follows
    it ("delayed from July 16", told as the old date on the way to the new one).
    """
    release = (
        Release.objects.select_for_update()
        .filter(title=title, region=region, medium=medium, channel=channel)
        .first()
    )
    if release is None and channel:
        release = (
            Release.objects.select_for_update()
            .filter(title=title, region=region, medium=medium, channel="")
            .first()
        )
        if release is not None:
            release.channel = channel
            release.full_clean()
            release.save(update_fields=["channel"])
    if release is None:
        release = Release(
            title=title, region=region, medium=medium, channel=channel, confidence=confidence
        )
        release.set_when(when)
        release.full_clean()
        release.save()
        claim = claim_record(fact=release, value=str(when), evidence=evidence, by=by)
        ReleaseChange.objects.create(
            release=release,
            kind="announced",
            precision=when.precision,
            date_start=when.start,
            changed_at=claim.observed_at,
            reason=reason,
            claim=claim,
        )
        if not when.is_tba and announce:
            signals.release_dated.send(Release, release=release, claim=claim)
    elif release.when == when:
        claim_record(fact=release, value=str(when), evidence=evidence, by=by)
        if CONFIDENCE_RANK[confidence] > CONFIDENCE_RANK[release.confidence]:
            release.confidence = confidence
            release.save(update_fields=["confidence"])
    else:
        previous = release.when
        _supersede_current_claims(release)
        claim = claim_record(fact=release, value=str(when), evidence=evidence, by=by)
        change = "corrected" if correction else when.change_from(previous)
        ReleaseChange.objects.create(
            release=release,
            kind=change,
            previous_precision=previous.precision,
            previous_start=previous.start,
            precision=when.precision,
            date_start=when.start,
            changed_at=claim.observed_at,
            reason=reason,
            claim=claim,
        )
        release.set_when(when)
        release.confidence = confidence
        release.sequence += 1
        release.updated_at = timezone.now()
        release.full_clean()
        release.save()
        if not announce:
            pass
        elif previous.is_tba:
            signals.release_dated.send(Release, release=release, claim=claim)
        else:
            signals.release_moved.send(
                Release,
                release=release,
                previous=previous,
                claim=claim,
                reason=reason,
                change=change,
            )
    title_first_release_refresh(title=title)
    return release


def release_move(
    *,
    release: Release,
    to: FuzzyDate,
    evidence: Evidence,
    by=None,
    reason: str = "",
    confidence: str | None = None,
    correction: bool = False,
    announce: bool = True,
) -> Release:
    """Move an existing release to another date, keeping the old one in its history."""
    return release_set(
        title=release.title,
        region=release.region,
        medium=release.medium,
        channel=release.channel,
        when=to,
        evidence=evidence,
        by=by,
        reason=reason,
        confidence=confidence or release.confidence,
        correction=correction,
        announce=announce,
    )


def release_contest(*, release: Release, when: FuzzyDate, evidence: Evidence, by=None) -> Claim:
    """Record a source that gives another date without accepting it: both stay visible."""
    if when == release.when:
        return claim_record(fact=release, value=str(when), evidence=evidence, by=by)
    return claim_record(
        fact=release, value=str(when), evidence=evidence, by=by, state=Claim.State.CONTESTED
    )


# A disc or a digital purchase comes after the work came out: not its first release, unless
# it is all the catalog knows ("returns to print in a steelbook on 3/9" is no debut).
HOME_VIDEO = (Release.Medium.PHYSICAL, Release.Medium.DIGITAL)


def title_first_release_refresh(*, title: Title) -> None:
    releases = list(Release.objects.filter(title=title).only("precision", "date_start", "medium"))
    releases = [r for r in releases if r.medium not in HOME_VIDEO] or releases
    dates = [r.when for r in releases]
    first = min(dates, key=FuzzyDate.sort_key) if dates else FuzzyDate.tba()
    stored = (
        Title.objects.filter(pk=title.pk)
        .values_list("first_release_precision", "first_release_start")
        .first()
    )
    Title.objects.filter(pk=title.pk).update(
        first_release_precision=first.precision,
        first_release_start=first.start,
        first_release_end=first.end,
        updated_at=timezone.now(),
    )
    if stored != (first.precision, first.start):
        entity_changed(title)


@transaction.atomic
def credit_add(
    *,
    title: Title,
    role: str,
    evidence: Evidence,
    person: Person | None = None,
    company: Company | None = None,
    character: str = "",
    billing: int | None = None,
    by=None,
) -> Credit:
    """Credit a person or company on a title; crediting again adds the source."""
    credit = Credit.objects.filter(
        title=title,
        person=person,
        company=company,
        role=role,
        **({"character": character} if person else {}),
    ).first()
    created = credit is None
    if created:
        credit = Credit(
            title=title,
            person=person,
            company=company,
            role=role,
            character=character,
            billing=billing,
        )
        credit.full_clean()
        credit.save()
    value = f"{credit.credited} — {credit.get_role_display()}"
    claim = claim_record(
        fact=credit,
        value=value + (f" ({character})" if character else ""),
        evidence=evidence,
        by=by,
    )
    if created:
        signals.credit_added.send(Credit, credit=credit, claim=claim)
    return credit


@transaction.atomic
def credit_correct(
    *, credit: Credit, evidence: Evidence, character: str = "", billing: int | None = None, by=None
) -> Credit:
    """Correct the character or billing of a credit; the correction is sourced like the rest."""
    credit.character, credit.billing = character, billing
    credit.full_clean()
    credit.save(update_fields=["character", "billing"])
    claim_record(fact=credit, value=str(credit), evidence=evidence, by=by)
    return credit


@transaction.atomic
def relation_add(*, title: Title, kind: str, other: Title, evidence: Evidence, by=None) -> Relation:
    relation, _ = Relation.objects.get_or_create(title=title, kind=kind, other=other)
    claim_record(fact=relation, value=str(relation), evidence=evidence, by=by)
    return relation


@transaction.atomic
def placement_set(
    *,
    title: Title,
    kind: str,
    anchor: Title,
    evidence: Evidence,
    anchor_end: Title | None = None,
    by=None,
) -> Placement:
    """Record where a title sits in its story. Contradictions are kept and reported."""
    placement = Placement.objects.filter(
        title=title, kind=kind, anchor=anchor, anchor_end=anchor_end
    ).first()
    if placement is None:
        placement = Placement(title=title, kind=kind, anchor=anchor, anchor_end=anchor_end)
        placement.full_clean()
        placement.save()
    claim_record(fact=placement, value=str(placement), evidence=evidence, by=by)
    return placement
