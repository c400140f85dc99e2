"""The outlet a story credits: "Source | Collider", "according to Variety"."""

import re

from ..suggestion import Context, Hint, Suggestion
from ..text import NAME, Sentence, trim_name
from ..title_names import COMPANY_SUFFIX
from ..vocabulary import PLATFORM_PATTERNS, STREAMER_NAMES
from .credits import NOT_PEOPLE

SOURCE_PATTERNS = [
    re.compile(rf"^\s*Source\s*[|:]\s*(?P<name>{NAME})"),
    re.compile(
        r"\b(?i:according\s+to|as\s+reported\s+by|reported\s+by|first\s+reported\s+by|"
        r"via|per|confirmed\s+to|told|speaking\s+to|in\s+an\s+interview\s+with)\s+"
        rf"(?P<name>{NAME})"
    ),
]


OUTLET_HINT = re.compile(
    r"\b(Collider|Variety|Deadline|IGN|Empire|Polygon|Eurogamer|"
    r"The Hollywood Reporter|Screen Rant|Kotaku|GameSpot|Total Film)\b"
)


SOURCE_HINT = Hint(
    "source",
    "according",
    "reported",
    "via",
    "per",
    "confirmed",
    "told",
    "speaking",
    "interview",
)


def _sold_there(name: str) -> bool:
    """A store, service or platform: "via Steam", "via Netflix", "via the eShop"."""
    if name in STREAMER_NAMES:
        return True
    lower = name.lower()
    return lower in STORES or any(pattern.fullmatch(name) for pattern, _ in PLATFORM_PATTERNS)


def _maker(name: str, context: Context) -> bool:
    """A company behind a work, not an outlet reporting on it: by its name's last word, or
    one the story names as its maker, or a platform's maker."""
    return (
        bool(COMPANY_SUFFIX.search(name))
        or name in context.companies
        or name in context.company_short
        or name in PLATFORM_MAKERS
    )


PLATFORM_MAKERS = {"Apple", "Amazon", "Sony", "Microsoft", "Nintendo", "Google", "Valve", "Meta"}
STORES = {"steam", "epic games store", "epic", "gog", "the eshop", "eshop", "itch.io", "game pass"}


def source_rules(sentence: Sentence, context: Context):
    if not SOURCE_HINT.search(sentence.text):
        return
    for pattern in SOURCE_PATTERNS:
        for match in pattern.finditer(sentence.text):
            name = trim_name(match.group("name").strip())
            if name in NOT_PEOPLE or _sold_there(name):
                continue  # "arrives first on PC via Steam": where it is sold, not who said so
            known = context.gazetteer.lookup(name)
            if any(e.kind in ("person", "company") for e in known):
                continue  # "according to Shay Hatten" quotes a person, not an outlet
            if _maker(name, context):
                continue  # "according to Apple", "per Northlight Pictures": who made it said so
            looks_like_outlet = bool(
                OUTLET_HINT.fullmatch(name)
            ) or sentence.text.lstrip().lower().startswith("source")
            context.add(
                Suggestion(
                    "source", None, {"name": name}, sentence.text, 0.9 if looks_like_outlet else 0.6
                )
            )
