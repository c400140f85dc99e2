import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from premiere.catalog import regions, selectors, services
from premiere.extraction.dates import FuzzyDate
from premiere.newsroom.models import Source

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    """Return the page's text with tags dropped and whitespace squeezed, as a reader sees it."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    return re.sub(r"\( ", "(", re.sub(r" ([,.:;)])", r"\1", text))


def section_of(response, element_id: str) -> str:
    """Return the HTML of the element with `element_id` up to the next element with an id."""
    html = response.content.decode()
    start = html.index(f'id="{element_id}"')
    return html[start : html.index("</div>", start)]


@pytest.fixture
def press(db):
    return Source.objects.create(name="Studio press release")


@pytest.fixture
def wick(make_title, make_article, said_by, press, editor):
    """Four chapters (the fourth with US and UK dates) and Ballerina, set between 3 and 4,
    announced for June 7, 2024 in our story quoting Collider and moved by the studio."""
    story = make_article(headline="Ballerina, the John Wick spin-off, has a release date")
    franchise = services.franchise_create(name="John Wick", slug="john-wick")
    chapters = []
    for n, released in enumerate(["2014-10-24", "2017-02-10", "2019-05-17", "2023-03-24"], 1):
        title = make_title(
            f"John Wick: Chapter {n}",
            slug=f"chapter-{n}",
            franchise=franchise,
            installment=f"Chapter {n}",
            aliases=[f"John Wick {n}"],
            status="released",
        )
        services.release_set(
            title=title,
            region="US",
            medium="theatrical",
            when=FuzzyDate.parse(released),
            evidence=said_by(),
        )
        chapters.append(title)
    services.release_set(
        title=chapters[3],
        region="GB",
        medium="theatrical",
        when=FuzzyDate.parse("2023-03-24"),
        evidence=said_by(),
    )
    ballerina = make_title("Ballerina", slug="ballerina", franchise=franchise)
    release = services.release_set(
        title=ballerina,
        medium="theatrical",
        when=FuzzyDate.parse("2024-06-07"),
        evidence=said_by(article=story, quote="in theaters worldwide on June 7, 2024"),
    )
    services.release_move(
        release=release,
        to=FuzzyDate.parse("2025-06-06"),
        evidence=services.Evidence(source=press, quote="Ballerina now opens on June 6, 2025."),
    )
    services.placement_set(
        title=ballerina,
        kind="between",
        anchor=chapters[2],
        anchor_end=chapters[3],
        evidence=said_by(article=story, quote="set between the third and fourth films"),
    )
    ana = services.person_create(name="Ana de Armas", slug="ana-de-armas")
    services.credit_add(
        title=ballerina,
        person=ana,
        role="cast",
        character="Eve Macarro",
        evidence=said_by(article=story),
    )
    services.credit_add(title=chapters[3], person=ana, role="cast", evidence=said_by())
    lionsgate = services.company_create(name="Lionsgate", kind="distributor", slug="lionsgate")
    services.credit_add(title=ballerina, company=lionsgate, role="distributor", evidence=said_by())
    for entity in (franchise, ballerina, ana, lionsgate):
        entity.articles.add(story)
    return {
        "franchise": franchise,
        "chapters": chapters,
        "ballerina": ballerina,
        "ana": ana,
        "lionsgate": lionsgate,
        "story": story,
    }


# Title page -------------------------------------------------------------------------------


def test_title_page_shows_key_facts_credits_position_and_articles(client, wick):
    page = text_of(client.get("/titles/ballerina/"))
    assert "Ballerina" in page and "Announced" in page
    assert "Set between John Wick: Chapter 3 and John Wick: Chapter 4" in page
    assert "Ana de Armas as Eve Macarro" in page
    assert "Lionsgate Distributor" in page
    assert "In release order Previous: John Wick: Chapter 4 · the latest" in page
    assert "In story order Previous: John Wick: Chapter 3 · Next: John Wick: Chapter 4" in page
    assert "Ballerina, the John Wick spin-off, has a release date" in page


def test_a_status_nobody_sourced_is_not_said(client, make_title, said_by):
    """A walk-through's new titles (a film in its second weekend, a returning series) all
    read "Status Announced": the catalog's default, which no story said."""
    make_title("Glass Orchard", slug="glass-orchard")
    assert "Announced" not in text_of(client.get("/titles/glass-orchard/"))
    film = make_title("Paper Lions", slug="paper-lions")
    services.title_status_set(title=film, status="announced", evidence=said_by())
    assert "Status Announced" in text_of(client.get("/titles/paper-lions/"))


def test_title_page_credits_each_fact_to_its_own_source(client, make_title, said_by):
    """The sources of every kind of fact are read together; each still shows its own."""
    film, earlier = make_title("Ballerina", slug="ballerina"), make_title("John Wick")
    heard = {name: Source.objects.create(name=name) for name in "ABCDE"}
    services.title_status_set(title=film, status="filming", evidence=said_by(heard["A"]))
    services.release_set(
        title=film,
        medium="theatrical",
        when=FuzzyDate.parse("2031-06"),
        evidence=said_by(heard["B"]),
    )
    ana = services.person_create(name="Ana de Armas")
    services.credit_add(title=film, person=ana, role="cast", evidence=said_by(heard["C"]))
    services.relation_add(title=film, kind="spin_off", other=earlier, evidence=said_by(heard["D"]))
    services.placement_set(title=film, kind="after", anchor=earlier, evidence=said_by(heard["E"]))
    page = text_of(client.get("/titles/ballerina/"))
    for said in [
        "Status Filming Per A",
        "Theatrical Worldwide June 2031 Reported Per B",
        "Cast Ana de Armas Per C",
        "Spin-off of John Wick Per D",
        "Set after John Wick Per E",
    ]:
        assert said in page
    assert page.count("Per ") == 5


def test_a_festival_premiere_names_its_festival_on_the_page_and_in_the_calendar_file(
    client, make_title, said_by
):
    services.release_set(
        title=make_title("Night Ferry", slug="night-ferry"),
        medium="premiere",
        channel="Sundance Film Festival",
        when=FuzzyDate.parse("2031-01-24"),
        evidence=said_by(),
    )
    assert "Premiere at Sundance Film Festival Worldwide" in text_of(
        client.get("/titles/night-ferry/")
    )
    [event] = Calendar.from_ical(client.get("/titles/night-ferry/calendar.ics").content).walk(
        "VEVENT"
    )
    assert (
        str(event.get("summary")) == "Night Ferry — Premiere at Sundance Film Festival, worldwide"
    )


def test_title_page_shows_a_moved_date_with_its_history_and_each_source(client, wick):
    response = client.get("/titles/ballerina/", HTTP_ACCEPT_LANGUAGE="en")
    page = text_of(response)
    html = response.content.decode()
    assert '<time datetime="2025-06-06">June 6, 2025</time>' in html
    assert "Announced for June 7, 2024, per Premiere (quoting Collider)" in page
    assert "Delayed from June 7, 2024 to June 6, 2025, per Studio press release" in page
    assert "<q>Ballerina now opens on June 6, 2025.</q>" in html
    # The superseded announcement is history, not a current source.
    assert "<q>in theaters worldwide on June 7, 2024</q>" not in html
    assert f'href="{wick["story"].get_absolute_url()}"' in html


def test_a_quote_from_two_places_in_a_story_reads_as_one(client, make_title, said_by):
    # A roundup's date is in its heading, the title in the line under it.
    film = make_title("Hollow Crown", slug="hollow-crown")
    quote = "Opening in cinemas this weekend\nHollow Crown"
    services.release_set(
        title=film,
        medium="theatrical",
        when=FuzzyDate.parse("2031-06-06"),
        evidence=said_by(quote=quote),
    )
    html = client.get("/titles/hollow-crown/").content.decode()
    assert "<q>Opening in cinemas this weekend … Hollow Crown</q>" in html


def test_a_quote_s_own_quotation_marks_are_the_inner_ones(client, make_title, said_by):
    """Walked in the browser: a credit's quote read “"We wanted…," the director said.”"""
    person = services.person_create(name="Ilse Marrow")
    film = make_title("Hollow Crown", slug="hollow-crown")
    quote = '"We wanted the console versions out first," director Ilse Marrow said.'
    services.credit_add(title=film, person=person, role="director", evidence=said_by(quote=quote))
    html = client.get("/titles/hollow-crown/").content.decode()
    assert "<q>‘We wanted the console versions out first,’ director Ilse Marrow said.</q>" in html


def test_a_disagreeing_source_is_shown_next_to_the_current_one(client, wick, trade):
    release = wick["ballerina"].releases.get()
    services.release_contest(
        release=release,
        when=FuzzyDate.parse("2025-07"),
        evidence=services.Evidence(source=trade, quote="Insiders expect July."),
    )
    page = text_of(client.get("/titles/ballerina/"))
    assert "Per Studio press release: Ballerina now opens on June 6, 2025." in page
    assert "Another source says July 2025: Trade Weekly, Insiders expect July." in page


@pytest.mark.parametrize(
    ("when", "shown"),
    [
        (FuzzyDate.day(2024, 6, 7), '<time datetime="2024-06-07">June 7, 2024</time>'),
        (FuzzyDate.month(2025, 9), '<time datetime="2025-09">September 2025</time>'),
        (FuzzyDate.quarter(2025, 3), '<span class="fuzzy-date">Q3 2025</span>'),
        (FuzzyDate.season(2026, 3), '<span class="fuzzy-date">Fall 2026</span>'),
        (FuzzyDate.year(2026), '<time datetime="2026">2026</time>'),
        (FuzzyDate.tba(), '<span class="fuzzy-date">TBA</span>'),
    ],
)
def test_release_dates_show_only_the_precision_announced(client, make_title, said_by, when, shown):
    title = make_title("Some Film", slug="some-film")
    services.release_set(title=title, medium="theatrical", when=when, evidence=said_by())
    html = client.get("/titles/some-film/").content.decode()
    assert shown in html
    assert "-01-01" not in html  # "2026" is never faked as January 1


def first_release_region(response) -> str:
    html = response.content.decode()
    row = html[html.index('<tr class="release') :]
    return re.search(r'<td class="region"[^>]*>(.*?)</td>', row, re.S).group(1).strip()


@pytest.mark.parametrize(
    ("accept_language", "first"),
    [
        ("en-GB,en;q=0.8", "United Kingdom"),
        ("en-US", "United States"),
        ("en-US,en-GB;q=0.5", "United States"),
    ],
)
def test_reader_region_defaults_from_accept_language(client, wick, accept_language, first):
    response = client.get("/titles/chapter-4/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert first_release_region(response) == first
    assert "Vary" in response.headers and "Accept-Language" in response.headers["Vary"]


def test_the_region_cookie_beats_the_browser_language(client, wick):
    client.cookies[regions.COOKIE] = "GB"
    response = client.get("/titles/chapter-4/", HTTP_ACCEPT_LANGUAGE="en-US")
    assert first_release_region(response) == "United Kingdom"
    assert '<option value="GB" selected>United Kingdom</option>' in response.content.decode()


def test_a_worldwide_date_standing_in_for_the_readers_region_says_so(client, wick):
    client.cookies[regions.COOKIE] = "GB"
    page = text_of(client.get("/titles/ballerina/"))
    assert "Worldwide (no separate United Kingdom date)" in page

    client.cookies[regions.COOKIE] = "WW"
    page = text_of(client.get("/titles/ballerina/"))
    assert "no date announced" not in page and "Worldwide" in page


def test_region_picker_sets_a_year_long_lax_cookie_and_returns(client):
    response = client.post("/region/", {"region": "GB", "next": "/titles/ballerina/?x=1"})
    assert response.status_code == 302 and response.url == "/titles/ballerina/?x=1"
    cookie = response.cookies[regions.COOKIE]
    assert cookie.value == "GB"
    assert cookie["max-age"] == 365 * 24 * 60 * 60
    assert cookie["samesite"] == "Lax" and cookie["httponly"]


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", ""])
def test_region_picker_never_redirects_off_site(client, target):
    response = client.post("/region/", {"region": "GB", "next": target})
    assert response.status_code == 302 and response.url == "/"


def test_region_picker_refuses_unknown_regions_and_gets(client):
    assert client.post("/region/", {"region": "XX", "next": "/"}).status_code == 400
    assert regions.COOKIE not in client.post("/region/", {"region": "XX"}).cookies
    assert client.get("/region/").status_code == 405


@pytest.mark.parametrize(
    "path",
    ["/titles/nope/", "/people/nope/", "/companies/nope/", "/franchises/nope/"],
)
def test_unknown_entities_are_not_found(client, db, path):
    assert client.get(path).status_code == 404


# People, companies, articles --------------------------------------------------------------


def test_person_page_lists_credits_by_year_and_articles(client, wick):
    page = text_of(client.get("/people/ana-de-armas/"))
    assert page.index("2025 Ballerina") < page.index("2023 John Wick: Chapter 4")
    assert "Film · Cast (Eve Macarro)" in page
    assert "Ballerina, the John Wick spin-off, has a release date" in page


def test_company_page_lists_credits_and_articles(client, wick):
    page = text_of(client.get("/companies/lionsgate/"))
    assert "Distributor" in page and "2025 Ballerina Film · Distributor" in page
    assert "Ballerina, the John Wick spin-off, has a release date" in page


def test_article_links_its_catalog_entities_in_place_of_tags(client, wick, make_article):
    html = client.get(wick["story"].get_absolute_url()).content.decode()
    footer = html[html.index('class="story-footer"') :]
    for url in ("/titles/ballerina/", "/people/ana-de-armas/", "/companies/lionsgate/"):
        assert f'href="{url}"' in footer
    assert 'href="/franchises/john-wick/"' in footer
    assert "In this story" in footer and 'aria-label="Topics"' not in footer

    plain = make_article(headline="A story about nothing in the catalog", tags=["Box office"])
    footer = client.get(plain.get_absolute_url()).content.decode()
    assert 'aria-label="Topics"' in footer and "In this story" not in footer


# Franchise page ---------------------------------------------------------------------------


def names_in(html: str) -> list[str]:
    return re.findall(r'<a href="/titles/[^"]+/">([^<]+)</a>', html)


def test_franchise_timeline_in_release_and_story_order(client, wick):
    response = client.get("/franchises/john-wick/")
    release = section_of(response, "timeline-release")
    story = section_of(response, "timeline-story")
    assert names_in(release)[-2:] == ["John Wick: Chapter 4", "Ballerina"]
    assert names_in(story)[2:] == [
        "John Wick: Chapter 3",
        "Ballerina",
        "John Wick: Chapter 4",
    ]
    # Release order shows first; story order is one click (or one GET) away.
    assert " hidden>" in story.split("\n")[0] and " hidden>" not in release.split("\n")[0]
    assert 'value="release" aria-controls="timeline-release" aria-pressed="true"' in (
        response.content.decode()
    )

    response = client.get("/franchises/john-wick/?order=story")
    assert " hidden>" in section_of(response, "timeline-release").split("\n")[0]
    assert " hidden>" not in section_of(response, "timeline-story").split("\n")[0]
    assert 'value="story" aria-controls="timeline-story" aria-pressed="true"' in (
        response.content.decode()
    )


def test_a_franchise_with_more_titles_than_a_page_is_paged_in_both_orders(
    client, wick, monkeypatch, django_assert_max_num_queries
):
    """A page of the timeline at a time (two titles a page here, two hundred on the site):
    the same page of both orders, numbered on from the page before, the rest a link away."""
    monkeypatch.setattr(selectors, "TIMELINE_PER_PAGE", 2)
    with django_assert_max_num_queries(7):
        first = client.get("/franchises/john-wick/")
    assert names_in(section_of(first, "timeline-release")) == [
        "John Wick: Chapter 1",
        "John Wick: Chapter 2",
    ]
    assert len(names_in(section_of(first, "timeline-story"))) == 2
    assert "Titles 1–2 of 5." in text_of(first)
    assert 'rel="next" href="?page=2"' in first.content.decode()

    last = client.get("/franchises/john-wick/?page=3")
    assert names_in(section_of(last, "timeline-release")) == ["Ballerina"]
    assert '<ol start="5">' in last.content.decode()
    assert "Titles 5–5 of 5." in text_of(last)
    # Without the script, the order buttons keep the page they are on.
    assert '<input type="hidden" name="page" value="3">' in last.content.decode()
    story = client.get("/franchises/john-wick/?page=3&order=story")
    assert " hidden>" not in section_of(story, "timeline-story").split("\n")[0]
    assert "Titles 5–5 of 5." in text_of(story)
    # Out of range: the last page, as a list's pages do.
    assert names_in(
        section_of(client.get("/franchises/john-wick/?page=99"), "timeline-release")
    ) == ["Ballerina"]


def test_franchise_page_lists_upcoming_and_announced_titles(client, wick, make_title, said_by):
    sequel = make_title(
        "John Wick: Chapter 5", slug="chapter-5", franchise=wick["franchise"], status="announced"
    )
    services.release_set(
        title=sequel, medium="theatrical", when=FuzzyDate.tba(), evidence=said_by()
    )
    page = text_of(client.get("/franchises/john-wick/"))
    upcoming = page[page.index("Upcoming and announced") :]
    assert "John Wick: Chapter 5 Film · TBA · Announced" in upcoming
    assert "Chapter 2" not in upcoming
    assert "Sources disagree" not in page


def test_a_franchise_title_reads_the_same_in_each_list_that_shows_it(
    client, wick, make_title, said_by
):
    """Release order, story order and "upcoming" show one entry, rendered once a page."""
    sequel = make_title(
        "John Wick: Chapter 5",
        slug="chapter-5",
        franchise=wick["franchise"],
        status="announced",
        installment="Chapter 5",
    )
    services.release_set(
        title=sequel, medium="theatrical", when=FuzzyDate.month(2031, 6), evidence=said_by()
    )
    html = client.get("/franchises/john-wick/").content.decode()
    entry = (
        '<a href="/titles/chapter-5/">John Wick: Chapter 5</a>\n<span class="meta">Chapter 5'
        ' · Film · <time datetime="2031-06">June 2031</time> · Announced</span>'
    )
    assert html.count(entry) == 3


def test_franchise_page_reports_contradicting_sources(client, wick, trade):
    chapters = wick["chapters"]
    services.placement_set(
        title=chapters[3],
        kind="before",
        anchor=chapters[2],
        evidence=services.Evidence(source=trade),
    )
    page = text_of(client.get("/franchises/john-wick/"))
    assert "Sources disagree on the story order" in page
    assert "John Wick: Chapter 4: set before John Wick: Chapter 3" in page


# Release calendar -------------------------------------------------------------------------


@pytest.fixture
def slate(make_title, said_by):
    """Next year's releases at every precision, plus one already out."""
    year = timezone.localdate().year + 1
    film = make_title("Starfall", slug="starfall")
    services.release_set(
        title=film,
        region="US",
        medium="theatrical",
        when=FuzzyDate.day(year, 6, 12),
        evidence=said_by(),
    )
    services.release_set(
        title=film,
        medium="streaming",
        channel="Northlight+",
        when=FuzzyDate.quarter(year, 3),
        evidence=said_by(),
    )
    game = make_title("Ironvale II", kind="game", slug="ironvale-ii")
    for platform in ("PC", "PS5"):
        services.release_set(
            title=game,
            medium="platform",
            channel=platform,
            when=FuzzyDate.month(year, 6),
            evidence=said_by(),
        )
    services.release_set(
        title=game,
        medium="platform",
        channel="Switch 2",
        when=FuzzyDate.year(year),
        evidence=said_by(),
    )
    old = make_title("Old Film", slug="old-film")
    yesterday = timezone.localdate() - timedelta(days=1)
    services.release_set(
        title=old,
        medium="theatrical",
        when=FuzzyDate.day(yesterday.year, yesterday.month, yesterday.day),
        evidence=said_by(),
    )
    return year


def headings(response) -> list[str]:
    return re.findall(r'<h2 id="period-\d+">([^<]+)</h2>', response.content.decode())


def test_calendar_lists_vague_dates_under_their_period_not_a_day(client, slate):
    response = client.get("/calendar/", HTTP_ACCEPT_LANGUAGE="en-US")
    year = slate
    assert headings(response) == [
        f"June {year}",
        f"June {year} — day to be announced",
        f"Q3 {year} — exact date to come",
        f"{year} — exact date to come",
    ]
    page = text_of(response)
    assert "Old Film" not in page
    html = response.content.decode()
    assert f'<time datetime="{year}-06-12">Jun 12</time>' in html
    assert f'<span class="fuzzy-date">Q3 {year}</span>' in html


def test_calendar_by_week_heads_each_week_with_its_monday(client, slate):
    response = client.get("/calendar/?by=week", HTTP_ACCEPT_LANGUAGE="en-US")
    monday = FuzzyDate.day(slate, 6, 12).start
    monday -= timedelta(days=monday.weekday())
    assert headings(response)[0] == f"Week of {monday:%B} {monday.day}, {monday.year}"
    assert '<option value="week" selected>Week</option>' in response.content.decode()


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("kind=game", ["Ironvale II"], ["Starfall"]),
        ("medium=streaming", ["Starfall", "Northlight+"], ["Ironvale II"]),
        ("channel=Switch+2", ["Switch 2"], ["Starfall", "PS5"]),
        ("medium=platform&channel=PS5", ["PS5"], ["Switch 2", "Starfall"]),
    ],
)
def test_calendar_filters_narrow_the_list_and_stay_in_the_form(client, slate, query, shown, hidden):
    response = client.get(f"/calendar/?{query}", HTTP_ACCEPT_LANGUAGE="en-US")
    shown_text = listing(response)
    assert all(name in shown_text for name in shown)
    assert not any(name in shown_text for name in hidden)
    html = response.content.decode()
    for pair in query.split("&"):
        value = pair.split("=")[1].replace("+", " ")
        assert f'<option value="{value}" selected>' in html


def test_calendar_ignores_filters_it_does_not_know(client, slate):
    response = client.get("/calendar/?kind=opera&channel=Gramophone&by=year")
    assert response.status_code == 200
    assert "Starfall" in text_of(response) and "Ironvale II" in text_of(response)


def listing(response) -> str:
    """Return the calendar's text below its forms."""
    return text_of(response).split("Show releases", 1)[1]


def test_calendar_labels_worldwide_dates_for_a_reader_elsewhere(client, slate):
    page = listing(client.get("/calendar/", HTTP_ACCEPT_LANGUAGE="en-GB"))
    assert "Starfall" in page  # its US theatrical date is not the UK's
    assert "Streaming: Northlight+ · Worldwide (no separate United Kingdom date)" in page
    # Ironvale II's PC and PS5 releases, the same month, are one row.
    assert "Game · PC, PS5 · Worldwide (no separate" in page
    assert page.count("Worldwide (no separate") == 3

    page = listing(client.get("/calendar/?region=US", HTTP_ACCEPT_LANGUAGE="en-GB"))
    assert "Theatrical · United States" in page and page.count("Worldwide (no separate") == 3

    page = listing(client.get("/calendar/?region=WW"))
    assert "Worldwide (no separate" not in page and "Theatrical" not in page


# Titles A–Z -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("John Wick 4", ["John Wick: Chapter 4"]),
        ("john wick chapter 2", ["John Wick: Chapter 2"]),
        ("BALLÉRINA", ["Ballerina"]),
        ("", ["Ballerina", "John Wick: Chapter 1", "John Wick: Chapter 4"]),
    ],
)
def test_titles_list_searches_names_and_aliases(client, wick, query, found):
    response = client.get("/titles/", {"q": query})
    names = names_in(response.content.decode())
    assert all(name in names for name in found)
    if query:
        assert names == found


def test_titles_search_matches_each_word_in_the_name_or_an_alias_and_lists_a_title_once(
    client, make_title
):
    make_title("Dancer in Red", aliases=["Red Dancer", "Ballerina Noir"])
    make_title("Noir City")
    make_title("Red Noir", aliases=["Dancer"])
    page = client.get("/titles/", {"q": "dancer noir"})
    assert names_in(page.content.decode()) == ["Dancer in Red", "Red Noir"]
    assert "2 titles matching “dancer noir”." in text_of(page)
    page = client.get("/titles/", {"q": "RED"})
    assert names_in(page.content.decode()) == ["Dancer in Red", "Red Noir"]
    assert "2 titles matching “RED”." in text_of(page)


def test_a_title_out_already_without_dates_reads_out_not_tba(client, make_title, said_by):
    """Walked as a reader: a released show with no dates in the catalog said "Released" on
    its page but "TBA" in the titles list and "date to be announced" in search."""
    from premiere.catalog.models import Title
    from premiere.search.documents import titles

    show = make_title("Harbor Lamps", slug="harbor-lamps", kind="series")
    services.title_status_set(title=show, status="released", evidence=said_by())
    page = text_of(client.get("/titles/", {"q": "Harbor Lamps"}))
    assert "Series · out" in page and "TBA" not in page
    [doc] = titles(Title.objects.filter(pk=show.pk))
    assert doc.detail == "Series · out"


def test_titles_list_is_paginated_and_keeps_the_search(client, make_title, settings):
    settings.PREMIERE_PAGE_SIZE = 2
    for n in range(5):
        make_title(f"Wick {n}", aliases=[f"Assassin {n}"])
    page = client.get("/titles/", {"q": "assassin"}).content.decode()
    assert names_in(page) == ["Wick 0", "Wick 1"]
    assert 'href="?q=assassin&amp;page=2"' in page
    assert names_in(client.get("/titles/?q=assassin&page=3").content.decode()) == ["Wick 4"]


# Query counts -----------------------------------------------------------------------------


def grow(wick, make_title, said_by, make_article, n):
    """Give Ballerina, Ana de Armas and the franchise `n` more of everything."""
    ballerina, franchise = wick["ballerina"], wick["franchise"]
    year = timezone.localdate().year + 1
    for i in range(n):
        extra = make_title(f"Extra {i}", franchise=franchise)
        services.release_set(
            title=extra,
            medium="theatrical",
            when=FuzzyDate.day(year, 1 + i % 12, 3),
            evidence=said_by(),
        )
        services.relation_add(title=extra, kind="sequel", other=ballerina, evidence=said_by())
        services.credit_add(title=extra, person=wick["ana"], role="cast", evidence=said_by())
        person = services.person_create(name=f"Actor {i}")
        services.credit_add(title=ballerina, person=person, role="cast", evidence=said_by())
        services.release_set(
            title=ballerina,
            region=("AR", "AT", "BE", "CL", "DK", "FI", "GR", "HU", "IS", "NO")[i],
            medium="digital",
            when=FuzzyDate.month(year, 1 + i % 12),
            evidence=said_by(),
        )
        article = make_article(headline=f"More news {i}")
        for entity in (ballerina, wick["ana"], franchise):
            entity.articles.add(article)


@pytest.mark.parametrize(
    ("path", "most"),
    [
        ("/titles/ballerina/", 16),  # every fact's sources in one query
        ("/franchises/john-wick/", 7),
        ("/people/ana-de-armas/", 6),
        ("/companies/lionsgate/", 6),
        ("/calendar/", 4),
        ("/titles/?q=wick", 4),
    ],
)
def test_page_queries_do_not_grow_with_the_catalog(
    client, wick, make_title, said_by, make_article, django_assert_max_num_queries, path, most
):
    with django_assert_max_num_queries(most):
        assert client.get(path).status_code == 200
    grow(wick, make_title, said_by, make_article, 8)
    with django_assert_max_num_queries(most):
        assert client.get(path).status_code == 200


def test_a_person_with_many_credits_gets_pages_newest_first(client, said_by, day):
    from premiere.catalog import selectors

    person = services.person_create(name="Busy Actor")
    for n in range(selectors.CREDITS_PER_PAGE + 1):
        title = services.title_create(kind="film", name=f"Film {n:03}")
        services.release_set(
            title=title, medium="theatrical", when=day(f"{1900 + n}"), evidence=said_by()
        )
        services.credit_add(title=title, person=person, role="cast", evidence=said_by())
    first = client.get(person.get_absolute_url()).content.decode()
    assert "Page 1 of 2" in first
    assert "Film 100" in first and "Film 000" not in first
    last = client.get(person.get_absolute_url() + "?page=2").content.decode()
    assert "Film 000" in last and "Film 100" not in last


# Calendar files ---------------------------------------------------------------------------


def ics(response) -> Calendar:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def summaries(response) -> set[str]:
    return {str(event["SUMMARY"]) for event in ics(response).walk("VEVENT")}


def test_the_calendar_file_has_the_pages_filters(client, saga):
    year = saga["year"]
    everything = summaries(client.get("/calendar.ics?region=WW"))
    assert everything == {f"Starfall: Tactics — PS5, worldwide (June {year}, day to be announced)"}
    games = summaries(client.get("/calendar.ics?region=US&kind=film"))
    assert games == {"Starfall — Theatrical, United States"}
    assert summaries(client.get("/calendar.ics?region=US&medium=platform&channel=ps5")) == {
        f"Starfall: Tactics — PS5, worldwide (June {year}, day to be announced)"
    }


def test_the_calendar_file_follows_the_readers_region_when_the_link_names_none(client, saga):
    """The page's links always name the region; a bare address still answers like the page."""
    british = summaries(client.get("/calendar.ics", HTTP_ACCEPT_LANGUAGE="en-GB"))
    assert f"Starfall — Theatrical, United Kingdom (July {saga['year']}, day to be announced)" in (
        british
    )
    response = client.get("/calendar.ics")
    assert "Accept-Language" in response["Vary"] and "Cookie" in response["Vary"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/titles/starfall-film/calendar.ics?region=US", {"Starfall — Theatrical, United States"}),
        (
            "/franchises/starfall/calendar.ics?region=US",
            {"Starfall — Theatrical, United States", "Starfall: Tactics — PS5, worldwide"},
        ),
        ("/people/mara-quinn/calendar.ics?region=US", {"Starfall — Theatrical, United States"}),
        (
            "/people/theo-lane/calendar.ics?region=US",
            {"Starfall — Theatrical, United States", "Starfall: Tactics — PS5, worldwide"},
        ),
    ],
)
def test_titles_franchises_and_people_have_calendar_files(client, saga, path, expected):
    found = {s.split(" (")[0] for s in summaries(client.get(path))}
    assert found == expected


def test_a_calendar_file_is_a_download_that_names_itself(client, saga):
    response = client.get("/franchises/starfall/calendar.ics?region=US")
    assert response["Content-Disposition"] == 'attachment; filename="starfall.ics"'
    calendar = ics(response)
    assert calendar["X-WR-CALNAME"] == "Premiere: Starfall franchise"
    assert "quarter, a season or a year are listed on the page" in str(calendar["X-WR-CALDESC"])
    assert "max-age=900" in response["Cache-Control"]


def test_a_client_holding_the_current_calendar_gets_304_and_no_body(client, saga, said_by):
    first = client.get("/titles/starfall-film/calendar.ics?region=US")
    etag = first["ETag"]
    assert etag.startswith('"') and first["Last-Modified"]
    again = client.get("/titles/starfall-film/calendar.ics?region=US", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    head = client.head("/titles/starfall-film/calendar.ics?region=US", HTTP_IF_NONE_MATCH=etag)
    assert head.status_code == 304

    services.release_move(
        release=saga["theatrical"], to=FuzzyDate.day(saga["year"], 9, 1), evidence=said_by()
    )
    moved = client.get("/titles/starfall-film/calendar.ics?region=US", HTTP_IF_NONE_MATCH=etag)
    assert moved.status_code == 200
    assert moved["ETag"] != etag
    (event,) = ics(moved).walk("VEVENT")
    assert event["SEQUENCE"] == 2


def test_the_etag_differs_by_filter_and_region(client, saga):
    us = client.get("/calendar.ics?region=US")["ETag"]
    gb = client.get("/calendar.ics?region=GB")["ETag"]
    films = client.get("/calendar.ics?region=US&kind=film")["ETag"]
    assert len({us, gb, films}) == 3


def test_a_calendar_file_holds_at_most_the_configured_number_of_events(
    client, make_title, said_by, settings
):
    settings.PREMIERE_CALENDAR_MAX_EVENTS = 3
    start = timezone.localdate() + timedelta(days=1)
    for n in range(5):
        day = start + timedelta(days=n)
        services.release_set(
            title=make_title(f"Film {n}", slug=f"film-{n}"),
            medium="theatrical",
            when=FuzzyDate.day(day.year, day.month, day.day),
            evidence=said_by(),
        )
    found = summaries(client.get("/calendar.ics?region=WW"))
    assert found == {f"Film {n} — Theatrical, worldwide" for n in range(3)}  # the soonest


def test_a_calendar_file_keeps_recent_releases_and_drops_older_ones(
    client, make_title, said_by, settings
):
    settings.PREMIERE_CALENDAR_PAST_DAYS = 30
    today = timezone.localdate()
    for name, ago in (("Recent", 10), ("Old", 40)):
        day = today - timedelta(days=ago)
        services.release_set(
            title=make_title(name, slug=name.lower()),
            medium="theatrical",
            when=FuzzyDate.day(day.year, day.month, day.day),
            evidence=said_by(),
        )
    assert summaries(client.get("/calendar.ics?region=WW")) == {"Recent — Theatrical, worldwide"}


def test_an_empty_calendar_file_is_still_a_calendar(client, db):
    calendar = ics(client.get("/calendar.ics?region=WW"))
    assert calendar.walk("VEVENT") == []
    assert calendar["PRODID"] == "-//Premiere//Release calendar//EN"


@pytest.mark.parametrize(
    "path",
    ["/titles/nope/calendar.ics", "/franchises/nope/calendar.ics", "/people/nope/calendar.ics"],
)
def test_calendar_files_of_unknown_entities_are_not_found(client, db, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    ("path", "most", "events"),
    [
        # Elsewhere than worldwide: the region's rows and the worldwide ones, merged from
        # their keys, the worldwide dates it overrides, then the rows kept, read whole.
        ("/calendar.ics?region=WW", 1, 8),
        ("/calendar.ics?region=GB", 4, 8),
        ("/titles/ballerina/calendar.ics?region=AR", 4, 1),  # its one new date in Argentina
        ("/franchises/john-wick/calendar.ics?region=GB", 5, 8),
        ("/people/ana-de-armas/calendar.ics?region=GB", 5, 8),
    ],
)
def test_calendar_file_queries_do_not_grow_with_the_catalog(
    client,
    wick,
    make_title,
    said_by,
    make_article,
    django_assert_max_num_queries,
    path,
    most,
    events,
):
    """A franchise of many titles, or a person of many credits, costs the same queries."""
    with django_assert_max_num_queries(most):
        assert client.get(path).status_code == 200
    grow(wick, make_title, said_by, make_article, 8)
    with django_assert_max_num_queries(most):
        response = client.get(path)
    assert len(ics(response).walk("VEVENT")) == events


# Links to calendars and feeds, and structured data ------------------------------------------


def structured_data(response) -> dict:
    (block,) = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return json.loads(block)


@pytest.mark.parametrize(
    ("path", "calendar", "feed"),
    [
        (
            "/titles/starfall-film/",
            "/titles/starfall-film/calendar.ics",
            "/titles/starfall-film/feed/",
        ),
        (
            "/franchises/starfall/",
            "/franchises/starfall/calendar.ics",
            "/franchises/starfall/feed/",
        ),
        ("/people/theo-lane/", "/people/theo-lane/calendar.ics", "/people/theo-lane/feed/"),
    ],
)
def test_entity_pages_offer_their_calendar_and_advertise_their_feed(
    client, saga, path, calendar, feed
):
    html = client.get(path, HTTP_ACCEPT_LANGUAGE="en-GB").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert f'href="{feed}"' in html
    assert f'<a href="webcal://testserver{calendar}?region=GB">Add to calendar</a>' in html
    assert f'<a href="{calendar}?region=GB" type="text/calendar">' in html
    assert '<link rel="alternate" type="text/calendar"' in html


def test_the_calendar_pages_file_link_keeps_its_filters(client, saga):
    html = client.get("/calendar/?region=US&kind=game&medium=platform&channel=PS5").content.decode()
    link = "/calendar.ics?region=US&amp;kind=game&amp;medium=platform&amp;channel=PS5"
    assert f'href="webcal://testserver{link}"' in html
    assert f'href="{link}"' in html


def test_a_films_structured_data_is_a_movie_with_its_people_and_release_events(client, saga):
    data = structured_data(client.get("/titles/starfall-film/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Movie"
    assert data["name"] == "Starfall"
    assert data["url"] == "http://testserver/titles/starfall-film/"
    assert data["director"] == [
        {"@type": "Person", "name": "Mara Quinn", "url": "http://testserver/people/mara-quinn/"}
    ]
    assert [a["name"] for a in data["actor"]] == ["Theo Lane"]
    year = saga["year"]
    assert data["datePublished"] == f"{year}-06-12"  # the first release is known to the day
    # Only dates known to the day are events: July (GB) and Q3 (streaming) are not.
    assert data["releasedEvent"] == [
        {
            "@type": "PublicationEvent",
            "name": "Theatrical, United States",
            "startDate": f"{year}-06-12",
            "location": {"@type": "Country", "name": "United States"},
        }
    ]


def test_a_game_is_a_video_game_with_no_date_published_before_its_day_is_known(client, saga):
    data = structured_data(client.get("/titles/starfall-tactics/"))
    assert data["@type"] == "VideoGame"
    assert "datePublished" not in data  # its first release is "June": no day to publish
    assert "releasedEvent" not in data
    assert data["gamePlatform"] == ["PC", "PS5", "Switch 2"]


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [("film", "Movie"), ("series", "TVSeries"), ("game", "VideoGame"), ("special", "CreativeWork")],
)
def test_each_kind_of_title_has_its_schema_type(client, make_title, kind, schema_type):
    make_title("Thing", kind=kind, slug="thing")
    data = structured_data(client.get("/titles/thing/"))
    assert (data["@type"], data["name"]) == (schema_type, "Thing")


def test_a_season_is_part_of_its_series(client, make_title):
    series = make_title("Blue Harbor", kind="series", slug="blue-harbor")
    make_title("Blue Harbor: Season 2", kind="season", slug="blue-harbor-2", parent=series)
    data = structured_data(client.get("/titles/blue-harbor-2/"))
    assert data["@type"] == "TVSeason"
    assert data["partOfSeries"]["@type"] == "TVSeries"
    assert data["partOfSeries"]["name"] == "Blue Harbor"


def test_a_persons_and_a_franchises_structured_data(client, saga):
    person = structured_data(client.get("/people/theo-lane/"))
    assert person == {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": "Theo Lane",
        "url": "http://testserver/people/theo-lane/",
    }
    franchise = structured_data(client.get("/franchises/starfall/"))
    assert franchise["@type"] == "CreativeWorkSeries"
    assert [(p["@type"], p["name"]) for p in franchise["hasPart"]] == [
        ("Movie", "Starfall"),
        ("VideoGame", "Starfall: Tactics"),
    ]


def test_structured_data_cannot_close_its_script_element(client, make_title):
    """A name is data; escaped like json_script does, it cannot end the element early."""
    make_title("</script><script>alert(1)</script>", slug="xss")
    html = client.get("/titles/xss/").content.decode()
    assert "<script>alert(1)" not in html
    data = structured_data(client.get("/titles/xss/"))
    assert data["name"] == "</script><script>alert(1)</script>"


def test_the_calendar_moves_by_month_from_any_day(client, slate):
    year = slate
    june = client.get(f"/calendar/?from={year}-06-20", HTTP_ACCEPT_LANGUAGE="en-US")
    html = june.content.decode()
    # The whole month holding the day asked for, and links to the months either side.
    assert headings(june)[0] == f"June {year}"
    assert f'rel="prev" href="?from={year}-05-01"' in html
    assert f'rel="next" href="?from={year}-07-01"' in html
    july = client.get(f"/calendar/?from={year}-07-01", HTTP_ACCEPT_LANGUAGE="en-US")
    assert f"June {year}" not in headings(july)[0]  # June's dated releases are behind
    assert headings(july)[0] == f"Q3 {year} — exact date to come"


def test_the_calendar_by_week_moves_a_week_at_a_time(client, slate):
    year = slate
    response = client.get(f"/calendar/?by=week&from={year}-06-12")
    monday = FuzzyDate.day(year, 6, 12).start
    monday -= timedelta(days=monday.weekday())
    html = response.content.decode()
    assert f'rel="next" href="?by=week&amp;from={monday + timedelta(days=7)}"' in html
    assert f'rel="prev" href="?by=week&amp;from={monday - timedelta(days=7)}"' in html


def test_todays_releases_are_marked(client, make_title, said_by):
    today = timezone.localdate()
    services.release_set(
        title=make_title("Opening Night", slug="opening-night"),
        medium="theatrical",
        when=FuzzyDate.day(today.year, today.month, today.day),
        evidence=said_by(),
    )
    page = listing(client.get("/calendar/?region=WW"))
    assert "Today Opening Night" in page


def test_calendar_rows_escape_what_they_show(client, make_title, said_by):
    today = timezone.localdate()
    services.release_set(
        title=make_title("<b>Bold</b> & Co", slug="bold"),
        medium="streaming",
        channel='Net"flix<',
        when=FuzzyDate.day(today.year, today.month, today.day),
        evidence=said_by(),
    )
    html = client.get("/calendar/?region=WW").content.decode()
    assert '<li class="today">' in html
    assert '<a href="/titles/bold/">&lt;b&gt;Bold&lt;/b&gt; &amp; Co</a>' in html
    assert "Streaming: Net&quot;flix&lt; ·" in html
    assert "<b>" not in html


@pytest.mark.parametrize("value", ["0001-01-01", "2027-13-40", "yesterday", "9" * 400])
def test_a_date_the_calendar_cannot_use_shows_from_today(client, slate, value):
    response = client.get(f"/calendar/?from={value}")
    assert response.status_code == 200
    assert "Starfall" in listing(response)


def test_pages_a_crowd_reads_set_no_cookie_so_caches_can_keep_them(client, saga, make_article):
    """A page answered with a per-visitor cookie cannot be stored by nginx or a CDN."""
    story = make_article(headline="Starfall dated")
    for path in (
        "/",
        story.get_absolute_url(),
        "/titles/starfall-film/",
        "/calendar/",
        "/franchises/starfall/",
        "/people/mara-quinn/",
        "/search/?q=starfall",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, (path, list(response.cookies))


def test_the_region_picker_works_without_a_token(saga):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/region/", {"region": "GB", "next": "/titles/starfall-film/"})
    assert response.status_code == 302 and response["Location"] == "/titles/starfall-film/"
    assert strict.get("/titles/starfall-film/").context["region"] == "GB"


def test_a_story_a_fact_cites_is_in_the_title_s_news_linked_or_not(
    client, make_title, make_article, said_by
):
    """A date recorded in the catalog from a story (not on the desk, which links it): the
    story is news about the title all the same; a draft it cites is not shown."""
    title = make_title("Harbor Lights", slug="harbor-lights")
    story = make_article(headline="Harbor Lights gets its date", slug="harbor-lights-date")
    draft = make_article(headline="Harbor Lights moves again", slug="moves", publish=False)
    services.release_set(
        title=title,
        medium="theatrical",
        when=FuzzyDate.parse("2027-07-09"),
        evidence=said_by(article=story),
    )
    services.credit_add(
        title=title,
        person=services.person_create(name="Mara Ellison"),
        role="director",
        evidence=said_by(article=draft),
    )
    news = section_of(client.get("/titles/harbor-lights/"), "articles-heading")
    assert "Harbor Lights gets its date" in news
    assert "Harbor Lights moves again" not in news


def test_the_first_release_says_where_it_is(client, make_title, said_by):
    """The earliest date anywhere was shown to an American reader as if it were theirs."""
    title = make_title("Harbor Lights", slug="harbor-lights")
    for region, day in (("GB", "2027-07-23"), ("US", "2027-09-10")):
        services.release_set(
            title=title,
            region=region,
            medium="theatrical",
            when=FuzzyDate.parse(day),
            evidence=said_by(),
        )
    page = text_of(client.get("/titles/harbor-lights/", HTTP_ACCEPT_LANGUAGE="en-US"))
    assert "First release July 23, 2027 (United Kingdom)" in page


def test_a_released_show_with_no_dates_in_the_catalog_says_so_not_tba(client, make_title):
    """Modelled on a walk-through: a show recorded as released (its third season renewed)
    read "Status Released · First release TBA · No release date announced yet"."""
    make_title("Marrowgate", kind="series", status="released")
    page = text_of(client.get("/titles/marrowgate/"))
    assert "First release Not in the catalog yet" in page
    assert "Out already; its release dates are not in the catalog yet." in page
    assert "TBA" not in page


def test_a_show_dated_only_by_its_seasons_does_not_say_its_date_is_to_be_announced(
    client, make_title, said_by, day
):
    """Found in a browser walk: a show whose third season has a date read "First release
    TBA · No release date announced yet: TBA" above that season's date."""
    show = make_title("Harbour Lamps", kind="series", slug="harbour-lamps")
    season = make_title("Harbour Lamps — Season 3", kind="season", parent=show)
    services.release_set(
        title=season, region="DE", medium="tv", when=day("2027-06-11"), evidence=said_by()
    )
    page = text_of(client.get("/titles/harbour-lamps/"))
    assert "First release Given for each season below" in page
    assert "each season listed above has its own" in page
    assert "TBA" not in page
    assert "Harbour Lamps — Season 3 (June 11, 2027)" in page


def test_the_release_table_puts_the_reader_s_region_first_only_when_it_has_dates(
    client, make_title, said_by, day
):
    """Modelled on a walk-through: "Release dates for Hilo rojo, United States first" over a
    table of Spain's dates alone."""
    film = make_title("Hilo rojo")
    services.release_set(
        title=film, region="ES", medium="theatrical", when=day("2031-04-16"), evidence=said_by()
    )
    page = text_of(client.get("/titles/hilo-rojo/", HTTP_ACCEPT_LANGUAGE="en-US"))
    assert "United States first" not in page
    services.release_set(
        title=film, medium="theatrical", when=day("2031-05-01"), evidence=said_by()
    )
    page = text_of(client.get("/titles/hilo-rojo/", HTTP_ACCEPT_LANGUAGE="en-US"))
    assert "Release dates for Hilo rojo, United States first" in page
