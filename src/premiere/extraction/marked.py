"""The names a story marks as titles: set in italics or bold, as a paragraph's label, as the
headings of a listing of works, and echoed wherever else the story names them the same way. Not
a tagline in italics, a picture's credit, a day or a country in bold, a field's label."""

import re

from .entities import Located, Names
from .gazetteer import Entry, Gazetteer
from .listings import LIST_NUMBER, NOT_HEADINGS, date_alone, labelled_date
from .regions import country_alone
from .suggestion import Context
from .text import Sentence, Spans
from .title_names import ARTICLES_ABROAD, NOT_TITLES, calendar_only, reads_as_title, section_label
from .titles import Spotter
from .vocabulary import CHANNEL_CELL, CHANNEL_THEN_DATE, SERVICE_CELL
from .when import PLACEHOLDER_DAY, WEEKDAY_NAME, find_dates

# A story's own sections, not works: "What We Know", "Why It Matters", "The Verdict".
SECTION_HEADING = re.compile(
    r"^(?:what|why|how|when|where|who|which|our|my|your|we|you|it|the\s+verdict|verdict|"
    r"bottom\s+line|final\s+thoughts|conclusion|background|the\s+story\s+so\s+far|"
    r"the\s+latest|update|more|related|read\s+more|see\s+also|in\s+brief|plot|synopsis|"
    r"trailer|release\s+date|cast|reviews?)\b",
    re.I,
)

# A listing's heading says the year or season beside the title: "The Last Watch (Season 11)".
HEADING_NOTE = re.compile(r"\s*\((?:(?:19|20)\d\d|(?:season|series|part|vol\.?)\s+\d+)\)\s*$", re.I)
# A heading that says something happens is a small headline, not a title: "Marisa Cole Goes
# Quiet" would be capitalised, "Marisa Cole goes Quiet Water" is a trailer roundup's section.
HEADLINE_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|goes|gets|returns|joins|lands|stars|tackles|takes|makes|"
    r"comes|hits|drops|debuts|reveals|unveils|shares|teases|confirms|sets|says|wants)\s"
)


def headline_objects(headings, body: str) -> tuple[str, ...]:
    """The title a small headline is about, when the part under it names it again: "Quiet
    Water" of "Marisa Cole goes Quiet Water" above "Quiet Water will be the last of…"."""
    objects = []
    for heading in headings:
        *_, tail = HEADLINE_VERB.split(heading)
        # Named twice in the body: the heading, and the prose under it.
        if tail != heading and tail[:1].isupper() and reads_as_title(tail) and body.count(tail) > 1:
            objects.append(tail)
    return tuple(objects)


DAY_WORDS = re.compile(WEEKDAY_NAME + r"|\b(?:week|of|on|from)\b", re.I)


def _set_as_title(name: str) -> bool:
    """A name set in italics reads as a title, in sentence case too, as Spanish, French and
    Italian titles are written ("*Hilo rojo*"): a capital first, a few words, no sentence."""
    words = name.split()
    return reads_as_title(name, quoted=True) or (
        0 < len(words) <= 6
        and (name[0].isupper() or name[0].isdigit())
        and name.lower() not in NOT_TITLES
        and not re.search(r"[.?!,;:]\s", name)
    )


def _only_a_date(name: str) -> bool:
    """A listing's day in bold is no title: "**Friday, January 1**", "*Week of March 3*"."""
    if calendar_only(name) or not reads_as_title(name, quoted=True, sentence_case=True):
        return True  # "**FALL 2027: SEPTEMBER, OCTOBER & NOVEMBER**", "**Date TBC**"
    left = name
    for mention in reversed(find_dates(name, PLACEHOLDER_DAY)):
        left = left[: mention.start] + left[mention.end :]
    return left != name and not re.search(r"[^\W\d_]{2,}", DAY_WORDS.sub("", left))


def listed_headings(headings: tuple[str, ...], language: str) -> tuple[str, ...]:
    """A story's headings that read as titles, when two or more do: a listing of works, one
    under each ("### Paper Moons"); a lone "### What we know" heads no listing."""
    titles = tuple(
        h
        for h in (HEADING_NOTE.sub("", h) for h in headings)
        if reads_as_title(h)
        and not NOT_HEADINGS.match(h)
        and not SECTION_HEADING.match(h)
        and not HEADLINE_VERB.search(h)
        and not section_label(h.split(), language)  # "## Looking ahead"
        and len(h) <= 90
    )
    return titles if len(titles) >= 2 else ()


def marked_titles(names: tuple[str, ...], context: Context, read=False) -> frozenset[str]:
    """The names the writer marked as titles (in italics, as a listing's headings) that the
    catalog does not know as anything; `read` when they were read as titles already."""
    return frozenset(
        name
        for name in dict.fromkeys(" ".join(e.split()) for e in names)
        if (read or _set_as_title(name))
        and not _only_a_date(name)
        and not any(
            e.kind in ("title", "person", "company", "franchise")
            for e in context.gazetteer.lookup(name)
        )
    )


# A title from abroad keeps its own sentence case in English copy: "*La logique du sel*".
FOREIGN_ARTICLE = re.compile(
    r"^(?:"
    + "|".join(ARTICLES_ABROAD)
    + r"|l['’]|gli|i|den|de|het|o|os|as|um|uma|un|une|una|uno|ein|eine)\b",
    re.I,
)


def taglines_of(emphasized: tuple[str, ...], text: str, language: str) -> frozenset[str]:
    """The English lines in italics in sentence case right under a line set in bold
    ("**Saltgrass**" then "*What the town didn't say*"): taglines, not second titles. (An
    English title in italics keeps its capitals; one from abroad keeps its own case.)"""
    marked = set(emphasized)
    lines = [line.strip() for line in text.split("\n")]
    return frozenset(
        line
        for above, line in zip(lines, lines[1:], strict=False)
        if above in marked
        and line in marked
        and section_label(line.split(), language)
        and not FOREIGN_ARTICLE.match(line)
    )


def spotted_elsewhere(read: list, context: Context, marked=frozenset()) -> Gazetteer:
    """The new titles the story spots anywhere (quoted, after "the film", as a heading, set
    in italics), to be known wherever else it names them the same way: a roundup's heading
    "Astro Bot" makes the title of "Astro Bot is back. It will be released on…"."""
    spotter = Spotter(context)
    entries = {name: Entry(None, "title", name, (), spotter.default_kind()) for name in marked}
    headings: dict[str, Entry] = {}
    for index, (sentence, located) in enumerate(read):
        for loc in spotter.spot(sentence, located):
            if loc.entry.kind == "title" and loc.entry.id is None:
                entries.setdefault(loc.entry.name, loc.entry)
        heading, spotter.heading = spotter.heading, None
        if index and heading is not None and heading.entry.id is None:
            headings.setdefault(heading.entry.name, heading.entry)
    # A line alone is a title when the prose names it too; a headline is no heading. One
    # pass of an automaton over the story, not every heading looked for in every sentence.
    lines = Gazetteer(list(headings.values()))
    for sentence, _located in read[1:]:
        for mention in lines.mentions(sentence.text):
            for entry in mention.candidates:
                if entry.name == mention.surface and sentence.text.strip() != entry.name:
                    entries.setdefault(entry.name, entry)
    return Gazetteer(list(entries.values()))


# A listing's note after a title set in bold: "**Dust Devils (Season 2)**" is that season,
# "**The Salt Ledger (Limited Series)**" that show.
SEASON_NOTE = re.compile(r"\s*\((?:season|series)\s+(?P<n>\d{1,2})\)$", re.I)
KIND_NOTE = re.compile(
    r"\s*\((?:limited\s+series|miniseries|docuseries|series|film|movie|documentary|special)\)$",
    re.I,
)


def as_named(name: str) -> str:
    """The show a listing sets in bold with its note (the season is read from the note where
    the show is found in the text)."""
    return KIND_NOTE.sub("", SEASON_NOTE.sub("", name))


# A picture's credit set in italics, in the languages copy arrives in: "*Image via Netflix*",
# "*Imagen vía Redcliff Forge*", "*Photo : Studio Héliade*", "*Bild: ZDF*".
CAPTION_CREDIT = re.compile(
    r"^\W*(?:image|photo|picture|screenshot|credit|courtesy|imagen|imagem|immagine|bild|foto|"
    r"crédit|crédito|credito|fuente|fonte|quelle)s?\s*(?::|via\s|vía\s|"
    # (whose picture, by name: not "*Photo de famille*", a film)
    r"(?:by|de|di|von|from)\s+(?=(?-i:[A-Z])))",
    re.IGNORECASE,
)


def no_work(emphasized: str, language: str, published) -> bool:
    """A day, a country or where and when in bold ("**3 juin**", "**Germany**", "**ITV1, 13
    September**", "**Opening: December 17, 2027**"): a list's heading or row, never a work's
    title."""
    return (
        bool(CAPTION_CREDIT.match(emphasized))
        or bool(country_alone(emphasized, language))
        or bool(CHANNEL_THEN_DATE.match(emphasized))
        or labelled_date(emphasized, published)
    )


# A title with its date after a dash, set in bold as one: "**Rookery Lane -- October 19**".
DATE_AFTER_DASH = re.compile(r"\s+(?:--|[–—-])\s+(?=\S)")


def without_its_date(emphasized: str, published) -> str:
    """The title of a bold "Title -- date" row, a heading's "Title - 17 de agosto - PS5,
    PC" or a ranked list's "2) Coldharbour, ITV1, September", without its number, its
    channel and its date (and what follows it)."""
    bare = LIST_NUMBER.sub("", emphasized)
    parts = DATE_AFTER_DASH.split(bare, maxsplit=2)
    if len(parts) >= 2 and date_alone(parts[1], find_dates(parts[1], published)):
        return parts[0]
    title, *cells = bare.split(",")
    last = bare.rfind(",") + 1
    dates = find_dates(bare, published) if len(cells) >= 2 else []
    if (
        dates
        and all(CHANNEL_CELL.fullmatch(c) or SERVICE_CELL.fullmatch(c) for c in cells[:-1])
        and not bare[last : dates[-1].start].strip()
        and dates[-1].end >= len(bare.rstrip(" :."))
    ):
        return title
    return bare


# What opens a line up to its colon: a paragraph's label, when the story set it in bold.
# (possessive, so that a line of blanks is read once: "\t" * 20,000 must stay linear)
LINE_LABEL = re.compile(r"^[ \t]*+([^\n:]{1,80}+):[ \t]", re.M)


def _without_note(label: str) -> str:
    """A label without the note in brackets it ends on (found from the end, not by a pattern
    tried from every blank of a long line)."""
    label = label.rstrip()
    opening = label.rfind("(")
    if (
        label.endswith(")")
        and opening > 0
        and len(label) - opening <= 82
        and ")" not in label[opening:-1]
    ):
        return label[:opening].rstrip()
    return label


def paragraph_labels(emphasized: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The titles a story sets in bold or italics with a colon, as a paragraph's label
    ("**The Copper Saint:**"), not a field's ("**Release date:**", "**Starring:**") nor an
    interview's speaker ("**Okafor:** We planned three chapters", "Ada Okafor" elsewhere)."""
    # ("**Fernlight Chronicles HD (Switch 2, November 12, 2027):**": the title, its note aside)
    names = dict.fromkeys(_without_note(e[:-1]).strip() for e in emphasized if e.endswith(":"))
    if emphasized:
        # ("**Glasswing Academy**: An original anime…": the colon after the bold, not in it)
        opening = {m.group(1).strip() for m in LINE_LABEL.finditer(text)}
        names.update(dict.fromkeys(e.strip() for e in emphasized if e.strip() in opening))
    if not names:
        return ()
    # (each read in one pass over the story, whatever the number of labels)
    speakers = {m.group("name") for m in SPEAKER.finditer(text)}
    surnames = {m.group("last") for m in FULL_NAME.finditer(text)}
    return tuple(
        name
        for name in names
        if reads_as_title(name)
        and not FIELD_LABEL.match(name)
        and not _countries_only(name)  # "**UK and Ireland:** The eight episodes begin…"
        and name not in speakers
        and name not in surnames
    )


def _countries_only(words: str) -> bool:
    return all(country_alone(part, "en") for part in re.split(r",\s*|\s+(?:and|&)\s+", words))


def echoed(
    sentence: Sentence, located: Names, echoes: Gazetteer, marked=frozenset(), labels=frozenset()
) -> Names:
    """The sentence's names with the story's own new titles where it names them, spelled
    exactly so ("You" is a title, "you" a word; a lone word opening a sentence is not one,
    unless the writer marked it a title: "*Tidewrack* returns to Peacock…")."""
    added = []
    taken = Spans()
    for loc in located:
        taken.add(loc.start, loc.end)
    for mention in echoes.mentions(sentence.text):
        entry = next((e for e in mention.candidates if e.name == mention.surface), None)
        if entry is None or (
            mention.start == 0
            and " " not in entry.name
            and entry.name not in marked
            and not VERB_AFTER_OPENING.match(sentence.text, mention.end)
        ):
            continue
        if taken.overlaps(mention.start, mention.end):
            continue
        if SUBTITLE_AFTER.match(sentence.text, mention.end) and entry.name not in labels:
            continue  # "Moth & Meridian: The Ashen Tides", the expansion: another work
        added.append(Located(entry, mention.start, mention.end))
    if not added:
        return located
    return Names(sorted([*located, *added], key=lambda loc: loc.start))


# An interview's speaker ("Okafor: We planned…") and a surname after a first name.
SPEAKER = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3}):\s*(?:I|We|My|Our|Yes|Well|Honestly|Look)\b"
)
FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+(?P<last>[A-Z][\w'’-]*)")
FIELD_LABEL = re.compile(
    r"(?i:(?:release|premiere|air|launch|start|new|original|us|uk)\s+date|release|premiere|"
    r"platforms?|genre|runtime|rating|director|directors|cast|starring|writers?|studio|"
    r"developer|publisher|network|where\s+to\s+watch|when|where|price|trailer|update|"
    r"renewed|cancell?ed|ending|new|returning|verdict|score|source|via|photo|credit|"
    # a listicle's labels: "**Hidden Gem**: …", "**Editors' Pick**:", "**Bottom line**:"
    r"(?:hidden\s+gems?|(?:[\w'’]+\s+)?picks?|(?:editor|critic)s?['’]?\s+choice|"
    r"honou?rable\s+mentions?|bottom\s+line|best\s+bet)$|"
    r"coming\s+(?:to|on)|streaming\s+(?:on|from)|available\s+(?:on|from))\b"
)
SUBTITLE_AFTER = re.compile(r":\s+(?:The\s+|A\s+)?[A-Z]")
# …unless a release verb follows it: "Nebelreich erscheint jetzt am 25. März", "Tidewrack
# opens on May 3" (a word alone opening a sentence is a title the story named elsewhere).
VERB_AFTER_OPENING = re.compile(
    r"\s+(?:erscheint|startet|kommt|sortira|sort|arrive|arrivera|llega|llegará|se\s+estrena|"
    r"uscirà|esce|chega|opens|launches|arrives|hits|lands|debuts|premieres|returns|will\s+"
    r"(?:open|launch|arrive|hit|land|debut|premiere|return|release|be\s+released))\b"
)
