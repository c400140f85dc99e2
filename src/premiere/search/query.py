"""A visitor's query, made safe and read: bounded, folded, split, each word with its close
spellings. Nothing a visitor types reaches a full-text engine's syntax: the engines only ever
see words made of letters and digits, quoted by the backend."""

from dataclasses import dataclass
from functools import cached_property

from django.conf import settings

from . import text, vocabulary

MOST_WORDS = 8  # "the lord of the rings the return of the king" is ten, and still found
LONGEST_WORD = 40
# Words in so many names that asking the engine for them only slows it (every title with
# "the" is read and scored: four times the work for "the bitter harbor" at 100,000 titles)
# and narrows nothing. Beside other words they are left to ranking, which still counts them
# ("The Crimson Citadel" stays an exact match); alone, they are searched.
COMMON_WORDS = frozenset(
    {"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "with", "from"}  # English
    | {"la", "le", "les", "el", "los", "las", "de", "del", "der", "das"}  # and titles' others
)


@dataclass(frozen=True)
class Term:
    """One word of the query, and what else it may have meant."""

    word: str
    prefix: bool  # the last word, perhaps still being typed: "ballerin" finds "ballerina"
    corrections: tuple[str, ...] = ()  # whole words near it
    correction_prefixes: tuple[str, ...] = ()  # beginnings of longer words near it

    @property
    def searchable(self) -> bool:
        """A lone letter being typed matches too much to look up: it only ranks."""
        return not (self.prefix and len(self.word) < 2)


@dataclass(frozen=True)
class Query:
    text: str  # as the visitor typed it, bounded
    words: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()  # the distinct words, each once

    @property
    def key(self) -> str:
        """The query as a name key: an exact name or alias equals it."""
        return " ".join(self.words)

    @cached_property
    def word_terms(self) -> tuple[Term, ...]:
        """The term of each word as typed, in order (a repeated word has one term)."""
        by_word = {term.word: term for term in self.terms}
        return tuple(by_word[word] for word in self.words)

    @cached_property
    def searchable_terms(self) -> tuple[Term, ...]:
        """The terms the engine is asked for: not a lone letter being typed, and no common
        word beside a rarer one."""
        terms = tuple(term for term in self.terms if term.searchable)
        rarer = tuple(term for term in terms if term.word not in COMMON_WORDS)
        return rarer or terms

    @property
    def corrected(self) -> bool:
        return any(term.corrections or term.correction_prefixes for term in self.terms)

    def __bool__(self) -> bool:
        return bool(self.searchable_terms)


def query_parse(raw: str) -> Query:
    """Read a visitor's query. Its last word may be unfinished (suggestions come as one
    types), so it also matches as a beginning, unless a space follows it."""
    bounded = (raw or "")[: settings.PREMIERE_SEARCH_MAX_LENGTH]
    found = [word[:LONGEST_WORD] for word in text.words(bounded)][:MOST_WORDS]
    typing = not bounded[-1:].isspace()
    terms = []
    # A word given twice is looked for once: "the lord of the rings" needs one "the".
    distinct = list(dict.fromkeys(found))
    for position, word in enumerate(distinct):
        prefix = typing and position == len(distinct) - 1 and word == found[-1]
        whole, starts = vocabulary.corrections(word, prefix=prefix)
        terms.append(Term(word, prefix, tuple(whole), tuple(starts)))
    return Query(bounded.strip(), tuple(found), tuple(terms))
