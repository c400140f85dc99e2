"""Cast and crew: "starring Ana de Armas", "directed by Len Wiseman"."""

import re

from ..entities import subject_near
from ..suggestion import Context, Subject, Suggestion
from ..text import NAME, Sentence, trim_name

_NAMES = rf"(?P<names>{NAME}(?:\s*,\s*{NAME})*(?:,?\s+and\s+{NAME})?)"


CREDIT_PATTERNS = [
    (
        re.compile(
            r"\b(?i:starring|stars|star|co-starring|featuring|with\s+a\s+cast\s+led\s+by)\s+"
            rf"{_NAMES}"
        ),
        "cast",
    ),
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:stars|will\s+star|is\s+set\s+to\s+star)\s+(?:as|in)|"
            r"(?:is\s+)?attached\s+to\s+star|"
            r"(?:has\s+)?(?:joined|joins|is\s+joining)\s+the\s+cast)\b"
        ),
        "cast",
    ),
    (re.compile(rf"\b(?i:directed\s+by|director|filmmaker)\s+{_NAMES}"), "director"),
    (
        # "Elena Voss directed the drama", but not "Ballerina directed by …".
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:will\s+)?(?:direct|directs|is\s+directing)|"
            r"directed(?!\s+by)|(?:is\s+)?attached\s+to\s+direct)\b"
        ),
        "director",
    ),
    (
        re.compile(
            r"\b(?i:written(?:\s+and\s+directed)?\s+by|(?:screenplay|script)\s+(?:is\s+)?by|"
            rf"screenwriters?|writers?|scribe|penned\s+by)\s+{_NAMES}"
        ),
        "writer",
    ),
    (
        re.compile(
            rf"(?P<names>{NAME}),\s+(?:one\s+of\s+(?:its|the\s+film's|the)\s+)?"
            r"(?:screenwriters?|writers?)\b"
        ),
        "writer",
    ),
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:will\s+)?(?:write|writes)|(?:is\s+)?writing|wrote)\b"
        ),
        "writer",
    ),
    (re.compile(rf"\b(?i:produced\s+by|producer)\s+{_NAMES}"), "producer"),
    (
        re.compile(
            rf"(?P<names>{NAME})\s+(?:(?:will\s+)?(?:produce|produces)|(?:is\s+)?producing)\b"
        ),
        "producer",
    ),
    (re.compile(rf"\b(?i:composer|score\s+by|music\s+by)\s+{_NAMES}"), "composer"),
    # "with Mara Ellison directing", "with Tom Holland starring": the role after the name.
    (re.compile(rf"\b(?i:with)\s+{_NAMES}\s+(?:directing|at\s+the\s+helm)\b"), "director"),
    (re.compile(rf"\b(?i:with)\s+{_NAMES}\s+(?:writing|scripting)\b"), "writer"),
    (re.compile(rf"\b(?i:with)\s+{_NAMES}\s+(?:starring|on\s+board\s+to\s+star)\b"), "cast"),
    (re.compile(rf"\b(?i:created\s+by|creator)\s+{_NAMES}"), "creator"),
]


# The word each credit pattern cannot match without (lower case), so a sentence is only run
# through the patterns that can match it: the name-first patterns are costly to try.
CREDIT_KEYS = [
    ("star", "featur", "cast led"),
    ("star", "cast"),
    ("direct", "filmmaker"),
    ("direct",),
    ("writ", "script", "screenplay", "scribe", "penned"),
    ("writer",),
    ("writ", "wrote"),
    ("produc",),
    ("produc",),
    ("compos", "score", "music"),
    ("directing", "helm"),
    ("writing", "scripting"),
    ("starring", "star"),
    ("creat",),
]


assert len(CREDIT_KEYS) == len(CREDIT_PATTERNS)


NOT_PEOPLE = {
    "The",
    "This",
    "That",
    "It",
    "He",
    "She",
    "They",
    "A",
    "An",
    "In",
    "On",
    "And",
    "But",
    "John Wick",
    "Reeves",
}


def _people(names: str) -> list[str]:
    parts = re.split(r"\s*,\s*|\s+and\s+", names)
    names = [trim_name(p.strip()) for p in parts if p.strip()]
    return [name for name in names if name not in NOT_PEOPLE]


def credit_rules(sentence: Sentence, located, context: Context):
    text = sentence.text
    lower = text.lower()
    for (pattern, role), keys in zip(CREDIT_PATTERNS, CREDIT_KEYS, strict=True):
        if not any(key in lower for key in keys):
            continue
        for match in pattern.finditer(text):
            subject = subject_near(located, match.start(), context)
            if subject is None:
                continue
            for name in _people(match.group("names")):
                entries = context.gazetteer.lookup(name)
                known = [e for e in entries if e.kind == "person"]
                if entries and not known:
                    continue  # "Northlight Pictures producing" names a company, not a person
                if known:
                    person = Subject.of(known[0])
                elif len(name.split()) >= 2:
                    person = Subject(kind="person", name=name)
                else:
                    continue  # a lone surname is too weak to create a person from
                context.add(
                    Suggestion(
                        "credit",
                        subject,
                        {
                            "role": role,
                            "person": person.name,
                            "person_id": person.id,
                        },
                        text,
                        0.85 if known else 0.65,
                    )
                )
