"""Reads for the pages that show comments and people."""

from urllib.parse import quote

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone

from premiere.follows.selectors import follows_data
from premiere.newsroom.models import Article

from .forms import CommentForm
from .models import Comment, CommentReport, PrivacyLogEntry, Profile
from .querysets import MODERATE_PERMISSION


def _order(comment: Comment):
    # Featured first, then oldest first, so a thread reads as a conversation.
    return (not comment.is_featured, comment.created_at, comment.pk)


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


def _removed_placeholder(parent_id: int, first_reply: Comment) -> Comment:
    # A deleted or hidden comment that has visible replies keeps its place as "removed", so
    # the replies still read as answers. Built here rather than read: the reader may not see it.
    placeholder = Comment(
        pk=parent_id, article_id=first_reply.article_id, created_at=first_reply.created_at
    )
    placeholder.is_removed = True
    return placeholder


# Threads (a comment and its replies) on one page of a story's comments: a story that draws
# thousands is shown a page at a time (5,000 made one page in 1.2 s; bench/RESULTS.md).
THREADS_PER_PAGE = 50
# What placing a comment in its thread needs.
THREAD_FIELDS = ("pk", "article_id", "parent_id", "is_featured", "created_at", "status")


def _threads(comments: list[Comment]) -> list[Comment]:
    """Group comments into threads, in reading order: each top comment with its `reply_list`.

    A removed comment with visible replies stays as a placeholder, so its replies still read
    as answers."""
    top, replies = [], {}
    for comment in comments:
        comment.is_removed = False
        comment.reply_list = []
        if comment.parent_id is None:
            top.append(comment)
        else:
            replies.setdefault(comment.parent_id, []).append(comment)
    by_pk = {comment.pk: comment for comment in top}
    for parent_id, thread in replies.items():
        thread.sort(key=_order)
        if parent_id not in by_pk:
            by_pk[parent_id] = _removed_placeholder(parent_id, min(thread, key=_order))
            by_pk[parent_id].reply_list = []
            top.append(by_pk[parent_id])
        by_pk[parent_id].reply_list = thread
    top.sort(key=_order)
    return top


def comments_context(*, article: Article, user, page_number=None) -> dict:
    """Return what community/_comments.html needs to show a page of an article's comments.

    Three queries whatever the number of comments (plus the permission lookups of a
    signed-in reader): every comment's place in its thread, read lightly and grouped in
    Python, then the page's comments in full, with their authors.
    """
    # The threads' shape from a light read of every comment; the page's own, in full.
    comments = list(Comment.objects.visible_to(user).filter(article=article).only(*THREAD_FIELDS))
    page = Paginator(_threads(comments), THREADS_PER_PAGE).get_page(page_number)
    shown = [c.pk for t in page.object_list for c in (t, *t.reply_list) if not c.is_removed]
    full = Comment.objects.select_related("author", "author__profile").in_bulk(shown)
    live, now = article.is_live, timezone.now()
    threads = []
    for light in page.object_list:
        if not light.is_removed and light.pk not in full:
            continue  # deleted between the two reads
        thread = light if light.is_removed else full[light.pk]
        thread.is_removed = light.is_removed
        thread.reply_list = [full[r.pk] for r in light.reply_list if r.pk in full]
        for reply in thread.reply_list:
            reply.is_removed, reply.reply_list = False, []
        for comment in (thread, *thread.reply_list):
            if not comment.is_removed:
                comment_flags_set(comment=comment, user=user, live=live, now=now)
        threads.append(thread)
    return {
        "comments": threads,
        "comments_page": page,
        "comment_count": sum(c.status == Comment.Status.VISIBLE for c in comments),
        "comment_form": CommentForm(article=article),
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
    comments = list(
        Comment.objects.visible_to(user).filter(article_id=comment.article_id).only(*THREAD_FIELDS)
    )
    root = comment.parent_id or comment.pk
    order = [thread.pk for thread in _threads(comments)]
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
