from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from premiere.community import services
from premiere.community.models import Comment
from premiere.community.selectors import comments_context, profile_comments
from premiere.newsroom.services import article_unpublish


def queries_for(article, user) -> int:
    with CaptureQueriesContext(connection) as captured:
        comments_context(article=article, user=user)
    return len(captured)


def test_featured_comments_come_first_then_oldest_first(
    make_comment, other_reader, editor, article
):
    first, second, third = make_comment("1"), make_comment("2"), make_comment("3")
    services.comment_feature(comment=third, by=editor)

    context = comments_context(article=article, user=AnonymousUser())

    assert [c.pk for c in context["comments"]] == [third.pk, first.pk, second.pk]


def test_replies_are_grouped_under_their_comment(make_comment, other_reader, article):
    top = make_comment("Top")
    reply = make_comment("Reply", by=other_reader, parent=top)
    later = make_comment("Later top")

    context = comments_context(article=article, user=AnonymousUser())

    assert [c.pk for c in context["comments"]] == [top.pk, later.pk]
    assert [r.pk for r in context["comments"][0].reply_list] == [reply.pk]
    assert context["comment_count"] == 3


def test_the_count_is_what_every_reader_sees(settings, make_comment, reader, article):
    settings.PREMIERE_SUSPECT_WORDS = ["casino"]
    make_comment("Fine")
    held = make_comment("casino")

    own = comments_context(article=article, user=reader)

    assert [c.pk for c in own["comments"]][-1] == held.pk
    assert own["comment_count"] == 1


def test_a_removed_comment_with_replies_keeps_its_place(
    make_comment, reader, other_reader, article
):
    top = make_comment("Top")
    reply = make_comment("Reply", by=other_reader, parent=top)
    services.comment_delete(comment=top, by=reader)

    context = comments_context(article=article, user=AnonymousUser())

    [placeholder] = context["comments"]
    assert placeholder.pk == top.pk and placeholder.is_removed
    assert [r.pk for r in placeholder.reply_list] == [reply.pk]
    assert context["comment_count"] == 1


def test_a_removed_comment_without_replies_disappears(make_comment, reader, article):
    services.comment_delete(comment=make_comment(), by=reader)

    assert comments_context(article=article, user=AnonymousUser())["comments"] == []


def test_each_comment_says_what_the_reader_may_do(make_comment, reader, other_reader, article):
    mine = make_comment("Mine")
    old = make_comment("Old")
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=1))
    theirs = make_comment("Theirs", by=other_reader)

    by_pk = {c.pk: c for c in comments_context(article=article, user=reader)["comments"]}

    assert (by_pk[mine.pk].can_edit, by_pk[mine.pk].can_delete, by_pk[mine.pk].can_report) == (
        True,
        True,
        False,
    )
    assert (by_pk[old.pk].can_edit, by_pk[old.pk].can_delete) == (False, True)
    assert (by_pk[theirs.pk].can_edit, by_pk[theirs.pk].can_report) == (False, True)
    assert all(c.can_reply and not c.can_moderate and not c.can_feature for c in by_pk.values())


def test_anonymous_readers_can_do_nothing_but_read(make_comment, article):
    make_comment()

    context = comments_context(article=article, user=AnonymousUser())

    [comment] = context["comments"]
    assert not any((comment.can_reply, comment.can_edit, comment.can_delete, comment.can_report))
    assert context["comment_login_url"] == (
        f"/accounts/login/?next={article.get_absolute_url()}#comments"
    )


def test_the_query_count_does_not_grow_with_comments(make_comment, make_user, reader, article):
    make_comment()
    few = (queries_for(article, AnonymousUser()), queries_for(article, make_user()))
    for n in range(8):
        top = make_comment(f"Top {n}", by=make_user())
        make_comment(f"Reply {n}", by=make_user(), parent=top)

    many = (queries_for(article, AnonymousUser()), queries_for(article, make_user()))

    assert few == many
    assert many[0] == 1


def test_profile_comments_skip_hidden_ones_and_unpublished_stories(
    make_comment, make_article, reader, moderator, editor
):
    shown = make_comment("Shown")
    services.comment_hide(comment=make_comment("Hidden"), by=moderator)
    pulled = make_article(slug="pulled")
    make_comment("On a pulled story", on=pulled)
    article_unpublish(article=pulled, by=editor)

    assert [c.pk for c in profile_comments(person=reader, viewer=AnonymousUser())] == [shown.pk]
