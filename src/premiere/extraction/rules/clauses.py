"""A sentence's clauses, as the release rules read them: the stretch between commas, semicolons
and colons around a date, and how far a clause reaches."""

import re

from ..when import WEEKDAY_NAME

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
