import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from premiere.core import styles

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(value) -> str:
    """Render structured data as a JSON-LD block that no text in it can break out of."""
    data = json.dumps(value, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    return context["request"].build_absolute_uri(path)


@register.simple_tag(takes_context=True)
def with_page(context, number) -> str:
    """Return this page's query string with another page number, keeping searches and filters."""
    query = context["request"].GET.copy()
    query["page"] = number
    return f"?{query.urlencode()}"


# Messages about one item on the page (a comment) carry a tag starting with this and are
# shown beside the item, where the page scrolls after the action, not at the top.
INLINE_MESSAGE = "at-"


@register.filter
def page_messages(messages) -> list:
    """The messages shown at the top of the page: those not about one item on it."""
    return [m for m in messages if not m.extra_tags.startswith(INLINE_MESSAGE)]


@register.simple_tag
def inline_styles() -> str:
    """The site's stylesheet as a `<style>` element (see core/styles.py for why inline)."""
    return mark_safe(f"<style>{styles.TEXT}</style>")
