"""The rules that turn sentences into suggested facts.

Each rule looks at one sentence at a time, with the article's focus (the title it is about)
for sentences that say "the film" or "it". Rules prefer missing a fact to inventing one:
an editor reviews every suggestion, and a wrong one costs more trust than a missed one.
"""

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date

from premiere.catalog.dates import FuzzyDate

from .gazetteer import Entry, Gazetteer, Mention
from .text import NAME, TITLE_NAME, Sentence, clean, normalize_name, sentences, trim_name
from .when import DateMention, find_dates


@dataclass(frozen=True)
class Document:
    headline: str = ""
    standfirst: str = ""
    body: str = ""
    published: date | None = None

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.headline, self.standfirst, self.body) if part)


@dataclass
class Subject:
    """What a fact is about: a known entity, or a new title the text introduces."""

    kind: str
    id: int | None = None
    name: str = ""
    subkind: str = ""

    @classmethod
    def of(cls, entry: Entry) -> "Subject":
        return cls(kind=entry.kind, id=entry.id, name=entry.name, subkind=entry.subkind)

    @property
    def key(self) -> tuple:
        return (
            (self.kind, self.id) if self.id is not None else (self.kind, normalize_name(self.name))
        )


@dataclass
class Suggestion:
    """One fact found in the text, for an editor to accept, edit or reject."""

    kind: str  # mention, new_title, release, release_move, status, credit, placement, source
    subject: Subject | None
    value: dict
    sentence: str
    confidence: float
    change: str = ""  # what accepting it would do, in words; the catalog layer fills it in

    def key(self) -> str:
        """Return a stable identity, so a rejected suggestion is recognised when found again."""
        subject = self.subject.key if self.subject else ()
        fields = ",".join(
            f"{k}={self.value[k]}" for k in sorted(self.value) if k not in ("quote", "confirmed_by")
        )
        return f"{self.kind}|{subject}|{fields}"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["key"] = self.key()
        return data


@dataclass
class _Context:
    gazetteer: Gazetteer
    published: date
    focus: Subject | None = None
    franchise_id: int | None = None
    new_titles: dict = field(default_factory=dict)
    found: list = field(default_factory=list)
    current_text: str = ""
    keys: set = field(default_factory=set)

    def add(self, suggestion: Suggestion) -> None:
        if (key := suggestion.key()) not in self.keys:
            self.keys.add(key)
            self.found.append(suggestion)


# Vocabulary ---------------------------------------------------------------------------------

RELEASE_TRIGGER = re.compile(
    r"\b(releas\w*|(?:hits?|reach(?:es)?)\s+(?:theaters|theatres|cinemas|screens|shelves|stores)|"
    r"opens?|opening|target(?:s|ing|ed)?|drops?\s+(?:on|in)|"
    r"premieres?|premiering|debuts?|launch\w*|arriv\w*|comes?\s+out|coming\s+(?:to|out)|"
    r"comes?\s+(?:back\s+)?to|out\s+(?:on|in)|in\s+(?:theaters|theatres|cinemas)|lands?|dated|"
    r"date\s+for|stream(?:s|ing)?\s+(?:on|from)|available\s+(?:on|from)|slated|set\s+for|due|"
    r"returns?\s+(?:to|on)|coming\s+back)\b",
    re.IGNORECASE,
)
MOVE = re.compile(
    r"\b(?P<verb>push\w*(?:\s+back)?|delay\w*|postpon\w*|mov\w*(?:\s+up|\s+back|\s+forward)?|"
    r"slips?|slipped|shift\w*|bump\w*|brought\s+forward|pulled\s+forward|rescheduled)\b",
    re.IGNORECASE,
)
CONFIRMED = re.compile(r"\b(confirm\w*|official\w*|announc\w*|revealed|set|dated)\b", re.I)
RUMORED = re.compile(
    r"\b(rumou?r\w*|reportedly|could|might|may\s+be|insiders?|unconfirmed|"
    r"speculat\w*|whispers?)\b",
    re.I,
)
NEGATION = re.compile(r"\b(not|no longer|won't|will not|isn't|denied|never)\b", re.I)
# Words before a date that make it the old one in a move: "from March", "its previous date of
# June 13", "slipped out of 2024". The date's own leading preposition is part of the check.
ORIGIN_CUE = re.compile(
    r"(?:\bfrom|\bout(?:\s+of)?|\b(?:previous|original|old|earlier|former)(?:ly)?\s+"
    r"(?:(?:release\s+)?date|slot|window|set|dated|scheduled|planned|slated)"
    r"(?:\s+(?:of|for|on|in))?)\s+(?:the\s+)?$",
    re.I,
)
DATE_PREPOSITION = re.compile(r"(?:in|for|until|to|by|of|on|from|during)\s+", re.I)
# A sentence that opens on the past tells history, not news: "Back in 2019, …", "Ten years ago, …".
RETROSPECTIVE = re.compile(
    r"^\W*(?:back\s+in\s+(?P<year>(?:19|20)\d\d)|in\s+(?P<in_year>(?:19|20)\d\d)\s*,|"
    r"(?:\w+\s+){1,2}years?\s+ago|back\s+(?:then|when))\b",
    re.I,
)
# What a studio may "release" that is not the title itself.
PROMO = re.compile(
    r"\w*\s+(?:(?:a|an|the|its|their|another)\s+)?(?:(?:new|first|final|official|second|"
    r"latest|full|brief|short|teaser)\s+)*(?:[\w'-]+\s+)?(?:trailer|teaser|poster|clip|"
    r"footage|images?|stills?|soundtrack|single|statement|first\s+look|look)\b",
    re.I,
)
# A sentence that announces: its dates stand even when the story is dated after them (an old
# story imported late still says "will be released on June 7, 2024").
FUTURE = re.compile(
    r"\b(?:will|'ll|(?:is|are)\s+(?:set|due|going|expected|scheduled|slated)|slated|"
    r"scheduled|upcoming)\b",
    re.I,
)
# Words before an "-ed" release verb that make it passive, not past: "will be released".
PASSIVE = {"be", "being", "is", "are", "get", "gets", "getting", "to"}
# Where a sentence with several dates breaks into one clause per date.
CLAUSE_BREAK = re.compile(r",|;|\s+(?:and|while|with|but|whereas|then)\s+")

REGIONS = [
    (r"(?:around|across)\s+the\s+(?:world|globe)|worldwide|globally|internationally", "WW"),
    (
        r"(?:in|across)\s+the\s+(?:UK|U\.K\.|United\s+Kingdom|Britain)|"
        r"UK\s+(?:release|cinemas|theaters|theatres|debut|premiere|audiences)",
        "GB",
    ),
    (
        r"(?:in|across)\s+the\s+(?:US|U\.S\.|United\s+States)|stateside|domestically|"
        r"North\s+America(?:n)?|"
        r"(?-i:U\.?S\.?)\s+(?:release|cinemas|theaters|theatres|debut|audiences)",
        "US",
    ),
    (r"(?:in|across)\s+(?:Canada)", "CA"),
    (r"(?:in|across)\s+(?:Australia)", "AU"),
    (r"(?:in|across)\s+(?:France)", "FR"),
    (r"(?:in|across)\s+(?:Germany)", "DE"),
    (r"(?:in|across)\s+(?:Japan)", "JP"),
    (r"(?:in|across)\s+(?:Ireland)", "IE"),
]
REGION_PATTERNS = [(re.compile(p, re.I), code) for p, code in REGIONS]
# A word each region pattern cannot match without (lower case), checked before the pattern.
REGION_KEYS = {
    "WW": ("world", "globe", "global", "international"),
    "GB": ("uk", "u.k", "kingdom", "britain"),
    "US": ("us", "u.s", "states", "stateside", "domestic", "america"),
    "CA": ("canada",),
    "AU": ("australia",),
    "FR": ("france",),
    "DE": ("germany",),
    "JP": ("japan",),
    "IE": ("ireland",),
}

PLATFORMS = [
    (r"PS5|PlayStation\s*5", "PS5"),
    (r"PS4|PlayStation\s*4", "PS4"),
    (
        r"Xbox\s+Series\s+X\s*(?:\|\s*|/\s*|and\s+)S|Xbox\s+Series\s+X|Xbox\s+Series",
        "Xbox Series X|S",
    ),
    (r"Xbox\s+One", "Xbox One"),
    (r"(?:Nintendo\s+)?Switch\s*2", "Switch 2"),
    (r"(?:Nintendo\s+)?Switch(?!\s*2)", "Switch"),
    (r"\bPC\b|Steam|Windows", "PC"),
    (r"\bmacOS\b|\bMac\b", "Mac"),
    (r"\biOS\b|iPhone", "iOS"),
    (r"\bAndroid\b", "Android"),
]
PLATFORM_PATTERNS = [(re.compile(p), name) for p, name in PLATFORMS]
PLATFORM_KEYS = {
    "PS5": ("ps5", "playstation"),
    "PS4": ("ps4", "playstation"),
    "Xbox Series X|S": ("xbox",),
    "Xbox One": ("xbox",),
    "Switch 2": ("switch",),
    "Switch": ("switch",),
    "PC": ("pc", "steam", "windows"),
    "Mac": ("mac",),
    "iOS": ("ios", "iphone"),
    "Android": ("android",),
}
STREAMERS = [
    "Netflix",
    "Disney+",
    "Max",
    "HBO Max",
    "Prime Video",
    "Amazon Prime Video",
    "Apple TV+",
    "Hulu",
    "Paramount+",
    "Peacock",
    "Crunchyroll",
]
STREAMER_PATTERN = re.compile(
    r"\b(?:on|to|via|streaming\s+on|exclusively\s+on)\s+(?P<service>"
    + "|".join(re.escape(s) for s in sorted(STREAMERS, key=len, reverse=True))
    + r")(?!\w)"
)
THEATERS = re.compile(
    r"\b(theaters|theatres|cinemas|theatrical\w*|big\s+screen|box\s+office)\b", re.I
)
LIMITED = re.compile(r"\blimited\s+(?:release|run|theatrical)\b", re.I)
DIGITAL = re.compile(r"\b(digital(?:ly)?|on\s+demand|VOD|PVOD)\b", re.I)
PHYSICAL = re.compile(r"\b(Blu-ray|DVD|4K\s+UHD|physical\s+(?:release|edition))\b", re.I)
BROADCAST = re.compile(
    r"\b(on\s+(?:BBC\s+One|BBC|ITV|Channel\s+4|CBS|NBC|ABC|Fox|AMC|FX)|"
    r"broadcast|airs?|airing)\b",
    re.I,
)
PREMIERE_EVENT = re.compile(r"\b(world\s+premiere|festival\s+premiere|premieres?\s+at)\b", re.I)

STATUS_PHRASES = [
    (
        r"back\s+on\s+the\s+table|greenlit|green-?lit|given\s+the\s+green\s+light|"
        r"officially\s+in\s+development|in\s+development|in\s+the\s+works|moving\s+forward|"
        r"(?:is|are|has\s+been|have\s+been)\s+developing",
        "in_development",
    ),
    (r"cancel+ed|scrapped|shelved|axed|no\s+longer\s+(?:happening|in\s+development)", "cancelled"),
    (
        r"wrapped\s+(?:filming|production|shooting)|filming\s+(?:has\s+)?wrapped|"
        r"production\s+(?:has\s+)?wrapped|in\s+post-?production",
        "post_production",
    ),
    (
        r"(?:began|begins|started|starts|begun|kicked\s+off)\s+(?:filming|shooting|production)|"
        r"cameras\s+(?:are\s+)?rolling|now\s+filming|currently\s+filming|is\s+filming|"
        # "Production on Tidebreaker: Riptide began", not "pre-production began"
        r"(?<![-\w])(?:production|filming|shooting|principal\s+photography)\s+"
        r"(?:on\s+[^,.;]{1,60}?\s+)?(?:has\s+)?(?:began|begun|started|kicked\s+off|"
        r"(?:is\s+)?under\s?way)",
        "filming",
    ),
    (r"pre-?production", "pre_production"),
    (r"out\s+now|(?:is|was)\s+released\s+(?:today|this\s+week)|now\s+available", "released"),
    (r"\brumou?red\b", "rumored"),
]
STATUS_PATTERNS = [(re.compile(p, re.I), status) for p, status in STATUS_PHRASES]

_NAMES = rf"(?P<names>{NAME}(?:\s*,\s*{NAME})*(?:,?\s+and\s+{NAME})?)"
CREDIT_PATTERNS = [
    (
        re.compile(
            r"\b(?i:starring|stars|star|co-starring|featuring|with\s+a\s+cast\s+led\s+by)\s+"
            rf"{_NAMES}"
        ),
        "cast",
    ),
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:stars|will\s+star|is\s+set\s+to\s+star)\s+(?:as|in)|"
            r"(?:is\s+)?attached\s+to\s+star|"
            r"(?:has\s+)?(?:joined|joins|is\s+joining)\s+the\s+cast)\b"
        ),
        "cast",
    ),
    (re.compile(rf"\b(?i:directed\s+by|director|filmmaker)\s+{_NAMES}"), "director"),
    (
        # "Elena Voss directed the drama", but not "Ballerina directed by …".
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:will\s+)?(?:direct|directs|is\s+directing)|"
            r"directed(?!\s+by)|(?:is\s+)?attached\s+to\s+direct)\b"
        ),
        "director",
    ),
    (
        re.compile(
            r"\b(?i:written(?:\s+and\s+directed)?\s+by|(?:screenplay|script)\s+(?:is\s+)?by|"
            rf"screenwriters?|writers?|scribe|penned\s+by)\s+{_NAMES}"
        ),
        "writer",
    ),
    (
        re.compile(
            rf"(?P<names>{NAME}),\s+(?:one\s+of\s+(?:its|the\s+film's|the)\s+)?"
            r"(?:screenwriters?|writers?)\b"
        ),
        "writer",
    ),
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:will\s+)?(?:write|writes)|(?:is\s+)?writing|wrote)\b"
        ),
        "writer",
    ),
    (re.compile(rf"\b(?i:produced\s+by|producer)\s+{_NAMES}"), "producer"),
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:will\s+)?(?:produce|produces)|(?:is\s+)?producing)\b"
        ),
        "producer",
    ),
    (re.compile(rf"\b(?i:composer|score\s+by|music\s+by)\s+{_NAMES}"), "composer"),
    (re.compile(rf"\b(?i:created\s+by|creator)\s+{_NAMES}"), "creator"),
]
# The word each credit pattern cannot match without (lower case), so a sentence is only run
# through the patterns that can match it: the name-first patterns are costly to try.
CREDIT_KEYS = [
    ("star", "featur", "cast led"),
    ("star", "cast"),
    ("direct", "filmmaker"),
    ("direct",),
    ("writ", "script", "screenplay", "scribe", "penned"),
    ("writer",),
    ("writ", "wrote"),
    ("produc",),
    ("produc",),
    ("compos", "score", "music"),
    ("creat",),
]
assert len(CREDIT_KEYS) == len(CREDIT_PATTERNS)
NOT_PEOPLE = {
    "The",
    "This",
    "That",
    "It",
    "He",
    "She",
    "They",
    "A",
    "An",
    "In",
    "On",
    "And",
    "But",
    "John Wick",
    "Reeves",
}

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

NEW_TITLE = re.compile(
    r"\b(?:(?:a|an|the)\s+(?:new\s+)?)?(?P<kind>spin-?off|sequel|prequel|reboot|remake|film|movie|"
    r"series|show|game|season)(?:\s+(?:movie|film|series|game|project))?,?\s+"
    r"(?:called|titled|named|dubbed|entitled)\s+"
    rf"[\"']?(?P<name>{TITLE_NAME}(?:\s*:\s*{TITLE_NAME})?(?:\s+\d+)?)",
)
TITLE_WITH_STATUS = re.compile(rf"(?P<name>{NAME}\s+(?:\d+|[IVX]+))\s+(?:is|has\s+been|was)\s+")

SOURCE_PATTERNS = [
    re.compile(rf"^\s*Source\s*[|:]\s*(?P<name>{NAME})"),
    re.compile(
        r"\b(?i:according\s+to|as\s+reported\s+by|reported\s+by|first\s+reported\s+by|"
        r"via|per|confirmed\s+to|told|speaking\s+to|in\s+an\s+interview\s+with)\s+"
        rf"(?P<name>{NAME})"
    ),
]
OUTLET_HINT = re.compile(
    r"\b(Collider|Variety|Deadline|IGN|Empire|Polygon|Eurogamer|"
    r"The Hollywood Reporter|Screen Rant|Kotaku|GameSpot|Total Film)\b"
)

FRANCHISE_CONTEXT = re.compile(
    r"^\s*(franchise|universe|saga|series|world|films|movies|games|timeline|verse)\b", re.I
)
CHARACTER_CONTEXT = re.compile(
    r"\b(as|plays|played|playing|portrays|portrayed|portraying|character|role\s+of)\s*$", re.I
)
# Words before a name that make it the film rather than the universe: "the original John Wick".
TITLE_CONTEXT = re.compile(
    r"\b(?:original|first|film|movie|(?:19|20)\d\d\s+(?:film|movie))\s*$", re.I
)
RELATION_KIND = {
    "spin-off": "spin_off",
    "spinoff": "spin_off",
    "sequel": "sequel",
    "prequel": "prequel",
    "remake": "remake",
    "reboot": "remake",
}
TITLE_KIND = {
    "film": "film",
    "movie": "film",
    "series": "series",
    "show": "series",
    "game": "game",
    "season": "season",
}


# Most sentences hold no fact of a kind: a check for words every pattern of that kind needs
# lets a rule skip its patterns. Each hint must be present wherever one of its patterns
# matches. Plain substring tests on the lower-cased sentence: a case-insensitive regex
# alternation costs more than all of them together.
class _Hint:
    def __init__(self, *words: str):
        self.words = words

    def search(self, text: str) -> bool:
        lower = text.lower()
        return any(word in lower for word in self.words)


STATUS_HINT = _Hint(
    "table",
    "green",
    "develop",
    "works",
    "forward",
    "cancel",
    "scrap",
    "shelv",
    "axed",
    "longer",
    "wrap",
    "production",
    "filming",
    "shooting",
    "photography",
    "rolling",
    "now",
    "released",
    "available",
    "rumor",
    "rumour",
)
PLACEMENT_HINT = _Hint("between", "after", "before", "prequel", "during", "same", "alongside")
NEW_TITLE_HINT = _Hint("called", "titled", "named", "dubbed")
SOURCE_HINT = _Hint(
    "source",
    "according",
    "reported",
    "via",
    "per",
    "confirmed",
    "told",
    "speaking",
    "interview",
)


# Entities -----------------------------------------------------------------------------------


def _choose(mention: Mention, sentence_text: str, local_start: int) -> Entry | None:
    """Pick the entity a name means here: "the John Wick franchise" is the franchise, "as John
    Wick" or "played John Wick" is a character (no entity), "the original John Wick" is the
    film; a bare name shared by a franchise and a title is the franchise."""
    before = sentence_text[:local_start]
    after = sentence_text[local_start + len(mention.surface) :]
    kinds = {entry.kind for entry in mention.candidates}
    if CHARACTER_CONTEXT.search(before) and "person" not in kinds:
        return None
    if "franchise" in kinds and FRANCHISE_CONTEXT.search(after):
        return next(e for e in mention.candidates if e.kind == "franchise")
    title_first = "title" in kinds and bool(TITLE_CONTEXT.search(before))
    order = {"title": 0, "person": 1, "company": 2, "franchise": 3}
    ranked = sorted(
        mention.candidates,
        key=lambda e: (
            order.get(e.kind, 9),
            e.release_rank if e.release_rank is not None else 10**9,
        ),
    )
    if "franchise" in kinds and "title" in kinds and not title_first:
        # A bare franchise name ("John Wick") most often means the universe in news copy.
        return next(e for e in ranked if e.kind == "franchise")
    return ranked[0] if ranked else None


@dataclass
class _Located:
    entry: Entry
    start: int  # in the sentence


def _entities(sentence: Sentence, gazetteer: Gazetteer) -> list[_Located]:
    located = []
    for mention in gazetteer.mentions(sentence.text):
        entry = _choose(mention, sentence.text, mention.start)
        if entry is not None:
            located.append(_Located(entry, mention.start))
    return located


# Rules --------------------------------------------------------------------------------------


def _subject_near(
    located: list[_Located], position: int, context: _Context, kinds=("title",)
) -> Subject | None:
    """Return the title named closest before `position`, else the first after, else the
    article's focus (for "the film", "it")."""
    titles = [loc for loc in located if loc.entry.kind in kinds]
    before = [loc for loc in titles if loc.start <= position]
    if before:
        return Subject.of(before[-1].entry)
    if titles:
        return Subject.of(titles[0].entry)
    for name, subject in context.new_titles.items():
        if name in context.current_text:
            return subject
    return context.focus


def _confidence_word(text: str) -> str:
    if RUMORED.search(text):
        return "rumored"
    if CONFIRMED.search(text):
        return "confirmed"
    return "reported"


def _region(text: str) -> str:
    lower = text.lower()
    for pattern, code in REGION_PATTERNS:
        if any(key in lower for key in REGION_KEYS[code]) and pattern.search(text):
            return code
    return ""


def _media(text: str, subject: Subject | None) -> list[tuple[str, str]]:
    """Return (medium, channel) pairs the sentence names; games get one per platform."""
    platforms = []
    lower = text.lower()
    for pattern, name in PLATFORM_PATTERNS:
        if name in platforms or not any(key in lower for key in PLATFORM_KEYS[name]):
            continue
        if pattern.search(text):
            platforms.append(name)
    if platforms and (subject is None or subject.subkind in ("", "game", "dlc")):
        return [("platform", name) for name in platforms]
    if match := STREAMER_PATTERN.search(text):
        return [("streaming", match.group("service"))]
    if PREMIERE_EVENT.search(text):
        return [("premiere", "")]
    if LIMITED.search(text):
        return [("theatrical_limited", "")]
    if THEATERS.search(text):
        return [("theatrical", "")]
    if PHYSICAL.search(text):
        return [("physical", "")]
    if DIGITAL.search(text):
        return [("digital", "")]
    if BROADCAST.search(text):
        return [("tv", "")]
    return [("", "")]


def _retrospective(text: str, published: date) -> bool:
    """True when the sentence opens on the past ("Back in 2019, …"): history, not news."""
    match = RETROSPECTIVE.search(text)
    if not match:
        return False
    year = match.group("year") or match.group("in_year")
    return year is None or int(year) < published.year


def _past_tense(text: str, trigger: re.Match) -> bool:
    """True for "Lionsgate released", "it was released", "has been released", "launched";
    False for "will be released", "is dated", "opens"."""
    word = trigger.group(0).lower()
    if not word.endswith("ed") or word == "dated":
        return False
    before = text[: trigger.start()].split()
    return not before or before[-1].lower() not in PASSIVE


def _clause_around(text: str, position: int) -> str:
    """Return the stretch of `text` around `position` between commas, semicolons and colons."""
    start = max(text.rfind(mark, 0, position) for mark in ",;:") + 1
    ends = [end for mark in ",;:" if (end := text.find(mark, position)) != -1]
    return text[start : min(ends, default=len(text))]


def _is_origin(text: str, mention: DateMention) -> bool:
    lead = DATE_PREPOSITION.match(mention.text)
    return bool(ORIGIN_CUE.search(text[: mention.start + (lead.end() if lead else 0)]))


def _release_trigger(text: str) -> re.Match | None:
    """Return the first release word that is not about a trailer, poster or other promo."""
    for match in RELEASE_TRIGGER.finditer(text):
        if not PROMO.match(text, match.start()):
            return match
    return None


def _release_move(text: str, move: re.Match, located, dates, context: _Context) -> bool:
    """Suggest the change a delay sentence names; return False when it names no new date."""
    # "denied that it will move", "is not moving": the negation governs the verb in its clause.
    clause = re.split(r"[,;]", text[: move.start()])[-1]
    if NEGATION.search(clause):
        return True
    origins = [d for d in dates if _is_origin(text, d)]
    rest = [d for d in dates if d not in origins]
    after_verb = [d for d in rest if d.start >= move.start()]
    if after_verb:
        target = after_verb[-1]
    elif rest and origins:
        target = rest[-1]  # "opens on August 8, moving from its previous date of June 13"
    else:
        return False
    if not target.when.is_tba and target.when.end < context.published:
        return True
    if origins:
        origin = origins[0]
    else:
        before_verb = [d for d in dates if d.start < move.start()]
        origin = (
            after_verb[0] if len(after_verb) >= 2 else (before_verb[-1] if before_verb else None)
        )
    subject = _subject_near(located, move.start(), context)
    if subject is None:
        return True
    for medium, channel in _media(text, subject):
        value = {
            "to": target.when.canonical(),
            "region": _region(text) or "WW",
            "medium": medium,
            "channel": channel,
        }
        if origin is not None:
            value["from"] = origin.when.canonical()
        context.add(
            Suggestion("release_move", subject, value, text, 0.85 if origin is not None else 0.75)
        )
    return True


def _clauses(text: str, dates: list[DateMention]) -> list[str]:
    """Split a sentence into one stretch per date, breaking at the first comma or conjunction
    after each date: "opens in Australia on 12 December and in Japan in January"."""
    bounds = [0]
    for current, following in zip(dates, dates[1:], strict=False):
        gap = CLAUSE_BREAK.search(text, current.end, following.start)
        bounds.append(gap.start() if gap else (current.end + following.start) // 2)
    bounds.append(len(text))
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _markets(text: str, dates: list[DateMention], subject: Subject) -> list | None:
    """Return (date, region, media) per date when each clause names its own market ("on
    digital on May 23, with the Blu-ray on June 13"), else None. A clause that names no
    region or medium carries on the one named before it."""
    clauses = _clauses(text, dates)
    regions = [_region(clause) for clause in clauses]
    media = [_media(clause, subject) for clause in clauses]
    for values, empty in ((regions, ""), (media, [("", "")])):
        for index in range(1, len(values)):
            if values[index] == empty:
                values[index] = values[index - 1]
        for index in range(len(values) - 2, -1, -1):
            if values[index] == empty:
                values[index] = values[index + 1]
    markets = [(region, tuple(m)) for region, m in zip(regions, media, strict=True)]
    if len(set(markets)) < len(markets):
        return None
    return [(d, region or "WW", list(m)) for d, (region, m) in zip(dates, markets, strict=True)]


def _release_rules(sentence: Sentence, located, dates: list[DateMention], context: _Context):
    text = sentence.text
    if not dates or _retrospective(text, context.published):
        return
    move = MOVE.search(text)
    if move and _release_move(text, move, located, dates, context):
        return
    trigger = _release_trigger(text)
    if trigger is None or NEGATION.search(_clause_around(text, trigger.start())):
        return  # "will not be released on May 3"; but "not long now: it opens May 3" is fine
    # A date already past is history ("it came out on May 17, 2019"), not an announcement,
    # unless the sentence announces it; so is a day without a year after a past-tense verb
    # ("opened on May 10").
    past = _past_tense(text, trigger)
    announced = bool(FUTURE.search(text))
    dates = [
        d
        for d in dates
        if d.when.is_tba
        or (announced or d.when.end >= context.published)
        and not (past and d.relative)
    ]
    if not dates:
        return
    subject = _subject_near(located, trigger.start(), context)
    if subject is None:
        return

    # Several dates that agree ("next year … on June 7, 2024"): keep the most exact. When they
    # disagree, each may name its own market; otherwise a written-out date beats one counted
    # from the publication day, which may be wrong for a story filed late or edited later.
    def span(d):
        return (d.when.end - d.when.start).days if d.when.start else 10**6

    chosen = min(dates, key=span)
    markets = None
    if not all(d.when.contains(chosen.when) or d is chosen for d in dates):
        markets = _markets(text, dates, subject)
        chosen = min(dates, key=lambda d: (d.relative, span(d), abs(d.start - trigger.start())))
    if markets is None:
        markets = [(chosen, _region(text) or "WW", _media(text, subject))]
    confidence = _confidence_word(text)
    for when, region, media in markets:
        score = (0.9 if when.when.precision == "day" else 0.8) - (0.05 if when.relative else 0)
        for medium, channel in media:
            value = {
                "date": when.when.canonical(),
                "display": str(when.when),
                "region": region,
                "medium": medium,
                "channel": channel,
                "confidence": confidence,
            }
            context.add(Suggestion("release", subject, value, text, round(score, 2)))


def _status_rules(sentence: Sentence, located, context: _Context):
    text = sentence.text
    if not STATUS_HINT.search(text) or _retrospective(text, context.published):
        return
    for pattern, status in STATUS_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        if NEGATION.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        subject = None
        named = TITLE_WITH_STATUS.search(text)
        if named and normalize_name(trim_name(named.group("name"))) not in {
            normalize_name(loc.entry.name) for loc in located
        }:
            name = trim_name(named.group("name"))
            known = context.gazetteer.lookup(name)
            if known:
                subject = Subject.of(known[0])
            else:
                # A new title ("John Wick 5 is back on the table"): later sentences that say
                # "it" or name its director are about it too.
                subject = Subject(kind="title", name=name, subkind="film")
                context.new_titles.setdefault(name, subject)
                context.focus = context.focus or subject
        subject = subject or _subject_near(located, match.start(), context)
        if subject is None:
            continue
        context.add(Suggestion("status", subject, {"status": status}, text, 0.8))
        return


def _people(names: str) -> list[str]:
    parts = re.split(r"\s*,\s*|\s+and\s+", names)
    names = [trim_name(p.strip()) for p in parts if p.strip()]
    return [name for name in names if name not in NOT_PEOPLE]


def _credit_rules(sentence: Sentence, located, context: _Context):
    text = sentence.text
    lower = text.lower()
    for (pattern, role), keys in zip(CREDIT_PATTERNS, CREDIT_KEYS, strict=True):
        if not any(key in lower for key in keys):
            continue
        for match in pattern.finditer(text):
            subject = _subject_near(located, match.start(), context)
            if subject is None:
                continue
            for name in _people(match.group("names")):
                entries = context.gazetteer.lookup(name)
                known = [e for e in entries if e.kind == "person"]
                if entries and not known:
                    continue  # "Northlight Pictures producing" names a company, not a person
                if known:
                    person = Subject.of(known[0])
                elif len(name.split()) >= 2:
                    person = Subject(kind="person", name=name)
                else:
                    continue  # a lone surname is too weak to create a person from
                context.add(
                    Suggestion(
                        "credit",
                        subject,
                        {
                            "role": role,
                            "person": person.name,
                            "person_id": person.id,
                        },
                        text,
                        0.85 if known else 0.65,
                    )
                )


def _anchor(match: re.Match, group: str, context: _Context) -> Subject | None:
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


def _placement_rules(sentence: Sentence, located, context: _Context):
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
        subject = _subject_near(located, match.start(), context)
        if subject is None or subject.key in (anchor.key, getattr(anchor_end, "key", None)):
            subject = context.focus
        if subject is None or subject.key == anchor.key:
            continue
        value = {"placement": kind, "anchor": anchor.name, "anchor_id": anchor.id}
        if anchor_end:
            value.update(anchor_end=anchor_end.name, anchor_end_id=anchor_end.id)
        context.add(Suggestion("placement", subject, value, text, 0.8))
        return


def _new_title_rules(sentence: Sentence, located, context: _Context) -> list[tuple[int, int]]:
    """Suggest the titles a sentence introduces; return where their names are, so known names
    inside them ("Night Market" in "Night Market: Last Call") are not taken for the subject."""
    spans = []
    if not NEW_TITLE_HINT.search(sentence.text):
        return spans
    for match in NEW_TITLE.finditer(sentence.text):
        name = match.group("name").strip()
        word = match.group("kind").lower().replace("-", "")
        known = [e for e in context.gazetteer.lookup(name) if e.kind == "title"]
        if known:
            if context.focus is None or context.focus.kind != "title":
                context.focus = Subject.of(known[0])
            continue
        subkind = TITLE_KIND.get(word, "")
        if not subkind:
            focus_kind = context.focus.subkind if context.focus else ""
            subkind = focus_kind if focus_kind in ("film", "series", "game") else "film"
        subject = Subject(kind="title", name=name, subkind=subkind)
        value = {"name": name, "title_kind": subkind}
        franchise = next((loc.entry for loc in located if loc.entry.kind == "franchise"), None)
        if franchise is None and context.franchise_id is not None:
            franchise = context.gazetteer.get("franchise", context.franchise_id)
        if franchise:
            value.update(franchise=franchise.name, franchise_id=franchise.id)
        if word in RELATION_KIND:
            value["relation"] = RELATION_KIND[word]
        context.new_titles[name] = subject
        context.focus = subject
        context.add(Suggestion("new_title", subject, value, sentence.text, 0.75))
        spans.append(match.span("name"))
    return spans


def _source_rules(sentence: Sentence, context: _Context):
    if not SOURCE_HINT.search(sentence.text):
        return
    for pattern in SOURCE_PATTERNS:
        for match in pattern.finditer(sentence.text):
            name = trim_name(match.group("name").strip())
            if name in NOT_PEOPLE:
                continue
            known = context.gazetteer.lookup(name)
            if any(e.kind == "person" for e in known):
                continue  # "according to Shay Hatten" quotes a person, not an outlet
            looks_like_outlet = bool(
                OUTLET_HINT.fullmatch(name)
            ) or sentence.text.lstrip().lower().startswith("source")
            context.add(
                Suggestion(
                    "source", None, {"name": name}, sentence.text, 0.9 if looks_like_outlet else 0.6
                )
            )


# Entry point --------------------------------------------------------------------------------


def _focus(
    parts: list[tuple[int, int]], read: list[tuple[Sentence, list[_Located]]], gazetteer: Gazetteer
) -> tuple[Subject | None, int | None]:
    """Return the title the article is about (most named in the headline, then the text) and
    the franchise it belongs to. `parts` are the (end offset, weight) of headline, standfirst
    and body in the document text."""
    counts: Counter = Counter()
    for sentence, located in read:
        weight = next((w for end, w in parts if sentence.start < end), 1)
        for loc in located:
            counts[(loc.entry.kind, loc.entry.id)] += weight
    titles = [(n, key) for key, n in counts.items() if key[0] == "title"]
    franchises = [(n, key) for key, n in counts.items() if key[0] == "franchise"]
    focus = gazetteer.get(*max(titles)[1]) if titles else None
    franchise_id = (
        focus.franchise_id
        if focus and focus.franchise_id
        else (max(franchises)[1][1] if franchises else None)
    )
    return (Subject.of(focus) if focus else None), franchise_id


def extract(document: Document, gazetteer: Gazetteer) -> list[Suggestion]:
    """Return the facts found in a document, in the order they appear."""
    published = document.published or date.today()
    # Each sentence is split and scanned for names once; the focus and the rules share that.
    parts, offset = [], 0
    for weight, part in ((3, document.headline), (2, document.standfirst), (1, document.body)):
        if part:
            offset += len(part) + 1
            parts.append((offset, weight))
    read = [
        (sentence, _entities(sentence, gazetteer)) for sentence in sentences(clean(document.text))
    ]
    focus, franchise_id = _focus(parts, read, gazetteer)
    context = _Context(
        gazetteer=gazetteer, published=published, focus=focus, franchise_id=franchise_id
    )
    mentioned: dict = {}
    for sentence, located in read:
        context.current_text = sentence.text
        for loc in located:
            mentioned.setdefault((loc.entry.kind, loc.entry.id), (loc.entry, sentence.text))
        if spans := _new_title_rules(sentence, located, context):
            located = [loc for loc in located if not any(a <= loc.start < b for a, b in spans)]
        dates = find_dates(sentence.text, published)
        _release_rules(sentence, located, dates, context)
        _status_rules(sentence, located, context)
        _credit_rules(sentence, located, context)
        _placement_rules(sentence, located, context)
        _source_rules(sentence, context)
    mentions = [
        Suggestion("mention", Subject.of(entry), {}, text, 0.9)
        for entry, text in mentioned.values()
    ]
    return mentions + _most_exact(context.found)


def _most_exact(found: list[Suggestion]) -> list[Suggestion]:
    """Drop a release or a move that a more exact one of the same market narrows: a
    headline's "this summer" beside the body's "June 7, 2024" is one release told twice, and
    "slips to May" beside "from March 12 to May 21" one delay."""
    markets: dict[tuple, list[tuple[Suggestion, FuzzyDate]]] = {}
    for s in found:
        if s.kind in ("release", "release_move"):
            market = (
                s.kind,
                s.subject.key,
                s.value["region"],
                s.value["medium"],
                s.value["channel"],
            )
            when = FuzzyDate.parse(s.value.get("date") or s.value["to"])
            markets.setdefault(market, []).append((s, when))
    wider = {
        id(s)
        for releases in markets.values()
        if len(releases) > 1
        for s, when in releases
        if any(other != when and when.contains(other) for _, other in releases)
    }
    return [s for s in found if id(s) not in wider] if wider else found
