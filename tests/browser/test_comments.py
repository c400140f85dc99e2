import re

from django.core import mail
from playwright.sync_api import expect

from .conftest import BALLERINA


def _sign_up_from_the_story(page, username):
    page.goto(BALLERINA)
    page.get_by_role("link", name="Sign in to comment").click()
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Email").fill(f"{username}@example.com")
    page.get_by_label("Display name").fill(f"{username.title()} Quill")
    page.get_by_label(re.compile(r"^Password:?$")).fill("a-long-test-password-42")
    page.get_by_label("Password confirmation").fill("a-long-test-password-42")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()

    # The live server runs in this process: its e-mails land in the test outbox.
    [email] = [m for m in mail.outbox if m.to == [f"{username}@example.com"]]
    link = re.search(r"https?://[^/\s]+(/accounts/activate/\S+)", email.body).group(1)
    page.goto(link)
    page.get_by_role("button", name="Activate my account").click()
    expect(page).to_have_url(re.compile(re.escape(BALLERINA)))
    expect(page.get_by_role("link", name=f"{username.title()} Quill")).to_be_visible()


def test_reader_signs_up_comments_replies_and_sees_both_after_reload(page, demo):
    _sign_up_from_the_story(page, "rosa")
    comments = page.locator("#comments")
    expect(comments.get_by_role("heading")).to_have_text("Comments (3)")

    comments.get_by_label("Your comment").first.fill("The *academy* scenes were the best part.")
    comments.get_by_role("button", name="Post comment").click()
    expect(comments.get_by_role("status")).to_contain_text("posted")
    mine = comments.locator("li", has_text="academy scenes were the best part").first
    expect(mine.locator("em")).to_have_text("academy")
    expect(comments.get_by_role("heading")).to_have_text("Comments (4)")
    expect(page.locator("[data-comment-total]")).to_have_text("4 comments")  # the byline too

    mine.locator("summary", has_text="Reply").click()
    mine.get_by_label("Your reply to Rosa Quill").fill("Replying to myself: and the soundtrack.")
    mine.get_by_role("button", name="Post reply").click()
    expect(mine.get_by_text("Replying to myself: and the soundtrack.")).to_be_visible()
    # The reply box closes: a keyboard reader is back on its Reply toggle, not the page's top.
    expect(mine.locator("summary", has_text="Reply").first).to_be_focused()

    page.reload()
    mine = page.locator("#comments li", has_text="academy scenes were the best part").first
    expect(mine).to_be_visible()
    expect(mine.get_by_text("Replying to myself: and the soundtrack.")).to_be_visible()
    expect(page.locator("#comments h2")).to_have_text("Comments (5)")


def test_a_script_in_a_comment_shows_as_text_and_never_runs(page, demo):
    _sign_up_from_the_story(page, "mallory")
    attack = '<script>window.pwned = true</script><img src=x onerror="window.pwned = true">'
    page.get_by_label("Your comment").first.fill(attack)
    page.get_by_role("button", name="Post comment").click()
    expect(
        page.locator("#comments").get_by_text("<script>window.pwned = true</script>")
    ).to_be_visible()
    page.reload()
    expect(
        page.locator("#comments").get_by_text("<script>window.pwned = true</script>")
    ).to_be_visible()
    assert page.evaluate("window.pwned") is None
    assert page.locator("#comments script:not([src])").count() == 0
    assert page.locator("#comments .comment-body img").count() == 0


def test_posting_works_without_javascript(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/accounts/login/?next=" + BALLERINA)
    page.get_by_label("Username").fill("maya")
    page.get_by_label("Password").fill("premiere-demo")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(re.escape(BALLERINA)))
    page.get_by_label("Your comment").first.fill("Posted the old-fashioned way.")
    page.get_by_role("button", name="Post comment").click()
    expect(page).to_have_url(re.compile(r"#comment-\d+$"))
    expect(page.get_by_text("Posted the old-fashioned way.")).to_be_visible()
    context.close()


def test_a_report_is_confirmed_beside_the_comment_where_the_reader_is(page, demo):
    _sign_up_from_the_story(page, "petra")
    page.set_viewport_size({"width": 390, "height": 844})
    comment = page.locator("#comments li.comment").first
    comment.locator(":scope > article .comment-actions").get_by_role(
        "link", name=re.compile("^Report")
    ).click()
    page.get_by_label("Spam or advertising").check()
    page.get_by_role("button", name="Send report").click()
    confirmation = page.get_by_role("status").filter(has_text="A moderator will look")
    expect(confirmation).to_be_in_viewport()
    # It sits in the reported comment, not at the top of a long page.
    expect(comment.locator(":scope > .comment-message")).to_have_count(1)
    expect(page.locator(".messages")).to_have_count(0)


def test_a_thread_on_its_own_page_is_accessible_and_takes_replies(page, demo):
    from axe_playwright_python.sync_playwright import Axe

    from premiere.community.models import Comment

    top = Comment.objects.filter(article__slug=BALLERINA.split("/")[2], parent=None).first()
    thread = f"/comments/{top.pk}/replies/"
    page.goto(f"/accounts/login/?next={thread}")
    page.get_by_label("Username").fill("maya")
    page.get_by_label("Password").fill("premiere-demo")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{thread}")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Replies to {top.author_name}")
    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations] == []

    card = page.locator(f"#comment-{top.pk}")
    box = card.locator("details.comment-reply-box").first  # the top comment's, not a reply's
    box.locator("summary").click()
    box.get_by_label(f"Your reply to {top.author_name}").fill("Answered from the thread's page.")
    box.get_by_role("button", name="Post reply").click()
    expect(card.get_by_text("Answered from the thread's page.")).to_be_visible()
    page.reload()
    expect(page.get_by_text("Answered from the thread's page.")).to_be_visible()
