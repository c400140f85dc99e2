"""Every change to the catalog goes through these functions, each recording its evidence."""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from premiere.core.signals import catalog_entity_changed
from premiere.core.slugs import unique_slug
from premiere.extraction.dates import FuzzyDate
from premiere.extraction.text import normalize_name  # aliases match as the extractor does

from .gazetteer import names_changed
from .models import (
    WORLDWIDE,
    Claim,
    Company,
    Credit,
    Franchise,
    Person,
    Placement,
    Relation,
    Release,
    ReleaseChange,
    StatusChange,
    Title,
    TitleAlias,
)

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


def entity_changed(entity) -> None:
    """Announce that an entity's names, place or dates changed (search re-reads it)."""
    catalog_entity_changed.send(sender=type(entity), pk=entity.pk)


def _supersede_current_claims(fact) -> None:
    fact.claims.filter(state=Claim.State.CURRENT).update(state=Claim.State.SUPERSEDED)


# Entities ---------------------------------------------------------------------------------


def franchise_create(*, name: str, slug: str = "", description: str = "") -> Franchise:
    franchise = Franchise(
        name=name, slug=slug or unique_slug(Franchise, name), description=description
    )
    franchise.full_clean()
    franchise.save()
    names_changed()
    entity_changed(franchise)
    return franchise


def title_create(
    *,
    kind: str,
    name: str,
    slug: str = "",
    franchise: Franchise | None = None,
    installment: str = "",
    synopsis: str = "",
    original_name: str = "",
    parent: Title | None = None,
    aliases=(),
    status: str = "announced",
    poster=None,
) -> Title:
    """Create a title. Its status starts unsourced; `title_status_set` records a sourced one."""
    title = Title(
        kind=kind,
        name=name,
        slug=slug or unique_slug(Title, name),
        franchise=franchise,
        installment=installment,
        synopsis=synopsis,
        original_name=original_name,
        parent=parent,
        status=status,
        poster=poster,
    )
    title.full_clean()
    with transaction.atomic():
        title.save()
        for alias in aliases:
            title_alias_add(title=title, name=alias)
        entity_changed(title)
    names_changed()
    return title


def title_alias_add(*, title: Title, name: str) -> TitleAlias:
    alias, created = TitleAlias.objects.get_or_create(
        title=title, normalized=normalize_name(name), defaults={"name": name}
    )
    if created:
        names_changed()
        entity_changed(title)
    return alias


def title_alias_remove(*, alias: TitleAlias) -> None:
    alias.delete()
    names_changed()
    entity_changed(alias.title)


def person_create(*, name: str, slug: str = "", bio: str = "", aliases=()) -> Person:
    person = Person(
        name=name, slug=slug or unique_slug(Person, name), bio=bio, aliases=list(aliases)
    )
    person.full_clean()
    person.save()
    names_changed()
    entity_changed(person)
    return person


def company_create(*, name: str, kind: str = "studio", slug: str = "", aliases=()) -> Company:
    company = Company(
        name=name, kind=kind, slug=slug or unique_slug(Company, name), aliases=list(aliases)
    )
    company.full_clean()
    company.save()
    names_changed()
    entity_changed(company)
    return company


# What the desk may change on an entity (a sourced fact such as a title's status or a release
# date has its own service, which records the evidence).
EDITABLE_FIELDS = {
    Title: {
        "kind",
        "name",
        "slug",
        "original_name",
        "synopsis",
        "parent",
        "franchise",
        "installment",
        "poster",
    },
    Person: {"name", "slug", "bio", "aliases"},
    Company: {"name", "slug", "kind", "aliases"},
    Franchise: {"name", "slug", "description"},
}
NAME_FIELDS = {"name", "original_name", "aliases"}


@transaction.atomic
def entity_update(*, entity, **changes):
    """Change an entity's editorial fields (name, synopsis, place…), validated; a new name is
    known to the extractor at once."""
    allowed = EDITABLE_FIELDS[type(entity)]
    if unknown := set(changes) - allowed:
        raise ValidationError(f"These cannot be changed here: {', '.join(sorted(unknown))}.")
    changed = {name for name, value in changes.items() if getattr(entity, name) != value}
    for name in changed:
        setattr(entity, name, changes[name])
    entity.full_clean()
    if hasattr(entity, "updated_at"):
        entity.updated_at = timezone.now()
    entity.save()
    if changed & NAME_FIELDS:
        names_changed()
    if changed:
        entity_changed(entity)
    return entity


# Sourced facts ----------------------------------------------------------------------------


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
) -> Release:
    """Record a release date as a source gives it.

    New: the release is announced. Same date: the source is added. Another date: the release
    moves, the old value stays in its history and the claims for it are marked superseded.
    """
    release = (
        Release.objects.select_for_update()
        .filter(title=title, region=region, medium=medium, channel=channel)
        .first()
    )
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
    elif release.when == when:
        claim_record(fact=release, value=str(when), evidence=evidence, by=by)
        if CONFIDENCE_RANK[confidence] > CONFIDENCE_RANK[release.confidence]:
            release.confidence = confidence
            release.save(update_fields=["confidence"])
    else:
        previous = release.when
        _supersede_current_claims(release)
        claim = claim_record(fact=release, value=str(when), evidence=evidence, by=by)
        ReleaseChange.objects.create(
            release=release,
            kind=when.change_from(previous),
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
        release.updated_at = timezone.now()
        release.full_clean()
        release.save()
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
    )


def release_contest(*, release: Release, when: FuzzyDate, evidence: Evidence, by=None) -> Claim:
    """Record a source that gives another date without accepting it: both stay visible."""
    if when == release.when:
        return claim_record(fact=release, value=str(when), evidence=evidence, by=by)
    return claim_record(
        fact=release, value=str(when), evidence=evidence, by=by, state=Claim.State.CONTESTED
    )


def title_first_release_refresh(*, title: Title) -> None:
    dates = [r.when for r in Release.objects.filter(title=title).only("precision", "date_start")]
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
    if credit is None:
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
    claim_record(
        fact=credit,
        value=value + (f" ({character})" if character else ""),
        evidence=evidence,
        by=by,
    )
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


# Taking facts back ------------------------------------------------------------------------


@transaction.atomic
def claims_withdraw(*, claims) -> None:
    """Take back claims (an undone decision, a story taken down). A fact no other claim
    supports goes; a release whose latest move rested on a withdrawn claim goes back to the
    date before; a status likewise."""
    for claim in list(claims):
        fact = claim.fact
        withdraw = _WITHDRAW.get(type(fact), _withdraw_simple)
        withdraw(fact, claim)


def _withdraw_simple(fact, claim: Claim) -> None:
    claim.delete()
    if fact is not None and not fact.claims.exists():
        fact.delete()


def _withdraw_release(release: Release, claim: Claim) -> None:
    change = ReleaseChange.objects.filter(claim=claim).first()
    latest = release.history.last()
    claim.delete()
    others = release.claims.order_by("observed_at", "id")
    backing = others.filter(state=Claim.State.CURRENT, value=str(release.when)).first()
    if change is not None and change == latest and backing is not None:
        change.claim = backing  # another source gives the same date: it stands on that
        change.save(update_fields=["claim"])
    elif change is not None and change == latest:
        previous = release.history.exclude(pk=change.pk).last()
        if previous is not None:
            change.delete()
            release.set_when(previous.new)
            release.updated_at = timezone.now()
            release.save()
            others.filter(state=Claim.State.SUPERSEDED, value=str(previous.new)).update(
                state=Claim.State.CURRENT
            )
        else:
            release.delete()
    elif not others.exists():
        release.delete()
    title_first_release_refresh(title=release.title)


def _withdraw_status(change: StatusChange, claim: Claim) -> None:
    claim.delete()
    if change.claims.exists():
        return
    title = change.title
    latest = title.status_history.first()
    change.delete()
    if latest == change:
        now_latest = title.status_history.first()
        status = now_latest.status if now_latest else (change.previous or title.status)
        Title.objects.filter(pk=title.pk).update(status=status, updated_at=timezone.now())


_WITHDRAW = {Release: _withdraw_release, StatusChange: _withdraw_status}


def entity_remove_if_unused(*, entity) -> bool:
    """Delete an entity a withdrawn decision created, unless something now rests on it."""
    if isinstance(entity, Title):
        used = (
            entity.releases.exists()
            or entity.credits.exists()
            or entity.status_history.exists()
            or entity.relations.exists()
            or entity.related_from.exists()
            or entity.placements.exists()
            or entity.children.exists()
            or Placement.objects.filter(anchor=entity).exists()
            or Placement.objects.filter(anchor_end=entity).exists()
        )
    elif isinstance(entity, Person | Company):
        used = entity.credits.exists()
    else:
        used = entity.titles.exists()
    if used:
        return False
    entity.delete()
    names_changed()
    return True
