"""A comment's card, written in Python: what each reader sees and may do, all of it escaped."""

import re

from django.test import Client

from premiere.community import services


def comments_of(client: Client, article) -> str:
    html = client.get(article.get_absolute_url()).content.decode()
    return html[html.index('<ol class="comment-list"') : html.index("</section>")]


def test_a_name_with_markup_reads_as_text_wherever_the_card_shows_it(
    client, article, make_comment, make_user, reader
):
    author = make_user("tag", display_name="<b>Bold</b> & Co")
    make_comment("Plain words.", by=author)
    client.force_login(reader)

    html = comments_of(client, article)

    assert "<b>Bold</b>" not in html
    # the author's link, the reply box's two labels and the report link's hidden words
    assert html.count("&lt;b&gt;Bold&lt;/b&gt; &amp; Co") == 4


def test_visitors_read_comments_without_any_form_or_button(client, article, make_comment):
    make_comment("Worth the wait.")

    html = comments_of(client, article)

    assert "Worth the wait." in html
    assert "<form" not in html and "<button" not in html and "csrfmiddlewaretoken" not in html


def test_a_moderator_gets_working_buttons_for_each_comment(
    article, make_comment, moderator, settings
):
    settings.PREMIERE_SUSPECT_WORDS = ["casino"]
    shown = make_comment("Fine words.")
    held = make_comment("A casino link.")
    services.comment_feature(comment=shown, by=moderator)
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)

    html = comments_of(client, article)

    buttons = re.findall(r'action="(/comments/\d+/\w+/)">.*?<button[^>]*>(\w+)</button>', html)
    assert (f"/comments/{shown.pk}/hide/", "Hide") in buttons
    assert (f"/comments/{shown.pk}/feature/", "Unfeature") in buttons
    assert (f"/comments/{held.pk}/restore/", "Approve") in buttons
    assert "Awaiting review" in html and "Featured" in html
    # each form carries the page's CSRF token and goes through: the held comment is approved
    token = re.search(
        rf'action="/comments/{held.pk}/restore/"><input type="hidden" '
        r'name="csrfmiddlewaretoken" value="(\w+)">',
        html,
    )[1]
    assert (
        client.post(f"/comments/{held.pk}/restore/", {"csrfmiddlewaretoken": token}).status_code
        == 302
    )
    assert "Awaiting review" not in comments_of(client, article)
