"""What a client reads: titles with their sourced dates and history, a franchise in both
orders, people's credits, the calendar by range, and only what the site has made public."""

from premiere.catalog import services
from premiere.extraction.dates import FuzzyDate


def test_a_title_carries_its_dates_with_precision_sources_and_history(api, wick):
    title = api("/api/titles/ballerina").data
    (release,) = title["releases"]
    assert (release["region"], release["medium"]) == ("WW", "theatrical")
    assert release["when"] == {
        "precision": "day",
        "start": "2025-06-06",
        "end": "2025-06-06",
        "label": "June 6, 2025",
    }
    # The date now stated, and the one it replaced with the story that reported it.
    assert [(c["value"], c["state"], c["attribution"]) for c in release["claims"]] == [
        ("June 6, 2025", "current", "Studio press release"),
        ("June 7, 2024", "superseded", "Premiere (quoting Collider)"),
    ]
    assert release["claims"][1]["article"]["slug"] == "ballerina-dated"
    assert [change["kind"] for change in release["history"]] == ["announced", "delayed"]
    moved = release["history"][1]
    assert (moved["previous"]["label"], moved["new"]["label"]) == ("June 7, 2024", "June 6, 2025")


def test_a_date_known_only_to_the_month_is_not_given_a_day(api, make_title, said_by):
    title = make_title("Quiet Harbour", slug="quiet-harbour")
    services.release_set(
        title=title, medium="theatrical", when=FuzzyDate.parse("2031-09"), evidence=said_by()
    )
    (release,) = api("/api/titles/quiet-harbour").data["releases"]
    assert release["when"]["precision"] == "month"
    assert (release["when"]["start"], release["when"]["end"]) == ("2031-09-01", "2031-09-30")


def test_a_franchise_lists_its_titles_in_release_order_and_in_story_order(api, wick):
    franchise = api("/api/franchises/john-wick").data
    assert [t["slug"] for t in franchise["release_order"]] == [
        "chapter-1",
        "chapter-2",
        "chapter-3",
        "chapter-4",
        "ballerina",
    ]
    story = [[t["slug"] for t in step] for step in franchise["story_order"]]
    # Ballerina is set between the third and fourth films.
    flat = [slug for step in story for slug in step]
    assert flat.index("chapter-3") < flat.index("ballerina") < flat.index("chapter-4")


def test_a_persons_credits_name_the_titles_and_characters(api, wick):
    credits = api("/api/people/ana-de-armas/credits").data["items"]
    found = {(c["title"]["slug"], c.get("character", "")) for c in credits}
    assert ("ballerina", "Eve Macarro") in found
    assert "chapter-4" in {slug for slug, _ in found}


def test_the_calendar_answers_a_date_range_with_the_pages_filters(api, wick, make_title, said_by):
    game = make_title("Lantern Run", slug="lantern-run", kind="game")
    services.release_set(
        title=game,
        medium="platform",
        channel="PS5",
        when=FuzzyDate.parse("2025-06-20"),
        evidence=said_by(),
    )
    june = api("/api/calendar?from=2025-06-01&to=2025-06-30").data["items"]
    assert [row["title"]["slug"] for row in june] == ["ballerina", "lantern-run"]
    games = api("/api/calendar?from=2025-06-01&to=2025-06-30&kind=game").data["items"]
    assert [row["title"]["slug"] for row in games] == ["lantern-run"]
    may = api("/api/calendar?from=2025-05-01&to=2025-05-31").data["items"]
    assert may == []


def test_a_country_code_is_read_whatever_its_case(api, wick):
    upper = api("/api/calendar?region=GB&from=2025-01-01&to=2025-12-31")
    lower = api("/api/calendar?region=gb&from=2025-01-01&to=2025-12-31")
    assert lower.status_code == upper.status_code == 200
    assert lower.data["items"] == upper.data["items"]
    assert api("/api/calendar?region=zz").status_code == 400


def test_a_calendar_range_that_ends_before_it_starts_is_a_problem(api, wick):
    response = api("/api/calendar?from=2025-06-30&to=2025-06-01")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.data["status"] == 400


def test_stories_not_yet_live_are_nowhere_in_the_api(api, wick, make_article):
    draft = make_article(headline="A second trailer", slug="second-trailer", publish=False)
    wick["ballerina"].articles.add(draft)
    assert "second-trailer" not in {a["slug"] for a in api("/api/articles").data["items"]}
    assert api("/api/articles/second-trailer").status_code == 404
    latest = api("/api/titles/ballerina").data["articles"]
    assert [a["slug"] for a in latest] == ["ballerina-dated"]


def test_search_finds_what_the_search_box_finds_typos_and_all(api, wick):
    found = api("/api/search?q=balerina").data["results"]
    assert (found[0]["kind"], found[0]["slug"], found[0]["name"]) == (
        "title",
        "ballerina",
        "Ballerina",
    )
    people = api("/api/search?q=ana+de+armass&kind=person").data["results"]
    assert [(p["kind"], p["slug"]) for p in people] == [("person", "ana-de-armas")]
    assert people[0]["url"] == "http://testserver/people/ana-de-armas/"


def test_search_keeps_stories_not_yet_live_out(api, wick, make_article):
    make_article(headline="Ballerina's secret sequel", slug="secret-sequel", publish=False)
    found = api("/api/search?q=ballerina&kind=article").data["results"]
    assert "secret-sequel" not in {hit["slug"] for hit in found}
    assert "ballerina-dated" in {hit["slug"] for hit in found}
