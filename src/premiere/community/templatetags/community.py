"""What the community adds to other apps' pages: an article's comments, for its readers."""

from django import template

from ..selectors import comments_context

register = template.Library()


@register.inclusion_tag("community/_comments.html", takes_context=True)
def comments_for(context, article):
    """Render an article's comments and the form to add one, for the visitor reading it."""
    request = context["request"]
    page = request.GET.get("comments")
    found = comments_context(article=article, user=request.user, page_number=page)
    return {**context.flatten(), **found}
