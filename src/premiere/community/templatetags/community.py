"""What the community adds to other apps' pages: an article's comments, for its readers."""

from django import template

from .. import drafts
from ..cards import comment_card
from ..forms import CommentForm
from ..selectors import comments_context

register = template.Library()


@register.simple_tag(takes_context=True)
def comments_read(context, article):
    """Read the page of an article's comments the visitor asked for, once.

    `{% comments_read article as discussion %}` at the top of a story lets its header give
    the count (`discussion.comment_count`) that `{% comments_for article discussion %}`
    lists below, without the story's own query counting them again.
    """
    request = context["request"]
    page = request.GET.get("comments")
    discussion = comments_context(article=article, user=request.user, page_number=page)
    if discussion["comment_form"] is not None and (kept := drafts.take(request, article=article)):
        # Typed before signing in: back in the box, ready to post.
        discussion["comment_form"] = CommentForm(article=article, initial={"body": kept})
    return discussion


@register.inclusion_tag("community/_comments.html", takes_context=True)
def comments_for(context, article, discussion=None):
    """Render an article's comments and the form to add one, for the visitor reading it."""
    if discussion is None:
        discussion = comments_read(context, article)
    return {**context.flatten(), **discussion}


@register.simple_tag(takes_context=True)
def comment_item(context, comment, is_reply=False):
    """A comment's list item with its replies (premiere.community.cards says why in Python)."""
    return comment_card(comment, is_reply=is_reply, context=context)
