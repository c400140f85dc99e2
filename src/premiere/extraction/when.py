"""Dates as the trade press writes them, resolved against the publication date.

"June 7, 2024", "7 June 2024", "next year", "this fall", "Q3 2025", "early 2026", "in 2027":
each becomes a FuzzyDate with the precision the words carry, never a day nobody said.
(dateparser reads days well but knows no quarters or seasons and always invents a day;
release phrasing is a small grammar, and a regex pass keeps extraction fast.)
"""

import contextlib
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from babel.dates import get_day_names, get_month_names

from premiere.extraction.dates import MONTHS, SEASON_NUMBERS, FuzzyDate, InvalidDate, add_months
from premiere.extraction.text import Spans
from premiere.extraction.writing import Writing, as_written

# Months in the other languages entertainment copy arrives in, from CLDR (Babel), with their
# accents and without: "13 septembre", "1er novembre", "7 de junio de 2024", "am 5. März".
FOREIGN_LANGUAGES = ("fr", "es", "it", "pt", "de")


def _foreign_months() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """Each language's month names, lower-cased, with and without accents; then German's,
    which are written capitalized, and the others', which are not."""
    names, german, lower = {}, set(), set()
    for language in FOREIGN_LANGUAGES:
        for number, name in get_month_names("wide", locale=language).items():
            folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            for spelling in {name.lower(), folded.lower()}:
                if spelling not in MONTHS:  # "april", "august": English already
                    names[spelling] = number
                    (german if language == "de" else lower).add(spelling)
    return names, frozenset(german), frozenset(lower)


FOREIGN_MONTHS, CAPITALIZED_MONTHS, LOWER_CASE_MONTHS = _foreign_months()
# The days of the week in those languages, lower-cased ("mittwoch", "mercredi", "miércoles").
FOREIGN_WEEKDAYS = frozenset(
    name.lower()
    for language in FOREIGN_LANGUAGES
    for name in get_day_names("wide", locale=language).values()
)
# The same as a pattern, longest first ("Dès le mercredi 22 septembre", "Lunedì 6 settembre").
FOREIGN_WEEKDAY_NAME = "|".join(sorted(map(re.escape, FOREIGN_WEEKDAYS), key=len, reverse=True))

ORDINAL_QUARTERS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A month's name or short form, for patterns elsewhere that look for one ahead of them.
MONTH_NAMES = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
# The seasons in the languages wire copy arrives in: "à l'automne 2027", "en otoño", "im Herbst".
FOREIGN_SEASONS = {
    **dict.fromkeys(("printemps", "primavera", "frühling", "frühjahr"), 1),
    **dict.fromkeys(("été", "verano", "estate", "sommer", "verão"), 2),
    **dict.fromkeys(("automne", "otoño", "autunno", "herbst", "outono"), 3),
    **dict.fromkeys(("hiver", "invierno", "inverno"), 4),
}
_FSEASON = r"(?P<fseason>" + "|".join(FOREIGN_SEASONS) + r")"
# (the article or preposition a season takes there: "l'", "en el", "nell'", "im", "no")
_FSEASON_BEFORE = (
    r"(?:à\s+l['’]|l['’]|au|en\s+el|en|el|dans\s+l['’]|in|nell['’]|im|no|na|para\s+el|"
    r"pour\s+l['’])\s*"
)
FEASTS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
}
_FEAST = (
    r"(?P<feast>Christmas\s+Day|Christmas\s+Eve|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|"
    r"Valentine['’]s\s+Day)"
)
# America's holidays that fall on a weekday of a week: (month, weekday, which one; -1 the last).
US_HOLIDAYS = {"thanksgiving": (11, 3, 4), "memorial day": (5, 0, -1), "labor day": (9, 0, 1)}
# "on Thanksgiving Day", "Memorial Day weekend": a weekend, or Thanksgiving alone (whose
# releases open the Wednesday before), is its month; the day named, that day.
_US_HOLIDAY = (
    r"(?P<holiday>Thanksgiving(?P<tday>\s+Day)?|Memorial\s+Day|Labor\s+Day)"
    r"(?P<weekend>\s+(?:weekend|week|frame|holiday))?"
)

_FMONTH = r"(?P<month>" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + r")"
_FDAY = r"(?P<day>[0-3]?\d)(?:er|º|°|\.)?"

# Copy abroad writes a day in figures day first: "dès le 06/10", "jeudi 23/09", "dal
# 14/10", "am 14.10.", "(03/11)", "le 12/01/2028". Read only in a story in one of those
# languages (see writing.py), only after a word that leads to a day ("note : 7/10" is a mark,
# "le 3/4 des salles" a share) or in brackets in two figures each, with a German day's
# closing point ("ab 21.10 Uhr" is an hour) and no percent ("del 12.5%").
_DAY_FIRST_WORDS = (
    r"\b(?:le|dès|du|au|el|del|al|il|dal|dall['’]|entro|am|ab|vom|zum|em|desde|"
    rf"{FOREIGN_WEEKDAY_NAME})\s+"
)
# ("(07/10)" in brackets is a mark out of ten)
_DAY_FIRST_BRACKET = r"(?<=\()(?=\d\d[/.]\d\d[/.)])(?!(?:0\d|10)/10\))"
_DAY_FIRST_LEAD = rf"(?:{_DAY_FIRST_WORDS}|{_DAY_FIRST_BRACKET})"
_DAY_1 = r"(?P<d>3[01]|[12]\d|0?[1-9])"
_MONTH_1 = r"(?P<m>1[0-2]|0?[1-9])"
_DAY_FIRST = _DAY_1 + r"(?P<sep>[/.])" + _MONTH_1
_DAY_2 = r"(?P<d>3[01]|[12]\d|0[1-9])"
_MONTH_2 = r"(?P<m>1[0-2]|0[1-9])"
# ("le 3/4 des salles", "il 12/5 del totale": a share, not a day)
_NOT_A_SHARE = r"(?![\d/]|\s*(?:%|de|des|du|del|della|dei|degli|of)\b)"
_FY = r"(?P<fy>(?:20)?\d\d)"  # a fiscal year, "2028" or "28": the calendar year it ends in
# Longest and most exact forms first: the first pattern to claim a span keeps it.
PATTERNS = [
    ("dmy_f", rf"\b{_FDAY}\s+(?:de\s+)?{_FMONTH}\s+(?:de\s+|del\s+)?{_YEAR}\b"),
    ("dm_f", rf"\b{_FDAY}\s+(?:de\s+)?{_FMONTH}\b(?!\s+(?:de\s+|del\s+)?(?:19|20)\d\d)"),
    ("my_f", rf"\b{_FMONTH}\s+(?:de\s+|del\s+)?{_YEAR}\b"),
    # German writes a day with a dot, and some of its months as English does: "am 12. November".
    ("dmy_dot", rf"\b(?P<day>[0-3]?\d)\.\s+{_MONTH}\s+{_YEAR}\b"),
    ("dm_dot", rf"\b(?P<day>[0-3]?\d)\.\s+{_MONTH}(?![,\s]*(?:19|20)\d\d)"),
    (
        "in_month_f",
        # (and a part of it: "fin mars", "début avril", "à la mi-mars", "a finales de marzo",
        # "Ende März", "fine marzo")
        r"(?:\b(?:en|em|a|in|im|ab|nel|no|au\s+mois\s+d[e']|a\s+partir\s+de|fin|début|courant|"
        r"a\s+(?:finales|principios|mediados)\s+de|Ende|Anfang|Mitte|fine|inizio|(?:no\s+)?"
        r"(?:final|início)\s+de)\s+|(?:\bà\s+la\s+)?\bmi-)"
        rf"{_FMONTH}\b(?!\s+(?:de\s+)?\d)",
    ),
    ("iso", rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # "Ad Astra (9/20/19)": read only where the order is plain (a part above 12 is the day);
    # "4/3/20" is April 3 in New York and 4 March in London, so it is left unread.
    ("numeric", r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
    # American disc and listings copy: "on Blu-ray on 10/26", "street date is 2/19". Month
    # first, and only after a word that leads to a date: "3/4 of fans", "24/7" are not days.
    (
        "md_numeric",
        r"\b(?:on|for|until|from|is|by|before|after)\s+(?P<m>1[0-2]|0?[1-9])/"
        # ("at 9/8c" is an hour, in each time zone)
        r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/]|c\b)(?!\s*(?:of|stars?|scale|rating)\b)",
    ),
    # Day first abroad (see _DAY_FIRST_WORDS above)
    ("dmy_numeric", _DAY_FIRST_LEAD + _DAY_FIRST + r"(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/]|\.\d)"),
    ("dm_numeric", _DAY_FIRST_WORDS + _DAY_1 + "/" + _MONTH_1 + _NOT_A_SHARE),
    ("dm_numeric", _DAY_FIRST_BRACKET + _DAY_2 + "/" + _MONTH_2 + r"(?=\))"),
    # (German closes a day with a point: "am 5.1.", not the hour "ab 21.10 Uhr")
    ("dm_numeric", _DAY_FIRST_WORDS + _DAY_1 + r"\." + _MONTH_1 + r"\.(?!\d)"),
    ("mdy", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b"),
    ("md", rf"\b{_MONTH}\s+{_DAY}\b(?![,\s]*(?:19|20)\d\d)(?!\s*(?:million|percent|%))"),
    ("dm", rf"\b(?:the\s+)?{_DAY}\s+of\s+{_MONTH}\b"),
    # British and South African copy: "on 14 March", "from Friday 1 March". Only after a
    # preposition: "Stranger Things 5 May Be Delayed" and "top 10 March releases" are not days.
    # So is a day after its weekday ("Sunday 7 March at 9pm") or alone in a listing's
    # brackets ("Red Dust Motel (10 February)", "(Seasons 1–3, 5 February)").
    (
        "dm_bare",
        r"(?:\b(?:on|from|by|until|till|before|after|since|starting|beginning)\s+"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|"
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?<=\()|(?<=,\s)(?=[0-3]?\d\s+\w+\s*(?:\)|$))|"
        # a listing's day alone on its line: "**9 Dec**", "**26 Dec (Boxing Day)**", "30 March:"
        r"^(?=[0-3]?\d\s+[A-Za-z]+\.?\s*(?:[(:]|$))"
        r")(?:the\s+)?"
        rf"{_DAY}\s+{_MONTH}\b(?![,\s]*(?:19|20)\d\d)",
    ),
    ("my", rf"\b{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b"),
    # A company's own quarters, as its earnings call gives them: "fiscal Q2", "Q3 of fiscal
    # 2028", "FY28 Q4", "its fiscal third quarter". Read where the story says when its
    # fiscal year starts (see writing.py); never taken for the calendar's.
    (
        "fiscal_q",
        rf"\b(?:fiscal(?:\s+year)?|FY)\s*(?:'?{_FY}\s+)?Q(?P<q>[1-4])\b"
        r"(?:\s+(?:of\s+)?'?(?P<fy_after>20\d\d)\b)?",  # "fiscal Q3 2028"
    ),
    ("fiscal_q", rf"\bQ(?P<q>[1-4])\s+(?:of\s+)?(?:fiscal(?:\s+year)?\s*|FY\s*)'?{_FY}\b"),
    (
        "fiscal_q",
        r"\b(?:the\s+)?(?:fiscal\s+(?P<qw>first|second|third|fourth)|(?P<qw2>first|second|third|"
        rf"fourth)\s+fiscal)\s+quarter\b(?:\s+of\s+(?:fiscal\s+(?:year\s+)?|FY\s*)?'?{_FY}\b)?",
    ),
    ("quarter_y", rf"\bQ(?P<q>[1-4])\s*(?:of\s+|in\s+)?'?{_YEAR}\b"),
    (
        "quarter_words_y",
        r"\b(?:the\s+)?(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
        rf"\s+quarter\s+of\s+{_YEAR}\b",
    ),
    (
        "quarter_words_rel",
        r"\b(?:the\s+)?(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
        r"\s+quarter\s+of\s+(?P<rel>this|next)\s+year\b",
    ),
    ("quarter", r"\bQ(?P<q>[1-4])\b"),
    ("season_y", rf"\b{_SEASON}(?:\s+of)?\s+{_YEAR}\b"),
    # ("Brindille et le Roi Sourd : printemps 2027": with its year, a season needs no "au")
    ("season_y_f", rf"\b(?:{_FSEASON_BEFORE})?{_FSEASON}(?:\s+(?:de|del|di|do|da))?\s+{_YEAR}\b"),
    (
        "season_f",
        rf"\b{_FSEASON_BEFORE}{_FSEASON}\b(?!\s+(?:(?:de|del|di|do|da)\s+)?(?:19|20)\d\d)",
    ),
    ("holiday_y", rf"\bholiday(?:\s+season)?(?:\s+of)?\s+{_YEAR}\b"),
    ("rel_season", rf"\b(?P<rel>this|next|later\s+this|coming)\s+{_SEASON}\b"),
    # "before expanding nationwide later in the spring": the coming one
    # ("is coming in spring": the article is often left out)
    ("in_the_season", rf"\b(?:later\s+)?in\s+(?:the\s+)?{_SEASON}\b(?!\s+(?:of\b|\d))"),
    # "set for a fall debut", "eyeing a summer release": the coming one
    (
        "a_season",
        rf"\b(?:a|an)\s+{_SEASON}\s+(?=(?:debut|release|premiere|launch|bow|return|opening)\b)",
    ),
    # "in the fall of this year": the same season, said the long way
    ("season_of_year", rf"\b{_SEASON}\s+of\s+(?P<rel>this|next)\s+year\b"),
    ("rel_holiday", r"\b(?P<rel>this|next)\s+holiday(?:\s+season)?\b"),
    # "a Christmas Day release", "on New Year's Day 2028": a day the calendar names
    ("feast_y", rf"\b{_FEAST}\s+{_YEAR}\b"),
    ("feast", rf"\b{_FEAST}(?!\s+(?:19|20)\d\d)\b"),
    ("us_holiday_y", rf"\b{_US_HOLIDAY}(?:\s+of)?\s+{_YEAR}\b"),
    ("us_holiday", rf"\b{_US_HOLIDAY}(?!\s+(?:of\s+)?(?:19|20)\d\d)\b"),
    (
        "in_month",
        r"(?:\b(?:in|into|this|on|by|until|for|from|to|early|late|mid|"
        # "at the end of October"
        r"(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+|"
        # a listing's month after its channel, closing the brackets: "(TVNZ 1 & TVNZ+, March)"
        r"(?<=,\s)(?=(?-i:[A-Z])[a-z]+\.?\s*(?:[);]|$)))"
        rf"{_MONTH}\b(?!\s+\d)",
    ),
    ("rel_month", r"\b(?P<rel>next|this)\s+month\b"),
    (
        "part_year",
        rf"\b(?P<part>early|late|mid|the\s+end\s+of|the\s+start\s+of|"
        rf"(?:the\s+)?(?:first|second|latter|back|front)\s+half\s+of|the\s+tail\s+end\s+of|"
        # the games trade's halves: "in H1 2027", "1H 2027"
        rf"H[12]|[12]H)[\s-]+{_YEAR}\b",
    ),
    (
        "in_year",
        # ("the biggest game of 2025" names no date: "of" alone is left out)
        rf"\b(?:in|into|for|until|to|by|sometime\s+in|during|out\s+of|slated\s+for)\s+{_YEAR}\b"
        # "a sequel to 1982's Tron": a year that names a work, not a date
        r"(?!\s*(?:film|movie|game|series|release|original)|['’]s\b)",
    ),
    # the same in the languages wire copy uses: "sortira en 2028", "llegará en 2028",
    # "für 2028 angekündigt", "uscirà nel 2028", "chega em 2028"
    (
        "in_year_f",
        rf"\b(?:en|para|pour|für|nel|em|im\s+Jahr|d['’]ici|courant|durante|ab|à|hasta|auf|al|a)\s+"
        rf"{_YEAR}\b"
        r"(?!\s*(?:film|movie|game|series|release|original)|['’]s\b)",
    ),
    # a listing's label: "Release: 2027", "Release window: 2028"
    (
        "labelled_year",
        r"^\W*(?i:(?:release|launch|premiere)(?:\s+(?:date|window))?|out|due|coming)\s*:\s*"
        rf"{_YEAR}\s*$",
    ),
    # a listing's row, its year after the title: "- Gardiens d'Ombrelune : 2027"
    ("row_year", rf"(?<=\S)\s*:\s*{_YEAR}\s*$"),
    # "is slated for a 2026 release", "its late 2027 debut": the year of a coming release
    (
        "year_of_release",
        r"\b(?:a|an|its|their|his|her)\s+(?:(?P<part>early|late|mid)[\s-]+)?"
        rf"{_YEAR}\s+(?:release|launch|debut|premiere|arrival|opening|bow|rollout)\b",
    ),
    (
        "rel_year",
        r"\b(?P<rel>next|this|later\s+this|early\s+next|late\s+next|"
        r"sometime\s+next|the\s+following|(?:(?<=in\s)|(?<=into\s))the\s+new)\s+year\b",
    ),
    (
        "rel_year_f",
        r"\b(?:(?P<this>cette\s+année|este\s+año|quest'anno|este\s+ano|in\s+diesem\s+jahr|"
        r"dieses\s+jahr)|l'année\s+prochaine|el\s+próximo\s+año|el\s+año\s+que\s+viene|"
        r"l'anno\s+prossimo|o\s+ano\s+que\s+vem|o\s+próximo\s+ano|nächstes\s+jahr|"
        r"im\s+nächsten\s+jahr)\b",
    ),
    (
        "weekday",
        r"\b(?P<wrel>this|next|coming)\s+(?P<weekday>monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)\b(?![,\s]*(?:\w+\s+)?\d)",
    ),
    # A bare day after a release word in the present or future, or a listing's "Friday's
    # openings": the next such day ("is scheduled to open on Friday"); "opened Friday" is not.
    (
        "weekday_due",
        # (not the nouns: "said in a showcase stream on Tuesday", "the launch on Friday")
        r"\b(?<!\ba\s)(?<!\bthe\s)(?<!showcase\s)(?<!live\s)(?:(?:out|launch(?:es|ing)?|arriv(?:e|es|ing)|releas(?:e|es|ing)|premier(?:e|es|ing)|"
        r"opens?|opening|hits?|debuts?|stream(?:s|ing)?|lands?|airs?)\s+(?:on\s+)?"
        # "is arriving on digital Tuesday", "hits theaters Friday"
        r"(?:(?:digital|disc|blu-ray|dvd|vod|demand|theaters|theatres|cinemas|screens)\s+)?"
        # "debuts at 9 p.m. Tuesday"
        r"(?:at\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+(?:on\s+)?)?"
        r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        r"(?![,\s]+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|"
        r"sep|oct|nov|dec)))|(?P<weekday_list>monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday)['’]s\s+(?:\w+\s+)?(?:openings|releases|premieres)\b)",
    ),
    # A streaming listing's label: "Coming to Netflix: Friday", "comes to Max on Sunday".
    (
        "weekday_to",
        r"\b(?:coming|comes?|headed|heads?)\s+to\s+[\w+]+(?:\s+[\w+]+)?(?:\s*:\s*|\s+on\s+)"
        r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        r"(?![,\s]+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))",
    ),
    ("weekend", r"\bthis\s+(?:coming\s+)?weekend\b"),
    # Only after a release word: "announced today" dates the news, "out today" the release;
    # so does "the release date today".
    (
        "today",
        # ("Other release dates out today are for…": the news is out, not the work)
        r"(?<!dates\s)(?<!details\s)(?<!news\s)"
        r"\b(?:out|launch\w*|arriv\w*|available|releas\w*|premier\w*|opens?|hits?|drops?|"
        r"debuts?|live|stream\w*|playable|lands?|airs?)\s+"
        # "its release date was announced today": the day of the news
        r"(?:(?!dates?\b|announced\b|revealed\b|confirmed\b)\w+\s+){0,3}?"
        r"(?P<day_word>today|tonight|tomorrow)\b",
    ),
    # A game "shadow-dropped" came out the day the story tells of it, unannounced.
    # ("shadow-dropped on March 3": that day, read as such)
    (
        "shadow_drop",
        r"\bshadow[- ]?drop(?:s|ped|ping)?\b(?!\s+(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|"
        r"sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d))",
    ),
    (
        "tba",
        # "delayed indefinitely", "until further notice", "off the release calendar"
        r"\b(?:TBA|TBD|TBC|to\s+be\s+(?:announced|determined|confirmed)|indefinitely|"
        # "Por confirmar", "hasta nuevo aviso": a listing's undated row, "until further notice"
        r"por\s+confirmar|hasta\s+nuevo\s+aviso|"
        r"until\s+further\s+notice|off\s+(?:the|its|their)\s+(?:release\s+)?(?:calendar|schedule)|"
        r"(?:no|nor\s+a|without\s+a)\s+(?:(?:firm|official|new)\s+)?release\s+date|"
        r"no\s+longer\s+(?:has|have)\s+a\s+(?:(?:firm|release)\s+)?date|"
        r"yet\s+to\s+(?:receive|get|be\s+given|set|announce)\s+a\s+release\s+date|undated|"
        r"à\s+dater|sin\s+fecha|sem\s+data|data\s+da\s+definire|indéfiniment|indefinidamente|"
        r"a\s+tempo\s+indeterminato|auf\s+unbestimmte\s+Zeit|n['’]a\s+plus\s+de\s+date|"
        r"(?:starttermin|kinostart)\w*(?:\s+\w+)?\s+steht\s+noch\s+nicht\s+fest)\b",
    ),
]
# What each pattern cannot match without: a sentence lacking it skips the pattern (most
# sentences hold no date at all, and a regex pass costs more than these checks).
_DIGIT = re.compile(r"\d")
_CLUES = {  # substrings of the lower-cased text; a digit is tested apart
    "month": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "holiday": ("holiday",),
    "feast": ("christmas", "boxing day", "new year", "valentine"),
    "us_holiday": ("thanksgiving", "memorial day", "labor day"),
    "quarter": ("quarter",),
    "fiscal": ("fiscal", "fy"),
    "month_word": ("month",),
    "year_word": ("year",),
    "tba": (
        "tba",
        "tbd",
        "tbc",
        "confirmar",
        "aviso",
        "announced",
        "determined",
        "confirmed",
        "release",
        "undated",
        "dater",
        "indefinitely",
        "further notice",
        "calendar",
    )
    + ("sin fecha", "sem data", "definire", "nicht fest", "indéfiniment", "indefinidamente")
    + ("indeterminato", "unbestimmte", "plus de date"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "weekend": ("weekend",),
    "today": ("today", "tonight", "tomorrow"),
    "shadow": ("shadow",),
    "fmonth": tuple(FOREIGN_MONTHS),
    "foreign_year": ("anné", "año", "anno", "ano", "jahr"),
    "fseason": tuple(FOREIGN_SEASONS),
}
_NEEDS = {
    "dmy_f": ("digit", "fmonth"),
    "dm_f": ("digit", "fmonth"),
    "my_f": ("digit", "fmonth"),
    "dmy_dot": ("digit", "month"),
    "dm_dot": ("digit", "month"),
    "in_month_f": ("fmonth",),
    "iso": ("digit",),
    "numeric": ("digit",),
    "md_numeric": ("digit",),
    "dmy_numeric": ("digit", "day_first"),
    "dm_numeric": ("digit", "day_first"),
    "mdy": ("digit", "month"),
    "dmy": ("digit", "month"),
    "md": ("digit", "month"),
    "dm": ("digit", "month"),
    "dm_bare": ("digit", "month"),
    "my": ("digit", "month"),
    "fiscal_q": ("fiscal",),
    "quarter_y": ("digit",),
    "quarter_words_y": ("digit", "quarter"),
    "quarter_words_rel": ("quarter", "year_word"),
    "quarter": ("digit",),
    "season_y": ("digit", "season"),
    "season_y_f": ("digit", "fseason"),
    "season_f": ("fseason",),
    "holiday_y": ("digit", "holiday"),
    "rel_season": ("season",),
    "in_the_season": ("season",),
    "a_season": ("season",),
    "season_of_year": ("season", "year_word"),
    "rel_holiday": ("holiday",),
    "feast_y": ("digit", "feast"),
    "feast": ("feast",),
    "us_holiday_y": ("digit", "us_holiday"),
    "us_holiday": ("us_holiday",),
    "in_month": ("month",),
    "rel_month": ("month_word",),
    "part_year": ("digit",),
    "in_year": ("digit",),
    "year_of_release": ("digit",),
    "labelled_year": ("digit",),
    "in_year_f": ("digit",),
    "row_year": ("digit",),
    "rel_year": ("year_word",),
    "rel_year_f": ("foreign_year",),
    "tba": ("tba",),
    "weekday": ("weekday",),
    "weekday_due": ("weekday",),
    "weekday_to": ("weekday",),
    "weekend": ("weekend",),
    "today": ("today",),
    "shadow_drop": ("shadow",),
}
# The forms whose year (or more) is counted from the publication day.
RELATIVE = {
    *(
        "md",
        "md_numeric",
        "dm_numeric",
        "dm",
        "dm_bare",
        "quarter",
        "rel_season",
        "season_f",
        "in_the_season",
        "season_of_year",
    ),
    "rel_holiday",
    "feast",
    "us_holiday",
    *("in_month", "rel_month"),
    *("dm_f", "dm_dot", "in_month_f"),
    *("rel_year", "rel_year_f", "quarter_words_rel"),
    *("weekday", "weekday_due", "weekday_to", "weekend", "today", "shadow_drop"),
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"  # as copy writes it, capitalised
_COMPILED = [(name, re.compile(pattern, re.IGNORECASE), _NEEDS[name]) for name, pattern in PATTERNS]


def _us_holiday(year: int, groups: dict) -> FuzzyDate:
    named = " ".join(groups["holiday"].lower().split())
    key = "thanksgiving" if named.startswith("thanksgiving") else named
    month, weekday, nth = US_HOLIDAYS[key]
    if "weekend" in groups or (key == "thanksgiving" and "tday" not in groups):
        return FuzzyDate.month(year, month)
    day = _us_holiday_day(year, month, weekday, nth)
    return FuzzyDate.day(year, month, day.day)


def _us_holiday_day(year: int, month: int, weekday: int, nth: int) -> date:
    """The `nth` `weekday` of a month (Monday 0; nth -1 the last)."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


@dataclass(frozen=True)
class DateMention:
    when: FuzzyDate
    start: int
    end: int
    text: str
    relative: bool  # resolved against the publication date ("next year")
    form: str = ""  # which pattern read it


def _next_season(season: int, published: date) -> FuzzyDate:
    for year in (published.year, published.year + 1):
        candidate = FuzzyDate.season(year, season)
        if candidate.start > published:
            return candidate
    return FuzzyDate.season(published.year + 1, season)


# A release told as done, just before a day without its year: "came out on PC, PS5 and Xbox
# Series X|S on August 12", "when it opened in theaters in July", "was released on May 3".
PAST_RELEASE_BEFORE = re.compile(
    r"\b(?:came\s+out|(?:was|were)\s+(?:released|launched)|(?<!\bbe\s)(?<!\bbeen\s)launched|"
    r"opened|debuted|premiered)\b"
    # (not another verb's day after it: "which opened Cannes last year, arrives in April",
    # "premiered in 2024, and its second season premieres on Apple TV+ on January 9")
    r"(?:(?!\b(?:will|is|are|arriv(?:es|ing)|comes?|coming|opens?|opening|launch(?:es|ing)|"
    r"hits?|returns?|releases|releasing|lands?|landing|drops?|premieres?|premiering|debuts?|"
    r"debuting|streams|streaming\s+(?:on|from)|begins?|goes|heads?|expands?|joins?|airs?|"
    r"starts?|moves?|shifts?|due|slated|scheduled|bows?)\b)[^.;:]){0,60}?"
    r"(?:\b(?:on|in)\s+|\s)$",
    re.IGNORECASE,
)


def _told_as_past(match: re.Match) -> bool:
    return bool(PAST_RELEASE_BEFORE.search(match.string, max(0, match.start() - 90), match.start()))


def _upcoming_month(month: int, published: date) -> int:
    return published.year if month >= published.month else published.year + 1


WEEKDAY_BEFORE = re.compile(
    r"\b(?P<weekday>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?$", re.I
)
WEEKDAY_NUMBERS = {"mon": 0, "tues": 1, "wednes": 2, "thurs": 3, "fri": 4, "satur": 5, "sun": 6}


def _weekday_before(match: re.Match) -> int | None:
    """The weekday written just before a day ("Friday, December 3"), Monday 0, or None."""
    found = WEEKDAY_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    return WEEKDAY_NUMBERS[found.group("weekday").lower()] if found else None


def _is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _resolve(name: str, match: re.Match, published: date) -> tuple[FuzzyDate, bool] | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    month_word = groups.get("month", "").lower().rstrip(".")
    month = MONTHS.get(month_word) or FOREIGN_MONTHS.get(month_word)
    year = int(groups["year"]) if "year" in groups else None
    match name:
        case "iso":
            return FuzzyDate.day(year, int(groups["m"]), int(groups["d"])), False
        case "mdy" | "dmy" | "dmy_f" | "dmy_dot":
            return FuzzyDate.day(year, month, int(groups["day"])), False
        case "dmy_numeric":
            return FuzzyDate.day(int(groups["y"]), int(groups["m"]), int(groups["d"])), False
        case "md" | "md_numeric" | "dm_numeric" | "dm" | "dm_bare" | "dm_f" | "dm_dot":
            # The coming one, or one of the last few weeks ("available March 2" in a list
            # published March 10); a day further back means next year's.
            if name in ("md_numeric", "dm_numeric"):
                month, groups["day"] = int(groups["m"]), groups["d"]
            day = int(groups["day"])
            candidate = date(published.year, month, day)
            recent = timedelta(days=31)
            year = published.year if candidate >= published - recent else published.year + 1
            if candidate > published + timedelta(days=330):
                year -= 1  # "December 28" in a January 5 story: the one just gone
            if _told_as_past(match) and date(year, month, day) > published:
                year -= 1  # "came out on August 12 and has since sold…": the one gone by
            named = _weekday_before(match)
            if (
                named is not None
                and date(year, month, day) < published
                and not _is_weekday(year, month, day, named)
                and _is_weekday(year + 1, month, day, named)
            ):
                # "on Friday, December 3" two days after a Thursday, December 3: the coming one,
                # whose December 3 is a Friday (a day to come keeps its year whatever the
                # weekday: a writer's slip is likelier than a date a year further on)
                year += 1
            return FuzzyDate.day(year, month, day), True
        case "my" | "my_f":
            return FuzzyDate.month(year, month), False
        case "quarter_y":
            return FuzzyDate.quarter(year, int(groups["q"])), False
        case "quarter_words_y":
            return FuzzyDate.quarter(year, ORDINAL_QUARTERS[groups["qw"].lower()]), False
        case "quarter_words_rel":
            bump = groups["rel"].lower() == "next"
            return FuzzyDate.quarter(
                published.year + bump, ORDINAL_QUARTERS[groups["qw"].lower()]
            ), True
        case "quarter":
            quarter = int(groups["q"])
            current = (published.month - 1) // 3 + 1
            return FuzzyDate.quarter(published.year + (quarter < current), quarter), True
        case "season_y":
            return FuzzyDate.season(year, SEASON_NUMBERS[groups["season"].lower()]), False
        case "season_y_f":
            return FuzzyDate.season(year, FOREIGN_SEASONS[groups["fseason"].lower()]), False
        case "season_f":
            return _next_season(FOREIGN_SEASONS[groups["fseason"].lower()], published), True
        case "holiday_y":
            return FuzzyDate.quarter(year, 4), False
        case "in_the_season" | "a_season":
            return _next_season(SEASON_NUMBERS[groups["season"].lower()], published), True
        case "rel_season":
            season = SEASON_NUMBERS[groups["season"].lower()]
            relation = " ".join(groups["rel"].lower().split())
            if relation in ("this", "later this"):
                # "this spring" said in December is the coming one: this year's is over
                this_year = FuzzyDate.season(published.year, season)
                if this_year.end < published:
                    return FuzzyDate.season(published.year + 1, season), True
                return this_year, True
            return _next_season(season, published), True
        case "season_of_year":
            season = SEASON_NUMBERS[groups["season"].lower()]
            year = published.year + (groups["rel"].lower() == "next")
            return FuzzyDate.season(year, season), True
        case "feast_y" | "feast":
            key = " ".join(groups["feast"].lower().replace("’", "'").split())
            month, day = FEASTS[key]
            if name == "feast_y":
                return FuzzyDate.day(year, month, day), False
            # as for "December 25": a day just gone is this year's, told after it
            later = date(published.year, month, day) < published - timedelta(days=31)
            return FuzzyDate.day(published.year + later, month, day), True
        case "us_holiday_y" | "us_holiday":
            if name == "us_holiday_y":
                return _us_holiday(year, groups), False
            # as for a feast: a day just gone is this year's, told after it
            this_year = _us_holiday(published.year, groups)
            later = this_year.start < published - timedelta(days=31)
            return _us_holiday(published.year + later, groups), True
        case "rel_holiday":
            bump = groups["rel"].lower() == "next" and published.month >= 10
            return FuzzyDate.quarter(published.year + bump, 4), True
        case "in_month" | "in_month_f":
            year = _upcoming_month(month, published)
            if _told_as_past(match) and date(year, month, 1) > published:
                year -= 1  # "when it opened in theaters in July": the July gone by
            return FuzzyDate.month(year, month), True
        case "rel_month":
            if groups["rel"].lower() == "this":
                return FuzzyDate.month(published.year, published.month), True
            following = published.month % 12 + 1
            return FuzzyDate.month(published.year + (following == 1), following), True
        case "numeric":
            day = _numeric(int(groups["a"]), int(groups["b"]), groups["y"])
            return (day, False) if day else None
        case "part_year" | "year_of_release" if half := _half_named(groups.get("part")):
            return FuzzyDate.half(year, half), False
        case (
            "part_year" | "in_year" | "in_year_f" | "year_of_release" | "labelled_year" | "row_year"
        ):
            return FuzzyDate.year(year), False
        case "rel_year":
            relation = " ".join(groups["rel"].lower().split())
            if relation in ("early next", "late next"):  # "early next year": its first half
                return FuzzyDate.half(published.year + 1, 1 + relation.startswith("late")), True
            same = relation in ("this", "later this")
            if relation == "the new":  # "in the new year": the one just begun in its first
                same = published.month <= 2  # weeks, else the next one
            return FuzzyDate.year(published.year + (0 if same else 1)), True
        case "rel_year_f":
            return FuzzyDate.year(published.year + (0 if groups.get("this") else 1)), True
        case "tba":
            return FuzzyDate.tba(), False
        case "weekday" | "weekday_due" | "weekday_to":
            wanted = WEEKDAYS.index((groups.get("weekday") or groups["weekday_list"]).lower())
            ahead = (wanted - published.weekday()) % 7
            if (groups.get("wrel") or "").lower() == "next" and ahead == 0:
                ahead = 7
            day = published + timedelta(days=ahead)
            return FuzzyDate.day(day.year, day.month, day.day), True
        case "weekend":
            # A film "opening this weekend" opens on its Friday.
            back = published.weekday() - 4
            day = (
                published - timedelta(days=back) if back >= 0 else published + timedelta(days=-back)
            )
            return FuzzyDate.day(day.year, day.month, day.day), True
        case "shadow_drop":
            return FuzzyDate.day(published.year, published.month, published.day), True
        case "today":
            shift = 1 if groups["day_word"].lower() == "tomorrow" else 0
            day = published + timedelta(days=shift)
            return FuzzyDate.day(day.year, day.month, day.day), True
    return None


def _fiscal_quarter(match: re.Match, published: date | None, first_month: int | None):
    """The calendar quarter a company's fiscal one is, where its year starts at a calendar
    quarter's (April, July, October or January). A fiscal year is named for the calendar
    year it ends in ("fiscal 2028" runs April 2027 to March 2028); without its year, it is
    the one under way at publication, or the next once that quarter is over."""
    if first_month is None or first_month % 3 != 1:
        return None
    groups = match.groupdict()
    words = groups.get("qw") or groups.get("qw2")
    quarter = ORDINAL_QUARTERS[words.lower()] if words else int(groups["q"])
    if named := groups.get("fy") or groups.get("fy_after"):
        years = [int(named) + (2000 if len(named) == 2 else 0)]
    elif published is not None:
        under_way = published.year + (first_month != 1 and published.month >= first_month)
        years = [under_way, under_way + 1]
    else:
        return None
    for year in years:
        opening = date(year - (first_month != 1), first_month, 1)
        first = add_months(opening, 3 * (quarter - 1))
        when = FuzzyDate.quarter(first.year, (first.month - 1) // 3 + 1)
        if published is None or len(years) == 1 or when.end >= published:
            return when
    return None


def _numeric(first: int, second: int, year: str) -> FuzzyDate | None:
    """A date written in figures, when only one order makes it a date."""
    full = int(year) + (2000 if len(year) == 2 else 0)
    if first > 12 and second <= 12:
        return FuzzyDate.day(full, second, first)
    if second > 12 and first <= 12:
        return FuzzyDate.day(full, first, second)
    return None


def _month_cased(form: str, month: str) -> bool:
    """English and German write months capitalized, French, Spanish, Italian and Portuguese
    in lower case ("Mars" is a planet, "mars" a month in a French sentence)."""
    if not form.endswith("_f"):
        return month[0].isupper()
    word = month.lower()
    return (month[0].isupper() and word in CAPITALIZED_MONTHS) or (
        month[0].islower() and word in LOWER_CASE_MONTHS
    )


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Return every date expression in `text`, left to right, none overlapping.

    Without a publication date, the dates that would be counted from it ("next year",
    "June 7" with no year) are not resolved: no year is ever guessed.
    """
    # Each rule family asks again of the sentence it is reading (the spotter's list rows and
    # slates, the roundup, the release rules): read once, handed out as a fresh list.
    return list(_dates_in(text, published, as_written()))


@lru_cache(maxsize=64)
def _dates_in(text: str, published: date | None, how: Writing) -> tuple[DateMention, ...]:
    lower = text.lower()
    clues = {clue for clue, words in _CLUES.items() if any(w in lower for w in words)}
    if _DIGIT.search(text):
        clues.add("digit")
        if how.day_first:
            clues.add("day_first")
    if not clues:
        return ()
    taken = Spans()
    found = []
    for name, pattern, needs in _COMPILED:
        if not clues.issuperset(needs):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            month = match.groupdict().get("month")
            if month and not _month_cased(name, month):
                continue  # "may" the verb, "march" the verb: English month names are capitalized
            if name == "fiscal_q":
                taken.add(start, end)  # a company's quarter, never the calendar's
                if when := _fiscal_quarter(match, published, how.fiscal_start):
                    relative = not (
                        match.groupdict().get("fy") or match.groupdict().get("fy_after")
                    )
                    found.append(DateMention(when, start, end, match.group(0), relative, name))
                continue
            if published is None and name in RELATIVE:
                taken.add(start, end)  # a date, but one only the publication day can place
                continue
            try:
                resolved = _resolve(name, match, published)
            except (InvalidDate, ValueError):
                continue  # "February 30" is not a date
            if resolved is None:
                continue
            taken.add(start, end)
            found.append(DateMention(resolved[0], start, end, match.group(0), resolved[1], name))
    found = _years_from_context(sorted(found, key=lambda d: d.start), text, published)
    if any(word in lower for word in COUNTED_WORDS):
        found = _days_after(found, text, taken)
    return tuple(found)


# "premieres January 14 on HBO in the US and the following day on Sky Atlantic in the UK":
# a day counted from the day the sentence gave before it.
DAYS_AFTER = re.compile(
    r"\b(?:the\s+(?:following|next)\s+day|the\s+day\s+after(?!\s+(?:the|its|their|[A-Z]))|"
    r"(?P<one>a|one)\s+day\s+later|"
    r"(?P<days>two|three|four|five|six|\d)\s+days\s+(?:later|after(?!\s+(?:the|its|their|[A-Z])))|"
    r"(?P<week>a|one)\s+week\s+later|"
    r"(?P<weeks>two|three)\s+weeks\s+later|"
    # "opens July 17, a week before Paper Lions": the other title's day, counted from this one
    r"(?P<ahead>a|one|two|three)\s+weeks?\s+(?:before|ahead\s+of)(?=\s+[\"“]?(?-i:[A-Z]))|"
    r"(?P<behind>a|one|two|three)\s+weeks?\s+after(?=\s+[\"“]?(?-i:[A-Z])))\b",
    re.IGNORECASE,
)
WEEKS = {"a": 1, "one": 1, "two": 2, "three": 3}
COUNTED_WORDS = ("later", "following", "next day", "day after", "days after", "week")
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _days_after(found: list[DateMention], text: str, taken: Spans) -> list[DateMention]:
    more = []
    days_given = [d for d in found if d.when.precision == "day"]  # in order: one pass
    ends = [d.end for d in days_given]
    for match in DAYS_AFTER.finditer(text):
        start, end = match.span()
        at = bisect_right(ends, start)
        if taken.overlaps(start, end) or not at:
            continue
        given = days_given[at - 1]
        days = 7 if match.group("week") else 1
        if count := match.group("days"):
            days = int(count) if count.isdigit() else NUMBERS[count.lower()]
        elif count := match.group("weeks"):
            days = 7 * NUMBERS[count.lower()]
        elif ahead := match.group("ahead"):
            days = 7 * WEEKS[ahead.lower()]
        elif behind := match.group("behind"):
            days = -7 * WEEKS[behind.lower()]
        day = FuzzyDate.parse((given.when.start + timedelta(days=days)).isoformat())
        more.append(DateMention(day, start, end, match.group(0), given.relative, "after"))
    return sorted([*found, *more], key=lambda d: d.start) if more else found


_LEADING_YEAR = re.compile(r"^\W*(?:in\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*(?:film|movie|'s))")
# "October 21st of next year", "(well, October 21st) of next year": the year follows the day.
_NEXT_YEAR_AFTER = re.compile(
    r"\W{0,3}(?:of|,|do|de|del|dell')\s*(?:next\s+year|ano\s+que\s+vem|próximo\s+ano|"
    r"l'année\s+prochaine|año\s+que\s+viene|próximo\s+año|anno\s+prossimo)\b",
    re.I,
)


FULL_FORMS = ("mdy", "dmy", "dmy_f", "dmy_dot", "dmy_numeric", "iso")  # a day with its year
YEAR_FORMS = ("in_year", "in_year_f")
NEXT_YEARS_FORMS = ("md", "dm", "dm_bare", "dm_f", "dm_dot", "in_month", "in_month_f")


def _years_from_context(
    found: list[DateMention], text: str, published: date | None
) -> list[DateMention]:
    """Give a day written without its year ("January 27th") the year the sentence set before
    it ("…set for January 13th, 2017, followed by … on January 27th"; "2016 will bring …";
    "from March 12 to May 21": both in the same year)."""
    year, explicit, last_month = None, False, 1
    if lead := _LEADING_YEAR.match(text):
        year, explicit = int(lead.group("year")), True
    resolved = []
    for mention in found:
        if mention.form in NEXT_YEARS_FORMS and _NEXT_YEAR_AFTER.match(text, mention.end):
            when = mention.when
            with contextlib.suppress(InvalidDate, ValueError):
                when = (
                    FuzzyDate.month(published.year + 1, when.start.month)
                    if mention.form.startswith("in_month")
                    else FuzzyDate.day(published.year + 1, when.start.month, when.start.day)
                )
            mention = DateMention(
                when, mention.start, mention.end, mention.text, True, mention.form
            )
            resolved.append(mention)
            continue
        if mention.form in ("in_month", "in_month_f") and year is not None and explicit:
            # "previously set for May 24, 2019, but will now be released in December"; a month
            # before the one named goes to the year after ("May 24, 2019 … on DVD in February")
            month = mention.when.start.month
            mention = DateMention(
                FuzzyDate.month(year + (month < last_month), month),
                mention.start,
                mention.end,
                mention.text,
                False,
                mention.form,
            )
        if (
            mention.form in ("md", "dm", "dm_f", "dm_dot")
            and year is not None
            # A year the sentence wrote, or a day that would otherwise be already gone ("slips
            # from March 12 to May 21" in June: next year's May); "prévu le 25 mars et désormais
            # programmé pour le 15 juillet" in May keeps this July.
            and (explicit or mention.when.start < published)
        ):
            when = mention.when
            with contextlib.suppress(InvalidDate, ValueError):
                when = _in_year(when, year)
            mention = DateMention(
                when, mention.start, mention.end, mention.text, not explicit, mention.form
            )
        if mention.form == "feast" and year is not None and explicit and mention.when.start:
            # "on December 10, 2027, before expanding nationwide on Christmas Day": that
            # year's; a feast earlier in the year than the day before it, the next year's
            month = mention.when.start.month
            with contextlib.suppress(ValueError):
                mention = replace(mention, when=_in_year(mention.when, year + (month < last_month)))
        if mention.form in ("md", "dm", "dm_f", "dm_dot"):
            year = mention.when.start.year
        elif mention.form in (*FULL_FORMS, "my", "my_f"):
            year, explicit = mention.when.start.year, True
            last_month = mention.when.start.month
        elif mention.form in YEAR_FORMS:
            # a year alone ("a second expansion due in 2028, … can start playing on May 31")
            # gives a later day its year only where that day would otherwise be gone
            year, explicit, last_month = mention.when.start.year, False, 1
        resolved.append(mention)
    return _years_from_after(resolved, text)


# "from February 10 to 20, 2028": the run's year, written once at its end
RUN_YEAR_AFTER = re.compile(
    r"\s*(?:-|–|to|through|until)\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
)


def _years_from_after(found: list[DateMention], text: str = "") -> list[DateMention]:
    """Give a day written without its year before the sentence's first day written in full
    that day's year, when it falls in the half-year before it: "opens on December 15 and
    streams from December 22, 2027"."""
    if text and any(m.form == "md" and m.relative for m in found):
        ran = []
        for mention in found:
            if mention.form == "md" and (run := RUN_YEAR_AFTER.match(text, mention.end)):
                with contextlib.suppress(InvalidDate, ValueError):
                    when = _in_year(mention.when, int(run.group("year")))
                    mention = replace(mention, when=when, relative=False)
            ran.append(mention)
        found = ran
    full = next((m for m in found if m.form in FULL_FORMS), None)
    if full is None or not any(m.relative and m.start < full.start for m in found):
        return found
    resolved = []
    for mention in found:
        if mention.start < full.start and mention.relative and mention.form in NEXT_YEARS_FORMS:
            with contextlib.suppress(InvalidDate, ValueError):
                when = _in_year(mention.when, full.when.start.year)
                if timedelta(0) <= full.when.start - when.start <= ANCHOR_REACH:
                    mention = replace(mention, when=when, relative=False)
        resolved.append(mention)
    return resolved


def _in_year(when: FuzzyDate, year: int) -> FuzzyDate:
    """The same day or month in another year (ValueError for February 29 in a common one)."""
    return replace(when, start=when.start.replace(year=year))


def _half_named(part: str | None) -> int | None:
    """The half of a year "early 2028" or "the second half of 2027" names (1 or 2); None for
    "mid-2027", which straddles both."""
    if part is None:
        return None
    part = " ".join(part.lower().split())
    if part in ("h1", "1h", "early") or part.startswith(
        ("the start", "the beginning", "the first", "the front")
    ):
        return 1
    if part == "mid":
        return None
    return 2  # late, H2, the end of, the second, latter, back half, the tail end of


# A day or month without its year, read in the story's own year: "opens in Germany on January
# 28, 2028. In Austria the film follows on February 4" is February 4, 2028, not the first
# February 4 after the publication day. Only the forms a year is missing from.
YEARLESS_FORMS = frozenset((*NEXT_YEARS_FORMS, "md_numeric", "dm_numeric"))
ANCHOR_REACH = timedelta(days=183)  # the anchor's half-year either side


def in_the_year_of(found: list[DateMention], anchor: date, published: date) -> list[DateMention]:
    """Give each day or month the sentence wrote without a year the year that puts it nearest
    `anchor` (the day the story wrote in full just before), when that is within half a year of
    it and not before the publication day's month: the story's year, not the calendar's."""
    resolved = []
    for mention in found:
        when = mention.when
        if mention.relative and mention.form in YEARLESS_FORMS and when.start is not None:
            nearest = None
            for year in (anchor.year - 1, anchor.year, anchor.year + 1):
                with contextlib.suppress(InvalidDate, ValueError):
                    candidate = _in_year(when, year)
                    if nearest is None or abs(candidate.start - anchor) < abs(
                        nearest.start - anchor
                    ):
                        nearest = candidate
            if (
                nearest is not None
                and abs(nearest.start - anchor) <= ANCHOR_REACH
                and nearest.start >= published.replace(day=1)
            ):
                mention = replace(mention, when=nearest)
        resolved.append(mention)
    return resolved


# (any day will do to find dates: only where they are is asked)
PLACEHOLDER_DAY = date(2000, 1, 1)
