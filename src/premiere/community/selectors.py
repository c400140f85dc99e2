"""Reads for the pages that show comments and people."""

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote

from django.core.paginator import Paginator
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


def _removed_placeholder(place: "_Place", article_id: int) -> Comment:
    # A deleted or hidden comment that has visible replies keeps its place as "removed", so
    # the replies still read as answers. Built here rather than read: the reader may not see it.
    placeholder = Comment(pk=place.pk, article_id=article_id, created_at=place.created_at)
    placeholder.is_removed = True
    return placeholder


# Threads (a comment and its replies) on one page of a story's comments: a story that draws
# thousands is shown a page at a time (5,000 made one page in 1.2 s; bench/RESULTS.md).
THREADS_PER_PAGE = 50
# What placing a comment in its thread needs.
THREAD_FIELDS = ("pk", "parent_id", "is_featured", "created_at", "status")


@dataclass(slots=True)
class _Place:
    """A comment's place in its story's threads, from a light read: plain rows, not models
    (making 5,000 Comment objects took longer than reading them; bench/RESULTS.md)."""

    pk: int
    parent_id: int | None
    is_featured: bool
    created_at: datetime
    status: str
    is_removed: bool = False
    reply_list: list = field(default_factory=list)


def _places(comments) -> list[_Place]:
    return [_Place(*row) for row in comments.order_by().values_list(*THREAD_FIELDS)]


def _order(place: _Place):
    # Featured first, then oldest first, so a thread reads as a conversation.
    return (not place.is_featured, place.created_at, place.pk)


def _threads(places: list[_Place]) -> list[_Place]:
    """Group comments into threads, in reading order: each top comment with its `reply_list`.

    A removed comment with visible replies stays as a placeholder (`is_removed`), so its
    replies still read as answers."""
    top, replies = [], {}
    for place in places:
        if place.parent_id is None:
            top.append(place)
        else:
            replies.setdefault(place.parent_id, []).append(place)
    by_pk = {place.pk: place for place in top}
    for parent_id, thread in replies.items():
        thread.sort(key=_order)
        if parent_id not in by_pk:
            first = thread[0]
            by_pk[parent_id] = _Place(parent_id, None, False, first.created_at, "", True)
            top.append(by_pk[parent_id])
        by_pk[parent_id].reply_list = thread
    top.sort(key=_order)
    return top


def comments_context(*, article: Article, user, page_number=None) -> dict:
    """Return what community/_comments.html needs to show a page of an article's comments.

    Two queries whatever the number of comments (plus the permission lookups of a
    signed-in reader): every comment's place in its thread, read as plain rows and grouped
    in Python, then the page's comments in full, with their authors.
    """
    places = _places(Comment.objects.visible_to(user).filter(article=article))
    page = Paginator(_threads(places), THREADS_PER_PAGE).get_page(page_number)
    shown = [p.pk for t in page.object_list for p in (t, *t.reply_list) if not p.is_removed]
    full = Comment.objects.select_related("author", "author__profile").in_bulk(shown)
    live, now = article.is_live, timezone.now()
    threads = []
    for place in page.object_list:
        if place.is_removed:
            thread = _removed_placeholder(place, article.pk)
        elif place.pk in full:
            thread = full[place.pk]
            thread.is_removed = False
        else:
            continue  # deleted between the two reads
        thread.reply_list = [full[r.pk] for r in place.reply_list if r.pk in full]
        for reply in thread.reply_list:
            reply.is_removed, reply.reply_list = False, []
        for comment in (thread, *thread.reply_list):
            if not comment.is_removed:
                comment_flags_set(comment=comment, user=user, live=live, now=now)
        threads.append(thread)
    return {
        "comments": threads,
        "comments_page": page,
        "comment_count": sum(p.status == Comment.Status.VISIBLE for p in places),
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
    places = _places(Comment.objects.visible_to(user).filter(article_id=comment.article_id))
    root = comment.parent_id or comment.pk
    order = [thread.pk for thread in _threads(places)]
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
