"""Reads for the pages that show comments and people."""

import functools
from urllib.parse import quote

from django.core.paginator import Paginator
from django.db import connections, router
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.urls import reverse
from django.utils import timezone

from premiere.follows.selectors import follows_data
from premiere.newsroom.models import Article

from .forms import CommentForm
from .models import Comment, CommentReport, PrivacyLogEntry, Profile
from .querysets import MODERATE_PERMISSION, reader_of


def comment_flags_set(*, comment: Comment, user, live: bool, now=None) -> Comment:
    """Mark `comment` with what `user` may do to it, for the template's buttons."""
    signed_in = user.is_authenticated
    comment.can_reply = (
        signed_in and live and comment.status == Comment.Status.VISIBLE and not comment.is_removed
    )
    comment.can_edit = signed_in and live and comment.is_editable_by(user, now)
    comment.can_delete = signed_in and comment.is_deletable_by(user)
    comment.can_report = signed_in and comment.is_reportable_by(user)
    comment.can_moderate = signed_in and user.has_perm(MODERATE_PERMISSION)
    comment.can_feature = comment.can_moderate and comment.status == Comment.Status.VISIBLE
    return comment


def _removed_placeholder(pk: int, article_id: int) -> Comment:
    # A deleted or hidden comment that has visible replies keeps its place as "removed", so
    # the replies still read as answers. Built here rather than read: the reader may not see it.
    placeholder = Comment(pk=pk, article_id=article_id)
    placeholder.is_removed = True
    return placeholder


# Threads (a comment and its replies) on one page of a story's comments: a story that draws
# thousands is shown a page at a time (5,000 made one page in 1.2 s; bench/RESULTS.md).
THREADS_PER_PAGE = 50
# Replies a thread shows on the story's page; a longer thread links to its own page, which
# shows them all, REPLIES_PER_PAGE at a time. So however readers pile into one thread, a
# page of the story shows at most 50 x 21 comments.
REPLIES_SHOWN = 20
REPLIES_PER_PAGE = 100
# Replies in reading order: featured first, then oldest first.
REPLY_ORDER = (F("is_featured").desc(), "created_at", "pk")


def _threads(article_id: int, user):
    """A story's threads in reading order, as `user` sees them: (pk, shown) rows.

    A thread is a top comment the reader may read, or one they may not (deleted, hidden)
    that has replies they may: it stays as a placeholder (`shown` false), so its replies
    still read as answers. Featured first, then oldest first, so a thread reads as a
    conversation. Ordered and paged in the database: the busiest story's page reads 50
    threads, not the place of each of its 5,000 comments (bench/RESULTS.md).
    """
    readable = Comment.objects.readable_by(user)
    return (
        Comment.objects.filter(article_id=article_id, parent=None)
        .filter(readable | Q(_answered(readable, article_id)))
        .annotate(
            shown=ExpressionWrapper(readable, output_field=BooleanField()),
            first=ExpressionWrapper(readable & Q(is_featured=True), output_field=BooleanField()),
        )
        .order_by("-first", "created_at", "pk")
        .values_list("pk", "shown")
    )


def _answered(readable: Q, article_id: int) -> Exists:
    # The story named inside too: beside an OR, PostgreSQL runs this as one hashed list of
    # every readable reply on the site, not a lookup per thread; with the story it is that
    # story's replies (bench/RESULTS.md, "From 10k to 1M").
    return Exists(Comment.objects.filter(readable, article_id=article_id, parent=OuterRef("pk")))


class _CountedPaginator(Paginator):
    """A paginator told how many threads there are: the story's two counts (threads, and
    the visible comments its header shows) come from one query."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self.count = count  # takes the place of Paginator's cached property


# What a comment's card shows and checks (premiere.community.cards), and no more: a busy
# page reads some 180 comments with their authors, and each column read is a value made in
# Python (an account's dates and password among them, which the card never shows).
CARD_FIELDS = (
    *("article", "author", "parent", "body_html", "status", "is_featured"),
    *("created_at", "edited_at"),
    *("author__username", "author__profile__display_name"),
)


def _threads_read(readable: Q, rows: list[tuple[int, bool]]):
    """The top comments of `rows` the reader may read, and the first REPLIES_SHOWN replies
    they may read under each, with their authors, in one query: each numbered in its
    thread, the top comment first (`place`), and the thread counted (`in_thread`)."""
    thread = Coalesce(F("parent_id"), F("pk"))
    return (
        Comment.objects.filter(
            Q(pk__in=[pk for pk, shown in rows if shown])
            | (readable & Q(parent__in=[pk for pk, _ in rows]))
        )
        .annotate(
            place=Window(
                RowNumber(),
                partition_by=thread,
                order_by=(F("parent_id").asc(nulls_first=True), *REPLY_ORDER),
            ),
            in_thread=Window(Count("pk"), partition_by=thread),
        )
        # one more than the replies shown, for the top comment; trimmed where it is removed
        .filter(place__lte=REPLIES_SHOWN + 1)
        .select_related("author", "author__profile")
        .only(*CARD_FIELDS)
        .order_by(*REPLY_ORDER)
    )


def _counts(article: Article, user) -> dict:
    """A story's threads as `user` sees them (those they may read, and those kept for replies
    they may read), and its visible comments, which its header shows everyone. One query
    written out once for each kind of reader, rather than built by the ORM at every page:
    building it took 1.5 ms of a 7 ms story page, the database well under 0.1 ms to answer it
    (bench/RESULTS.md)."""
    database = connections[router.db_for_read(Comment, instance=article)]
    reader, said = _reader_of(user)
    visible = Comment.Status.VISIBLE
    with database.cursor() as cursor:
        cursor.execute(
            _counts_sql(database.alias, reader),
            [*said, *said, article.pk, visible, article.pk],
        )
        threads, shown = cursor.fetchone()
    return {"threads": threads, "visible": shown}


def _reader_of(user) -> tuple[str, list]:
    """The kind of reader `user` is (querysets.reader_of, as readable_by reads it), and the
    values `_counts_sql`'s condition for that kind takes."""
    Status = Comment.Status
    match reader := reader_of(user):
        case "visitor":
            return reader, [Status.VISIBLE]
        case "moderator":
            return reader, [Status.DELETED]
        case _:
            return reader, [Status.VISIBLE, user.pk, Status.HELD]


@functools.cache
def _counts_sql(alias: str, reader: str) -> str:
    quote_name = connections[alias].ops.quote_name
    table = quote_name(Comment._meta.db_table)
    pk, parent, status, story, author = (
        quote_name(Comment._meta.get_field(name).column)
        for name in ("id", "parent", "status", "article", "author")
    )

    def readable(alias: str) -> str:
        return {
            "visitor": f"{alias}.{status} = %s",
            "moderator": f"{alias}.{status} <> %s",
            "member": (
                f"({alias}.{status} = %s OR ({alias}.{author} = %s AND {alias}.{status} = %s))"
            ),
        }[reader]

    answered = (
        f"EXISTS (SELECT 1 FROM {table} r WHERE {readable('r')}"
        f" AND r.{story} = %s AND r.{parent} = c.{pk})"  # the story named: see _answered
    )
    return (
        f"SELECT COUNT(*) FILTER (WHERE c.{parent} IS NULL AND ({readable('c')} OR {answered})),"
        f" COUNT(*) FILTER (WHERE c.{status} = %s) FROM {table} c WHERE c.{story} = %s"
    )


def comments_context(*, article: Article, user, page_number=None) -> dict:
    """Return what community/_comments.html needs to show a page of an article's comments.

    Three queries whatever the number of comments (plus the permission lookups of a
    signed-in reader): the story's counts, the page's threads in order, then their top
    comments and the first replies of each, with their authors. A thread with more replies
    than REPLIES_SHOWN says how many more (`more_replies`) and links to its own page.
    """
    readable = Comment.objects.readable_by(user)
    counts = _counts(article, user)
    # (a story with no thread a reader may read has none to order: most stories, most of the
    # time; building the ordered read costs more than the database takes to answer it)
    ordered = _threads(article.pk, user) if counts["threads"] else []
    paginator = _CountedPaginator(ordered, THREADS_PER_PAGE, counts["threads"])
    page = paginator.get_page(page_number)
    rows = list(page.object_list)
    by_pk, replies = {}, {}
    for comment in _threads_read(readable, rows) if rows else ():
        comment.is_removed, comment.reply_list = False, []
        if comment.parent_id is None:
            by_pk[comment.pk] = comment
        else:
            replies.setdefault(comment.parent_id, []).append(comment)
    live, now = article.is_live, timezone.now()
    threads = []
    for pk, shown in rows:
        if shown and pk in by_pk:
            thread = by_pk[pk]
            thread.is_removed = False
        elif pk in replies:
            thread = _removed_placeholder(pk, article.pk)
        else:
            continue  # changed between the reads
        thread.reply_list = replies.get(pk, [])[:REPLIES_SHOWN]
        thread.more_replies = 0
        if thread.reply_list:  # its count took in the top comment too, where it is read
            in_thread = thread.reply_list[0].in_thread - (not thread.is_removed)
            thread.more_replies = in_thread - len(thread.reply_list)
        for comment in (thread, *thread.reply_list):
            if not comment.is_removed:
                comment_flags_set(comment=comment, user=user, live=live, now=now)
        threads.append(thread)
    return {
        "comments": threads,
        "comments_page": page,
        "comment_count": counts["visible"],
        # Only a signed-in reader gets the form; a visitor gets links to sign in or sign up.
        "comment_form": CommentForm(article=article) if user.is_authenticated else None,
        "comments_open": live,
        "can_moderate": user.is_authenticated and user.has_perm(MODERATE_PERMISSION),
        # Featuring is moderation: the same right as hiding (comment_feature checks it).
        "can_feature": user.is_authenticated and user.has_perm(MODERATE_PERMISSION),
        "comment_login_url": comments_login_url(article),
    }


def comments_login_url(article) -> str:
    """Sign in, then back to the story's comments."""
    # The anchor goes in `next`: on the sign-in page's own address it was lost, and the
    # reader landed at the top of the story.
    return f"{reverse('community:login')}?next={quote(article.get_absolute_url() + '#comments')}"


def comment_page_number(*, comment: Comment, user) -> int:
    """The page of its story's comments that shows `comment`, as `user` sees them."""
    root = comment.parent_id or comment.pk
    order = [pk for pk, _ in _threads(comment.article_id, user)]
    return order.index(root) // THREADS_PER_PAGE + 1 if root in order else 1


def _replies_of(root_pk: int, user):
    return Comment.objects.visible_to(user).filter(parent_id=root_pk).order_by(*REPLY_ORDER)


def reply_page_number(*, reply: Comment, user) -> int | None:
    """The page of its thread's own page that shows `reply`, or None when the story's page
    shows it (one of its thread's first REPLIES_SHOWN)."""
    order = list(_replies_of(reply.parent_id, user).values_list("pk", flat=True))
    at = order.index(reply.pk) if reply.pk in order else 0
    return None if at < REPLIES_SHOWN else at // REPLIES_PER_PAGE + 1


def thread_context(*, pk: int, user, page_number=None) -> dict:
    """Return what community/thread.html needs: a top comment of a published story and a page
    of all its replies. Raise Comment.DoesNotExist for what the reader may not see: a reply,
    a story not out, a comment neither readable nor kept as "removed" for readable replies."""
    readable = Comment.objects.readable_by(user)
    root = (
        Comment.objects.select_related("article", "author", "author__profile")
        .annotate(shown=ExpressionWrapper(readable, output_field=BooleanField()))
        .get(pk=pk, parent=None, article__in=Article.objects.published())
    )
    article = root.article
    replies = _replies_of(pk, user).select_related("author", "author__profile")
    page = Paginator(replies, REPLIES_PER_PAGE).get_page(page_number)
    replies = list(page.object_list)
    if root.shown:
        root.is_removed = False
    elif replies:
        root = _removed_placeholder(pk, article.pk)
    else:
        raise Comment.DoesNotExist
    live, now = article.is_live, timezone.now()
    for reply in replies:
        reply.is_removed, reply.reply_list = False, []
    for comment in (root, *replies):
        if not comment.is_removed:
            comment_flags_set(comment=comment, user=user, live=live, now=now)
    root.reply_list, root.more_replies = replies, 0
    return {"thread": root, "article": article, "replies_page": page}


def profile_comments(*, person, viewer, limit: int = 20) -> list[Comment]:
    """Return `person`'s latest comments that `viewer` may read, on stories readers can see."""
    return list(
        Comment.objects.visible_to(viewer)
        .filter(author=person, article__in=Article.objects.published())
        .select_related("article")
        .order_by("-created_at", "-id")[:limit]
    )


def account_data(*, user, site_url: str = "") -> dict:
    """Return everything stored about `user`, ready for json.dumps with DjangoJSONEncoder.

    `site_url` ("https://example.com") makes the links absolute, so they work from the file.
    """
    profile = Profile.objects.filter(user=user).first()
    comments = (
        Comment.objects.filter(author=user).select_related("article").order_by("created_at", "id")
    )
    # Reports on the reader's comments and replies to them are left out: they are other
    # readers' words and names. The password is left out too: even hashed, it is a secret.
    reports = (
        CommentReport.objects.filter(reporter=user)
        .select_related("comment__article")
        .order_by("created_at", "id")
    )
    log = PrivacyLogEntry.objects.filter(user=user).order_by("created_at", "id")
    return {
        "exported_at": timezone.now(),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "is_active": user.is_active,
            "is_staff": user.is_staff,
            "groups": sorted(user.groups.values_list("name", flat=True)),
        },
        "profile": profile
        and {
            "display_name": profile.display_name,
            "bio": profile.bio,
            "created_at": profile.created_at,
        },
        "comments": [
            {
                "id": comment.pk,
                "url": site_url + comment.get_absolute_url(),
                "article": {
                    "headline": comment.article.headline,
                    "url": site_url + comment.article.get_absolute_url(),
                },
                "in_reply_to": comment.parent_id,
                "text": comment.body,
                "status": comment.status,
                "featured": comment.is_featured,
                "created_at": comment.created_at,
                "edited_at": comment.edited_at,
                "ip_address": comment.ip_address,
            }
            for comment in comments
        ],
        "reports": [
            {
                "comment_url": site_url + report.comment.get_absolute_url(),
                "reason": report.reason,
                "note": report.note,
                "created_at": report.created_at,
                "resolved": report.resolved,
            }
            for report in reports
        ],
        # What they follow, how they want to hear of it, and what they were told.
        **follows_data(user=user, site_url=site_url),
        "privacy_log": [{"action": entry.action, "at": entry.created_at} for entry in log],
    }
