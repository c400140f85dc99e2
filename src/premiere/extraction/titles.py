"""Titles the catalog does not know, spotted by how news copy writes them.

A story about a film nobody has catalogued still tells which words are its title: the trade
press puts titles in quotes ("Deadpool 2"), names them after what they are ("the horror film
Crimes of the Future", "Adam Sandler's sports drama Hustle"), makes them the subject of a
release verb ("The Secret Life of Pets 2 will open…"), and lists them beside dates ("June 7:
Ballerina", a heading over "Release date: June 3 in theaters"). Each spotted title becomes a
`Located` without a catalog entry (its `entry.id` is None); rules treat it like a known one and
the pipeline proposes it as a new title.

The spotter reads: `title_cues` (what copy says around a title), `listings` (a listing's rows
and labels) and `title_names` (what reads as a title's name, and how a run is trimmed to one).
"""

import re
from dataclasses import replace

from .dates import Precision
from .entities import Located, Names
from .gazetteer import Entry
from .listings import (
    BARE_DATE_LINE,
    BULLET,
    BYLINE,
    DASHED_ITEM,
    DATED_PAREN,
    DATED_ROW,
    DATELINE,
    DISTRIBUTOR_LINE,
    EPISODE_CODE,
    FIELD_ITEM,
    ITEM_NOTE,
    LIST_LINE_WORDS,
    LIST_NUMBER,
    NOT_A_PREMIERE,
    NOT_HEADINGS,
    OPENING_LABEL,
    OWNER,
    PAIRED_NAME,
    PAIRED_TEXT,
    PARENTHESES,
    POSTED_AT,
    ROW_ADD_ON,
    ROW_LABEL,
    ROW_ON,
    ROW_WEEKDAY,
    SHOW_NOTE,
    SIDE_MARKS,
    TABLE_COLUMNS,
    TIMED_ITEM,
    YEAR,
    YEAR_ALONE,
    date_alone,
    labelled_date,
)
from .regions import country_alone, is_subdivision, regions_named
from .suggestion import Context
from .text import Sentence, Spans
from .title_cues import (
    ADD_ON,
    ADDED_TO,
    AND_THE_TAIL,
    APPOSED,
    BOUGHT_BY,
    BRINGS_AS_KIND,
    CAPS_TITLE,
    CHARACTER_BEFORE,
    COMPANY_DOES,
    COMPANY_ROLE_BEFORE,
    DATE_FOR,
    DATE_LABEL,
    DATES_A_WORK,
    DAY_NAME,
    DELAYED_HEADLINE,
    DIRECTOR_AFTER,
    DONE_TO_KIND,
    FESTIVAL_NIGHT,
    FOREIGN_APPOSED,
    FOREIGN_KIND_CUE,
    FOREIGN_KINDS,
    FROM_COMPANY_ON,
    GERMAN_KIND_CUE,
    GERMAN_KINDS,
    GIVEN_A_RELEASE,
    INVERTED,
    IS_A_NEW_KIND,
    JOINED_WORK,
    KIND_CUE,
    LISTED_BEFORE,
    LISTED_KIND,
    LOWER_WORD_BEFORE,
    NAME_AFTER,
    NEWSY,
    NICKNAME,
    OPENS_AS_KIND,
    OTHER_WORK_BEFORE,
    OWNED_KIND,
    OWNS_A_WORK,
    PERSON_APPOSITION,
    PERSON_BEFORE,
    PERSON_LEAD,
    POSSESSIVE,
    PROJECT_NAME,
    QUOTE_MARKS,
    QUOTED,
    RELEASE_OF,
    RELEASE_SUBJECT,
    RELEASED_OBJECT,
    RETURNS_ALONE,
    SCHEDULED_OBJECT,
    SEASON_OF_SHOW,
    SENTENCE_ADVERB,
    SERVICE_ALONE,
    SERVICE_LABEL,
    SHOW_PATTERNS,
    SONG_BEFORE,
    SPOKEN_AFTER,
    STARRING,
    STARS_IN,
    THAT_BEFORE,
    TOPS_THE_CHARTS,
    WATCH,
    WHERE_BEFORE,
    WHICH_BEFORE,
    WHICH_RELEASES,
)
from .title_names import (
    COMPANY_SUFFIX,
    HYPHENATED,
    KIND_WORDS,
    NOT_TITLES,
    TITLE_SPAN,
    comma_head,
    reads_as_title,
    section_label,
    strip_leading,
    title_cased,
)
from .vocabulary import (
    CHANNEL_CELL,
    CHANNEL_THEN_DATE,
    PLATFORM_PATTERNS,
    SERVICE_CELL,
    STREAMER_PATTERN,
    TV_CHANNEL,
    WHOSE,
)


def _clean(name: str) -> str:
    name = name.strip().strip(",;:.-–— ")
    if name.endswith("'s") or name.endswith("’s"):
        name = name[:-2]
    return name


def _as_kind(loc: Located, kind: str, starts: set[int]) -> Located:
    """A new title spotted elsewhere, of the kind a cue before it here says."""
    # (a game's add-on in a games story was guessed a game: the cue says what it is)
    if loc.start not in starts or loc.entry.id is not None or loc.entry.subkind not in ("", "game"):
        return loc
    return Located(replace(loc.entry, subkind=kind), loc.start, loc.end)


def _row_words(text: str) -> int:
    """A row's words but its notes in brackets: "- Les Oiseaux de Nuit (Saison 3) - Dès le
    vendredi 15 octobre, à 21h" is a row, not prose."""
    return len(PARENTHESES.sub("", text).split())


def _first_cell(text: str) -> int | None:
    """Where a table row's first cell ends ("Night Orchard | A24 | March 5"), or None for a
    line that is not a row of three cells or more."""
    if text.count(" | ") < 2:
        return None
    return text.index(" | ")


def _masked(text: str) -> str:
    """Blank out platforms and services, offsets kept: "Xbox Series X" holds no series."""
    lower = text.lower()
    if not any(word in lower for word in ("xbox", "playstation", "ps", "switch", "pc", "on ")):
        return text
    spans = [m.span() for pattern, _ in PLATFORM_PATTERNS for m in pattern.finditer(text)]
    spans += [m.span("service") for m in STREAMER_PATTERN.finditer(text)]
    spans += [m.span("channel") for m in TV_CHANNEL.finditer(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


KIND_BEFORE = re.compile(
    r"\b(" + "|".join(re.escape(word) for word, kind in KIND_WORDS.items() if kind) + r")\W*$"
)


# "the first season of X", "all eight episodes of X": X is a series.
SEASON_OF = re.compile(r"\b(?:seasons?|episodes?)\s+(?:\d+\s+)?of\W*$")
# A season's label after the name: "Dust Devils (Season 2)".
SEASON_LABEL = re.compile(r"\s*\((?:season|series)\s+\d{1,2}\)", re.I)
# A listing's label after the name: "Moana 2 (Film)", "Daredevil: Born Again (Series)".
KIND_AFTER = re.compile(r"\s*\((?P<kind>[a-z-]+)\)", re.I)


# "during The Game Awards 2022": a capitalised kind word after a capitalised "The" inside
# a sentence begins a name, it does not say what the next name is.
NAMED_KIND = re.compile(r"\S\s+The\s+$")


def _named_kind(text: str, start: int) -> bool:
    return text[start].isupper() and bool(NAMED_KIND.search(text, max(0, start - 12), start))


def _capitalised(words: list[str]) -> bool:
    """Most words capitalised or numbers, the first one too: a heading, not a phrase."""
    marked = [w for w in words if w[0].isupper() or w[0].isdigit()]
    return words[0] in marked and len(marked) * 2 >= len(words)


def _kind_near(text: str, start: int, end: int) -> str:
    """Guess a spotted title's kind from the words before it ("the game", "the series",
    "the second season of") or a label after it ("(Series)")."""
    before = text[max(0, start - 40) : start].lower()
    if found := KIND_BEFORE.search(before):
        return KIND_WORDS[found.group(1)]
    if SEASON_OF.search(before):
        return "series"
    if (label := KIND_AFTER.match(text, end)) and label.group("kind").lower() in KIND_WORDS:
        return KIND_WORDS[label.group("kind").lower()]
    if SEASON_LABEL.match(text, end):
        return "series"  # a listing's "Quiet Hours (season 1)"
    return ""


class Spotter:
    """Spots titles sentence by sentence, remembering a heading over the lines below it."""

    def __init__(self, context: Context):
        self.context = context
        self.heading: Located | None = None
        self.list_title: Located | None = None  # the title of the list row just read
        self.date_heading = None  # a line that is only a date, over a bulleted list
        self.heading_medium = ""  # how the heading's film opens, from its distributor line
        self.timed_row = False  # the dated item just read was a schedule's row ("8 p.m. — X")
        self.row_country = ""  # the country the dated item just read is ("- Germany")
        self.date_heading_text = ""  # the words of the date heading, for a row's quote
        self.item_read = False  # the line read last is a dated item's (its blurb runs on)
        self.table_kind = ""  # what a table's title column holds, by its header ("Show")

    def located_new(self, name: str, start: int, kind: str = "") -> Located:
        """A title the catalog does not know, found at `start`: of the kind given, or the one
        the story's titles are by default."""
        entry = Entry(None, "title", name, (), kind or self.default_kind())
        return Located(entry, start)

    def _as_marked(self, name: str) -> str:
        """A cued name cut where the writer's italics end it: "la comédie *Les Voisins du
        dessus* de Karim Belhadj sortira…" (not "Le Journal de Bridget Jones", unmarked)."""
        # (only before whose it is: "Paddington au Pérou" stays whole beside "*Paddington*")
        ends = [at for at, ch in enumerate(name) if ch == " " and WHOSE.match(name, at)]
        return next((name[:at] for at in ends if name[:at] in self.context.marked), name)

    def _a_year_near(self, name: str) -> bool:
        """A year a few either side of the story's, alone: when, not what."""
        published = self.context.published
        return (
            published is not None
            and YEAR_ALONE.fullmatch(name) is not None
            and abs(int(name) - published.year) <= 5
        )

    def default_kind(self) -> str:
        if self.context.box_office:
            return "film"  # a weekend's takings are films'
        focus = self.context.focus
        if focus and focus.subkind in ("film", "series", "game"):
            return focus.subkind
        if self.context.service[0] == "tv" and self.context.kind in ("", "film"):
            return "series"  # a channel's schedule: its shows ("CBC Television has set…")
        # (an opening about films says where their dates are, not what every new title is: a
        # game in a weekend's film column stays a game)
        return "" if self.context.kind == "film" else self.context.kind

    def spot(self, sentence: Sentence, known: Names) -> Names:
        """Return the known names of a sentence with the titles spotted in it, in order."""
        text = _masked(sentence.text)
        self.list_title = None
        if " | " in text:
            self._table_header(text)
        taken = Spans()
        for loc in known:
            if not taken.overlaps(loc.start, loc.end):
                taken.add(loc.start, loc.end)
        # Known people, companies and franchises are not titles, whatever their form.
        others = {loc.entry.name.lower() for loc in known if loc.entry.kind != "title"}
        found: list[Located] = []

        def add(name: str, start: int, kind: str = "", quoted: bool = False, cued=False) -> None:
            name = _clean(name)
            if " " in name and name.isupper() and name[0].isalpha():
                name = title_cased(name)  # the trade's capitals: "IRON TIDE" is "Iron Tide"
            if not quoted:
                name, start = strip_leading(name, start)
                if (described := HYPHENATED.search(name)) and name[described.end() :].strip():
                    # "the Jodie Foster-directed Money Monster": the title follows its description
                    rest = name[described.end() :]
                    start += len(name) - len(rest.lstrip())
                    name = rest.strip()
            if not quoted and (tail := FROM_COMPANY_ON.search(name)):
                name = name[: tail.start()]  # "Sundown Express from Copperline Films to 3,200…"
            if ":" in name and (label := name.split(":", 1)[0]) in self.context.labels:
                name = label  # "Thimble & Thorn: Vantage will now open…": the label, then prose
            end = start + len(name)
            if not quoted and text[end : end + 1] == "-":
                return  # "The Abrams-directed film": a word of a compound, not a title
            abroad = quoted and self.context.language != "en"
            if not reads_as_title(name, quoted=quoted, sentence_case=abroad):
                return
            if name.lower() in others:
                return
            if SERVICE_LABEL.search(name):
                return  # "Coming to Netflix in January": a listing's label, not a film
            if (service := SERVICE_ALONE.match(name)) and (
                not name[service.end() :].strip() or regions_named(name[service.end() :])
            ):
                return  # "Prime Video Canada premiere date: January 14th": where, not what
            if not quoted and COMPANY_SUFFIX.search(name):
                return  # "Northlight Pictures will release it…": who releases, not what
            if not quoted and name in self.context.company_short:
                return  # "Northgate has moved it", the story's Northgate Pictures
            if not quoted and PERSON_LEAD.search(text, max(0, start - 300), start):
                return  # "Starring Hesper Lund, the film follows…": who is in it
            if DAY_NAME.fullmatch(name):
                return  # "…set for a theatrical release on May 7, 2027": a day, not a film
            if self._a_year_near(name):
                return  # 'still listed as just "2027"': a year of releases, not "1917"
            if (
                quoted
                and any(c.isdigit() for c in name)
                and labelled_date(name, self.context.published)
            ):
                return  # 'com "Lançamento: 31/12/2028"': a store page's field, quoted
            if not quoted and (
                OWNS_A_WORK.match(text, start + len(name))
                or DATES_A_WORK.match(text, start + len(name))
            ):
                return  # "Evander Stroud's fantasy sequel", "Orchard Street has dated the picture"
            if OTHER_WORK_BEFORE.search(text, max(0, start - 24), start):
                return  # "a companion podcast, Beyond the Ash Wall, launches…": no screen work
            if WHERE_BEFORE.search(text, max(0, start - 24), start):
                return  # "Everything coming to Lumenstream in January": where, not what
            if WHICH_BEFORE.search(text, max(0, start - 8), start) or (
                THAT_BEFORE.search(text, max(0, start - 8), start)
                and COMPANY_DOES.match(text, start + len(name))
            ):
                return  # "stars in Glass Harbor, which Northlight releases on…": who does it
            if COMPANY_ROLE_BEFORE.search(text, max(0, start - 30), start):
                return  # "publisher Kitsune Interactive, which is handling it, will release…"
            if len(name) < 2 and not quoted:
                return  # "S", a letter of something else; a one-letter film is quoted ("X")
            if taken.overlaps(start, end):
                return
            if not (quoted or cued) and regions_named(name) and len(name.split()) <= 2:
                return  # "Japan", "South Korea": where, not what; but "the film Greenland"
            taken.add(start, end)
            found.append(self.located_new(name, start, kind or _kind_near(text, start, end)))

        for match in QUOTED.finditer(text):
            if NICKNAME.search(
                text, max(0, match.start() - 40), match.start()
            ) and NAME_AFTER.match(text, match.end()):
                continue  # Dwayne "The Rock" Johnson: a name inside a person's name
            if CHARACTER_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # "Solenne Dubreuil as the bounty hunter “Saint”": a part, no title
            if SPOKEN_AFTER.match(text, match.end()):
                continue  # « Nous ne voulions pas… », a expliqué la directrice: words, no title
            if SONG_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # 'the opening theme "Glass Horizon" by Lowlight Parade': a song
            if EPISODE_CODE.match(text, match.end()):
                continue  # '"Ashes and Oaths" (S03E02)': an episode, not a work of its own
            group = 1 if match.group(1) is not None else 2
            add(match.group(group), match.start(group), quoted=True)
        if self.context.language == "de":
            for match in GERMAN_KIND_CUE.finditer(text):
                kind = GERMAN_KINDS[match.group("kind").split("-")[-1].lower()]
                add(match.group("name"), match.start("name"), kind, quoted=True, cued=True)
        if self.context.language in ("fr", "es", "it", "pt"):
            for match in FOREIGN_KIND_CUE.finditer(text):
                if match.group("name")[0].isupper():  # (the pattern ignores case for the kind)
                    kind = FOREIGN_KINDS[match.group("kind").lower()]
                    name = self._as_marked(match.group("name"))
                    add(name, match.start("name"), kind, quoted=True, cued=True)
            for match in FOREIGN_APPOSED.finditer(text):
                kind = FOREIGN_KINDS.get(match.group("kind").lower(), "film")
                add(match.group("name"), match.start("name"), kind, quoted=True, cued=True)
        add_ons = set()
        for match in KIND_CUE.finditer(text):
            if _named_kind(text, match.start("kind")):
                continue
            if match.group("kind")[0].isupper() and LOWER_WORD_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue  # "announced at Anime Expo": a capital mid-sentence names, not says
            if BOUGHT_BY.match(text, match.end("name")):
                continue  # "the caper film Lumenstream bought": who bought it
            if BARE_DATE_LINE.match(text[match.start() :]):
                continue  # "Series Premiere: Monday, Sept. 6": a listing's label, no title
            kind = KIND_WORDS[match.group("kind").lower()]
            name = match.group("name")
            if tail := AND_THE_TAIL.match(text, match.end("name")):
                name = text[match.start("name") : tail.end()]
            add(name, match.start("name"), kind, cued=True)
            if kind == "dlc":
                add_ons.add(match.start("name"))
        if add_ons:
            # "the first paid expansion, *Moth & Meridian: The Ashen Tides*": the title the
            # writer marked is the add-on the cue says it is (one pass, however many cues)
            known = Names(_as_kind(loc, "dlc", add_ons) for loc in known)
        for pattern, hint in SHOW_PATTERNS:
            if not hint.search(text):
                continue  # (each needs one of its words: most sentences hold none)
            for match in pattern.finditer(text):
                if PERSON_BEFORE.search(
                    text[max(0, match.start("name") - 80) : match.start("name")]
                ):
                    continue  # "the drama from creator Delia Marchetti will return for…"
                add(match.group("name"), match.start("name"), "series", cued=True)
        for match in RELEASE_OF.finditer(text):
            name = DIRECTOR_AFTER.split(match.group("name"))[0]
            add(name, match.start("name"))
        for match in SEASON_OF_SHOW.finditer(text):
            group = next(g for g in ("name", "foreign", "after_ordinal") if match.group(g))
            add(match.group(group), match.start(group), "series", cued=True)
        for match in DATED_PAREN.finditer(text):
            add(match.group("name"), match.start("name"))
        for match in CAPS_TITLE.finditer(text):
            name = match.group("name")
            if sum(c.isalpha() for c in name) >= 3 and any(c.isalpha() for c in name[:3]):
                add(title_cased(name), match.start("name"), cued=True)
        if "estival" in text or " fest" in text:
            for match in FESTIVAL_NIGHT.finditer(text):
                group = "name" if match.group("name") else "before"
                add(match.group(group), match.start(group))
        opened = OPENS_AS_KIND.match(text)
        if opened and not SENTENCE_ADVERB.fullmatch(opened.group("name")):
            kind = KIND_WORDS[opened.group("kind").lower()]
            add(opened.group("name"), opened.start("name"), kind, cued=True)
        if " brings " in text or " welcomes " in text or " sees " in text or "includes" in text:
            for match in BRINGS_AS_KIND.finditer(text):
                kind = KIND_WORDS[match.group("kind").lower()]
                add(match.group("name"), match.start("name"), kind, cued=True)
        if " joined " in text:
            for match in JOINED_WORK.finditer(text):
                add(match.group("name"), match.start("name"), cued=True)
        if " has " in text or " have " in text or " had " in text:
            for match in DONE_TO_KIND.finditer(text):
                kind = KIND_WORDS[match.group("kind").lower()]
                add(match.group("name"), match.start("name"), kind, cued=True)
        if "Project " in text:
            for match in PROJECT_NAME.finditer(text):  # "a teaser for Project Tidewater"
                add(match.group("name"), match.start("name"), cued=True)
        for pattern in (DELAYED_HEADLINE, TOPS_THE_CHARTS):
            if match := pattern.match(text):
                add(match.group("name"), match.start("name"))
        for match in DATE_FOR.finditer(text):
            group = "name" if match.group("name") else "attributive"
            add(match.group(group), match.start(group))
        for match in ADD_ON.finditer(text):
            # the noun after it vouches for the name as a quote would ("the Sola Festival DLC")
            add(match.group("name"), match.start("name"), "dlc", quoted=True)
        for pattern in (
            DATE_LABEL,
            IS_A_NEW_KIND,
            RELEASE_SUBJECT,
            APPOSED,
            WHICH_RELEASES,
            GIVEN_A_RELEASE,
            STARS_IN,
            WATCH,
            INVERTED,
            SCHEDULED_OBJECT,
            ADDED_TO,
            RELEASED_OBJECT,
            POSSESSIVE,
            STARRING,
            OWNED_KIND,
        ):
            for match in pattern.finditer(text):
                if PERSON_BEFORE.search(
                    text[max(0, match.start("name") - 300) : match.start("name")]
                ):
                    continue  # "…starring Denzel Washington and Chris Pratt has been moved"
                name = match.group("name")
                if pattern is RELEASE_SUBJECT and RETURNS_ALONE.match(text, match.end("name")):
                    continue
                if pattern is RELEASE_SUBJECT and PERSON_APPOSITION.match(text, match.end("name")):
                    continue  # "Ada Brennan, the comedy star, opens…": someone, on stage
                if pattern is STARS_IN and is_subdivision(name):
                    continue  # "stars in New York this spring": on stage there
                if pattern is SCHEDULED_OBJECT:  # "Tenet from July 17": the title ends first
                    name = re.split(r"\s+(?:from|to|for|by|into)\s+", name)[0]
                if pattern is RELEASED_OBJECT:  # "will premiere Night Ferry at Toronto"
                    name = re.split(r"\s+at\s+", name)[0]
                start = match.start("name")
                if pattern is RELEASE_SUBJECT and (head := comma_head(text, start)) is not None:
                    name, start = text[head : match.end("name")], head
                add(name, start)
                if pattern is RELEASE_SUBJECT:
                    self._listed_before(text, match.start("name"), add)
        for match in LISTED_KIND.finditer(text):
            self._listed_before(text, match.end("list"), add, whole=match.group("list"))
        self._paired(text, add)
        if not found and not known.of_kinds()[1]:
            self._list_line(text, add)
            self.list_title = found[0] if found else None
        elif not found and len(known.of_kinds()[1]) == 1:
            self.list_title = self._known_row(text, known.of_kinds()[1][0])
        self._remember_heading(sentence, known, found)
        if not found:
            return known
        merged = Names(sorted([*known, *found], key=lambda loc: loc.start))
        return merged

    def _listed_before(self, text: str, start: int, add, whole: str = "") -> None:
        """Spot each title of a list ending at `start` ("A, B and C")."""
        if not whole:
            listed = LISTED_BEFORE.search(text[max(0, start - 200) : start])
            if listed is None:
                return
            whole = listed.group("list")
        if "," not in whole:
            return  # "Blood and Wine" is one title; a list of titles has commas
        offset = start - len(whole)
        for piece in re.finditer(r"[^,&]+?(?=\s*,|\s+and\s+|\s*&|$)", whole):
            name = re.sub(r"^\s*(?:and\s+)?", "", piece.group(0))
            if name.strip():
                add(name, offset + piece.end() - len(name))

    def _paired(self, text: str, add) -> None:
        """The titles of a list of (title, date) pairs in prose: "Disney's Aladdin on May 24,
        Fox's Dark Phoenix on June 7, Pixar's Toy Story 4 on June 21". The owners go when two
        titles or more and half of them have one (a studio's slate), not for one "Grey's
        Anatomy"."""
        from .when import find_dates

        if len(text) > PAIRED_TEXT or text.count(",") < 1:
            return
        dates = find_dates(text, self.context.published)
        if len(dates) < 2:
            return
        pairs = []
        for date in dates:
            if date.when.precision not in (Precision.DAY, Precision.MONTH):
                continue  # "Among early 2020 titles are…": a period, not an item's day
            named = PAIRED_NAME.search(text, max(0, date.start - 80), date.start)
            if named and reads_as_title(named.group("name")):
                pairs.append((named.group("name"), named.start("name")))
        if len(pairs) < 2:
            return
        owners = sum(bool(OWNER.match(name)) for name, _ in pairs)
        owned = owners >= 2 and owners * 2 >= len(pairs)
        for name, start in pairs:
            if owned and (owner := OWNER.match(name)):
                name, start = name[owner.end() :], start + owner.end()
            add(name, start)

    def _table_header(self, text: str) -> None:
        """A table's header row says what its rows name: "Date | Show | Network"."""
        cells = [cell.strip().lower() for cell in text.split(" | ")]
        kinds = [TABLE_COLUMNS[cell] for cell in cells if cell in TABLE_COLUMNS]
        if kinds and len(kinds) < len(cells):  # a header: a title's column and others
            self.table_kind = kinds[0]

    def _list_line(self, text: str, add) -> None:
        """A short line with one date and one title-like stretch: a list or table row
        ("June 7: Ballerina", "Surgeon Simulator 2 -- August 27", "Gorn (PS VR2) – March 16")."""
        from .when import find_dates

        if _row_words(text) > LIST_LINE_WORDS or "@" in text or BYLINE.match(text):
            return  # a tweet's signature or a dateline, not a row of releases
        if BARE_DATE_LINE.match(text):
            return  # "New Season Premieres: Sunday, Sept. 5": the heading's date, no title
        if DATELINE.match(text):
            return  # "Mumbai, March 12:": where and when the story was filed
        dates = find_dates(text, self.context.published)
        if len(dates) > 1 and (row := DATED_ROW.match(text)) and row.end("name") < dates[0].start:
            # "Copper Harbor – Theatrical debut October 1, Kumori+ debut October 22": the title,
            # then how and when it comes out, each way its own day
            name = row.group("name").strip(SIDE_MARKS)
            if name.lower() not in NOT_TITLES and re.fullmatch(TITLE_SPAN, name):
                add(name, row.start("name"), "")
            return
        if len(dates) != 1:
            return
        date = dates[0]
        before, after = text[: date.start], text[date.end :]
        if (
            POSTED_AT.match(after)
            and YEAR.search(text, date.start, date.end)
            and not before.rstrip().endswith((":", "-", "|"))
        ):
            # "Riya Menon, 10 Sep, 2027 10:15 AM": when a post went up, and by whom (not a
            # listing's "Glasswing Academy: March 29, 2027 9:00 PM")
            return
        if (cell := _first_cell(text)) and date.start > cell:
            # A table's row: the title heads it, the date is a later column ("Night Orchard |
            # Northlight Pictures | March 5, 2027"), the columns between are not its name.
            side, offset = text[:cell], 0
        elif cell:
            # The date heads it: the title is the next column ("Monday, Jan. 11 | The
            # Arbiter | NBC"), as the table's header says ("Date | Show | Network").
            offset = cell + 3
            side = text[offset:].split(" | ", 1)[0]
        else:
            side, offset = (before, 0) if before.strip(SIDE_MARKS) else (after, date.end)
        side = ROW_ON.sub("", ROW_WEEKDAY.sub("", side))  # "Brass Hollow — Friday, January 8"
        if labelled := ROW_LABEL.match(side):
            # "- Lince: llega a Switch 2 el 14 de mayo", "Ballerina: out June 7": the title, then
            # what becomes of it
            side = labelled.group("name")
        side = LIST_NUMBER.sub("", side)  # "2) Coldharbour, ITV1, September": a ranked list
        name = SERVICE_CELL.sub("", PARENTHESES.sub("", side))
        name = CHANNEL_CELL.sub("", name).strip(SIDE_MARKS)
        if not name or name.lower() in NOT_TITLES or name.startswith(("in ", "on ")):
            return
        if any(a == 0 and b == len(name) for a, b, _code in regions_named(name)):
            return  # "June 7: Turkey" is a row of a table of countries
        if NEWSY.search(name):
            return  # "Casting News - October 5, 2027": a page's own label and day
        if re.fullmatch(TITLE_SPAN, name):
            kind = "dlc" if ROW_ADD_ON.search(side) else self.table_kind if cell else ""
            add(name, offset + side.find(name), kind)

    def _known_row(self, text: str, title: Located) -> Located | None:
        """A list or table row naming a known title and one date, nothing else: "Borderlands
        - August 9, 2024", "Surgeon Simulator 2 -- August 27 (PC)"."""
        from .when import find_dates

        if _row_words(text) > LIST_LINE_WORDS or BYLINE.match(text):
            return None
        dates = find_dates(text, self.context.published)
        if len(dates) != 1:
            return None
        if (cell := _first_cell(text)) and title.end <= cell < dates[0].start:
            return title  # a table's row: its title first, its date in a later column
        next_column = cell is not None and " | " not in text[cell + 3 : title.start]
        if next_column and dates[0].end <= cell < title.start:
            return title  # or its date first, its title the next column
        rest = text
        for start, end in sorted([(title.start, title.end), (dates[0].start, dates[0].end)])[::-1]:
            rest = rest[:start] + " " + rest[end:]  # the later span first keeps offsets right
        rest = ROW_ON.sub("", ROW_WEEKDAY.sub("", SERVICE_CELL.sub("", PARENTHESES.sub("", rest))))
        return None if rest.strip(SIDE_MARKS + ")") else title

    def _story_title(self) -> Located | None:
        """The title a rollout's countries are for: the story's, or else the one named last."""
        subject = self.context.focus or self.context.last_title
        if subject is None or subject.kind != "title":
            return None
        if subject.id is None:
            return self.located_new(subject.name, -1, subject.subkind)
        entry = self.context.gazetteer.get("title", subject.id)
        return Located(entry, -1) if entry else None

    def _remember_heading(self, sentence: Sentence, known: Names, found: list) -> None:
        """A short title-like line with no date or verb heads the lines below it."""
        text = sentence.text.strip()
        words = text.split()
        if distributor := DISTRIBUTOR_LINE.match(text):
            # "Sony Pictures (Wide)": the film above opens in cinemas, everywhere or a few.
            if self.heading is not None and (run := distributor["run"]):
                wide = run.lower().startswith(("wide", "expand"))
                self.heading_medium = "theatrical" if wide else "theatrical_limited"
            return
        if NOT_HEADINGS.match(text) or BARE_DATE_LINE.match(text) or CHANNEL_THEN_DATE.match(text):
            return  # "Coming to Netflix: Friday" is the detail line under a heading
        if not 0 < len(words) <= 10 or text.endswith((".", "?", ":", ",")):
            return
        # (asked of short lines only: reading a line's dates again is the costly check)
        # ("Alter Release: 19. November 2027": a field's label, then its date)
        if any(ch.isdigit() for ch in text) and labelled_date(text, self.context.published):
            return  # "25 juin" over a list: its date, no title
        titles = known.of_kinds()[1] or found
        if not titles and section_label(words, self.context.language):
            return  # "Returning shows", "Looking ahead": a section of the story, no work
        before = self.heading
        bare = PARENTHESES.sub("", text).strip()
        # ("'Dust Cathedral' (Hulu)": the title in its quotes, the service beside it)
        lead = len(bare) - len(bare.lstrip(QUOTE_MARKS))
        bare = bare.rstrip(QUOTE_MARKS)
        if titles and titles[0].start <= lead and titles[0].end >= len(bare):
            # "FRAUDSTER: The Man Who Sold Tomorrow (Season 1)": a title alone on its line,
            # with its season or year beside it
            self.heading = titles[0]
        elif re.fullmatch(TITLE_SPAN, text) and not text.endswith("!"):
            if titles:
                self.heading = titles[0]
            elif reads_as_title(text) and text.lower() not in NOT_TITLES:
                self.heading = self.located_new(text, 0)
        elif ":" not in text and _capitalised(words) and reads_as_title(text):
            # "Ahiru no Sora", "Aikatsu on Parade!": a listing's next heading, in a title's
            # own words; the lines under it are its, not the last heading's ("Fen Lights
            # (Season 2)": the title, its season read beside it)
            self.heading = titles[0] if titles else self.located_new(bare, 0)
        if self.heading is not before:
            self.heading_medium = ""  # a new heading: the distributor line was the last's

    def heading_for(self, sentence: Sentence) -> Located | None:
        """The title a line without a verb gives its date to: the row's own ("Gorn – March
        16"), or the heading over it ("Release date: June 3 in theaters")."""
        if self.list_title is not None:
            return self.list_title
        if (
            self.heading
            and (BARE_DATE_LINE.search(sentence.text) or CHANNEL_THEN_DATE.match(sentence.text))
            and len(sentence.text.split()) <= LIST_LINE_WORDS
        ):
            return self.heading  # a short detail line under it, not prose
        return None

    def row_listed(self) -> None:
        """A roundup read the line as a row: the lines of its blurb run on after it."""
        self.item_read = True

    def dated_item(self, sentence: Sentence, known: Names, same_line: bool = False):
        """A bullet under a line that is only a date: return (title, date) or None.
        `same_line` when the sentence runs on the line of the one before (a row's blurb)."""
        found = self._dated_item(sentence, known, same_line)
        self.item_read = found is not None or (same_line and self.item_read)
        return found

    def _dated_item(self, sentence: Sentence, known: Names, same_line: bool):
        from .when import find_dates

        text = sentence.text.strip()
        dates = find_dates(text, self.context.published)
        self.row_country = ""
        heading = OPENING_LABEL.sub("", text)  # "Opening: December 17, 2027"
        if date_alone(
            heading, find_dates(heading, self.context.published) if heading != text else dates
        ):
            self.date_heading = dates[0]  # the heading of the items below
            self.date_heading_text = text
            return None
        # "The Flying Man—This long biopic follows…": an item, its title before a dash; "8
        # p.m. — The Lamplighters (series premiere)": a schedule's row
        bullet = BULLET.match(text) or DASHED_ITEM.match(text) or TIMED_ITEM.match(text)
        if bullet is not None and NOT_A_PREMIERE.search(text):
            return None  # "(new time slot)", "(encore)": on air already
        if bullet is None or self.date_heading is None:
            if not bullet and len(text.split()) > 12 and not (same_line and self.item_read):
                self.date_heading = None  # prose: the dated list is over
            return None
        item, at = bullet.group("item"), bullet.start("item")
        if FIELD_ITEM.match(item):
            return None  # "What: British-Irish thriller about…": a row's field, not a row
        if bullet.re is BULLET and (timed := TIMED_ITEM.match(item)):  # "- 8 p.m. – X"
            bullet, item, at = timed, timed.group("item"), at + timed.start("item")
        # a row with an hour is a channel's schedule: a show, on the air
        self.timed_row = bullet.re is TIMED_ITEM
        if blurbed := DASHED_ITEM.match(item):  # "- The Salt Kitchen—twelve home cooks…"
            item = blurbed.group("item")
        if not self.timed_row:
            item = ITEM_NOTE.split(item, maxsplit=1)[0]  # "Lumen Drifters – PS5, PC"
        published = self.context.published
        # (the blurb's days gone by are its history: "which ran from 2019 to 2022", "played
        # Busan last year")
        dates = [d for d in dates if published is None or d.when.end >= published]
        if dates and (bullet.re is not BULLET or any(d.start < at + len(item) for d in dates)):
            return None  # a row with its own date is read as a sentence, but for a note's
        if country := country_alone(item, self.context.language):
            # "December 16:" over "- Germany": the story's title comes out there that day
            title = self._story_title()
            self.row_country = country if title else ""
            return (title, self.date_heading) if title else None
        # The item's own title, where it begins: not one its blurb names ("…the caper film
        # Lumenstream bought").
        titles = [t for t in known.of_kinds()[1] if at <= t.start <= at + 4]
        kind = "series" if SHOW_NOTE.search(text) or self.timed_row else ""  # "(series premiere)"
        if titles:
            title = titles[0]
            if kind and title.entry.id is None and title.entry.subkind in ("", "film"):  # italics
                title = self.located_new(title.entry.name, title.start, kind)
            return title, self.date_heading
        name = PARENTHESES.sub("", item).strip(SIDE_MARKS)
        if reads_as_title(name) and re.fullmatch(TITLE_SPAN, name):
            return self.located_new(name, at + item.find(name), kind), self.date_heading
        return None
