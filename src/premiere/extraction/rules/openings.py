"""A weekend's new films in a box-office story: "Harbor Lights opened at number one this
weekend with $40 million". The story names no date, yet a reader puts the film on the calendar:
it opened in cinemas on the Friday that weekend began."""

import re
from datetime import date, timedelta

from ..dates import FuzzyDate
from ..regions import regions_named
from ..story import domestic_takings
from ..suggestion import Context, Hint, Subject, Suggestion
from ..text import Sentence
from .markets import release_value

OPENED_HINT = Hint("opened", "debuted", "bowed", "launched")
# The title's verb and how it came in: at the top, with its takings, in a place on the chart.
OPENED = re.compile(
    r"(?:\s*\([^)]{0,60}\))?\s+(?:opened|debuted|bowed|launched)\s+(?:at\s+(?:number\s+(?:one|"
    r"two|three|\d)|No\.\s*\d|#\d|the\s+top)|in\s+(?:first|second|third|fourth|fifth|\d\w*)\s+"
    r"place|on\s+top|atop|with\s+(?:an?\s+)?(?:estimated\s+)?[$£€¥]|to\s+(?:an?\s+)?"
    r"(?:estimated\s+)?[$£€¥])",
    re.I,
)
# A film that opened before this weekend is no news of it: "opened two weeks ago", "in its
# third weekend", "last month".
EARLIER = re.compile(
    r"\b(?:ago|last\s+(?:month|year)|in\s+its\s+\w+\s+(?:weekend|week|frame)|earlier\s+this\s+"
    r"(?:month|year)|holdover|re-?release[sd]?|re-?issue[sd]?|anniversary)\b",
    re.I,
)
OPENING_CONFIDENCE = 0.7  # the day is the weekend's, not the story's words
# A weekend preview's openers, told by how many cinemas they open in: "Fellow comedy Rent
# Day lands in 362 venues", "Jinty is debuting in 252 locations".
OPENS_IN_SITES = re.compile(
    r"(?:\s*\([^)]{0,60}\))?\s+(?:opens|lands|bows|debuts|arrives|is\s+(?:opening|debuting|"
    r"landing|arriving|bowing))\s+in\s+(?:more\s+than\s+|over\s+|around\s+)?[\d,]+\s+"
    r"(?:[A-Z][\w-]*\s+(?:and\s+[A-Z][\w-]*\s+)?)?"
    r"(?:sites|venues|locations|cinemas|theat(?:er|re)s|screens)\b"
)
PREVIEW_HINT = Hint("opens", "lands", "bows", "debut", "arriv", "opening", "landing")


def weekend_began(published: date) -> date:
    """The Friday of the weekend a takings story tells of: the last one on or before it."""
    return published - timedelta(days=(published.weekday() - 4) % 7)


def weekend_ahead(published: date) -> date:
    """The Friday of the weekend a preview tells of: the next one, or the day itself."""
    return published + timedelta(days=(4 - published.weekday()) % 7)


def weekend_openings(sentence: Sentence, located, context: Context) -> None:
    """Put each film the sentence says opened this weekend in cinemas on that Friday, in the
    country the sentence names before it, the country its takings are counted in, or the
    story's own market; and each film a preview says opens in so many cinemas on the weekend
    ahead's Friday ("Fellow comedy Rent Day lands in 362 venues"), in the story's market."""
    text = sentence.text
    if not (context.box_office and context.published) or EARLIER.search(text):
        return
    if PREVIEW_HINT.search(text):
        _opened(text, located, context, OPENS_IN_SITES, weekend_ahead(context.published))
    if OPENED_HINT.search(text):
        _opened(text, located, context, OPENED, weekend_began(context.published))


def _opened(text: str, located, context: Context, said, friday: date) -> None:
    """The films the sentence says open (`said` right after the title) on that Friday."""
    when = FuzzyDate.day(friday.year, friday.month, friday.day)
    for loc in located.of_kinds()[1]:
        subject = Subject.of(loc.entry)
        if subject.subkind not in ("", "film") or not said.match(text, loc.end):
            continue
        region = context.market_for("theatrical")
        if said is OPENED:
            named = [code for start, _, code in regions_named(text[: loc.start])]
            # (takings in dollars and no other market are North America's, as in market_of)
            region = named[-1] if named else "US" if domestic_takings(text) else region
        value = release_value(when, region, "theatrical")
        context.add(Suggestion("release", subject, value, text, OPENING_CONFIDENCE))
