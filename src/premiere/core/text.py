"""User and editor text: Markdown in, sanitized HTML out, through one function per audience.

Text is stored as written. Rendering goes Markdown -> HTML (raw HTML in the source is escaped,
never passed through) -> nh3, so even a bug in the Markdown step cannot let markup through.
"""

import html
import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

# Readers write a small subset: emphasis, links, code, quotes, lists. No images or headings:
# a comment is a comment, not a page.
_COMMENT_MD = MarkdownIt("zero", {"linkify": False, "breaks": True}).enable(
    ["emphasis", "link", "backticks", "blockquote", "list", "newline", "autolink", "escape"]
)
_COMMENT_TAGS = {"p", "br", "em", "strong", "a", "code", "blockquote", "ul", "ol", "li"}

# A line break typed in the story is one on the page: a date on its own line over the
# titles it heads ("January 3" / "Paper Lanterns—…") must not run into them.
_ARTICLE_MD = MarkdownIt("commonmark", {"html": False, "typographer": True, "breaks": True}).enable(
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


# Reading an editor's Markdown for its words (the desk's extraction), never for showing it.
_READING_MD = MarkdownIt("commonmark").enable(["strikethrough", "table"])
_PHOTO_LINE = re.compile(r"^\[image:\d+\]\s*$", re.MULTILINE)
_SPOKEN = {"text", "code_inline", "image"}  # an image's alt text is words too
_BREAKS = {"softbreak", "hardbreak"}


@lru_cache(maxsize=4)
def _reading(markdown: str) -> tuple:
    """The body's tokens, parsed once: the desk reads its words, headings and italics, and
    checks the words again on each decision."""
    return tuple(_READING_MD.parse(_PHOTO_LINE.sub("", markdown)))


def _words(inline) -> str:
    return "".join(
        child.content if child.type in _SPOKEN else "\n" if child.type in _BREAKS else ""
        for child in inline.children or ()
    )


def markdown_text(markdown: str) -> str:
    """Return the words of an article's Markdown as the lines a reader sees: a heading, a
    list item ("- " kept, so a list still reads as one) and a table row ("Title | Date") each
    a line of its own, blocks apart by a blank line; no "###", "**", link addresses or photo
    lines. Reading "### Jumanji 3" as a title's heading needs the words without the marks."""
    blocks, lines, cells = [], [], []
    item = cell = False  # the next paragraph opens a list item; the words are a table cell's
    for token in _reading(markdown):
        match token.type:
            case "list_item_open":
                item = True
            case "th_open" | "td_open":
                cell = True
            case "th_close" | "td_close":
                cell = False
            case "tr_close":
                lines.append(" | ".join(cells))
                cells = []
            case "inline" if cell:
                cells.append(_words(token).strip())
            case "inline":
                lines.append(("- " if item else "") + _words(token).strip())
                item = False
        # A top-level block ends: a paragraph, a heading, a whole list or table.
        if token.level == 0 and token.nesting == -1:
            blocks.append("\n".join(line for line in lines if line))
            lines = []
    return "\n\n".join(block for block in blocks if block)


def markdown_headings(markdown: str) -> tuple[str, ...]:
    """The words of an article's Markdown headings ("### Paper Moons"), in order: a listing's
    titles, one over each paragraph, a hint for the desk."""
    found, inside = [], False
    for token in _reading(markdown):
        if token.type == "heading_open":
            inside = True
        elif token.type == "heading_close":
            inside = False
        elif inside and token.type == "inline" and (words := _words(token).strip()):
            found.append(words)
    return tuple(found)


# Bold that marks no work: a label ("**Director:** …", "**Okafor:** …" in a Q&A) or a name
# after a credit's words ("starring **Rhys Calder**").
_NOT_BOLD_TITLE = re.compile(
    r"(?:\b(?:starring|stars|star|director|directed\s+by|by|actor|actress|creator|showrunner|"
    r"writer|producer|composer)\s*)$",
    re.I,
)

# A listing's distributor in bold ("**Vantablack Films** (Limited)"): a company, not a work.
_COMPANY_NAME = re.compile(
    r"\b(?:Films|Pictures|Studios?|Entertainment|Games|Interactive|Media|Productions|Releasing|"
    r"Distribution|Television|Networks?)$"
)


def markdown_emphasis(markdown: str) -> tuple[str, ...]:
    """The words an article's Markdown sets in italics ("*Hollowmere Keep*"), and in bold
    where bold marks a work ("**Blackwater Bay**"), in order: the house style of many
    newsrooms for a work's title, a hint for the desk. A label keeps its colon ("**Release
    date:**", "**The Copper Saint:**")."""
    found = []
    for token in _reading(markdown):
        # Only the last words before a bold span matter ("starring **…**"): a short tail is
        # kept, not the whole paragraph joined again at each span.
        words, said, strong = None, "", False
        for child in token.children or ():
            if child.type in ("em_open", "strong_open"):
                words, strong = [], child.type == "strong_open"
            elif child.type in ("em_close", "strong_close") and words is not None:
                name = "".join(words).strip()
                if not strong or not (_NOT_BOLD_TITLE.search(said) or _COMPANY_NAME.search(name)):
                    found.append(name)
                said = (said + "".join(words))[-60:]
                words = None
            elif child.type in _SPOKEN:
                if words is None:
                    said = (said + child.content)[-60:]
                else:
                    words.append(child.content)
    # (a name set off with its colon, "**The Copper Saint:** The western…", is a paragraph's
    # label: kept with the colon, which tells the extractor so)
    return tuple(name for name in found if name and name != ":")
