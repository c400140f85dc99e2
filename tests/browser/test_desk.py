"""The newsroom desk in a real browser: a story typed into a draft proposes catalog facts."""

import re

from playwright.sync_api import expect

from .conftest import BALLERINA

STORY = """\
The John Wick universe keeps growing with a spin-off called Ballerina, starring Ana de Armas \
and Norman Reedus.

It has just been confirmed that Ballerina will be released in theaters around the world on \
June 7, 2024.

The writers set it between three and four, said Shay Hatten, one of its screenwriters.

And John Wick 5 is back on the table, according to the studio.

Source | Collider"""


def _sign_in_to_the_desk(page):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("premiere-demo")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Desk")).to_be_visible()


def test_a_typed_story_proposes_facts_and_accepting_one_updates_the_catalog(page, demo):
    _sign_in_to_the_desk(page)
    page.goto("/admin/newsroom/article/add/")
    page.get_by_label("Headline").fill("Ballerina is dated, and a fifth chapter is back")
    page.get_by_label("Section").select_option(label="Gaming Club")
    page.get_by_label("Standfirst").fill("The spin-off has a date.")
    page.get_by_label("Body").fill(STORY)
    page.get_by_role("button", name="Save and continue editing").click()

    panel = page.locator("section.suggested-facts")
    expect(panel.get_by_role("heading", name="Suggested facts")).to_be_visible()
    for change in [
        "Ballerina's theatrical, worldwide date",
        "Credit Ana de Armas as cast on Ballerina",
        "Credit Norman Reedus as cast on Ballerina",
        "Place Ballerina between John Wick: Chapter 3",
        "John Wick 5 is in development",
        "Credit Collider as this story's source",
    ]:
        expect(panel.get_by_text(change).first).to_be_visible()

    page.goto("/titles/john-wick-5/")
    status_sources = page.locator("dd", has_text="In development").locator("li.claim")
    before = status_sources.count()
    page.go_back()

    source = panel.locator("li.suggestion", has_text="Credit Collider")
    source.get_by_role("button", name="Accept").click()
    expect(page.locator(".messagelist")).to_contain_text("Accepted")
    status = panel.locator("li.suggestion", has_text="John Wick 5 is in development")
    status.get_by_role("button", name="Accept").click()
    expect(page.locator(".messagelist")).to_contain_text("Accepted")
    expect(panel.locator("li.suggestion", has_text="John Wick 5 is in")).to_have_count(0)

    # The catalog page now cites the new story's source; the unpublished story itself is not
    # named or quoted until it is out.
    page.goto("/titles/john-wick-5/")
    expect(status_sources).to_have_count(before + 1)
    expect(status_sources.first).to_contain_text("Per Collider")  # newest first
    expect(page.locator("main")).not_to_contain_text("according to the studio")


def test_the_ballerina_story_links_to_its_title_and_franchise(page, demo):
    page.goto(BALLERINA)
    page.locator("article.story").get_by_role("link", name="Ballerina", exact=True).click()
    expect(page).to_have_url(re.compile(r"/titles/ballerina/$"))
    expect(page.locator("main")).to_contain_text("June 6, 2025")
    expect(page.locator("main")).to_contain_text("Collider")
