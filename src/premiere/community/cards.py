"""A comment as a story's page shows it: its card, what the reader may do, its replies.

Written in Python, as Django's admin writes the rows of its change lists, rather than in a
template: a busy story's page of comments shows some 180 of them, and the template's thirty-odd
variable lookups a comment were most of that page's time (bench/RESULTS.md). Every value goes
through format_html, which escapes it; only the comment's body, sanitized when it was saved
(premiere.core.text), goes in as it is.
"""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from .models import Comment

HELD, HIDDEN, VISIBLE = Comment.Status.HELD, Comment.Status.HIDDEN, Comment.Status.VISIBLE


def comment_card(comment: Comment, *, is_reply: bool, context) -> SafeString:
    """The comment's list item, its replies inside it (a reply has none of its own).

    `context` is the page's template context: its messages (one about this comment shows
    beside it, where the page scrolls after the action) and its CSRF token, for the forms.
    """
    pk = comment.pk
    classes = "comment"
    if is_reply:
        classes += " comment-reply"
    if comment.is_featured:
        classes += " is-featured"
    if not comment.is_removed and comment.status != VISIBLE:
        classes += f" is-{comment.status}"
    status = "removed" if comment.is_removed else comment.status
    parts = [
        format_html(
            '<li class="{}" id="comment-{}" data-comment-id="{}" data-status="{}">\n',
            classes,
            pk,
            pk,
            status,
        ),
        *_messages(comment, context),
    ]
    if comment.is_removed:
        parts.append('  <p class="comment-removed">This comment was removed.</p>\n')
    else:
        parts.append(_card(comment, context))
    if not is_reply:
        replies = comment.reply_list
        parts.append(
            '  <ol class="comment-replies" data-reply-list>\n'
            if replies
            else '  <ol class="comment-replies" data-reply-list hidden>\n'
        )
        parts += [comment_card(reply, is_reply=True, context=context) for reply in replies]
        parts.append("  </ol>\n")
        if more := getattr(comment, "more_replies", 0):
            parts.append(_more_replies(comment, len(replies) + more))
    parts.append("</li>\n")
    return mark_safe("".join(parts))


def _more_replies(comment: Comment, count: int) -> str:
    """The link to a long thread's own page, which shows all its replies."""
    to = "the removed comment" if comment.is_removed else comment.author_name
    return format_html(
        '  <p class="comment-more-replies"><a href="{}">See all {} replies'
        '<span class="visually-hidden"> to {}</span></a></p>\n',
        reverse("community:comment_replies", args=[comment.pk]),
        count,
        to,
    )


def _messages(comment: Comment, context) -> list[str]:
    tag = comment.message_tag
    return [
        format_html(
            '  <p class="message {} comment-message" role="status">{}</p>\n',
            message.level_tag,
            message,
        )
        for message in context.get("messages", ())
        if message.extra_tags == tag
    ]


def _card(comment: Comment, context) -> str:
    pk = comment.pk
    if comment.is_anonymous:
        author = format_html(
            '<span class="comment-author comment-author-deleted" id="comment-{}-by">{}</span>',
            pk,
            comment.author_name,
        )
    else:
        author = format_html(
            '<a class="comment-author" id="comment-{}-by" href="{}">{}</a>',
            pk,
            comment.author_url,
            comment.author_name,
        )
    meta = [
        f"      {author}\n",
        format_html(
            '      <a class="comment-permalink" href="#comment-{}">'
            '<time datetime="{}">{}</time></a>\n',
            pk,
            comment.created_iso,
            comment.created_stamp,
        ),
    ]
    if comment.edited_at:
        meta.append(
            format_html(
                '      <span class="comment-edited" title="Edited {}">(edited)</span>\n',
                comment.edited_stamp,
            )
        )
    if comment.is_featured:
        meta.append('      <span class="comment-badge comment-badge-featured">Featured</span>\n')
    if comment.status == HELD:
        meta.append('      <span class="comment-badge comment-badge-held">Awaiting review</span>\n')
    elif comment.status == HIDDEN:
        meta.append(
            '      <span class="comment-badge comment-badge-hidden">Hidden from readers</span>\n'
        )
    return "".join(
        [
            f'  <article class="comment-card" aria-labelledby="comment-{pk}-by">\n',
            '    <header class="comment-meta">\n',
            *meta,
            "    </header>\n",
            f'    <div class="comment-body">{comment.body_html}</div>\n',
            _actions(comment, context),
            _reply_box(comment, context),
            "  </article>\n",
        ]
    )


def _csrf_input(context) -> str:
    token = context.get("csrf_token")
    if not token or token == "NOTPROVIDED":
        return ""
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)


def _post_button(view: str, comment: Comment, label: str, context, hidden: str = "") -> str:
    return format_html(
        '        <form method="post" action="{}">{}{}<button type="submit" class="link">{}</button>'
        "</form>\n",
        reverse(view, args=[comment.pk]),
        _csrf_input(context),
        hidden,
        label,
    )


def _actions(comment: Comment, context) -> str:
    """The links and buttons for what the reader may do to the comment (set by
    selectors.comment_flags_set); nothing at all for a visitor."""
    can = (
        comment.can_edit,
        comment.can_delete,
        comment.can_report,
        comment.can_moderate,
        comment.can_feature,
    )
    if not any(can):
        return ""
    pk, actions = comment.pk, []
    if comment.can_edit:
        actions.append(
            format_html(
                '      <a href="{}">Edit<span class="visually-hidden"> your comment</span></a>\n',
                reverse("community:comment_edit", args=[pk]),
            )
        )
    if comment.can_delete:
        actions.append(
            format_html(
                '      <a href="{}">Delete<span class="visually-hidden"> your comment</span></a>\n',
                reverse("community:comment_delete", args=[pk]),
            )
        )
    if comment.can_report:
        actions.append(
            format_html(
                '      <a href="{}">Report'
                '<span class="visually-hidden"> comment by {}</span></a>\n',
                reverse("community:comment_report", args=[pk]),
                comment.author_name,
            )
        )
    if comment.can_moderate:
        if comment.status == VISIBLE:
            actions.append(_post_button("community:comment_hide", comment, "Hide", context))
        else:
            label = "Approve" if comment.status == HELD else "Restore"
            actions.append(_post_button("community:comment_restore", comment, label, context))
    if comment.can_feature:
        featured = comment.is_featured
        actions.append(
            _post_button(
                "community:comment_feature",
                comment,
                "Unfeature" if featured else "Feature",
                context,
                hidden=format_html(
                    '<input type="hidden" name="featured" value="{}">', "0" if featured else "1"
                ),
            )
        )
    return "".join(['    <div class="comment-actions">\n', *actions, "    </div>\n"])


def _reply_box(comment: Comment, context) -> str:
    if not comment.can_reply:
        return ""
    return format_html(
        '    <details class="comment-reply-box">\n'
        '      <summary>Reply<span class="visually-hidden"> to {name}</span></summary>\n'
        '      <form class="comment-form reply-form" method="post" action="{action}">\n'
        "        {csrf}\n"
        '        <input type="hidden" name="parent" value="{pk}">\n'
        '        <div class="comment-errors" role="alert" data-comment-errors></div>\n'
        '        <label for="reply-body-{pk}">Your reply to {name}</label>\n'
        '        <textarea id="reply-body-{pk}" name="body" rows="3" maxlength="5000" required>'
        "</textarea>\n"
        '        <p><button type="submit">Post reply</button></p>\n'
        "      </form>\n"
        "    </details>\n",
        name=comment.author_name,
        action=reverse("community:comment_post", args=[context["article"].slug]),
        csrf=_csrf_input(context),
        pk=comment.pk,
    )
