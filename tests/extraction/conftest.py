from datetime import date

import pytest

from premiere.extraction import Document, Entry, Gazetteer, extract

PUBLISHED = date(2023, 6, 1)


@pytest.fixture(scope="session")
def gazetteer():
    return Gazetteer(
        [
            Entry(1, "franchise", "John Wick"),
            Entry(1, "title", "John Wick", (), "film", 1, 1, 0),
            Entry(2, "title", "John Wick: Chapter 2", ("John Wick 2",), "film", 1, 2, 1),
            Entry(
                3,
                "title",
                "John Wick: Chapter 3 - Parabellum",
                ("John Wick 3", "Parabellum"),
                "film",
                1,
                3,
                2,
            ),
            Entry(4, "title", "John Wick: Chapter 4", ("John Wick 4",), "film", 1, 4, 3),
            Entry(5, "title", "Ballerina", (), "film", 1, None, 4),
            Entry(2, "franchise", "Ironvale"),
            Entry(20, "title", "Ironvale Chronicles", (), "game", 2, 1, 0),
            Entry(21, "title", "Ironvale II", ("Ironvale 2",), "game", 2, 2, 1),
            Entry(30, "title", "Starfall Protocol", (), "film"),
            Entry(31, "title", "Harbor Lights", (), "series"),
            Entry(32, "title", "Tidewalk -prologue-", (), "film"),
            Entry(10, "person", "Ana de Armas"),
            Entry(11, "person", "Keanu Reeves"),
            Entry(12, "person", "Norman Reedus"),
            Entry(13, "person", "Chad Stahelski"),
            Entry(40, "company", "Lionsgate"),
            Entry(41, "company", "Hollowforge Games"),
        ]
    )


@pytest.fixture
def facts(gazetteer):
    def run(body, headline="", published=PUBLISHED, kind=None):
        found = extract(Document(headline=headline, body=body, published=published), gazetteer)
        return [s for s in found if kind is None or s.kind == kind]

    return run


@pytest.fixture
def values():
    """The chosen fields of each suggestion, as tuples: what a test compares."""

    def pick(found, *keys):
        return [tuple(s.value.get(k) for k in keys) for s in found]

    return pick


@pytest.fixture
def read_markdown():
    """Read a story written in Markdown as the desk hands it over (its text, the names it sets
    in italics or bold): what the extractor suggests."""
    from premiere.core.text import markdown_emphasis, markdown_headings, markdown_text

    def run(headline, body, published=PUBLISHED, gazetteer=None, standfirst=""):
        document = Document(
            headline=headline,
            standfirst=standfirst,
            body=markdown_text(body),
            emphasized=markdown_emphasis(body),
            headings=markdown_headings(body),
            published=published,
        )
        return extract(document, gazetteer or Gazetteer([]))

    return run


@pytest.fixture
def new_titles(read_markdown):
    """The new titles a story in Markdown gets proposed, known to no catalog."""

    def run(headline, body):
        return [s for s in read_markdown(headline, body) if s.kind == "new_title"]

    return run
