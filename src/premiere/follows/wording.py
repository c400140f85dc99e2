"""What a notice says, one function per kind of event (a table: a new kind is one line).

The words are made from the event's payload, which froze the names, dates and source as they
were when the catalog changed, so a notice says what happened even if the catalog has moved
on since. Plain text: notices are shown escaped on the page and sent as plain-text e-mail.
"""

from premiere.catalog import regions
from premiere.catalog.models import Release
from premiere.extraction.dates import FuzzyDate

from .models import CatalogEvent

Kind = CatalogEvent.Kind


def where(release: Release) -> str:
    """Return "Digital, worldwide", "Streaming on Northlight+, United Kingdom", "PS5, Japan",
    "Premiere at Sundance Film Festival, worldwide"."""
    place = "worldwide" if release.is_worldwide else regions.region_name(release.region)
    return f"{release.medium_words}, {place}"


def _per(payload: dict) -> str:
    return f", per {payload['per']}" if payload.get("per") else ""


def _reason(payload: dict) -> str:
    return f" ({payload['reason']})" if payload.get("reason") else ""


def release_dated(p: dict) -> str:
    return f"{p['title']} has a date: {p['when']} ({p['where']}){_per(p)}."


def release_moved(p: dict) -> str:
    if p["when"] == "TBA":
        return f"{p['title']} no longer has a date ({p['where']}): it was {p['previous']}{_per(p)}."
    if p["change"] == "corrected":
        return (
            f"Correction: {p['title']} comes out {p['when']}, not {p['previous']} as first "
            f"reported ({p['where']}){_per(p)}."
        )
    return (
        f"{p['title']} {p['change']} from {p['previous']} to {p['when']} "
        f"({p['where']}){_per(p)}{_reason(p)}."
    )


def release_withdrawn(p: dict) -> str:
    if p.get("restored"):
        return (
            f"{p['title']} is back to {p['restored']} ({p['where']}): the report of "
            f"{p['withdrawn']} was withdrawn."
        )
    if p.get("worldwide"):
        return (
            f"{p['title']} has no date of its own again ({p['where']}): the report of "
            f"{p['withdrawn']} was withdrawn, and the worldwide date, {p['worldwide']}, stands."
        )
    return (
        f"{p['title']} has no date again ({p['where']}): the report of {p['withdrawn']} "
        "was withdrawn."
    )


def status_changed(p: dict) -> str:
    if p.get("withdrawn"):
        return (
            f"{p['title']} is {p['status']} again: the report that it was {p['previous']} "
            "was withdrawn."
        )
    return f"{p['title']} is now {p['status']} (was {p['previous']}){_per(p)}."


def joined_franchise(p: dict) -> str:
    return f"New in {p['franchise']}: {p['title']} ({p['title_kind']})."


def credit_added(p: dict) -> str:
    role = p["role"] + (f", as {p['character']}" if p.get("character") else "")
    return f"{p['credited']} is on {p['title']} ({role}){_per(p)}."


DESCRIBE = {
    Kind.RELEASE_DATED: release_dated,
    Kind.RELEASE_MOVED: release_moved,
    Kind.RELEASE_WITHDRAWN: release_withdrawn,
    Kind.STATUS_CHANGED: status_changed,
    Kind.JOINED_FRANCHISE: joined_franchise,
    Kind.CREDIT_ADDED: credit_added,
}


def event_text(event: CatalogEvent) -> str:
    return DESCRIBE[Kind(event.kind)](event.payload)[:500]


def reminder_text(*, title: str, release: Release, days: int) -> str:
    when = FuzzyDate.from_stored(release.precision, release.date_start)
    soon = "tomorrow" if days == 1 else f"in {days} days"
    return f"{title} comes out {soon}: {when} ({where(release)})."
