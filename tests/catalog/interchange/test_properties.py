"""Properties of reading and importing, over lines hypothesis makes up: whatever a file holds,
the only exception is the importer's own, a batch with a bad line writes nothing, and valid
records come back out of an export as they went in."""

import copy
import functools
import io
import json
from contextlib import contextmanager
from datetime import UTC, date, datetime

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from premiere.catalog.interchange import (
    ImportRejected,
    catalog_export,
    catalog_import,
    file_lines,
    read_records,
)
from premiere.catalog.interchange.schema import EVIDENCE_FIELDS, FACT_FIELDS, FIELDS, TYPES
from premiere.catalog.models import (
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
from premiere.extraction.dates import FuzzyDate
from premiere.extraction.text import normalize_name
from premiere.newsroom.models import Source

pytestmark = pytest.mark.django_db

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Each example writes a whole catalog through the services (~0.1 s): fewer keep the suite quick.
WRITING = settings(SETTINGS, max_examples=100)
MODELS = (
    Source,
    Franchise,
    Company,
    Person,
    Title,
    TitleAlias,
    StatusChange,
    Release,
    Credit,
    Relation,
    Placement,
    Claim,
)


def counts() -> dict:
    return {model.__name__: model.objects.count() for model in MODELS}


@contextmanager
def rolled_back():
    """Run one example in a savepoint that is undone, so examples do not see each other."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


# Anything a file may hold ---------------------------------------------------------------------

# Text as hostile as a file can make it: lone surrogates, NUL, brackets, quotes, a BOM.
ANY_TEXT = st.text(st.characters() | st.sampled_from('\ud800\udfff\x00\ufeff\r\n[]{}"\\'))
CHOICES = sorted(
    {*Title.Kind.values, *Title.Status.values, *Release.Medium.values, *Credit.Role.values}
    | {*Relation.Kind.values, *Placement.Kind.values, *Company.Kind.values}
    | {"WW", "GB", "2025", "2025-Q3", "TBA", "2025-01-01T00:00:00Z", "x"}
)
FIELD_NAMES = sorted({*EVIDENCE_FIELDS, *FACT_FIELDS, *(f for s in FIELDS.values() for f in s)})
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT | st.sampled_from(CHOICES),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(ANY_TEXT | st.sampled_from(FIELD_NAMES), inner, max_size=3)
    ),
    max_leaves=10,
)
EVIDENCEISH = st.fixed_dictionaries({}, optional=dict.fromkeys(EVIDENCE_FIELDS, JSON))


def factish(kind: str):
    optional = dict.fromkeys(FACT_FIELDS[kind], JSON)
    optional.update(source=EVIDENCEISH | JSON, sources=st.lists(EVIDENCEISH, max_size=2) | JSON)
    fact = st.fixed_dictionaries({}, optional=optional)
    return fact if kind == "status" else st.lists(fact, max_size=2)


def recordish(kind: str):
    """A record of `kind` whose fields are the format's own, holding anything."""
    optional = {key: JSON for key in FIELDS[kind] - {"type"}}
    optional.update({key: factish(key) | JSON for key in FACT_FIELDS if key in FIELDS[kind]})
    return st.fixed_dictionaries({"type": st.just(kind)}, optional=optional)


RECORDISH = st.sampled_from(TYPES).flatmap(recordish)
TEXT_LINE = st.one_of(
    ANY_TEXT,
    JSON.map(json.dumps),
    RECORDISH.map(json.dumps),
    RECORDISH.map(lambda record: json.dumps(record, ensure_ascii=False)),
    st.integers(0, 60).map(lambda n: "[" * n + "]" * n),
    st.integers(0, 60).map(lambda n: '{"type": "person", "billing": ' + "9" * n + "}"),
)
LINE = TEXT_LINE | TEXT_LINE.map(lambda text: text.encode("utf-8", "surrogatepass")) | st.binary()

# Lines that are surely bad, one kind of trouble each.
BAD_LINE = st.one_of(
    st.binary().map(lambda data: b"\xff" + data),
    JSON.filter(lambda value: not isinstance(value, dict)).map(json.dumps),
    st.integers(21, 2000).map(lambda n: "[" * n),
    st.integers(31, 6000).map(lambda n: '{"type": "person", "billing": ' + "9" * n + "}"),
    ANY_TEXT.map(lambda text: json.dumps({"type": "person", "name": text + "\ud800"})),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999"]).map(
        lambda word: '{"type": "person", "slug": "p", "name": "P", "billing": ' + word + "}"
    ),
    RECORDISH.map(lambda record: json.dumps({**record, "no such field": 1})),
)

# Valid records -------------------------------------------------------------------------------

# Text as an editor may write it: any character the catalog can store.
STORABLE = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
TEXT = st.text(STORABLE, max_size=12)
NAME = st.text(STORABLE, min_size=1, max_size=12)
SLUG = st.from_regex(r"[-a-z0-9_]{1,12}", fullmatch=True)
MOMENT = st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)).map(
    lambda moment: moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")
)
# observed_at is always given: left out, it is the moment of the import.
EVIDENCE = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["Trade Weekly", "The Reel Ledger", "Écran Total"]),
        "observed_at": MOMENT,
    },
    optional={
        "url": st.sampled_from(["https://trade.example/a", "http://reel.example/b?c=d"]),
        "quote": TEXT,
    },
)
# From year 1000: FuzzyDate.canonical() writes year 999 as "999", which no import reads.
DAY = st.dates(date(1000, 1, 1), date(9998, 12, 31))
WHEN = st.one_of(
    st.just(FuzzyDate.tba()),
    DAY.map(lambda d: FuzzyDate.day(d.year, d.month, d.day)),
    DAY.map(lambda d: FuzzyDate.month(d.year, d.month)),
    DAY.map(lambda d: FuzzyDate.quarter(d.year, (d.month + 2) // 3)),
    DAY.map(lambda d: FuzzyDate.season(d.year, (d.month + 2) // 3)),
    DAY.map(lambda d: FuzzyDate.year(d.year)),
).map(FuzzyDate.canonical)


def evidence(draw) -> dict:
    """Draw one fact's evidence: one source or several, each saying something different
    (the same words from the same source twice are one claim)."""
    items = draw(
        st.lists(
            EVIDENCE,
            min_size=1,
            max_size=2,
            unique_by=lambda item: (item["name"], item.get("url", ""), item.get("quote", "")),
        )
    )
    return {"source": items[0]} if len(items) == 1 else {"sources": items}


def entity(kind: str, **fields):
    record = {"type": st.just(kind), "slug": SLUG, "name": NAME}
    return st.fixed_dictionaries(record, **fields)


def entities(kind: str, **fields):
    return st.lists(
        entity(kind, **fields),
        max_size=3,
        unique_by=(lambda r: r["slug"], lambda r: r["name"].strip()),
    )


@st.composite
def catalogs(draw) -> list[dict]:
    """Draw a valid catalog file: entities, then titles that refer to them and each other."""
    franchises = draw(entities("franchise", optional={"description": TEXT}))
    people = draw(entities("person", optional={"bio": TEXT, "aliases": st.lists(NAME)}))
    companies = draw(
        entities(
            "company",
            optional={"kind": st.sampled_from(Company.Kind.values), "aliases": st.lists(NAME)},
        )
    )
    slugs = draw(st.lists(SLUG, min_size=1, max_size=4, unique=True))
    titles = []
    for i, slug in enumerate(slugs):
        others = [s for s in slugs if s != slug]
        title = {
            "type": "title",
            "slug": slug,
            "kind": draw(st.sampled_from(Title.Kind.values)),
            "name": draw(NAME),
            "original_name": draw(TEXT),
            "synopsis": draw(TEXT),
            "installment": draw(TEXT),
            "aliases": draw(st.lists(NAME, max_size=2, unique_by=normalize_name)),
        }
        if franchises and draw(st.booleans()):
            title["franchise"] = draw(st.sampled_from(franchises))["slug"]
        if i and draw(st.booleans()):
            title["parent"] = draw(st.sampled_from(slugs[:i]))  # earlier titles: no loops
        if draw(st.booleans()):
            title["status"] = {"value": draw(st.sampled_from(Title.Status.values))}
            if draw(st.booleans()):
                title["status"].update(evidence(draw))
        title["releases"] = []
        for region, medium in draw(
            st.lists(
                st.tuples(st.sampled_from(["WW", "GB", "JP"]), st.sampled_from(Release.Medium)),
                max_size=3,
                unique=True,
            )
        ):
            needs_channel = medium in (Release.Medium.STREAMING, Release.Medium.PLATFORM)
            title["releases"].append(
                {
                    "region": region,
                    "medium": medium.value,
                    "channel": draw(NAME if needs_channel else TEXT),
                    "date": draw(WHEN),
                    "confidence": draw(st.sampled_from(Release.Confidence.values)),
                    **evidence(draw),
                }
            )
        credited = [("person", p["slug"]) for p in people]
        credited += [("company", c["slug"]) for c in companies]
        title["credits"] = []
        if credited:
            for (field, who), role in draw(
                st.lists(
                    st.tuples(st.sampled_from(credited), st.sampled_from(Credit.Role.values)),
                    max_size=3,
                    unique=True,
                )
            ):
                credit = {field: who, "role": role, **evidence(draw)}
                if field == "person":
                    credit["character"] = draw(TEXT)
                if draw(st.booleans()):
                    credit["billing"] = draw(st.integers(0, 32767))
                title["credits"].append(credit)
        title["relations"] = []
        title["placements"] = []
        if others:
            for kind, other in draw(
                st.lists(
                    st.tuples(st.sampled_from(Relation.Kind.values), st.sampled_from(others)),
                    max_size=2,
                    unique=True,
                )
            ):
                title["relations"].append({"kind": kind, "other": other, **evidence(draw)})
            for kind, anchor in draw(
                st.lists(
                    st.tuples(st.sampled_from(Placement.Kind.values), st.sampled_from(others)),
                    max_size=2,
                    unique=True,
                )
            ):
                placement = {"kind": kind, "anchor": anchor, **evidence(draw)}
                if kind == Placement.Kind.BETWEEN:
                    placement["anchor_end"] = draw(st.sampled_from(others))
                title["placements"].append(placement)
        titles.append(title)
    return draw(st.permutations(franchises + people + companies + titles))


def canonical(value):
    """Return `value` with empty fields left out and lists in a fixed order, as an export
    writes it (facts sorted, a lone source as `source`)."""
    if isinstance(value, dict):
        kept = {k: canonical(v) for k, v in value.items() if v not in ("", None, [])}
        if len(kept.get("sources", [])) == 1:
            kept["source"] = kept.pop("sources")[0]
        return kept
    if isinstance(value, list):
        return _in_order(canonical(v) for v in value)
    return value


def expected(record: dict) -> dict:
    """Return what an export writes for a record imported into an empty catalog."""
    record = dict(record)
    if record["type"] == "company":
        record.setdefault("kind", "studio")
    status = record.get("status")
    if status == {"value": "announced"}:
        del record["status"]  # where every title starts: nothing to write
    return canonical(record)


# Text that json.dumps cannot write (a number of 5,000 digits, 100,000 nested lists, NaN
# where it is unquoted): a corruption puts the marker, and `encoded` the text in its place.
RAW = {
    "@huge-number@": "9" * 5000,
    "@long-float@": "-" + "1" * 5000 + ".5e3",
    "@overflow@": "1e999",
    "@nan@": "NaN",
    "@deep@": "[" * 100_000 + "]" * 100_000,
}
# What a corruption puts in place of a value: anything JSON, hostile text, the raw text
# above, and lists nested up to twice the limit.
HOSTILE = st.one_of(
    JSON,
    ANY_TEXT,
    st.sampled_from([*RAW, "\ud800", "\x00", 10**40]),
    st.integers(0, 40).map(
        lambda depth: functools.reduce(lambda inner, _: [inner], range(depth), 0)
    ),
)


def _slots(value, found: list) -> list:
    """Collect every (container, key) of a JSON value where a corruption can go; a key of
    None is a new field."""
    if isinstance(value, dict):
        found.append((value, None))
        for key, item in value.items():
            found.append((value, key))
            _slots(item, found)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found.append((value, i))
            _slots(item, found)
    return found


@st.composite
def corrupted(draw, record: dict) -> dict:
    """Draw `record` with one value, anywhere in it, replaced by something hostile."""
    record = copy.deepcopy(record)
    container, key = draw(st.sampled_from(_slots(record, [])))
    if key is None:
        key = draw(ANY_TEXT | st.sampled_from(FIELD_NAMES))
    value = container[key] if key in container or isinstance(container, list) else None
    if isinstance(value, str) and draw(st.booleans()):
        # Keep the text and spoil it with one character the catalog cannot store.
        container[key] = value + draw(st.sampled_from(["\ud800", "\udfff", "\x00"]))
    else:
        container[key] = draw(HOSTILE)
    return record


@st.composite
def encoded(draw, record: dict) -> str | bytes:
    """Write a record as a file may hold it: ASCII JSON, raw text (where a lone surrogate
    stays raw), or bytes (where it becomes invalid UTF-8)."""
    raw = draw(st.booleans())
    text = json.dumps(record, ensure_ascii=not raw)
    for marker, fragment in RAW.items():
        text = text.replace(json.dumps(marker), fragment)
    return text.encode("utf-8", "surrogatepass") if raw and draw(st.booleans()) else text


# The properties -----------------------------------------------------------------------------


@SETTINGS
@given(lines=st.lists(LINE, max_size=6))
def test_any_lines_are_read_into_records_or_problems_for_their_lines(lines):
    records, problems = read_records(lines)

    numbers = [r.line for r in records] + [p.line for p in problems]
    assert len(set(numbers)) == len(numbers)
    assert set(numbers) <= set(range(1, len(lines) + 1))
    for record in records:
        assert record.type in TYPES and isinstance(record.data, dict)


@SETTINGS
@given(catalog=catalogs(), data=st.data(), skip_invalid=st.booleans())
def test_importing_corrupted_or_made_up_lines_raises_nothing_but_a_rejection_that_wrote_nothing(
    catalog, data, skip_invalid
):
    records = list(catalog)
    for _ in range(data.draw(st.integers(0, 2), label="corruptions")):
        at = data.draw(st.integers(0, len(records) - 1))
        records[at] = data.draw(corrupted(records[at]))
    lines = [data.draw(encoded(record)) for record in records]
    for line in data.draw(st.lists(LINE, max_size=2), label="made-up lines"):
        lines.insert(data.draw(st.integers(0, len(lines))), line)

    with rolled_back():
        try:
            report = catalog_import(lines, skip_invalid=skip_invalid)
        except ImportRejected as rejected:
            assert not skip_invalid
            assert rejected.report.problems
            assert counts() == dict.fromkeys(counts(), 0)
        else:
            assert skip_invalid or not report.problems
            assert sum(report.imported.values()) + report.invalid == report.records


@WRITING
@given(catalog=catalogs(), bad=BAD_LINE, data=st.data())
def test_a_bad_line_among_good_ones_imports_nothing_or_only_the_good_ones(catalog, bad, data):
    lines = [json.dumps(record) for record in catalog]
    at = data.draw(st.integers(0, len(lines)))
    lines.insert(at, bad)

    with rolled_back():
        with pytest.raises(ImportRejected) as rejected:
            catalog_import(lines)
        assert at + 1 in {p.line for p in rejected.value.report.problems}
        assert counts() == dict.fromkeys(counts(), 0)

    with rolled_back():
        report = catalog_import(lines, skip_invalid=True)
        assert {p.line for p in report.problems} == {at + 1}
        assert sum(report.imported.values()) == len(catalog)


@WRITING
@given(catalog=catalogs())
def test_valid_records_come_out_of_an_export_as_they_went_in(catalog):
    with rolled_back():
        report = catalog_import([json.dumps(record) for record in catalog])
        out = io.StringIO()
        catalog_export(out)

    assert report.problems == []
    # Split as the command does: str.splitlines() would also split at U+0085 and U+2028.
    exported = [json.loads(line) for line in file_lines(io.BytesIO(out.getvalue().encode()))]
    cited = {item["name"] for record in catalog for item in _evidence_items(record)}
    assert {r["name"] for r in exported if r["type"] == "source"} == cited
    assert _in_order(canonical(r) for r in exported if r["type"] != "source") == _in_order(
        expected(r) for r in catalog
    )


def _in_order(records) -> list[dict]:
    return sorted(records, key=lambda record: json.dumps(record, sort_keys=True))


def _evidence_items(record: dict):
    facts = [record.get("status") or {}]
    facts += [
        f for key in ("releases", "credits", "relations", "placements") for f in record.get(key, [])
    ]
    for fact in facts:
        if "source" in fact:
            yield fact["source"]
        yield from fact.get("sources", [])
