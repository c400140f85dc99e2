"""Reads for the pages that show comments and people."""

from urllib.parse import quote

from django.urls import reverse
from django.utils import timezone

from premiere.newsroom.models import Article

from .forms import CommentForm
from .models import Comment
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
    comment.can_feature = signed_in and user.is_staff and comment.status == Comment.Status.VISIBLE
    return comment


def _removed_placeholder(parent_id: int, first_reply: Comment) -> Comment:
    # A deleted or hidden comment that has visible replies keeps its place as "removed", so
    # the replies still read as answers. Built here rather than read: the reader may not see it.
    placeholder = Comment(
        pk=parent_id, article_id=first_reply.article_id, created_at=first_reply.created_at
    )
    placeholder.is_removed = True
    return placeholder


def comments_context(*, article: Article, user) -> dict:
    """Return what community/_comments.html needs to show an article's comments.

    Two queries whatever the number of comments (plus the permission lookups of a signed-in
    reader): replies are grouped under their comment in Python.
    """
    comments = list(
        Comment.objects.visible_to(user)
        .filter(article=article)
        .select_related("author", "author__profile")
    )
    live, now = article.is_live, timezone.now()
    top, replies = [], {}
    for comment in comments:
        comment.is_removed = False
        comment.reply_list = []
        comment_flags_set(comment=comment, user=user, live=live, now=now)
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
    return {
        "comments": top,
        "comment_count": sum(c.status == Comment.Status.VISIBLE for c in comments),
        "comment_form": CommentForm(article=article),
        "comments_open": live,
        "can_moderate": user.is_authenticated and user.has_perm(MODERATE_PERMISSION),
        "can_feature": user.is_authenticated and user.is_staff,
        "comment_login_url": (
            f"{reverse('community:login')}?next={quote(article.get_absolute_url())}#comments"
        ),
    }


def profile_comments(*, person, viewer, limit: int = 20) -> list[Comment]:
    """Return `person`'s latest comments that `viewer` may read, on stories readers can see."""
    return list(
        Comment.objects.visible_to(viewer)
        .filter(author=person, article__in=Article.objects.published())
        .select_related("article")
        .order_by("-created_at", "-id")[:limit]
    )
