"""Seasons named by their show: "the second season of Yellowjackets", "Westworld's third
season", "renewed Mayor of Kingstown for Season 3", "YOU has received a second season order".

A season is a title of its own in the catalog ("Yellowjackets Season 2", its parent the show):
its dates and its renewal belong to it, not to the show. Where the copy names a season this
way, the show's name in the sentence stands for that season.
"""

import re

from .entities import Located, Names
from .gazetteer import Entry
from .suggestion import Context, Subject
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
    "eleventh": 11,
    "twelfth": 12,
}
# ("its 14th season", "the 11th series": past tenth, copy writes the number)
_ORD = r"(?P<ord>" + "|".join(ORDINALS) + r"|[1-9]\d?(?:st|nd|rd|th))"
# "second season", "a sixth go-round", the British "second series", "season three"
WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
WORD_NUMBERS = {word: number for number, word in enumerate(WORDS, start=2)}
_WORD_NUMBER = r"(?P<word>" + "|".join(WORD_NUMBERS) + r")"
_NUMBER = (
    # ("the sixth and final season")
    r"(?:" + _ORD + r"(?:\s+and\s+(?:final|last))?[\s-]+(?:season|series|go-round|run)|"
    r"season\s+(?P<n>\d{1,2})|"
    r"season\s+" + _WORD_NUMBER + r"\b)"
)
_QUOTE = r"[\"'“”‘’]?"

# "the second season of the HBO drama Yellowjackets", "Season 2 of The Recruit", "the season
# two premiere of sophomore drama Hollow Pines"
SEASON_OF = re.compile(
    r"\b" + _NUMBER + r"(?:\s+(?:premiere|debut|launch|return|opener))?"
    r"\s+of\s+(?:[\w'’+-]+\s+){0,4}?" + _QUOTE + r"$",
    re.IGNORECASE,
)
# "la segunda temporada de Marea de cenizas", "la deuxième saison de", "die zweite Staffel
# von", "la seconda stagione di", "Staffel 2 von": the same in the languages wire copy uses.
FOREIGN_ORDINALS = {
    **dict.fromkeys(("segunda", "deuxième", "seconde", "zweite", "seconda"), 2),
    **dict.fromkeys(("tercera", "troisième", "dritte", "terza", "terceira"), 3),
    **dict.fromkeys(("cuarta", "quatrième", "vierte", "quarta"), 4),
    **dict.fromkeys(("quinta", "cinquième", "fünfte"), 5),
    **dict.fromkeys(("sexta", "sixième", "sechste", "sesta"), 6),
    **dict.fromkeys(("séptima", "septième", "siebte", "settima"), 7),
    **dict.fromkeys(("octava", "huitième", "achte", "ottava"), 8),
    **dict.fromkeys(("novena", "neuvième", "neunte", "nona"), 9),
    **dict.fromkeys(("décima", "dixième", "zehnte", "decima"), 10),
}
_FOREIGN_NUMBER = (
    r"(?:(?P<ford>" + "|".join(FOREIGN_ORDINALS) + r")\s+(?:temporada|saison|staffel|stagione)|"
    r"(?:temporada|saison|staffel|stagione)\s+(?P<fn>\d{1,2}))"
)
FOREIGN_SEASON_OF = re.compile(
    r"\b" + _FOREIGN_NUMBER + r"\s+(?:de|von|di|da|du|des|do)\s+" + _QUOTE + r"$", re.I
)
# "Westworld's third season"
OWN_SEASON = re.compile(_QUOTE + r"['’]s\s+" + _ORD + r"\s+season\b", re.IGNORECASE)
# "renews 'Westworld' for a third season", "will return for a sixth season", "renewed for
# Season 3"
RENEWAL_AFTER = re.compile(
    _QUOTE + r"(?P<verb>\s+(?:will\s+(?:return|be\s+back)|returns|is\s+(?:coming\s+)?back|"
    r"(?:has\s+been\s+|was\s+|is\s+)?renewed|(?:has\s+been\s+|was\s+)?picked\s+up)"
    # "returns to Peacock for its third season"
    r"(?:\s+(?:to|on)\s+[A-Z][\w+&.'-]*(?:\s+[A-Z0-9][\w+&.'-]*){0,2})?)?"
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
# A listing's "Brass Hollow (season 2) — Friday, January 8" too.
# A listing's short form too: "- Brightwater (S2, two-episode premiere)".
# ("- Maple & Main (Saison 4) - Dès le mercredi…", "(Temporada 2)", "(Staffel 3)" abroad)
# ("„Der Lotse“, Staffel 4, ab 7. Mai": a row's fields, the German quote closing on “)
NUMBER_AFTER = re.compile(
    r"[\"”“’']?,?\s+(?:(?:\(?(?:season|series)\s+|\(?(?:saison|temporada|staffel|stagione)\s+|"
    r"\((?-i:S))(?P<n>\d{1,2})\b|"
    # ("Foyleside series three begins on BBC One")
    r"(?:season|series)\s+" + _WORD_NUMBER + r"\b)",
    re.IGNORECASE,
)
# A new title spotted whole as "Lowtide Season 3": a show nobody catalogued, and its season.
# ("**Flatmates Anonymous** – Series 2 (6 x 30')": a press pack's dash between them)
SPOTTED_SEASON = re.compile(
    r"^(?P<show>.+?)(?:\s*[-–—,:])?\s+(?:[Ss]eason|Series)\s+(?P<n>\d{1,2})$"
)
# "has renewed the drama Blackwater Bay for a third season": what the show is may come first.
RENEWED_BEFORE = re.compile(
    r"\b(?:renew\w*|picked\s+up|order\w*)\s+(?:(?:the|its|their)\s+(?:[\w'’+-]+\s+){0,3}?|"
    # ("has renewed legal drama Copperline for a third season": no article, in lower case)
    r"(?:(?-i:[a-z])[\w'’+-]*\s+){1,3}?)?" + _QUOTE + r"$",
    re.I,
)
# "Maplewood Mysteries opens its fourth season on Sunday", "The Hendersons, which opens its
# fifth season in premiere week": the show, then a season of its own it begins.
OPENS_ITS_SEASON = re.compile(
    _QUOTE + r"(?:,\s*which)?\s+(?:will\s+)?"
    r"(?:opens?|begins?|starts?|kicks?\s+off|launch(?:es)?|premieres?|debuts?|"
    # ("with mainstay X opening its ninth season on Sept. 20")
    r"opening|beginning|starting|kicking\s+off|launching|premiering|debuting)\s+its\s+" + _NUMBER,
    re.IGNORECASE,
)
# What the show is, after its hour in a premiere schedule: "the season premiere of X (8:00-9:00
# p.m. ET), the culinary docuseries now in its second season"; "the return of X (9:00-10:00
# p.m. ET) for its sixth season".
_ASIDE = r"(?:\s*\([^()]{1,40}\))?"  # its hour in brackets, or any short aside
IN_ITS_SEASON = re.compile(
    _QUOTE + _ASIDE + r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:series|docuseries|drama|"
    r"comedy|show|sitcom|anime|competition|procedural)\s+(?:now\s+)?in\s+its\s+" + _NUMBER,
    re.IGNORECASE,
)
RETURN_FOR_ITS = re.compile(_QUOTE + _ASIDE + r"\s+for\s+its\s+" + _NUMBER, re.IGNORECASE)
RETURN_OF = re.compile(r"\breturn\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "A livestream for the Ember Academy anime announced that the second season will premiere
# on April 9", "…revealed that the anime's second season will…": later in the sentence, the
# season of the one show it names.
SEASON_LATER = re.compile(
    # ("…will wrap up with its seventh season, which premieres in the fall", "…catch up with
    # the first season of X before the second season lands on March 5")
    r"\b(?:that|and|as|while|when|before|with)\s+(?:the|its|their)\s+"
    r"(?:(?:anime|show|series|drama)['’]s?\s+)?"
    + _ORD
    + r"(?:\s+and\s+(?:final|last))?[\s-]+season\b(?!\s+of\b)|"
    # ("Harbor Division — the naval drama is back for Season 9", "Netflix will release series
    # two in the US")
    # (not a renewal's "renewed it for season 3", nor "a series two-parter")
    r"\b(?:back\s+for|release|releases|premieres?|launch(?:es)?|drops?)\s+(?:season|series)\s+"
    r"(?:(?P<n>\d{1,2})|" + _WORD_NUMBER + r")\b(?![-\w])(?!\s+of\b)|"
    # "«Grauzone Elbe»: Die Krimiserie … startet am 1. Oktober in ihre zweite Staffel",
    # "startet «Praxis Sonnenhang» mit der fünften Staffel"
    r"\b(?:in\s+(?:ihre|seine|die)|mit\s+(?:der|ihrer|seiner))\s+(?P<ford>"
    + "|".join(FOREIGN_ORDINALS)
    + r")n?\s+Staffel\b",
    re.IGNORECASE,
)
# "Copper Valley: the second season arrives March 3": the season, set off after the show.
SET_OFF_SEASON = re.compile(_QUOTE + r"\s*[:—–]\s*(?:the|its)\s+" + _ORD + r"\s+season\b", re.I)


def _number(match: re.Match) -> int | None:
    groups = match.groupdict()
    if groups.get("n") or groups.get("fn") or groups.get("back"):
        return int(groups.get("n") or groups.get("fn") or groups["back"])
    if groups.get("ford"):
        return FOREIGN_ORDINALS[groups["ford"].lower()]
    if groups.get("word"):
        return WORD_NUMBERS[groups["word"].lower()]
    if not groups.get("ord"):
        return None
    ordinal = groups["ord"].lower()
    return int(ordinal[:-2]) if ordinal[0].isdigit() else ORDINALS[ordinal]


def _season_named(text: str, loc: Located) -> int | None:
    before = text[max(0, loc.start - 60) : loc.start]
    after = text[loc.end : loc.end + 120]
    if match := SEASON_OF.search(before) or FOREIGN_SEASON_OF.search(before):
        return _number(match)
    if match := OWN_SEASON.match(after):
        return _number(match)
    if (match := RENEWAL_AFTER.match(after)) and (
        match.group("verb") or RENEWED_BEFORE.search(before)
    ):
        return _number(match)
    if match := ORDER_AFTER.match(after):
        return _number(match)
    if match := SET_OFF_SEASON.match(after) or OPENS_ITS_SEASON.match(after):
        return _number(match)
    if match := NUMBER_AFTER.match(after):
        return _number(match)
    if match := IN_ITS_SEASON.match(after):
        return _number(match)
    if RETURN_OF.search(before) and (match := RETURN_FOR_ITS.match(after)):
        return _number(match)
    return None


# "The western returns for its fifth season on Feb. 22": the show the story just named, back
# for another season, without its name.
# So does "The sixth season starts shooting in April", opening a sentence.
ITS_SEASON = re.compile(
    r"(?:\b(?:returns?|is\s+back|comes\s+back|(?:is\s+)?coming\s+back|will\s+return|will\s+be\s+back)"
    r"\s+for\s+its|"
    # ("…will stream this week, before the second season lands on March 5")
    r"\b(?:before|as|when|after|while|until|but|with)\s+(?:the|its)|"
    # ("The Cornish village drama has been renewed for a fourth season, which will begin…")
    r"\brenewed\s+for\s+(?:a|its)|"
    r"^\W*(?:the|its))\s+" + _ORD + r"[\s-]+(?:season|series)\b|"
    # "Season 3 premieres Tuesday…" after a sentence about the show
    r"^\W*(?:look\s+for\s+|expect\s+)?season\s+(?P<n>\d{1,2})\b(?!\s+of\b)|"
    # "The newsroom comedy is coming back for season 3"
    r"\b(?:returns?|is\s+back|comes\s+back|(?:is\s+)?coming\s+back|will\s+return|will\s+be\s+"
    r"back)\s+for\s+(?:a\s+)?season\s+(?P<back>\d{1,2})\b",
    re.IGNORECASE,
)

# "Season 2 of the coastal crime drama premieres…": the show spoken of, by what it is.
SEASON_OF_DESCRIBED = re.compile(
    r"^\W*(?:the\s+)?" + _NUMBER + r"\s+of\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:drama|series|show|comedy|thriller|sitcom|anime|docuseries|procedural|saga|adaptation)\b",
    re.IGNORECASE,
)


def show_of_season(subject: Subject | None, context: Context) -> Subject | None:
    """The show a new season the story named belongs to, or None."""
    if subject is None or subject.subkind != "season":
        return None
    parent = context.season_parents.get(normalize_name(subject.name))
    if parent is None:
        return None
    return Subject(kind="title", id=parent["parent_id"], name=parent["parent"], subkind="series")


def _show_of(subject, context: Context) -> tuple[str, int | None] | None:
    """The show the title a story spoke of last is, or is a season of: (name, id)."""
    if subject is None or subject.kind != "title":
        return None
    if subject.subkind == "season":
        if parent := context.season_parents.get(normalize_name(subject.name)):
            return parent["parent"], parent["parent_id"]
        show, _, number = subject.name.rpartition(" — Season ")
        return (show, None) if show and number else None
    return (subject.name, subject.id) if subject.subkind == "series" else None


def season_entry(show: str, show_id: int | None, number: int, context: Context) -> Entry:
    """The season a story names of a show, as the catalog calls it: the catalog's own entry
    when it has one, else a new one whose show is remembered for when it is proposed."""
    name = f"{show} — Season {number}"  # the catalog's own style
    known = [e for e in context.gazetteer.lookup(name) if e.kind == "title"]
    if known:
        return known[0]
    context.season_parents[normalize_name(name)] = {
        "parent": show,
        "parent_id": show_id,
        "installment": f"Season {number}",
    }
    return Entry(None, "title", name, (), "season")


def seasons_in(sentence: Sentence, located: Names, context: Context) -> Names:
    """Return the sentence's names with each show named for one of its seasons replaced by
    that season (the catalog's own, else a new title with the show as its parent)."""
    if not located.of_kinds()[1] and (
        match := ITS_SEASON.search(sentence.text) or SEASON_OF_DESCRIBED.search(sentence.text)
    ):
        # "Season 3 premieres Tuesday…" alone: the show only when the sentence before was
        # about it alone, not one named in passing ("best known for the miniseries X")
        alone = match.re is ITS_SEASON and match.group("n")
        show = _show_of(context.just_before if alone else context.last_title, context)
        if show and (number := _number(match)) > 1:
            season = Located(season_entry(*show, number, context), match.start(), match.end())
            return Names(sorted([*located, season], key=lambda loc: loc.start))
    changed = False
    names = []
    for loc in located:
        number, show = None, loc.entry.name
        # (a game's season is a battle pass, not a title: "Ironvale II starts its fourth season")
        if loc.entry.kind == "title" and loc.entry.subkind not in ("season", "game"):
            number = _season_named(sentence.text, loc)
            spotted = SPOTTED_SEASON.match(show) if loc.entry.id is None else None
            if number is None and spotted:
                number, show = int(spotted.group("n")), spotted.group("show")
            if number is None and len(located.of_kinds()[1]) == 1:
                later = SEASON_LATER.search(sentence.text, loc.end)
                number = _number(later) if later else None
        if number is None or number == 1:  # a show's first season is the show's own debut
            names.append(loc)
            continue
        show_id = loc.entry.id if show == loc.entry.name else None
        names.append(Located(season_entry(show, show_id, number, context), loc.start, loc.end))
        changed = True
    return Names(names) if changed else located
