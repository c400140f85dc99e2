"""Checking one record: every bad field is reported with its line and reason."""

import json

import pytest

from premiere.catalog.interchange import ImportRejected, catalog_import
from premiere.catalog.models import Franchise

from .conftest import SAID, film, release

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
