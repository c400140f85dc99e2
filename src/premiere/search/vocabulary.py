"""Close spellings: which indexed words a misspelt one is near.

Every word of every indexed name is a Word row. Each process holds them in memory (about
1 MB per 50,000 words) and compares a query's words with them using rapidfuzz's optimal
string alignment distance, where swapping two neighbouring letters is one typo: one typo is
allowed from four letters, two from seven, none below ("balerina" -> "ballerina", "armass" ->
"armas", never "the" -> "she"). A word some name holds is taken as meant and not corrected.
Only words of a near length are compared, so a query costs a millisecond or two at 100,000
titles.

When an index write adds a word, a version token in the shared cache changes and every
process reloads its copy before its next query (as the extractor's gazetteer does).
"""

import bisect
import logging
import secrets
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from rapidfuzz import process
from rapidfuzz.distance import OSA

from .models import Word

log = logging.getLogger(__name__)
VERSION_KEY = "search:words-version"
# Without a shared cache to ask, a process trusts its copy this long.
UNVERIFIED_SECONDS = 60
# The closest few are plenty: each becomes an alternative in the full-text query.
MOST_CORRECTIONS = 4
LONGEST_WORD = 40  # longer "words" (codes, run-together junk) are not worth correcting to


def typo_budget(length: int) -> int:
    """Return how many typos a word of this length may hold and still be corrected."""
    if length < 4:
        return 0
    return 1 if length < 7 else 2


@dataclass
class Snapshot:
    version: str | None
    words: frozenset[str]
    by_length: dict[int, list[str]]
    loaded_at: float = field(default_factory=time.monotonic)
    # Distinct beginnings of longer words, by length, made on first need ("ballerin" for
    # "ballerina"): what a half-typed, misspelt last word is compared with.
    _prefixes: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, version: str | None) -> "Snapshot":
        words = frozenset(Word.objects.values_list("word", flat=True).iterator(chunk_size=10_000))
        by_length = defaultdict(list)
        for word in words:
            by_length[len(word)].append(word)
        return cls(version, words, dict(by_length))

    def near_length(self, length: int, budget: int) -> list[str]:
        return [
            word
            for size in range(length - budget, length + budget + 1)
            for word in self.by_length.get(size, ())
        ]

    def knows(self, word: str, *, prefix: bool) -> bool:
        if word in self.words:
            return True
        if not prefix:
            return False
        beginnings = self.prefixes(len(word))
        at = bisect.bisect_left(beginnings, word)
        return at < len(beginnings) and beginnings[at] == word

    def prefixes(self, length: int) -> list[str]:
        if length not in self._prefixes:
            longer = (w for size, ws in self.by_length.items() if size > length for w in ws)
            self._prefixes[length] = sorted({word[:length] for word in longer})
        return self._prefixes[length]


_lock = threading.Lock()
_current: Snapshot | None = None


def _version() -> str | None:
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, secrets.token_hex(8), timeout=None)
            version = cache.get(VERSION_KEY)
        return version
    except Exception:
        log.warning("Search cannot read its vocabulary version from the cache")
        return None


def snapshot() -> Snapshot:
    """Return this process's copy of the vocabulary, reloaded if a write added words."""
    global _current
    version = _version()
    current = _current
    fresh = current is not None and current.version == version
    if fresh and version is None:
        fresh = time.monotonic() - current.loaded_at < UNVERIFIED_SECONDS
    if not fresh:
        with _lock:
            if _current is None or _current is current:
                _current = Snapshot.load(version)
            current = _current
    return current


def words_changed() -> None:
    """Say that words were added: every process reloads its copy before its next query.

    Said now, for this process and the tests, and again once the transaction commits, so a
    process that reloaded in between does not keep a copy without them.
    """

    def bump():
        try:
            cache.set(VERSION_KEY, secrets.token_hex(8), timeout=None)
        except Exception:
            log.warning("Search could not record new words in the cache")

    bump()
    transaction.on_commit(bump)


def _closest(word: str, choices: list[str], budget: int) -> list[str]:
    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=budget, limit=None)
    found = [(distance, abs(len(choice) - len(word)), choice) for choice, distance, _ in found]
    return [choice for *_, choice in sorted(found) if choice != word][:MOST_CORRECTIONS]


def corrections(word: str, *, prefix: bool = False) -> tuple[list[str], list[str]]:
    """Return the indexed words near `word`, and for a word still being typed (`prefix`), the
    beginnings of longer words near it: ("balerina", prefix) -> ["ballerina"], ["ballerin"]."""
    budget = typo_budget(len(word))
    if not budget or len(word) > LONGEST_WORD:
        return [], []
    vocabulary = snapshot()
    # A word some name holds, or (still being typed) begins, is taken as meant.
    if vocabulary.knows(word, prefix=prefix):
        return [], []
    whole = _closest(word, vocabulary.near_length(len(word), budget), budget)
    starts = _closest(word, vocabulary.prefixes(len(word)), budget) if prefix else []
    return whole, starts
