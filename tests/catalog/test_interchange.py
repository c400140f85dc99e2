import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from premiere.catalog import services
from premiere.catalog.interchange import (
    ImportRejected,
    catalog_export,
    catalog_import,
    read_records,
)
from premiere.catalog.models import (
    Claim,
    Company,
    Credit,
    Franchise,
    Person,
    Placement,
    Relation,
    Release,
    ReleaseChange,
    Title,
)
from premiere.newsroom.models import Source

pytestmark = pytest.mark.django_db

EXAMPLE = Path(__file__).parents[2] / "docs" / "catalog-example.jsonl"
SAID = {"name": "Trade Weekly", "url": "https://trade.example/news/1", "quote": "It is dated."}


def jsonl(*records) -> list[str]:
    return [json.dumps(record) for record in records]


def film(slug="ballerina", **fields):
    return {"type": "title", "slug": slug, "kind": "film", "name": slug.title(), **fields}


def release(date="2025-06-06", **fields):
    return {"region": "WW", "medium": "theatrical", "date": date, "source": SAID, **fields}


def export() -> str:
    out = io.StringIO()
    catalog_export(out)
    return out.getvalue()


def rows() -> dict:
    return {
        model.__name__: model.objects.count()
        for model in (Title, Release, ReleaseChange, Claim, Credit, Relation, Placement, Source)
    }


def wipe_catalog():
    Title.objects.all().delete()
    for model in (Franchise, Person, Company, Source):
        model.objects.all().delete()


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


def test_export_of_the_imported_example_is_the_example():
    catalog_import(EXAMPLE.read_text().splitlines())

    assert export() == EXAMPLE.read_text()


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


# Validation ---------------------------------------------------------------------------------


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


def test_a_slug_defined_twice_is_reported_on_the_second_line():
    with pytest.raises(ImportRejected) as rejected:
        catalog_import(jsonl(film("one"), film("one")))

    assert [str(p) for p in rejected.value.report.problems] == [
        "line 2: title 'one' is already defined on line 1"
    ]


def test_a_franchise_name_taken_under_another_slug_is_refused():
    services.franchise_create(name="John Wick", slug="john-wick")

    with pytest.raises(ImportRejected) as rejected:
        catalog_import(jsonl({"type": "franchise", "slug": "wick", "name": "John Wick"}))

    assert "already has slug 'john-wick'" in str(rejected.value.report.problems[0])


def test_a_parent_loop_is_refused():
    with pytest.raises(ImportRejected) as rejected:
        catalog_import(jsonl(film("a", parent="b"), film("b", parent="a")))

    assert {p.line for p in rejected.value.report.problems} == {1, 2}


def test_read_records_skips_blank_lines_and_counts_lines_exactly():
    records, problems = read_records([b"", b'{"type": "person"}', b"\xff", b"  "])

    assert [r.line for r in records] == [2]
    assert [str(p) for p in problems] == ["line 3: not UTF-8 text"]


# Export -------------------------------------------------------------------------------------


def test_export_round_trips_through_an_empty_catalog(make_article, make_title, said_by, trade, day):
    story = make_article()
    wick = services.franchise_create(name="John Wick", slug="john-wick")
    keanu = services.person_create(name="Keanu Reeves", aliases=["Keanu"])
    lionsgate = services.company_create(name="Lionsgate", kind="distributor")
    first = make_title(name="John Wick", franchise=wick, status="released")
    ballerina = make_title(
        name="Ballerina", franchise=wick, aliases=["From the World of John Wick: Ballerina"]
    )
    ours = services.Evidence(article=story, source=trade, quote="Dated at last.")
    services.title_status_set(title=ballerina, status="post_production", evidence=said_by())
    june = services.release_set(
        title=ballerina, medium="theatrical", when=day("2025-06"), evidence=said_by()
    )
    services.release_move(release=june, to=day("2025-06-06"), evidence=ours)
    services.release_set(
        title=ballerina,
        region="GB",
        medium="streaming",
        channel="Prime Video",
        when=day("2025-Q4"),
        evidence=said_by(),
    )
    services.credit_add(
        title=ballerina, person=keanu, role="cast", character="John Wick", evidence=said_by()
    )
    services.credit_add(
        title=ballerina, person=keanu, role="cast", character="John Wick", evidence=ours
    )
    services.credit_add(title=ballerina, company=lionsgate, role="distributor", evidence=ours)
    services.relation_add(title=ballerina, kind="spin_off", other=first, evidence=said_by())
    services.placement_set(title=ballerina, kind="after", anchor=first, evidence=said_by())
    exported = export()

    wipe_catalog()
    report = catalog_import(exported.splitlines())

    assert report.problems == []
    assert export() == exported
    assert Release.objects.get(region="WW").when.canonical() == "2025-06-06"
    assert Title.objects.get(slug="john-wick").status == "released"


def test_export_leaves_out_facts_nobody_sources_now(make_title, said_by, day):
    title = make_title()
    release = services.release_set(
        title=title, medium="theatrical", when=day("2026"), evidence=said_by()
    )
    release.claims.update(state=Claim.State.CONTESTED)

    out = io.StringIO()
    report = catalog_export(out)

    assert "releases" not in out.getvalue()
    assert report.unsourced == 1
    assert "left out 1 fact with no current source" in report.summary()


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
