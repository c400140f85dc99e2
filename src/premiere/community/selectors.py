"""Reads for the pages that show comments and people."""

from urllib.parse import quote

from django.core.paginator import Paginator
from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from premiere.follows.selectors import follows_data
from premiere.newsroom.models import Article

from .forms import CommentForm
from .models import Comment, CommentReport, PrivacyLogEntry, Profile
from .querysets import MODERATE_PERMISSION


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
        .filter(readable | Q(_answered(readable)))
        .annotate(
            shown=ExpressionWrapper(readable, output_field=BooleanField()),
            first=ExpressionWrapper(readable & Q(is_featured=True), output_field=BooleanField()),
        )
        .order_by("-first", "created_at", "pk")
        .values_list("pk", "shown")
    )


def _answered(readable: Q) -> Exists:
    return Exists(Comment.objects.filter(readable, parent=OuterRef("pk")))


class _CountedPaginator(Paginator):
    """A paginator told how many threads there are: the story's two counts (threads, and
    the visible comments its header shows) come from one query."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self.count = count  # takes the place of Paginator's cached property


def comments_context(*, article: Article, user, page_number=None) -> dict:
    """Return what community/_comments.html needs to show a page of an article's comments.

    Three queries whatever the number of comments (plus the permission lookups of a
    signed-in reader): the story's counts, the page's threads in order, then the page's
    comments in full with their authors.
    """
    readable = Comment.objects.readable_by(user)
    counts = Comment.objects.filter(article=article).aggregate(
        threads=Count("pk", filter=Q(parent=None) & (readable | Q(_answered(readable)))),
        visible=Count("pk", filter=Q(status=Comment.Status.VISIBLE)),
    )
    paginator = _CountedPaginator(_threads(article.pk, user), THREADS_PER_PAGE, counts["threads"])
    page = paginator.get_page(page_number)
    rows = list(page.object_list)
    roots = [pk for pk, _ in rows]
    full = (
        Comment.objects.filter(
            Q(pk__in=[pk for pk, shown in rows if shown]) | (readable & Q(parent__in=roots))
        )
        .select_related("author", "author__profile")
        .order_by("-is_featured", "created_at", "pk")
    )
    by_pk, replies = {}, {}
    for comment in full:
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
        elif pk in replies:
            thread = _removed_placeholder(pk, article.pk)
        else:
            continue  # changed between the reads
        thread.reply_list = replies.get(pk, [])
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
        "comment_login_url": (
            f"{reverse('community:login')}?next={quote(article.get_absolute_url())}#comments"
        ),
    }


def comment_page_number(*, comment: Comment, user) -> int:
    """The page of its story's comments that shows `comment`, as `user` sees them."""
    root = comment.parent_id or comment.pk
    order = [pk for pk, _ in _threads(comment.article_id, user)]
    return order.index(root) // THREADS_PER_PAGE + 1 if root in order else 1


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
