"""Links from a story's body to the catalog pages of what it mentions.

The first mention of each title, person, franchise or company the story is linked to becomes a
link to its page, as a reader of an entertainment site expects ("Ana de Armas" → her page).
Only the first: a body full of links reads badly. Never inside a heading, an existing link, a
caption, code, or a quote and its attribution, where a link would change what the words are
or who says them. Applied to the sanitized HTML when the body is rendered (at save time),
never per request.
"""

import re
from dataclasses import dataclass
from html import escape

# Tags whose text is never linked. The body's HTML is nh3's output: well formed, lower case.
NO_LINKS_INSIDE = {
    *("a", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "cite", "figcaption", "code", "pre"),
}
TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"^</?\s*([a-z0-9]+)")
SHORTEST_NAME = 3  # "It" or "Us" as a title would link every pronoun


@dataclass(frozen=True)
class Target:
    names: tuple[str, ...]  # the name and its aliases, as they would appear in text
    url: str


def link_first_mentions(html: str, targets: list[Target]) -> str:
    """Return `html` with the first mention of each target linked to its page."""
    patterns = []
    for target in targets:
        names = sorted(
            {escape(name, quote=False) for name in target.names if len(name) >= SHORTEST_NAME},
            key=len,
            reverse=True,
        )
        if names:
            # The body's typography curls its apostrophes: "The Cartographer’s Widow" is the
            # catalog's "The Cartographer's Widow".
            alternatives = "|".join(re.sub("['’]", "['’]", re.escape(name)) for name in names)
            patterns.append((re.compile(rf"(?<![\w&])(?:{alternatives})(?![\w])"), target.url))
    if not patterns:
        return html
    pieces = TAG.split(html)
    open_tags: list[str] = []
    linked: set[str] = set()
    for index, piece in enumerate(pieces):
        if index % 2:  # a tag
            _follow(piece, open_tags)
            continue
        if not piece or any(tag in NO_LINKS_INSIDE for tag in open_tags):
            continue
        pieces[index] = _link_text(piece, patterns, linked)
    return "".join(pieces)


def _follow(tag: str, open_tags: list[str]) -> None:
    name = TAG_NAME.match(tag)
    if name is None or tag.endswith("/>"):
        return
    if tag.startswith("</"):
        if name.group(1) in open_tags:
            del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name.group(1)) :]
    elif name.group(1) not in {"br", "img", "hr"}:
        open_tags.append(name.group(1))


def _link_text(text: str, patterns, linked: set[str]) -> str:
    """Link, in one stretch of text, the earliest first mention of each target not yet linked;
    mentions never overlap ("John Wick: Chapter 4" is not also "John Wick")."""
    found = []
    for pattern, url in patterns:
        if url in linked:
            continue
        if match := pattern.search(text):
            found.append((match.start(), -len(match.group(0)), match.end(), url))
    out, position = [], 0
    for start, _length, end, url in sorted(found):
        if start < position or url in linked:
            continue
        out.append(text[position:start])
        out.append(f'<a href="{escape(url)}">{text[start:end]}</a>')
        position = end
        linked.add(url)
    out.append(text[position:])
    return "".join(out)
