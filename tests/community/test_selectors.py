import json
from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from premiere.community import services
from premiere.community.models import Comment
from premiere.community.selectors import account_data, comments_context, profile_comments
from premiere.newsroom.services import article_unpublish


def queries_for(article, user) -> int:
    with CaptureQueriesContext(connection) as captured:
        comments_context(article=article, user=user)
    return len(captured)


def test_featured_comments_come_first_then_oldest_first(
    make_comment, other_reader, moderator, article
):
    first, second, third = make_comment("1"), make_comment("2"), make_comment("3")
    services.comment_feature(comment=third, by=moderator)

    context = comments_context(article=article, user=AnonymousUser())

    assert [c.pk for c in context["comments"]] == [third.pk, first.pk, second.pk]


def test_feature_buttons_are_for_moderators_not_for_staff_alone(
    make_comment, moderator, editor, article
):
    make_comment()

    for user, allowed in [(moderator, True), (editor, False)]:
        context = comments_context(article=article, user=user)
        assert context["can_feature"] is allowed
        assert context["comments"][0].can_feature is allowed


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


def test_a_visitor_counts_what_a_visitor_can_read(
    settings, make_comment, make_article, reader, other_reader, moderator, article
):
    settings.PREMIERE_SUSPECT_WORDS = ["casino"]
    make_comment("Fine")
    make_comment("casino")  # held: its author's to see, not a visitor's
    hidden = make_comment("Hidden, but answered")
    make_comment("An answer", by=other_reader, parent=hidden)
    services.comment_hide(comment=hidden, by=moderator)
    services.comment_delete(comment=make_comment("Gone, unanswered"), by=reader)
    make_comment("Elsewhere", on=make_article(headline="Another story"))

    visitor = comments_context(article=article, user=AnonymousUser())

    # the fine comment and the hidden one kept for its answer; the header counts the two
    # comments a visitor reads (the fine one and the answer)
    assert visitor["comments_page"].paginator.count == 2
    assert [c.is_removed for c in visitor["comments"]] == [False, True]
    assert visitor["comment_count"] == 2
    assert comments_context(article=article, user=moderator)["comment_count"] == 2


def test_every_reader_counts_the_threads_they_can_read(
    settings, make_comment, make_article, reader, other_reader, moderator, article
):
    """The counts are one query written out for each kind of reader: they say what
    CommentQuerySet.readable_by says each may read."""
    settings.PREMIERE_SUSPECT_WORDS = ["casino"]
    make_comment("Fine")
    make_comment("casino")  # held: Ada's and the moderators' to see
    hidden = make_comment("Hidden, answered")
    make_comment("Another answer", by=other_reader, parent=hidden)
    services.comment_hide(comment=hidden, by=moderator)
    services.comment_delete(comment=make_comment("Gone"), by=reader)
    make_comment("Elsewhere", on=make_article(headline="Another story"))

    for user, threads in [(AnonymousUser(), 2), (other_reader, 2), (reader, 3), (moderator, 3)]:
        readable = Comment.objects.readable_by(user)
        answered = Comment.objects.filter(readable, parent=OuterRef("pk"))
        expected = (
            Comment.objects.filter(article=article, parent=None)
            .filter(readable | Q(Exists(answered)))
            .count()
        )
        context = comments_context(article=article, user=user)
        assert context["comments_page"].paginator.count == expected == threads, user
        assert context["comment_count"] == 2  # visible to everyone: the header's count


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
        f"/accounts/login/?next={article.get_absolute_url()}%23comments"
    )


def test_the_query_count_does_not_grow_with_comments(make_comment, make_user, reader, article):
    make_comment()
    few = (queries_for(article, AnonymousUser()), queries_for(article, make_user()))
    for n in range(8):
        top = make_comment(f"Top {n}", by=make_user())
        make_comment(f"Reply {n}", by=make_user(), parent=top)

    many = (queries_for(article, AnonymousUser()), queries_for(article, make_user()))

    assert few == many
    # the counts, the page's threads in order, their top comments with their first replies
    assert many[0] == 3


def test_a_story_without_comments_costs_one_query(make_article):
    assert queries_for(make_article(), AnonymousUser()) == 1  # the counts, both nought


def test_profile_comments_skip_hidden_ones_and_unpublished_stories(
    make_comment, make_article, reader, moderator, editor
):
    shown = make_comment("Shown")
    services.comment_hide(comment=make_comment("Hidden"), by=moderator)
    pulled = make_article(slug="pulled")
    make_comment("On a pulled story", on=pulled)
    article_unpublish(article=pulled, by=editor)

    assert [c.pk for c in profile_comments(person=reader, viewer=AnonymousUser())] == [shown.pk]


# A reader's data


def test_the_data_of_a_reader_holds_their_comments_reports_and_nothing_of_others(
    make_comment, reader, other_reader, make_user, article
):
    mine = make_comment("My *own* words", ip="198.51.100.7")
    their_reply = make_comment("Grace answers", by=other_reader, parent=mine)
    my_reply = make_comment("Ada answers back", parent=their_reply)
    theirs = make_comment("Grace on her own", by=other_reader, ip="203.0.113.9")
    services.comment_report(comment=theirs, by=reader, reason="spam", note="Looks like an ad")
    services.comment_report(comment=mine, by=other_reader, reason="abuse", note="Grace's note")
    services.comment_report(comment=theirs, by=make_user("third"), reason="spam")

    data = account_data(user=reader, site_url="https://premiere.test")

    assert data["account"]["username"] == "ada"
    assert data["account"]["email"] == "ada@example.test"
    assert data["profile"]["display_name"] == "Ada L."
    assert [c["id"] for c in data["comments"]] == [mine.pk, my_reply.pk]
    first = data["comments"][0]
    assert first["text"] == "My *own* words"  # as written, not the rendered HTML
    assert first["status"] == "visible" and first["ip_address"] == "198.51.100.7"
    assert first["url"] == f"https://premiere.test{mine.get_absolute_url()}"
    assert first["article"]["url"] == f"https://premiere.test{article.get_absolute_url()}"
    assert data["comments"][1]["in_reply_to"] == mine.pk  # replies join the top thread
    assert data["reports"] == [
        {
            "comment_url": f"https://premiere.test{theirs.get_absolute_url()}",
            "reason": "spam",
            "note": "Looks like an ad",
            "created_at": data["reports"][0]["created_at"],
            "resolved": False,
        }
    ]
    text = json.dumps(data, cls=DjangoJSONEncoder)
    for someone_elses in ["grace", "Grace", "203.0.113.9", "third", their_reply.body]:
        assert someone_elses not in text
    assert "password" not in text and reader.password not in text


def test_the_data_of_a_reader_counts_every_comment_whatever_its_state(
    make_comment, reader, moderator
):
    hidden, deleted = make_comment("Hidden"), make_comment("Deleted")
    services.comment_hide(comment=hidden, by=moderator)
    services.comment_delete(comment=deleted, by=reader)

    data = account_data(user=reader)

    assert [(c["text"], c["status"]) for c in data["comments"]] == [
        ("Hidden", "hidden"),
        ("Deleted", "deleted"),
    ]


def test_the_data_of_a_reader_takes_a_fixed_number_of_queries(
    settings, make_comment, reader, other_reader, django_assert_max_num_queries
):
    settings.PREMIERE_COMMENT_RATE_USER = "100/60"
    for number in range(10):
        comment = make_comment(f"Comment {number}", by=other_reader)
        make_comment(f"Reply {number}", parent=comment)
        services.comment_report(comment=comment, by=reader, reason="spam")

    # Six for the account and its comments, four for its follows and notices.
    with django_assert_max_num_queries(10):
        data = account_data(user=reader)

    assert len(data["comments"]) == len(data["reports"]) == 10


def test_a_removed_comment_keeps_its_own_place_not_its_replys(
    make_comment, reader, other_reader, article
):
    first = make_comment("First")
    second = make_comment("Second", by=other_reader)
    make_comment("A late answer to the first", by=other_reader, parent=first)
    services.comment_delete(comment=first, by=reader)

    context = comments_context(article=article, user=AnonymousUser())

    assert [(c.pk, c.is_removed) for c in context["comments"]] == [
        (first.pk, True),
        (second.pk, False),
    ]
