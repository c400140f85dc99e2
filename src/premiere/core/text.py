"""User and editor text: Markdown in, sanitized HTML out, through one function per audience.

Text is stored as written. Rendering goes Markdown -> HTML (raw HTML in the source is escaped,
never passed through) -> nh3, so even a bug in the Markdown step cannot let markup through.
"""

import html

import nh3
from markdown_it import MarkdownIt

# Readers write a small subset: emphasis, links, code, quotes, lists. No images or headings:
# a comment is a comment, not a page.
_COMMENT_MD = MarkdownIt("zero", {"linkify": False, "breaks": True}).enable(
    ["emphasis", "link", "backticks", "blockquote", "list", "newline", "autolink", "escape"]
)
_COMMENT_TAGS = {"p", "br", "em", "strong", "a", "code", "blockquote", "ul", "ol", "li"}

_ARTICLE_MD = MarkdownIt("commonmark", {"html": False, "typographer": True}).enable(
    ["replacements", "smartquotes", "strikethrough", "table"]
)
_ARTICLE_TAGS = _COMMENT_TAGS | {
    "h2",
    "h3",
    "h4",
    "hr",
    "pre",
    "s",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}

_URL_SCHEMES = {"http", "https", "mailto"}


def render_comment(text: str) -> str:
    """Return safe HTML for a reader's comment; links are marked as user content."""
    return nh3.clean(
        _COMMENT_MD.render(text),
        tags=_COMMENT_TAGS,
        attributes={"a": {"href"}},
        url_schemes=_URL_SCHEMES,
        link_rel="nofollow ugc noopener",
    )


def render_article(text: str) -> str:
    """Return safe HTML for an article body written in Markdown."""
    return nh3.clean(
        _ARTICLE_MD.render(text),
        tags=_ARTICLE_TAGS,
        attributes={"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
        url_schemes=_URL_SCHEMES,
        link_rel="noopener",
    )


def plain_text(html_or_text: str) -> str:
    """Return the text of some HTML, tags removed and entities decoded ("Marvel & Sony").

    The result is plain text: templates and feeds escape it again when they output it.
    """
    return html.unescape(nh3.clean(html_or_text, tags=set())).strip()
