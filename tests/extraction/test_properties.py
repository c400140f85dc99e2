"""Extraction must never crash, whatever text an editor pastes or a feed sends."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from premiere.extraction import Document, extract
from premiere.extraction.when import find_dates

WORDS = st.sampled_from(
    [
        "Ballerina",
        "John Wick 4",
        "released",
        "delayed",
        "from",
        "to",
        "March",
        "May 21",
        "June 7, 2024",
        "Q3",
        "next year",
        "this fall",
        "in theaters",
        "on PS5",
        "starring",
        "Ana de Armas",
        "set between",
        "three",
        "and",
        "four",
        "according to",
        "Source |",
        "called",
        "spin-off",
        "back on the table",
        ".",
        ",",
        "\n",
        "2026",
        "TBA",
        "Netflix",
    ]
)
PHRASES = st.lists(WORDS, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=400), published=st.dates(date(1990, 1, 1), date(2090, 12, 31)))
def test_arbitrary_text_never_crashes(gazetteer, text, published):
    for suggestion in extract(Document(body=text, published=published), gazetteer):
        assert suggestion.sentence
        assert 0 < suggestion.confidence <= 1


@settings(max_examples=300, deadline=None)
@given(text=PHRASES, published=st.dates(date(1990, 1, 1), date(2090, 12, 31)))
def test_release_like_text_never_crashes_and_dates_are_valid(gazetteer, text, published):
    for found in find_dates(text, published):
        assert found.when.is_tba or found.when.start <= found.when.end
    for suggestion in extract(Document(headline=text, body=text, published=published), gazetteer):
        assert suggestion.key()
