import re

from django.utils import timezone
from playwright.sync_api import expect

FRANCHISE = "/franchises/john-wick/"


def timeline(page) -> list[str]:
    """Return the titles of the timeline the reader can see, top to bottom."""
    return page.locator(".timeline:visible li > a").all_inner_texts()


def test_franchise_timeline_switches_between_release_and_story_order_in_place(page, demo):
    page.goto(FRANCHISE)
    release_button = page.get_by_role("button", name="Release order")
    story_button = page.get_by_role("button", name="Story order")
    expect(release_button).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("heading", name="In release order")).to_be_visible()
    titles = timeline(page)
    assert titles.index("Ballerina") == titles.index("John Wick: Chapter 4") + 1

    page.evaluate("window.notReloaded = true")
    story_button.click()
    expect(story_button).to_have_attribute("aria-pressed", "true")
    expect(release_button).to_have_attribute("aria-pressed", "false")
    expect(page.get_by_role("heading", name="In story order")).to_be_visible()
    expect(page.get_by_role("heading", name="In release order")).to_be_hidden()
    titles = timeline(page)
    chapter_3 = titles.index("John Wick: Chapter 3 – Parabellum")
    assert titles[chapter_3 + 1 : chapter_3 + 3] == ["Ballerina", "John Wick: Chapter 4"]
    assert page.evaluate("window.notReloaded") is True
    assert page.url.endswith("?order=story")  # the address can be shared as it is

    release_button.press("Enter")  # the keyboard works too
    expect(page.get_by_role("heading", name="In release order")).to_be_visible()
    expect(release_button).to_have_attribute("aria-pressed", "true")


def test_without_javascript_the_order_toggle_is_a_form(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(FRANCHISE)
    page.get_by_role("button", name="Story order").click()
    expect(page).to_have_url(re.compile(r"\?order=story$"))
    expect(page.get_by_role("button", name="Story order")).to_have_attribute("aria-pressed", "true")
    titles = timeline(page)
    assert titles.index("Ballerina") == titles.index("John Wick: Chapter 4") - 1
    context.close()


def test_calendar_filters_narrow_the_list_and_stay_chosen(page, demo):
    page.goto("/calendar/")
    rows = page.locator(".calendar-list > li")
    ironvale = rows.filter(has_text="Ironvale II")
    # PC, PS5 and Xbox Series X|S the same day are one row; Switch 2, a year only, another.
    expect(ironvale).to_have_count(2)
    expect(ironvale.first).to_contain_text("PC, PS5, Xbox Series X|S")
    expect(rows.filter(has_text="Starfall Protocol")).not_to_have_count(0)

    page.get_by_label("Platform or service").select_option("PS5")
    page.get_by_role("button", name="Show releases").click()
    expect(page).to_have_url(re.compile(r"channel=PS5"))
    expect(page.get_by_label("Platform or service")).to_have_value("PS5")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Ironvale II")
    expect(rows.first).to_contain_text("PS5")

    page.get_by_label("Platform or service").select_option("")
    page.get_by_label("Medium").select_option(label="Streaming")
    page.get_by_role("button", name="Show releases").click()
    expect(page.get_by_label("Medium")).to_have_value("streaming")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Starfall Protocol")
    expect(rows.first).to_contain_text("Streaming: Northlight+")


def test_a_reader_moves_through_the_calendar_month_by_month(page, demo):
    next_year = timezone.localdate().year + 1
    page.goto("/calendar/")
    page.get_by_label("From").fill(f"{next_year}-05-10")
    page.get_by_role("button", name="Show releases").click()
    # The whole month holding that day.
    expect(page.get_by_role("heading", level=2).first).to_have_text(f"May {next_year}")
    expect(page.get_by_label("From")).to_have_value(f"{next_year}-05-01")
    page.get_by_role("link", name="Next month →").click()
    expect(page).to_have_url(re.compile(rf"from={next_year}-06-01"))
    expect(page.get_by_role("heading", level=2).first).not_to_have_text(f"May {next_year}")
    page.get_by_role("link", name="← Previous month").click()
    expect(page).to_have_url(re.compile(rf"from={next_year}-05-01"))
    page.get_by_role("link", name="From today").click()
    expect(page).not_to_have_url(re.compile("from="))


def test_calendar_lists_a_year_only_date_under_its_year(page, demo):
    next_year = timezone.localdate().year + 1
    page.goto("/calendar/?channel=Switch+2")
    heading = page.get_by_role("heading", name=f"{next_year} — exact date to come")
    expect(heading).to_be_visible()
    expect(page.locator(".calendar-group").filter(has=heading)).to_contain_text("Ironvale II")


def test_title_page_shows_a_moved_date_with_its_history_and_source(page, demo):
    page.goto("/titles/ballerina/")
    row = page.locator("table.releases tbody tr").first
    expect(row.locator("td.date time")).to_have_text("June 6, 2025")
    expect(row.locator("td.date time")).to_have_attribute("datetime", "2025-06-06")
    history = row.locator(".history li")
    expect(history.first).to_contain_text(
        "Announced for June 7, 2024, per Premiere (quoting Collider)"
    )
    expect(history.last).to_contain_text(
        "Delayed from June 7, 2024 to June 6, 2025, per Studio press release"
    )
    expect(row.locator(".sources q")).to_have_text(
        "Ballerina now opens in theaters on June 6, 2025."
    )


def test_region_picker_changes_which_dates_come_first(page, demo):
    page.goto("/titles/john-wick-chapter-4/")
    picker = page.get_by_label("Your region")
    first_region = page.locator("table.releases tbody tr").first.locator("td.region")

    picker.select_option(label="United States")
    page.get_by_role("button", name="Save region").click()
    expect(page).to_have_url(re.compile(r"/titles/john-wick-chapter-4/$"))
    expect(first_region).to_have_text("United States")

    page.get_by_label("Your region").select_option(label="United Kingdom")
    page.get_by_role("button", name="Save region").click()
    expect(first_region).to_have_text("United Kingdom")
    expect(page.get_by_label("Your region")).to_have_value("GB")

    # Ballerina has only a worldwide date: it is shown, and said to be one.
    page.goto("/titles/ballerina/")
    expect(page.locator("table.releases tbody tr").first.locator("td.region")).to_have_text(
        "Worldwide (no separate United Kingdom date)"
    )


def test_a_title_page_offers_a_working_feed_and_calendar_within_its_csp(page, demo):
    """A reader finds the page's feed (advertised in its head) and its calendar, both work,
    and the JSON-LD block raises no CSP violation: it is data, never run as script."""
    import json

    import feedparser
    from icalendar import Calendar

    page.add_init_script(
        "window.cspViolations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.goto("/titles/ironvale-ii/")
    next_year = timezone.localdate().year + 1

    feed_link = page.locator(
        'head link[rel="alternate"][type="application/atom+xml"][href*="/titles/"]'
    )
    feed = page.request.get(feed_link.get_attribute("href"))
    assert feed.ok and feed.headers["content-type"].startswith("application/atom+xml")
    entries = [entry.title for entry in feedparser.parse(feed.body()).entries]
    assert f"Ironvale II (PS5, worldwide): delayed from March 12 to May 21, {next_year}" in entries

    subscribe = page.get_by_role("link", name="Add to calendar")
    expect(subscribe).to_have_attribute(
        "href", re.compile(r"^webcal://.+/titles/ironvale-ii/calendar\.ics\?region=")
    )
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the calendar file (.ics)").click()
    assert download.value.suggested_filename == "ironvale-ii.ics"
    with open(download.value.path(), "rb") as file:
        events = Calendar.from_ical(file.read()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "Ironvale II — PC, worldwide",
        "Ironvale II — PS5, worldwide",
        "Ironvale II — Xbox Series X|S, worldwide",
    ]  # the Switch 2 date is a year: on the page, not in the file
    assert {e["SEQUENCE"] for e in events} == {1}  # moved once, from March 12

    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert (data["@type"], data["name"]) == ("VideoGame", "Ironvale II")
    assert page.evaluate("window.cspViolations") == []
