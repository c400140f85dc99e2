import pytest
from django.contrib.auth.models import AnonymousUser

from premiere.community.models import Comment

Status = Comment.Status


@pytest.fixture
def comments(make_comment, reader, other_reader):
    """One comment in each state, all by `reader`, plus a held one by `other_reader`."""
    made = {status: make_comment(f"A {status} comment") for status in Status.values}
    for status, comment in made.items():
        Comment.objects.filter(pk=comment.pk).update(status=status)
    made["others_held"] = make_comment("Someone else's", by=other_reader)
    Comment.objects.filter(pk=made["others_held"].pk).update(status=Status.HELD)
    return made


def visible_keys(user, comments):
    shown = set(Comment.objects.visible_to(user).values_list("pk", flat=True))
    return {key for key, comment in comments.items() if comment.pk in shown}


def test_anonymous_readers_see_only_visible_comments(comments):
    assert visible_keys(AnonymousUser(), comments) == {"visible"}


def test_authors_also_see_their_own_held_comments(comments, reader, other_reader):
    assert visible_keys(reader, comments) == {"visible", "held"}
    assert visible_keys(other_reader, comments) == {"visible", "others_held"}


def test_moderators_see_held_and_hidden_but_not_deleted(comments, moderator):
    assert visible_keys(moderator, comments) == {"visible", "held", "hidden", "others_held"}


def test_staff_without_the_permission_are_readers(comments, editor):
    assert visible_keys(editor, comments) == {"visible"}


def test_superusers_moderate(comments, make_user):
    boss = make_user("boss", is_superuser=True, is_staff=True)

    assert visible_keys(boss, comments) == {"visible", "held", "hidden", "others_held"}
