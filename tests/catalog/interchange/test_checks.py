"""Checking one record: every bad field is reported with its line and reason."""

import json

import pytest

from premiere.catalog.interchange import ImportRejected, catalog_import
from premiere.catalog.interchange.schema import EVIDENCE_FIELDS, FACT_FIELDS, FIELDS
from premiere.catalog.models import Franchise

from .conftest import SAID, film, jsonl, release

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "a record is a JSON object, not a list"),
        ('{"type": "movie"}', "type 'movie' is not one of"),
        ('{"slug": "x"}', "missing type"),
        (json.dumps(film(kind="movie")), "kind: 'movie' is not one of film"),
        (json.dumps(film(synopis="typo")), "unknown field 'synopis'"),
        (json.dumps({"type": "title", "slug": "x", "kind": "film"}), "name: is required"),
        (json.dumps(film(slug="Not A Slug")), "slug: Enter a valid"),
        (json.dumps(film(releases=[release("2025-13")])), "releases[0].date: '2025-13' is not"),
        (json.dumps(film(releases=[release("soon")])), "releases[0].date: 'soon' is not a date"),
        (json.dumps(film(releases=[release(region="usa")])), "region: 'usa' is not a two-letter"),
        (json.dumps(film(releases=[release(region="gb")])), "region: 'gb' is not a two-letter"),
        (json.dumps(film(releases=[release(medium="streaming")])), "names its service"),
        (json.dumps(film(releases=[release(confidence="sure")])), "confidence: 'sure'"),
        (json.dumps(film(releases=[{**release(), "source": None}])), "source: must be an object"),
        (json.dumps(film(releases=[{"medium": "tv", "date": "2025"}])), "needs a source"),
        (json.dumps(film(releases=[release(source={"quote": "x"})])), "name an outside source"),
        (
            json.dumps(
                film(releases=[release(source={**SAID, "observed_at": "2025-01-01T10:00"})])
            ),
            "needs a time zone",
        ),
        (
            json.dumps(film(releases=[release(source={**SAID, "url": "nope"})])),
            "url: Enter a valid",
        ),
        (json.dumps(film(franchise="nowhere")), "franchise: no franchise 'nowhere' in the file"),
        (json.dumps(film(parent="ballerina")), "cannot be its own parent"),
        (
            json.dumps(film(credits=[{"role": "cast", "source": SAID}])),
            "name either a person or a company",
        ),
        (
            json.dumps(film(credits=[{"person": "ghost", "role": "cast", "source": SAID}])),
            "credits[0].person: no person 'ghost'",
        ),
        (
            json.dumps(
                film(credits=[{"company": "x", "role": "cast", "billing": -1, "source": SAID}])
            ),
            "billing: must be a whole number",
        ),
        (
            json.dumps(film(placements=[{"kind": "between", "anchor": "a", "source": SAID}])),
            "'between' needs the later title too",
        ),
        (
            json.dumps(film(status={"value": "done", "source": SAID})),
            "status.value: 'done' is not one of",
        ),
        (
            json.dumps(
                film(relations=[{"kind": "sequel", "other": "x", "source": {"article": "no"}}])
            ),
            "no article 'no' in the newsroom",
        ),
    ],
)
def test_each_bad_record_is_reported_with_its_line_and_reason(line, reason):
    good = json.dumps({"type": "franchise", "slug": "wick", "name": "John Wick"})

    with pytest.raises(ImportRejected) as rejected:
        catalog_import([good, "", line])

    problems = [str(p) for p in rejected.value.report.problems]
    assert any(p.startswith("line 3: ") and reason in p for p in problems), problems
    assert not Franchise.objects.exists()


@pytest.mark.parametrize(
    ("value", "kind"),
    [({}, "an object"), ([], "a list"), (False, "false"), (True, "true"), (2.5, "a number")],
)
def test_a_value_of_the_wrong_type_is_called_by_its_json_name(value, kind):
    with pytest.raises(ImportRejected) as rejected:
        catalog_import([json.dumps(film(synopsis=value))])

    assert [str(p) for p in rejected.value.report.problems] == [
        f"line 1: synopsis: must be a string, not {kind}"
    ]


@pytest.mark.parametrize(
    "moment", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00", "0001-01-01"]
)
def test_a_moment_too_far_in_the_past_or_future_is_refused(moment):
    line = json.dumps(film(releases=[release(source={**SAID, "observed_at": moment})]))

    with pytest.raises(ImportRejected) as rejected:
        catalog_import([line])

    assert [str(p) for p in rejected.value.report.problems] == [
        f"line 1: releases[0].source.observed_at: '{moment}' is too far in the past or the future"
    ]


def test_a_long_value_is_shown_cut_short_in_its_problem():
    with pytest.raises(ImportRejected) as rejected:
        catalog_import(jsonl(film("one", kind="x" * 100_000), film("two", franchise="y" * 100_000)))

    problems = [str(p) for p in rejected.value.report.problems]
    assert [len(p) < 200 for p in problems] == [True, True]
    assert problems[0].startswith("line 1: kind: 'xxxxx") and "x… is not one of film" in problems[0]
    assert problems[1].startswith("line 2: franchise: no franchise 'yyyyy")


# Every field, every wrong type ------------------------------------------------------------

WRONG = [{"a": 1}, [1], 7, True]
BASES = {
    "source": {"type": "source", "name": "Trade Weekly"},
    "franchise": {"type": "franchise", "slug": "wick", "name": "John Wick"},
    "company": {"type": "company", "slug": "lionsgate", "name": "Lionsgate"},
    "person": {"type": "person", "slug": "ana", "name": "Ana"},
    "title": film(),
}
FACTS = {
    "status": {"value": "filming", "source": SAID},
    "releases": release(),
    "credits": {"company": "lionsgate", "role": "distributor", "source": SAID},
    "relations": {"kind": "sequel", "other": "x", "source": SAID},
    "placements": {"kind": "after", "anchor": "x", "source": SAID},
}


def _wrong_fields():
    for kind, base in BASES.items():
        for key in sorted(FIELDS[kind] - {"type"}):
            for value in WRONG:
                yield pytest.param({**base, key: value}, key, id=f"{kind}.{key}={value!r}")
    for key, fact in FACTS.items():
        where = key if key == "status" else f"{key}[0]"
        for field in sorted(FACT_FIELDS[key] | {f"source.{f}" for f in EVIDENCE_FIELDS}):
            # A billing is the one number of the format: a string is its wrong type.
            for value in WRONG if field != "billing" else [*WRONG[:2], "7", True]:
                item = {k: v for k, v in fact.items() if field != "sources" or k != "source"}
                if field.startswith("source."):
                    item["source"] = {**SAID, field.removeprefix("source."): value}
                else:
                    item[field] = value
                record = film(**{key: item if key == "status" else [item]})
                yield pytest.param(record, f"{where}.{field}", id=f"{where}.{field}={value!r}")


@pytest.mark.parametrize(("record", "place"), list(_wrong_fields()))
def test_every_field_refuses_a_value_of_the_wrong_type(record, place):
    with pytest.raises(ImportRejected) as rejected:
        catalog_import([json.dumps(record)])

    problems = [str(p) for p in rejected.value.report.problems]
    assert any(p.startswith(f"line 1: {place}") for p in problems), problems
