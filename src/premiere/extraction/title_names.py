"""What reads as a title's name: the words a title is made of, the words and names it never is, and
how a run of capitals spotted in copy is trimmed to the title it holds ("Adam Sandler's Hustle" to
"Hustle", "the film Ember Falls to August 13" to "Ember Falls")."""

import re

from .dates import MONTHS
from .text import COMPANY_WORD
from .vocabulary import PLATFORMS, STREAMER_NAMES
from .when import FOREIGN_WEEKDAYS, MONTH_NAMES, WEEKDAY_NAME

# A word of a title: capitalized or a number ("Avatar 2", "28 Years Later", "The Bride!").
# A word is at most 40 characters: no title needs more, and a run of capitals with no space
# in hostile text must not be tried from each of its letters in turn.
# (a capital from abroad too, "Édition", and a French word after its elided article,
# "Gardiens d'Ombrelune")
TITLE_WORD_CHARS = r"(?:(?:[dl]['’])?[A-Z0-9À-ÖØ-Þ][\w'’&!.-]{0,40}|[A-Z]\.)"
# A title starts a word: patterns that begin with one are tried at word starts only, which
# keeps them linear in the length of the text.
WORD_START = r"(?<![\w'’&!.-])"
# Not "and": "Dakota Johnson and Leslie Mann" is two people far more often than a title.
# (and Japanese titles' particle: "Kagerou no Tsurugi", "Shingeki no Kyojin")
SMALL_JOINERS = (
    r"(?:a|an|the|of|in|on|at|to|for|from|with|by|vs\.?|v\.?|or|&|de|la|le|du|des|el|y|is|no|"
    r"del|et|di|der|und)"  # (and the small words of titles from abroad: "Hijos del Volcán")
)
TITLE_PART = rf"{TITLE_WORD_CHARS}(?:(?:\s+{SMALL_JOINERS})*\s+{TITLE_WORD_CHARS}){{0,7}}"
TITLE_SPAN = rf"{TITLE_PART}(?:\s*:\s*{TITLE_PART})?"
# What a title is called in copy, just before it: "the horror film Crimes of the Future".
KIND_WORDS = {
    "film": "film",
    "movie": "film",
    "pic": "film",
    "picture": "film",
    "feature": "film",
    "sequel": "",
    "prequel": "",
    "spinoff": "",
    "spin-off": "",
    "reboot": "",
    "remake": "",
    "adaptation": "",
    "comedy": "film",
    "drama": "",
    "thriller": "",
    "horror": "film",
    "documentary": "film",
    "musical": "film",
    "biopic": "film",
    "blockbuster": "film",
    "actioner": "film",
    "western": "film",
    "animated": "",  # "the animated Tidewater Tales": a film or a show, the words around say
    "romcom": "film",
    "rom-com": "film",
    "series": "series",
    "show": "series",
    "miniseries": "series",
    "docuseries": "series",
    "sitcom": "series",
    "anime": "series",
    "game": "game",
    "title": "",
    "installment": "",
    "entry": "",
    "shooter": "game",
    "rpg": "game",
    "remaster": "game",
    "expansion": "dlc",
    "dlc": "dlc",
}
COMPANY_SUFFIX = re.compile(rf"\s(?:{COMPANY_WORD}|Inc\.?|Ltd\.?|LLC)$")
SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "at", "by"}
ROMAN = re.compile(r"[IVX]+")


def title_cased(name: str) -> str:
    """A title written in capitals, as a catalog writes it: "MEG 2: THE TRENCH" is "Meg 2:
    The Trench"; Roman numerals stay ("SCREAM VI")."""
    words = []
    for index, word in enumerate(name.split(" ")):
        starts = index == 0 or words[-1].endswith(":")
        if ROMAN.fullmatch(word) and index:
            words.append(word)
        elif word.lower() in SMALL_WORDS and not starts:
            words.append(word.lower())
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


# The articles titles abroad open on ("El último tranvía", "La logique du sel", "Der Lotse").
ARTICLES_ABROAD = ("el", "la", "le", "les", "los", "las", "il", "lo", "der", "die", "das")
# Capitalized words that are never a title by themselves.
NOT_TITLES = {
    *("the", "a", "an", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i"),
    # an article abroad, alone: "El 12 de marzo" heading a day's games
    *ARTICLES_ABROAD,
    # a heading's "also" abroad: "Außerdem", "Également", "Además"
    *("außerdem", "ausserdem", "zudem", "ebenfalls", "également", "aussi", "además", "inoltre"),
    # what a game is, in the trade's capitals: "the open-world pirate RPG arrives on June 8"
    *("rpg", "jrpg", "arpg", "mmo", "mmorpg", "fps", "tps", "moba", "dlc", "vr", "crpg"),
    *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
    *("october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"),
    *("sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday"),
    *("friday", "saturday", "sunday", "today", "tomorrow", "tonight", "yesterday"),
    # a show's nights: "will stream the series Sundays starting July 11"
    *("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"),
    *("weekdays", "weeknights", "weekends", "nightly", "weekly"),
    *("spring", "summer", "fall", "autumn", "winter", "christmas", "thanksgiving", "easter"),
    *("release date", "release dates", "box office", "trailer", "teaser", "update", "source"),
    # what a work has, not what it is called: "Ember Reach's first DLC arrives on May 3"
    *("dlc", "expansion", "patch", "season pass", "finale", "premiere", "pilot", "sequel"),
    *("up", "down", "back", "out", "over", "off"),
    # a listing's field label: "Screening: Saturday September 4, TVNZ 1", "Alter Release:"
    *("screening", "streaming", "airing", "on air", "broadcast", "release", "new release"),
    *("old release", "alter release", "neuer release", "neuer termin", "alter termin", "show"),
    # the same abroad: "Start: 3. Dezember 2027", "Estreno: 12 de marzo", "Uscita: 4 maggio"
    *("start", "kinostart", "serienstart", "starttermin", "streamingstart", "estreno"),
    *("lanzamiento", "uscita", "estreia", "lançamento", "sortie"),
    # a genre capitalised: "Iron Meadow, a Western starring…"
    *("western", "thriller", "drama", "comedy", "horror", "romance", "documentary", "noir"),
    *("musical", "biopic", "romcom", "rom-com", "sci-fi", "actioner", "whodunit", "melodrama"),
    *("tba", "tbd", "q1", "q2", "q3", "q4", "dvd", "blu-ray", "4k", "vod", "imax", "3d"),
    *("disney", "walt disney", "warner bros", "warner bros.", "warner brothers", "universal"),
    *("paramount", "sony", "sony pictures", "columbia", "fox", "20th century fox", "lionsgate"),
    *("20th century studios", "a24", "neon", "focus features", "searchlight", "mgm", "hbo"),
    *("focus", "mubi", "angel studios", "universal pictures", "paramount pictures"),
    *("amazon", "amazon studios", "apple", "apple tv", "marvel", "marvel studios", "dc"),
    *("pixar", "dreamworks", "illumination", "legendary", "blumhouse", "new line", "stx"),
    *("amblin", "nintendo", "playstation", "xbox", "microsoft", "ubisoft", "ea", "capcom"),
    *("square enix", "bandai namco", "sega", "bethesda", "activision", "rockstar", "valve"),
    *("steam", "epic games", "netflix", "hulu", "peacock", "max", "crunchyroll", "studio"),
    *("studios", "pictures", "entertainment", "films", "games", "news", "report", "exclusive"),
    *("deadline", "variety", "collider", "ign", "reuters", "twitter", "instagram", "youtube"),
    *("the hollywood reporter", "hollywood reporter", "thr", "screen rant", "empire", "polygon"),
    *("gamespot", "kotaku", "eurogamer", "indiewire", "the wrap", "thewrap", "vulture"),
    # publications copy sets in italics, as it does titles
    *("the new yorker", "new yorker", "rolling stone", "vanity fair", "total film", "wired"),
    *("the new york times", "new york times", "the guardian", "the atlantic", "esquire", "gq"),
    *("sight and sound", "sight & sound", "film comment", "little white lies", "den of geek"),
    *("gamesradar", "games radar", "pc gamer", "edge", "famitsu", "time magazine"),
    *("entertainment weekly", "ew", "the verge", "associated press", "ap", "bbc", "cnn"),
    *("facebook", "tiktok", "cinemacon", "comic-con", "sdcc", "cannes", "sundance", "venice"),
    *("tiff", "sxsw", "berlinale", "e3", "gamescom", "summer game fest", "nintendo direct"),
    *("state of play", "the game awards", "oscars", "academy awards", "emmys", "golden globes"),
    *("festival", "film festival", "available", "out now", "coming soon", "in theaters"),
    # a listing's sections: "## Now Available" over what streams already
    *("now available", "available now", "now streaming", "streaming now", "new this week"),
    *("premiere", "premieres", "streaming", "date", "now", "new", "latest", "update"),
    *(p.lower() for p in STREAMER_NAMES),
    # broadcasters and channels, which copy names beside a show's slot ("at 9pm on ITV")
    *("itv", "itv1", "itvx", "channel 4", "channel 5", "e4", "sky", "sky atlantic", "bbc one"),
    *("bbc two", "bbc three", "bbc iplayer", "nbc", "abc", "cbs", "the cw", "cw", "amc", "fx"),
    *("showtime", "starz", "syfy", "pbs", "tnt", "tbs", "adult swim", "toonami", "company"),
    *("filming", "production", "shooting", "principal photography", "casting"),
    # a page's section labels ("November 27, 2012 | TV")
    *("tv", "television", "movies", "film", "music", "culture", "arts", "gaming", "anime"),
    *("cartoon network", "nickelodeon", "disney channel", "freeform", "lifetime", "bravo"),
    *(name.lower() for _pattern, name in PLATFORMS),
}
# A spotted title may not begin with these (sentence openers, pronouns, connectives).
NOT_FIRST = {
    "starring",  # "Starring Hesper Lund, the film follows…": who is in it
    "holdover",  # "Holdover Iron Choir slipped to second": what the film is this weekend
    "the",
    "a",
    "an",
    "and",
    "but",
    "so",
    "then",
    "now",
    "also",
    "meanwhile",
    "still",
    "yet",
    "plus",
    "in",
    "on",
    "at",
    "for",
    "from",
    "among",
    "with",
    "by",
    "after",
    "regarding",
    "despite",
    "amid",
    "before",
    "following",
    "during",
    "while",
    "as",
    "if",
    "when",
    "since",
    "until",
    "its",
    "his",
    "her",
    "their",
    "our",
    "this",
    "that",
    "there",
    "here",
    "it",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "what",
    "who",
    "how",
    "why",
    "where",
    "which",
    "all",
    "both",
    "each",
    "every",
    "some",
    "many",
    "most",
    "more",
    "other",
    "another",
    "one",
    "two",
    "three",
    "release",
    "director",
    "producer",
    # sentence adverbs, and the labels of captions and credits ("Screenshot: CD Projekt Red")
    *("however", "finally", "additionally", "earlier", "later", "elsewhere", "overall"),
    *("instead", "indeed", "unfortunately", "fortunately", "thankfully", "sadly", "today"),
    *("screenshot", "image", "photo", "credit", "source", "via", "pictured"),
}
# A version label in quotes ("Version 1.0", "v2.1") is not a title.
VERSION_LABEL = re.compile(r"^(?:version|ver\.?|v)\s*\d", re.I)
# A title whose name holds a comma, at a sentence's start: "Crouching Tiger, Hidden Dragon: The
# Green Legend will be released…", "Love, Simon opens…". Up to three capitalized words first.
COMMA_HEAD = re.compile(
    r"^\W*(?:[A-Z][a-z]+,\s+)?(?P<head>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+$"
)


# Words a title spotted without quotes never holds: a headline's verbs, a date's month.
NOT_IN_TITLE = {
    *("is", "are", "was", "were", "will", "has", "have", "had", "be", "been", "gets", "sets"),
    *("moves", "moving", "pushes", "delays", "delayed", "release", "releases", "date", "dates"),
    # a headline's verbs ("Tycoon Sim News Tower Launching November 18")
    *("launching", "premiering", "debuting", "arriving", "releasing", "launches", "debuts"),
    *("opening", "today", "tonight", "festival", "commencing", "week", "weekend", "published"),
    *("posted", "updated", "details", "technology", "reporter", "editor", "january"),
    *("february", "march", "april", "june", "july", "august", "september", "october"),
    *("november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept"),
    *("oct", "nov", "dec"),
}


HYPHENATED = re.compile(
    r"-(?:directed|produced|starring|led|written|based|"
    + "|".join(map(re.escape, KIND_WORDS))
    + r")\b"
)


def reads_as_title(name: str, *, quoted: bool = False, sentence_case: bool = False) -> bool:
    """True when a stretch of words reads as a title, not a sentence or a common word. With
    `sentence_case`, a quoted title need not capitalise its words, as French, Spanish,
    Italian and German write them ("« Le Port de verre »")."""
    words = name.split()
    if not words or len(words) > 10 or len(name) > 90:
        return False
    if not quoted and any(w.lower().strip(".,") in NOT_IN_TITLE for w in words):
        return False
    if not quoted and HYPHENATED.search(name):
        return False  # "Stephen King-adaptation", "Abrams-directed": a description
    if name.lower() in NOT_TITLES or not (name[0].isupper() or name[0].isdigit()):
        return False
    if name.lower() in FOREIGN_CALENDAR_WORDS:
        return False  # "Mittwoch", "Vendredi": a day abroad
    if words[-1].upper().strip(".:") in ("TBA", "TBC", "TBD"):
        return False  # "Date TBC": a listing's undated day
    if DAY_AND_HOUR.search(name):
        # "Riya Menon-Darpan, 10 Sep, 2027 10:15 AM", "Watch on Netflix starting May 12", a
        # listing's "**October 13**": a byline's, a label's or a heading's day, not a work's
        # name, even set off as one (a film called "September 5" is rarer than all of them)
        return False
    if quoted:
        long_words = [w for w in words if len(w) > 3]
        capitalized = [w for w in long_words if w[0].isupper() or w[0].isdigit()]
        if long_words and len(capitalized) / len(long_words) < 0.6 and not sentence_case:
            return False  # a quoted remark, not a title
        return not re.search(r"[.?!]\s+\w", name) and not VERSION_LABEL.match(name)
    if words[0].lower() in NOT_FIRST and len(words) == 1:
        return False
    if calendar_only(name):
        return False  # "FALL 2027: SEPTEMBER, OCTOBER & NOVEMBER": a guide's period heading
    if PART_OF.fullmatch(name):
        return False  # "Part 1 premieres Jan. 29": a part of the title the story is about
    if CLOCK.fullmatch(name):
        return False  # "10:50 PM EST", a page's timestamp
    if NEW_WORKS.fullmatch(name) or WHATS_NEW.search(name):
        return False  # "Neue Serien im Juni", "Nouveaux films": what is new, not a work
    if LISTING_LABEL.fullmatch(name):
        return False  # "Streaming on Netflix from Friday", "Now Playing in Theaters": a label
    if CREDITED_BY.match(name):
        return False  # "Created by Odette Kiyoshi-Bell, the animated series…": who made it
    if AN_EVENT.search(name):
        return False  # "the Halcyon Awards are set for December 4": a night, not a work
    return any(c.isalpha() for c in name)


# What a listing says of where and when, left when the service or the day is taken off:
# "Streaming on", "Coming to", "Now Playing in Theaters".
LISTING_LABEL = re.compile(
    r"(?:now\s+)?(?:streaming|coming|arriving|available|playing|screening|airing|premiering|"
    r"opening|landing|launching|leaving|out|new)(?:\s+(?:on|to|in|at|from|this|next|soon|now|"
    r"today|exclusively))+(?:\s+(?:theaters|theatres|cinemas|week|month))?",
    re.I,
)
# "New series", "new films", "new games" in the languages copy arrives in, as a guide's
# headline says what it lists ("Neue Serien im Juni", "Nouveaux films de la semaine").
NEW_WORKS = re.compile(
    r"(?:neue[nrs]?|nouvelles?|nouveaux|nouveau|nuev[oa]s?|nuov[eoi]|nov[oa]s?|new)\s+"
    r"(?:serien|filme|kinofilme|spiele|folgen|staffeln|séries|films|jeux|series|películas|"
    r"juegos|serie|giochi|filmes|jogos|movies|shows|games)",
    re.I,
)
# A listing's heading abroad, by its word for what is new: "Die wichtigsten Netflix-Neuheiten
# im Dezember", "Les nouveautés de la semaine", "Novedades de marzo".
WHATS_NEW = re.compile(
    r"(?<![\w])(?:neuheiten|neuerscheinungen|nouveautés|novedades|novità|novidades)(?![\w])", re.I
)
# A credit opening a sentence before what it credits: "Created by Odette Kiyoshi-Bell, the 2D
# animated series…", "Directed by…", "Starring…" (quoted, "Written by" may be a title).
CREDITED_BY = re.compile(
    r"(?:created|directed|written|produced|developed|published|hosted|narrated|voiced|helmed|"
    r"led|co-created|executive\s+produced)\s+by\s|(?:starring|featuring)\s",
    re.I,
)


# Days and months abroad ("Mittwoch, 15. Dezember: Belgien, Frankreich"): never a title
# alone. (Not "Mars" or "Mai", which are titles too.)
FOREIGN_CALENDAR_WORDS = {
    *(FOREIGN_WEEKDAYS - {"domingo"}),  # (a name too: "Domingo")
    *("januar", "februar", "märz", "juni", "juli", "oktober", "dezember"),
    *("janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre"),
    *("novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio"),
    *("agosto", "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio"),
    *("aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre"),
}
# Months, days and seasons: a heading made of them alone names a period, not a work.
CALENDAR_WORDS = {
    *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
    *("october", "november", "december", "monday", "tuesday", "wednesday", "thursday"),
    *("friday", "saturday", "sunday", "spring", "summer", "fall", "autumn", "winter"),
    *("early", "late", "mid", "and"),
    *FOREIGN_CALENDAR_WORDS,
}


def calendar_only(name: str) -> bool:
    """Months, days, seasons and numbers alone: a period, not a work."""
    words = name.split()
    return bool(words) and all(
        w.lower().strip(".,:;") in CALENDAR_WORDS or not w[0].isalpha() for w in words
    )


# The names of events, not works: awards, festivals, fairs.
AN_EVENT = re.compile(
    r"\s(?:Awards|Festival|Fest|Ceremony|Gala|Expo|Summit|Convention|Showcase|Upfronts?|"
    r"Direct|Prize|Oscars|Emmys|Globes|BAFTAs)$"
)
CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?")
# A day of a month, either way round, or an hour on the clock, inside a stretch of words.
DAY_AND_HOUR = re.compile(
    r"(?i:\b"
    + MONTH_NAMES
    + r"\s+[0-3]?\d(?:st|nd|rd|th)?\b|\b[0-3]?\d(?:st|nd|rd|th)?\.?\s+"
    + MONTH_NAMES
    + r"|\b\d{1,2}:\d\d\s*[ap]\.?m\b|\b\d{1,2}h\d{0,2}\b)"
)
PART_OF = re.compile(
    r"(?:Part|Vol\.?|Volume|Chapter|Episode|Book|Season|Series)\s+(?:\d+|[IVX]+|One|Two|Three|Four)"
)
PLURAL_OWNER = re.compile(r"^.*\ws['’]\s+")
# "Hulu's The Orville", "Jim Sheridan's The Secret Scripture": an owner before a title that
# starts with "The" (never "Grey's Anatomy", whose possessive is the title's own).
OWNER_BEFORE_THE = re.compile(r"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s\s+(?=The\s)")
# "Bethesda's Starfield", "Netflix's Wednesday": a studio, publisher or service owning the
# title. Not a brand that is part of official titles ("Marvel's Spider-Man 2").
COMPANY_OWNER = re.compile(r"^(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s\s+(?=\S)")
BRANDS_IN_TITLES = {"marvel", "disney"}
# "Sofie Lindqvist's Winter Ledger": a first and last name owning a title is who made it, as
# "Greta Gerwig's Barbie"; the title is what follows (a known "Bridget Jones's Diary" is found
# whole before this is asked).
PERSON_OWNER = re.compile(r"^(?P<first>[A-Z][a-z]+)\s+[A-Z][\w-]*[a-z]['’]s\s+(?=[A-Z0-9])")
# "a reboot in 2017 with Jumanji: Welcome to the Jungle": the year and the preposition.
LEADING_YEAR = re.compile(r"^\d{4}\s+(?:with|and|in|on|as|for)\s+(?=[A-Z0-9])")
# "premieres Promised Land on Monday, Jan. 24": the day is not the title's.
# A country's short name a capitalized run swept in ("… in US theaters"); not a country's
# full name, which titles hold ("Once Upon a Time in America").
TRAILING_PLACE = re.compile(r"\s+(?:in|across)\s+(?:the\s+)?(?:US|UK|USA|U\.S\.|U\.K\.)$")
TRAILING_DAY = re.compile(
    r"\s+(?:on|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


def comma_head(text: str, start: int) -> int | None:
    """Where a title that holds a comma begins, when the words before its comma open the
    sentence and are not a sentence adverb, a month or another known word."""
    if start > 80:
        return None  # the head opens the sentence: a few words at most
    head = COMMA_HEAD.match(text[:start])
    if head is None:
        return None
    words = head.group("head")
    if words.lower() in NOT_TITLES or words.split()[0].lower() in NOT_FIRST:
        return None
    return head.start("head")


def _company(name: str):
    """The match of a company's possessive before a title ("Bethesda's "), or None."""
    owner = COMPANY_OWNER.match(name)
    if owner and owner["owner"].lower() in NOT_TITLES - BRANDS_IN_TITLES:
        return owner
    return None


def _person(name: str):
    """The match of a person's possessive before a title ("Sofie Lindqvist's "), or None."""
    owner = PERSON_OWNER.match(name)
    first = owner["first"].lower() if owner else ""
    if owner and first not in NOT_FIRST and first not in NOT_TITLES:
        return owner
    return None


AUDIENCE_OF = re.compile(r"(?:Fans|Viewers|Readers|Players|Lovers|Admirers)\s+of\s+(?=\S)")


def strip_leading(name: str, start: int) -> tuple[str, int]:
    """Drop sentence openers a capitalized match swept in: "Meanwhile Dune" -> "Dune", and
    an owner in the plural: "Amazon MGM Studios' Road House" -> "Road House"."""
    if owner := (
        PLURAL_OWNER.match(name) or OWNER_BEFORE_THE.match(name) or _company(name) or _person(name)
    ):
        name, start = name[owner.end() :], start + owner.end()
    if year := LEADING_YEAR.match(name):
        name, start = name[year.end() :], start + year.end()
    if (hour := LEADING_HOUR.match(name)) and not TIME_ZONE.fullmatch(name[hour.end() :]):
        # a schedule's row: "8:30 P.M. HALF PAST HALIFAX" (not "10:50 PM EST", a timestamp)
        name, start = name[hour.end() :], start + hour.end()
    if fans := AUDIENCE_OF.match(name):  # "Fans of Cobalt Sky": the title is what they love
        name, start = name[fans.end() :], start + fans.end()
    name = TRAILING_WHEN.sub("", TRAILING_DAY.sub("", name))
    name = TRAILING_PLACE.sub("", name)  # "the film The Glass Orchard in US theaters"
    words = name.split(" ")
    while (
        len(words) > 1
        and words[0].lower() in NOT_FIRST
        and words[0].lower() not in ("the", "a", "an")
    ):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


TIME_ZONE = re.compile(r"[A-Z]{1,2}[SD]?T|ET/PT|CET|BST|GMT|UTC")
LEADING_HOUR = re.compile(r"^\d{1,2}(?:[:.]\d\d)?\s*[AaPp]\.?\s?[Mm]\.?\s+(?=\S)")
# A date or hour a capitalized run swept in after the title: "the film Ember Falls to August 13".
_MONTH_NAME = (
    r"(?:" + "|".join(name.capitalize() for name in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
)
TRAILING_WHEN = re.compile(
    r"\s+(?:to|from|on|in|for|by|until|into|at|this|next)\s+(?:" + _MONTH_NAME + r"\s+\d|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH_NAME
    + r"|(?:19|20)\d\d\b|Q[1-4]\b|H[12]\b|"
    + WEEKDAY_NAME
    + r"\b|"
    # "Season 2 of The Quiet Tenant at 9 p.m. ET": the hour it airs
    r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|(?:noon|midnight)\b).*$|"
    r"\s+at\s+\d{1,2}(?:[:.]\d\d)?$"  # the hour's "p.m." is lower case: not in the run
)


def section_label(words: list[str], language: str) -> bool:
    """An English line in sentence case ("New this month", "Recently released"): copy in
    English capitalises a work's title, so two words or more with only the first one
    capitalised label a section. (French, Spanish or Italian titles are written that way.)"""
    alpha = [w for w in words if w[0].isalpha()]
    return (
        language == "en"
        and len(alpha) >= 2
        and alpha[0][0].isupper()
        and all(w[0].islower() for w in alpha[1:])
    )
