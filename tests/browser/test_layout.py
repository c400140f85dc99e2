"""Every reader page on a phone (390 × 844) and a desktop (1280 × 800): nothing wider than the
window, and the header's controls big enough to tap."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import BALLERINA

PAGES = [
    "/",
    "/sections/gaming-club/",
    BALLERINA,
    "/titles/",
    "/titles/ironvale-ii/",
    "/titles/ballerina/",
    "/franchises/john-wick/",
    "/people/ana-de-armas/",
    "/companies/lionsgate/",
    "/calendar/",
    "/calendar/?by=week",
    "/search/?q=ballerina",
    "/accounts/login/",
    "/accounts/signup/",
    "/members/maya/",
]
SIGNED_IN_PAGES = ["/", BALLERINA, "/titles/ironvale-ii/", "/me/", "/me/settings/"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
TAP = 44  # px: the smallest target a thumb hits reliably (WCAG 2.5.5)
# Screenshots of every page at both sizes, for a person to look at (not compared by tests).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def small_header_controls(page) -> list[str]:
    return page.evaluate(
        """(least) => [...document.querySelectorAll(
            '.site-header a, .site-header button, .site-header input')]
          .filter(e => e.offsetParent !== null && !e.closest('.skip-link'))
          .map(e => [e.textContent.trim() || e.getAttribute('aria-label') || e.name,
                     e.getBoundingClientRect().height])
          .filter(([, height]) => height < least)
          .map(([name, height]) => `${name} (${Math.round(height)}px)`)""",
        TAP,
    )


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_no_reader_page_is_wider_than_the_window(page, demo, size):
    page.set_viewport_size(size)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wide = {}
    for path in PAGES:
        page.goto(path)
        if (extra := overflow(page)) > 0:
            wide[path] = extra
        name = path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "home"
        page.screenshot(path=SCREENSHOTS / f"{size['width']}-{name}.png", full_page=True)
    assert not wide, f"wider than the window by (px): {wide}"


def test_signed_in_pages_fit_a_phone_and_their_header_can_be_tapped(page, demo):
    page.set_viewport_size(PHONE)
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("maya")
    page.get_by_label("Password").fill("premiere-demo")
    page.get_by_role("button", name="Sign in").click()
    problems = {}
    for path in SIGNED_IN_PAGES:
        page.goto(path)
        if (extra := overflow(page)) > 0:
            problems[path] = f"{extra}px too wide"
        if small := small_header_controls(page):
            problems[path] = f"small header controls: {small}"
    assert not problems, problems


def test_the_header_can_be_tapped_on_a_phone(page, demo):
    page.set_viewport_size(PHONE)
    page.goto("/")
    assert small_header_controls(page) == []


def test_on_a_phone_the_calendars_releases_come_before_its_filters(page, demo):
    page.set_viewport_size(PHONE)
    page.goto("/calendar/")
    first_release = page.locator(".calendar-list > li").first
    first_release.scroll_into_view_if_needed()
    expect(page.get_by_label("Platform or service")).to_be_hidden()  # folded
    page.get_by_text("Filters", exact=False).first.click()
    expect(page.get_by_label("Platform or service")).to_be_visible()
    page.set_viewport_size(DESKTOP)
    page.goto("/calendar/")
    expect(page.get_by_label("Platform or service")).to_be_visible()  # room for them


def test_on_a_phone_the_header_links_fold_into_a_menu_that_needs_no_script(
    browser, live_server, demo
):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/")
    sign_in = page.get_by_role("link", name="Sign in")
    expect(sign_in).to_be_hidden()
    page.get_by_text("Menu", exact=True).click()
    expect(sign_in).to_be_visible()
    sign_in.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sign in")
    page.set_viewport_size(DESKTOP)
    page.goto("/")
    expect(page.get_by_text("Menu", exact=True)).to_be_hidden()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()  # in the row itself
    context.close()


def test_a_titles_release_dates_read_on_a_phone_without_scrolling_sideways(page, demo):
    """Four columns squeezed a phone's history column to a word a line; each release is a card
    there, and still a table with its headers to a screen reader."""
    page.set_viewport_size(PHONE)
    page.goto("/titles/ballerina/")
    table = page.get_by_role("table", name="Release dates for Ballerina")
    expect(table.get_by_role("rowheader", name="Theatrical")).to_be_visible()
    expect(table.get_by_role("columnheader", name="History and sources")).to_be_attached()
    hidden_sideways = table.evaluate(
        "t => t.parentElement.scrollWidth - t.parentElement.clientWidth"
    )
    assert hidden_sideways <= 0
    history = table.locator("td.history-cell").first.bounding_box()
    assert history["width"] > PHONE["width"] * 0.8


def test_a_titles_key_facts_take_the_phones_width(page, demo):
    """Walked as a reader: the longest label ("Where it sits in the story") took 60% of a
    phone's width, its value wrapped into a narrow strip."""
    page.set_viewport_size(PHONE)
    page.goto("/titles/ballerina/")
    placed = page.locator(".facts dt", has_text="Where it sits in the story").first
    value = placed.locator("xpath=following-sibling::dd[1]")
    assert value.bounding_box()["width"] > PHONE["width"] * 0.8
