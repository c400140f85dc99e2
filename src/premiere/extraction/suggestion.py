"""What extraction hands back: the document read, and the suggestions found in it."""

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum

from .gazetteer import Entry, Gazetteer
from .text import normalize_name


@dataclass(frozen=True)
class Document:
    headline: str = ""
    standfirst: str = ""
    body: str = ""
    published: date | None = None
    # What the writer set in italics, as house style sets titles ("*Hollowmere Keep*"): each a
    # title wherever the story names it, when it reads as one.
    emphasized: tuple[str, ...] = ()
    # The story's headings ("### Paper Moons"): a listing's titles when several read as ones.
    headings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.headline, self.standfirst, self.body) if part)


@dataclass
class Subject:
    """What a fact is about: a known entity, or a new title the text introduces."""

    kind: str
    id: int | None = None
    name: str = ""
    subkind: str = ""

    @classmethod
    def of(cls, entry: Entry) -> "Subject":
        return cls(kind=entry.kind, id=entry.id, name=entry.name, subkind=entry.subkind)

    @property
    def key(self) -> tuple:
        return (
            (self.kind, self.id) if self.id is not None else (self.kind, normalize_name(self.name))
        )


class Kind(StrEnum):
    """What a suggestion proposes. New entities come first when a story's facts are applied."""

    NEW_FRANCHISE = "new_franchise"
    NEW_TITLE = "new_title"
    NEW_PERSON = "new_person"
    NEW_COMPANY = "new_company"
    MENTION = "mention"
    RELEASE = "release"
    RELEASE_MOVE = "release_move"
    STATUS = "status"
    CREDIT = "credit"
    PLACEMENT = "placement"
    SOURCE = "source"

    @property
    def is_new_entity(self) -> bool:
        return self.value.startswith("new_")


@dataclass
class Suggestion:
    """One fact found in the text, for an editor to accept, edit or reject."""

    kind: Kind
    subject: Subject | None
    value: dict
    sentence: str
    confidence: float
    change: str = ""  # what accepting it would do, in words; the catalog layer fills it in

    def __post_init__(self):
        self.kind = Kind(self.kind)

    def key(self) -> str:
        """Return a stable identity, so a rejected suggestion is recognised when found again."""
        subject = self.subject.key if self.subject else ()
        fields = ",".join(
            f"{k}={self.value[k]}" for k in sorted(self.value) if k not in ("quote", "confirmed_by")
        )
        return f"{self.kind}|{subject}|{fields}"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["kind"] = str(self.kind)
        data["key"] = self.key()
        return data


# What comes out one country at a time whoever makes it: a cinema's or a shop's date. (A
# channel's date is its channel's country's, whichever paper writes of it; a global
# service's, the world's.)
NATIONAL_MEDIA = frozenset(("theatrical", "theatrical_limited", "physical"))


@dataclass
class Context:
    gazetteer: Gazetteer
    published: date | None
    focus: Subject | None = None
    last_title: Subject | None = None  # the title named last, which "the film" points back at
    just_before: Subject | None = None  # the one title the sentence just before was about
    franchise_id: int | None = None
    market: str = "WW"  # where a date that names no region is for: the story's own market
    cinema_market: bool = False  # the market named by its cinemas ("in U.S. theaters")
    language: str = "en"  # the story's (ISO 639-1): the words it names countries in
    home: str = ""  # the one country whose readers the story's language writes for ("fr": FR)
    new_titles: dict = field(default_factory=dict)
    season_parents: dict = field(default_factory=dict)  # a new season's name -> its show
    first_named: dict = field(default_factory=dict)  # a new title's name -> where it is first
    services: dict = field(default_factory=dict)  # a title's key -> the service a story names
    rights: dict = field(default_factory=dict)  # a title's key -> where its rights were bought
    # The one streaming service a listing's opening names ("New on Netflix", "everything
    # arriving on Netflix"): where its rows stream when a row names none.
    service: tuple = ("", "")
    box_office: bool = False  # a weekend's takings: its films' dates are cinema dates
    kind: str = ""  # "game" in a story about games ("series", "film"): what a new title is
    called: dict = field(default_factory=dict)  # a new title's key -> what the story calls it
    festival: str = ""  # the festival the story named last: "the festival" after it
    festival_countries: dict = field(default_factory=dict)  # a festival's name -> its country
    version: tuple = ()  # (a title's key, (medium, channel)) of "a Switch 2 version" just named
    companies: list = field(default_factory=list)  # the new companies' names, as first given
    people: dict = field(default_factory=dict)  # a credited new person's surname -> full name
    departed: set = field(default_factory=set)  # (person, title key or None) who left a title
    left_title: Subject | None = None  # the title someone left last: whose the newcomer is
    job_changing: str = ""  # the role someone left last ("cast", "director"): who comes in has it
    person: str = ""  # the person the story is about, whom "he" and "she" mean
    company_short: frozenset = frozenset()  # "Northgate" of the "Northgate Pictures" it names
    labels: frozenset = frozenset()  # titles set off as a paragraph's label ("**Owlhaven:**")
    marked: frozenset = frozenset()  # the names the writer set as titles (in italics, headings)
    other_names: dict = field(default_factory=dict)  # a work's other name's key -> the work
    aliases: dict = field(default_factory=dict)  # a work's key -> the other names it was given
    found: list = field(default_factory=list)
    current_text: str = ""
    keys: set = field(default_factory=set)

    def market_for(self, medium: str, subject: Subject | None = None) -> str:
        """Where a date in this medium that names no region is for: the story's market. Where
        the story names none, a cinema or disc date in copy written for one country's readers
        is that country's (a French paper's "sortira le 13 octobre" is the French release), and
        so is a film's date said in no medium; a game's launch or a festival's screening stays
        the world's."""
        if medium == "streaming" and self.cinema_market:
            return "WW"  # "in U.S. theaters before they arrive on the streamer": the world's
        film = subject is not None and (
            subject.subkind == "film" or (subject.subkind == "" and self.kind == "film")
        )
        national = medium in NATIONAL_MEDIA or (medium == "" and film)
        if self.market == "WW" and self.home and national:
            return self.home
        return self.market

    def add(self, suggestion: Suggestion) -> None:
        if (key := suggestion.key()) not in self.keys:
            self.keys.add(key)
            self.found.append(suggestion)


# Most sentences hold no fact of a kind: a check for words every pattern of that kind needs
# lets a rule skip its patterns. Each hint must be present wherever one of its patterns
# matches. Plain substring tests on the lower-cased sentence: a case-insensitive regex
# alternation costs more than all of them together.
class Hint:
    def __init__(self, *words: str):
        self.words = words

    def search(self, text: str) -> bool:
        lower = text.lower()
        return any(word in lower for word in self.words)
