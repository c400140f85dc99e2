"""Words every rule family shares: negation, hedging, looking back, and where and how a
title comes out (regions, platforms, services, media)."""

import re
from datetime import date

from .suggestion import Subject

CONFIRMED = re.compile(r"\b(confirm\w*|official\w*|announc\w*|revealed|set|dated)\b", re.I)


RUMORED = re.compile(
    r"\b(rumou?r\w*|reportedly|could|might|may\s+be|insiders?|unconfirmed|"
    r"speculat\w*|whispers?)\b",
    re.I,
)


NEGATION = re.compile(r"\b(not|no longer|won't|will not|isn't|denied|never)\b", re.I)


# A sentence that opens on the past tells history, not news: "Back in 2019, …", "Ten years ago, …".
RETROSPECTIVE = re.compile(
    r"^\W*(?:back\s+in\s+(?P<year>(?:19|20)\d\d)|in\s+(?P<in_year>(?:19|20)\d\d)\s*,|"
    r"(?:\w+\s+){1,2}years?\s+ago|back\s+(?:then|when))\b",
    re.I,
)


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


def confidence_word(text: str) -> str:
    if RUMORED.search(text):
        return "rumored"
    if CONFIRMED.search(text):
        return "confirmed"
    return "reported"


def region_of(text: str) -> str:
    lower = text.lower()
    for pattern, code in REGION_PATTERNS:
        if any(key in lower for key in REGION_KEYS[code]) and pattern.search(text):
            return code
    return ""


def media_of(text: str, subject: Subject | None) -> list[tuple[str, str]]:
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


def retrospective(text: str, published: date | None) -> bool:
    """True when the sentence opens on the past ("Back in 2019, …"): history, not news."""
    match = RETROSPECTIVE.search(text)
    if not match:
        return False
    year = match.group("year") or match.group("in_year")
    return year is None or published is None or int(year) < published.year
