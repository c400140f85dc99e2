"""How results are ordered, the same on both backends: names first, then text, then time.

A candidate's score, highest first:

- **Its name or an alias is the query** (all of it, and nothing more): 100 for the main name,
  95 for an alias or the name written as one word ("spiderman"). A misspelt or unfinished
  word costs a little: "balerina" gives Ballerina 80, "ballerin" 90. So a title, person,
  franchise or company the reader named comes first, whatever else mentions it.
- **Otherwise, how much of the query its names hold**: up to 60, scaled by the share of the
  query's words found there and, half as much, by the share of the name they cover ("wick" in
  "John Wick" beats "wick" in a six-word headline).
- **Text relevance** from the engine (bm25 or ts_rank, names weighing ten times the body),
  relative to the best candidate: up to 15.
- **Recency**: a story gets up to 25, halving every 30 days; a title up to 5 the nearer its
  first release is to today, so the new "Dune" comes before the 1984 one.
- **A kind's standing** breaks what is left: franchise 3, title and person 2, company 1, story 0.
"""

import math
from dataclasses import dataclass
from datetime import datetime

from .models import Kind
from .query import Query, Term
from .text import joined

EXACT, ALIAS = 100.0, 95.0
PARTIAL, TEXT, NEWS, RELEASE = 60.0, 15.0, 25.0, 5.0
# How well one query word matches one word of a name.
SAME, BEGINNING, CLOSE, CLOSE_BEGINNING = 1.0, 0.9, 0.8, 0.7
STANDING = {Kind.FRANCHISE: 3, Kind.TITLE: 2, Kind.PERSON: 2, Kind.COMPANY: 1, Kind.ARTICLE: 0}
HALF_LIFE_DAYS = 30.0


def word_match(term: Term, word: str) -> float:
    if word == term.word:
        return SAME
    if term.prefix and word.startswith(term.word):
        return BEGINNING
    if word in term.corrections:
        return CLOSE
    if term.prefix and word.startswith(term.correction_prefixes):
        return CLOSE_BEGINNING
    return 0.0


def joined_match(term: Term, form: str) -> float:
    """A name written as one word ("spiderman") counts whole or misspelt, never begun."""
    if form == term.word:
        return SAME
    return CLOSE if form in term.corrections else 0.0


def name_match(query: Query, name: str, memo: dict) -> tuple[float, bool]:
    """Return how well the query's words match one name (0 to 1), and whether they are the
    whole name: every query word matched, every name word used, one to one."""
    words = name.split()
    if not words:
        return 0.0, False
    used: set[int] = set()
    values = []
    for term in query.word_terms:
        best, best_at = 0.0, None
        for position, word in enumerate(words):
            if position in used:
                continue
            value = memo.get((term, word))
            if value is None:
                value = memo[(term, word)] = word_match(term, word)
            if value > best:
                best, best_at = value, position
        if best_at is not None:
            used.add(best_at)
        values.append(best)
    if len(used) == len(words) == len(values):
        return math.prod(values), True
    found = sum(values) / len(values)
    return found * (0.5 + 0.5 * len(used) / len(words)), False


@dataclass
class Candidate:
    """A document the engine found, as ranking reads it."""

    id: int
    kind: str
    object_id: int
    name: str
    detail: str
    url: str
    names: str
    dated: datetime | None
    text_score: float = 0.0


@dataclass
class Hit:
    """A ranked result: what the page shows and why it is where it is."""

    kind: str
    object_id: int
    name: str
    detail: str
    url: str
    dated: datetime | None
    score: float
    exact: bool  # its name or an alias is exactly what the reader typed
    picture: object = None  # a results page's thumbnail, set by search.selectors

    @property
    def kind_label(self) -> str:
        return Kind(self.kind).label


def recency(candidate: Candidate, now: datetime) -> float:
    if candidate.dated is None:
        return 0.0
    days = abs((now - candidate.dated).total_seconds()) / 86400
    if candidate.kind == Kind.ARTICLE:
        return NEWS * 0.5 ** (days / HALF_LIFE_DAYS)
    if candidate.kind == Kind.TITLE:
        return RELEASE * 0.5 ** (days / 365)
    return 0.0


def rank(query: Query, candidates: list[Candidate], *, now: datetime) -> list[Hit]:
    """Return the candidates as hits, best first (ties: the newer document first)."""
    best_text = max((c.text_score for c in candidates), default=0.0) or 1.0
    memo: dict = {}
    one_word = query.word_terms[0] if len(query.words) == 1 else None
    hits = []
    for candidate in candidates:
        score, exact = 0.0, False
        for position, name in enumerate(candidate.names.split("\n")):
            quality, whole = name_match(query, name, memo)
            if whole:
                value = (EXACT if position == 0 else ALIAS) * quality
                exact = exact or quality == SAME
            else:
                value = PARTIAL * quality * (1.0 if position == 0 else 0.95)
            if one_word and (form := joined(name)) and (quality := joined_match(one_word, form)):
                value = max(value, ALIAS * quality)
                exact = exact or quality == SAME
            score = max(score, value)
        score += TEXT * max(candidate.text_score, 0.0) / best_text
        score += recency(candidate, now) + STANDING[candidate.kind]
        hits.append(
            Hit(
                candidate.kind,
                candidate.object_id,
                candidate.name,
                candidate.detail,
                candidate.url,
                candidate.dated,
                round(score, 3),
                exact,
            )
        )
    hits.sort(key=lambda hit: (-hit.score, -(hit.dated.timestamp() if hit.dated else 0)))
    return hits
