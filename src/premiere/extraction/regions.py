"""Regions: ISO 3166-1 countries (from pycountry, never a hand-kept table) plus "WW" for
worldwide, and how news copy names them ("in the UK", "U.S. theaters", "across Japan")."""

import re
from functools import cache

import pycountry
from babel import Locale
from babel.core import get_global

WORLDWIDE = "WW"
WORLDWIDE_NAME = "Worldwide"

# The country whose readers a story in that language is written for, where it names no market:
# a French, German or Italian paper's cinema and television dates are its own country's.
# Spanish and Portuguese copy is written for several (Mexico, Argentina, Spain; Brazil,
# Portugal), so a date in it names no country by its language alone.
HOME_COUNTRY = {"fr": "FR", "de": "DE", "it": "IT"}

# What the trade press writes that pycountry's names do not say: short forms and the
# adjectives that precede "release", "cinemas" or "audiences".
EXTRA_NAMES = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "British", "England"),
    "US": (
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "America",
        "American",
        "stateside",
        "domestic",
        "domestically",
        "North America",
        "North American",
    ),
    "KR": ("Korea", "Korean", "South Korean"),
    "RU": ("Russia",),
    "TR": ("Turkey",),
    "CZ": ("Czech Republic",),
    "NL": ("Holland", "the Netherlands", "Dutch"),
    "DE": ("German",),
    "FR": ("French",),
    "JP": ("Japanese",),
    "CN": ("Chinese", "mainland China"),
    "IT": ("Italian",),
    "ES": ("Spanish",),
    "AU": ("Australian",),
    "CA": ("Canadian",),
    "IE": ("Irish",),
    "IN": ("Indian",),
    "MX": ("Mexican",),
    "DO": ("Dominican",),  # (not Dominica's, as "Dominica" + "n" would make it)
    "BR": ("Brazilian",),
    "NZ": ("Kiwi",),
}
# How other languages' copy says a country's cinemas by adjective ("in die deutschen Kinos",
# "dans les salles françaises", "en los cines españoles"): CLDR names countries, not these.
LOCAL_ADJECTIVES = {
    "de": {
        "DE": ("deutschen", "deutsche"),
        "AT": ("österreichischen", "österreichische"),
        "CH": ("Schweizer",),
    },
    "fr": {
        "FR": ("françaises", "français", "française"),
        "BE": ("belges",),
        "CH": ("suisses",),
        "CA": ("québécoises", "canadiennes"),
    },
    "es": {
        "ES": ("españoles", "españolas", "española"),
        "MX": ("mexicanos", "mexicanas"),
        "AR": ("argentinos", "argentinas"),
    },
    "it": {"IT": ("italiani", "italiane", "italiana")},
    "pt": {"BR": ("brasileiros", "brasileiras"), "PT": ("portugueses", "portuguesas")},
}
# The world in the other languages copy arrives in ("sortira dans le monde entier le…").
WORLDWIDE_ABROAD = (
    "dans le monde entier",
    "partout dans le monde",
    "weltweit",
    "en todo el mundo",
    "in tutto il mondo",
    "em todo o mundo",
)
# Words that say where by themselves, with no "in" before them.
ADVERBS = {"stateside", "domestically"}
WORLDWIDE_WORDS = (
    "worldwide",
    "globally",
    "internationally",
    "around the world",
    "across the world",
    "around the globe",
    "across the globe",
    "global",
    "rest of the world",
    *WORLDWIDE_ABROAD,
)


def _short_name(country) -> str:
    return getattr(country, "common_name", None) or country.name


@cache
def countries() -> dict[str, str]:
    """Return every ISO code with the name a reader knows it by, A to Z by name."""
    pairs = [(c.alpha_2, _short_name(c)) for c in pycountry.countries]
    return dict(sorted(pairs, key=lambda pair: pair[1]))


def is_region(code: str) -> bool:
    return code == WORLDWIDE or code in countries()


def region_name(code: str) -> str:
    if code == WORLDWIDE:
        return WORLDWIDE_NAME
    return countries().get(code, code)


def region_choices() -> list[tuple[str, str]]:
    """Worldwide first, then every country A to Z: the picker on every form."""
    return [(WORLDWIDE, WORLDWIDE_NAME), *countries().items()]


@cache
def _derived_adjectives() -> dict[str, str]:
    """The adjective English makes of a one-word country name ending in "a" by adding "n"
    ("Nigerian", "Kenyan", "Colombian", "Malaysian"), for the trade's "Nigerian cinemas";
    the irregular ones are in EXTRA_NAMES."""
    derived = {}
    for country in pycountry.countries:
        name = _short_name(country)
        if name.endswith("a") and " " not in name and country.alpha_2 != "AQ":
            derived[name + "n"] = country.alpha_2
    return derived


@cache
def _names() -> dict[str, str]:
    """Every way of writing a country, lower-cased -> code."""
    names = {adjective.lower(): code for adjective, code in _derived_adjectives().items()}
    for country in pycountry.countries:
        for name in {country.name, _short_name(country), getattr(country, "official_name", "")}:
            if name and "," not in name:
                names[name.lower()] = country.alpha_2
    for code, extra in EXTRA_NAMES.items():
        for name in extra:
            names[name.lower()] = code
    return names


@cache
def _pattern() -> re.Pattern:
    # Longest first, so "North America" wins over "America"; case-sensitive on the capitals
    # of short forms ("US", not "us"), case-insensitive for the rest.
    words = sorted(_names(), key=len, reverse=True)
    alternatives = []
    for word in words:
        escaped = re.escape(word)
        if len(word) <= 3 or "." in word:
            original = next(n for n in _all_spellings() if n.lower() == word)
            alternatives.append(f"(?-i:{re.escape(original)})")
        else:
            alternatives.append(escaped)
    return re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


@cache
def _all_spellings() -> tuple[str, ...]:
    spellings = [name for names in EXTRA_NAMES.values() for name in names]
    spellings += list(_derived_adjectives())
    for country in pycountry.countries:
        spellings += [country.name, _short_name(country)]
    return tuple(spellings)


@cache
def _adjectives() -> frozenset[str]:
    countries = {c.name.lower() for c in pycountry.countries}
    countries |= {_short_name(c).lower() for c in pycountry.countries}
    extra = [name for names in EXTRA_NAMES.values() for name in names]
    return frozenset(
        name.lower()
        for name in [*extra, *_derived_adjectives()]
        if re.search(r"(?:an|ish|ese|ch|i)$", name) and name.lower() not in countries
    )


@cache
def _local_adjectives() -> frozenset[str]:
    return frozenset(
        adjective.lower()
        for by_code in LOCAL_ADJECTIVES.values()
        for adjectives in by_code.values()
        for adjective in adjectives
    )


def is_adjective(spelling: str) -> bool:
    """True for "Australian", "British", "Japanese", "deutschen": a market only beside
    "release" or "cinemas"; before "drama" it tells where a show comes from."""
    return spelling.lower() in _adjectives() or spelling.lower() in _local_adjectives()


# Names of more than one country: "North American theaters" are the United States' and
# Canada's (the trade's "domestic" box office).
SEVERAL = {"north america": ("US", "CA"), "north american": ("US", "CA")}
# …and in the languages wire copy uses: "puis fin mars en Amérique du Nord"
LOCAL_SEVERAL = dict.fromkeys(
    (
        "amérique du nord",
        "norteamérica",
        "américa del norte",
        "nordamerika",
        "nord america",
        "nordamerica",
        "américa do norte",
    ),
    ("US", "CA"),
)


def regions_named(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, code) for each country `text` names, left to right; a name of
    several countries gives each of them at the same place."""
    found = []
    for m in _pattern().finditer(text):
        name = m.group(0).lower()
        for code in SEVERAL.get(name, (_names()[name],)):
            found.append((m.start(), m.end(), code))
    return found


@cache
def _local_pattern(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """How a story in `language` names countries ("Deutschland", "España"), from CLDR."""
    codes = countries()
    names = {
        name.lower(): code
        for code, name in Locale.parse(language).territories.items()
        if code in codes and name.lower() not in _names()
    }
    for code, adjectives in LOCAL_ADJECTIVES.get(language, {}).items():
        names.update({adjective.lower(): code for adjective in adjectives})
    words = sorted([*names, *LOCAL_SEVERAL], key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(r"(?<![\w.])(?:" + alternatives + r")(?!\w)", re.IGNORECASE), names


def regions_named_in(text: str, language: str) -> list[tuple[int, int, str]]:
    """Return (start, end, code) for each country `text` names in its own language's words;
    nothing more than `regions_named` for English."""
    found = regions_named(text)
    if language != "en":
        pattern, names = _local_pattern(language)
        for m in pattern.finditer(text):
            name = m.group(0).lower()
            found += [
                (m.start(), m.end(), code) for code in LOCAL_SEVERAL.get(name, (names.get(name),))
            ]
    return sorted(found)


def country_alone(text: str, language: str) -> str:
    """The country the words are and nothing else ("Germany" in a rollout's list), or ""."""
    words = text.strip().rstrip(" :")
    named = regions_named_in(words, language)
    if len(named) == 1 and named[0][0] == 0 and named[0][1] == len(words):
        return named[0][2]
    return ""


def names_worldwide(text: str) -> bool:
    lower = text.lower()
    return any(word in lower for word in WORLDWIDE_WORDS)


@cache
def _subdivision_names() -> frozenset[str]:
    return frozenset(s.name.lower() for s in pycountry.subdivisions)


@cache
def _subdivision_countries() -> dict[str, str]:
    return {s.name.lower(): s.country_code for s in pycountry.subdivisions}


# The cities the trade names that the time-zone database does not ("Mumbai" is its "Calcutta"
# zone's, "L.A." is Los Angeles).
TRADE_CITIES = {"mumbai": "IN", "l.a.": "US", "new york city": "US", "montreal": "CA"}


# The zones named after a city (not the islands and bases of Antarctica, the Indian Ocean and
# the Pacific: "Christmas", "Easter", "Casey", "Midway"), less the cities named like words a
# sentence uses as people's names ("to Victoria", "and Santiago").
CITY_CONTINENTS = {"Africa", "America", "Asia", "Australia", "Europe"}
NOT_CITIES = {"victoria", "regina", "marengo", "mendoza", "santiago"}


@cache
def _cities() -> dict[str, str]:
    """The cities the time-zone database names its zones after, lower-cased -> country
    (CLDR's, through Babel: "Australia/Hobart" is Hobart, Australia's; "America/Chicago"
    Chicago, the United States'), and TRADE_CITIES. A festival's or a limited run's place."""
    cities = {
        zone.split("/")[1].replace("_", " ").lower(): code
        for zone, code in get_global("zone_territories").items()
        if zone.count("/") == 1 and zone.split("/")[0] in CITY_CONTINENTS and len(code) == 2
    }
    return {name: code for name, code in cities.items() if name not in NOT_CITIES} | TRADE_CITIES


PLACE = re.compile(r"\b(?:in|and|&|to)\s+(?P<place>(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})")


def country_of_places(text: str) -> str:
    """The one country the states and cities a text names are in ("in New York and Los
    Angeles": US; "returning to Hobart": AU), or "" when they name none or several."""
    countries = set()
    for match in PLACE.finditer(text):
        name = match.group("place").lower().rstrip(".")  # "returning to Hobart."
        if code := _subdivision_countries().get(name) or _cities().get(name):
            countries.add(code)
    return countries.pop() if len(countries) == 1 else ""


def is_subdivision(name: str) -> bool:
    """True for a state, province or region of a country ("New York", "Ontario"): a place
    someone stars in on stage, not a title."""
    return name.lower() in _subdivision_names()


_PLACES = (
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*"
)
# "bought all rights in North America and the UK to X and will release it in UK cinemas",
# "worldwide rights, excluding France and Belgium": the rights, and the countries left out.
NOT_A_MARKET = re.compile(
    r"\b(?:rights?|distribution)\s+(?:\w+\s+){0,2}?(?:in|for|across|covering)\s+" + _PLACES + r"|"
    r"\b(?:excluding|except(?:\s+(?:in|for))?|outside(?:\s+of)?|apart\s+from|but\s+not\s+in)\s+"
    + _PLACES
)
NOT_A_MARKET_WORDS = ("right", "distribution", "exclud", "except", "outside", "apart", "not in")


def without_other_places(text: str) -> str:
    """`text` with the countries it names only as rights bought or as left out blanked, each
    place kept where it was (offsets into it still hold)."""
    if not any(word in text for word in NOT_A_MARKET_WORDS):
        return text
    return NOT_A_MARKET.sub(lambda match: " " * len(match.group(0)), text)
