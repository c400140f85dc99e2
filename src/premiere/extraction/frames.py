"""Frames: the period a roundup's opening announces, for the titles its prose then presents.

"June is full of juicy new seasons of your favorite shows", "BBC One unveils drama slate for
2019", "New to Theatres This Weekend": the opening names one period, and the paragraphs that
follow walk through what comes out in it, a title a sentence, none with a date of its own
("Tom Holland trades in his webs for some shaggy hair in The Crowded Room over on Apple TV+").
Each title so presented gets the frame's period, below the line "Accept all confident" takes:
the editor confirms each one.
"""

import re

from .entities import Names
from .roundups import NOT_RELEASES, RELEASE_CUE, ROUNDUP_NOUN
from .rules.releases import MOVE
from .suggestion import Context, Subject, Suggestion
from .text import Sentence
from .vocabulary import confidence_word, media_of, retrospective
from .when import DateMention, find_dates

# What a roundup's opening says besides a release word: a month "full of" new seasons, a
# channel that "unveils" its slate.
FRAME_CUE = re.compile(r"\b(?:full\s+of|plenty\s+of|unveil\w*|brings?|new)\b", re.I)
FRAME_NOUN = re.compile(r"\b(?:slate|line-?up)\b", re.I)
# "June is full of …", "July brings …": the month the sentence is about.
MONTH_SUBJECT = re.compile(
    r"^(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?:is|brings|will\s+bring|has)\b"
)
# A title named as a comparison or a source is not what comes out: "from the makers of X",
# "reprises her role from X", "bigger than X".
NOT_PRESENTED = re.compile(
    r"\b(?:from|like|than|since|before|after|behind|of|follow-?up\s+to|sequel\s+to)\s+(?:the\s+)?$",
    re.I,
)
# Nor is a title that describes someone: "Bodyguard star Keeley Hawes", "Euphoria's Sam
# Levinson", "Life Is Strange developer Dontnod".
DESCRIBES_SOMEONE = re.compile(
    r"\s*(?:'s\b|’s\b|(?:co-?)?stars?\b|writers?\b|directors?\b|creators?\b|developers?\b|"
    r"producers?\b|actor\b|actress\b|alum\w*|veteran\b|fame\b)",
    re.I,
)
# An opening about what is awaited, or a week's range ("August 23-29"), gives no one period.
NOT_A_FRAME = re.compile(r"\b(?:anticipated|trailers?|rumou?r\w*)\b", re.I)
# A date the opening looks back to is no frame: "(back in May)", "originally set for".
LOOKS_BACK = re.compile(r"\b(?:back\s+in|originally|earlier|previously|last)\s+(?:\w+\s+)?$", re.I)
# "Netflix's first Indian series makes its debut on Friday, the first of a slate": the date is
# one title's, whatever the sentence says of the others.
ONE_TITLE_S = re.compile(
    r"\bits\s+(?:\w+\s+)?(?:(?:debut|premiere|bow|launch|release)\s+(?:on\s+)?)?$", re.I
)
QUOTE_OPENS = re.compile(r"[\"'“‘][A-Z0-9]")  # a quoted title: the story is about it
RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")
# What a sentence says of a title that is not its coming out: "Holby City celebrates its 20th
# anniversary".
NOT_NEWS = re.compile(r"\b(?:anniversary|celebrat\w+)\b", re.I)
# A schedule's row for what is on the air already, or is no work: "Hollow Point PD (new time
# slot)", "Kestrel Thursday Night Football".
ON_THE_AIR_ALREADY = re.compile(
    r"\b(?:time\s*slot|encore|reruns?|repeats?|marathon|football|basketball|baseball|hockey|"
    r"soccer|NFL|NBA|MLB|NHL|news(?:cast)?|late\s+local)\b",
    re.I,
)
OPENING_SENTENCES = 2  # the headline and the first sentence
CONFIDENCE = 0.5


def frame_of(
    opening: list[tuple[Sentence, Names]], published
) -> tuple[DateMention, Sentence] | None:
    """The one period a roundup's opening announces and the sentence saying it, or None for
    any other story: one about a title ("'Merry Christmas' to debut in theatres on Dec 8")
    has no frame."""
    for sentence, located in opening[:OPENING_SENTENCES]:
        text = sentence.text
        if subject := MONTH_SUBJECT.match(text):
            text = f"in {subject.group('month')}{text[subject.end('month') :]}"
        dates = [d for d in find_dates(text, published) if not d.when.is_tba]
        if len(dates) != 1 or NOT_RELEASES.search(text) or NOT_A_FRAME.search(text):
            continue
        date = dates[0]
        if RANGE_AFTER.match(text, date.end) or LOOKS_BACK.search(text[: date.start]):
            continue
        before = text[: date.start]
        if ONE_TITLE_S.search(before):
            continue
        if any(loc.start < date.start for loc in located.of_kinds()[1]) or QUOTE_OPENS.search(
            before
        ):
            continue
        cue = RELEASE_CUE.search(text) or FRAME_CUE.search(text)
        # In lower case: "Xbox Series X" lists nothing.
        noun = ROUNDUP_NOUN.search(text) or FRAME_NOUN.search(text)
        if cue and noun and noun.group(0).islower():
            return date, sentence
    return None


class Frame:
    """Collects the titles a framed roundup presents, then dates those left without one."""

    def __init__(self, frame: tuple[DateMention, Sentence], context: Context):
        self.frame, self.said = frame
        self.after = self.said.start + len(self.said.text)  # titles named before are not in it
        self.context = context
        self.presented: dict[tuple, tuple[Subject, str]] = {}  # by title, first sentence

    def read(self, sentence: Sentence, located: Names, dates: list[DateMention]) -> None:
        text = sentence.text
        if sentence.start < self.after:
            return
        if dates or retrospective(text, self.context.published) or _moves(text):
            return  # a sentence with its own date, or a move, is the release rules' to read
        if NOT_NEWS.search(text) or ON_THE_AIR_ALREADY.search(text):
            return  # an anniversary; "(new time slot)", "(encore)", a game broadcast
        for loc in located.of_kinds()[1]:
            if NOT_PRESENTED.search(text[max(0, loc.start - 20) : loc.start]):
                continue
            if DESCRIBES_SOMEONE.match(text, loc.end):
                continue
            subject = Subject.of(loc.entry)
            self.presented.setdefault(subject.key, (subject, text))

    def finish(self) -> None:
        dated = {s.subject.key for s in self.context.found if s.kind in ("release", "release_move")}
        when = self.frame.when
        for key, (subject, text) in self.presented.items():
            if key in dated:
                continue
            for medium, channel in media_of(text, subject):
                value = {
                    "date": when.canonical(),
                    "display": str(when),
                    "region": self.context.market_for(medium, subject),
                    "medium": medium,
                    "channel": channel,
                    "confidence": confidence_word(text),
                }
                # What supports it: the opening's period, then the sentence presenting it.
                supported = f"{self.said.text}\n{text}"
                self.context.add(Suggestion("release", subject, value, supported, CONFIDENCE))


def _moves(text: str) -> bool:
    """A date moved ("pushed to the fall"), not a show's move to another channel ("will make
    its move to BBC One"): the noun after "its" or "a" is no date's move."""
    return any(
        not re.search(r"\b(?:its|a|the|their)\s+$", text[max(0, m.start() - 8) : m.start()])
        for m in MOVE.finditer(text)
    )
