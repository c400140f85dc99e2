"""The newsroom desk in a real browser: a story typed into a draft proposes catalog facts."""

import re

from playwright.sync_api import expect

from .conftest import BALLERINA

STORY = """\
The John Wick universe keeps growing with a spin-off called Ballerina, starring Ana de Armas \
and Norman Reedus.

It has just been confirmed that Ballerina will be released in theaters around the world on \
June 4, 2027.

The writers set it between three and four, said Shay Hatten, one of its screenwriters.

And John Wick 5 is back on the table, according to the studio.

Source | Collider"""


def _sign_in_to_the_desk(page):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("premiere-demo")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Desk")).to_be_visible()


def _new_draft(page, headline, body):
    page.goto("/admin/newsroom/article/add/")
    page.get_by_label("Headline").fill(headline)
    page.get_by_label("Section").select_option(label="Gaming Club")
    page.get_by_label("Standfirst").fill("A date, a cast and a fifth chapter.")
    page.get_by_label("Body").fill(body)
    page.get_by_role("button", name="Save and continue editing").click()


def test_an_editor_works_through_the_facts_and_readers_see_them_when_published(
    page, browser, live_server, demo
):
    _sign_in_to_the_desk(page)
    _new_draft(page, "Ballerina is dated, and a fifth chapter is back", STORY)

    # The form says at its top that there are facts to review, and leads there.
    expect(page.locator(".facts-summary")).to_contain_text("to review")
    page.get_by_role("link", name="Review the facts in this story").click()
    expect(page.locator(".review-story")).to_contain_text("not published yet")
    review = page.locator("#review")
    for change in [
        "Credit Ana de Armas as cast on Ballerina",
        "Credit Norman Reedus as cast on Ballerina",
        "Place Ballerina between John Wick: Chapter 3",
        "John Wick 5 is in development",
        "Credit Collider as this story's source",
    ]:
        expect(review.get_by_text(change).first).to_be_visible()

    def card(text):
        return page.locator("#review .review-card", has_text=text)

    # Accept in place: the page does not jump back to the top.
    page.evaluate("window.scrollTo(0, 400)")
    card("Credit Collider").get_by_role("button", name="Accept").click()
    status = page.locator("#review-status")
    expect(status).to_contain_text("Saved: Credit Collider as this story's source")
    assert page.evaluate("window.scrollY") > 200

    # Edit one before accepting.
    release = card("Ballerina's theatrical, worldwide date").first
    release.get_by_text("Edit before accepting").click()
    release.get_by_label("Date (2024-06-07, 2025-Q3, 2026, TBA…)").fill("2027-06-11")
    release.get_by_label("Region").select_option("GB")
    release.get_by_role("button", name="Accept").click()
    expect(status).to_contain_text("United Kingdom release for Ballerina: June 11, 2027")
    expect(status).to_contain_text("public when the story is published")

    # Reject one, then undo it.
    # Rejecting leaves the keyboard on the card that takes its place, not the page's first;
    following = page.evaluate(
        "() => { const cards = [...document.querySelectorAll('#review .review-card')];"
        " const at = cards.findIndex(c => c.textContent.includes('Credit Norman Reedus'));"
        " return cards[at + 1].id; }"
    )
    card("Credit Norman Reedus").get_by_role("button", name="Reject").click()
    expect(status).to_contain_text("Rejected: Credit Norman Reedus")
    # the card itself: a second Enter does not accept a card nobody has read
    expect(page.locator(f"#{following}")).to_be_focused()
    decided = page.locator("#review .decided", has_text="Credit Norman Reedus")
    decided.get_by_role("button", name="Undo").click()
    expect(status).to_contain_text("Undone")
    expect(card("Credit Norman Reedus")).to_have_count(1)
    # the card the Undo brought back has the keyboard, not the page's first card
    expect(card("Credit Norman Reedus")).to_be_focused()

    card("John Wick 5 is in development").get_by_role("button", name="Accept").click()
    expect(page.locator("#review .decided .badge", has_text="Pending publication")).to_have_count(2)

    # A reader sees none of it while the story is a draft.
    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.goto("/titles/ballerina/")
    expect(reader.locator("main")).not_to_contain_text("June 11, 2027")

    # Publish now: Published, "Publish at" left empty, Save.
    page.get_by_role("link", name="Edit the story").click()
    page.get_by_label("Status").select_option("published")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    reader.goto("/titles/ballerina/")
    row = reader.locator("tr.release", has_text="June 11, 2027")
    expect(row).to_contain_text("United Kingdom")
    # The date was corrected: the story is cited, not its sentence saying June 7, 2024.
    expect(row).to_contain_text("Per Premiere (quoting Collider)")
    expect(row).not_to_contain_text("June 7, 2024")
    reader.goto("/titles/john-wick-5/")
    expect(reader.locator("main")).to_contain_text("according to the studio")
    reader.context.close()


def test_the_facts_arrive_on_the_story_s_form_while_the_editor_stays_on_it(
    page, demo, settings, tmp_path
):
    """A walk-through saved a draft and read "being read for facts; reload in a few seconds"
    until they reloaded. With the real worker reading it, the line changes by itself, and
    what the editor typed after saving is still there."""
    from ..workers import DATABASE_BACKEND, worker_start

    settings.TASKS = DATABASE_BACKEND
    _sign_in_to_the_desk(page)
    _new_draft(page, "Ballerina is dated", STORY)
    summary = page.locator("#facts-summary")
    expect(summary).to_contain_text("reading the story for facts")
    expect(summary).not_to_contain_text("reload")  # it says so itself
    page.get_by_label("Standfirst").fill("Typed while the desk reads.")
    worker = worker_start(tmp_path, "worker")
    try:
        expect(summary).to_contain_text("to review", timeout=30_000)
    finally:
        worker.kill()
    expect(summary).not_to_contain_text("reading the story")
    expect(page.get_by_label("Standfirst")).to_have_value("Typed while the desk reads.")


def test_the_ballerina_story_links_to_its_title_and_franchise(page, demo):
    page.goto(BALLERINA)
    in_this_story = page.get_by_role("navigation", name="In this story")
    in_this_story.get_by_role("link", name="Ballerina", exact=True).click()
    expect(page).to_have_url(re.compile(r"/titles/ballerina/$"))
    expect(page.locator("main")).to_contain_text("June 6, 2025")
    expect(page.locator("main")).to_contain_text("Collider")


SLATE = """\
Northlight Pictures has dated its next two films. The heist thriller "Copper Harbor" will \
open in theaters on March 12, 2027, while the animated musical Lanternfish arrives on \
Netflix on November 5, 2027.

Meanwhile, "Glass Orchard" has been pushed from June 4, 2027 to February 11, 2028, with \
Mara Ellison directing.

Source | Collider"""


def test_titles_nobody_catalogued_are_proposed_with_their_dates(page, browser, live_server, demo):
    """A slate story about films the catalog has never heard of: the desk proposes each new
    title with its own date (not the other title's), and they become pages when it is out."""
    _sign_in_to_the_desk(page)
    _new_draft(page, "Northlight dates two films and moves a third", SLATE)
    page.get_by_role("link", name="Review the facts in this story").click()

    def group(name):
        return page.locator("#review .review-group", has_text=name).filter(
            has=page.get_by_role("heading", name=re.compile(name))
        )

    for name in ("Copper Harbor", "Lanternfish", "Glass Orchard"):
        expect(group(name).locator(".badge.new")).to_be_visible()
    expect(group("Copper Harbor")).to_contain_text(
        "Add a theatrical, worldwide release for Copper Harbor: March 12, 2027"
    )
    expect(group("Lanternfish")).to_contain_text("Netflix, worldwide release for Lanternfish")
    expect(group("Glass Orchard")).to_contain_text("Credit Mara Ellison as director")

    group("Copper Harbor").get_by_role("button", name=re.compile("Accept all confident")).click()
    expect(page.locator("#review-status")).to_contain_text("Accepted 2 about Copper Harbor")
    lantern = page.locator("#review .review-card", has_text="release for Lanternfish")
    lantern.get_by_text("Edit before accepting").click()
    lantern.get_by_label("Region").select_option("GB")
    lantern.get_by_role("button", name="Accept").click()
    expect(page.locator("#review-status")).to_contain_text("United Kingdom release for Lanternfish")

    reader = browser.new_context(base_url=live_server.url).new_page()
    assert reader.goto("/titles/copper-harbor/").status == 404

    page.get_by_role("link", name="Edit the story").click()
    page.get_by_label("Status").select_option("published")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    reader.goto("/titles/copper-harbor/")
    expect(reader.get_by_role("heading", name="Copper Harbor")).to_be_visible()
    row = reader.locator("tr.release", has_text="March 12, 2027")
    expect(row).to_contain_text("will open in theaters on March 12, 2027")
    reader.goto("/titles/lanternfish/")
    expect(reader.locator("tr.release", has_text="November 5, 2027")).to_contain_text(
        "United Kingdom"
    )
    assert reader.goto("/titles/glass-orchard/").status == 404  # nothing accepted about it
    reader.context.close()


PUSHED = """\
Here are the films that lost their autumn dates.

## The Copper Saint

- Scheduled Release Date: October 1st, 2027
- Expected Release Date: April 7th, 2028

The western needed more time in the edit."""


def test_a_list_of_old_and_new_dates_proposes_one_move_for_each_film(page, demo):
    """A list of films pushed back, each a heading over its old and new date's labels: the
    desk proposes the move, not a film called "Scheduled" and another called "Expected"."""
    _sign_in_to_the_desk(page)
    _new_draft(page, "Films pushed out of the autumn", PUSHED)
    page.get_by_role("link", name="Review the facts in this story").click()
    review = page.locator("#review")
    expect(review).to_contain_text(
        "Record The Copper Saint's date as moved from October 1, 2027 to April 7, 2028"
    )
    groups = review.locator(".review-group").get_by_role("heading", level=3)
    expect(groups).to_have_text(["The Copper Saint new to the catalog"])


RENEWAL = """\
The network has officially renewed Harbor Lights for Season 4, weeks before the third season \
begins.

The fourth season of Harbor Lights will arrive on March 4, 2028, the network said."""


def test_a_renewal_proposes_the_new_season_under_its_show(page, browser, live_server, demo):
    """A renewal story: the desk proposes the next season as a title of its own, a season of
    the show, with its date; once out, readers find the season's page under the show."""
    _sign_in_to_the_desk(page)
    _new_draft(page, "Harbor Lights renewed for a fourth season", RENEWAL)
    page.get_by_role("link", name="Review the facts in this story").click()
    season = page.locator("#review .review-card", has_text="Season 4, a season of")
    expect(season).to_contain_text("Add the new title Harbor Lights — Season 4, a season of Harbor")
    season.get_by_role("button", name="Accept").click()
    expect(page.locator("#review-status")).to_contain_text("Saved: Add the new title Harbor")
    dated = page.locator("#review .review-card", has_text="worldwide release for Harbor Lights")
    expect(dated).to_contain_text("Add a worldwide release for Harbor Lights — Season 4")
    dated.get_by_role("button", name="Accept").click()  # the story does not say how
    expect(page.locator("#review-status")).to_contain_text("Pick how it is released")
    dated.get_by_label("How").select_option("tv")  # the card opened its fields at the error
    dated.get_by_role("button", name="Accept").click()
    expect(page.locator("#review-status")).to_contain_text("March 4, 2028")
    # The renewal's "announced" is for the new season, which is what the catalog now has.
    expect(page.locator("#review")).not_to_contain_text("Season 3 from")

    page.get_by_role("link", name="Edit the story").click()
    page.get_by_label("Status").select_option("published")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.goto("/titles/harbor-lights-season-4/")
    expect(reader.get_by_role("heading", name="Harbor Lights — Season 4")).to_be_visible()
    expect(reader.locator("tr.release", has_text="March 4, 2028")).to_be_visible()
    reader.get_by_role("link", name="Harbor Lights", exact=True).first.click()
    expect(reader.locator("main")).to_contain_text("Season 4")
    reader.context.close()


def test_back_to_the_form_after_the_review_set_the_source_then_save_keeps_the_source(
    page, live_server, demo
):
    """What an editor does: accept the story's source on the review page, press Back, edit the
    standfirst, save. The form Back brings must not put the old, empty source back."""
    from premiere.newsroom.models import Article

    _sign_in_to_the_desk(page)
    _new_draft(page, "Ballerina is dated", STORY)
    page.get_by_role("link", name="Review the facts in this story").click()
    page.locator("#review .review-card", has_text="Credit Collider").get_by_role(
        "button", name="Accept"
    ).click()
    expect(page.locator("#review-status")).to_contain_text("Saved: Credit Collider")

    page.go_back()
    page.get_by_label("Standfirst").fill("A date, a cast, and a source.")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.get_by_label("Standfirst")).to_have_value("A date, a cast, and a source.")
    article = Article.objects.get(headline="Ballerina is dated")
    assert article.source is not None and article.source.name == "Collider"
    assert article.standfirst == "A date, a cast, and a source."  # the edit is saved too


def test_on_a_phone_rejecting_a_new_title_and_undoing_it_keep_the_editor_on_cards_to_decide(
    page, demo
):
    """Found walking the desk on a phone: rejecting a new title (its facts go with it) put
    the keyboard on a decided entry, an Undo far down the page moved it to a card out of
    sight, and Undo and "Edit before accepting" were thumb-hard 19–20 px targets."""
    page.set_viewport_size({"width": 390, "height": 844})
    _sign_in_to_the_desk(page)
    _new_draft(page, "Northlight dates two films and moves a third", SLATE)
    page.get_by_role("link", name="Review the facts in this story").click()
    orchard = page.locator("#review .review-group", has_text="Glass Orchard").filter(
        has=page.get_by_role("heading", name=re.compile("Glass Orchard"))
    )
    orchard.locator(".review-card").first.get_by_role("button", name="Reject").click()
    expect(page.locator("#review-status")).to_contain_text("Rejected")
    focused = page.locator(":focus")
    expect(focused).to_have_class(re.compile(r"\breview-card\b"))

    undo = page.locator("#review .decided").last.get_by_role("button", name="Undo")
    undo.scroll_into_view_if_needed()
    assert undo.bounding_box()["height"] >= 40
    summary = page.locator("#review .review-card summary").first
    assert summary.bounding_box()["height"] >= 40
    undo.click()
    expect(page.locator("#review-status")).to_contain_text("Undone")
    box = page.locator(":focus").bounding_box()
    assert box is not None and box["y"] < 844 and box["y"] + box["height"] > 0
    # and not under the message stuck at the top (found on a desktop walk)
    message = page.locator("#review .review-status").bounding_box()
    assert box["y"] >= message["y"] + message["height"] - 1
