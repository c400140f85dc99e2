"""The other titles a story dates on the day it just read: "…moved to July 31, and Z returns to
theaters that weekend", "X also opens that day"."""

import re

from ..dates import FuzzyDate
from ..suggestion import Context, Subject, Suggestion
from ..text import Sentence
from ..vocabulary import confidence_word, media_of, retrospective
from .releases import LATER

# A date a sentence points back at: "On its new date, X will rival Y", "Z returns to theaters
# that weekend", "on the same day".
SAME_DAY = re.compile(
    r"\b(?:on|in)\s+(?:its|their)\s+new\s+(?:release\s+)?(?:date|slot)\b|"
    r"\b(?:open|opens|opening|debuts?|arrives?|launch(?:es)?)\s+alongside\b|"
    r"\b(?:on\s+)?the\s+same\s+(?:day|date|weekend)\b|\bthat\s+(?:same\s+)?(?:day|weekend)\b|"
    # a night's schedule: "…with the season premiere of X, followed by the series premiere of Y"
    r"(?P<followed>\bfollowed\s+by\s+the\s+(?:[\w-]+\s+){0,2}?(?:premiere|debut)\s+of\b)",
    re.IGNORECASE,
)
SAME_DAY_CONFIDENCE = 0.6
# "In its new slot": the date the title the story speaks of has now, not the date read last
# (often its old one: "it faced little competition on the May 4 date").
NEW_SLOT = re.compile(r"(?:on|in)\s+(?:its|their)\s+new\b", re.I)


def _new_date_of(context: Context) -> tuple | None:
    subject = context.last_title or context.focus
    for found in reversed(context.found):
        if subject and found.kind in ("release", "release_move") and found.subject == subject:
            return subject.key, found.value
    return None


def same_day_releases(
    sentence: Sentence, located, last: tuple, context: Context, after: int = 0
) -> None:
    """Give the date read just before to the titles of a sentence that points back at it ("On
    its new date, X will rival Y", "…, and Z returns to theaters that weekend"): they open
    that day too. `last` is (the key of the title that date was for, or None, its value);
    with `after`, only what follows that point of the sentence points back."""
    text = sentence.text
    pointer = SAME_DAY.search(text, after)
    if pointer is None or retrospective(text, context.published):
        return
    owner, value = (NEW_SLOT.match(pointer.group(0)) and _new_date_of(context)) or last
    date = value.get("date") or value.get("to")
    if pointer.group("followed"):
        if LATER.search(text, pointer.end()):
            return  # "followed by the series premiere of Y one week later": another night
        after = pointer.end()  # the show that follows, not the one in its usual slot before
    for loc in located.of_kinds()[1]:
        subject = Subject.of(loc.entry)
        if subject.key == owner or loc.start < after:
            continue
        media = media_of(text[after:], subject)
        if media == [("", "")]:
            media = [(value.get("medium", ""), value.get("channel", ""))]
        for medium, channel in media:
            found = {
                "date": date,
                "display": str(FuzzyDate.parse(date)),
                "region": value.get("region") or context.market_for(medium, subject),
                "medium": medium,
                "channel": channel,
                "confidence": confidence_word(text),
            }
            context.add(Suggestion("release", subject, found, text, SAME_DAY_CONFIDENCE))
