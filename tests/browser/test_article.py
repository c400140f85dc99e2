import re

from playwright.sync_api import expect

from .conftest import BALLERINA


def test_reader_sees_every_element_of_the_ballerina_story(page, demo):
    page.goto(BALLERINA)
    story = page.locator("article.story")
    expect(story.locator(".kicker")).to_have_text("Gaming Club")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ballerina")
    expect(story.locator(".standfirst")).to_contain_text("worldwide theatrical date")
    hero = story.locator("figure.hero img")
    expect(hero).to_be_visible()
    assert hero.evaluate("img => img.complete && img.naturalWidth > 0")
    expect(story.locator("figure.hero figcaption")).to_contain_text("Lionsgate Films")
    expect(story.locator("header time").first).to_have_attribute("datetime", re.compile(r"^\d{4}-"))
    expect(story.locator(".story-body blockquote")).to_be_visible()
    photo = story.locator(".story-body figure.photo")
    expect(photo.locator("figcaption .caption")).to_have_text("Ana de Armas")
    expect(photo.get_by_role("link", name="Full screen", exact=True)).to_be_visible()
    # The story is linked to catalog entities, so its footer links those instead of tags,
    # and its body links the first mention of each.
    in_this_story = page.get_by_role("navigation", name="In this story")
    expect(in_this_story.get_by_role("link", name="Ana de Armas")).to_have_attribute(
        "href", "/people/ana-de-armas/"
    )
    body = story.locator(".story-body")
    expect(body.get_by_role("link", name="Ana de Armas")).to_have_count(1)
    expect(body.get_by_role("link", name="John Wick").first).to_have_attribute(
        "href", "/franchises/john-wick/"
    )
    body.get_by_role("link", name="Ana de Armas").click()
    expect(page).to_have_url(re.compile("/people/ana-de-armas/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ana de Armas")
    page.go_back()
    expect(story.locator(".source")).to_have_text("Source | Collider")
    expect(story.locator(".source a")).to_have_attribute("href", "https://collider.com/")
    expect(page.get_by_role("link", name="Sign in to comment")).to_be_visible()


def test_photo_opens_full_screen_and_closes_with_escape_button_and_back(page, demo):
    page.goto(BALLERINA)
    full_screen = page.locator(".story-body figure.photo").get_by_role(
        "link", name="Full screen", exact=True
    )
    dialog = page.get_by_role("dialog")

    full_screen.click()
    expect(dialog).to_be_visible()
    expect(dialog).to_have_accessible_name(re.compile("Ana de Armas"))
    large = dialog.locator("img")
    expect(large).to_have_attribute("src", re.compile(r"-1200\.jpeg$"))
    page.wait_for_function("() => document.querySelector('dialog img').naturalWidth > 0")
    expect(page.get_by_role("button", name="Close")).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(full_screen).to_be_focused()  # keyboard users land where they were
    assert page.url.endswith(BALLERINA)

    full_screen.press("Enter")  # the keyboard opens it too
    expect(dialog).to_be_visible()
    page.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()

    full_screen.click()
    expect(dialog).to_be_visible()
    page.go_back()
    expect(dialog).to_be_hidden()
    assert page.url.endswith(BALLERINA)


def test_without_javascript_full_screen_is_a_link_to_the_large_photo(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(BALLERINA)
    page.locator(".story-body figure.photo").get_by_role(
        "link", name="Full screen", exact=True
    ).click()
    assert re.search(r"/media/renditions/.+\.jpeg$", page.url)
    context.close()


def test_front_page_leads_to_the_story_and_its_section(page, demo):
    page.goto("/")
    page.get_by_role("link", name=re.compile("^Ballerina, the John Wick spin-off")).first.click()
    expect(page).to_have_url(re.compile(BALLERINA))
    page.locator("article.story .kicker a").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gaming Club")


def test_a_story_read_in_the_browser_shows_in_most_read(page, demo):
    from premiere.newsroom.tasks import reads_flush

    with page.expect_request(lambda request: request.url.endswith("/read")) as beacon:
        page.goto("/news/quiet-weekend-at-the-box-office/")
    assert beacon.value.method == "POST"
    page.wait_for_timeout(200)  # the beacon's answer, which the page never waits for
    assert reads_flush.call() == 1
    page.goto("/")
    most_read = page.get_by_role("region", name="Most read")
    expect(most_read.get_by_role("link").first).to_contain_text("quiet weekend at the box office")
