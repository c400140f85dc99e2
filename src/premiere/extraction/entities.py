"""Which catalog entity each name in a sentence means, and what the story is about."""

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from .gazetteer import Entry, Gazetteer, Mention
from .suggestion import Context, Subject
from .text import COMPANY_WORD, Sentence

WINDOW = 60
FRANCHISE_CONTEXT = re.compile(
    r"^\s*(franchise|universe|saga|series|world|films|movies|games|timeline|verse)\b", re.I
)


CHARACTER_CONTEXT = re.compile(
    r"\b(as|plays|played|playing|portrays|portrayed|portraying|character|role\s+of)\s*$", re.I
)

# "as" that compares or lists, not a role: "the same day as X", "such as X", "as well as X".
COMPARISON_AS = re.compile(
    r"\b(?:same\s+(?:day|date|weekend|week|month|slot)|such|as\s+well|as\s+\w+|known)\s+as\s*$",
    re.I,
)


# Words before a name that make it the film rather than the universe: "the original John Wick".
TITLE_CONTEXT = re.compile(
    r"\b(?:original|first|film|movie|(?:19|20)\d\d\s+(?:film|movie))\s*$", re.I
)


def choose_entry(mention: Mention, sentence_text: str, local_start: int) -> Entry | None:
    """Pick the entity a name means here: "the John Wick franchise" is the franchise, "as John
    Wick" or "played John Wick" is a character (no entity), "the original John Wick" is the
    film; a bare name shared by a franchise and a title is the franchise."""
    # The words just around the name decide; a window keeps this linear in sentence length.
    before = sentence_text[max(0, local_start - WINDOW) : local_start]
    end = local_start + len(mention.surface)
    after = sentence_text[end : end + WINDOW]
    kinds = {entry.kind for entry in mention.candidates}
    if (
        CHARACTER_CONTEXT.search(before)
        and "person" not in kinds
        and not COMPARISON_AS.search(before)
    ):
        return None
    if "franchise" in kinds and FRANCHISE_CONTEXT.search(after):
        return next(e for e in mention.candidates if e.kind == "franchise")
    title_first = "title" in kinds and bool(TITLE_CONTEXT.search(before))
    order = {"title": 0, "person": 1, "company": 2, "franchise": 3}
    ranked = sorted(
        mention.candidates,
        key=lambda e: (
            order.get(e.kind, 9),
            e.release_rank if e.release_rank is not None else 10**9,
        ),
    )
    if "franchise" in kinds and "title" in kinds and not title_first:
        # A bare franchise name ("John Wick") most often means the universe in news copy.
        return next(e for e in ranked if e.kind == "franchise")
    return ranked[0] if ranked else None


@dataclass
class Located:
    entry: Entry
    start: int  # in the sentence
    end: int = 0

    def __post_init__(self):
        self.end = self.end or self.start + len(self.entry.name)


class Names(list):
    """The entities one sentence names, left to right, with lookups by position that cost a
    binary search: a rule asks "which title is nearest?" for every date and credit it sees."""

    def __init__(self, items=()):
        super().__init__(items)
        self._kinds: dict[tuple, tuple[list[int], list[Located]]] = {}

    def of_kinds(self, kinds: tuple = ("title",)) -> tuple[list[int], list[Located]]:
        if kinds not in self._kinds:
            chosen = [loc for loc in self if loc.entry.kind in kinds]
            self._kinds[kinds] = ([loc.start for loc in chosen], chosen)
        return self._kinds[kinds]

    def last_before(self, position: int, kinds: tuple = ("title",)) -> Located | None:
        starts, chosen = self.of_kinds(kinds)
        at = bisect_right(starts, position)
        return chosen[at - 1] if at else None

    def first_after(self, position: int, kinds: tuple = ("title",)) -> Located | None:
        starts, chosen = self.of_kinds(kinds)
        at = bisect_right(starts, position)
        return chosen[at] if at < len(chosen) else None


# An aside about something else, between commas: "Directed by Oona Castellane, whose debut
# feature Paper Lanterns screened in 2022, The Salt Orchard follows…".
# (", best known for The Long Quiet,", ", fresh off X,", ", the star of X,": what someone
# did before, not what the sentence is about)
ASIDE_OPENS = re.compile(
    r",\s+(?:whose|who|which|where|(?:best\s+|perhaps\s+|also\s+)?known\s+for|fresh\s+off|"
    r"last\s+seen\s+in|(?:the\s+)?(?:star|director|writer|creator|co-creator)\s+of)\s"
)
# The words one of those asides cannot open without: asked before the pattern, on each sentence.
ASIDE_WORDS = (", wh", "known", "fresh", "seen", "star", "director", "writer", "creator")
ASIDE_REACH = 200


def in_aside(text: str, position: int) -> bool:
    """True when `position` lies in a relative clause opened after a comma and not yet closed
    by the next one: what it names is the aside's, not the sentence's subject."""
    low = max(0, position - ASIDE_REACH)
    opened = max((m.end() for m in ASIDE_OPENS.finditer(text, low, position)), default=None)
    return opened is not None and "," not in text[opened:position]


def outside_asides(text: str, located: Names) -> Names:
    """The sentence's names less those in an aside (the same list when there is none)."""
    if not any(word in text for word in ASIDE_WORDS):
        return located
    return Names([loc for loc in located if not in_aside(text, loc.start)])


# A title named to place another or someone in time, not what the sentence tells of: "the
# first Brandt picture since The Quiet Year back in 2019", "taking The Salt Road's old spot",
# "a sequel to Cinder Gate", "from the makers of Glasshouse", "Sofia Lindqvist (Low Tide)".
PASSING_BEFORE = re.compile(
    r"(?:\b(?:since|(?:sequel|prequel|follow-?up|successor)\s+to|spin-?off\s+(?:of|from)|"
    # ("her first movie since 2022's Tidewater": the year's work, before this one)
    r"(?:makers?|creators?|studio|team|director|writer|star)\s+(?:of|behind))\s+"
    r"(?:the\s+|(?:19|20)\d\d['’]s\s+)?|"
    r"\b[A-Z][\w'’-]+\s+\((?:[^()]{0,60}[,;]\s*)?|"
    # where someone comes from: "…will see Toby Ngo, from the ABC's much-loved documentary
    # series Walking Home, make his acting debut"
    r"\b[A-Z][\w'’-]+,\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:series|show|sitcom|drama|comedy|film|movie)\s+)[\"“*‘']?$"
)
PASSING_AFTER = re.compile(
    r"[\"”*’']?(?:['’]s\s+(?:old|former|previous|original|vacated|abandoned|empty)\s+"
    r"(?:[\w,]+\s+){0,4}?(?:spot|slot|date|release\s+date|berth|weekend)\b|"
    # ("takes over The Copper Saint's March 12 slot": a slot is the one who had it)
    r"['’]s\s+(?:[\w,]+\s+){0,4}?(?:slot|berth)\b|\s+back\s+in\s+(?:19|20)\d\d\b)"
)
PASSING_WORDS = (
    "since",
    " to ",
    " of ",
    "behind",
    "(",
    "old",
    "former",
    "previous",
    "origin",
    "vacat",
    "abandon",
    "empty",
    "back in",
    ", from ",
)


def not_in_passing(text: str, located: Names) -> Names:
    """The sentence's names less the titles it names only in passing (the same list when it
    names none that way)."""
    if not any(word in text for word in PASSING_WORDS):
        return located
    kept = Names()
    for loc in located:
        if loc.entry.kind == "title" and _in_passing(text, loc, located):
            continue
        kept.append(loc)
    return kept if len(kept) < len(located) else located


def _in_passing(text: str, loc: Located, located: Names) -> bool:
    if PASSING_AFTER.match(text, loc.end):
        return True
    before = PASSING_BEFORE.search(text, max(0, loc.start - 80), loc.start)
    if before is None:
        return False
    if "(" not in before.group(0):
        return True
    # "Sofia Lindqvist (Low Tide)": someone's earlier work; "Pale Harvest (Blanche Moisson)"
    # is the title before it under another name
    # (the title before the bracket, not one inside it: "Keisuke Oribe (Moonlit Relay, Paper
    # Crane Brigade)" lists two of his)
    earlier = located.last_before(before.start() + before.group(0).index("("))
    return (earlier is None or earlier.end < before.start()) and bool(
        re.match(r"[\"”*’']?\s*[);,]", text[loc.end : loc.end + 3])
    )


# A known name that begins a company's: "Ironvale Studios" is not the Ironvale franchise.
COMPANY_AFTER = re.compile(rf"\s+{COMPANY_WORD}\b")


def company_names(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The known names a story uses as the start of a company's ("Ironvale Studios"): there,
    "Ironvale's calendar" is the company's too, not the franchise's."""
    return frozenset(
        mention.surface.casefold()
        for mention in gazetteer.mentions(text)
        if COMPANY_AFTER.match(text, mention.end)
        and any(entry.kind != "company" for entry in mention.candidates)
    )


def entities_in(
    sentence: Sentence, gazetteer: Gazetteer, companies: frozenset[str] = frozenset()
) -> Names:
    located = Names()
    for mention in gazetteer.mentions(sentence.text):
        if mention.surface.casefold() in companies:
            continue
        entry = choose_entry(mention, sentence.text, mention.start)
        if entry is not None and not _in_lower_case(mention.surface, entry):
            located.append(Located(entry, mention.start, mention.end))
    return located


def _in_lower_case(surface: str, entry) -> bool:
    """True when the text writes in lower case a word the title capitalises after its first:
    "keep the Gullrock light in 1962" is a lighthouse, not the film The Gullrock Light."""
    if entry.kind != "title":
        return False
    # From the end: a name matched without its "The" still lines up word for word.
    written, named = surface.split()[::-1], entry.name.split()[1:][::-1]
    return any(
        word[:1].isupper() and said[:1].islower() and said.lower() == word.lower()
        for said, word in zip(written, named, strict=False)
    )


def subject_near(
    located: Names,
    position: int,
    context: Context,
    kinds=("title",),
    refer_back=None,
    adjacent: bool = True,
) -> Subject | None:
    """Return the title named closest before `position`, else the first after, else the
    article's focus (for "the film", "it"). With `refer_back` (a pattern), the title spoken of
    last only when the sentence says so, else the one title of the sentence just before:
    "Director James Cameron announced…" alone is about no title."""
    found = located.last_before(position, kinds) or located.first_after(-1, kinds)
    if found:
        return Subject.of(found.entry)
    for name, subject in context.new_titles.items():
        if name in context.current_text:
            return subject
    if refer_back is not None and not refer_back.search(context.current_text):
        # "John Wick 5 is back on the table. Chad Stahelski will direct.": the one title of
        # the sentence just before; never the story's title from paragraphs away.
        return context.just_before if adjacent else None
    return context.last_title or context.focus if refer_back is not None else context.focus


def focus_of(
    parts: list[tuple[int, int]], read: list[tuple[Sentence, list[Located]]], gazetteer: Gazetteer
) -> tuple[Subject | None, int | None]:
    """Return the title the article is about (most named in the headline, then the text) and
    the franchise it belongs to. `parts` are the (end offset, weight) of headline, standfirst
    and body in the document text."""
    counts: Counter = Counter()
    for sentence, located in read:
        weight = next((w for end, w in parts if sentence.start < end), 1)
        for loc in located:
            if loc.entry.id is not None:
                counts[(loc.entry.kind, loc.entry.id)] += weight
    titles = [(n, key) for key, n in counts.items() if key[0] == "title"]
    franchises = [(n, key) for key, n in counts.items() if key[0] == "franchise"]
    focus = gazetteer.get(*max(titles)[1]) if titles else None
    franchise_id = (
        focus.franchise_id
        if focus and focus.franchise_id
        else (max(franchises)[1][1] if franchises else None)
    )
    return (Subject.of(focus) if focus else None), franchise_id
