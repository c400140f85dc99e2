"""Words every rule family shares: negation, hedging, looking back, and where and how a
title comes out (regions, platforms, services, media)."""

import re
from datetime import date

from .dates import MONTHS
from .regions import ADVERBS, WORLDWIDE_ABROAD, is_adjective, regions_named_in
from .suggestion import Subject
from .when import MONTH_NAMES, WEEKDAY_NAME, WEEKDAYS

CONFIRMED = re.compile(r"\b(confirm\w*|official\w*|announc\w*|revealed|set|dated)\b", re.I)


RUMORED = re.compile(
    r"\b(rumou?r\w*|reportedly|could|might|may\s+be|insiders?|unconfirmed|"
    r"speculat\w*|whispers?)\b",
    re.I,
)


NEGATION = re.compile(
    # ("ne sortira plus en 2027", "no llegará en 2027", "non uscirà")
    r"\b(not|no longer|won't|will not|isn't|denied|never|nicht|pas|ne\s+\w+\s+plus|"
    r"no\s+(?=\w+rá\b)|non\s+(?=\w+rà\b)|kein(?:e|en)?)\b",
    re.I,
)


# A sentence that opens on the past tells history, not news: "Back in 2019, …", "Ten years ago, …".
RETROSPECTIVE = re.compile(
    r"^\W*(?:back\s+in\s+(?P<year>(?:19|20)\d\d)|in\s+(?P<in_year>(?:19|20)\d\d)\s*,|"
    r"(?:\w+\s+){1,2}years?\s+ago|back\s+(?:then|when)|"
    r"back\s+in\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december))\b",
    re.I,
)


# Worldwide, said in words; a country is named as the region of a release when the words
# around it say so ("in the UK", "UK cinemas", "across Japan"), not when it is an adjective of
# something else ("a Japanese studio") or part of a name ("Chad Stahelski").
WORLDWIDE = re.compile(
    r"(?:around|across)\s+the\s+(?:world|globe)|worldwide|globally|internationally|"
    # "hits Japan in May, the world in June", "the rest of the world follows"
    r"\brest\s+of\s+the\s+world|(?<![\w'’]\s)(?<!of\s)\bthe\s+world(?=\s+(?:in|on|from)\s)|"
    # and abroad: "dans le monde entier", "weltweit", "en todo el mundo", "in tutto il mondo"
    + "|".join(r"\b" + r"\s+".join(phrase.split()) for phrase in WORLDWIDE_ABROAD),
    re.I,
)
WORLDWIDE_KEYS = ("world", "globe", "global", "international", "monde", "welt", "mundo", "mondo")
REGION_BEFORE = re.compile(
    r"(?:\b(?:in|across|throughout|for|to|into|hits|and|or|while|whereas|but|followed\s+by)|[,/:(])"
    r"\s*(?:the\s+)?$",
    re.I,
)
# A country as the subject of its turn: "France gets it on February 10", "Japan will wait until
# April 16", "Australia follows on March 4".
COUNTRY_SUBJECT = re.compile(
    r"\s+(?:gets?\s+(?:it|the\s+(?:film|show|series|game))|(?:will\s+)?(?:follows?|get\s+it)|"
    r"(?:will|must)\s+(?:have\s+to\s+)?wait|is\s+next|comes\s+(?:next|last))\b",
    re.I,
)
COUNTRY_LABEL = re.compile(r"(?:\s*(?:,|and|&|/)\s*(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*\s*:")
CALENDAR_WORD = re.compile(rf"(?:{WEEKDAY_NAME}s?|{MONTH_NAMES})(?!\w)")
REGION_AFTER = re.compile(
    r"^\s+(?:(?:and|&|/)\s+\S+\s+)?(?:theatrical\s+)?(?:release|cinemas|theaters|theatres|"
    r"audiences|debut|premiere|viewers|fans|rollout|launch|date|opening|broadcast|screens|"
    r"kinos?|kinostart|rights|distribution)\b",
    re.I,
)


PLATFORMS = [
    (r"PS5|PlayStation\s*5", "PS5"),
    (r"PS4|PlayStation\s*4", "PS4"),
    (
        # "day one on Xbox Game Pass": the subscription plays on the current Xboxes
        r"Xbox\s+Series\s+X\s*(?:\|\s*|/\s*|and\s+)S|Xbox\s+Series\s+X|Xbox\s+Series|"
        r"Xbox\s+Game\s+Pass|(?<!\w\s)Game\s+Pass|Xbox(?=\s+(?:console|exclusive|version|players|owners|timed))",
        "Xbox Series X|S",
    ),
    (r"Xbox\s+One", "Xbox One"),
    # ("die Switch-2-Fassung": German joins the words)
    (r"(?:Nintendo\s+)?Switch[\s-]*2", "Switch 2"),
    (r"(?:Nintendo\s+)?Switch(?![\s-]*2)", "Switch"),
    (r"\bPC\b|Steam|Windows", "PC"),
    (r"\bmacOS\b|\bMac\b", "Mac"),
    (r"\biOS\b|iPhone", "iOS"),
    (r"\bAndroid\b", "Android"),
]


PLATFORM_PATTERNS = [(re.compile(p), name) for p, name in PLATFORMS]
# Any platform's name, for patterns that look for one: "a Switch 2 version", "PS5 and PC".
ANY_PLATFORM = "|".join(f"(?:{pattern})" for pattern, _name in PLATFORMS)


def platform_named(match: re.Match, group: str = "platform") -> str:
    """The platform a name written for one is: "PlayStation 5" is "PS5". Read where the
    match found it, in its text: "Xbox" is a platform only before "version" and the like."""
    text, start, end = match.string, match.start(group), match.end(group)
    return next(
        name
        for pattern, name in PLATFORM_PATTERNS
        if (found := pattern.match(text, start)) and found.end() == end
    )


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


# Each service as the catalog names it, and the ways copy writes it: Apple TV+ has been
# "Apple TV" since October 2025, Max "HBO Max" again since July 2025; older stories keep the
# old names, and one service must not become two on the calendar's filter.
STREAMERS = {
    "Netflix": ("Netflix",),
    "Disney+": ("Disney+", "Disney Plus"),
    "HBO Max": ("HBO Max", "Max"),
    "Prime Video": ("Prime Video", "Amazon Prime Video", "Amazon Prime", "Amazon"),
    "Apple TV": ("Apple TV+", "Apple TV Plus", "Apple TV"),
    "Hulu": ("Hulu",),
    "Paramount+": ("Paramount+", "Paramount Plus"),
    "Peacock": ("Peacock",),
    "Crunchyroll": ("Crunchyroll",),
    "Starz": ("Starz",),
    # the services of other markets that copy names beside a date ("lands on BritBox in
    # Australia", "the full series on BBC iPlayer", "on Stan", "sur Canal+")
    "BBC iPlayer": ("BBC iPlayer", "iPlayer"),
    "ITVX": ("ITVX",),
    "All 4": ("All 4",),
    "CBC Gem": ("CBC Gem",),
    "BritBox": ("BritBox",),
    "Acorn TV": ("Acorn TV",),
    "NOW": ("NOW TV",),
    "SkyShowtime": ("SkyShowtime",),
    "Stan": ("Stan",),
    "Binge": ("Binge",),
    "Crave": ("Crave",),
    "MUBI": ("MUBI", "Mubi"),
    "Shudder": ("Shudder",),
    "HIDIVE": ("HIDIVE",),
    "Viaplay": ("Viaplay",),
    "Canal+": ("Canal+",),
    "Movistar Plus+": ("Movistar Plus+", "Movistar+"),
    "Filmin": ("Filmin",),
    "RTL+": ("RTL+",),
    "Joyn": ("Joyn",),
    "U-Next": ("U-Next",),
    "Tubi": ("Tubi",),
    "TVING": ("TVING", "Tving"),
    "Viki": ("Viki", "Rakuten Viki"),
    "JioHotstar": ("JioHotstar", "Disney+ Hotstar", "Hotstar"),
    "TVNZ+": ("TVNZ+",),
    "ThreeNow": ("ThreeNow",),
    "ABC iview": ("ABC iview", "ABC iView", "iview"),
}
STREAMER_NAMES = {form: name for name, forms in STREAMERS.items() for form in forms}
# Every name of every service, longest first ("Amazon Prime Video" before "Amazon").
SERVICE_NAMES = "|".join(re.escape(s) for s in sorted(STREAMER_NAMES, key=len, reverse=True))


STREAMER_PATTERN = re.compile(
    # ("en Netflix", "sur Disney+", "auf Netflix", "su Prime Video", "na Netflix")
    # (in a headline's title case too: "Coming To Peacock In October")
    r"\b(?i:on|to|via|streaming\s+on|exclusively\s+on|en|sur|auf|su|em)\s+(?P<service>"
    + SERVICE_NAMES
    + r")(?![\w+])(?!\s+(?:MGM|Studios|Games|Pictures)\b)"  # "Amazon MGM Studios" makes films
)

# A service no list here knows, by the plus its name ends in: "Kumori+", "Lumen+".
ANY_PLUS_SERVICE = re.compile(r"(?<![\w+])(?P<service>[A-Z][A-Za-z0-9]{2,20}\+)(?![\w+])")

# A service this list does not know, by what it does: "will stream on Streamflix", "the film
# will go straight to Streamflix".
NAMED_STREAMER = re.compile(
    r"\b(?:stream(?:s|ing)?(?:\s+exclusively)?\s+on|(?:go(?:es|ing)?|head(?:s|ing)?)\s+"
    r"straight\s+to)\s+(?P<service>[A-Z][A-Za-z0-9]{2,20})\b"
)
# ("will stream on Friday", "on Sept. 17", "on Demand": a day or a word, not a service)
NOT_SERVICES = {*MONTHS, *WEEKDAYS, "christmas", "demand", "digital"}

# The service as the subject that brings the title out: "Hulu will premiere the first three
# episodes on Feb. 23", "Starz begins Season 2 on Friday", "Prime Video will add it on…".
SERVICE_RELEASES = re.compile(
    r"(?:^|(?<=[.;:,]\s))[\"'“(*_]{0,3}(?P<service>"
    + SERVICE_NAMES
    + r")(?![\w+])\s+(?:(?:says|said|announced)\s+(?:that\s+)?it\s+)?"
    r"(?:will\s+(?:be\s+)?|is\s+set\s+to\s+|plans\s+to\s+|is\s+going\s+to\s+)?"
    r"(?:premiere|debut|drop|release|launch|add|begin|start|stream|roll\w*\s+out|bow|zeig)\w*\b|"
    # "Hulu has set the return of Copper Valley", "Netflix has renewed Blackwater Bay", "Hulu
    # also set a date for…", "Hulu has added two names to the cast of…"
    r"(?:^|(?<=[.;:,]\s))[\"'“(*_]{0,3}(?P<sayer>"
    + SERVICE_NAMES
    + r")(?![\w+])\s+(?:(?:has|have)\s+)?(?:officially\s+|also\s+)?"
    r"(?:set|dated|renewed|ordered|confirmed|added)\b"
)

# A listing's line naming the service and its day: "Prime Video Canada premiere date: …"
SERVICE_DATE = re.compile(
    r"^\W*(?P<service>"
    + SERVICE_NAMES
    + r")(?:\s+[A-Z][\w.]*){0,2}\s+(?:premiere|release|launch)\s+"
    r"date\s*:"
)
# A service set off as a listing's column: "The Cube Kids, Netflix, July 29", "(Disney+,
# July 31)", "Muppet Hour | Disney+ | July 31".
SERVICE_CELL = re.compile(
    r"(?:^|(?<=[(,|–—:]))\s*(?P<service>" + SERVICE_NAMES + r")(?![\w+])\s*(?=[,)|–—]|$)"
)


THEATERS = re.compile(
    r"\b(theaters|theatres|cinemas|theatrical\w*|big\s+screen|box\s+office|"
    # "au cinéma", "en salles", "en cines", "im Kino", "Kinostart", "al cinema", "nos cinemas"
    r"cinéma|salles|en\s+salle|cines|kinos?|kinostart\w*|al\s+cinema|nei\s+cinema|nos\s+cinemas|"
    # "uscirà nelle sale italiane", "estreia nas salas"
    r"nelle\s+sale|in\s+sala|nas\s+salas)\b",
    re.I,
)


WIDE = re.compile(
    r"\b(?:expand(?:s|ing|ed)?\s+(?:wide|nationwide|everywhere)|go(?:es|ing)?\s+wide|"
    # "expands to 300 screens on March 26"
    r"expand(?:s|ing|ed)?\s+(?:to|into)\s+(?:more\s+than\s+|over\s+|some\s+)?[\d,]+\s+"
    r"(?:screens|theaters|theatres|cinemas|locations|venues)|"
    r"wide\s+release|nationwide\s+release|"
    # "will release nationwide in India on March 19", "opens nationwide"
    r"(?:release|releases|open|opens|opening|arrive|arrives|hits?\s+(?:theaters|cinemas))\s+"
    r"nationwide)\b",
    re.I,
)
LIMITED = re.compile(
    r"\blimited\s+(?:release|run|theatrical)\b|\b(?:select|limited)\s+(?:(?:US|U\.S\.|UK|American|"
    r"British)\s+)?(?:theaters|theatres|cinemas)\b",
    re.I,
)


# ("available as a 48-hour rental", "to rent or buy at home": a digital release)
DIGITAL = re.compile(
    r"\b(digital(?:ly)?|on\s+demand|VOD|PVOD|(?:\d+-hour\s+)?rental|to\s+rent)\b", re.I
)


PHYSICAL = re.compile(
    r"\b(Blu-ray|DVD|4K\s+UHD|physical\s+(?:release|edition)|(?<!the\s)streets\s+(?:on|in)|"
    r"(?:edición|versión)\s+física|édition\s+physique|physische\s+(?:Fassung|Version|Edition))\b",
    re.I,
)
PHYSICAL_EDITION = re.compile(
    r"\b(?:physical|boxed|retail|disc)\s+(?:[\w|+-]+\s+){0,3}?(?:edition|release|version|copies)\b|"
    r"\b(?:edición|versión)\s+física|\bédition\s+physique|\bphysische\s+(?:Fassung|Version|Edition)\b",
    re.I,
)


# A broadcaster's channel a show airs on: "on BBC One in the UK", "on Sky Atlantic".
TV_CHANNELS = (
    r"BBC\s+(?:One|Two|Three|Four|Scotland)|ITV[1-4]?|"
    r"ITVX|Channel\s+[45]|Sky\s+(?:Atlantic|One|Max|Showcase|Witness)|HBO(?!\s+Max)|CBS|NBC|"
    # (Australia's ABC is "ABC TV" in its own country's copy, the American network "ABC":
    # not "the ABC TV series X", "ABC TV's new drama", American copy's words)
    r"ABC\s+TV(?!['’]s|\s+(?i:network|series|show|drama|comedy|sitcom|pilot|movie))|"
    r"ABC(?!\s+(?i:iview))|Fox|FOX|AMC|FX|Showtime|Lifetime|USA\s+Network|[Tt]he\s+CW|PBS|Freeform|BBC|E4|More4|"
    # American cable ("9 p.m. on HGTV"); not "History" or "Discovery", words a story opens on
    r"HGTV|TNT|Syfy|SYFY|Bravo|TLC|A&E|Paramount\s+Network|Comedy\s+Central|Cinemax|BET|"
    r"Hallmark\s+Channel|National\s+Geographic|Nat\s+Geo|Food\s+Network|MTV|Adult\s+Swim|"
    r"Cartoon\s+Network|Nickelodeon|Disney\s+Channel|History\s+Channel|Discovery\s+Channel|"
    # other markets' channels: Canada, Ireland, Australia, New Zealand, the big European and
    # Asian ones
    r"CBC|CTV|Global|RT[ÉE](?:\s+One|\s+2)?|Virgin\s+Media\s+One|Seven\s+Network|Nine\s+Network|"
    r"Network\s+10|SBS|TVNZ\s+[12]|Whakaata\s+Māori|DR1|SVT1|NRK1|Das\s+Erste|ARD|ZDF|RTL|Sat\.1|ProSieben|"
    r"France\s+[2-5]|TF1|M6|Arte|Rai\s*[1-3]|Canale\s+5|Rete\s+4|Italia\s+1|La\s+1|Antena\s+3|Telecinco|NHK|"
    r"TBS|Fuji\s+TV|TV\s+Tokyo|Tokyo\s+MX|Tokai\s+TV|Nippon\s+TV|TV\s+Asahi|KBS2?|MBC|SBS|"
    r"tvN|JTBC|Star\s+Plus|Sony\s+TV|Colors\s+TV|Zee\s+TV"
)
TV_CHANNEL = re.compile(
    r"\b(?:on|to|via|auf|sur|su|bei|im)\s+(?P<channel>" + TV_CHANNELS + r")\b(?![\w+])"
    # ("BBC One will premiere The Salt Orchard on Sunday": the channel as the subject; "Das
    # Erste zeigt…", "France 2 lancera…", "La 1 estrena…")
    r"|(?:^|(?<=[.;:,]\s))(?:(?:Das|Le|La)\s+)?(?P<sayer>" + TV_CHANNELS + r")\s+(?:will\s+)?"
    r"(?:(?:premiere|air|broadcast|debut|launch)s?|has\s+(?:set|dated|scheduled)|sets|dates|"
    r"zeigt|sendet|strahlt|diffuse(?:ra)?|lancera|"
    r"estrena(?:rá)?|emite|emitirá|trasmette(?:rà)?|manda)\b"
    # "from Fox Searchlight", "BBC Film": the studio, not the channel
    r"(?!\s+(?:Films?|Searchlight|Pictures|Studios|Documentar\w+))"
)
# The channel a show is said to be, as trade copy writes it: "Fox's cooking competition …
# will return for its ninth season next spring", "NBC's new legal drama".
OWNING_CHANNEL = re.compile(
    r"(?:^|(?<=[\s(]))(?P<channel>" + TV_CHANNELS + r")['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:series|drama|comedy|sitcom|show|competition|procedural|docuseries|anthology|"
    r"miniseries|soap|game\s+show|talk\s+show|reality\s+series)\b"
)
# A listing's line under a show's heading: where, then when ("ITV1, 13 September", "Amazon
# Prime Video, 15 September", "BBC One, date to be confirmed").
# ("(TVNZ 1 & TVNZ+, March)", "(Three & ThreeNow, second half of 2028)": a channel and the
# service that streams it, in brackets, as a year-ahead preview writes them; New Zealand's
# Three only here, where no other word "Three" stands)
_LINE_CHANNEL = (
    r"(?:Amazon\s+)?(?:(?P<channel>" + TV_CHANNELS + r"|Three|Sky\s+Open)|" + SERVICE_NAMES + r")"
)
CHANNEL_THEN_DATE = re.compile(
    r"^\W*" + _LINE_CHANNEL + r"(?:\s*&\s*(?:" + TV_CHANNELS + r"|" + SERVICE_NAMES + r"))?"
    r"\s*,\s+\S",
    re.I,
)
# A channel alone in a table's cell: "Monday, Jan. 11 | The Arbiter | NBC".
# (or between a listing's commas: "Screening: Saturday September 4, TVNZ 1, 8.35pm", "1) The
# Marram, BBC One, September 5")
TV_CELL = re.compile(
    r"(?:^|(?<=\|)|(?<=,))\s*(?P<channel>" + TV_CHANNELS + r")\s*"
    rf"(?=\||$|,\s*(?:\d|{WEEKDAY_NAME}|(?=[A-Z])(?i:{MONTH_NAMES})))"
)
# The same channel set off as a listing's column, to leave out of the row's title ("2)
# Coldharbour, ITV1, September").
CHANNEL_CELL = re.compile(
    r"(?:^|(?<=[(,|–—:]))\s*(?:" + TV_CHANNELS + r")(?![\w+])\s*(?=[,)|–—]|$)"
)
# A row of a title, a dash and its channel, nothing else ("- Linea Sud – Rai 3" under a day);
# not a sentence with its own date that ends on a dash and a studio ("… on June 18 - Fox").
ROW_CHANNEL = re.compile(r"^\W*[^\d\n]{1,80}?\s[-–—]\s+(?P<channel>" + TV_CHANNELS + r")\s*$")
# A show's channel in brackets after its name, as a viewing guide writes it: "*Kennel Row*
# (tvN), available from 12 March". (A film's "(Fox)" is its distributor, as box-office copy
# writes it.)
# Only straight after a line's opening name ("Night Shift (NBC)" later in a sentence is
# someone's earlier show; "June 11 (Global)" a word).
BRACKETED_CHANNEL = re.compile(
    r"^\W*[^\s(,][^(),\d]{0,80}?\s\((?P<channel>(?!Fox\b|FOX\b|Global\b)(?:"
    + TV_CHANNELS
    + r"))\)(?=\s*(?:,|$|[-–—]))"
)
# A broadcaster airs in its own country: a show "on NBC" premieres in the United States.
CHANNEL_COUNTRY = {
    **dict.fromkeys(("CBS", "NBC", "ABC", "Fox", "AMC", "FX", "HBO", "Showtime"), "US"),
    **dict.fromkeys(("Lifetime", "USA Network", "The CW", "PBS", "Freeform"), "US"),
    **dict.fromkeys(("HGTV", "TNT", "Syfy", "SYFY", "Bravo", "TLC", "A&E", "Cinemax"), "US"),
    **dict.fromkeys(("Paramount Network", "Comedy Central", "BET", "Hallmark Channel"), "US"),
    **dict.fromkeys(("National Geographic", "Nat Geo", "Food Network", "MTV"), "US"),
    **dict.fromkeys(("Adult Swim", "Cartoon Network", "Nickelodeon", "Disney Channel"), "US"),
    **dict.fromkeys(("History Channel", "Discovery Channel"), "US"),
    **dict.fromkeys(("BBC", "BBC One", "BBC Two", "BBC Three", "BBC Four", "ITV", "ITVX"), "GB"),
    **dict.fromkeys(("ITV1", "ITV2", "Channel 4", "Channel 5", "Sky Atlantic", "Sky One"), "GB"),
    **dict.fromkeys(
        ("Sky Max", "Sky Showcase", "Sky Witness", "BBC Scotland", "E4", "More4"), "GB"
    ),
    **dict.fromkeys(("CBC", "CTV", "Global"), "CA"),
    **dict.fromkeys(("RTÉ", "RTE", "RTÉ One", "RTÉ 2", "Virgin Media One"), "IE"),
    **dict.fromkeys(("Seven Network", "Nine Network", "Network 10", "SBS", "ABC TV"), "AU"),
    **dict.fromkeys(("TVNZ 1", "TVNZ 2", "Whakaata Māori", "Three", "Sky Open"), "NZ"),
    **dict.fromkeys(("DR1",), "DK"),
    **dict.fromkeys(("SVT1",), "SE"),
    **dict.fromkeys(("NRK1",), "NO"),
    **dict.fromkeys(("Das Erste", "ARD", "ZDF", "RTL", "Sat.1", "ProSieben"), "DE"),
    **dict.fromkeys(("France 2", "France 3", "France 4", "France 5", "TF1", "M6"), "FR"),
    **dict.fromkeys(("Rai 1", "Rai 2", "Rai 3", "Canale 5", "Rete 4", "Italia 1"), "IT"),
    **dict.fromkeys(("La 1", "Antena 3", "Telecinco"), "ES"),
    **dict.fromkeys(("NHK", "TBS", "Fuji TV", "TV Tokyo", "Tokyo MX", "Tokai TV"), "JP"),
    **dict.fromkeys(("Nippon TV", "TV Asahi"), "JP"),
    **dict.fromkeys(("KBS", "KBS2", "MBC", "tvN", "JTBC"), "KR"),
    **dict.fromkeys(("Star Plus", "Sony TV", "Colors TV", "Zee TV"), "IN"),
}


# The names two countries' broadcasters share: Japan's TBS and America's cable channel.
SHARED_CHANNELS = {"TBS": frozenset({"JP", "US"})}
# Channel brands on the air in many countries under one name: named alone, their home country
# is a guess ("in Italy on Rai 1 … and on Sky Atlantic" is Italy's Sky Atlantic).
CHANNELS_ABROAD = frozenset(
    {"HBO", "Sky Atlantic", "Sky One", "Comedy Central", "MTV", "Nickelodeon", "Disney Channel"}
    | {"Cartoon Network", "National Geographic", "Nat Geo", "Discovery Channel", "History Channel"}
    | {"Fox", "RTL", "ABC", "Syfy", "SYFY", "AMC", "Paramount Network", "TLC", "Adult Swim"}
)


# Whose film it is, after its title: "Sel noir de Paul Lenoir (15/12)", "… di Giulia Ferranti".
WHOSE = re.compile(r"\s+(?:de|di|da|von|by)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}\s*")


# A channel as copy writes it, as the catalog names it: "FOX" in the network's own capitals is
# Fox, "Channel  4" Channel 4.
CHANNEL_SPELLINGS = {"FOX": "Fox", "the CW": "The CW"}


def channel_name(written: str) -> str:
    name = " ".join(written.split())
    return CHANNEL_SPELLINGS.get(name, name)


# Each channel's and service's name in lower case, as a listing's heading may shout it: how
# the rows under it come out (a service's name first where the two are spelled alike).
_CHANNELS_ALONE = {
    **{name.lower(): ("tv", name) for name in CHANNEL_COUNTRY},
    **{form.lower(): ("streaming", name) for form, name in STREAMER_NAMES.items()},
}


def channel_alone(text: str) -> tuple[str, str] | None:
    """A listing's heading that is a channel or a service and nothing else ("**ABC**",
    "**AMAZON PRIME VIDEO**"): how the rows under it come out, as (medium, name)."""
    return _CHANNELS_ALONE.get(" ".join(text.strip(" *:").split()).lower())


# A broadcaster named in a story's opening as its subject ("CBC Television kicks off its
# fall season", "PBS PROGRAMMING GUIDE"), not as where one show airs ("will air on BBC Two");
# case kept, and not the words that are also common ones ("a global launch", "Fox" the studio).
BROADCASTER = re.compile(
    r"(?<!\bon\s)(?<!\bto\s)(?<!\bvia\s)(?<!\bauf\s)(?<!\bsur\s)(?<!\bsu\s)(?<!\bim\s)(?<!\ben\s)"
    # ("Global" and "Fox" are words and a studio's name too: the network only as it acts,
    # "Global announced today premiere dates", or in its own capitals, "FOX has announced")
    r"\b(?P<channel>(?!Global\b(?!\s+(?:announced|has\s+announced|sets|has\s+set|unveil))|Fox\b)"
    r"(?:" + TV_CHANNELS + r"))\b(?![\w+])"
)


# The streaming services of one country, whose date with no country said is that country's
# ("the full series on BBC iPlayer straight after"): the catalog's region for it.
SERVICE_COUNTRY = {
    # (services sold in the United States alone: a date on them is an American one)
    **dict.fromkeys(("Hulu", "Peacock"), "US"),
    **dict.fromkeys(("BBC iPlayer", "ITVX", "All 4", "NOW"), "GB"),
    **dict.fromkeys(("Stan", "Binge", "ABC iview"), "AU"),
    **dict.fromkeys(("Crave", "CBC Gem"), "CA"),
    **dict.fromkeys(("Joyn", "RTL+"), "DE"),
    **dict.fromkeys(("Movistar Plus+", "Filmin"), "ES"),
    **dict.fromkeys(("U-Next",), "JP"),
    **dict.fromkeys(("TVING",), "KR"),
    **dict.fromkeys(("JioHotstar",), "IN"),
    **dict.fromkeys(("TVNZ+", "ThreeNow"), "NZ"),
}


BROADCAST = re.compile(
    r"\b(on\s+(?:BBC\s+One|BBC|ITV|Channel\s+4|CBS|NBC|ABC|Fox|AMC|FX)|"
    r"broadcast|airs?|airing)\b",
    re.I,
)


_FESTIVAL = r"(?:festival|film\s+fest|sundance|cannes|venice|berlinale|tiff|sxsw|telluride)"
PREMIERE_EVENT = re.compile(
    r"\b(world\s+premiere|festival\s+premiere|premieres?\s+at|"
    # "will screen at the Berlin International Film Festival", "screening at Sundance"
    r"screen(?:s|ing|ed)?\s+(?:in\s+competition\s+)?at\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    rf"{_FESTIVAL}|"
    # the opening or closing night: "will open the Venice Film Festival on August 27", "will
    # kick off the festival on May 13", "The festival closes on May 24 with Night Ferry"
    r"(?:open|opens|opening|close|closes|closing|kicks?\s+off|kicking\s+off)\s+(?:the\s+)?"
    r"(?:\d+\w*\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}"
    rf"{_FESTIVAL}|"
    r"(?:festival|fest)\s+(?:opens|closes|kicks\s+off|wraps)\b[^.;]{0,60}\bwith)\b",
    re.I,
)
# The festival a premiere is at, as a reader knows it: "the 82nd Venice Film Festival",
# "Sundance", "TIFF". Its short names are one festival's: a premiere is one card whichever
# name the story uses.
FESTIVAL_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}(?:International\s+)?(?:Film\s+)?Festival)\b|"
    r"\b(?P<short>Sundance|Cannes|Venice|Berlinale|TIFF|SXSW|Telluride|Tribeca)\b"
)
FESTIVALS = {
    "sundance": "Sundance Film Festival",
    "cannes": "Cannes Film Festival",
    "venice": "Venice Film Festival",
    "berlinale": "Berlin International Film Festival",
    "berlin": "Berlin International Film Festival",
    "tiff": "Toronto International Film Festival",
    "toronto": "Toronto International Film Festival",
    "sxsw": "SXSW",
    "telluride": "Telluride Film Festival",
    "tribeca": "Tribeca Festival",
}
# Where each festival is: a premiere there is that country's, whatever the story's market.
FESTIVAL_COUNTRY = {
    "Sundance Film Festival": "US",
    "Cannes Film Festival": "FR",
    "Venice Film Festival": "IT",
    "Berlin International Film Festival": "DE",
    "Toronto International Film Festival": "CA",
    "SXSW": "US",
    "Telluride Film Festival": "US",
    "Tribeca Festival": "US",
}
NOT_FESTIVAL_NAMES = {
    *("will", "open", "opens", "to", "at", "in", "on", "of", "the", "close", "closes"),
    *("premiere", "premieres", "world", "heads", "head", "set", "for", "deadline", "coverage"),
}
NOT_FESTIVAL_WORDS = re.compile(r"^(?:(?:The|This|That|Its|A|An|At|In|\d+\w*|\d{4})\s+)+")


def festival_of(text: str) -> str:
    """Return the festival a sentence names, or ""."""
    match = FESTIVAL_NAME.search(text)
    if match is None:
        return ""
    name = match.group("name") or match.group("short")
    known = next((FESTIVALS[w.lower()] for w in name.split() if w.lower() in FESTIVALS), None)
    if known:
        return known  # "Night Ferry Will Open The Venice Film Festival": Venice's
    words = name.split()
    while words and words[0].lower() in NOT_FESTIVAL_NAMES:
        words = words[1:]  # a headline's Title Case verbs before the name
    name = NOT_FESTIVAL_WORDS.sub("", " ".join(words))
    first = name.split()[0].lower() if name else ""
    if not name or name.lower() == "film festival" or first == "festival":
        return ""
    return name[:60]


# "…will be released in Irish cinemas, following the film's premiere at Sundance": the
# festival is behind it.
AFTER_PREMIERE = re.compile(r"\b(?:following|after|since)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def confidence_word(text: str) -> str:
    if RUMORED.search(text):
        return "rumored"
    if CONFIRMED.search(text):
        return "confirmed"
    return "reported"


# Before a country in copy in other languages: "en France", "in Deutschland", "em Portugal".
REGION_BEFORE_ABROAD = re.compile(
    r"(?:\b(?:in|en|au|aux|dans|pour|nach|im|für|em|no|na|nos|nas|nel|negli|para|à|a)|"
    # "en los cines de España", "dans les salles de France", "in den Kinos von Österreich"
    r"\b(?:cines|salas|salles|cinémas|kinos|cinema|cinemas)\s+(?:de|du|des|von|di|do|da)|"
    # "dans les salles françaises": the adjective after the cinemas
    r"\b(?:cines|salas|salles|cinémas|cinema|cinemas|sale)|"
    r"[,/:(])\s*(?:la\s+|le\s+|l['’]|los\s+|las\s+|die\s+|den\s+|o\s+)?$",
    re.I,
)


ANOTHER_RELEASES = re.compile(
    r"\b(?:after|following|since|than|before)\s+(?:its|the|their)\s+$", re.I
)
CINEMAS_BEFORE = re.compile(r"\b(?:cines|salas|salles|cinémas|cinemas|sale)\s+$", re.I)
# ("sortie française le 15 septembre", "estreno español el 15": the release the adjective's)
RELEASE_BEFORE = re.compile(r"\b(?:sortie|estreno|lanzamiento|uscita|estreia|lançamento)\s+$", re.I)


def regions_of(text: str, language: str = "en") -> list[str]:
    """Return the regions a stretch of text gives a release, in order: ISO codes, or ["WW"].
    A story in another language names countries in its own words ("en France")."""
    found = []
    before_pattern = REGION_BEFORE if language == "en" else REGION_BEFORE_ABROAD
    named = regions_named_in(text, language)
    for start, end, code in named:
        after = text[end:]
        if (
            after[:1] == " "
            and after[1:2].isupper()
            and " " not in text[start:end]
            and not CALENDAR_WORD.match(after, 1)
            and not REGION_AFTER.match(after)  # "deutschen Kinos": German capitalises nouns
        ):
            continue  # "Chad Stahelski", "Jordan Peele": a name, not a place (not "Ireland
            # Saturdays starting July 2")
        adjective = is_adjective(text[start:end])
        if adjective and ANOTHER_RELEASES.search(text, max(0, start - 20), start):
            continue  # "three months after its Japanese opening": that one's market, not this
        # ("sortie française le 15 septembre": the release's market, by its adjective)
        release_adjective = adjective and bool(
            RELEASE_BEFORE.search(text, max(0, start - 16), start)
        )
        if (
            adjective
            and not REGION_AFTER.match(after)
            and not CINEMAS_BEFORE.search(text, max(0, start - 12), start)
            and not release_adjective
        ):
            continue  # "Australian post-wartime drama": where it is from, not where it opens
        if (
            (
                text[start:end].lower() in ADVERBS
                or before_pattern.search(text[max(0, start - 25) : start])
                or release_adjective
                or REGION_AFTER.match(after)
                # a listing's label: "**UK and Ireland:** The season begins on Sky Atlantic…"
                or (not text[:start].strip(" *-•\"'") and COUNTRY_LABEL.match(after))
                # its turn, opening the sentence: "France gets it on February 10"
                or (not text[:start].strip(" *-•\"'") and COUNTRY_SUBJECT.match(after))
            )
            and code not in found
        ):
            found.append(code)
    if any(key in text.lower() for key in WORLDWIDE_KEYS) and WORLDWIDE.search(text):
        # "in China and on Netflix globally": the named market and the world
        found.append("WW")
    if len(found) > 1 and (origins := _origins(text, named)):
        # "X (Géorgie) de Levan Abashidze, sortie française le 15 septembre": the country in
        # brackets after the title is where the film comes from, when another is where it opens
        found = [code for code in found if code not in origins] or found
    return found


# What follows a film's own country in a line-up: its director ("X (Géorgie) de Levan
# Abashidze", "Y (Norway) by Ida Lund"), not more of a release ("on Hulu (US).").
BY_DIRECTOR = re.compile(r"\)\s*,?\s*(?:de|by|di|von|dir\.|directed\s+by)\s+[A-Z]")


def _origins(text: str, named: list) -> set[str]:
    """The countries a line-up names alone in brackets between a film and its director."""
    return {
        code
        for start, end, code in named
        if text[start - 1 : start] == "(" and BY_DIRECTOR.match(text, end)
    }


def region_of(text: str, language: str = "en") -> str:
    regions = regions_of(text, language)
    return regions[0] if regions else ""


STREAMS = re.compile(
    r"\b(?:streams?|streaming)\s+(?:from|starting|beginning)\b|\bstreaming\s+(?:debut|"
    r"premiere|release|launch)\b|\b(?:hits|arrives\s+on|comes\s+to)\s+streaming\b",
    re.I,
)


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
        if PHYSICAL_EDITION.search(text):
            # "The physical PS5 edition has been delayed": the boxed copies, not the launch
            return [("physical", name) for name in platforms]
        return [("platform", name) for name in platforms]
    if (match := STREAMER_PATTERN.search(text)) and not (
        match.group("service") == "Amazon" and (PHYSICAL.search(text) or DIGITAL.search(text))
    ):  # "the Blu-ray arrives on Amazon": a shop, not Prime Video
        streaming = ("streaming", STREAMER_NAMES[match.group("service")])
        if aired := TV_CHANNEL.search(text):
            # "begins on BBC One…, with the full series on BBC iPlayer": both, that day
            channel = aired.group("channel") or aired.group("sayer")
            return [("tv", channel_name(channel)), streaming]
        return [streaming]
    if match := ANY_PLUS_SERVICE.search(text):
        return [("streaming", match.group("service"))]  # "Kumori+ will simulcast…"
    if (match := NAMED_STREAMER.search(text)) and (
        service := match.group("service")
    ).lower() not in NOT_SERVICES:
        return [("streaming", service)]  # "will go straight to Streamflix"
    if match := TV_CHANNEL.search(text) or TV_CELL.search(text):
        channel = match.group("channel") or match.groupdict().get("sayer")
        return [("tv", channel_name(channel))]
    if (match := ROW_CHANNEL.match(text) or BRACKETED_CHANNEL.match(text)) and (
        subject is None or subject.subkind != "film"
    ):
        return [("tv", channel_name(match.group("channel")))]
    if (match := OWNING_CHANNEL.search(text)) and (subject is None or subject.subkind != "film"):
        return [("tv", channel_name(match.group("channel")))]  # "Fox's cooking competition"
    if (match := CHANNEL_THEN_DATE.match(text)) and match.group("channel"):
        return [("tv", " ".join(match.group("channel").split()))]  # "ITV1, 13 September"
    if any(
        not AFTER_PREMIERE.search(text, max(0, m.start() - 40), m.start())
        for m in PREMIERE_EVENT.finditer(text)
    ):
        return [("premiere", festival_of(text))]
    if WIDE.search(text):
        return [("theatrical", "")]  # "expands nationwide on March 19": everywhere now
    if LIMITED.search(text):
        return [("theatrical_limited", "")]
    if THEATERS.search(text):
        return [("theatrical", "")]
    if PHYSICAL.search(text):
        return [("physical", "")]
    if DIGITAL.search(text):
        return [("digital", "")]
    # After the cinemas: "Netflix will release it in select theaters on…" is not streaming.
    if (
        match := SERVICE_RELEASES.search(text)
        or SERVICE_CELL.search(text)
        or SERVICE_DATE.match(text)
    ):
        return [("streaming", STREAMER_NAMES[match.group("service") or match.group("sayer")])]
    if BROADCAST.search(text):
        return [("tv", "")]
    if STREAMS.search(text):
        return [("streaming", "")]  # "…and streams from December 22": on a service, unnamed
    return [("", "")]


def retrospective(text: str, published: date | None) -> bool:
    """True when the sentence opens on the past ("Back in 2019, …"): history, not news."""
    match = RETROSPECTIVE.search(text)
    if not match:
        return False
    year = match.group("year") or match.group("in_year")
    return year is None or published is None or int(year) < published.year


# A title named to say who someone is, not what the sentence is about: "Torchwood's Eve
# Myles", "The Walking Dead's David Morrissey", "Watcher actor Maika Monroe".
DESCRIBES_PERSON = re.compile(
    r"(?:['’]s\s+[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+|"
    r"\s+(?:co-?)?(?:star|actor|actress|director|creator|writer|showrunner|alum)\b)"
)
