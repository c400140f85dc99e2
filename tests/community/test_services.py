import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from premiere.community import services
from premiere.community.exceptions import (
    AccountHasStories,
    CannotReportOwnComment,
    CommentingClosed,
    EditWindowClosed,
    NotAModerator,
    NotYourComment,
    StaffAccountKept,
)
from premiere.community.models import (
    Comment,
    CommentReport,
    PrivacyLogEntry,
    Profile,
    name_check,
)
from premiere.community.names import name_key
from premiere.community.tokens import ActivationTokenGenerator, activation_tokens
from premiere.core.ratelimit import RateLimited

Status = Comment.Status


def age(comment, minutes):
    """Move a comment's creation `minutes` into the past, as if posted then."""
    comment.created_at = timezone.now() - timedelta(minutes=minutes)
    Comment.objects.filter(pk=comment.pk).update(created_at=comment.created_at)
    return comment


# Posting


def test_a_comment_is_stored_as_written_and_rendered_safely(make_comment):
    body = "Loved it <script>alert(1)</script> [site](javascript:alert(1))"

    comment = make_comment(body, ip="198.51.100.7")

    assert comment.status == Status.VISIBLE
    assert comment.body == body
    assert "<script" not in comment.body_html
    assert "href" not in comment.body_html
    assert comment.ip_address == "198.51.100.7"


def test_an_address_that_is_not_an_ip_is_not_stored(make_comment):
    assert make_comment(ip="unknown").ip_address is None


@pytest.mark.parametrize("state", ["draft", "scheduled"])
def test_commenting_is_closed_until_the_story_is_live(state, make_article, reader):
    at = timezone.now() + timedelta(days=1) if state == "scheduled" else None
    article = make_article(publish=state == "scheduled", at=at, slug=f"not-yet-{state}")

    with pytest.raises(CommentingClosed) as closed:
        services.comment_post(article=article, author=reader, body="First!")
    assert isinstance(closed.value, PermissionDenied)
    assert not Comment.objects.exists()


@pytest.mark.parametrize("body", ["", "   \n  ", "x" * 5001])
def test_empty_or_overlong_comments_are_refused(make_comment, body):
    with pytest.raises(ValidationError):
        make_comment(body)


def test_banned_words_refuse_a_comment_with_a_clear_message(settings, make_comment):
    settings.PREMIERE_BANNED_WORDS = ["dingbat", "total fraud"]

    with pytest.raises(ValidationError) as refused:
        make_comment("What a DINGBAT.")

    message = refused.value.messages[0]
    assert "“dingbat”" in message and "reword" in message
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("body", "refused"),
    [
        ("The director is a total fraud", True),
        ("The director is a total\n  FRAUD!", True),
        ("Totally fraudulent accounting", False),
        ("A dingbatty idea", False),
    ],
)
def test_banned_words_match_whole_words_and_phrases(settings, make_comment, body, refused):
    settings.PREMIERE_BANNED_WORDS = ["dingbat", "total fraud"]

    if refused:
        with pytest.raises(ValidationError):
            make_comment(body)
    else:
        assert make_comment(body).status == Status.VISIBLE


def test_suspect_words_hold_a_comment_for_review(settings, make_comment):
    settings.PREMIERE_SUSPECT_WORDS = ["casino", "free money"]

    assert make_comment("Visit my Casino tonight").status == Status.HELD
    assert make_comment("Free   money for all").status == Status.HELD
    assert make_comment("Casinos are a plot device").status == Status.VISIBLE


def test_a_new_accounts_first_comments_are_held(settings, make_comment, moderator):
    settings.PREMIERE_HOLD_FIRST_COMMENTS = 2

    first, second = make_comment("One"), make_comment("Two")
    assert (first.status, second.status) == (Status.HELD, Status.HELD)
    services.comment_restore(comment=first, by=moderator)
    assert make_comment("Three").status == Status.HELD
    services.comment_restore(comment=second, by=moderator)

    assert make_comment("Four").status == Status.VISIBLE


def test_holding_first_comments_is_off_at_zero(settings, make_comment):
    settings.PREMIERE_HOLD_FIRST_COMMENTS = 0

    assert make_comment().status == Status.VISIBLE


def test_staff_comments_are_not_held_as_first_comments(settings, make_comment, editor):
    settings.PREMIERE_HOLD_FIRST_COMMENTS = 3

    assert make_comment(by=editor).status == Status.VISIBLE


# Threads


def test_a_reply_hangs_under_its_comment(make_comment, other_reader):
    top = make_comment("Top")

    reply = make_comment("Reply", by=other_reader, parent=top)

    assert reply.parent_id == top.pk


def test_a_reply_to_a_reply_joins_the_top_level_thread(make_comment, other_reader, reader):
    top = make_comment("Top")
    reply = make_comment("Reply", by=other_reader, parent=top)

    answer = make_comment("Reply to the reply", by=reader, parent=reply)

    assert answer.parent_id == top.pk


def test_a_reply_must_belong_to_the_same_story(make_article, make_comment):
    elsewhere = make_comment(on=make_article(slug="another-story"))

    with pytest.raises(ValidationError):
        make_comment("Wrong thread", parent=elsewhere)


@pytest.mark.parametrize("status", [Status.HELD, Status.HIDDEN, Status.DELETED])
def test_no_replies_to_comments_readers_cannot_see(make_comment, other_reader, status):
    top = make_comment()
    Comment.objects.filter(pk=top.pk).update(status=status)
    top.refresh_from_db()

    with pytest.raises(ValidationError):
        make_comment("Hello?", by=other_reader, parent=top)


# Rate limits


def test_a_reader_posting_too_fast_is_stopped(settings, make_comment):
    settings.PREMIERE_COMMENT_RATE_USER = "2/60"
    make_comment("One")
    make_comment("Two")

    with pytest.raises(RateLimited):
        make_comment("Three")
    assert Comment.objects.count() == 2


def test_one_address_posting_too_fast_is_stopped_across_accounts(settings, make_comment, make_user):
    settings.PREMIERE_COMMENT_RATE_IP = "2/60"
    make_comment(by=make_user(), ip="192.0.2.1")
    make_comment(by=make_user(), ip="192.0.2.1")

    with pytest.raises(RateLimited):
        make_comment(by=make_user(), ip="192.0.2.1")
    assert make_comment(by=make_user(), ip="192.0.2.2")


def test_a_refused_comment_does_not_count_against_the_limit(settings, make_comment):
    settings.PREMIERE_COMMENT_RATE_USER = "1/60"
    settings.PREMIERE_BANNED_WORDS = ["dingbat"]
    with pytest.raises(ValidationError):
        make_comment("dingbat")

    assert make_comment("Reworded").status == Status.VISIBLE


# Editing and deleting


def test_the_author_edits_within_the_window(make_comment, reader):
    comment = age(make_comment("Frist"), minutes=9)

    services.comment_edit(comment=comment, by=reader, body="First, *rather*")

    comment.refresh_from_db()
    assert comment.body == "First, *rather*"
    assert "<em>rather</em>" in comment.body_html
    assert comment.edited_at is not None


def test_editing_closes_after_the_window(settings, make_comment, reader):
    settings.PREMIERE_COMMENT_EDIT_MINUTES = 10
    comment = age(make_comment("Frist"), minutes=11)

    with pytest.raises(EditWindowClosed):
        services.comment_edit(comment=comment, by=reader, body="First")
    comment.refresh_from_db()
    assert comment.body == "Frist"


def test_nobody_edits_another_readers_comment(make_comment, other_reader, moderator):
    comment = make_comment("Mine")

    for intruder in (other_reader, moderator):
        with pytest.raises(NotYourComment):
            services.comment_edit(comment=comment, by=intruder, body="Yours now")


def test_saving_the_same_text_is_not_an_edit(make_comment, reader):
    comment = make_comment("Same")

    services.comment_edit(comment=comment, by=reader, body="Same")

    assert comment.edited_at is None


def test_an_edit_obeys_the_word_lists(settings, make_comment, reader):
    settings.PREMIERE_BANNED_WORDS = ["dingbat"]
    settings.PREMIERE_SUSPECT_WORDS = ["casino"]
    comment = make_comment("Nice")

    with pytest.raises(ValidationError):
        services.comment_edit(comment=comment, by=reader, body="dingbat")
    services.comment_edit(comment=comment, by=reader, body="Nice casino")

    comment.refresh_from_db()
    assert comment.status == Status.HELD


def test_the_author_deletes_their_comment(make_comment, reader):
    comment = make_comment()
    comment.is_featured = True

    services.comment_delete(comment=comment, by=reader)

    comment.refresh_from_db()
    assert (comment.status, comment.is_featured) == (Status.DELETED, False)


def test_nobody_deletes_another_readers_comment(make_comment, other_reader, moderator):
    comment = make_comment()

    for intruder in (other_reader, moderator):
        with pytest.raises(NotYourComment):
            services.comment_delete(comment=comment, by=intruder)
    comment.refresh_from_db()
    assert comment.status == Status.VISIBLE


# Reports


def test_a_reader_reports_someone_elses_comment_once(make_comment, other_reader):
    comment = make_comment()

    first = services.comment_report(comment=comment, by=other_reader, reason="spam", note=" ad ")
    again = services.comment_report(comment=comment, by=other_reader, reason="abuse")

    assert first.pk == again.pk
    assert (first.reason, first.note, first.resolved) == ("spam", "ad", False)
    assert CommentReport.objects.count() == 1


def test_nobody_reports_their_own_comment(make_comment, reader):
    with pytest.raises(CannotReportOwnComment):
        services.comment_report(comment=make_comment(), by=reader, reason="spam")


def test_a_report_needs_a_known_reason(make_comment, other_reader):
    with pytest.raises(ValidationError):
        services.comment_report(comment=make_comment(), by=other_reader, reason="boring")


# Moderation


def test_moderators_hide_and_restore_and_that_closes_reports(make_comment, other_reader, moderator):
    comment = make_comment()
    services.comment_report(comment=comment, by=other_reader, reason="abuse")

    services.comment_hide(comment=comment, by=moderator)
    assert Comment.objects.get(pk=comment.pk).status == Status.HIDDEN
    assert not comment.reports.filter(resolved=False).exists()

    services.comment_restore(comment=comment, by=moderator)
    assert Comment.objects.get(pk=comment.pk).status == Status.VISIBLE


def test_restore_approves_a_held_comment(settings, make_comment, moderator):
    settings.PREMIERE_SUSPECT_WORDS = ["casino"]
    comment = make_comment("casino")

    services.comment_restore(comment=comment, by=moderator)

    assert Comment.objects.get(pk=comment.pk).status == Status.VISIBLE


@pytest.mark.parametrize("who", ["reader", "other_reader", "editor"])
def test_only_moderators_hide_or_restore(request, make_comment, who):
    comment = make_comment()
    user = request.getfixturevalue(who)

    with pytest.raises(NotAModerator):
        services.comment_hide(comment=comment, by=user)
    with pytest.raises(NotAModerator):
        services.comment_restore(comment=comment, by=user)
    assert Comment.objects.get(pk=comment.pk).status == Status.VISIBLE


def test_a_deleted_comment_stays_deleted(make_comment, reader, moderator):
    comment = make_comment()
    services.comment_delete(comment=comment, by=reader)

    with pytest.raises(ValidationError):
        services.comment_restore(comment=comment, by=moderator)


def test_moderators_feature_and_unfeature(make_comment, moderator):
    comment = make_comment()

    services.comment_feature(comment=comment, by=moderator)
    assert Comment.objects.get(pk=comment.pk).is_featured
    services.comment_feature(comment=comment, by=moderator, featured=False)
    assert not Comment.objects.get(pk=comment.pk).is_featured


@pytest.mark.parametrize("who", ["reader", "other_reader", "editor"])
def test_only_moderators_feature(request, make_comment, who):
    comment = make_comment()

    with pytest.raises(NotAModerator):
        services.comment_feature(comment=comment, by=request.getfixturevalue(who))
    assert not Comment.objects.get(pk=comment.pk).is_featured


def test_staff_status_alone_does_not_unfeature_either(make_comment, moderator, editor):
    comment = make_comment()
    services.comment_feature(comment=comment, by=moderator)

    with pytest.raises(NotAModerator):
        services.comment_feature(comment=comment, by=editor, featured=False)
    assert Comment.objects.get(pk=comment.pk).is_featured


def test_a_held_comment_cannot_be_featured(settings, make_comment, moderator):
    settings.PREMIERE_SUSPECT_WORDS = ["casino"]

    with pytest.raises(ValidationError):
        services.comment_feature(comment=make_comment("casino"), by=moderator)


# Accounts


def signup(**given):
    data = {
        "username": "newbie",
        "email": "n@example.test",
        "password": "a-long-pass-phrase",
        "display_name": "  New Bie ",
        "site_url": "https://premiere.example",
    }
    services.account_signup(**(data | given))


ACTIVATION = re.compile(r"https://premiere\.example/accounts/activate/\S+/")


def test_a_signup_makes_an_account_that_waits_for_its_link(db, mailoutbox):
    signup()

    user = get_user_model().objects.get(username="newbie")
    assert user.check_password("a-long-pass-phrase")
    assert not user.is_active and user.profile.awaiting_activation
    assert user.profile.display_name == "New Bie"
    [email] = mailoutbox
    assert email.to == ["n@example.test"] and ACTIVATION.search(email.body)


def test_a_signup_for_a_registered_address_makes_nothing_and_tells_its_owner(reader, mailoutbox):
    signup(username="copycat", email="ADA@example.test")

    assert not get_user_model().objects.filter(username="copycat").exists()
    [email] = mailoutbox
    assert email.to == ["ada@example.test"]
    assert "https://premiere.example/accounts/password/reset/" in email.body
    assert not ACTIVATION.search(email.body)


def test_a_second_signup_sends_a_fresh_link_for_the_account_waiting(db, mailoutbox):
    signup()

    signup(username="again", display_name="")

    assert not get_user_model().objects.filter(username="again").exists()
    first, second = mailoutbox
    assert second.to == ["n@example.test"]
    assert ACTIVATION.search(second.body)


def test_a_signup_whose_link_expired_no_longer_holds_the_address(settings, db):
    signup()
    long_ago = timezone.now() - timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT + 60)
    get_user_model().objects.filter(username="newbie").update(date_joined=long_ago)

    signup(username="second", display_name="")

    owners = get_user_model().objects.filter(email="n@example.test")
    assert list(owners.values_list("username", flat=True)) == ["second"]


def test_a_deactivated_member_keeps_their_account_and_address(reader, mailoutbox):
    get_user_model().objects.filter(pk=reader.pk).update(
        is_active=False, date_joined=timezone.now() - timedelta(days=400)
    )

    signup(username="second", email=reader.email)

    assert list(get_user_model().objects.values_list("username", flat=True)) == ["ada"]
    assert mailoutbox[0].to == [reader.email]


def test_signups_count_alike_against_the_limit_whatever_the_address(settings, reader, mailoutbox):
    settings.PREMIERE_SIGNUP_RATE_IP = "2/3600"
    signup(email=reader.email, ip="192.0.2.1")
    signup(ip="192.0.2.1")

    with pytest.raises(RateLimited):
        signup(username="third", email="t@example.test", display_name="", ip="192.0.2.1")
    assert not get_user_model().objects.filter(username="third").exists()
    assert len(mailoutbox) == 2


def test_a_new_account_cannot_copy_a_members_name(reader, editor, mailoutbox):
    with pytest.raises(ValidationError) as caught:
        signup(username="Ada_L", email="x@example.test", display_name="Desk-Editor")

    assert TOO_CLOSE in " ".join(caught.value.message_dict["username"])
    assert TOO_CLOSE in " ".join(caught.value.message_dict["display_name"])
    assert not get_user_model().objects.filter(email="x@example.test").exists()
    assert not mailoutbox


def pending_user():
    signup()
    return get_user_model().objects.get(username="newbie")


def test_activation_works_once(db):
    user = pending_user()
    token = activation_tokens.make_token(user)

    services.account_activate(user=user, token=token)

    user.refresh_from_db()
    assert user.is_active and not user.profile.awaiting_activation
    with pytest.raises(ValidationError):
        services.account_activate(user=user, token=token)


class TokensMadeEarlier(ActivationTokenGenerator):
    def __init__(self, seconds_ago: int):
        super().__init__()
        self.seconds_ago = seconds_ago

    def _now(self):
        return super()._now() - timedelta(seconds=self.seconds_ago)


def test_an_activation_link_expires_like_a_password_reset_link(settings, db):
    user = pending_user()
    timeout = settings.PASSWORD_RESET_TIMEOUT

    with pytest.raises(ValidationError):
        services.account_activate(user=user, token=TokensMadeEarlier(timeout + 5).make_token(user))
    services.account_activate(user=user, token=TokensMadeEarlier(timeout - 60).make_token(user))
    assert get_user_model().objects.get(pk=user.pk).is_active


def test_a_password_reset_token_does_not_activate_and_an_activation_token_resets_nothing(db):
    user = pending_user()

    with pytest.raises(ValidationError):
        services.account_activate(user=user, token=default_token_generator.make_token(user))
    assert not default_token_generator.check_token(user, activation_tokens.make_token(user))


def test_an_active_account_cannot_be_activated_again(reader):
    with pytest.raises(ValidationError):
        services.account_activate(user=reader, token=activation_tokens.make_token(reader))


def test_readers_update_only_their_own_profile(reader, other_reader):
    services.profile_update(profile=reader.profile, by=reader, display_name="Ada", bio="Hi")
    assert (reader.profile.display_name, reader.profile.bio) == ("Ada", "Hi")

    with pytest.raises(PermissionDenied):
        services.profile_update(profile=reader.profile, by=other_reader, display_name="X", bio="")


# Names that pass for someone else's

TOO_CLOSE = "too close to another member’s name"
IMPERSONATIONS = [
    ("Ada L.", TOO_CLOSE),  # a copy
    ("ADA l", TOO_CLOSE),  # case
    ("Àdá L.", TOO_CLOSE),  # accents
    ("A.D.A-L", TOO_CLOSE),  # punctuation and spacing
    ("Ada", TOO_CLOSE),  # another member's username
    ("desk editor!", TOO_CLOSE),  # staff are protected the same way
    ("Editor", TOO_CLOSE),
    ("Аda L.", "look alike"),  # a Cyrillic А
    ("Ada\u202eL.", "invisible"),  # a right-to-left override
    ("Ada\u200b L.", "invisible"),  # a zero-width space
    ("Ada  L.", "single ordinary spaces"),
    ("Deleted member", "the site uses"),
]


@pytest.mark.parametrize(("name", "message"), IMPERSONATIONS)
def test_a_display_name_that_passes_for_someone_else_is_refused(
    reader, other_reader, editor, name, message
):
    with pytest.raises(ValidationError) as caught:
        services.profile_update(
            profile=other_reader.profile, by=other_reader, display_name=name, bio="Hi"
        )

    assert message in " ".join(caught.value.message_dict["display_name"])
    assert Profile.objects.get(user=other_reader).display_name == "Grace H."


@pytest.mark.parametrize("name", ["Zoë Kravitz", "Мария", "GRACE", "Grace H"])
def test_ordinary_names_and_variants_of_ones_own_are_accepted(reader, other_reader, name):
    services.profile_update(
        profile=other_reader.profile, by=other_reader, display_name=name, bio=""
    )

    profile = Profile.objects.get(user=other_reader)
    assert profile.display_name == name
    assert profile.display_name_key == name_key(name)


def test_the_name_check_is_one_query(reader, other_reader, django_assert_num_queries):
    with django_assert_num_queries(1):
        name_check("Somebody New", user=other_reader)


# A reader's data is theirs

PASSWORD = "a-long-test-password"


def test_an_export_is_logged_with_the_username_only(reader):
    data = services.account_export(user=reader, by=reader)

    assert data["account"]["username"] == "ada"
    entry = PrivacyLogEntry.objects.get()
    assert (entry.username, entry.action, entry.comments) == ("ada", "export", "")
    assert services.account_export(user=reader, by=reader)["privacy_log"][0]["action"] == "export"


def test_nobody_exports_another_readers_data(reader, other_reader, moderator):
    for someone in (other_reader, moderator):
        with pytest.raises(PermissionDenied):
            services.account_export(user=reader, by=someone)
    assert not PrivacyLogEntry.objects.exists()


def test_exports_are_limited_to_a_few_an_hour(reader):
    for _ in range(5):
        services.account_export(user=reader, by=reader)

    with pytest.raises(RateLimited):
        services.account_export(user=reader, by=reader)
    assert PrivacyLogEntry.objects.count() == 5


@pytest.fixture
def conversation(make_comment, reader, other_reader):
    """Ada's comment with Grace's reply, Ada's reply to Grace, one unanswered, one deleted."""
    ada_top = make_comment("Ada starts", ip="198.51.100.7")
    grace_top = make_comment("Grace starts", by=other_reader)
    ada_deleted = make_comment("Ada, deleted")
    services.comment_delete(comment=ada_deleted, by=reader)
    services.comment_report(comment=grace_top, by=reader, reason="off-topic")
    services.comment_report(comment=ada_top, by=other_reader, reason="abuse")
    return {
        "ada_top": ada_top,
        "grace_reply": make_comment("Grace answers Ada", by=other_reader, parent=ada_top),
        "grace_top": grace_top,
        "ada_reply": make_comment("Ada answers Grace", parent=grace_top, ip="198.51.100.7"),
        "ada_alone": make_comment("Ada, unanswered"),
        "ada_deleted": ada_deleted,
    }


def remaining(*comments):
    return Comment.objects.filter(pk__in=[c.pk for c in comments])


def test_deleting_an_account_can_remove_its_comments(conversation, reader, other_reader):
    c = conversation

    services.account_delete(user=reader, by=reader, password=PASSWORD, comments="remove")

    assert not get_user_model().objects.filter(username="ada").exists()
    assert not Profile.objects.filter(user_id=reader.pk).exists()
    assert list(CommentReport.objects.values_list("reporter__username", flat=True)) == ["grace"]
    assert not remaining(c["ada_reply"], c["ada_alone"], c["ada_deleted"]).exists()
    # Grace's reply keeps its place under an empty, authorless comment.
    placeholder = Comment.objects.get(pk=c["ada_top"].pk)
    assert (placeholder.author, placeholder.body, placeholder.body_html) == (None, "", "")
    assert (placeholder.status, placeholder.ip_address) == (Status.DELETED, None)
    assert not placeholder.reports.filter(resolved=False).exists()
    assert Comment.objects.get(pk=c["grace_reply"].pk).parent_id == placeholder.pk
    assert set(Comment.objects.filter(author=other_reader)) == {
        c["grace_reply"],
        c["grace_top"],
    }


def test_a_prolific_member_can_remove_every_comment_with_their_account(
    conversation, reader, other_reader, article
):
    """More comments than PostgreSQL takes values in one query (65,535): all of them go."""
    c = conversation
    Comment.objects.bulk_create(
        Comment(article=article, author=reader, body=f"Take {n}", body_html=f"<p>Take {n}</p>")
        for n in range(66_000)
    )

    services.account_delete(user=reader, by=reader, password=PASSWORD, comments="remove")

    assert not Comment.objects.filter(body__startswith="Take ").exists()
    assert Comment.objects.get(pk=c["grace_reply"].pk).parent_id == c["ada_top"].pk


def test_deleting_an_account_can_keep_its_comments_anonymous(conversation, reader):
    c = conversation

    services.account_delete(user=reader, by=reader, password=PASSWORD, comments="anonymize")

    kept = remaining(c["ada_top"], c["ada_reply"], c["ada_alone"]).order_by("id")
    assert [(k.body, k.author, k.ip_address, k.status) for k in kept] == [
        ("Ada starts", None, None, Status.VISIBLE),
        ("Ada answers Grace", None, None, Status.VISIBLE),
        ("Ada, unanswered", None, None, Status.VISIBLE),
    ]
    assert kept[0].author_name == "Deleted member"
    # The one she had deleted herself is not brought back as anonymous text.
    assert not remaining(c["ada_deleted"]).exists()
    assert Comment.objects.get(pk=c["grace_reply"].pk).parent_id == c["ada_top"].pk


@pytest.mark.parametrize("choice", ["remove", "anonymize"])
def test_deleting_an_account_logs_the_choice_and_unlinks_earlier_entries(reader, choice):
    services.account_export(user=reader, by=reader)

    services.account_delete(user=reader, by=reader, password=PASSWORD, comments=choice)

    entries = PrivacyLogEntry.objects.order_by("id")
    assert [(e.username, e.action, e.comments, e.user_id) for e in entries] == [
        ("ada", "export", "", None),
        ("ada", "delete", choice, None),
    ]


def test_a_wrong_password_changes_nothing(conversation, reader):
    before = list(Comment.objects.values_list("pk", "author", "body", "status", "ip_address"))

    with pytest.raises(ValidationError) as refused:
        services.account_delete(user=reader, by=reader, password="not it", comments="remove")

    assert refused.value.code == "password"
    assert get_user_model().objects.filter(pk=reader.pk, is_active=True).exists()
    assert list(Comment.objects.values_list("pk", "author", "body", "status", "ip_address")) == (
        before
    )
    assert not PrivacyLogEntry.objects.exists()


def test_wrong_passwords_lock_the_deletion_for_a_while(settings, reader):
    from django.test import RequestFactory

    def attempt(password):
        request = RequestFactory().post("/accounts/delete/", REMOTE_ADDR="192.0.2.9")
        return services.account_delete(
            user=reader, by=reader, password=password, comments="remove", request=request
        )

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        with pytest.raises(ValidationError):
            attempt("guess")
    with pytest.raises(RateLimited):  # the sign-in throttle counts these too
        attempt("guess")
    with pytest.raises(RateLimited):
        attempt(PASSWORD)
    assert get_user_model().objects.filter(pk=reader.pk).exists()


def test_staff_accounts_are_not_deleted_here(make_user, editor):
    boss = make_user("boss", is_superuser=True)

    for person in (editor, boss):
        with pytest.raises(StaffAccountKept):
            services.account_delete(user=person, by=person, password=PASSWORD, comments="remove")
    assert get_user_model().objects.filter(username__in=["editor", "boss"]).count() == 2


def test_a_demoted_writer_keeps_their_account_while_stories_carry_their_name(make_article, editor):
    make_article()
    editor.is_staff = False
    editor.save()

    with pytest.raises(AccountHasStories):
        services.account_delete(user=editor, by=editor, password=PASSWORD, comments="remove")
    assert get_user_model().objects.filter(pk=editor.pk).exists()


def test_nobody_deletes_another_readers_account(reader, other_reader):
    with pytest.raises(PermissionDenied):
        services.account_delete(user=reader, by=other_reader, password=PASSWORD, comments="remove")
    assert get_user_model().objects.filter(pk=reader.pk).exists()
