"""Where a title sits in its story: "set between the third and fourth films"."""

import re

from ..entities import subject_near
from ..suggestion import Context, Hint, Subject, Suggestion
from ..text import NAME, Sentence

ORDINALS = {
    "first": 1,
    "one": 1,
    "second": 2,
    "two": 2,
    "third": 3,
    "three": 3,
    "fourth": 4,
    "four": 4,
    "fifth": 5,
    "five": 5,
    "sixth": 6,
    "six": 6,
    "seventh": 7,
    "seven": 7,
    "eighth": 8,
    "eight": 8,
    "ninth": 9,
    "nine": 9,
}


_ANCHOR = (
    r"(?:(?:the\s+)?(?:events\s+of\s+)?(?:the\s+)?"
    r"(?:(?P<{g}n>\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"one|two|three|four|five|six|seven|eight|nine)(?:st|nd|rd|th)?"
    r"(?:\s+(?:film|movie|chapter|game|season|installment|entry|one))?|"
    r"(?:chapter|part|season|episode)\s+(?P<{g}c>\d+|[a-z]+)|(?P<{g}t>{name}(?:\s+\d+)?)))"
)


PLACEMENT_PATTERNS = [
    (
        re.compile(
            r"\b(?:set|takes?\s+place|taking\s+place|unfolds?|happens?)\s+"
            r"(?:(?:it|this|the\s+(?:film|movie|story|game|spin-?off))\s+)?between\s+"
            + _ANCHOR.format(g="a", name=NAME)
            + r"\s+and\s+"
            + _ANCHOR.format(g="b", name=NAME),
            re.I,
        ),
        "between",
    ),
    (
        re.compile(
            r"\b(?:set|takes?\s+place|taking\s+place|picks\s+up)\s+(?:right\s+|directly\s+|"
            r"shortly\s+|years\s+)?after\s+" + _ANCHOR.format(g="a", name=NAME),
            re.I,
        ),
        "after",
    ),
    (
        re.compile(
            r"\b(?:set|takes?\s+place|taking\s+place)\s+(?:years\s+|decades\s+|long\s+)?"
            r"before\s+" + _ANCHOR.format(g="a", name=NAME),
            re.I,
        ),
        "before",
    ),
    (
        re.compile(r"\b(?:a|the)\s+prequel\s+to\s+" + _ANCHOR.format(g="a", name=NAME), re.I),
        "before",
    ),
    (
        re.compile(
            r"\b(?:set|takes?\s+place)\s+(?:during|at\s+the\s+same\s+time\s+as|alongside)\s+"
            + _ANCHOR.format(g="a", name=NAME),
            re.I,
        ),
        "same_time",
    ),
]


PLACEMENT_HINT = Hint("between", "after", "before", "prequel", "during", "same", "alongside")


def _anchor(match: re.Match, group: str, context: Context) -> Subject | None:
    """Return the title an anchor names: an installment number of the article's franchise,
    or the longest known title starting there ("Tidebreaker: Undertow", not "Tidebreaker")."""
    number = match.group(f"{group}n") or match.group(f"{group}c")
    if number:
        n = int(number) if number.isdigit() else ORDINALS.get(number.lower())
        if n is None or context.franchise_id is None:
            return None
        for entry in context.gazetteer.in_franchise(context.franchise_id):
            if entry.installment == n:
                return Subject.of(entry)
        return None
    name = match.group(f"{group}t")
    if not name:
        return None
    start = match.start(f"{group}t")
    for mention in context.gazetteer.mentions(match.string[start : start + 120]):
        titles = [e for e in mention.candidates if e.kind == "title"]
        if mention.start == 0 and titles:
            return Subject.of(min(titles, key=lambda e: e.release_rank or 0))
        break
    known = [e for e in context.gazetteer.lookup(name) if e.kind == "title"]
    return Subject.of(known[0]) if known else None


def placement_rules(sentence: Sentence, located, context: Context):
    text = sentence.text
    if not PLACEMENT_HINT.search(text):
        return
    for pattern, kind in PLACEMENT_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        anchor = _anchor(match, "a", context)
        anchor_end = _anchor(match, "b", context) if kind == "between" else None
        if anchor is None or (kind == "between" and anchor_end is None):
            continue
        subject = subject_near(located, match.start(), context)
        if subject is None or subject.key in (anchor.key, getattr(anchor_end, "key", None)):
            subject = context.focus
        if subject is None or subject.key == anchor.key:
            continue
        value = {"placement": kind, "anchor": anchor.name, "anchor_id": anchor.id}
        if anchor_end:
            value.update(anchor_end=anchor_end.name, anchor_end_id=anchor_end.id)
        context.add(Suggestion("placement", subject, value, text, 0.8))
        return
