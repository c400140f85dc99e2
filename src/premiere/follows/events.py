"""The outbox: each catalog change worth telling becomes a CatalogEvent row.

These receivers of catalog.signals run inside the transaction of the catalog service that
made the change (connected in apps.py), so the event is committed with the change or rolled
back with it: nothing is lost, nothing is recorded for a change that never happened. They
only write one row; who is told, and how, is the worker's job (delivery.py).
"""

from premiere.catalog.models import Claim, Release, Title
from premiere.extraction.regions import WORLDWIDE

from . import release_types, wording
from .models import CatalogEvent

Kind = CatalogEvent.Kind


def _per(claim: Claim | None) -> str:
    return claim.attribution if claim is not None else ""


def _release_event(kind: str, release: Release, **payload) -> CatalogEvent:
    return CatalogEvent.objects.create(
        kind=kind,
        title_id=release.title_id,
        release=release if kind != Kind.RELEASE_WITHDRAWN or payload.get("restored") else None,
        franchise_id=release.title.franchise_id,
        release_type=release_types.release_type(release.medium, release.channel),
        region=release.region,
        payload={"title": release.title.name, "where": wording.where(release), **payload},
    )


def release_dated(sender, release, claim=None, **kwargs):
    _release_event(Kind.RELEASE_DATED, release, when=str(release.when), per=_per(claim))


def release_moved(sender, release, previous, claim=None, reason="", change="", **kwargs):
    _release_event(
        Kind.RELEASE_MOVED,
        release,
        when=str(release.when),
        previous=previous.short(relative_to=release.when),
        change=change or release.when.change_from(previous),
        per=_per(claim),
        reason=reason,
    )


def release_withdrawn(sender, release, withdrawn, restored=None, **kwargs):
    _release_event(
        Kind.RELEASE_WITHDRAWN,
        release,
        withdrawn=str(withdrawn),
        restored=str(restored) if restored is not None and not restored.is_tba else "",
        worldwide=_worldwide_beside(release),
    )


def _worldwide_beside(release: Release) -> str:
    """The worldwide date a country's withdrawn date stood beside: it is the country's again."""
    if release.is_worldwide:
        return ""
    beside = Release.objects.filter(
        title_id=release.title_id,
        region=WORLDWIDE,
        medium=release.medium,
        channel=release.channel,
    ).first()
    return str(beside.when) if beside is not None and not beside.when.is_tba else ""


def title_status_changed(sender, title, previous, status, change=None, withdrawn=False, **kw):
    claim = change.claims.order_by("-observed_at", "-id").first() if change is not None else None
    CatalogEvent.objects.create(
        kind=Kind.STATUS_CHANGED,
        title=title,
        franchise_id=title.franchise_id,
        payload={
            "title": title.name,
            "status": Title.Status(status).label,
            "previous": Title.Status(previous).label if previous else "",
            "per": _per(claim),
            "withdrawn": withdrawn,
        },
    )


def title_joined_franchise(sender, title, franchise, **kwargs):
    CatalogEvent.objects.create(
        kind=Kind.JOINED_FRANCHISE,
        title=title,
        franchise=franchise,
        payload={
            "title": title.name,
            "title_kind": title.get_kind_display().lower(),
            "franchise": franchise.name,
        },
    )


def credit_added(sender, credit, claim=None, **kwargs):
    CatalogEvent.objects.create(
        kind=Kind.CREDIT_ADDED,
        title_id=credit.title_id,
        person_id=credit.person_id,
        company_id=credit.company_id,
        payload={
            "title": credit.title.name,
            "credited": str(credit.credited),
            "role": credit.get_role_display().lower(),
            "character": credit.character,
            "per": _per(claim),
        },
    )


RECEIVERS = {
    "release_dated": release_dated,
    "release_moved": release_moved,
    "release_withdrawn": release_withdrawn,
    "title_status_changed": title_status_changed,
    "title_joined_franchise": title_joined_franchise,
    "credit_added": credit_added,
}
