"""Seasons named by their show: "the second season of Yellowjackets", "Westworld's third
season", "renewed Mayor of Kingstown for Season 3", "YOU has received a second season order".

A season is a title of its own in the catalog ("Yellowjackets Season 2", its parent the show):
its dates and its renewal belong to it, not to the show. Where the copy names a season this
way, the show's name in the sentence stands for that season.
"""

import re

from .entities import Located, Names
from .gazetteer import Entry
from .suggestion import Context
from .text import Sentence, normalize_name

ORDINALS = {
    "first": 1,
    "second": 2,
    "sophomore": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_ORD = r"(?P<ord>" + "|".join(ORDINALS) + r")"
# "second season", "a sixth go-round", and the British "second series"
_NUMBER = r"(?:" + _ORD + r"[\s-]+(?:season|series|go-round|run)|season\s+(?P<n>\d{1,2}))"
_QUOTE = r"[\"'“”‘’]?"

# "the second season of the HBO drama Yellowjackets", "Season 2 of The Recruit"
SEASON_OF = re.compile(
    r"\b" + _NUMBER + r"\s+of\s+(?:[\w'’+-]+\s+){0,4}?" + _QUOTE + r"$", re.IGNORECASE
)
# "Westworld's third season"
OWN_SEASON = re.compile(_QUOTE + r"['’]s\s+" + _ORD + r"\s+season\b", re.IGNORECASE)
# "renews 'Westworld' for a third season", "will return for a sixth season", "renewed for
# Season 3"
RENEWAL_AFTER = re.compile(
    _QUOTE + r"(?P<verb>\s+(?:will\s+(?:return|be\s+back)|returns|is\s+(?:coming\s+)?back|"
    r"(?:has\s+been\s+|was\s+|is\s+)?renewed|(?:has\s+been\s+|was\s+)?picked\s+up))?"
    r"\s+for\s+(?:a|an|its)?\s*" + _NUMBER,
    re.IGNORECASE,
)
# "has received a second season order"
ORDER_AFTER = re.compile(
    _QUOTE
    + r"\s+(?:has\s+)?(?:received|gets|got|landed)\s+an?\s+"
    + _ORD
    + r"[\s-]+season\s+(?:order|renewal|pickup)",
    re.IGNORECASE,
)
# "Lowtide season 3 will premiere…": the show, then the season's number.
NUMBER_AFTER = re.compile(r"\s+(?:season|series)\s+(?P<n>\d{1,2})\b", re.IGNORECASE)
# A new title spotted whole as "Lowtide Season 3": a show nobody catalogued, and its season.
SPOTTED_SEASON = re.compile(r"^(?P<show>.+?)\s+(?:Season|Series)\s+(?P<n>\d{1,2})$")
RENEWED_BEFORE = re.compile(r"\b(?:renew\w*|picked\s+up|order\w*)\s+" + _QUOTE + r"$", re.I)


def _number(match: re.Match) -> int | None:
    groups = match.groupdict()
    if groups.get("n"):
        return int(groups["n"])
    return ORDINALS[groups["ord"].lower()] if groups.get("ord") else None


def _season_named(text: str, loc: Located) -> int | None:
    before = text[max(0, loc.start - 60) : loc.start]
    after = text[loc.end : loc.end + 80]
    if match := SEASON_OF.search(before):
        return _number(match)
    if match := OWN_SEASON.match(after):
        return _number(match)
    if (match := RENEWAL_AFTER.match(after)) and (
        match.group("verb") or RENEWED_BEFORE.search(before)
    ):
        return _number(match)
    if match := ORDER_AFTER.match(after):
        return _number(match)
    if match := NUMBER_AFTER.match(after):
        return int(match.group("n"))
    return None


def seasons_in(sentence: Sentence, located: Names, context: Context) -> Names:
    """Return the sentence's names with each show named for one of its seasons replaced by
    that season (the catalog's own, else a new title with the show as its parent)."""
    changed = False
    names = []
    for loc in located:
        number, show = None, loc.entry.name
        if loc.entry.kind == "title" and loc.entry.subkind != "season":
            number = _season_named(sentence.text, loc)
            spotted = SPOTTED_SEASON.match(show) if loc.entry.id is None else None
            if number is None and spotted:
                number, show = int(spotted.group("n")), spotted.group("show")
        if number is None or number == 1:  # a show's first season is the show's own debut
            names.append(loc)
            continue
        name = f"{show} — Season {number}"  # the catalog's own style
        known = [e for e in context.gazetteer.lookup(name) if e.kind == "title"]
        entry = known[0] if known else Entry(None, "title", name, (), "season")
        if not known:
            context.season_parents[normalize_name(name)] = {
                "parent": show,
                "parent_id": loc.entry.id if show == loc.entry.name else None,
                "installment": f"Season {number}",
            }
        names.append(Located(entry, loc.start, loc.end))
        changed = True
    return Names(names) if changed else located
