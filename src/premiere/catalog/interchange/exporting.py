"""Exporting the catalog as it stands, in the format an import reads: the same catalog
always gives the same file."""

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TextIO

from django.db.models import Prefetch

from ..evidence import source_model
from ..models import (
    Claim,
    Company,
    Credit,
    Franchise,
    Person,
    Placement,
    Relation,
    Release,
    StatusChange,
    Title,
    TitleAlias,
)
from . import schema
from .schema import TYPES, plural


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _evidence_out(claims: list[Claim]) -> dict:
    """Return a fact's `source` (one claim) or `sources` (several), oldest first."""
    items = []
    for claim in claims:
        item = {}
        if claim.source_id:
            item["name"] = claim.source.name
        if claim.article_id:
            item["article"] = claim.article.slug
        if claim.source_url:
            item["url"] = claim.source_url
        if claim.quote:
            item["quote"] = claim.quote
        item["observed_at"] = _moment(claim.observed_at)
        items.append(item)
    return {"source": items[0]} if len(items) == 1 else {"sources": items}


def _compact(record: dict) -> dict:
    """Leave out empty optional fields: an export reads like a hand-written file."""
    return {k: v for k, v in record.items() if v not in ("", None, [])}


def _current(fact) -> list[Claim]:
    return sorted(fact.current_claims, key=lambda c: (c.observed_at, c.pk))


@dataclass
class ExportReport:
    written: Counter = field(default_factory=Counter)
    unsourced: int = 0

    def summary(self) -> str:
        kinds = ", ".join(plural(self.written[t], t) for t in TYPES if self.written[t])
        total = sum(self.written.values())
        left_out = (
            f"; left out {plural(self.unsourced, 'fact')} with no current source"
            if self.unsourced
            else ""
        )
        return f"Exported {plural(total, 'record')}{f' ({kinds})' if kinds else ''}{left_out}."


def catalog_export(
    out: TextIO, *, progress: Callable[[str], None] = lambda message: None
) -> ExportReport:
    """Write the catalog as JSON Lines: sources, franchises, companies, people, then titles,
    each sorted by name or slug, so two exports of the same catalog are the same file."""
    report = ExportReport()

    def write(kind: str, record: dict) -> None:
        out.write(json.dumps({"type": kind, **_compact(record)}, ensure_ascii=False) + "\n")
        report.written[kind] += 1

    cited = Claim.objects.filter(state=Claim.State.CURRENT).values("source")
    for source in source_model().objects.filter(pk__in=cited).order_by("name"):
        write("source", {"name": source.name, "url": source.url})
    for franchise in Franchise.objects.order_by("slug"):
        write(
            "franchise",
            {"slug": franchise.slug, "name": franchise.name, "description": franchise.description},
        )
    for company in Company.objects.order_by("slug"):
        write(
            "company",
            {
                "slug": company.slug,
                "name": company.name,
                "kind": company.kind,
                "aliases": company.aliases,
            },
        )
    for person in Person.objects.order_by("slug"):
        write(
            "person",
            {
                "slug": person.slug,
                "name": person.name,
                "bio": person.bio,
                "aliases": person.aliases,
            },
        )
    total = Title.objects.count()
    for done, title in enumerate(_titles_for_export().iterator(chunk_size=500), start=1):
        write("title", _title_out(title, report))
        if done % schema.PROGRESS_EVERY == 0:
            progress(f"Exported {done:,} of {total:,} titles…")
    return report


def _titles_for_export():
    claims = Prefetch(
        "claims",
        queryset=Claim.objects.filter(state=Claim.State.CURRENT).select_related(
            "source", "article"
        ),
        to_attr="current_claims",
    )
    return (
        Title.objects.order_by("slug")
        .select_related("franchise", "parent")
        .prefetch_related(
            Prefetch("aliases", queryset=TitleAlias.objects.order_by("normalized", "name")),
            Prefetch("status_history", queryset=StatusChange.objects.prefetch_related(claims)),
            Prefetch("releases", queryset=Release.objects.prefetch_related(claims)),
            Prefetch(
                "credits",
                queryset=Credit.objects.select_related("person", "company").prefetch_related(
                    claims
                ),
            ),
            Prefetch(
                "relations",
                queryset=Relation.objects.select_related("other").prefetch_related(claims),
            ),
            Prefetch(
                "placements",
                queryset=Placement.objects.select_related("anchor", "anchor_end").prefetch_related(
                    claims
                ),
            ),
        )
    )


def _title_out(title: Title, report: ExportReport) -> dict:
    record = {
        "slug": title.slug,
        "kind": title.kind,
        "name": title.name,
        "original_name": title.original_name,
        "synopsis": title.synopsis,
        "aliases": [alias.name for alias in title.aliases.all()],
        "franchise": title.franchise.slug if title.franchise else "",
        "installment": title.installment,
        "parent": title.parent.slug if title.parent else "",
    }
    history = list(title.status_history.all())
    latest = history[0] if history else None
    if latest and latest.status == title.status and _current(latest):
        record["status"] = {"value": title.status, **_evidence_out(_current(latest))}
    elif title.status != Title.Status.ANNOUNCED or latest:
        # A status nobody sourced still round-trips, as the status the title starts with.
        record["status"] = {"value": title.status}

    def sourced(facts, describe, order):
        rows = []
        for fact in sorted(facts, key=order):
            if not _current(fact):
                report.unsourced += 1
                continue
            rows.append({**_compact(describe(fact)), **_evidence_out(_current(fact))})
        return rows

    record["releases"] = sourced(
        title.releases.all(),
        lambda r: {
            "region": r.region,
            "medium": r.medium,
            "channel": r.channel,
            "date": r.when.canonical(),
            "confidence": r.confidence,
        },
        lambda r: (r.region, r.medium, r.channel),
    )
    record["credits"] = sourced(
        title.credits.all(),
        lambda c: {
            "person": c.person.slug if c.person else "",
            "company": c.company.slug if c.company else "",
            "role": c.role,
            "character": c.character,
            "billing": c.billing,
        },
        lambda c: (
            c.role,
            c.billing is None,
            c.billing or 0,
            (c.person or c.company).slug,
            c.character,
        ),
    )
    record["relations"] = sourced(
        title.relations.all(),
        lambda r: {"kind": r.kind, "other": r.other.slug},
        lambda r: (r.kind, r.other.slug),
    )
    record["placements"] = sourced(
        title.placements.all(),
        lambda p: {
            "kind": p.kind,
            "anchor": p.anchor.slug,
            "anchor_end": p.anchor_end.slug if p.anchor_end else "",
        },
        lambda p: (p.kind, p.anchor.slug, p.anchor_end.slug if p.anchor_end else ""),
    )
    return record
