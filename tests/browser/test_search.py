"""The header's search box, as a reader uses it: typing, choosing a suggestion, or Enter."""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect


def box(page):
    return page.get_by_role("combobox", name=re.compile("Search stories"))


def test_suggestions_appear_as_one_types_and_open_with_the_keyboard(page, demo):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto("/")
    search = box(page)
    search.press_sequentially("balerina", delay=30)  # misspelt
    listbox = page.get_by_role("listbox", name="Suggestions")
    expect(listbox).to_be_visible()
    expect(search).to_have_attribute("aria-expanded", "true")
    first = listbox.get_by_role("option").first
    expect(first).to_contain_text("Ballerina")
    search.press("ArrowDown")
    expect(first).to_have_attribute("aria-selected", "true")
    expect(search).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    search.press("Enter")
    page.wait_for_url("**/titles/ballerina/")
    # Suggestions come from this site alone.
    assert all(url.startswith(page.url.split("/titles/")[0]) for url in requests)


def test_a_suggestion_opens_with_a_click_and_escape_closes_the_list(page, demo):
    page.goto("/")
    search = box(page)
    search.press_sequentially("ana de arm", delay=30)
    listbox = page.get_by_role("listbox", name="Suggestions")
    expect(listbox.get_by_role("option").first).to_contain_text("Ana de Armas")
    search.press("Escape")
    expect(listbox).to_be_hidden()
    expect(search).to_have_attribute("aria-expanded", "false")
    search.press("ArrowDown")  # opens it again
    listbox.get_by_role("option", name=re.compile("^Ana de Armas")).click()
    page.wait_for_url("**/people/ana-de-armas/")


def test_enter_without_a_choice_opens_the_results_page_with_filters(page, demo):
    page.goto("/")
    search = box(page)
    search.fill("john wick")
    search.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=john\+wick"))
    expect(page.get_by_role("heading", name="Results for “john wick”")).to_be_visible()
    page.get_by_role("navigation", name="Show only").get_by_role(
        "link", name=re.compile("^Franchises")
    ).click()
    expect(page.locator(".search-result")).to_have_count(1)
    expect(page.get_by_role("link", name="John Wick", exact=True)).to_be_visible()


def test_without_javascript_the_box_is_a_plain_form(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.get_by_role("searchbox", name=re.compile("Search stories")).fill("ballerina")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/search/\?q=ballerina"))
    expect(page.get_by_role("link", name="Ballerina", exact=True).first).to_be_visible()
    context.close()


def test_the_box_with_its_suggestions_open_is_accessible(page, demo):
    page.goto("/")
    box(page).press_sequentially("wick", delay=30)
    expect(page.get_by_role("listbox", name="Suggestions")).to_be_visible()
    box(page).press("ArrowDown")
    violations = Axe().run(page).response["violations"]
    assert [f"{v['id']}: {v['help']}" for v in violations] == []
