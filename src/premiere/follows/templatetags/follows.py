"""How the follow button joins the catalog's and the newsroom's pages, which import nothing
of this app: their templates load this library and write {% follow_button title %}."""

from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("follows/_follow_button.html", takes_context=True)
def follow_button(context, target):
    """A Follow / Unfollow button for a title, franchise, person, company or section (a form
    that works without JavaScript); "Sign in to follow" for a visitor who is not signed in."""
    request = context["request"]
    return selectors.follow_button_context(
        user=request.user, target=target, next_url=request.get_full_path()
    ) | {"csrf_token": context.get("csrf_token")}
