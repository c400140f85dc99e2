"""A listing's rows, each a release of its own: "June 7: Ballerina", "- Tide Flats (Netflix, March
3)", "Rookery Lane -- October 19", a field row "When: 9 p.m. on AMC", a country's row. No release
verb says what a row's date is: its cards sit below "Accept all confident" unless the row says."""

import re

from ..dates import Precision
from ..suggestion import Context, Subject, Suggestion
from ..vocabulary import (
    ANY_PLATFORM,
    DESCRIBES_PERSON,
    SERVICE_NAMES,
    TV_CHANNELS,
    media_of,
    regions_of,
)
from ..when import FOREIGN_WEEKDAY_NAME, WEEKDAY_NAME, DateMention
from .history import gone_by, is_history
from .markets import release_value

# "The summer slate includes Disney's Aladdin on May 24, Fox's Dark Phoenix on June 7 and
# Pixar's Toy Story 4 on June 21": titles each followed by its date, with no release verb.
PAIR_GAP = re.compile(r"\s*(?:on|for|[-–:(])?\s*")
PAIRED_LIST = 2  # pairs a sentence needs to be read as a list
ROW_WORDS = 12  # a listing's row, not a sentence of prose
PAIRED_CONFIDENCE = 0.7  # below "Accept all confident": no verb says what the date is


def paired_list(text: str, dates: list[DateMention], located, context: Context) -> bool:
    """Give each title of a list of (title, date) pairs its date; return whether the sentence
    was one."""
    pairs = []
    for date in dates:
        title = located.last_before(date.start)
        if title is None or (pairs and pairs[-1][0] is title):
            continue
        if PAIR_GAP.fullmatch(text, title.end, date.start):
            pairs.append((title, date))
    if len(pairs) < PAIRED_LIST:
        return False
    for title, date in pairs:
        if not (gone_by(date, context) or is_history(text, date)):
            _listed_release(text, title, date, text[title.start : date.end], context)
    return True


def _listed_release(text: str, title, date: DateMention, said: str, context: Context) -> None:
    """A list's date for one of its titles, below "Accept all confident": no release verb
    says what the date is. `said` is the stretch that tells how it comes out."""
    subject = Subject.of(title.entry)
    media = media_of(said, subject)
    if media == [("", "")] and context.service[1]:
        media = [context.service]  # a listing's row under "New on Netflix"
    for medium, channel in media:
        value = release_value(
            date.when, context.market_for(medium, subject), medium, channel, defaulted=True
        )
        score = PAIRED_CONFIDENCE - (0.05 if subject.id is None else 0)
        context.add(Suggestion("release", subject, value, text, score))


# "— Jan. 14: “Criss Angel's Magic” and “World's Funniest Animals,” 8 and 9 p.m. Saturdays":
# a schedule's row, its date first, then what comes back that day.
ROW_DATE_FIRST = re.compile(r"^[\W\d]{0,4}$")
ROW_COLON = re.compile(r"\s*[:–—-]\s")


def dated_row(text: str, dates: list[DateMention], located, context: Context) -> bool:
    """Give a schedule row's date to each title it names; return whether it was one."""
    if len(dates) != 1 or not ROW_DATE_FIRST.match(text[: dates[0].start]):
        return False
    colon = ROW_COLON.match(text, dates[0].end)
    if colon is None or gone_by(dates[0], context):
        return False
    titles = [
        loc
        for loc in located.of_kinds()[1]
        if loc.start >= colon.end() and not DESCRIBES_PERSON.match(text, loc.end)
    ]
    for loc in titles:
        _listed_release(text, loc, dates[0], text, context)
    return bool(titles)


# A listing's row: "“Hollow Row” on Friday, Feb. 27.", "- Tin Lanterns Season 2 on March 6"
ON_ROW_BEFORE = re.compile(r"^[\W\d]{0,6}$")
# ("- Maple & Main (Saison 4) - Dès le mercredi 22 septembre, à 20h": a season's note, a
# dash, "from" and the weekday before the day)
ON_ROW_BETWEEN = re.compile(
    rf"^[\"”’')]?(?:\s*\([^()]{{0,30}}\))?(?:\s+on\s+(?:{WEEKDAY_NAME},?\s+)?|\s*[:–—-]\s*"
    r"(?:(?:dès\s+le|à\s+partir\s+du|from|ab|desde\s+el|dal)\s+)?"
    rf"(?:(?:{WEEKDAY_NAME}|{FOREIGN_WEEKDAY_NAME}),?\s+)?)$",
    re.I,
)
# A row's hour: "8 p.m.", "20h", "9:00 ET"
ROW_HOUR = r"\d{1,2}(?:[:.h]\d\d|h)?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:ET|PT|ET/PT|CT))?"
# A row's platforms after its date: "- Pixel Potager : 22 avril 2027 sur Switch 2 et PC"; or
# its hour: ", 8 p.m.", ", à 20h"
ON_ROW_AFTER = re.compile(
    r"^(?:,?\s*(?:at|à|um|a\s+las|alle)?\s*" + ROW_HOUR + r")?"
    r"\s*(?:(?:sur|on|en|auf|su|for|für|para|per)\s+)?(?:(?:" + ANY_PLATFORM + r")"
    r"(?:\s*(?:,|et|and|y|und|e|&)\s*(?:" + ANY_PLATFORM + r"))*)?[\s.;!\"”)]*$"
)


def on_row(text: str, dates: list[DateMention], located, context: Context) -> bool:
    """Give a row's one title its date when the row is the title, "on", the date and
    nothing else; return whether it was one."""
    titles = located.of_kinds()[1]
    if len(dates) != 1 or len(titles) != 1 or gone_by(dates[0], context):
        return False
    title, date = titles[0], dates[0]
    if not (
        ON_ROW_BEFORE.match(text[: title.start])
        and ON_ROW_BETWEEN.match(text[title.end : date.start])
        and ON_ROW_AFTER.match(text[date.end :])
    ):
        return False
    _listed_release(text, title, date, text, context)
    return True


# A list's item that opens on its title and says where and when in its own words: "- Tempo
# Breaker ira faire un tour uniquement sur PS5, le 23 mars prochain", "- Burrowed heads to PS5
# and Switch 2 too, on April 20".
ITEM_MARK = re.compile(r"^\s*[-•*–]\s+")
ITEM_OPENING = re.compile(r"(?:[A-Za-zÀ-ÿ]+,\s*)?[*_\"“'‘]*")
# What an item says of a title already out, or of something else than its coming: a sale, a
# price, an update, its leaving, its servers, its sales, a finale, an event, the past.
NOT_AN_ARRIVAL = re.compile(
    r"[%$€£]|\b(?:sale|off|free|until|leav\w*|shut\w*|servers?|patch|sold|copies|finale|"
    r"tournament|livestream|appears?|price|discount|removed|delist\w*|expires?|ends?|was|were|"
    r"launched|released|came|had|jusqu\w*|gratuit\w*|promo\w*|soldes|hasta|gratis|rebaj\w*|"
    r"mise\s+à\s+jour|actualizaci\w+|aggiornamento|updates?)\b",
    re.I,
)


def platform_item(text: str, dates: list[DateMention], located, context: Context) -> bool:
    """Give a list item's title the one day it names with a platform or a service, whatever
    the verb; return whether it was one."""
    titles = located.of_kinds()[1]
    if (
        len(dates) != 1
        or len(titles) != 1
        or dates[0].when.precision != Precision.DAY
        or gone_by(dates[0], context)
        or (mark := ITEM_MARK.match(text)) is None
        # (after a word that joins the items at most: "- Enfin, Sea of Brine montrera…")
        or not ITEM_OPENING.fullmatch(text, mark.end(), titles[0].start)
        or media_of(text, Subject.of(titles[0].entry))[0][1] == ""
        or NOT_AN_ARRIVAL.search(text)
        or regions_of(text, context.language)  # its own country: the rules that read it
    ):
        return False
    _listed_release(text, titles[0], dates[0], text, context)
    return True


# A listing's row told by its fields, in any order: "„Im Namen der Beweise“, Staffel 1, ab
# 5. Mai, Netflix", "April 20, *Deadbolt* (Crestline Home Entertainment)". One title, one
# date, and nothing else but what a row carries: a season's number, a weekday, an hour, the
# services, channels or platforms, a short note in brackets, and the words that join them.
ROW_BLURB = re.compile(r"\s[-–—]\s+(?=[A-Z])")
ROW_BRACKETS = re.compile(r"\([^()]{0,45}\)|\[[^\[\]]{0,45}\]")
ROW_FIELDS = re.compile(
    r"(?:" + ANY_PLATFORM + r"|" + SERVICE_NAMES + r"|" + TV_CHANNELS + r")(?![\w+])"
    r"|\b(?:season|series|saison|staffel|temporada|stagione|part|vol\.?|volume)\s+\d{1,2}\b"
    r"|\bS\d{1,2}\b"
    r"|\b" + ROW_HOUR + r"(?=\W|$)"
    r"|\b\d{1,2}/\d{1,2}\s*c\b"
    rf"|\b{WEEKDAY_NAME}s?\b|\b(?:{FOREIGN_WEEKDAY_NAME})\b"
    r"|\b(?:on|from|ab|dès|le|à|partir|du|desde|el|dal|il|am|at|um|uhr|a|las|alle|only|and|et|"
    r"und|y|e|&|exclusively|exclusivement|in\s+(?:theaters|theatres|cinemas))\b",
    re.I,
)


def field_row(text: str, dates: list[DateMention], located, context: Context) -> bool:
    """Give a row's one title its date when the row holds nothing but a listing's fields;
    return whether it was one."""
    titles = located.of_kinds()[1]
    if len(dates) != 1 or len(titles) != 1 or gone_by(dates[0], context):
        return False
    title, date = titles[0], dates[0]
    first, second = sorted(((title.start, title.end), (date.start, date.end)))
    # ("**April 20, *Deadbolt* (Crestline)** – Six strangers answer an ad…": the row, then
    # its blurb after a dash)
    blurb = ROW_BLURB.search(text, second[1])
    row_end = blurb.start() if blurb else len(text)
    if len(text[:row_end].split()) > ROW_WORDS + 4:
        return False
    rest = text[: first[0]] + " | " + text[first[1] : second[0]] + " | " + text[second[1] : row_end]
    rest = ROW_FIELDS.sub(" ", ROW_BRACKETS.sub(" ", rest))
    if any(c.isalnum() for c in rest):
        return False
    _listed_release(text, title, date, text, context)
    return True


# ("Wednesday, 25th August in Belgium, Denmark and the United Kingdom; Thursday, 26th…": a
# rollout's parts, each a day and its countries)
REGION_ROW = re.compile(r"^\W*(?P<date>[^:]{3,30}?)(?::|\s+in(?=\s))\s*(?P<places>[^:]+)$")


def region_row(text: str, dates: list[DateMention], context: Context) -> bool:
    """A row of a table of dates by country, under the title the story is about: "May 31:
    Canada, Finland, Ireland". Return whether the sentence was one."""
    row = REGION_ROW.match(text)
    if row is None or len(dates) != 1 or dates[0].end > row.end("date") + 1:
        return False
    regions = regions_of(": " + row.group("places"), context.language)
    subject = context.last_title or context.focus
    if not regions or subject is None or gone_by(dates[0], context):
        return False
    for region in regions:
        value = release_value(dates[0].when, region)
        context.add(Suggestion("release", subject, value, text, 0.7))
    return True
