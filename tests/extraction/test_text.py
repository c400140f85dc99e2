import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from premiere.extraction.text import normalize, sentences


def test_abbreviations_and_short_months_do_not_end_a_sentence():
    text = "Dr. Strange returns. It opens Feb. 9, 2024. Mr. Reeves? Yes!"
    assert [s.text for s in sentences(text)] == [
        "Dr. Strange returns.",
        "It opens Feb. 9, 2024.",
        "Mr. Reeves?",
        "Yes!",
    ]


def test_a_sentence_may_open_on_a_capital_with_its_accent():
    text = "Le film sort le 4 octobre. À l'inverse, la série attendra. Über allem steht 2028."
    assert [s.text for s in sentences(text)] == [
        "Le film sort le 4 octobre.",
        "À l'inverse, la série attendra.",
        "Über allem steht 2028.",
    ]


def test_a_german_day_with_its_dot_does_not_end_a_sentence():
    text = "Der Film startet am 12. November. Am 3. März folgt die Serie. Sie lief 2. Platz."
    assert [s.text for s in sentences(text)] == [
        "Der Film startet am 12. November.",
        "Am 3. März folgt die Serie.",
        "Sie lief 2.",
        "Platz.",
    ]


def _normalize_one_by_one(text: str) -> str:
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))[:1] or " "
        base = base.casefold()[:1]
        out.append(base if base.isalnum() else " ")
    return "".join(out)


@given(st.text(max_size=200))
def test_normalize_folds_each_character_on_its_own_and_keeps_the_length(text):
    assert normalize(text) == _normalize_one_by_one(text)
    assert len(normalize(text)) == len(text)
