"""Checking one record: its fields, their values against the models, and every fact's
evidence. Problems are noted on the record, never raised, so one run reports them all."""

from datetime import UTC, datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from premiere.extraction.dates import FuzzyDate, InvalidDate
from premiere.extraction.regions import WORLDWIDE, is_region

from ..evidence import source_model
from ..models import Claim, Company, Credit, Placement, Relation, Release, Title
from .schema import (
    EVIDENCE_FIELDS,
    FACT_FIELDS,
    FIELDS,
    Record,
    json_kind,
    model_of,
    shown,
)

# A day inside what Python can hold, so a moment shows in any time zone without overflowing.
EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=1)
LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=1)
DATE_FORMS = "2024-06-07, 2024-06, 2025-Q3, 2025-summer, 2026 or TBA"


class _Fields:
    """Read one JSON object's fields, noting every problem rather than stopping at the first."""

    def __init__(self, record: Record, data: dict, where: str, allowed: set[str]):
        self.record, self.data, self.where = record, data, where
        for key in sorted(set(data) - allowed):
            self.problem(f"unknown field {shown(key)}")

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
            self.problem(f"must be a string, not {json_kind(value)}", key)
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
            self.problem(f"{shown(value)} is not one of {', '.join(choices)}", key)
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


def check_record(record: Record) -> None:
    """Check one record's own fields and note what it refers to; store what `_apply` needs."""
    data, kind = record.data, record.type
    fields = _Fields(record, data, "", FIELDS[kind])
    if kind == "source":
        fields.text("name", model=source_model(), required=True)
        url = fields.text("url", model=source_model())
        record.data = {"name": data.get("name"), "url": url}
        return
    model = model_of(kind)
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
            fields.problem(f"{shown(alias, 30)} is longer than 250 characters", "aliases")
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
    if not is_region(region):
        one.problem(f"{shown(region)} is not a two-letter country code (GB) or WW", "region")
    medium = one.choice("medium", Release.Medium.values)
    channel = one.text("channel", model=Release)
    if medium in (Release.Medium.STREAMING, Release.Medium.PLATFORM) and not channel:
        one.problem(f"a {medium} release names its service or platform", "channel")
    when = None
    text = one.data.get("date")
    if text is None or text == "":
        one.problem(f"is required: {DATE_FORMS}", "date")
    elif not isinstance(text, str):
        one.problem(f"must be a string: {DATE_FORMS}, not {json_kind(text)}", "date")
    elif len(text) > 40:
        # Longer than any date can be written: FuzzyDate's message would echo all of it.
        one.problem(f"{shown(text)} is not a date. Use {DATE_FORMS}.", "date")
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
        one.problem(f"must be a whole number from 0, not {shown(billing)}", "billing")
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
        name = ev.text("name", model=source_model())
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
        raise ValueError(f"must be a string like 2025-03-01T09:30:00Z, not {json_kind(text)}")
    try:
        # A bare day first: parse_datetime would read "2025-03-01" as a naive midnight.
        day = parse_date(text)
        moment = None if day else parse_datetime(text)
    except ValueError as error:
        raise ValueError(f"{shown(text)} is not a real moment: {error}") from None
    if moment is None and day is None:
        raise ValueError(f"{shown(text)} is not a date or a moment like 2025-03-01T09:30:00Z")
    if moment is None:
        moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
    elif timezone.is_naive(moment):
        raise ValueError(f"{shown(text)} needs a time zone (Z or +01:00)")
    if not EARLIEST <= moment <= LATEST:
        # Storing or showing it would overflow Python's years 1 to 9999 in some time zone.
        raise ValueError(f"{shown(text)} is too far in the past or the future")
    return moment
