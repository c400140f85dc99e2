"""Catalog files in and out: JSON Lines, one record per line, every fact with its evidence.

The format is documented in docs/catalog-format.md. An import reads and checks every record
before it writes anything, then records each fact through `services`, so a file and an editor
leave the same rows, claims and history behind. An export writes the catalog as it stands in
the same format, so export -> import -> export gives the same file.
"""

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TextIO
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from premiere.extraction.dates import FuzzyDate, InvalidDate
from premiere.newsroom.models import Article, Source

from . import services
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
    StatusChange,
    Title,
    TitleAlias,
)
from .services import Evidence

# Entities are written before the titles that refer to them; this is also the export order.
TYPES = ("source", "franchise", "company", "person", "title")
MODELS = {
    "source": Source,
    "franchise": Franchise,
    "company": Company,
    "person": Person,
    "title": Title,
    "article": Article,
}
PLURALS = {"company": "companies", "person": "people"}
PROGRESS_EVERY = 1000

FIELDS = {
    "source": {"type", "name", "url"},
    "franchise": {"type", "slug", "name", "description"},
    "company": {"type", "slug", "name", "kind", "aliases"},
    "person": {"type", "slug", "name", "bio", "aliases"},
    "title": {
        "type",
        "slug",
        "kind",
        "name",
        "original_name",
        "synopsis",
        "aliases",
        "franchise",
        "installment",
        "parent",
        "status",
        "releases",
        "credits",
        "relations",
        "placements",
    },
}
EVIDENCE_FIELDS = {"name", "article", "url", "quote", "observed_at"}
FACT_FIELDS = {
    "status": {"value", "source", "sources"},
    "releases": {"region", "medium", "channel", "date", "confidence", "source", "sources"},
    "credits": {"person", "company", "role", "character", "billing", "source", "sources"},
    "relations": {"kind", "other", "source", "sources"},
    "placements": {"kind", "anchor", "anchor_end", "source", "sources"},
}


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun if count == 1 else PLURALS.get(noun, noun + 's')}"


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class Record:
    line: int
    type: str
    data: dict
    problems: list[str] = field(default_factory=list)
    # (model key, slug, where) for every entity this record points at.
    refs: list[tuple[str, str, str]] = field(default_factory=list)
    # The checked facts of a title, ready for the services.
    plan: dict | None = None

    @property
    def key(self) -> str:
        """Return what other records call this one by: a slug, or a source's name."""
        key = self.data.get("name" if self.type == "source" else "slug")
        return key if isinstance(key, str) else ""


@dataclass
class ImportReport:
    records: int = 0
    imported: Counter = field(default_factory=Counter)
    created: int = 0
    claims: int = 0
    known: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def invalid(self) -> int:
        return len({p.line for p in self.problems})

    def summary(self) -> str:
        kinds = ", ".join(plural(self.imported[t], t) for t in TYPES if self.imported[t])
        total = sum(self.imported.values())
        return (
            f"Imported {plural(total, 'record')}{f' ({kinds})' if kinds else ''}: "
            f"{self.created:,} new, {plural(self.claims, 'claim')} recorded, "
            f"{self.known:,} already known; {self.invalid:,} invalid."
        )


class ImportRejected(Exception):
    """The file had bad records and --skip-invalid was not given: nothing was written."""

    def __init__(self, report: ImportReport):
        self.report = report
        good = report.records - report.invalid
        super().__init__(
            f"Imported nothing: {report.invalid:,} of {plural(report.records, 'record')} "
            + (f"invalid (--skip-invalid imports the other {good:,})." if good else "invalid.")
        )


# Reading ----------------------------------------------------------------------------------


def read_records(lines: Iterable[bytes | str]) -> tuple[list[Record], list[Problem]]:
    """Parse JSON Lines; blank lines are skipped and every other line must be one object."""
    records, problems = [], []
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if number == 1:
                text = text.removeprefix("\ufeff")  # a byte-order mark some editors add
        except UnicodeDecodeError:
            problems.append(Problem(number, "not UTF-8 text"))
            continue
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            problems.append(Problem(number, f"not valid JSON: {error.msg} (column {error.colno})"))
            continue
        if not isinstance(data, dict):
            problems.append(Problem(number, f"a record is a JSON object, not {_json_kind(data)}"))
            continue
        kind = data.get("type")
        if kind not in TYPES:
            problems.append(
                Problem(number, f"type {kind!r} is not one of {', '.join(TYPES)}")
                if kind is not None
                else Problem(number, f"missing type (one of {', '.join(TYPES)})")
            )
            continue
        records.append(Record(line=number, type=kind, data=data))
    return records, problems


def _json_kind(value) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    return "a number" if isinstance(value, int | float) and not isinstance(value, bool) else "true"


# Checking one record ----------------------------------------------------------------------


class _Fields:
    """Read one JSON object's fields, noting every problem rather than stopping at the first."""

    def __init__(self, record: Record, data: dict, where: str, allowed: set[str]):
        self.record, self.data, self.where = record, data, where
        for key in sorted(set(data) - allowed):
            self.problem(f"unknown field {key!r}")

    def problem(self, reason: str, key: str = "") -> None:
        place = ".".join(p for p in (self.where, key) if p)
        self.record.problems.append(f"{place}: {reason}" if place else reason)

    def text(self, key, *, model=None, required=False, default="") -> str:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.problem("is required", key)
            return default
        if not isinstance(value, str):
            self.problem(f"must be a string, not {_json_kind(value)}", key)
            return default
        if model is not None:
            try:
                model._meta.get_field(key).run_validators(value)
            except ValidationError as error:
                self.problem(" ".join(error.messages), key)
        return value

    def choice(self, key, choices, *, required=True, default="") -> str:
        value = self.text(key, required=required, default=default)
        if value and value not in choices:
            self.problem(f"{value!r} is not one of {', '.join(choices)}", key)
        return value

    def ref(self, key, model_key, *, required=False) -> str:
        slug = self.text(key, required=required)
        if slug:
            place = ".".join(p for p in (self.where, key) if p)
            self.record.refs.append((model_key, slug, place))
        return slug

    def texts(self, key) -> list[str]:
        values = self.data.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            self.problem("must be a list of names", key)
            return []
        return values

    def objects(self, key) -> list[dict]:
        values = self.data.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
            self.problem("must be a list of objects", key)
            return []
        return values


def _check_record(record: Record) -> None:
    """Check one record's own fields and note what it refers to; store what `_apply` needs."""
    data, kind = record.data, record.type
    fields = _Fields(record, data, "", FIELDS[kind])
    if kind == "source":
        fields.text("name", model=Source, required=True)
        url = fields.text("url", model=Source)
        record.data = {"name": data.get("name"), "url": url}
        return
    model = MODELS[kind]
    fields.text("slug", model=model, required=True)
    fields.text("name", model=model, required=True)
    if kind == "franchise":
        fields.text("description")
    elif kind == "company":
        fields.choice("kind", Company.Kind.values, required=False, default="studio")
        fields.texts("aliases")
    elif kind == "person":
        fields.text("bio")
        fields.texts("aliases")
    else:
        _check_title(record, fields)


def _check_title(record: Record, fields: _Fields) -> None:
    data = record.data
    fields.choice("kind", Title.Kind.values)
    for key in ("original_name", "installment"):
        fields.text(key, model=Title)
    fields.text("synopsis")
    for alias in fields.texts("aliases"):
        if len(alias) > 250:
            fields.problem(f"{alias[:30]!r}… is longer than 250 characters", "aliases")
    fields.ref("franchise", "franchise")
    if fields.ref("parent", "title") == data.get("slug"):
        fields.problem("a title cannot be its own parent", "parent")
    plan = {"status": None, "releases": [], "credits": [], "relations": [], "placements": []}
    if "status" in data:
        status = data["status"]
        if not isinstance(status, dict):
            fields.problem("must be an object with a value and a source", "status")
        else:
            one = _Fields(record, status, "status", FACT_FIELDS["status"])
            value = one.choice("value", Title.Status.values)
            plan["status"] = {"value": value, "evidence": _evidence(one, required=False)}
    for i, item in enumerate(fields.objects("releases")):
        one = _Fields(record, item, f"releases[{i}]", FACT_FIELDS["releases"])
        plan["releases"].append(_check_release(one))
    for i, item in enumerate(fields.objects("credits")):
        one = _Fields(record, item, f"credits[{i}]", FACT_FIELDS["credits"])
        plan["credits"].append(_check_credit(one))
    for i, item in enumerate(fields.objects("relations")):
        one = _Fields(record, item, f"relations[{i}]", FACT_FIELDS["relations"])
        other = one.ref("other", "title", required=True)
        if other and other == data.get("slug"):
            one.problem("a title cannot be related to itself", "other")
        plan["relations"].append(
            {
                "kind": one.choice("kind", Relation.Kind.values),
                "other": other,
                "evidence": _evidence(one),
            }
        )
    for i, item in enumerate(fields.objects("placements")):
        one = _Fields(record, item, f"placements[{i}]", FACT_FIELDS["placements"])
        plan["placements"].append(_check_placement(one))
    record.plan = plan


def _check_release(one: _Fields) -> dict:
    region = one.text("region", default=WORLDWIDE)
    if region != WORLDWIDE and not (len(region) == 2 and region.isalpha() and region.isupper()):
        one.problem(f"{region!r} is not a two-letter country code (GB) or WW", "region")
    medium = one.choice("medium", Release.Medium.values)
    channel = one.text("channel", model=Release)
    if medium in (Release.Medium.STREAMING, Release.Medium.PLATFORM) and not channel:
        one.problem(f"a {medium} release names its service or platform", "channel")
    when = None
    text = one.data.get("date")
    if not isinstance(text, str) or not text:
        one.problem("is required: 2024-06-07, 2024-06, 2025-Q3, 2025-summer, 2026 or TBA", "date")
    else:
        try:
            when = FuzzyDate.parse(text)
        except InvalidDate as error:
            one.problem(str(error), "date")
    return {
        "region": region,
        "medium": medium,
        "channel": channel,
        "when": when,
        "confidence": one.choice("confidence", Release.Confidence.values, required=False)
        or Release.Confidence.REPORTED,
        "evidence": _evidence(one),
    }


def _check_credit(one: _Fields) -> dict:
    person = one.ref("person", "person")
    company = one.ref("company", "company")
    if bool(person) == bool(company):
        one.problem("name either a person or a company")
    billing = one.data.get("billing")
    if billing is not None and (
        not isinstance(billing, int) or isinstance(billing, bool) or not 0 <= billing <= 32767
    ):
        one.problem(f"must be a whole number from 0, not {billing!r}", "billing")
        billing = None
    return {
        "person": person,
        "company": company,
        "role": one.choice("role", Credit.Role.values),
        "character": one.text("character", model=Credit),
        "billing": billing,
        "evidence": _evidence(one),
    }


def _check_placement(one: _Fields) -> dict:
    kind = one.choice("kind", Placement.Kind.values)
    anchor = one.ref("anchor", "title", required=True)
    anchor_end = one.ref("anchor_end", "title")
    if kind == Placement.Kind.BETWEEN and not anchor_end:
        one.problem("'between' needs the later title too", "anchor_end")
    if kind and kind != Placement.Kind.BETWEEN and anchor_end:
        one.problem(f"only 'between' has an end, not {kind!r}", "anchor_end")
    title = one.record.data.get("slug")
    if title and title in (anchor, anchor_end):
        one.problem("a title cannot be placed relative to itself")
    return {"kind": kind, "anchor": anchor, "anchor_end": anchor_end, "evidence": _evidence(one)}


def _evidence(one: _Fields, *, required=True) -> list[dict]:
    """Read a fact's `source` (one object) or `sources` (a list): who said it, and where."""
    data = one.data
    if "source" in data and "sources" in data:
        one.problem("give source or sources, not both")
        return []
    if "sources" in data:
        items = data["sources"]
        if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
            one.problem("must be a non-empty list of objects", "sources")
            return []
        places = [f"sources[{i}]" for i in range(len(items))]
    elif "source" in data:
        items = [data["source"]]
        if not isinstance(items[0], dict):
            one.problem("must be an object: {name or article, url, quote, observed_at}", "source")
            return []
        places = ["source"]
    else:
        if required:
            one.problem("needs a source: an outside source's name or an article's slug")
        return []
    found = []
    for place, item in zip(places, items, strict=True):
        ev = _Fields(one.record, item, f"{one.where}.{place}", EVIDENCE_FIELDS)
        name = ev.text("name", model=Source)
        article = ev.ref("article", "article")
        if not name and not article:
            ev.problem("name an outside source (name) or one of our articles (article)")
        url = ev.text("url")
        if url:
            try:
                Claim._meta.get_field("source_url").run_validators(url)
            except ValidationError as error:
                ev.problem(" ".join(error.messages), "url")
        moment = None
        if (text := item.get("observed_at")) is not None:
            try:
                moment = _parse_moment(text)
            except ValueError as error:
                ev.problem(str(error), "observed_at")
        found.append(
            {
                "name": name,
                "article": article,
                "url": url,
                "quote": ev.text("quote"),
                "observed_at": moment,
            }
        )
    return found


def _parse_moment(text) -> datetime:
    """Read an ISO 8601 moment with its offset, or a bare day (taken as midnight UTC)."""
    if not isinstance(text, str):
        raise ValueError(f"must be a string like 2025-03-01T09:30:00Z, not {_json_kind(text)}")
    try:
        # A bare day first: parse_datetime would read "2025-03-01" as a naive midnight.
        day = parse_date(text)
        moment = None if day else parse_datetime(text)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a real moment: {error}") from None
    if moment is None and day is None:
        raise ValueError(f"{text!r} is not a date or a moment like 2025-03-01T09:30:00Z")
    if moment is None:
        return datetime(day.year, day.month, day.day, tzinfo=UTC)
    if timezone.is_naive(moment):
        raise ValueError(f"{text!r} needs a time zone (Z or +01:00)")
    return moment


# Checking the file as a whole -------------------------------------------------------------


def _existing(model_key: str, keys: set[str]) -> dict:
    """Return the rows among `keys` that are already in the database, by slug (source: name)."""
    model = MODELS[model_key]
    column = "name" if model_key == "source" else "slug"
    found, keys = {}, sorted(keys)
    # SQLite caps the parameters of one query; 500 at a time stays well under it.
    for start in range(0, len(keys), 500):
        batch = keys[start : start + 500]
        found.update(
            {getattr(row, column): row for row in model.objects.filter(**{f"{column}__in": batch})}
        )
    return found


def check(records: list[Record], progress: Callable[[str], None] = lambda message: None) -> dict:
    """Check every record and its references; return the rows the file matches in the catalog.

    A reference is good when the entity is defined by a good record of the file (before or
    after the one that needs it) or is already in the catalog. A record that points at a bad
    one becomes bad too, so --skip-invalid never imports half of a connected group.
    """
    for done, record in enumerate(records, start=1):
        record.plan = None
        _check_record(record)
        if done % PROGRESS_EVERY == 0:
            progress(f"Checked {done:,} of {len(records):,} records…")
    defined: dict[tuple[str, str], Record] = {}
    for record in records:
        if not record.key:
            continue
        earlier = defined.get((record.type, record.key))
        if earlier is not None:
            record.problems.append(
                f"{record.type} {record.key!r} is already defined on line {earlier.line}"
            )
        else:
            defined[(record.type, record.key)] = record
    wanted: dict[str, set[str]] = {key: set() for key in MODELS}
    for record in records:
        if record.key:
            wanted[record.type].add(record.key)
        for model_key, slug, _ in record.refs:
            wanted[model_key].add(slug)
    existing = {key: _existing(key, slugs) for key, slugs in wanted.items() if slugs}
    _check_franchise_names(records, existing.get("franchise", {}))

    changed = True
    while changed:
        changed = False
        for record in records:
            if record.problems:
                continue
            for model_key, slug, place in record.refs:
                definer = defined.get((model_key, slug))
                if definer is not None and not definer.problems:
                    continue
                if definer is not None:
                    reason = (
                        f"{model_key} {slug!r} is defined on line {definer.line}, which is invalid"
                    )
                elif slug in existing.get(model_key, {}):
                    continue
                elif model_key == "article":
                    reason = f"no article {slug!r} in the newsroom"
                else:
                    reason = f"no {model_key} {slug!r} in the file or the catalog"
                record.problems.append(f"{place}: {reason}")
                changed = True
        changed |= _check_parent_loops(records, defined)
    return existing


def _check_franchise_names(records: list[Record], existing: dict) -> None:
    taken = {
        f.name: f.slug
        for f in Franchise.objects.filter(
            name__in=[r.data["name"] for r in records if r.type == "franchise" and not r.problems]
        )
    }
    for record in records:
        if record.type != "franchise" or record.problems or record.key in existing:
            continue
        name = record.data["name"]
        if name in taken and taken[name] != record.key:
            record.problems.append(
                f"name: a franchise named {name!r} already has slug {taken[name]!r}"
            )
        taken.setdefault(name, record.key)


def _check_parent_loops(records: list[Record], defined: dict) -> bool:
    found = False
    for record in records:
        if record.type != "title" or record.problems:
            continue
        seen, slug = {record.key}, record.data.get("parent")
        while slug and (parent := defined.get(("title", slug))) is not None:
            if slug in seen:
                record.problems.append(f"parent: the parent chain loops back to {slug!r}")
                found = True
                break
            seen.add(slug)
            slug = parent.data.get("parent")
    return found


# Writing ----------------------------------------------------------------------------------


class _Writer:
    """Write good records through the services, skipping claims the catalog already holds."""

    def __init__(self, existing: dict, report: ImportReport):
        self.rows = {key: dict(rows) for key, rows in existing.items()}
        self.report = report

    def row(self, model_key: str, slug: str):
        rows = self.rows.setdefault(model_key, {})
        if slug not in rows:
            rows[slug] = MODELS[model_key].objects.get(slug=slug)
        return rows[slug]

    def source(self, name: str, url: str = "") -> Source:
        rows = self.rows.setdefault("source", {})
        if name not in rows:
            # An unknown outlet is created with the site of the page quoted as its home page.
            home = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" if url else ""
            rows[name], created = Source.objects.get_or_create(name=name, defaults={"url": home})
            self.report.created += created
        return rows[name]

    def evidence(self, item: dict) -> Evidence:
        return Evidence(
            article=self.row("article", item["article"]) if item["article"] else None,
            source=self.source(item["name"], item["url"]) if item["name"] else None,
            source_url=item["url"],
            quote=item["quote"],
            observed_at=item["observed_at"],
        )

    def is_new(self, fact, evidence: Evidence, value=None) -> bool:
        """False when `fact` already has this claim: the same evidence in the same words for
        the same value. The services add a claim on every call; a re-import must not."""
        if fact is not None:
            claims = fact.claims.filter(
                source=evidence.source,
                article=evidence.article,
                source_url=evidence.source_url,
                quote=evidence.quote,
            )
            if value is not None:
                claims = claims.filter(value=str(value)[:250])
            if claims.exists():
                self.report.known += 1
                return False
        self.report.claims += 1
        return True

    # Entities -----------------------------------------------------------------------------

    def entity(self, record: Record) -> None:
        data = record.data
        if record.type == "source":
            self.source_record(data)
            return
        rows = self.rows.setdefault(record.type, {})
        if record.key in rows:
            # A record matches the catalog's row by slug. An import adds facts; it never
            # renames or rewrites what an editor may have corrected since.
            if record.type == "title":
                for alias in data.get("aliases", []):
                    services.title_alias_add(title=rows[record.key], name=alias)
            return
        if record.type == "franchise":
            row = services.franchise_create(
                name=data["name"], slug=data["slug"], description=data.get("description") or ""
            )
        elif record.type == "company":
            row = services.company_create(
                name=data["name"],
                slug=data["slug"],
                kind=data.get("kind") or "studio",
                aliases=data.get("aliases", []),
            )
        elif record.type == "person":
            row = services.person_create(
                name=data["name"],
                slug=data["slug"],
                bio=data.get("bio") or "",
                aliases=data.get("aliases", []),
            )
        else:
            row = self.title(record)
        rows[record.key] = row
        self.report.created += 1

    def source_record(self, data: dict) -> None:
        rows = self.rows.setdefault("source", {})
        if data["name"] not in rows:
            rows[data["name"]], created = Source.objects.get_or_create(
                name=data["name"], defaults={"url": data["url"]}
            )
            self.report.created += created

    def title(self, record: Record) -> Title:
        data, status = record.data, record.plan["status"]
        franchise, parent = data.get("franchise"), data.get("parent")
        return services.title_create(
            kind=data["kind"],
            name=data["name"],
            slug=data["slug"],
            franchise=self.row("franchise", franchise) if franchise else None,
            installment=data.get("installment") or "",
            synopsis=data.get("synopsis") or "",
            original_name=data.get("original_name") or "",
            parent=self.row("title", parent) if parent else None,
            aliases=data.get("aliases", []),
            # A status with no source is only where a new title starts: it is not a claim.
            **({"status": status["value"]} if status and not status["evidence"] else {}),
        )

    # Facts --------------------------------------------------------------------------------

    def facts(self, record: Record) -> None:
        """Record the title's facts in file order, each evidence in turn, as an editor would."""
        title, plan = self.row("title", record.key), record.plan
        if status := plan["status"]:
            for item in status["evidence"]:
                evidence = self.evidence(item)
                latest = title.status_history.first()
                same = latest if latest and latest.status == status["value"] else None
                if self.is_new(same, evidence):
                    services.title_status_set(
                        title=title, status=status["value"], evidence=evidence
                    )
        for fact in plan["releases"]:
            where = {key: fact[key] for key in ("region", "medium", "channel")}
            for item in fact["evidence"]:
                evidence = self.evidence(item)
                release = Release.objects.filter(title=title, **where).first()
                # Another date than the catalog's moves the release (release_set keeps history),
                # unless this very claim is already there, superseded or not: re-importing
                # an old file must not undo a later move.
                if self.is_new(release, evidence, value=fact["when"]):
                    services.release_set(
                        title=title,
                        when=fact["when"],
                        confidence=fact["confidence"],
                        evidence=evidence,
                        **where,
                    )
        for fact in plan["credits"]:
            person = self.row("person", fact["person"]) if fact["person"] else None
            company = self.row("company", fact["company"]) if fact["company"] else None
            character = fact["character"] if person else ""
            for item in fact["evidence"]:
                evidence = self.evidence(item)
                credit = Credit.objects.filter(
                    title=title,
                    person=person,
                    company=company,
                    role=fact["role"],
                    **({"character": character} if person else {}),
                ).first()
                if self.is_new(credit, evidence):
                    services.credit_add(
                        title=title,
                        person=person,
                        company=company,
                        role=fact["role"],
                        character=character,
                        billing=fact["billing"],
                        evidence=evidence,
                    )
        for fact in plan["relations"]:
            other = self.row("title", fact["other"])
            for item in fact["evidence"]:
                evidence = self.evidence(item)
                relation = Relation.objects.filter(title=title, kind=fact["kind"], other=other)
                if self.is_new(relation.first(), evidence):
                    services.relation_add(
                        title=title, kind=fact["kind"], other=other, evidence=evidence
                    )
        for fact in plan["placements"]:
            anchors = {
                "anchor": self.row("title", fact["anchor"]),
                "anchor_end": self.row("title", fact["anchor_end"]) if fact["anchor_end"] else None,
            }
            for item in fact["evidence"]:
                evidence = self.evidence(item)
                placement = Placement.objects.filter(title=title, kind=fact["kind"], **anchors)
                if self.is_new(placement.first(), evidence):
                    services.placement_set(
                        title=title, kind=fact["kind"], evidence=evidence, **anchors
                    )


def _parents_first(titles: list[Record]) -> list[Record]:
    """Order title records so a parent defined in the file is created before its children."""
    by_slug = {r.key: r for r in titles}
    ordered, placed = [], set()

    def place(record):
        if record.key in placed:
            return
        parent = by_slug.get(record.data.get("parent") or "")
        if parent is not None:
            place(parent)
        placed.add(record.key)
        ordered.append(record)

    for record in titles:
        place(record)
    return ordered


def catalog_import(
    lines: Iterable[bytes | str],
    *,
    skip_invalid: bool = False,
    progress: Callable[[str], None] = lambda message: None,
) -> ImportReport:
    """Check every record, then import the good ones in one transaction.

    With bad records and no `skip_invalid`, raise ImportRejected having written nothing;
    its report lists each problem by line. With `skip_invalid`, import the good records
    and list the bad ones in the report.
    """
    report = ImportReport()
    records, report.problems = read_records(lines)
    report.records = len(records) + len({p.line for p in report.problems})
    progress(f"Read {plural(report.records, 'record')}; checking…")
    existing = check(records, progress)
    good = [r for r in records if not r.problems]
    report.problems += [Problem(r.line, reason) for r in records for reason in r.problems]
    if report.problems and not skip_invalid:
        report.problems.sort(key=lambda p: p.line)
        raise ImportRejected(report)

    writer, done = _Writer(existing, report), 0

    def step(record, write, *, finishes=True):
        nonlocal done
        # One savepoint per step, so a record the services refuse is reported and rolled back
        # on its own. (A title whose facts fail keeps its bare row under --skip-invalid; the
        # checks above make that a bug to report, not something a file can do.)
        try:
            with transaction.atomic():
                write(record)
        except (ValidationError, DatabaseError) as error:
            messages = error.messages if isinstance(error, ValidationError) else [str(error)]
            report.problems.append(Problem(record.line, " ".join(messages)))
            return
        if finishes:
            report.imported[record.type] += 1
            done += 1
            if done % PROGRESS_EVERY == 0:
                progress(f"Imported {done:,} of {len(good):,} records…")

    with transaction.atomic():
        # Entities first, so facts may point at titles defined further down the file.
        for kind in TYPES[:-1]:
            for record in good:
                if record.type == kind:
                    step(record, writer.entity)
        titles = _parents_first([r for r in good if r.type == "title"])
        for record in titles:
            step(record, writer.entity, finishes=False)
        failed = {p.line for p in report.problems}
        for record in titles:
            if record.line not in failed:
                step(record, writer.facts)
        report.problems.sort(key=lambda p: p.line)
        if report.problems and not skip_invalid:
            transaction.set_rollback(True)
    if report.problems and not skip_invalid:
        report.imported.clear()
        raise ImportRejected(report)
    return report


# Export -----------------------------------------------------------------------------------


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
    for source in Source.objects.filter(pk__in=cited).order_by("name"):
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
        if done % PROGRESS_EVERY == 0:
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
