"""Importing: the example file, facts recorded as an editor would, all-or-nothing batches."""

import json
from datetime import UTC, datetime

import pytest

from premiere.catalog.interchange import ImportRejected, catalog_import
from premiere.catalog.models import Claim, Credit, Placement, Relation, Release, Title
from premiere.newsroom.models import Source

from .conftest import EXAMPLE, SAID, film, jsonl, release, rows

pytestmark = pytest.mark.django_db


# The example file ---------------------------------------------------------------------------


def test_example_file_imports_every_record_with_its_sources():
    report = catalog_import(EXAMPLE.read_text().splitlines())

    assert report.problems == []
    assert report.imported == {"source": 2, "franchise": 1, "company": 2, "person": 3, "title": 5}
    sequel = Title.objects.get(slug="the-lamplighter-ember-road")
    assert sequel.status == "post_production"
    assert sequel.status_history.get().claims.count() == 2
    assert str(sequel.first_release) == "June 11, 2027"  # the GB date sorts first
    assert sequel.releases.get(region="US").channel == "Streamline"
    season = Title.objects.get(slug="lowmarsh-season-1")
    assert season.parent.slug == "lowmarsh"
    assert Placement.objects.get(title__slug="lowmarsh").anchor_end == sequel
    assert Source.objects.get(name="The Reel Ledger").url == "https://reelledger.example"
    assert not Claim.objects.filter(source=None, article=None).exists()


def test_importing_the_same_file_twice_changes_nothing():
    lines = EXAMPLE.read_text().splitlines()
    first = catalog_import(lines)
    before = rows()

    again = catalog_import(lines)

    assert rows() == before
    assert (again.created, again.claims, again.known) == (0, 0, first.claims)
    assert "0 new, 0 claims recorded" in again.summary()


# Facts --------------------------------------------------------------------------------------


def test_a_new_date_moves_the_release_and_keeps_its_history():
    catalog_import(jsonl(film(releases=[release("2025-06-06")])))
    later = {**SAID, "url": "https://trade.example/news/2", "quote": "Pushed to August."}

    catalog_import(jsonl(film(releases=[release("2025-08", source=later)])))

    moved = Release.objects.get()
    assert moved.when.canonical() == "2025-08"
    assert [c.kind for c in moved.history.all()] == ["announced", "delayed"]
    assert set(moved.claims.values_list("state", flat=True)) == {"current", "superseded"}
    assert Title.objects.get().first_release_precision == "month"


def test_another_source_for_the_same_date_adds_a_claim_once():
    catalog_import(jsonl(film(releases=[release()])))
    second = {"name": "Another Trade", "url": "https://another.example/story"}
    lines = jsonl(film(releases=[release(source=second)]))

    catalog_import(lines)
    catalog_import(lines)

    assert Release.objects.get().claims.filter(state="current").count() == 2
    assert Source.objects.get(name="Another Trade").url == "https://another.example"


def test_article_evidence_cites_our_own_story(make_article):
    story = make_article()
    credit = {
        "person": "ana",
        "role": "cast",
        "character": "Eve",
        "source": {"article": story.slug},
    }

    catalog_import(
        jsonl(
            {"type": "person", "slug": "ana", "name": "Ana de Armas"},
            film(credits=[credit]),
        )
    )

    claim = Credit.objects.get().claims.get()
    assert (claim.article, claim.source) == (story, None)


def test_records_may_refer_to_titles_defined_further_down():
    catalog_import(
        jsonl(
            film("sequel", relations=[{"kind": "sequel", "other": "original", "source": SAID}]),
            film("original"),
        )
    )

    assert Relation.objects.get().other.slug == "original"


def test_existing_rows_are_matched_by_slug_and_left_as_they_are(make_title):
    make_title(name="Ballerina", slug="ballerina", synopsis="Edited on the desk.")

    report = catalog_import(jsonl(film(synopsis="From the file.", releases=[release()])))

    assert report.imported["title"] == 1
    title = Title.objects.get()
    assert title.synopsis == "Edited on the desk."
    assert title.releases.count() == 1


def test_a_bare_day_is_midnight_utc_and_a_byte_order_mark_is_ignored():
    said = {**SAID, "observed_at": "2025-03-01"}
    line = json.dumps(film(releases=[release(source=said)]))

    catalog_import(["\ufeff" + line])

    assert Claim.objects.get().observed_at == datetime(2025, 3, 1, tzinfo=UTC)


def test_a_status_without_a_source_only_sets_where_a_new_title_starts():
    catalog_import(jsonl(film(status={"value": "filming"})))

    title = Title.objects.get()
    assert title.status == "filming"
    assert not title.status_history.exists()


def test_a_bad_batch_imports_nothing_and_reports_every_bad_record():
    lines = jsonl(
        {"type": "franchise", "slug": "wick", "name": "John Wick"},
        film("one", releases=[release("2025-13")]),
        film("two", kind="movie"),
        film("three", releases=[release()]),
    )

    with pytest.raises(ImportRejected) as rejected:
        catalog_import(lines)

    assert [p.line for p in rejected.value.report.problems] == [2, 3]
    assert "2 of 4 records invalid" in str(rejected.value)
    assert rows() == dict.fromkeys(rows(), 0)


def test_skip_invalid_imports_the_good_records_and_what_does_not_depend_on_bad_ones():
    lines = jsonl(
        {"type": "franchise", "slug": "wick", "name": "John Wick", "colour": "red"},
        film("one", franchise="wick"),
        film("two", releases=[release()]),
    )

    report = catalog_import(lines, skip_invalid=True)

    assert [str(p) for p in report.problems] == [
        "line 1: unknown field 'colour'",
        "line 2: franchise: franchise 'wick' is defined on line 1, which is invalid",
    ]
    assert list(Title.objects.values_list("slug", flat=True)) == ["two"]
    assert report.summary().endswith("; 2 invalid.")


def test_reimporting_a_file_that_moved_a_release_changes_nothing():
    other = {"name": "Other Desk", "url": "https://other.example/2", "quote": "Now July."}
    records = jsonl(film(releases=[release("2090-06-11"), release("2090-07", source=other)]))
    catalog_import(records)
    before = rows()
    catalog_import(records)
    catalog_import(records)
    assert rows() == before
    moved = Release.objects.get()
    assert str(moved.when) == "July 2090"
    assert moved.history.count() == 2  # announced, then moved: once
