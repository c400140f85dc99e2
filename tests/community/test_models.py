from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from premiere.community.models import Comment, PrivacyLogEntry, Profile, display_name


def test_every_new_user_gets_a_profile(make_user):
    user = make_user("newbie")

    assert Profile.objects.filter(user=user).exists()
    assert user.profile.display_name == ""


def test_display_name_falls_back_to_the_username(make_user):
    plain = make_user("plain")
    named = make_user("named", display_name="Named Person")

    assert display_name(plain) == str(plain.profile) == "plain"
    assert display_name(named) == str(named.profile) == "Named Person"


def test_display_name_survives_a_user_without_profile(make_user):
    user = make_user("old")
    Profile.objects.filter(user=user).delete()
    user.refresh_from_db()

    assert display_name(user) == "old"


def test_a_profile_keeps_the_keys_of_both_names(make_user):
    user = make_user("Zoe_K", display_name="Zoë Kravitz")

    profile = Profile.objects.get(user=user)
    assert (profile.username_key, profile.display_name_key) == ("zoek", "zoekravitz")


def test_a_renamed_account_gets_the_key_of_its_new_username(make_user):
    user = make_user("old")

    user.username = "New.Name"
    user.save()

    assert Profile.objects.get(user=user).username_key == "newname"


def test_a_profile_that_copies_a_members_name_does_not_validate(make_user):
    make_user("ada", display_name="Ada L.")
    profile = make_user("grace").profile

    profile.display_name = "Ada-L"
    with pytest.raises(ValidationError) as caught:
        profile.full_clean()  # what the admin's profile form runs too

    assert list(caught.value.message_dict) == ["display_name"]


def test_comment_links_to_its_place_on_the_article(client, make_comment, article):
    comment = make_comment()

    response = client.get(comment.get_absolute_url())
    assert response["Location"] == f"{article.get_absolute_url()}#comment-{comment.pk}"


def test_excerpt_is_one_short_line(make_comment):
    comment = make_comment("word " * 40)

    assert "\n" not in comment.excerpt
    assert len(comment.excerpt) == 80
    assert comment.excerpt.endswith("…")


def test_edit_window_follows_the_setting(settings, make_comment):
    settings.PREMIERE_COMMENT_EDIT_MINUTES = 10
    comment = make_comment()
    now = timezone.now()

    assert comment.edit_window_open(now)
    comment.created_at = now - timedelta(minutes=10, seconds=1)
    assert not comment.edit_window_open(now)


def test_who_may_do_what(make_comment, reader, other_reader):
    comment = make_comment()

    assert comment.is_editable_by(reader) and comment.is_deletable_by(reader)
    assert not comment.is_reportable_by(reader)
    assert not comment.is_editable_by(other_reader)
    assert not comment.is_deletable_by(other_reader)
    assert comment.is_reportable_by(other_reader)


def test_a_deleted_comment_cannot_be_edited_even_by_its_author(make_comment, reader):
    comment = make_comment()
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.DELETED)
    comment.refresh_from_db()

    assert not comment.is_editable_by(reader)


def test_a_comment_without_author_is_shown_as_a_deleted_member(make_comment):
    comment = make_comment()
    Comment.objects.filter(pk=comment.pk).update(author=None)
    comment.refresh_from_db()

    assert comment.is_anonymous
    assert comment.author_name == display_name(None) == "Deleted member"


def test_an_anonymous_comment_cannot_keep_the_address_it_came_from(make_comment):
    comment = make_comment(ip="198.51.100.7")

    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.filter(pk=comment.pk).update(author=None)
    assert Comment.objects.get(pk=comment.pk).author_id is not None


@pytest.mark.parametrize(
    ("action", "comments"), [("export", "remove"), ("delete", ""), ("delete", "keep")]
)
def test_only_a_deletion_records_a_choice_for_the_comments(db, action, comments):
    with pytest.raises(IntegrityError), transaction.atomic():
        PrivacyLogEntry.objects.create(username="ada", action=action, comments=comments)
