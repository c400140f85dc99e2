"""Titles a model learned to spot, where no rule reads one: a conditional random field over the
story's words, trained on the shape stories' answer keys (`bench/extraction/title_model.py`).

The rules propose a new title only where a fact or a cue names it ("the film X opens…"); copy
names many more ("la docuserie *Nina, l'ultima diva*, in onda sul Nove…"). The model reads
how a title looks where it stands: its capitals, its italics, the words on either side.
Trained on tuning rounds 1–12 and read through the pipeline's checks on rounds 13–16, which
it never saw, the new titles proposed went from precision 0.91, recall 0.52 (the rules) to
0.88, 0.86 (bench/RESULTS.md). Its titles come to the desk as new-title cards the editor
accepts one by one, below "Accept all confident", and no rule reads them as known titles.
"""

import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from .suggestion import Document
from .text import clean, where_written

MODEL = Path(__file__).resolve().parent / "models" / "titles.crfsuite"
# A story is a few thousand words; a longer text is read up to here (the model's work is
# linear in words, and hostile input must not hold a worker).
MAX_WORDS = 10_000
READ_CHARS = 100_000  # where a story's italics are looked for (10,000 words fit in it)
LONGEST_TITLE = 120  # italics longer than this are a passage, not a title
# A word, with what joins its parts ("Spider-Man", "R.I.P.D", "l'ultima"), not the quote
# around it nor the "'s" after it: "'The Salt Road'" and "Road's" write the title "Salt Road".
WORD = re.compile(r"\w+(?:[&.-]\w+)*(?:'(?!s\b)\w+(?:[&.-]\w+)*)*!*|'s\b|\S")
LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")
SENTENCE_END = frozenset(".!?:")


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    marks: frozenset[str]  # emphasized, quoted, heading, item, line_start


def words(document: Document) -> tuple[str, list[Word]]:
    """The story's text as the pipeline reads it, and its words with what marks them."""
    text = clean(document.text)
    emphasized = _covered(text, document.emphasized)
    headings = {h.strip() for h in document.headings}
    found, at = [], 0
    for line in text.split("\n"):
        line_marks = set()
        if line.strip() in headings:
            line_marks.add("heading")
        if LIST_ITEM.match(line):
            line_marks.add("item")
        quoted = False
        for n, match in enumerate(WORD.finditer(line)):
            start, end = at + match.start(), at + match.end()
            marks = set(line_marks)
            if match.group() == '"':
                quoted = not quoted
            elif quoted:
                marks.add("quoted")
            if n == 0:
                marks.add("line_start")
            if emphasized[start] and emphasized[end - 1]:
                marks.add("emphasized")
            found.append(Word(match.group(), start, end, frozenset(marks)))
            if len(found) >= MAX_WORDS:
                return text, found
        at += len(line) + 1
    return text, found


def _covered(text: str, phrases: tuple[str, ...]) -> bytearray:
    """Which characters of `text` lie in one of `phrases` (the story's italics; `extract`
    reads a story's first MOST_ITALICS), in the stretch a story fits in."""
    chosen = (clean(p.strip()) for p in phrases)
    shown = [p for p in chosen if len(p) <= LONGEST_TITLE]
    return where_written(text[:READ_CHARS], shown, size=len(text))


def _shape(word: str) -> str:
    shape = re.sub(r"\d", "d", re.sub(r"[^\W\d_]", lambda m: "X" if m[0].isupper() else "x", word))
    return re.sub(r"(.)\1+", r"\1\1", shape)


def features(found: list[Word], language: str) -> list[list[str]]:
    """What the model sees of each word: itself, its shape, its marks, its neighbours."""
    rows = []
    for i, word in enumerate(found):
        text = word.text
        row = [f"w={text.lower()}", f"shape={_shape(text)}", f"suffix={text[-3:].lower()}"]
        row += [f"language={language}", *sorted(word.marks)]
        if text[:1].isupper():
            row.append("capital")
        if i == 0 or found[i - 1].text in SENTENCE_END or "line_start" in word.marks:
            row.append("opens_sentence")
        for step in (-2, -1, 1, 2):
            if 0 <= i + step < len(found):
                other = found[i + step]
                row += [f"{step}:w={other.text.lower()}", f"{step}:shape={_shape(other.text)}"]
                row += [
                    f"{step}:{mark}" for mark in ("emphasized", "quoted") if mark in other.marks
                ]
            else:
                row.append(f"{step}:none")
        rows.append(row)
    return rows


_local = threading.local()  # a tagger is not shared between threads
logger = logging.getLogger(__name__)


def _tagger() -> pycrfsuite.Tagger | None:
    if not hasattr(_local, "tagger"):
        use_model(MODEL)
    return _local.tagger


def use_model(path: Path | None) -> None:
    """Read with the model at `path` from now on, in this thread; None, or a file that is
    missing or unreadable, reads no titles (said once in the log): the rules go on alone."""
    _local.tagger = None
    if path is None:
        return
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as error:
        logger.warning("title model %s not read: %s; no titles spotted by it", path, error)
        return
    _local.tagger = tagger


def spotted(document: Document, language: str) -> Iterator[tuple[str, int]]:
    """Each title the model reads in the story, as written, with where it stands in the text
    the pipeline reads (`clean(document.text)`)."""
    tagger = _tagger()
    if tagger is None:
        return
    text, found = words(document)
    tags = tagger.tag(features(found, language or "en"))
    for first, last in spans(tags):
        yield text[found[first].start : found[last].end], found[first].start


def spans(tags: list[str]) -> Iterator[tuple[int, int]]:
    """Each run of tags a title takes ("B", then "I"s): its first and last word."""
    first = None
    for i, tag in enumerate([*tags, "O"]):
        if first is not None and tag != "I":
            yield first, i - 1
            first = None
        if tag == "B" or (tag == "I" and first is None):
            first = i
