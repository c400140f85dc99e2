"""Sentences and names: the small text tools the rules share."""

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick
from babel.dates import get_month_names

# A sentence ends at . ! ? (possibly followed by a closing quote) and a space before a capital,
# a digit or an opening quote. Abbreviations common in entertainment copy do not end one.
# The lookbehinds sit after the period, so each one ends with it.
_ABBREVIATIONS = "".join(
    rf"(?<!\b{word}\.)"
    for word in (
        *("Mr", "Mrs", "Ms", "Dr", "St", "vs", "Vol", "No", "Jr", "Sr", "Bros"),
        # and the months, so "Feb. 9, 2024" stays one sentence
        *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
        # in a schedule's capitals too: "MONDAY, JAN. 4"
        *("JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"),
    )
)
# The cheap test first: the abbreviation lookbehinds then run only after a period.
# An exclamation after a word in capitals, or a double one, is part of a title ("HAIKYU!! The
# Dumpster Battle", "Haikyu!! Final").
# Nor does an initial ("Michael B. Jordan", "Jake M. Johnson"), nor a time ("at 9 p.m. Tuesday").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<![A-Z]{2}!)(?<!!!)(?<![\s(.][A-Z]\.)(?<![ap]\.m\.)"
    + _ABBREVIATIONS
    # (a capital with its accent opens a sentence too: "À l'inverse", "Über", "Élise")
    + r"""["”’)]?\s+(?=["“‘(]?[A-Z0-9À-ÖØ-Þ])"""
)
# German puts a dot after a day ("am 12. November", "ab 3. März"): no sentence ends there.
_DAY_DOT = re.compile(r"(?<!\d)[0-3]?\d\.$")
_MONTH_NEXT = re.compile(
    "(?:"
    + "|".join(
        sorted({n for lang in ("en", "de") for n in get_month_names("wide", locale=lang).values()})
    )
    + r")\b"
)
_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "«": '"', "»": '"', "„": '"'}
)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the whole document text


def clean(text: str) -> str:
    """Return text with typographic quotes and dashes made plain, length unchanged."""
    return text.translate(_QUOTES)


def sentences(text: str) -> list[Sentence]:
    """Split into sentences, keeping each one's offset. Lines are always boundaries."""
    found = []
    offset = 0
    for line in text.split("\n"):
        position = 0
        for match in _SENTENCE_END.finditer(line):
            if _DAY_DOT.search(
                line, max(0, match.start() - 3), match.start()
            ) and _MONTH_NEXT.match(line, match.end()):
                continue
            piece = line[position : match.start() + 1]
            if piece.strip():
                found.append(Sentence(piece.strip(), offset + position))
            position = match.end()
        rest = line[position:]
        if rest.strip():
            found.append(Sentence(rest.strip(), offset + position))
        offset += len(line) + 1
    return found


class _Folding(dict):
    """A str.translate table filled on first sight of each character: folding one character
    at a time through unicodedata made normalize the slowest step of extraction."""

    def __missing__(self, code: int) -> str:
        base = unicodedata.normalize("NFKD", chr(code))
        base = "".join(c for c in base if not unicodedata.combining(c))[:1] or " "
        base = base.casefold()[:1]
        self[code] = folded = base if base.isalnum() else " "
        return folded


_FOLDING = _Folding()


def normalize(text: str) -> str:
    """Fold case and accents and turn punctuation into spaces, keeping every offset in place.

    Matching runs on this form, and offsets found in it index the original text too.
    """
    return text.translate(_FOLDING)


def normalize_name(name: str) -> str:
    """Return a name's matching key: normalized, single-spaced."""
    return " ".join(normalize(name).split())


# A proper name: capitalized words, allowing lower-case particles inside ("Ana de Armas").
# An initial counts as a word ("Michael B. Jordan").
_WORD = r"(?:[A-Z]\.(?=\s+[A-Z][a-z])|[A-Z][\w'’-]*(?:\.[\w'’-]+)*)"
NAME = rf"(?:{_WORD})(?:\s+(?:(?:de|da|del|van|von|der|la|le|di|du|bin|al)\s+)?{_WORD}){{0,3}}"
# A title may hold small words between capitalized ones ("Dancer in Red", "Lord of the Rings").
TITLE_NAME = (
    rf"(?:{_WORD})(?:\s+(?:(?:in|of|the|and|a|an|on|at|to|for|from|with|&)\s+)*"
    rf"{_WORD}){{0,5}}"
)
# The words that end a company's name: "Northlight Pictures", "Kitsune Interactive".
COMPANY_WORD = (
    r"(?:Pictures|Studios?|Entertainment|Films|Releasing|Distribution|Interactive|Media|"
    r"Productions|Animation|Games|Publishing|Television|Networks?)"
)
# Words that start a sentence but never a name.
LEADING_WORDS = {"And", "But", "So", "Then", "Now", "Also", "Meanwhile", "Still", "Yet", "Plus"}
# ("Per FX, Abernathy plays…": who says so, not who plays)
LEADING_WORDS |= {"Per", "Via"}


def trim_name(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


class Spans:
    """Claimed stretches of text, kept sorted and disjoint, so checking a new match for overlap
    costs a binary search, not a scan of every earlier one (a long paragraph has thousands)."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_right(self.starts, start)
        if at and self.ends[at - 1] > start:
            return True
        return at < len(self.starts) and self.starts[at] < end

    def add(self, start: int, end: int) -> None:
        at = bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


def where_written(text: str, phrases: Iterable[str], size: int | None = None) -> bytearray:
    """Which characters of `text` lie where one of `phrases` is written, the longest at each
    place, found in one pass however many phrases there are; `size` long (the text's length
    and one more by default), so that a caller may look past the stretch it had read."""
    written = bytearray((len(text) if size is None else size) + 1)
    automaton = ahocorasick.Automaton()
    for phrase in phrases:
        if phrase:
            automaton.add_word(phrase, len(phrase))
    if len(automaton):
        automaton.make_automaton()
        for last, length in automaton.iter_long(text):
            written[last + 1 - length : last + 1] = b"\x01" * length
    return written
