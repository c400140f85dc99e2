"""Which kinds of release a reader can choose to hear about, and which kind a release is.

A reader thinks in "the cinema", "when I can stream it", "the disc", "on my console"; the
catalog stores a medium and, for streaming and games, a channel (Release.Medium, `channel`).
The table below maps one onto the other. Each game platform is its own kind ("platform:ps5"),
named after the catalog's channel, so a PS5 player is not told about the Switch 2 date.
"""

from premiere.catalog.models import Release

Medium = Release.Medium

THEATRICAL = "theatrical"
DIGITAL = "digital"
PHYSICAL = "physical"
TV = "tv"
PREMIERE = "premiere"
PLATFORM_PREFIX = "platform:"

# Release.Medium -> the kind a reader chooses. Limited runs count as theatrical; buying or
# renting a download and a streaming debut are both "digital" to a reader; festival and red
# carpet premieres are their own kind (the issue: "the streaming debut, not the premiere").
MEDIUM_TYPES = {
    Medium.PREMIERE: PREMIERE,
    Medium.THEATRICAL_LIMITED: THEATRICAL,
    Medium.THEATRICAL: THEATRICAL,
    Medium.DIGITAL: DIGITAL,
    Medium.STREAMING: DIGITAL,
    Medium.PHYSICAL: PHYSICAL,
    Medium.TV: TV,
}

# The kinds every follow offers, in the order the form lists them.
LABELS = {
    THEATRICAL: "Cinemas (wide and limited)",
    DIGITAL: "Digital and streaming",
    PHYSICAL: "Physical (disc)",
    TV: "TV broadcast",
    PREMIERE: "Premieres and festivals",
}


def platform_key(channel: str) -> str:
    """Return the kind for a game platform: "platform:ps5" for "PS5"."""
    return PLATFORM_PREFIX + " ".join(channel.split()).casefold()


def release_type(medium: str, channel: str = "") -> str:
    """Return the kind of a release, as a follow's `release_types` lists it."""
    if medium == Medium.PLATFORM:
        return platform_key(channel)
    return MEDIUM_TYPES[Medium(medium)]


def is_known(kind: str) -> bool:
    return kind in LABELS or (kind.startswith(PLATFORM_PREFIX) and len(kind) > len(PLATFORM_PREFIX))


def choices(platforms=()) -> list[tuple[str, str]]:
    """Return the (kind, label) pairs a form offers: the media, then each game platform."""
    seen, platform_choices = set(), []
    for channel in platforms:
        key = platform_key(channel)
        if key not in seen:
            seen.add(key)
            platform_choices.append((key, f"Games on {channel}"))
    return list(LABELS.items()) + sorted(platform_choices, key=lambda pair: pair[1].casefold())


def label(kind: str) -> str:
    if kind.startswith(PLATFORM_PREFIX):
        return f"Games on {kind.removeprefix(PLATFORM_PREFIX)}"
    return LABELS.get(kind, kind)
