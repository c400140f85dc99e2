"""Reader and editor text is sanitized whatever is typed into it."""

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from premiere.core import text as core_text
from premiere.core.text import (
    markdown_emphasis,
    markdown_text,
    plain_text,
    render_article,
    render_comment,
)


class _Tags(HTMLParser):
    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict]]:
    return _Tags(html).tags


ATTACKS = [
    "<script>alert('x')</script>",
    "Hi <script src=https://evil.example/x.js></script> there",
    "[click me](javascript:alert(1))",
    "[click me](JaVaScRiPt:alert(1))",
    "[click me](  javascript:alert(1))",
    '<a href="javascript:alert(1)">raw link</a>',
    "<img src=x onerror=alert(1)>",
    '<p onclick="alert(1)">para</p>',
    "<div onmouseover=alert(1)>hover</div>",
    '<iframe src="https://evil.example"></iframe>',
    "<svg><script>alert(1)</script></svg>",
    "<style>body{display:none}</style>",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<object data=evil.swf></object><embed src=evil.swf>",
    "<form action=https://evil.example><input name=x></form>",
]
DANGEROUS_TAGS = {"script", "iframe", "img", "svg", "style", "object", "embed", "form", "input"}


def assert_harmless(html: str, allowed: set[str]) -> None:
    for tag, attrs in tags_of(html):
        assert tag in allowed and tag not in DANGEROUS_TAGS, html
        assert not any(name.startswith("on") for name in attrs), html
        assert "style" not in attrs, html
        href = (attrs.get("href") or "").strip().lower()
        assert not href.startswith(("javascript:", "data:", "vbscript:")), html


COMMENT_TAGS = {"p", "br", "em", "strong", "a", "code", "blockquote", "ul", "ol", "li"}


@pytest.mark.parametrize("text", ATTACKS)
def test_render_comment_neutralises_markup(text):
    assert_harmless(render_comment(text), COMMENT_TAGS)


@pytest.mark.parametrize("text", ATTACKS)
def test_render_article_neutralises_markup(text):
    assert_harmless(
        render_article(text),
        COMMENT_TAGS
        | {"h2", "h3", "h4", "hr", "pre", "s", "table", "thead", "tbody", "tr", "th", "td"},
    )


def test_raw_html_in_a_comment_is_shown_as_text_not_run():
    html = render_comment("<script>alert(1)</script>")

    assert "<script" not in html
    assert "&lt;script&gt;" in html


def test_comment_links_are_marked_as_user_content():
    html = render_comment(
        "See [the trailer](https://example.com/trailer) and <https://example.org>"
    )

    links = [attrs for tag, attrs in tags_of(html) if tag == "a"]
    assert [link["href"] for link in links] == [
        "https://example.com/trailer",
        "https://example.org",
    ]
    for link in links:
        assert {"nofollow", "ugc"} <= set(link["rel"].split())


def test_comment_keeps_the_small_markdown_subset():
    html = render_comment("*so* **good**\n\n> quoted\n\n- one\n- two\n\n`code`")

    assert {tag for tag, _ in tags_of(html)} == {
        "p",
        "em",
        "strong",
        "blockquote",
        "ul",
        "li",
        "code",
    }


@pytest.mark.parametrize(
    ("text", "absent"),
    [("# Shouting", "h1"), ("![poster](https://example.com/p.jpg)", "img"), ("---", "hr")],
)
def test_comment_has_no_headings_images_or_rules(text, absent):
    assert absent not in {tag for tag, _ in tags_of(render_comment(text))}


def test_article_keeps_headings_and_tables_and_its_links_are_not_nofollow():
    html = render_article(
        "## Dates\n\n| Film | Date |\n|---|---|\n| Ballerina | June |\n\n[Studio](https://example.com)"
    )

    tags = dict(tags_of(html))
    assert {"h2", "table", "td", "a"} <= tags.keys()
    assert "nofollow" not in tags["a"].get("rel", "")


def test_a_line_typed_on_its_own_stays_on_its_own_line():
    """A walk-through's list: "January 3" on one line and "Paper Lanterns—an animated
    fable…" on the next read as one run-on paragraph on the story's page."""
    html = render_article("January 3\nPaper Lanterns—an animated fable.\n\nNext paragraph.")
    assert html.count("<p>") == 2
    assert "January 3<br>" in html.replace("<br />", "<br>")


def test_plain_text_drops_every_tag():
    assert plain_text("<p>Hello <strong>world</strong><script>x</script></p>") == "Hello world"


# Hostile input, generated: whatever a reader or an editor types, only the allowed tags and
# attributes come out, and no script can run.

PIECES = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:x'>",
        "[link](javascript:alert(1))",
        "[ok](https://example.com)",
        "<iframe src=//e.x>",
        "<svg onload=alert(1)>",
        "<style>*{}</style>",
        "&lt;b&gt;",
        "**bold**",
        "_em_",
        "`code`",
        "> quote",
        "- item",
        "1. item",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "# Heading",
        "\n\n",
        '<a href="data:text/html,x">',
        "[x](vbscript:msgbox)",
        "<p onclick=x>",
        "\u202e",
        "\x00",
        "<!-- c -->",
        "<![CDATA[x]]>",
        "javascript&#58;alert(1)",
        "<b",
        ">",
        '"',
        "'",
        '[a](https://e.x "t" onmouseover="x")',
        '<math><mi xlink:href="javascript:x">',
    ]
)
HOSTILE = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=25).map("".join)


def _safe(html: str, tags: set, attributes: dict) -> None:
    for tag, attrs in tags_of(html):
        assert tag in tags, (tag, html)
        for name, value in attrs.items():
            assert name in attributes.get(tag, set()) | {"rel"}, (tag, name, html)
            if name == "href":
                assert value.split(":", 1)[0].lower() in {"http", "https", "mailto"} or (
                    ":" not in value.split("/", 1)[0]
                ), value


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_any_comment_renders_to_allowed_markup_only(source):
    _safe(core_text.render_comment(source), core_text._COMMENT_TAGS, {"a": {"href"}})


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_any_article_body_renders_to_allowed_markup_only(source):
    _safe(
        core_text.render_article(source),
        core_text._ARTICLE_TAGS,
        {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
    )


def test_markdown_is_read_as_the_lines_a_reader_sees():
    text = markdown_text(
        "### Night Orchard\n\n**Northlight** (Wide)\n\nRelease date: *July 9*, 2027\n\n"
        "- [Starfall Protocol](https://example.com/sp) moved to June 30, 2027\n"
        "- Harbor Lights\n\n"
        "| Title | Date |\n|---|---|\n| Hollow Crown | Dec 25 |\n\n[image:12]\n\n"
        "Source | Variety"
    )
    assert text == (
        "Night Orchard\n\nNorthlight (Wide)\n\nRelease date: July 9, 2027\n\n"
        "- Starfall Protocol moved to June 30, 2027\n- Harbor Lights\n\n"
        "Title | Date\nHollow Crown | Dec 25\n\nSource | Variety"
    )


def test_the_words_set_in_italics_are_read_for_the_desk():
    """House style sets a work's title in italics: the desk takes them as a hint."""
    story = (
        "Developer Quillstone said the *Cinderfall Tactics* Switch 2 edition is *really* "
        "coming.\n\n- _Night Orchard_ (March 5)"
    )
    assert markdown_emphasis(story) == ("Cinderfall Tactics", "really", "Night Orchard")


def test_a_title_set_in_bold_is_read_but_not_a_label_nor_a_credited_name():
    """Modelled on two walk-throughs: a line-up's "- **Nightjar**, directed by…" and a
    renewal's "renewed the drama **Blackwater Bay**" gave the desk nothing."""
    story = (
        "Netflix renewed **Blackwater Bay**, starring **Rhys Calder**.\n\n"
        "- **Nightjar**, directed by Tomás Ferreira\n\n**Okafor:** We planned three chapters."
    )
    # (a label keeps its colon: the extractor tells a paragraph's title from a speaker)
    assert markdown_emphasis(story) == ("Blackwater Bay", "Nightjar", "Okafor:")


def test_the_headings_are_read_for_the_desk():
    story = "Intro.\n\n### Paper Moons\n\nText.\n\n## *Saltwater Kings*\n\nMore."
    assert core_text.markdown_headings(story) == ("Paper Moons", "Saltwater Kings")
