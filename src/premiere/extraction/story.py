"""What a story as a whole says, read once before its sentences: the country's market it
covers, the streaming service a listing is about, the person it is about, the companies it
names in full, whether it is a weekend's box office in dollars."""

import re

from .entities import Names
from .gazetteer import Gazetteer
from .language import language_names
from .regions import (
    is_adjective,
    names_worldwide,
    regions_named,
    regions_named_in,
    without_other_places,
)
from .text import COMPANY_WORD, NAME, Sentence
from .vocabulary import (
    BROADCASTER,
    CHANNEL_COUNTRY,
    PLATFORM_KEYS,
    SERVICE_NAMES,
    STREAMER_NAMES,
    STREAMER_PATTERN,
    WORLDWIDE,
    channel_name,
    media_of,
)

# Where a story says a title is made or set is not where it opens.
MADE_IN = re.compile(
    r"\b(?:film(?:ing|ed)|shoot(?:ing)?|shot|production|set\s+in|based\s+in)\b", re.I
)
# A company the story names in full: "Northgate Pictures" makes "Northgate has moved it" the
# company's doing, not a title's.
COMPANY_NAMED = re.compile(rf"\b(?P<short>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?)\s+{COMPANY_WORD}\b")
# "No UK release for now": a country the story says is not its market.
NONE_BEFORE = re.compile(r"\b(?:no|without)\s+$", re.I)
# "in South Africa", "across Japan", "UK Cinema Releases": a country as the story's market.
# Other languages' prepositions only count in a story written in them ("en France", "in
# Deutschland"): "no UK release" is not about the UK's market.
MARKET_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?$", re.I)
MARKET_BEFORE_ABROAD = re.compile(r"\b(?:en|au|aux|in|nel|nella|em|no|na)\s+$", re.I)
# A distributor's national arm: "Orbe Pictures México compartió el calendario", "Halberd
# Films UK has dated…": the slate it shares is that country's.
NATIONAL_ARM = re.compile(rf"\b[A-Z][\w&'’-]*\s+{COMPANY_WORD}\s+$")
MARKET_AFTER = re.compile(
    # ("takes UK rights to the drama": a distributor's market; "this week's list of U.S.
    # limited releases")
    # (not "Korean new releases", where they come from)
    r"\s+(?:(?:limited|wide|theatrical)\s+)?"
    r"(?:cinemas?|theat(?:er|re)s?|releases?|release\s+dates?|box\s+office|streaming|"
    r"rights|distributor|distribution)\b",
    re.I,
)
# After a country's adjective, the trade's own nouns say so too: "given release dates by Indian
# film producers", "its lineup of Canadian series" (but "USA Network" is a channel's name).
TRADE_AFTER = re.compile(
    r"\s+(?:film\s+|movie\s+|tv\s+|television\s+)?(?:producers|distributors|audiences|"
    r"viewers|series|screens|networks?|broadcasters?|industry|calendar)\b",
    re.I,
)


# A headline about someone: "Harlan Dufresne, character actor of …, dies at 84", "Actor
# Mira Okafor on her new film".
PERSON_HEADLINE = re.compile(
    rf"^(?P<name>{NAME}),\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:actor|actress|star|director|"
    r"filmmaker|comedian|performer)\b|"
    rf"^(?:Actor|Actress|Star|Director|Filmmaker)\s+(?P<after>{NAME})|"
    # an interview's: "Ines Kowalczyk on 'The Quiet Cartographer' and taking her time"
    r"^(?P<on>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:on|talks|discusses|reflects|opens\s+up)\b"
)


def person_of(headline: str, read: list, gazetteer: Gazetteer) -> str:
    """The person a story is about, whom its "he" and "she" mean: the one its headline names
    as who they are, or the one known person it names."""
    if match := PERSON_HEADLINE.match(headline):
        return match.group("name") or match.group("after") or match.group("on")
    people = {
        loc.entry.name
        for sentence, located in read
        if sentence.start < len(headline)
        for loc in located
        if loc.entry.kind == "person"
    }
    return people.pop() if len(people) == 1 else ""


def companies_named(text: str) -> frozenset[str]:
    """The short names of the companies a story names in full: "Northgate" of "Northgate
    Pictures"."""
    return frozenset(match.group("short") for match in COMPANY_NAMED.finditer(text))


def is_box_office(opening: list[tuple[Sentence, Names]]) -> bool:
    return any(BOX_OFFICE.search(sentence.text) for sentence, _ in opening)


def domestic_takings(text: str) -> bool:
    """Dollars, and no word of the world or another country's market: "a $28 million start"
    in a weekend preview is North America's box office, whose openings are American."""
    return "$" in text and not names_worldwide(text) and not DOMESTIC_ELSEWHERE.search(text)


# Takings counted in another market's words: "£4 million", "UK box office", "in China".
DOMESTIC_ELSEWHERE = re.compile(r"[£€¥₹]|\b(?:UK|U\.K\.|China|Chinese|Japan|India|Korea)\b")
# A story about a weekend's takings: "Weekend box office", "grossed $21 million".
BOX_OFFICE = re.compile(
    r"\b(?:box\s+office|box-office|grossed|opening\s+weekend|weekend\s+estimates|"
    r"weekend\s+(?:takings|receipts|chart))\b",
    re.I,
)


# What a games story says where it opens: two of these and no word of the screen make the
# titles it names games ("Everything announced at the Northlight Games Showcase … Release
# windows from today's stream"), not films; "The Hunger Games" alone is one word of them.
GAME_SIGNS = re.compile(
    r"\b(?:games?|gaming|gamers?|gameplay|showcase|playstation|ps[45]|xbox|nintendo|"
    r"switch\s+2|steam|early\s+access|dlc|developer|publisher|console|pc|"
    r"jeux?\s+vidéo|videojuegos?|videogiochi|videospiele?|rollenspiel|éditeur|studio\s+de\s+jeux|"
    r"rpg|jrpg|jeu|juego|gioco|démo|demo)\b",
    re.I,
)
# …and a television story's: "Hulu renews Copperline for a third season", "the showrunner".
SHOW_SIGNS = re.compile(
    r"\b(?:seasons?|series(?!\s+X)|episodes?|showrunners?|renew(?:s|ed|als?)|cancel+(?:s|ed|ation)|"
    r"sitcoms?|docuseries|miniseries|spin-?offs?|networks?|broadcasters?|primetime|finale|"
    r"streamers?|k-?dramas?|"
    r"box\s?sets?|anime|simulcasts?|broadcast|shows|"
    # and abroad: "saison", "Staffel", "temporada", "stagione", "épisodes", "Folgen"
    r"saisons?|séries?|épisodes?|staffeln?|folgen|serien?|temporadas?|episodios|stagion[ei]|"
    r"chaîne|sender)\b",
    re.I,
)
FILM_SIGNS = re.compile(
    r"\b(?:film|films|movie|movies|cinemas?|theaters?|theatres?|box\s+office|feature|"
    r"sequel|documentary|cinéma|kino|kinos|película|cine|salles)\b",
    re.I,
)
SCREEN_SIGNS = re.compile(
    r"\b(?:film|movie|cinemas?|theaters?|theatres?|box\s+office|series|season|episodes?|"
    r"showrunner|streaming|adaptation|trailer\s+for\s+the\s+film)\b",
    re.I,
)


def kind_of_story(opening: list[tuple[Sentence, Names]]) -> str:
    """ "game" when the story's opening is about games only, "series" when about television
    only, "film" when about films only, else "" (the titles' own words and the catalog say
    what each is)."""
    text = " ".join(sentence.text for sentence, _ in opening)
    games = {match.group(0).lower() for match in GAME_SIGNS.finditer(text)}
    if len(games) >= 2 and not SCREEN_SIGNS.search(text):
        return "game"
    shows = {match.group(0).lower().rstrip("s") for match in SHOW_SIGNS.finditer(text)}
    films = FILM_SIGNS.search(text)
    if len(shows) >= 2 and not films and len(games) < 2:
        return "series"
    if films and not games and not shows:
        return "film"
    return ""


def service_of(opening: list[tuple[Sentence, Names]]) -> tuple:
    """The one streaming service a story's headline and first sentences say it is about, as
    a listing opens ("New on Netflix: …", "Here is everything arriving on Netflix"); none when
    they name two."""
    named = {
        STREAMER_NAMES[match.group("service")]
        for sentence, _ in opening
        for pattern in (STREAMER_PATTERN, NEW_AT)
        for match in pattern.finditer(sentence.text)
    }
    if not named:
        # A service no list here knows, as a listing's opening names it: "Everything coming
        # to Lumenstream in January" (not a country, a platform or a month).
        for sentence, _ in opening:
            for match in ARRIVING_ON.finditer(sentence.text):
                name = match.group("service")
                platform = any(k in name.lower() for keys in PLATFORM_KEYS.values() for k in keys)
                if not (platform or regions_named_in(name, "en") or media_of(name, None)[0][0]):
                    named.add(name)
    return ("streaming", named.pop()) if len(named) == 1 else ("", "")


# A listing's opening abroad: "Neu bei Netflix: Die besten Serien und Filme im Dezember" (not
# every "bei Hulu", which may be where a show ran before: "lief bereits im März bei Hulu").
NEW_AT = re.compile(r"\b(?i:neu|neue[nrs]?)\s+bei\s+(?P<service>" + SERVICE_NAMES + r")(?![\w+])")
ARRIVING_ON = re.compile(
    r"\b(?i:everything|what's|whats|all|titles?|shows?|movies?|films?)\s+(?i:coming|arriving|"
    r"new|streaming|landing|headed|heading)\s+(?i:to|on)\s+(?P<service>[A-Z][\w+]*\+?)"
    r"(?=\s+(?i:in|this|next)\b|\s*[:,.]|$)"
)


# An American broadcast schedule's hours ("all times ET/PT", "Mondays at 9/8c": the hour in
# the East, then in the Central zone); not "told ET", the show, nor a streamer's global drop
# "at 12 a.m. PT".
US_TIME_ZONES = re.compile(
    r"\b(?:ET/PT|PT/ET|times\s+(?:are\s+)?(?:ET|PT|Eastern|Pacific))\b"
    r"|\b\d{1,2}(?::\d\d)?/\d{1,2}(?::\d\d)?c\b"
)


def market_of(
    opening: list[tuple[Sentence, Names]], text: str, language: str = "en", box_office=False
) -> str:
    """The one country a story's headline and first sentence say it is about ("This Week's UK
    Cinema Releases", "it's autumn in South Africa, which means…", "in Deutschland"): its
    dates that name no region are that country's. Where they name none, an American
    schedule's hours anywhere ("all times Eastern") or a weekend's takings in dollars make it
    the United States'. Worldwide otherwise, and never from a title's own name ("Greenland")
    or where something is filmed. A story in another language names countries in that
    language's words."""
    market = _named_market(opening, language)
    if market == "WW" and (note := ALL_DATES_NOTE.search(text)):
        # "All dates are for North American release.": the story says whose dates it lists
        named = regions_named(note.group("where") or note.group("place"))
        market = named[0][2] if named else market
    if market == "WW":
        homes = {CHANNEL_COUNTRY.get(name, "") for name in broadcasters_of(opening)}
        if len(homes) == 1 and (home := homes.pop()):
            return home  # "CBC Television kicks off its fall season": the schedule is Canada's
    if market == "WW" and US_TIME_ZONES.search(text):
        return "US"
    # (a weekend's takings are read where the story opens: a later paragraph on how a film
    # did in Britain does not make the weekend's openings British or the world's)
    lead = " ".join(sentence.text for sentence, _ in opening)
    if market == "WW" and box_office and domestic_takings(lead):
        return "US"
    return market


# Cinemas a country's name or adjective comes before: "limited release in U.S. theaters".
CINEMAS_AFTER = re.compile(
    r"\s+(?:cinemas?|theat(?:er|re)s?|multiplexes|box\s+office|screens)\b", re.I
)


def market_of_cinemas(
    opening: list[tuple[Sentence, Names]], market: str, language: str = "en", box_office=False
) -> bool:
    """True when the story's market is a country's cinemas ("Netflix has slated eight films
    for limited release in U.S. theaters before they arrive on the streamer"), its film
    industry or a weekend's takings: where its films open, not where a service sold the world
    over streams them."""
    if market == "WW":
        return False
    if box_office or any(FILM_INDUSTRY.search(sentence.text) for sentence, _ in opening):
        return True  # (a weekend's takings; "as Bollywood gears up": its cinemas)
    return any(
        code == market and CINEMAS_AFTER.match(sentence.text, end)
        for sentence, _ in opening
        for _start, end, code in regions_named_in(sentence.text, language)
    )


def broadcasters_of(opening: list[tuple[Sentence, Names]]) -> set[str]:
    """The channels a story opens on as its subject ("CBC Television has set its fall
    schedule"), none when it names a streamer there: its schedule's, and their country its
    market."""
    text = " ".join(sentence.text for sentence, _ in opening)
    if STREAMER_PATTERN.search(text):
        return set()
    return {channel_name(match["channel"]) for match in BROADCASTER.finditer(text)}


ALL_DATES_NOTE = re.compile(
    r"\b(?:all|these|the\s+above)\s+(?:release\s+)?dates\s+(?:listed\s+)?(?:are|refer\s+to)\s+"
    r"(?:for\s+|in\s+)?(?:the\s+)?(?P<where>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    # "this list covers what's coming to Netflix in the US. Other regions will differ."
    r"|\b(?:this|the)\s+list\s+(?:covers|is\s+for|shows)\b[^.]{0,60}?\bin\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)",
    re.I,
)
# A market told as coming before or after the story's own: "In Japan it arrives two weeks
# later", "In Giappone arriverà due settimane dopo", "the PlayStation Store lists an earlier date
# in the US".
ANOTHER_MARKETS_TURN = re.compile(
    r"\b(?:later|earlier|afterwards|dopo|prima|después|antes|plus\s+tard|plus\s+tôt|später|"
    r"früher|will\s+(?:have\s+to\s+)?wait|must\s+wait|attendra|esperar[áa]n?|warten)\b",
    re.I,
)


# A country's film industry by the name its trade press gives it: "as Bollywood gears up",
# "a rewarding year for Hindi cinema", "Nollywood's biggest December".
FILM_INDUSTRY = re.compile(
    r"\b(?:(?P<IN>Bollywood|Tollywood|Kollywood|Mollywood|Sandalwood|"
    r"(?:Hindi|Telugu|Tamil|Malayalam|Kannada|Marathi|Bengali|Punjabi)\s+"
    r"(?:cinema|films?|movies?|film\s+industry))|(?P<NG>Nollywood))\b"
)


def _named_market(opening: list[tuple[Sentence, Names]], language: str) -> str:
    named = set()
    before = MARKET_BEFORE if language == "en" else MARKET_BEFORE_ABROAD
    for sentence, located in opening:
        text = without_other_places(sentence.text)
        if MADE_IN.search(text) or ANOTHER_MARKETS_TURN.search(text):
            continue  # ("In Giappone arriverà due settimane dopo": a market after the story's)
        if WORLDWIDE.search(text):
            named.add("WW")  # "launches worldwide on March 9. In Japan, …": the world's story
        if US_TIME_ZONES.search(text):
            named.add("US")  # "all times ET/PT": an American schedule
        if industry := FILM_INDUSTRY.search(text):
            named.add(industry.lastgroup)  # "as Bollywood gears up": India's cinemas
        for start, end, code in regions_named_in(text, language):
            if any(loc.start <= start < loc.end for loc in located):
                continue  # a title named like a country is not one
            trade = is_adjective(text[start:end]) and TRADE_AFTER.match(text, end)
            if language == "en" and NONE_BEFORE.search(text, max(0, start - 8), start):
                continue  # "No UK release for now" (not "no Brasil", in Brazil): not its market
            if (
                MARKET_AFTER.match(text, end)
                or trade
                or NATIONAL_ARM.search(text[max(0, start - 40) : start])
                or (
                    before.search(text[max(0, start - 20) : start])
                    and text[start:end].lower() not in language_names()  # "in Japanese"
                )
            ):
                named.add(code)
    return named.pop() if len(named) == 1 else "WW"
