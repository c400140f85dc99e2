"""Following in a real browser: a reader follows a franchise for its digital releases only, an
editor moves dates, the worker runs, and the reader hears of the digital move and nothing else."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from premiere.catalog import services as catalog
from premiere.follows import tasks

PASSWORD = "a-long-test-password"


@pytest.fixture
def saga(transactional_db, said_by, day):
    """A franchise with one film coming to cinemas and to digital, worldwide."""
    franchise = catalog.franchise_create(name="Nightjar")
    film = catalog.title_create(kind="film", name="Nightjar Rising", franchise=franchise)
    for medium, date in [("theatrical", "2031-03-14"), ("digital", "2031-05-02")]:
        catalog.release_set(title=film, medium=medium, when=day(date), evidence=said_by())
    return franchise, film


def _move(release, to, *, by, evidence):
    """Move a date the way the release admin's save does (ReleaseAdmin.write)."""
    catalog.release_set(
        title=release.title,
        region=release.region,
        medium=release.medium,
        channel=release.channel,
        when=to,
        confidence=release.confidence,
        evidence=evidence,
        by=by,
    )


def _sign_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_a_reader_following_digital_releases_hears_of_a_digital_move_only(
    page, transactional_db, make_user, saga, said_by, day
):
    franchise, film = saga
    make_user("ada", password=PASSWORD)
    editor = make_user("editor", password=PASSWORD, is_staff=True, is_superuser=True)

    # The reader follows the franchise from its page, then keeps only digital releases.
    _sign_in(page, "ada")
    page.goto(franchise.get_absolute_url())
    page.evaluate("window.stillThisPage = true")  # gone if the page is loaded again
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.get_by_role("button", name="Follow Nightjar").click()
    expect(page.locator(".follow-state")).to_contain_text("You follow Nightjar.")
    # In place: one request to the follow address, no page load after it.
    assert page.evaluate("window.stillThisPage === true")
    assert [url for url in requests if "/me/follow" in url] and not [
        url for url in requests if "object" in url
    ]
    page.get_by_role("link", name="Choose what you hear about").click()
    page.get_by_label("Only the kinds ticked below").check()
    page.get_by_label("Digital and streaming").check()
    page.get_by_role("button", name="Save choices").click()
    expect(page.get_by_text("Saved what you hear about Nightjar.")).to_be_visible()
    expect(page.locator(".unread-count")).to_have_count(0)

    # An editor moves both dates; the worker's round then makes the notices.
    releases = {release.medium: release for release in film.releases.all()}
    _move(releases["digital"], day("2031-06-13"), by=editor, evidence=said_by())
    _move(releases["theatrical"], day("2031-04-04"), by=editor, evidence=said_by())
    mail.outbox.clear()
    tasks.notices_deliver.enqueue()  # the immediate backend runs it now, as the worker would

    # One notice, about the digital date, counted in the header; the cinema date is not news.
    page.goto("/")
    my_premiere = page.get_by_role("navigation", name="Account").locator(".unread-count")
    expect(my_premiere).to_have_text(re.compile(r"^\s*1\s+unread\s*$"))
    page.get_by_role("link", name=re.compile(r"^My Premiere")).click()
    notices = page.locator("#notices li")
    expect(notices).to_have_count(1)
    expect(notices.first).to_contain_text(
        "Nightjar Rising delayed from May 2 to June 13, 2031 (Digital, worldwide)"
    )
    expect(page.locator("#notices")).not_to_contain_text("Theatrical")
    expect(page.locator("#notices")).not_to_contain_text("April 4")

    [email] = mail.outbox
    assert email.to == ["ada@example.test"]
    assert "June 13, 2031" in email.subject and "Digital" in email.subject
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_follow_button_works_without_javascript(
    browser, live_server, transactional_db, make_user, saga
):
    franchise, _ = saga
    make_user("ada", password=PASSWORD)
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    _sign_in(page, "ada")
    page.goto(franchise.get_absolute_url())
    page.get_by_role("button", name="Follow Nightjar").click()
    expect(page).to_have_url(re.compile(re.escape(franchise.get_absolute_url()) + "$"))
    expect(
        page.get_by_text("You follow Nightjar. Your notices are on My Premiere.")
    ).to_be_visible()
    page.get_by_role("button", name="Unfollow Nightjar").click()
    expect(page.get_by_role("button", name="Follow Nightjar")).to_be_visible()
    context.close()
