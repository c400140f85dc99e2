"""A listing's lines: dated rows and bullets, a row's label, note and blurb, the lines under a
title that are no title (a distributor, a field, a byline). The spotter reads titles out of
them; the roundup and the pipeline read their dates."""

import re

from .title_names import TITLE_SPAN, WORD_START
from .when import FOREIGN_WEEKDAY_NAME, WEEKDAY_NAME, find_dates

# What a label says of the date it gives, never a title: "Scheduled Release Date: …",
# "Expected Release Date: …", "US Release Date: …".
DATE_QUALIFIERS = (
    r"(?i:US|UK|original|scheduled|expected|revised|current|previous|initial|official|target)"
)


# A title with its date in parentheses, as listings write it: "The Lie (October 6th) centers…".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATED_PAREN = re.compile(
    WORD_START
    + r"(?P<name>"
    + TITLE_SPAN
    + r")\s+\((?="
    + _MONTH
    + r"\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r"|(?:19|20)\d\d\))"
)
# "June 7: Ballerina", "Ballerina – June 7", "Ballerina (June 7, PS5)": a short line, a date
# and one title-like stretch.
LIST_LINE_WORDS = 14
BYLINE = re.compile(
    r"^\W*(?i:published|posted|updated|last\s+updated|by|details|filed|date)(?:\b|(?=[A-Z]))"
)
SIDE_MARKS = " \t|:•–—-,.("
# A ranked list's number before its row: "2) Coldharbour", "10. Night Orchard".
LIST_NUMBER = re.compile(r"^\s{0,3}\d{1,3}[.)]\s{1,3}(?=\S)")
ROW_ADD_ON = re.compile(r"\((?:[^)]*\b)?(?:expansion|expansión|extension|extensión|dlc)\b", re.I)
# (or after a dash, what became of it: "Lueur d'Orage – Reporté au 16 mars 2028")
ROW_LABEL = re.compile(
    r"^(?P<name>[^:–—]{1,80}?)(?:\s*:\s+(?=[a-zà-ÿ])|\s+[–—-]\s+(?=[^\d\s][^\d]*?[a-zà-ÿ]{2}))"
)
# "“Hollow Row” on Friday, Feb. 27": a listing's row, its date after "on".
ROW_ON = re.compile(r"(?<=[\w\"”’'])\s{1,3}on\s{0,3}$")  # bounded: a run of spaces stays linear
# The day of the week a row's date opens with: "— Friday, January 8".
# (after the row's mark: "Freakier Friday, August 8" keeps its Friday)
ROW_WEEKDAY = re.compile(
    r"(?:(?<=[—–|:])\s{0,3}|(?<=\s[-—–])\s{0,3}|\s{1,3}on\s{1,3})"
    rf"{WEEKDAY_NAME},?\s{{0,3}}$"
)
YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
DATELINE = re.compile(r"^\W*[A-Z][\w .'’-]{1,30},\s+[^,:]{3,25}:\s*$")
# (each run of blanks tried from its start, and a bracket only to the next one: a line of
# blanks or of open brackets stays linear)
PARENTHESES = re.compile(r"(?<!\s)\s*\([^()]*\)?")
# A listing's row's fields, each on its line: "What: …", "When: 9 p.m. on AMC."
FIELD_ITEM = re.compile(r"(?i:what|when|where|who|cast|starring|network|channel|airs)\s*:")
# A bullet under a date heading: "March 16" then "- Gorn (PlayStation VR 2)".
BULLET = re.compile(r"^\s*(?:[-•*–]|\d{1,2}\.)\s+(?P<item>.+)$")
# (a day line abroad may open on its article or preposition: "El 12 de marzo", "Le 12 mars",
# "Il 12 marzo", "Am 12. März")
# ("**Lunedì 6 settembre**", "Lundi 6 septembre", "Montag, 6. September": its weekday first)
LEADING_WEEKDAY = re.compile(
    rf"(?i:el|le|il|am)\s*,?\s*(?=\d)|(?i:{WEEKDAY_NAME}|{FOREIGN_WEEKDAY_NAME})\s*,?\s*"
)
# An item's title, then a note on how it comes out: "Lumen Drifters – PS5, PC", "Kettle &
# Crown – PC (la version Switch 2 suivra le 25 juin)".
# ("Fathom Drift | Xbox Series X|S, PC": a bar between them)
# (each run of blanks tried from its start only: a line of them stays linear)
ITEM_NOTE = re.compile(r"(?<!\s)\s+[–—|-]\s+|(?<!\s)\s*\(")


# What a dated heading may say before its date: "Opening: December 17, 2027", "Out Friday:".
OPENING_LABEL = re.compile(
    r"^(?:opening|openings|out|in\s+(?:theaters|theatres|cinemas)|premiering|arriving)\s*:\s*", re.I
)


def date_alone(text: str, dates) -> bool:
    """Whether a line is a date and nothing else ("March 16", "MONDAY, JAN. 4", "3 juin",
    "December 15:"): the heading of the items below it, never a title."""
    text = text.strip()
    lead = LEADING_WEEKDAY.match(text)
    return (
        bool(dates)
        and dates[0].start == (lead.end() if lead else 0)
        and dates[0].end >= len(text.rstrip(" :."))
    )


def labelled_date(text: str, published) -> bool:
    """Whether a line is a date, after the field's label it may open on: "Alter Release: 19.
    November 2027", "**Opening: December 17, 2027**", "Lançamento: 31/12/2028"."""
    unlabelled = LABEL_BEFORE.sub("", text)
    return date_alone(unlabelled, find_dates(unlabelled, published))


TIMED_ITEM = re.compile(
    r"^\d{1,2}(?:[:.]\d\d)?(?P<slot>\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?)?\s*[ap]\.?m\.?"
    # (or the show straight after a slot of an hour, in italics or capitals: "8:00-9:00 p.m.
    # *Tall Pines* (Season Premiere)"; not prose opening on "8 p.m. Friday")
    r"(?:\s*(?:ET|PT|CT|ET/PT))?(?:\s*[-–—:|]\s*|(?(slot)\s+(?=[\"“]|(?-i:[A-Z]))|(?!)))"
    r"(?P<item>.+)$",
    re.I,
)
SHOW_NOTE = re.compile(
    r"\((?:[^)]*\b(?:series|seasons?|returning|docuseries|miniseries|limited\s+series|episodes|"
    r"S\d{1,2})\b)[^)]*\)",
    re.I,
)
# (and a row for one more episode of a show out already: "- Brightwater (Episode 3)")
# ("(All-New Episode)" under a later day of a network's grid: the week after its premiere;
# "(Winter Return)": back from its break in the middle of a season; "(Time Period Premiere)":
# its first night in a new hour)
NOT_A_PREMIERE = re.compile(
    r"\b(?:time\s*slot|encore|rerun|repeat|marathon)\b|\((?:new\s+)?episodes?\s+\d|"
    r"\((?:all[-\s]new|new)\s+episode\)|"
    r"\b(?:winter|spring|summer|fall|autumn|mid-?season)\s+return\b|\btime\s*period\s+premiere\b",
    re.I,
)
# What a blurb after a dash opens with: a capital, or an article or number in lower case
# ("—an animated fable", "—twelve home cooks"), then a word: "Well-known actors…" is none.
_BLURB_START = (
    r"(?:[A-Z][a-z]*|a|an|the|this|his|her|their|its|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+[a-z]"
    # (or whose it is: "Kim Seo-yeon's monster movie played Busan…")
    r"|[A-Z][a-z]+(?:\s+[A-Z][\w-]+){0,2}'s\s+[a-z]"
)
# A row's title, a dash, then how it comes out: "Copper Harbor – Theatrical debut October 1,
# Kumori+ debut October 22", "Glass Orchard - In theaters October 8, on Netflix October 29".
DATED_ROW = re.compile(
    r"^[\W]*(?P<name>[^\n-]{2,80}?)\s+-\s+(?=(?:theatrical|cinema|in\s+(?:theaters|theatres|"
    r"cinemas)|streaming|digital|(?:[\w+]+\s+){0,2}(?:debut|release|premiere|launch))\b)",
    re.I,
)
# A title, a dash, a blurb: "The Flying Man—This long biopic…", or inside a bullet "- The Salt
# Kitchen—twelve home cooks…" (dashes are hyphens by now: "Spider-Man-This epic…" is the item
# "Spider-Man").
DASHED_ITEM = re.compile(
    r"^(?P<item>[^-\n]{2,80}?(?:-[A-Z][^-\s]*)*?)\s*-\s*(?=" + _BLURB_START + r")"
    # not a double-barrelled name and its verb: "Felicity Ambrose-Hale returns as Lady…"
    r"(?![A-Z][a-z]+\s+(?:returns|stars|plays|joins|reprises|leads|narrates|hosts)\b)"
)
BARE_DATE_LINE = re.compile(
    r"^\W*(?:(?:"
    + DATE_QUALIFIERS
    + r"\s+)?release\s+date|date|out|in\s+(?:theaters|theatres|cinemas)|"
    # a listing's lines: "Screening: Saturday September 4, TVNZ 1", "Neuer Release: 11. Februar"
    # (a British press pack's "TX: Sunday 17 October, Channel 4": when it is transmitted)
    r"screening|airs?|on\s+air|tx|neue[rs]?\s+(?:release|termin|kinostart)|"
    # "New Season Premieres: Sunday, Sept. 5", "Series Premiere: Monday", "Opening: December 17"
    r"(?:new\s+|final\s+)?(?:season|series)\s+(?:premieres?|finale)|opening|premiering|"
    r"new\s+(?:release\s+)?date|nouvelle\s+date|sortie|"
    r"streaming|premieres?|available|coming|opens?|launch(?:es)?)\b|^\W*when\s*:",
    re.IGNORECASE,
)
# Lines of a listing that label a detail, not a title: "Director: Domee Shi", "Available: …";
# a picture's caption: "Image via Disney".
NOT_HEADINGS = re.compile(
    r"^(?:director|directors|writer|writers|starring|cast|creator|creators|producer|producers|"
    r"network|platform|platforms|rating|rated|runtime|genre|available|studio|developer|"
    r"publisher|distributor|price|where|image|photo|picture|credit|courtesy|source|via|"
    r"seasons?|episodes?|year|country|language)\b",
    re.IGNORECASE,
)
# A release listing's distributor line under the title: "Sony Pictures (Wide)", "A24
# (Limited)", "Focus Features". It leaves the title above as the heading.
DISTRIBUTOR_LINE = re.compile(
    r"^[^()]{2,40}?(?:\s*\((?P<run>(?i:wide|limited|expands?|expanding|platform|select\s+cities))"
    r"\)|\b(?:Pictures|Studios|Entertainment|Films|Bros\.?|Releasing|Distribution|Features))\s*$"
)
# A field's label before what it says: "Opening: December 17, 2027", "Alter Release: …".
LABEL_BEFORE = re.compile(r"^[^\W\d][\w' ]{0,30}:\s+")


# An episode's code after its title: "(S03E02)", "(3x02)".
EPISODE_CODE = re.compile(r"\s*\((?:S(?P<season>\d{1,2})\s?E(?P<episode>\d{1,3})|\d{1,2}x\d{2})\)")


# A table's column of titles, by its header, and what it holds.
TABLE_COLUMNS = {
    **dict.fromkeys(("show", "shows", "series", "program", "programme", "season"), "series"),
    **dict.fromkeys(("film", "films", "movie", "movies"), "film"),
    **dict.fromkeys(("game", "games"), "game"),
    **dict.fromkeys(("title", "titles"), ""),
}


# A title just before its date in a list: "…, Fox's Dark Phoenix on June 7, …".
PAIRED_NAME = re.compile(
    rf"(?:^|,\s+|\b(?:and|includes?|with|are|by)\s+)(?P<name>{TITLE_SPAN})\s+(?:on\s+)?$"
)
PAIRED_TEXT = 2000  # a sentence, not a page run together
OWNER = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*)?['’]s\s+")
# The hour a dated line ends on, as a page stamps a post: "March 29, 2027 9:21 pm".
POSTED_AT = re.compile(r"\W*\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?\W*$")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
