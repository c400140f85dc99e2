"""A sentence's clauses, as the release rules read them: the stretch between commas, semicolons
and colons around a date, how far a clause reaches, and a sentence cut into one clause per
date ("opens in Australia on 12 December and in Japan in January")."""

import re

from ..regions import regions_named_in
from ..vocabulary import ANY_PLATFORM
from ..when import WEEKDAY_NAME, DateMention

# Where a sentence with several dates breaks into one clause per date.
CLAUSE_BREAK = re.compile(
    r",|;|\s+(?:and|while|with|but|whereas|then|et|puis|mais|y|pero|und|aber|e|ed|ma)\s+|"
    # "hits theaters nationwide on March 6 after a limited run starting February 20"
    r"\s+(?:after|before|ahead\s+of|following)\s+"
)


CLAUSE_REACH = 300  # characters either side: no clause is longer, and a bound keeps it linear


WEEKDAY_COMMA = re.compile(rf"\b{WEEKDAY_NAME},\s*$")


def clause_around(text: str, position: int) -> str:
    """Return the stretch of `text` around `position` between commas, semicolons and colons."""
    start, end = clause_bounds(text, position)
    return text[start:end]


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """Where the clause around `position` (as `clause_around` reads it) starts and ends."""
    low, high = max(0, position - CLAUSE_REACH), min(len(text), position + CLAUSE_REACH)
    start = max(max(text.rfind(mark, low, position) for mark in ",;:") + 1, low)
    if weekday := WEEKDAY_COMMA.search(text, low, start):
        # "opens the festival on Thursday, September 9": the day's name is the date's own
        start = max(max(text.rfind(mark, low, weekday.start()) for mark in ",;:") + 1, low)
    ends = [end for mark in ",;:" if (end := text.find(mark, position, high)) != -1]
    return start, min(ends, default=high)


REGION_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")


def _country_lists(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where `text[start:end]` lists countries together, first to last ("Japan, the United
    States, Canada and Mexico")."""
    spans, at = [], None
    for first, last, _code in regions_named_in(text[start:end], "en"):
        if at is not None and (first < at or REGION_GAP.fullmatch(text, start + at, start + first)):
            spans[-1][1] = start + last
        else:
            spans.append([start + first, start + last])
        at = last
    return [(a, b) for a, b in spans if a != b]


def date_clauses(text: str, dates: list[DateMention]) -> list[str]:
    """Split a sentence into one stretch per date, breaking at the first comma or conjunction
    after each date: "opens in Australia on 12 December and in Japan in January"."""
    bounds = [0]
    for current, following in zip(dates, dates[1:], strict=False):
        # (not inside a list of countries: "on June 8 in Japan, the United States and Canada,
        # while players in the UK wait until June 15")
        lists = _country_lists(text, current.end, following.start)
        gap = next(
            (
                g
                for g in CLAUSE_BREAK.finditer(text, current.end, following.start)
                if not (
                    g.group().strip() in ("and", "et", "y", "und", "e")
                    and PLATFORM_NEXT.match(text, g.end())
                )
                and not any(a < g.start() < b for a, b in lists)
            ),
            None,
        )
        bounds.append(gap.start() if gap else (current.end + following.start) // 2)
    bounds.append(len(text))
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


# "launches March 9 on PS5 and PC, with Switch 2 to follow in May": an "and" that joins two
# platforms ends no clause.
PLATFORM_NEXT = re.compile(ANY_PLATFORM)
