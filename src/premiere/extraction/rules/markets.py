"""Where and how a date is for: the countries its clause names (one, a list, a city's country),
the medium and the platforms, one market per clause when a sentence gives several ("in the UK on
ITV1 on January 9 and on FX on February 2"), and the value a release card carries."""

import re

from ..dates import FuzzyDate
from ..regions import WORLDWIDE, country_of_places, regions_named_in, without_other_places
from ..suggestion import Hint, Subject
from ..vocabulary import (
    CHANNEL_COUNTRY,
    CHANNELS_ABROAD,
    FESTIVAL_COUNTRY,
    SERVICE_COUNTRY,
    SHARED_CHANNELS,
    media_of,
    region_of,
    regions_of,
)
from ..when import DateMention
from .clauses import REGION_GAP, clause_around, date_clauses


def media_for(text: str, date: DateMention, subject: Subject, alone: bool):
    """How a date's release comes out: said in its own clause, else in the sentence when the
    sentence is about this title alone ("opens in theaters on March 12, while Lanternfish
    arrives on Netflix": Netflix is not the first title's)."""
    if alone:
        # "Ember Road is out now on PC, and the PS5 version follows on October 2": PC is not
        # the date's; nor is the PS5 of "on April 30, with a PS5 version following later",
        # nor the Switch 2 of "Delayed to March 2028, Switch 2 Version Slips Further"
        if "ersi" in text or "Fassung" in text:  # (first: the date's place is the sentence's)
            text = OTHER_VERSION.sub(
                lambda m: m.group(0) if m.start() <= date.start < m.end() else " ", text
            )
        text = FOLLOWING_LATER.sub(" ", OUT_NOW_ON.sub(" ", text))
        return media_of(_without_other_platforms(text), subject)
    return media_of(_without_other_platforms(clause_around(text, date.start)), subject)


def _without_other_platforms(text: str) -> str:
    return NOT_THE_DATES.sub(" ", text) if NOT_THE_DATES_HINT.search(text) else text


# Platforms a sentence names that the date is not for: the one it has been exclusive to, the
# versions already out ("with the existing PS5, Xbox and PC versions"), one there will be
# none of ("no Xbox version is in development").
NOT_THE_DATES = re.compile(
    r"\b(?:has\s+been\s+|was\s+|is\s+|a\s+(?:timed\s+)?)?exclusive\s+to\s+[^,;]+|"
    r"\b(?:existing|current|original|already[- ]released)\s+(?:[^;.]{0,80}?)"
    r"(?:versions?|editions?|ports?|players|releases?)\b|"
    r"\bno\s+(?:[^,;.]{0,30}?)(?:version|port|edition|release|plans?)\b|"
    r"\bnot\s+(?:be\s+)?(?:coming|launching|releasing|released|arriving|available)\s+"
    r"(?:to|on|for)\s+[^,;.]+|"
    # "arrives April 20, skips PS4", "but only on PS5" (what it is not on), "a Switch 2
    # version is in development but has no date yet"
    r"\b(?:skip(?:s|ping)?|skipped|except(?:\s+on)?|excluding|minus|but\s+not(?:\s+on)?)\s+"
    r"(?:the\s+)?[^,;.]{1,40}|"
    r"\b(?:a|an|the)\s+[^,;.]{0,30}?\b(?:version|port|edition)\s+is\s+(?:in\s+development|"
    r"being\s+(?:looked\s+at|considered|explored)|planned|in\s+the\s+works)[^,;.]*",
    re.I,
)
NOT_THE_DATES_HINT = Hint(
    "exclusive",
    "existing",
    "current",
    "original",
    "released",
    "no ",
    "not ",
    "skip",
    "except",
    "excluding",
    "minus",
    "version",
    "port",
    "edition",
)


# A clause about one version of the game, set off from the rest: not the version the rest's
# date is for.
# ("PS5, PC (la version Switch 2 suivra le 25 juin)": the bracket is the other version's,
# not the PC before it)
OTHER_VERSION = re.compile(
    r"[,;:–—(]\s*(?:but\s+|while\s+|and\s+|pero\s+|mais\s+|aber\s+|ma\s+)?(?:the\s+|its\s+|a\s+|"
    r"la\s+|le\s+|die\s+)?[^,;.:–—(]{0,40}?\b(?:[Vv]ersi[oó]n[e]?|Fassung|versão)\b[^,;.:–—]*"
)
FOLLOWING_LATER = re.compile(
    r"(?<!\s),?\s{1,3}(?:with|and)\s+(?:a|an|the)\s+[^,;]{0,40}?\b(?:version|port|edition|release|build)\s+"
    r"(?:following|to\s+follow|coming|arriving|(?:pencil+ed|planned|due|slated|scheduled)\s+(?:in\s+)?"
    r"for)\s+(?:later|afterwards?|down\s+the\s+line)\b[^,;]*|"
    # "…on January 26; Xbox and PC must wait a year": those left waiting, no day of theirs said
    r"[^,;.:]{0,40}\b(?:must|will\s+have\s+to|have\s+to|need\s+to)\s+wait(?:\s+(?:a\s+(?:year|"
    r"while|little\s+longer)|(?:several\s+|a\s+few\s+)?months|longer|until\s+(?:next\s+year|later)))?"
    r"\s*[.!]?\s*$",
    re.I,
)
OUT_NOW_ON = re.compile(
    r"\b(?:is|are)\s+(?:out|available|playable)\s+(?:now|already|today)\s+on\s+[^,;]+", re.I
)


def regions_for(text: str, date: DateMention, language: str = "en") -> list[str]:
    """The regions named for a date: in its own clause, else before it in the sentence ("In the
    UK, it opens on June 7"); a region in another clause is another market's."""
    clause = _market_words(clause_around(text, date.start))
    before = _market_words(re.split(r"[;]", text[: date.start])[-1])
    found = regions_of(clause, language) or regions_of(before, language)
    if len(found) <= 1 and (run := _region_run(text, date, language)):
        return run  # "…starting April 10 in the United States, Canada and Australia"
    if not found and (country := _limited_release_country(clause)):
        return [country]
    if (
        not found
        and (cities := CITIES_AFTER.match(text, date.end))
        and OPENS_BEFORE.search(text, max(0, date.start - 60), date.start)
    ):
        # "will open on Dec. 25 in New York and Los Angeles": a platform release, there
        return [country] if (country := country_of_places(cities.group(0))) else []
    return found


# (where a film opens, not where it is shot: "kick off production in the spring in Budapest")
OPENS_BEFORE = re.compile(
    r"\b(?:open|opens|opening|debut\w*|bows?|play\w*|premier\w*|releas\w*|arriv\w*|land\w*|"
    r"hits?|dated|slated|set|scheduled|due|theat(?:er|re)s)\b[^.;]{0,40}$",
    re.I,
)
# The cities a day is for, straight after it: "on Dec. 25 in New York and Los Angeles".
CITIES_AFTER = re.compile(
    r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"(?:(?:,\s*|\s+and\s+|\s*&\s*)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})*"
)


def _limited_release_country(clause: str) -> str:
    """ "in limited release in New York and Los Angeles": the US."""
    if "limited" not in clause and "select" not in clause:
        return ""
    return country_of_places(clause) if media_of(clause, None)[0][0] == LIMITED else ""


REGION_RUN_OPENS = re.compile(r"\s*(?:,\s*)?(?:in|across|en|au|aux|im)\s+(?:the\s+|l['’])?")


def _region_run(text: str, date: DateMention, language: str) -> list[str]:
    """The countries listed just after a date ("in the US, Canada, the UK and Australia"),
    which the date's clause, ending at the first comma, cuts to one."""
    opens = REGION_RUN_OPENS.match(text, date.end)
    if opens is None:
        return []
    window = text[opens.end() : opens.end() + 300]
    runs = _country_runs(window, regions_named_in(window, language))
    return runs[0][1] if runs and runs[0][0] == 0 else []


def _country_runs(text: str, named: list[tuple[int, int, str]]) -> list[tuple[int, list[str]]]:
    """The countries `text` lists together ("the UK, France and Germany"), run by run: each
    run's start and its codes, from the (start, end, code) of each country named."""
    runs, at = [], None
    for start, end, code in named:
        # (a name of several countries gives each at the same place: one run, "North America")
        if at is None or (start >= at and not REGION_GAP.fullmatch(text[at:start])):
            runs.append((start, []))
        if code not in runs[-1][1]:
            runs[-1][1].append(code)
        at = end
    return runs


# Where a title is made is not where it opens: "will soon begin filming in Colombia with the
# series premiering in all Netflix territories in early 2015".
def _market_words(text: str) -> str:
    """The words of `text` that may say where a date is for: not where the title is made, the
    rights someone bought or the countries left out."""
    return without_other_places(MADE_IN_PLACE.sub(" ", text))


MADE_IN_PLACE = re.compile(
    r"\b(?:film(?:ing|ed)|shoot(?:ing)?|shot|production|set|based)\s+(?:\w+\s+)?in\s+"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
)


EDITION = re.compile(r"\b(?:version|edition|port)\b", re.I)


OPENS_FIRST = re.compile(r"\b(?:opens?|opening|bows?|debuts?)\b", re.I)


def markets_of(
    text: str, dates: list[DateMention], subject: Subject, market: str, language: str = "en"
) -> list | None:
    """Return (date, region, media) per date when each clause names its own market ("on
    digital on May 23, with the Blu-ray on June 13"), else None. A clause that names no
    region or medium takes its neighbour's (the one before it first), unless a national
    broadcaster says otherwise; a clause left without a country is its broadcaster's."""
    clauses = date_clauses(text, dates)
    regions = [
        region_of(clause, language) or _limited_release_country(clause) for clause in clauses
    ]
    media = [media_of(clause, subject) for clause in clauses]
    # A festival's premiere is a release of its own: its medium is no other clause's, and
    # another clause's country is not its ("premiere at Cannes in May, ahead of a UK release
    # on June 11")
    festival = [m[0][0] == PREMIERE for m in media]
    if subject.subkind in ("", "film") and any(m[0][0] == "streaming" for m in media):
        # "opens on December 15 and streams from December 22": a film that opens before it
        # streams opens in cinemas
        media = [
            [(THEATRICAL, "")] if m == [("", "")] and OPENS_FIRST.search(clause) else m
            for m, clause in zip(media, clauses, strict=True)
        ]
    homes = [_broadcaster_home(m) for m in media]

    def carries(values: list, index: int, source: int) -> bool:
        """Whether clause `source`'s region or medium goes on into clause `index`."""
        if festival[index] != festival[source]:
            return False
        if values is regions:
            # a national broadcaster's clause is its country's, not the clause before it's:
            # "in the UK on ITV1 on January 9 and on FX on February 2"
            return not homes[index] or homes[index] == values[source]
        # a broadcaster is not the medium of a clause in another country ("October 7 on TV
        # Tokyo; Netflix worldwide from October 14"), nor a platform that of a version the
        # next clause names (not "arrives February 26, Switch 2 version later in 2027")
        return not (homes[source] and regions[index] not in ("", homes[source])) and not (
            source == index + 1 and EDITION.search(clauses[source])
        )

    for values, empty in ((regions, ""), (media, [("", "")])):
        for index in range(1, len(values)):
            if values[index] == empty and carries(values, index, index - 1):
                values[index] = values[index - 1]
        for index in range(len(values) - 2, -1, -1):
            if values[index] == empty and carries(values, index, index + 1):
                values[index] = values[index + 1]
    markets = [(region, tuple(m)) for region, m in zip(regions, media, strict=True)]
    if len(set(markets)) < len(markets):
        return None
    # (a clause no country is named for is its national broadcaster's country's)
    return [
        (d, region or home or (WORLDWIDE if at_festival else market), list(m))
        for d, (region, m), home, at_festival in zip(dates, markets, homes, festival, strict=True)
    ]


def _broadcaster_home(media: list[tuple[str, str]]) -> str:
    """The one country of the national channels a clause names, if it names only those (not
    a brand on the air in many countries, nor a name two countries' channels share)."""
    homes = {
        CHANNEL_COUNTRY.get(channel, "")
        if medium == "tv" and channel not in CHANNELS_ABROAD and channel not in SHARED_CHANNELS
        else ""
        for medium, channel in media
    }
    return homes.pop() if len(homes) == 1 else ""


def release_value(
    when: FuzzyDate,
    region: str,
    medium: str = "",
    channel: str = "",
    confidence="reported",
    defaulted: bool = False,
) -> dict:
    """A release suggestion's value: the date (and its words), where and how it comes out.
    A broadcaster's air date with no country said is its own country's ("on NBC"); a date on
    a service sold in one country is that country's ("on Hulu", "on Stan") where the text
    names no other: the region `defaulted` to the story's market does not count ("Channel 4
    and Hulu line up new drama": Hulu's date is still American; "on Hulu in Japan" is Japan's)."""
    if medium == "tv" and region == WORLDWIDE:
        region = CHANNEL_COUNTRY.get(channel, region)
    elif medium == "streaming" and (region == WORLDWIDE or defaulted):
        region = SERVICE_COUNTRY.get(channel, region)
    elif medium == PREMIERE and channel in FESTIVAL_COUNTRY:
        region = FESTIVAL_COUNTRY[channel]  # "its world premiere at Venice": Italy's
    return {
        "date": when.canonical(),
        "display": str(when),
        "region": region,
        "medium": medium,
        "channel": channel,
        "confidence": confidence,
    }


# "is the New York premiere of", "has its world premiere in Telluride, Colorado"
PLACE_PREMIERE = re.compile(r"\b(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+premiere\b")


def premiere_place(text: str, media) -> list[str]:
    """A festival premiere's country, told by its city or state, where no country is."""
    if not media or media[0][0] != PREMIERE or media[0][1] in FESTIVAL_COUNTRY:
        return []
    if (place := PLACE_PREMIERE.search(text)) and (
        country := country_of_places(f"in {place['place']}")
    ):
        return [country]
    return [country] if (country := country_of_places(text)) else []


def bought_for(regions: list[str], rights: list[str] | None) -> list[str]:
    """A clause that names no country keeps to where its rights were bought (all of them)."""
    return rights if rights and regions == rights[:1] else regions


# A part of the world a date is for that is no country: "in Europe", "l'Europe attendra".
CONTINENT = re.compile(
    r"\b(?:Europe|European|Europa|l['’]Europe|Asia|Asian|Asie|Latin\s+America|Amérique\s+latine|"
    r"Latinoamérica|the\s+rest\s+of\s+the\s+world|the\s+West|l['’]Occident|EMEA|APAC|LATAM)\b"
)


def a_continent_s(text: str, when: DateMention, language: str) -> bool:
    """True when a date's own clause names a part of the world and no country."""
    clause = clause_around(text, when.start)
    return bool(CONTINENT.search(clause)) and not regions_named_in(clause, language)


def all_regions(text: str, when: DateMention, since: int, region: str, language: str):
    """The regions a date's stretch lists (from the last date, or the last "while", to it),
    when the one read for it is among them: "in the UK, France and Germany on March 26"."""
    start = max([since, *(m.end() for m in STRETCH_OPENS.finditer(text, since, when.start))])
    stretch = text[start : when.end]
    given = set(regions_of(stretch, language))  # (its countries named as a market)
    named = [each for each in regions_named_in(stretch, language) if each[2] in given]
    run = next((run for _, run in _country_runs(stretch, named) if region in run), [region])
    if run == [region] and region in (after := _region_run(text, when, language)):
        return after  # "on June 8, 2027 in Japan, the United States and Canada"
    return run


STRETCH_OPENS = re.compile(r";|\bwhile\b|\bwhereas\b|,\s+but\b|\.\s")


PREMIERE = "premiere"  # the medium of a festival screening
THEATRICAL, LIMITED = "theatrical", "theatrical_limited"


UNSURE = 0.75  # below "Accept all confident": for an editor to take one by one
