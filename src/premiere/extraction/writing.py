"""How the story being read writes its dates, which the same words do not say alone.

"06/10" is June 10 in American copy and 6 October in French, Spanish, Italian, Portuguese
and German; "fiscal Q2" is July to September for a company whose year starts in April. Set
for one story's reading, as Django's translation.override sets a language: every rule that
reads dates (when.find_dates) follows it, and a caller reading one of the story's sentences
again (the desk, support.py) sets it the same way. Plain Python: no Django here.
"""

import contextlib
import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from premiere.extraction.dates import MONTHS
from premiere.extraction.language import ENGLISH, language_of


@dataclass(frozen=True)
class Writing:
    """Days in figures day first, and the month the story's company starts its fiscal year
    in, where the story says."""

    day_first: bool = False
    fiscal_start: int | None = None


PLAIN = Writing()  # English copy, calendar quarters
_WRITING: ContextVar[Writing] = ContextVar("writing", default=PLAIN)


def as_written() -> Writing:
    """How the story being read writes its dates (PLAIN outside any reading)."""
    return _WRITING.get()


def writing(day_first: bool = False, fiscal_start: int | None = None):
    """Read dates inside this block as a story written so does."""
    return _read_as(Writing(day_first, fiscal_start))


def reading(text: str, language: str = ""):
    """Read dates inside this block as the story `text` writes them (its language's order of
    day and month, its company's fiscal year): what `extract` does, for a caller that reads
    one of its sentences again. `language` when the caller knows it already."""
    return _read_as(_as_story_writes(text, language))


@lru_cache(maxsize=16)
def _as_story_writes(text: str, language: str) -> Writing:
    # (the desk reads one story's sentences again for each of its cards: the story is read
    # through once, not once a card)
    language = language or language_of(text)
    return Writing(day_first=language != ENGLISH, fiscal_start=fiscal_start_of(text))


@contextlib.contextmanager
def _read_as(how: Writing):
    token = _WRITING.set(how)
    try:
        yield
    finally:
        _WRITING.reset(token)


_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # (the longest first: "sept", "sep")
_MONTH = rf"(?P<month>{_NAMES})\b\.?"
_END = rf"(?P<end>{_NAMES})\b\.?"
# "its fiscal year 2028 started on April 1, 2027", "fiscal Q1 is April to June", "the fiscal
# year that ends in March": the month a company's year starts in.
FISCAL_START = re.compile(
    r"\bfiscal\s+(?:year\b[^.\n]{0,60}?\b(?:start|begin|began|run)\w*\s+(?:on\s+|from\s+|in\s+)?"
    r"|Q1\s+(?:is|runs|covers|spans)\s+(?:from\s+)?)"
    rf"(?:the\s+)?(?:1st\s+(?:of\s+)?)?{_MONTH}"
    rf"|\bfiscal\s+year\b[^.\n]{{0,40}}?\bend(?:s|ed|ing)?\s+(?:on\s+|in\s+)?{_END}",
    re.IGNORECASE,
)


def fiscal_start_of(text: str) -> int | None:
    """The month a story says its company's fiscal year starts in, or None."""
    if (found := FISCAL_START.search(text)) is None:
        return None
    if found.group("end"):
        return MONTHS[found.group("end").lower().rstrip(".")] % 12 + 1
    return MONTHS[found.group("month").lower().rstrip(".")]
