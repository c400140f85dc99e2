import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse, reverse_lazy
from django.utils import timezone

from premiere.community import services
from premiere.community.models import Comment, CommentReport, PrivacyLogEntry

Status = Comment.Status
PASSWORD = "a-long-test-password"
FETCH = {"HTTP_X_REQUESTED_WITH": "fetch"}


@pytest.fixture
def as_reader(client, reader):
    client.force_login(reader)
    return client


def post_url(article):
    return reverse("community:comment_post", args=[article.slug])


def comments_html(response) -> str:
    html = response.content.decode()
    return html[html.index('<section id="comments"') :]


# Signing up


def test_signup_page_has_the_fields_readers_need(client, db):
    response = client.get(reverse("community:signup"))

    html = response.content.decode()
    for name in ["username", "email", "display_name", "password1", "password2"]:
        assert f'name="{name}"' in html
        assert f'for="id_{name}"' in html


def signup(client, username="newbie", next_url="", **extra):
    data = {
        "username": username,
        "email": f"{username}@example.test",
        "display_name": "New Bie",
        "password1": "a-long-pass-phrase",
        "password2": "a-long-pass-phrase",
        "next": next_url,
    }
    return client.post(reverse("community:signup"), data | extra)


def without_csrf(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_signup_answers_alike_for_a_new_and_a_registered_address(reader, article):
    new, taken = Client(), Client()

    for_new = signup(new, "newbie", next_url=article.get_absolute_url())
    for_taken = signup(
        taken, "copycat", email=reader.email, display_name="", next_url=article.get_absolute_url()
    )

    assert for_new.status_code == for_taken.status_code == 302
    assert for_new["Location"] == for_taken["Location"] == reverse("community:signup_done")
    page_new, page_taken = new.get(for_new["Location"]), taken.get(for_taken["Location"])
    assert page_new.status_code == page_taken.status_code == 200
    assert without_csrf(page_new.content.decode()) == without_csrf(page_taken.content.decode())
    assert "Check your inbox" in page_new.content.decode()
    assert "We sent a link to finish creating your account" in page_new.content.decode()


def test_a_new_address_gets_an_inactive_account_and_an_activation_link(client, db):
    signup(client, "newbie")

    user = get_user_model().objects.get(username="newbie")
    assert not user.is_active and user.profile.awaiting_activation
    assert user.profile.display_name == "New Bie"
    [email] = mail.outbox
    assert email.to == ["newbie@example.test"]
    assert email.subject == "Finish creating your Premiere account"
    assert ACTIVATION_LINK.search(email.body)
    assert "_auth_user_id" not in client.session  # not signed in before the link is followed


def test_a_registered_address_gets_a_warning_and_no_new_account(client, reader):
    signup(client, "copycat", email=reader.email.upper())

    assert not get_user_model().objects.filter(username="copycat").exists()
    assert get_user_model().objects.filter(email__iexact=reader.email).count() == 1
    [email] = mail.outbox
    assert email.to == [reader.email]
    assert email.subject == "Someone tried to create a Premiere account with your address"
    assert "sign in" in email.body and "ada" in email.body
    assert "http://testserver/accounts/login/" in email.body
    assert "http://testserver/accounts/password/reset/" in email.body
    assert not ACTIVATION_LINK.search(email.body)


ACTIVATION_LINK = re.compile(r"http://testserver(/accounts/activate/[^/\s]+/[^/\s]+/(?:\?\S*)?)")


def activation_link(email) -> str:
    return ACTIVATION_LINK.search(email.body).group(1)


def test_the_link_activates_signs_in_and_returns_to_the_story(client, article):
    signup(client, next_url=article.get_absolute_url())
    link = activation_link(mail.outbox[0])

    page = client.get(link)
    html = page.content.decode()
    assert page.status_code == 200
    assert "<h1>Finish creating your account</h1>" in html
    assert 'name="csrfmiddlewaretoken"' in html and "Activate my account</button>" in html
    assert not get_user_model().objects.get(username="newbie").is_active  # a GET changes nothing

    response = client.post(link)

    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    user = get_user_model().objects.get(username="newbie")
    assert user.is_active and not user.profile.awaiting_activation
    assert client.get(article.get_absolute_url()).context["user"] == user


def test_the_link_works_once(client, db):
    signup(client)
    link = activation_link(mail.outbox[0])
    client.post(link)
    client.logout()

    again = client.post(link)

    assert again.status_code == 200
    assert "This link no longer works" in again.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_link_ignores_a_next_on_another_site(client, db):
    signup(client, next_url="https://evil.example/")

    response = client.post(activation_link(mail.outbox[0]))

    assert response["Location"] == reverse("newsroom:home")


@pytest.mark.parametrize(
    "link", ["/accounts/activate/MQ/bad-token/", "/accounts/activate/not-a-uid/x-y/"]
)
def test_a_broken_link_is_refused_kindly(client, db, link):
    for response in (client.get(link), client.post(link)):
        html = response.content.decode()
        assert response.status_code == 200
        assert "This link no longer works" in html
        assert f'href="{reverse("community:signup")}"' in html
        assert f'href="{reverse("community:login")}"' in html


def test_an_expired_link_is_refused_kindly(client, settings, db):
    signup(client)
    link = activation_link(mail.outbox[0])
    settings.PASSWORD_RESET_TIMEOUT = -1  # every link older than "now" has expired

    response = client.post(link)

    assert "This link no longer works" in response.content.decode()
    assert not get_user_model().objects.get(username="newbie").is_active


def test_signup_refuses_a_weak_password_and_says_why(client, db):
    response = signup(client, password1="password", password2="password")

    assert 'role="alert"' in response.content.decode()
    assert "too common" in response.content.decode()
    assert not mail.outbox


def test_signup_says_which_name_passes_for_a_member(client, reader):
    response = signup(client, "A_D_A")

    html = response.content.decode()
    assert 'id="id_username_error"' in html
    assert "too close to another member’s name" in html
    assert not get_user_model().objects.filter(username="A_D_A").exists()
    assert not mail.outbox


def test_signups_from_one_address_are_limited(settings, client, db):
    settings.PREMIERE_SIGNUP_RATE_IP = "1/3600"
    signup(client, "first")

    response = signup(client, "second")

    assert response.status_code == 429
    assert "too often" in response.content.decode()
    assert not get_user_model().objects.filter(username="second").exists()


def test_a_signup_for_a_registered_address_counts_against_the_limit_too(settings, client, reader):
    settings.PREMIERE_SIGNUP_RATE_IP = "1/3600"
    signup(client, "copycat", email=reader.email)

    response = signup(client, "second")

    assert response.status_code == 429
    assert not get_user_model().objects.filter(username="second").exists()
    assert len(mail.outbox) == 1


# Signing in and out


def login(client, username, password=PASSWORD, ip="192.0.2.10"):
    return client.post(
        reverse("community:login"), {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def test_the_sign_in_page_carries_the_site_s_name(client, db, settings):
    """Modelled on a walk-through: the page's header, footer and title read "127.0.0.1:8091"."""
    page = client.get(reverse("community:login")).content.decode()
    assert f"· {settings.PREMIERE_SITE_NAME}</title>" in page
    assert "testserver" not in page  # the address the test client reaches the site at


def test_signing_in_and_out(client, reader):
    assert login(client, "ada").status_code == 302
    assert client.session.get("_auth_user_id") == str(reader.pk)

    client.post(reverse("community:logout"))
    assert "_auth_user_id" not in client.session


def test_a_wrong_password_is_refused_with_an_alert(client, reader):
    response = login(client, "ada", "wrong")

    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_an_account_not_yet_activated_is_told_to_follow_the_link(client, db):
    signup(client)

    response = client.post(
        reverse("community:login"), {"username": "newbie", "password": "a-long-pass-phrase"}
    )

    assert response.status_code == 200
    assert "follow the link we emailed you" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_signing_in_before_activating_sends_a_fresh_link_that_works(client, db):
    signup(client)

    response = login(client, "newbie", "a-long-pass-phrase")

    assert "We have emailed you a new link" in response.content.decode()
    first, fresh = mail.outbox
    assert fresh.to == ["newbie@example.test"]
    client.post(activation_link(fresh))
    assert get_user_model().objects.get(username="newbie").is_active


def test_a_wrong_password_for_an_account_not_yet_activated_tells_nothing(client, db):
    signup(client)

    pending = login(client, "newbie", "not-the-password").content.decode()
    unknown = login(client, "nobody-at-all", "not-the-password").content.decode()

    assert "follow the link" not in pending
    assert "Please enter a correct username and password" in pending
    assert "Please enter a correct username and password" in unknown
    assert len(mail.outbox) == 1  # the sign-up's only


# Passwords


def test_password_change(client, reader):
    client.force_login(reader)
    url = reverse("community:password_change")

    response = client.post(
        url,
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-phrase",
            "new_password2": "another-long-phrase",
        },
    )

    assert response["Location"] == reverse("community:password_change_done")
    reader.refresh_from_db()
    assert reader.check_password("another-long-phrase")


def test_password_change_needs_a_signed_in_reader(client, db):
    response = client.get(reverse("community:password_change"))

    assert response["Location"].startswith(reverse("community:login"))


def test_password_reset_by_email(client, reader):
    response = client.post(reverse("community:password_reset"), {"email": reader.email})
    assert response["Location"] == reverse("community:password_reset_done")

    [email] = mail.outbox
    assert email.subject == "Reset your Premiere password"
    link = re.search(r"https?://testserver(/accounts/password/reset/\S+/)", email.body).group(1)
    form_url = client.get(link)["Location"]  # Django swaps the token for a session value
    response = client.post(
        form_url, {"new_password1": "brand-new-phrase", "new_password2": "brand-new-phrase"}
    )

    assert response["Location"] == reverse("community:password_reset_complete")
    reader.refresh_from_db()
    assert reader.check_password("brand-new-phrase")


def test_a_used_reset_link_says_it_no_longer_works(client, reader):
    response = client.get(reverse("community:password_reset_confirm", args=["MQ", "bad-token"]))

    assert "This link no longer works" in response.content.decode()


# Profiles


def test_profile_shows_name_bio_membership_and_recent_comments(
    client, reader, make_comment, moderator
):
    services.profile_update(
        profile=reader.profile, by=reader, display_name="Ada L.", bio="Film nerd"
    )
    shown = make_comment("Shown comment")
    services.comment_hide(comment=make_comment("Hidden comment"), by=moderator)

    response = client.get(reverse("community:profile", args=["ada"]))

    html = response.content.decode()
    assert "<h1>Ada L.</h1>" in html
    assert "Film nerd" in html
    assert "Member since" in html
    assert f'href="{shown.get_absolute_url()}"' in html
    assert "Shown comment" in html and "Hidden comment" not in html


def test_unknown_profile_is_not_found(client, db):
    assert client.get(reverse("community:profile", args=["nobody"])).status_code == 404


def test_readers_edit_their_own_profile(as_reader, reader):
    url = reverse("community:profile_edit")
    assert 'for="id_display_name"' in as_reader.get(url).content.decode()

    response = as_reader.post(url, {"display_name": "A. Lovelace", "bio": "Engines"})

    assert response["Location"] == reverse("community:profile", args=["ada"])
    reader.profile.refresh_from_db()
    assert (reader.profile.display_name, reader.profile.bio) == ("A. Lovelace", "Engines")


def test_the_profile_page_says_why_a_name_is_refused(client, reader, other_reader):
    client.force_login(other_reader)

    response = client.post(reverse("community:profile_edit"), {"display_name": "ADA-L", "bio": ""})

    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'id="id_display_name_error"' in html
    assert "too close to another member’s name" in html
    other_reader.profile.refresh_from_db()
    assert other_reader.profile.display_name == "Grace H."


def test_profile_edit_needs_a_signed_in_reader(client, db):
    assert client.get(reverse("community:profile_edit")).status_code == 302


# The comments section


def test_anonymous_readers_are_invited_to_sign_in(client, article):
    html = comments_html(client.get(article.get_absolute_url()))

    href = f"{reverse('community:login')}?next={article.get_absolute_url()}%23comments"
    assert f'<a href="{href}">Sign in to comment</a>' in html
    assert "<textarea" not in html


def test_signing_in_to_comment_comes_back_to_the_comments(client, article, make_user):
    """Walked as a reader: after "Sign in to comment" the story opened at its top."""
    make_user("nadia", password="a long passphrase here")
    html = comments_html(client.get(article.get_absolute_url()))
    href = re.search(r'<a href="([^"]+)">Sign in to comment</a>', html).group(1)
    response = client.post(
        href.replace("&amp;", "&"), {"username": "nadia", "password": "a long passphrase here"}
    )
    assert response["Location"] == f"{article.get_absolute_url()}#comments"


def test_signed_in_readers_get_an_accessible_form(as_reader, article, make_comment):
    make_comment()

    html = comments_html(as_reader.get(article.get_absolute_url()))

    assert 'aria-labelledby="comments-heading"' in html and "Comments (1)" in html
    assert re.search(r'<form class="comment-form" method="post"', html)
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<label for="id_body">Your comment</label>' in html
    assert 'name="body"' in html
    assert "Post comment" in html
    assert "<details" in html and "<summary>Reply" in html and "Post reply" in html
    assert 'role="alert"' in html


def test_the_section_obeys_the_content_security_policy(as_reader, article, make_comment):
    make_comment()

    response = as_reader.get(article.get_absolute_url())

    html = comments_html(response)
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/js/comments.js" defer>']
    tags_only = re.sub(r">[^<]*<", "><", html)
    assert "style=" not in tags_only and "<style" not in tags_only
    assert not re.search(r"\son\w+=", tags_only)  # no inline event handlers


def test_a_comment_shows_its_author_time_and_edit_marker(client, article, make_comment, reader):
    comment = make_comment("Hello *there*")
    services.comment_edit(comment=comment, by=reader, body="Hello *you*")

    html = comments_html(client.get(article.get_absolute_url()))

    assert f'href="{reverse("community:profile", args=["ada"])}">Ada L.</a>' in html
    assert '<time datetime="' in html
    assert "<em>you</em>" in html
    assert "(edited)" in html


def test_held_comments_are_labelled_for_their_author_only(
    settings, client, make_user, article, make_comment
):
    settings.PREMIERE_HOLD_FIRST_COMMENTS = 1
    make_comment("Waiting")

    client.force_login(get_user_model().objects.get(username="ada"))
    assert "Awaiting review" in comments_html(client.get(article.get_absolute_url()))
    client.force_login(make_user())
    assert "Waiting" not in comments_html(client.get(article.get_absolute_url()))


def test_buttons_follow_permissions(client, article, make_comment, other_reader, moderator, editor):
    comment = make_comment()
    pk = comment.pk

    def actions_for(user):
        client.force_login(user)
        html = comments_html(client.get(article.get_absolute_url()))
        names = ["edit", "delete", "report", "hide", "feature"]
        return {name for name in names if reverse(f"community:comment_{name}", args=[pk]) in html}

    assert actions_for(comment.author) == {"edit", "delete"}
    assert actions_for(other_reader) == {"report"}
    assert actions_for(moderator) == {"report", "hide", "feature"}
    assert actions_for(editor) == {"report"}  # staff status alone is no moderation right


# Posting


def test_posting_without_javascript_returns_to_the_comment(as_reader, article):
    response = as_reader.post(post_url(article), {"body": "Great *news*"})

    comment = Comment.objects.get()
    assert response["Location"] == comment.get_absolute_url()
    landing = as_reader.get(comment.get_absolute_url())
    assert landing["Location"] == f"{article.get_absolute_url()}#comment-{comment.pk}"
    assert comment.ip_address == "127.0.0.1"
    assert "<em>news</em>" in comments_html(as_reader.get(article.get_absolute_url()))


def test_a_comment_typed_signed_out_waits_in_the_box_after_signing_in(client, reader, article):
    """Modelled on a walk-through: a reader whose sign-in had lapsed pressed Post without
    JavaScript, signed in, and found the box empty."""
    posted = client.post(post_url(article), {"body": "Typed before *signing in*"})
    assert posted["Location"].startswith(reverse("community:login"))
    assert "it is kept for you" in client.get(posted["Location"]).content.decode()
    assert login(client, "ada").status_code == 302
    box = comments_html(client.get(article.get_absolute_url()))
    assert "Typed before *signing in*</textarea>" in box
    assert not Comment.objects.exists()  # kept, not posted unseen
    # Once: a reload after posting it (or leaving it) does not bring it back.
    assert "Typed before" not in comments_html(client.get(article.get_absolute_url()))


def test_posting_with_javascript_returns_the_comment_fragment(as_reader, article):
    response = as_reader.post(post_url(article), {"body": "In place"}, **FETCH)

    comment = Comment.objects.get()
    assert response.status_code == 201
    assert response["X-Comment-Fragment"] == "comment"
    html = response.content.decode()
    assert html.lstrip().startswith(f'<li class="comment" id="comment-{comment.pk}"')
    assert "In place" in html and "<html" not in html


def test_a_reply_posts_into_the_thread(as_reader, article, make_comment, other_reader):
    top = make_comment(by=other_reader)
    reply = make_comment("Reply", by=other_reader, parent=top)

    response = as_reader.post(post_url(article), {"body": "Me too", "parent": reply.pk}, **FETCH)

    assert response.status_code == 201
    assert Comment.objects.latest("pk").parent_id == top.pk
    assert 'class="comment comment-reply"' in response.content.decode()


def test_a_refused_comment_shows_why_without_javascript(settings, as_reader, article):
    settings.PREMIERE_BANNED_WORDS = ["dingbat"]

    response = as_reader.post(post_url(article), {"body": "You dingbat"})

    html = response.content.decode()
    assert response.status_code == 400
    assert 'role="alert"' in html and "“dingbat”" in html
    assert "You dingbat</textarea>" in html
    assert not Comment.objects.exists()


@pytest.mark.parametrize(("body", "message"), [("", "Write something"), ("dingbat", "dingbat")])
def test_a_refused_comment_returns_an_error_fragment(settings, as_reader, article, body, message):
    settings.PREMIERE_BANNED_WORDS = ["dingbat"]

    response = as_reader.post(post_url(article), {"body": body}, **FETCH)

    assert response.status_code == 400
    assert response["X-Comment-Fragment"] == "error"
    assert message in response.content.decode()


def test_posting_too_fast_keeps_the_comment_in_its_box(settings, as_reader, article):
    settings.PREMIERE_COMMENT_RATE_USER = "1/60"
    as_reader.post(post_url(article), {"body": "One"})

    response = as_reader.post(post_url(article), {"body": "Two, typed with care"})

    assert response.status_code == 429
    assert response["Retry-After"]
    html = response.content.decode()
    assert "You are posting too often. Try again in" in html
    assert "Two, typed with care</textarea>" in html
    assert Comment.objects.count() == 1


def test_posting_too_fast_with_javascript_says_so_in_place(settings, as_reader, article):
    settings.PREMIERE_COMMENT_RATE_IP = "1/60"
    as_reader.post(post_url(article), {"body": "One"}, **FETCH)

    response = as_reader.post(post_url(article), {"body": "Two"}, **FETCH)

    assert response.status_code == 429
    assert "You are posting too often. Try again in" in response.content.decode()
    assert response["Retry-After"]


def test_anonymous_posts_go_to_sign_in(client, article):
    response = client.post(post_url(article), {"body": "Hi"})
    assert response["Location"].startswith(reverse("community:login"))

    response = client.post(post_url(article), {"body": "Hi"}, **FETCH)
    assert response.status_code == 403
    assert "Sign in to post your comment: it is kept for you." in response.content.decode()
    assert f'<a href="{reverse("community:login")}?next=' in response.content.decode()
    assert not Comment.objects.exists()


def test_no_comments_on_unpublished_stories(as_reader, make_article):
    draft = make_article(publish=False, slug="draft")

    assert as_reader.post(post_url(draft), {"body": "Hi"}).status_code == 404


def test_posting_needs_post(as_reader, article):
    assert as_reader.get(post_url(article)).status_code == 405


# Editing, deleting, reporting


def test_the_author_edits_a_comment(as_reader, make_comment):
    comment = make_comment("Frist")
    url = reverse("community:comment_edit", args=[comment.pk])
    assert "Frist</textarea>" in as_reader.get(url).content.decode()

    response = as_reader.post(url, {"body": "First"})

    assert response["Location"] == comment.get_absolute_url()
    assert Comment.objects.get().body == "First"


def test_editing_after_the_window_is_forbidden(settings, as_reader, make_comment):
    settings.PREMIERE_COMMENT_EDIT_MINUTES = 10
    comment = make_comment("Frist")
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(minutes=11))
    url = reverse("community:comment_edit", args=[comment.pk])

    assert as_reader.get(url).status_code == 403
    late = as_reader.post(url, {"body": "First, and a second thought"})
    assert late.status_code == 403
    assert Comment.objects.get().body == "Frist"
    # Said where the reader is, what they typed still there to copy.
    html = late.content.decode()
    assert "The minutes to edit this comment are over" in html
    assert "First, and a second thought</textarea>" in html


@pytest.mark.parametrize("action", ["edit", "delete"])
def test_readers_cannot_change_anothers_comment(client, make_comment, other_reader, action):
    comment = make_comment("Mine")
    client.force_login(other_reader)
    url = reverse(f"community:comment_{action}", args=[comment.pk])

    assert client.get(url).status_code == 403
    assert client.post(url, {"body": "Yours"}).status_code == 403
    assert Comment.objects.get().status == Status.VISIBLE
    assert Comment.objects.get().body == "Mine"


def test_the_author_deletes_a_comment(as_reader, make_comment, article):
    comment = make_comment()
    url = reverse("community:comment_delete", args=[comment.pk])
    assert "Delete comment" in as_reader.get(url).content.decode()

    response = as_reader.post(url)

    assert response["Location"] == f"{article.get_absolute_url()}#comments"
    assert Comment.objects.get().status == Status.DELETED


def test_another_reader_reports_a_comment(client, make_comment, other_reader):
    comment = make_comment()
    client.force_login(other_reader)
    url = reverse("community:comment_report", args=[comment.pk])
    assert "<legend>What is wrong with this comment?</legend>" in client.get(url).content.decode()

    response = client.post(url, {"reason": "spam", "note": "Selling pills"})

    assert response["Location"] == comment.get_absolute_url()
    report = CommentReport.objects.get()
    assert (report.reporter, report.reason, report.note) == (other_reader, "spam", "Selling pills")


def test_a_report_needs_a_reason(client, make_comment, other_reader):
    client.force_login(other_reader)

    response = client.post(reverse("community:comment_report", args=[make_comment().pk]), {})

    assert response.status_code == 400
    assert not CommentReport.objects.exists()


def test_authors_cannot_report_themselves(as_reader, make_comment):
    url = reverse("community:comment_report", args=[make_comment().pk])

    assert as_reader.post(url, {"reason": "spam"}).status_code == 403


# Moderation


@pytest.mark.parametrize("action", ["hide", "restore"])
def test_only_moderators_hide_and_restore(client, make_comment, other_reader, editor, action):
    comment = make_comment()
    url = reverse(f"community:comment_{action}", args=[comment.pk])

    for user in (comment.author, other_reader, editor):
        client.force_login(user)
        assert client.post(url).status_code == 403
    assert Comment.objects.get().status == Status.VISIBLE


def test_a_moderator_hides_and_restores(client, make_comment, moderator, article):
    comment = make_comment("Rude")
    client.force_login(moderator)

    response = client.post(reverse("community:comment_hide", args=[comment.pk]))
    assert response["Location"] == comment.get_absolute_url()
    assert Comment.objects.get().status == Status.HIDDEN
    assert "Rude" in comments_html(client.get(article.get_absolute_url()))
    client.logout()
    assert "Rude" not in comments_html(client.get(article.get_absolute_url()))

    client.force_login(moderator)
    client.post(reverse("community:comment_restore", args=[comment.pk]))
    assert Comment.objects.get().status == Status.VISIBLE


def test_only_moderators_feature(client, make_comment, other_reader, moderator, editor):
    comment = make_comment()
    url = reverse("community:comment_feature", args=[comment.pk])

    for user in (comment.author, other_reader, editor):
        client.force_login(user)
        response = client.post(url, {"featured": "1"})
        assert response.status_code == 403
        assert "Only moderators can feature comments." in response.content.decode()
    assert not Comment.objects.get().is_featured

    client.force_login(moderator)
    client.post(url, {"featured": "1"})
    assert Comment.objects.get().is_featured
    client.post(url, {"featured": "0"})
    assert not Comment.objects.get().is_featured


def test_moderation_needs_post(client, make_comment, moderator):
    client.force_login(moderator)

    url = reverse("community:comment_hide", args=[make_comment().pk])

    assert client.get(url).status_code == 405


@pytest.mark.parametrize(
    ("name", "heading", "signed_in"),
    [
        ("login", "Sign in", False),
        ("signup", "Create an account", False),
        ("password_reset", "Reset your password", False),
        ("password_reset_done", "Check your email", False),
        ("password_reset_complete", "Password set", False),
        ("password_change", "Change your password", True),
        ("password_change_done", "Password changed", True),
    ],
)
def test_account_pages_render_with_their_heading(client, reader, name, heading, signed_in):
    if signed_in:
        client.force_login(reader)

    response = client.get(reverse(f"community:{name}"))

    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.content.decode()


def test_password_reset_requests_are_rate_limited_per_ip(client, reader, settings, mailoutbox):
    settings.PREMIERE_PASSWORD_RESET_RATE_IP = "2/3600"
    url = reverse("community:password_reset")
    for _ in range(2):
        assert client.post(url, {"email": reader.email}).status_code == 302
    refused = client.post(url, {"email": reader.email})
    assert refused.status_code == 429
    assert "Try again in" in refused.content.decode()
    assert len(mailoutbox) == 2


def test_comment_pages_of_a_pulled_story_are_not_found(client, make_user, make_article, editor):
    from premiere.newsroom import services as newsroom

    article = make_article(headline="Soon to be pulled")
    comment = services.comment_post(article=article, author=make_user(), body="First!")
    newsroom.article_unpublish(article=article, by=editor)
    client.force_login(make_user())
    response = client.get(reverse("community:comment_report", args=[comment.pk]))
    assert response.status_code == 404
    assert "Soon to be pulled" not in response.content.decode()


# A reader's data is theirs

EXPORT, DELETE = reverse_lazy("community:account_export"), reverse_lazy("community:account_delete")


def test_the_profile_page_offers_the_download_and_the_deletion(as_reader):
    html = as_reader.get(reverse("community:profile_edit")).content.decode()

    section = html[html.index('<h2 id="your-data">') :]
    assert re.search(rf'<form method="post" action="{EXPORT}">\s*<input type="hidden"', section)
    assert 'name="csrfmiddlewaretoken"' in section
    assert "Download my data</button>" in section
    assert f'<a href="{DELETE}">Delete your account</a>' in section


def test_a_reader_downloads_their_data_as_a_file(as_reader, make_comment, article):
    comment = make_comment("Worth the wait")

    response = as_reader.post(EXPORT)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="premiere-data-ada-{today}.json"'
    )
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "ada@example.test"
    assert [c["text"] for c in data["comments"]] == ["Worth the wait"]
    assert data["comments"][0]["url"] == f"http://testserver{comment.get_absolute_url()}"
    assert PrivacyLogEntry.objects.get().username == "ada"


def test_the_download_is_only_for_the_signed_in_reader(client, reader):
    response = client.post(EXPORT)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("community:login"))
    assert not PrivacyLogEntry.objects.exists()


def test_opening_the_download_address_leads_back_to_the_profile_page(as_reader):
    response = as_reader.get(EXPORT)

    assert response["Location"] == reverse("community:profile_edit") + "#your-data"
    assert not PrivacyLogEntry.objects.exists()


def test_downloading_again_and_again_shows_the_429_page(as_reader):
    for _ in range(5):
        assert as_reader.post(EXPORT).status_code == 200

    refused = as_reader.post(EXPORT)

    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Try again in" in refused.content.decode()


def test_the_download_and_the_deletion_need_the_csrf_token(reader):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reader)

    assert client.post(EXPORT).status_code == 403
    deletion = {"comments": "remove", "password": PASSWORD}
    assert client.post(DELETE, deletion).status_code == 403

    assert not PrivacyLogEntry.objects.exists()
    assert get_user_model().objects.filter(pk=reader.pk).exists()


def test_the_deletion_page_asks_for_the_password_and_a_choice(as_reader):
    html = as_reader.get(DELETE).content.decode()

    assert "<h1>Delete your account</h1>" in html
    assert "<legend>What happens to your comments?</legend>" in html
    assert html.count('type="radio" name="comments"') == 2
    assert "Remove my comments." in html and "Deleted member" in html
    assert '<label for="id_password">Your password:</label>' in html
    assert 'autocomplete="current-password"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def delete_account(client, comments, password=PASSWORD):
    return client.post(DELETE, {"comments": comments, "password": password}, follow=True)


def test_a_reader_deletes_their_account_and_their_comments(
    as_reader, make_comment, other_reader, article
):
    mine = make_comment("Mine, to go")
    make_comment("Grace stays", by=other_reader, parent=mine)

    response = delete_account(as_reader, "remove")

    assert response.redirect_chain == [(reverse("newsroom:home"), 302)]
    assert "Your account is deleted." in response.content.decode()
    assert not get_user_model().objects.filter(username="ada").exists()
    assert as_reader.get(reverse("community:profile_edit")).status_code == 302  # signed out
    html = comments_html(as_reader.get(article.get_absolute_url()))
    assert "Mine, to go" not in html
    assert "This comment was removed." in html and "Grace stays" in html


def test_a_reader_deletes_their_account_and_keeps_their_comments_anonymous(
    as_reader, make_comment, other_reader, article
):
    mine = make_comment("Mine, to stay")
    make_comment("Grace answers", by=other_reader, parent=mine)

    delete_account(as_reader, "anonymize")

    html = comments_html(as_reader.get(article.get_absolute_url()))
    assert re.search(r'<span class="comment-author[^"]*"[^>]*>Deleted member</span>', html)
    assert "Mine, to stay" in html and "Grace answers" in html
    assert reverse("community:profile", args=["ada"]) not in html
    assert "Ada L." not in html
    assert as_reader.get(reverse("community:profile", args=["ada"])).status_code == 404


def test_a_wrong_password_is_a_form_error_and_changes_nothing(as_reader, make_comment, reader):
    make_comment("Still here")

    response = delete_account(as_reader, "remove", password="not my password")

    assert response.status_code == 400
    assert "That is not your password." in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    assert get_user_model().objects.filter(pk=reader.pk).exists()
    assert Comment.objects.get().body == "Still here"
    assert as_reader.get(reverse("community:profile_edit")).status_code == 200  # signed in
    assert not PrivacyLogEntry.objects.exists()


def test_the_deletion_needs_a_choice_for_the_comments(as_reader, reader):
    response = as_reader.post(DELETE, {"password": PASSWORD})

    assert response.status_code == 400
    assert "Choose what happens to your comments." in response.content.decode()
    assert get_user_model().objects.filter(pk=reader.pk).exists()


def test_repeated_wrong_passwords_lock_the_deletion(settings, as_reader, reader):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        delete_account(as_reader, "remove", password="guess")

    response = delete_account(as_reader, "remove")

    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert get_user_model().objects.filter(pk=reader.pk).exists()


def test_staff_are_told_to_ask_an_administrator(client, editor):
    client.force_login(editor)

    page = client.get(DELETE)
    posted = delete_account(client, "remove")

    for response in (page, posted):
        assert response.status_code == 403
        html = response.content.decode()
        assert "an administrator must remove your staff status first" in html
        assert 'name="password"' not in html
    assert get_user_model().objects.filter(pk=editor.pk).exists()


def test_the_deletion_page_is_for_signed_in_readers(client, db):
    assert client.get(DELETE)["Location"].startswith(reverse("community:login"))


# Pages of comments


def test_a_story_with_many_threads_shows_them_a_page_at_a_time(
    client, article, make_comment, settings
):
    from premiere.community import selectors

    settings.PREMIERE_COMMENT_RATE_USER = "1000/60"  # one reader writes every thread here
    threads = [
        make_comment(body=f"Thread number {n}.") for n in range(selectors.THREADS_PER_PAGE + 2)
    ]
    reply = make_comment(body="A reply on the last thread.", parent=threads[-1])
    first = comments_html(client.get(article.get_absolute_url()))
    assert "Thread number 0." in first and f"Thread number {len(threads) - 1}." not in first
    assert "Page 1 of 2" in first and "?comments=2#comments" in first
    second = comments_html(client.get(article.get_absolute_url() + "?comments=2"))
    assert "Thread number 0." not in second
    assert (
        f"Thread number {len(threads) - 1}." in second and "A reply on the last thread." in second
    )
    assert f'href="{article.get_absolute_url()}#comments" rel="prev"' in second
    # A link to a comment, a reply included, lands on the page that shows it.
    assert client.get(reply.get_absolute_url())["Location"] == (
        f"{article.get_absolute_url()}?comments=2#comment-{reply.pk}"
    )
    assert client.get(threads[0].get_absolute_url())["Location"] == (
        f"{article.get_absolute_url()}#comment-{threads[0].pk}"
    )


def test_a_hidden_comments_link_is_not_found_by_readers(client, article, make_comment, moderator):
    from premiere.community import services

    comment = make_comment(body="Rude words.")
    services.comment_hide(comment=comment, by=moderator)
    assert client.get(comment.get_absolute_url()).status_code == 404


def test_a_comment_links_to_its_authors_page_whatever_letters_their_name_uses(
    client, article, make_comment, make_user, settings
):
    settings.TIME_ZONE = "Europe/Paris"
    author = make_user("zoë.b+1@x")
    comment = make_comment("Bonjour.", by=author)
    Comment.objects.filter(pk=comment.pk).update(
        created_at=datetime(2026, 3, 9, 23, 30, tzinfo=UTC)
    )

    html = comments_html(client.get(article.get_absolute_url()))

    link = html.split('class="comment-author"', 1)[1].split('href="', 1)[1].split('"', 1)[0]
    assert client.get(link).status_code == 200
    assert link == "/members/zo%C3%AB.b+1@x/"
    # The time is the site's (Paris, an hour ahead of UTC in March before the change).
    assert '<time datetime="2026-03-10T00:30:00+01:00">10 Mar 2026, 00:30</time>' in html


# Long threads


@pytest.fixture
def long_thread(make_comment, make_user, settings, monkeypatch):
    """A thread of six replies, where the story's page shows three and a thread's own page
    shows four a page (REPLIES_SHOWN and REPLIES_PER_PAGE made small)."""
    from premiere.community import selectors

    monkeypatch.setattr(selectors, "REPLIES_SHOWN", 3)
    monkeypatch.setattr(selectors, "REPLIES_PER_PAGE", 4)
    settings.PREMIERE_COMMENT_RATE_USER = "1000/60"
    top = make_comment("The top of the thread.")
    replies = [make_comment(f"Reply number {n}.", by=make_user(), parent=top) for n in range(6)]
    return top, replies


def test_a_long_thread_shows_its_first_replies_and_links_to_all_of_them(
    client, article, long_thread
):
    top, replies = long_thread

    story = comments_html(client.get(article.get_absolute_url()))

    assert "Reply number 2." in story and "Reply number 3." not in story
    link = re.search(r'class="comment-more-replies"><a href="([^"]+)">See all 6 replies', story)
    assert link and link[1] == f"/comments/{top.pk}/replies/"
    first = client.get(link[1]).content.decode()
    assert "Replies to Ada L." in first and "The top of the thread." in first
    assert "Reply number 3." in first and "Reply number 4." not in first
    assert "Page 1 of 2" in first
    second = client.get(link[1] + "?page=2").content.decode()
    assert "Reply number 5." in second and "Reply number 0." not in second
    # A link to a reply leads to wherever it shows: the story's page or the thread's own.
    assert client.get(replies[5].get_absolute_url())["Location"] == (
        f"/comments/{top.pk}/replies/?page=2#comment-{replies[5].pk}"
    )
    assert client.get(replies[3].get_absolute_url())["Location"] == (
        f"/comments/{top.pk}/replies/#comment-{replies[3].pk}"
    )
    assert client.get(replies[1].get_absolute_url())["Location"] == (
        f"{article.get_absolute_url()}#comment-{replies[1].pk}"
    )


def test_a_thread_page_is_only_for_a_top_comment_readers_may_see(
    client, article, long_thread, reader
):
    top, replies = long_thread

    assert client.get(f"/comments/{replies[0].pk}/replies/").status_code == 404
    services.comment_delete(comment=top, by=reader)
    page = client.get(f"/comments/{top.pk}/replies/").content.decode()
    assert "Replies to a removed comment" in page and "This comment was removed." in page
    assert "Reply number 0." in page and "The top of the thread." not in page
    assert "See all 6 replies" in comments_html(client.get(article.get_absolute_url()))
    for reply in replies:
        services.comment_delete(comment=reply, by=reply.author)
    assert client.get(f"/comments/{top.pk}/replies/").status_code == 404
