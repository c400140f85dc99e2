"""Cast and crew: "starring Ana de Armas", "directed by Len Wiseman"."""

import re

from ..entities import in_aside, not_in_passing, outside_asides, subject_near
from ..suggestion import Context, Hint, Subject, Suggestion
from ..text import NAME, Sentence, normalize_name, trim_name
from ..title_names import COMPANY_SUFFIX, NOT_TITLES
from ..when import MONTH_NAMES, WEEKDAY_NAME
from .credit_patterns import CLAUSE_NAMES, CREDIT_PATTERNS, NAMES, WHO
from .releases import REFERS_BACK

# A director of something other than the film, just before "director": the festival's, the
# studio's creative one, the casting one.
# A festival's jury and its other posts: what someone is named to, not a film they made.
JURY_DUTY = re.compile(
    r"[^.;]{0,40}?\b(?:named|appointed|chosen|tapped|set|will\s+serve|serves|to\s+serve|will\s+"
    r"(?:preside|head|lead|chair))\b[^.;]{0,40}?\b(?:jury|juries|jurors?)\b",
    re.I,
)
OTHER_DIRECTOR = re.compile(
    r"\b(?:festival|artistic|creative|casting|managing|executive|art|music|programm?(?:e|ing)|"
    r"general|marketing|editorial|technical|animation|game|narrative|design|content|sales|"
    r"communications?|studio|company|network|photography|original|former|ex-|first\s+game's|"
    r"original\s+game's)\s+$",
    re.I,
)


# A listing's label line: "Director: Colin Trevorrow", "Cast: Chris Pratt, Bryce Dallas Howard".
LABELS = {
    "director": "director",
    "directors": "director",
    "directed by": "director",
    "cast": "cast",
    "starring": "cast",
    "stars": "cast",
    "voice cast": "cast",
    "writer": "writer",
    "writers": "writer",
    "written by": "writer",
    "screenplay": "writer",
    "screenplay by": "writer",
    "creator": "creator",
    "creators": "creator",
    "created by": "creator",
    "producer": "producer",
    "producers": "producer",
    "composer": "composer",
    "music": "composer",
    "music by": "composer",
}
# A cast list's row: a name, then the part ("- Haruka Mizushiro as Tsumugi Arakawa").
CAST_ROW = re.compile(rf"^\s*[-•*]\s+(?P<names>{NAME})\s+as\s+(?:the\s+)?[A-Z][^.;]{{0,60}}$")
LABEL_LINE = re.compile(
    r"^\W*(?P<label>"
    + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True))
    # ("Writer-director Cole Amara also wrote…": a compound, not a label and its names)
    + r")(?:\s*[:|]|\s+[–-])\s*(?P<names>.+)$",
    re.IGNORECASE,
)
# A person's possessive just before a title, and a star's "starrer".
# What a film is called by its maker's name: "Tomas Eriksen's drama", "Rafael Ostrowski's
# black-and-white family saga".
_FILM_KIND = (
    r"(?:film|feature|drama|comedy|thriller|documentary|debut|movie|rom-com|horror|doc|pic|"
    r"biopic|western|satire|saga|epic|chiller|musical|anthology|noir|caper|fable|portrait|"
    r"romance|mystery)"
)
OWNER = re.compile(
    rf"(?P<names>{NAME})['’]s\s+(?P<kind>(?:[\w-]+\s+){{0,5}}?{_FILM_KIND})?[\s\"“]*$"
)
# Festival copy names a film by its director ("Alice Lowe's Timestalker"); elsewhere the
# possessive as often belongs to a star ("Adam Sandler's Hustle"), so it is read only there.
OWNER_AFTER = re.compile(
    rf"[\"”,]{{0,3}}\s+(?P<names>{NAME})['’]s\s+(?:[\w-]+\s+){{0,4}}?{_FILM_KIND}\b"
)
OWNED_KIND = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,5}}?{_FILM_KIND}\b", re.I)
# What a screen work is adapted from, named after its title: the possessive is its author's.
SOURCE_WORK = re.compile(
    r"\s+(?:light\s+)?(?:manga|novels?|books?|comics?|graphic\s+novels?|memoir|webtoon)\b", re.I
)
FESTIVAL_WORDS = re.compile(r"\b(?:festival|premieres?|line-?up|selections?|competition)\b", re.I)
STARRER = re.compile(rf"(?P<names>{NAME})\s+starrer\s+$")

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


# "Oscar-winning", "Emmy Award-winner", "Academy Award nominee": a description, not the name.
ACCOLADE = re.compile(r"^(?:[\w'’]+[\s-]){1,3}?(?:winning|winner|nominated|nominee)\s+", re.I)
# "Director Mara Ellison will direct": the job before a name, capitalised at a sentence's start.
JOB = re.compile(
    r"^(?:(?:Star|Actor|Actress|Director|Filmmaker|Writer|Screenwriter|Producer|Composer|"
    r"Creator|Showrunner|Co-star|Writer-director|Director-writer|Comedian|Singer|Author|Newcomer|"
    r"Veteran|Rapper|Musician|Model|Presenter|Host)\s+)+"
    r"(?=\S+\s+\S)"
)


def _people(names: str) -> list[str]:
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|y|et|und|e)\s+", names)
    parts = [re.sub(rf"^{WHO}", "", part.strip()) for part in parts]
    names = [
        JOB.sub("", ACCOLADE.sub("", re.sub(r"['’]s$", "", trim_name(p.strip()))))
        for p in parts
        if p.strip()
    ]
    return [
        name
        for name in names
        if name not in NOT_PEOPLE
        and name.lower() not in NOT_TITLES
        and not name.endswith(("'", "’"))  # "…, and Paper Tigers' third season": a show's
    ]


BASED = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?-based\s+(?=[A-Z])")


def _credit(context: Context, subject: Subject, role: str, names: str, text: str, score: float):
    if role == "creator" and subject.subkind == "season":
        subject = _show(subject, context)  # "who created the series": the show, not a season
    for name in _people(names):
        if based := BASED.match(name):
            # "produced by Oslo-based Fjordlys Film": a company, wherever it is
            if role == "producer":
                _company_credit(context, subject, "studio", name[based.end() :], text)
            continue
        if COMPANY_SUFFIX.search(name):
            # "produced by Cobalt Harbor Television": the company that makes it
            if role == "producer":
                _company_credit(context, subject, "studio", name, text)
            continue
        if normalize_name(name) in context.first_named:
            continue  # "starring Zara Quennell, Glass Meridian follows…": the show, no one
        entries = context.gazetteer.lookup(name)
        known = [e for e in entries if e.kind == "person"]
        if entries and not known:
            continue  # "Northlight Pictures producing" names a company, not a person
        if known:
            person = Subject.of(known[0])
        elif len(name.split()) >= 2:
            person = Subject(kind="person", name=name)
            context.people.setdefault(name.split()[-1], name)
        elif name in context.people:
            person = Subject(kind="person", name=context.people[name])  # "Castellane wrote…"
        else:
            continue  # a lone surname is too weak to create a person from
        value = {"role": role, "person": person.name, "person_id": person.id}
        context.add(Suggestion("credit", subject, value, text, score if known else score - 0.2))


def _show(season: Subject, context: Context) -> Subject:
    parent = context.season_parents.get(normalize_name(season.name))
    if parent is None:
        return season  # the catalog's own season: its show is the catalog's to say
    return Subject(kind="title", id=parent["parent_id"], name=parent["parent"], subkind="series")


# The companies behind a title: "developed by Greywater Interactive", "published by
# Halcyon Publishing", "distributed by Neon", "Neon has bought the US rights".
_COMPANY = (
    r"(?P<company>[A-Z][\w&.'’+-]*(?:\s+(?:[A-Z][\w&.'’+-]*|of|and\s+(?=[A-Z]\w*\s+[A-Z]))){0,3})"
)
# "Quillstone Releasing has set the film to open…", "Fernhollow Pictures will also release that
# film": who brings it out. Anyone may say so of a film: a company only by a company's name.
# ("Furrow & Finch": an ampersand joins a company's name)
_COMPANY_AND = r"(?P<company>[A-Z][\w.'’+-]*(?:\s+(?:[A-Z][\w.'’+-]*|&|of)){0,3})"
BRINGS_IT_OUT = re.compile(
    _COMPANY + r"\s+(?:has\s+set|will\s+(?:also\s+)?(?:release|distribute)|releases|distributes)\s+"
    # ("Lumen Films will release "The Salt Road" in U.S. theaters": the title by its name)
    r"(?:(?:the|that|this|it)\b(?:\s+(?:film|movie|documentary|picture))?|(?=[\"“]?[A-Z]))"
)
COMPANY_PATTERNS = [
    # (the role may open the sentence: "Publisher Vantablue Interactive said…")
    (re.compile(r"\b(?i:developed\s+by|from\s+developer|developer)\s+" + _COMPANY), "developer"),
    (re.compile(r"\b(?i:published\s+by|from\s+publisher|publisher)\s+" + _COMPANY), "publisher"),
    # ("la distribuidora Lunaria Films", "le distributeur", "der Verleih")
    (
        re.compile(
            r"\b(?i:distributed\s+by|distributor|distribuidora|distribuido\s+por|distributeur|"
            r"distribué\s+par|der\s+verleih|distribuito\s+da)\s+" + _COMPANY
        ),
        "distributor",
    ),
    (
        re.compile(
            # ("Bluefinch Releasing, which bought North American rights", "has acquired UK and
            # Ireland rights")
            _COMPANY + r"(?:,\s+which)?\s+(?:(?:has|have)\s+(?:already\s+)?)?"
            r"(?:bought|acquired|picked\s+up|landed)\s+(?:the\s+)?"
            r"(?:(?:[A-Z]{2,3}|[A-Z][a-z]+)(?:\s+(?:and|&)\s+[A-Z][\w.]+)?\s+|"
            r"North\s+American\s+|worldwide\s+|global\s+)?"
            r"(?:distribution\s+)?rights\b"
            # "the rights to the film adaptation": another title's
            r"(?!\s+to\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}(?:adaptation|remake|version|"
            r"novel|book|series))"
        ),
        "distributor",
    ),
    (BRINGS_IT_OUT, "distributor"),
    # Who makes it: "the co-op dungeon crawler from Cinderpath Games", "from independent
    # studio Furrow & Finch", "is being made by Ninefold Studio" (a game's developer, a
    # film's or a show's studio)
    (
        re.compile(
            r"\b(?:from|(?:being\s+)?(?:made|built)\s+by)\s+(?:(?:indie|independent|[A-Z][a-z]+-based|"
            r"British|Canadian|Japanese|Korean|French|German|Polish|Swedish|Spanish|Italian)\s+)?"
            r"(?P<job>(?:studio|developer)\s+)?" + _COMPANY_AND
        ),
        "maker",
    ),
]
COMPANY_KEYS = (
    *("develop", "publish", "distribu", "verleih", "rights", "release", "set the", "from "),
    *("made by", "built by"),
)
# A possessive or a title's own word is no company: "the game's developer said".
NOT_COMPANIES = {"The", "This", "It", "Its", "A", "An", "Premiere"}


# The trade's box-office copy: "GLASS HARBOR (Northlight/Universal) rode a strong Saturday…":
# the last company in the parentheses releases it.
DISTRIBUTED_BY = re.compile(
    r"\((?P<by>[A-Z][\w.&'’ -]{1,30}(?:/[A-Z0-9][\w.&'’ -]{1,30})*)(?:,[^)]{0,40})?\)"
)
CAPITALS = re.compile(r"[A-Z0-9][A-Z0-9'’.&!:\s-]*")
NOT_A_DISTRIBUTOR = re.compile(
    r"(?:season|series|saison|staffel|temporada|part|vol\b|volume|episode|new\s+series|"
    + MONTH_NAMES
    + r"\s+\d|"
    + WEEKDAY_NAME
    + r"\b)",
    re.I,
)


def _distributors_in_parentheses(text: str, located, context: Context) -> None:
    for match in DISTRIBUTED_BY.finditer(text):
        title = located.last_before(match.start())
        if title is None or text[title.end : match.start()].strip():
            continue
        name = match.group("by").split("/")[-1].strip()
        if NOT_A_DISTRIBUTOR.match(match.group("by")):
            continue  # "HARROW FIELDS (Sept. 26)", "(Season 3)": a schedule's day or season
        if not CAPITALS.fullmatch(text[title.start : title.end]) and not COMPANY_SUFFIX.search(
            name
        ):
            # the trade's capitals, or a company by its name ("Iron Meadow (Castlegate
            # Pictures)"); "Glass Harbor (2019)", "(Season 2)", "(Mira Okafor)" are none
            continue
        known = [e for e in context.gazetteer.lookup(name) if e.kind == "company"]
        if context.gazetteer.lookup(name) and not known:
            continue
        company = Subject.of(known[0]) if known else Subject(kind="company", name=name)
        value = {"role": "distributor", "company": company.name, "company_id": company.id}
        context.add(Suggestion("credit", Subject.of(title.entry), value, text, 0.6))


def _company_credits(text: str, located, context: Context, points_back) -> None:
    lower = text.lower()
    if not any(key in lower for key in COMPANY_KEYS):
        return
    for pattern, role in COMPANY_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group("company").strip().rstrip(".,;:'’")
            if name in NOT_COMPANIES or name.split()[0] in NOT_COMPANIES:
                continue
            if pattern is BRINGS_IT_OUT and not COMPANY_SUFFIX.search(name):
                continue  # "Jordan Peele will release it": not a distributor's name
            if role == "maker":
                name = name.removesuffix(" &").removesuffix(" of")
                if not (match.group("job") or COMPANY_SUFFIX.search(name)):
                    continue  # "a drama from Ada Brennan": a person's, or a place's
            if located.first_after(match.start("company") - 1) is not None and any(
                loc.start == match.start("company") for loc in located.of_kinds()[1]
            ):
                continue  # a title where a company would be
            subject = subject_near(located, match.start(), context, refer_back=points_back)
            if subject is None or subject.kind != "title":
                continue
            _company_credit(context, subject, role, name, text)


def _company_credit(context: Context, subject: Subject, role: str, name: str, text: str) -> None:
    known = [e for e in context.gazetteer.lookup(name) if e.kind == "company"]
    if context.gazetteer.lookup(name) and not known:
        return  # a person or a title of that name
    if not known:
        # "Quillstone Entertainment …; publisher Quillstone said": one company
        name = next((n for n in context.companies if n.startswith(name + " ")), name)
        if name not in context.companies:
            context.companies.append(name)
    company = Subject.of(known[0]) if known else Subject(kind="company", name=name)
    value = {"role": role, "company": company.name, "company_id": company.id}
    context.add(Suggestion("credit", subject, value, text, 0.85 if known else 0.65))


# Casting news that takes a credit away: "Dana Whitlock has exited the thriller", "Omar Reyes,
# who was set to star, has dropped out", "… will be replaced by Priya Castell". "Left" and
# "exited" count only with a work after them ("exited Northlight Pictures" is a job).
LEAVES = re.compile(
    rf"(?P<names>{NAME})(?:,\s+who|,[^,]{{1,80}},)?\s+(?:has\s+|have\s+|had\s+)?(?:"
    r"(?P<verb>exited|exits|is\s+exiting|departed|departs|left|leaves|is\s+leaving|quit|quits)"
    r"\s+(?P<object>[^.;,]{0,60})|"
    r"(?:dropped|drops|pulled|pulls)\s+out\b|(?:stepped|steps|is\s+stepping)\s+(?:away|down|aside)\b|"
    r"walked\s+away\b|parted\s+ways\b|(?:is|are)\s+no\s+longer\s+(?:attached|involved|part|"
    r"directing|starring|in\s+the\s+(?:film|cast|series|show))\b|"
    r"(?:will\s+be|has\s+been|have\s+been|is\s+being|was)\s+(?:replaced|recast)\b)"
)
LEAVES_WORK = re.compile(
    r"^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:project|film|movie|series|"
    r"show|production|cast|role|sequel|prequel|thriller|drama|comedy|feature|picture|adaptation|"
    r"remake|reboot|season|game|biopic)\b",
    re.I,
)
# "Priya Castell replaces Dana Whitlock": the one replaced leaves too.
REPLACED_ONE = re.compile(
    r"\b(?:replaces|replacing|replaced|succeeds|succeeding|(?:steps?|stepped|stepping)\s+in\s+"
    rf"for|(?:takes|took|taking)\s+over\s+from)\s+{NAMES}"
)
# Who comes in: "replaced by Priya Castell", "recast with Malik Odum", "Lena Fjord has replaced
# him"; "steps in" and "takes over" only where someone has left.
REPLACEMENTS = [
    re.compile(rf"\b(?:replaced|succeeded)\s+(?:[\w-]+\s+){{0,4}}?by\s+{NAMES}"),
    re.compile(rf"\brecast\s+with\s+{NAMES}"),
    re.compile(
        rf"{CLAUSE_NAMES}\s+(?:has\s+|have\s+|will\s+|is\s+set\s+to\s+|is\s+)?"
        r"(?:replaced?|replaces|replacing|succeeds|succeed)\s+(?=[A-Z]|him\b|her\b|them\b)"
    ),
]
STEPS_IN = re.compile(
    rf"{CLAUSE_NAMES}\s+(?:has\s+|will\s+|is\s+)?(?:steps?|stepped|stepping|takes?|taken|took|"
    r"taking)\s+(?:in|over)\b"
)
# The job changing hands, when the sentence says it is not a part: "replaced as director".
JOB_CHANGING = re.compile(
    r"\bas\s+(?:the\s+)?(?:[\w'’]+\s+)?(?P<job>director|showrunner|writer|screenwriter|composer)\b|"
    r"\b(?P<directing>directing\s+(?:duties|job|reins|chores)|director['’]s\s+chair|behind\s+the\s+"
    r"camera|to\s+direct)\b",
    re.I,
)
CASTING_CHANGE = Hint(
    "exit",
    "depart",
    "left",
    "leav",
    "quit",
    "out",
    "step",
    "walked away",
    "parted",
    "no longer",
    "replac",
    "recast",
    "succeed",
    "took over",
    "takes over",
    "taking over",
)
JOBS = {"showrunner": "producer", "screenwriter": "writer"}


THE_ROLE = re.compile(r"\b(?:the|that|his|her|their)\s+(?:lead\s+|title\s+)?(?:role|part)\b", re.I)


def _casting_changes(text: str, located, context: Context, points_back) -> None:
    """Note who leaves a title (their credits are dropped: see drop_departed) and credit who
    comes in, with the job changing hands (a part, unless the sentence names a job)."""
    departing = False
    for match in LEAVES.finditer(text):
        if match.group("verb") and not _left_a_work(match, located):
            continue
        departing = True
        if match.group("verb"):
            subject = subject_near(located, match.start(), context, refer_back=points_back)
        else:
            # "Okoro … dropped out due to conflicts with his series Iron Coast": no title
            # said, the one the story is about (or the last one left)
            subject = context.left_title or context.focus
        context.left_title = subject or context.left_title
        _note_departed(match.group("names"), subject, context)
    for match in REPLACED_ONE.finditer(text):
        subject = subject_near(located, match.start(), context, refer_back=points_back)
        _note_departed(match.group("names"), subject, context)
    patterns = [*REPLACEMENTS, STEPS_IN] if context.departed else REPLACEMENTS
    if job := JOB_CHANGING.search(text):
        role = "director" if job.group("directing") else job.group("job").lower()
        context.job_changing = JOBS.get(role, role)
    elif departing:
        context.job_changing = "cast"
    # ("Tobias Quell has stepped down as director. Mara Ellison takes over.": that job)
    role = context.job_changing or "cast"
    for pattern in patterns:
        for match in pattern.finditer(text):
            subject = subject_near(located, match.start(), context, refer_back=points_back)
            # ("Jon Reyes, who was to star in X, has left. Tilda Marsh has replaced him.")
            if subject := subject or context.left_title:
                _credit(context, subject, role, match.group("names"), text, 0.8)


def _left_a_work(match: re.Match, located) -> bool:
    """ "has exited the thriller", "exits 'The Marrow Line'": a work after the verb (not
    "exited Northlight Pictures", a job)."""
    after = located.first_after(match.start("object") - 1)
    return bool(LEAVES_WORK.match(match.group("object"))) or (
        after is not None and after.start < match.end("object")
    )


def _note_departed(names: str, subject: Subject | None, context: Context) -> None:
    for name in _people(names):
        context.departed.add((context.people.get(name, name), subject and subject.key))


def drop_departed(found: list[Suggestion], context: Context) -> list[Suggestion]:
    """The credits of someone the story says has left the title (or left, with no title
    said): "Dana Whitlock, who exited the project last month" is no cast member."""
    if not context.departed:
        return found

    def gone(suggestion: Suggestion) -> bool:
        person = suggestion.value.get("person")
        if not person:
            return False  # a company's credit
        key = suggestion.subject.key if suggestion.subject else None
        return any(
            person in (name, context.people.get(name)) and title in (None, key)
            for name, title in context.departed
        )

    return [s for s in found if s.kind != "credit" or not gone(s)]


# "he plays", "she will play", "she stars as", "he voices": the story's person, cast.
SHE_PLAYS = re.compile(
    r"\b(?:he|she)\s+(?:also\s+)?(?:plays|portrays|voices|will\s+(?:play|portray|voice)|"
    r"stars\s+as|is\s+playing)\s+(?:a|an|the|his|her)\b"
)


def _names_near(text: str, located, main, position: int):
    """The names a credit at `position` may be about: a credit outside an aside is not the
    aside's title's ("Directed by X, whose debut Paper Lanterns…, The Salt Orchard follows…");
    one inside it is."""
    return located if main is located or in_aside(text, position) else main


class _ReadOnce:
    """A pattern's answer for one sentence, asked once: every credit of a sentence asks
    whether it points back, and a page-long sentence holds thousands of credits."""

    def __init__(self, pattern: re.Pattern, text: str):
        self.found = pattern.search(text)

    def search(self, _text: str):
        return self.found


# "The film stars…", "it is directed by…", and "one of its screenwriters" (an "its" after
# "of" points back too, where "the end of it" would not).
# ("has agreed to star in the film", "a role in the series": REFERS_BACK leaves out "in the
# film", which in a date's sentence is often a scene's, not the title's)
POINTER = re.compile(
    rf"{REFERS_BACK.pattern}|\bits\b|\b(?:star|stars|starring|role|roles|cast|part)\s+in\s+the\s+"
    r"(?:[\w-]+\s+)?(?:film|movie|series|show|season|drama|comedy|thriller|sequel|game)\b",
    re.IGNORECASE,
)


# "The show is…", "The film stars…" opening the sentence: the title spoken of before it.
OPENING_POINTER = re.compile(
    r"^\W*(?:the|this)\s+(?:[\w-]+\s+)?(?:film|movie|series|show|game|drama|comedy|thriller|"
    r"documentary|miniseries|sequel|season)\s+(?:is|was|will|stars|has|also)\b",
    re.IGNORECASE,
)


def credit_rules(sentence: Sentence, located, context: Context, heading=None):
    """Suggest the cast and crew a sentence names, for the title the credit is about: the one
    named nearest before, or, on a listing's label line ("Director: Colin Trevorrow"), the
    title heading the listing."""
    text = sentence.text
    if label := LABEL_LINE.match(text):
        subject = Subject.of(heading.entry) if heading else context.last_title
        if subject is not None:
            _credit(
                context,
                subject,
                LABELS[label.group("label").lower()],
                label.group("names"),
                text,
                0.8,
            )
        return
    if (row := CAST_ROW.match(text)) and not located.of_kinds()[1]:
        # "- Haruka Mizushiro as Tsumugi Arakawa" under "The newly announced cast members are:"
        if subject := (Subject.of(heading.entry) if heading else context.last_title):
            _credit(context, subject, "cast", row.group("names"), text, 0.8)
        return
    lower = text.lower()
    opening_pointer = OPENING_POINTER.match(text) is not None
    points_back = _ReadOnce(POINTER, text)
    # the sentence's names outside its asides, less the titles it names only in passing
    main = not_in_passing(text, outside_asides(text, located))
    for pattern, role, keys in CREDIT_PATTERNS:
        if not any(key in lower for key in keys):
            continue
        for match in pattern.finditer(text):
            if role == "director" and OTHER_DIRECTOR.search(
                text[max(0, match.start() - 30) : match.start()]
            ):
                continue  # "Festival director Alberto Barbera", "creative director Ilse Marrow"
            if JURY_DUTY.match(text, match.end()):
                continue  # "Director Helga Strom has been named president of the jury"
            # With no title named, a credit is the title the sentence points back at, or the
            # one title of the sentence before: "Director James Cameron announced…" alone
            # credits nobody.
            near = _names_near(text, located, main, match.start())
            subject = subject_near(near, match.start(), context, refer_back=points_back)
            if (
                opening_pointer
                and context.last_title is not None
                and located.last_before(match.start(), ("title",)) is None
            ):
                # "The show is created by X, who also wrote Lowland": the show spoken of
                subject = context.last_title
            if context.left_title is not None and not main.of_kinds()[1] and THE_ROLE.search(text):
                # "Bell, best known for X, will now play the role opposite…": the part someone
                # left, in the title they left
                subject = context.left_title
            if subject is None:
                continue
            for each in ("writer", "director") if role == "writer_director" else (role,):
                _credit(context, subject, each, match.group("names"), text, 0.85)
    if context.person and (" he " in lower or " she " in lower):
        for match in SHE_PLAYS.finditer(text):
            # "…, in which he plays a retired lighthouse keeper": the story's person
            near = _names_near(text, located, main, match.start())
            if subject := subject_near(near, match.start(), context, refer_back=points_back):
                _credit(context, subject, "cast", context.person, text, 0.85)
    festival = bool(FESTIVAL_WORDS.search(text))
    possessive = "'s " in text or "’s " in text
    if (possessive and (festival or OWNED_KIND.search(text))) or "starrer" in lower:
        _possessive_credits(text, located, context, festival)
    _company_credits(text, located, context, points_back)
    if CASTING_CHANGE.search(text):
        _casting_changes(text, located, context, points_back)
    if "(" in text:
        _distributors_in_parentheses(text, located, context)


def _possessive_credits(text: str, located, context: Context, festival: bool) -> None:
    """ "Alice Lowe's Timestalker" (the director's film, as festival copy writes it), "Tomas
    Eriksen's drama Quiet Harbor" (anywhere: the kind makes it the maker's) and "Sydney
    Sweeney starrer Immaculate" (its star)."""
    for loc in located.of_kinds()[1]:
        if SOURCE_WORK.match(text, loc.end):
            continue  # "Mayu Tsukishiro's Lighthouse of the Nine Winds manga": its author's
        before = text[max(0, loc.start - 80) : loc.start]
        owner = OWNER.search(before)
        if not (owner and (festival or owner.group("kind"))):
            owner = OWNER_AFTER.match(text, loc.end)  # "Quiet Harbor," X's drama about…
        if owner:
            _credit(context, Subject.of(loc.entry), "director", owner.group("names"), text, 0.7)
        elif match := STARRER.search(before):
            _credit(context, Subject.of(loc.entry), "cast", match.group("names"), text, 0.75)
