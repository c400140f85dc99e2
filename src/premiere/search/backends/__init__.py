"""The two full-text engines behind one interface, picked by the database in use.

SQLite (the embedded profile) uses an FTS5 table, PostgreSQL (production) a weighted
`tsvector` with a GIN index. Both index text folded by `search.text`, so they agree on what a
word is, and both answer the same questions in their own SQL, with document ids:

    count(query, …, cap)     how many documents match, counting no further than `cap`
    best(query, …, limit)    the ids that match best by text (names weigh ten times the body)
    newest(query, …, limit)  the ids of the newest matches, unranked: the latest stories
    sample(query, …, limit)  some matches, unranked, as cheaply as the engine can: the pool
                             of a query that matches too much to rank
    count_kinds(query, now)  matches per kind that readers may see now, for the filters

`names_only` looks in names (and headlines) only; `any_term` asks for documents with any of
the query's words rather than all of them; `kinds` limits the kinds of document. Counting and
ranking need not know what is public yet: the rows are read afterwards with that filter
(finding.py), and a hidden story only takes a place in the pool that a public one then loses.
The order readers see is made from these candidates in `ranking.py`, the same for both.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from ..query import Query, Term


class Backend:
    """What both engines share: turning a query's terms into one match expression."""

    AND = OR = ""

    def word(self, word: str, *, prefix: bool, names_only: bool) -> str:
        raise NotImplementedError

    def match(self, query: Query, *, names_only: bool, any_term: bool = False) -> str:
        """Return the engine's match expression: every term (or, `any_term`, at least one),
        each as any of its spellings."""
        groups = [self.alternatives(term, names_only) for term in query.searchable_terms]
        return (self.OR if any_term else self.AND).join(groups)

    def alternatives(self, term: Term, names_only: bool) -> str:
        spellings = [self.word(term.word, prefix=term.prefix, names_only=names_only)]
        spellings += [self.word(w, prefix=False, names_only=names_only) for w in term.corrections]
        spellings += [
            self.word(w, prefix=True, names_only=names_only) for w in term.correction_prefixes
        ]
        return "(" + self.OR.join(spellings) + ")"

    def fetch(self, sql: str, params: list) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def sample(self, query, *, names_only, any_term, kinds, limit) -> list[tuple[int, float]]:
        """Return some matches' (id, 0.0): by default the newest."""
        return self.newest(
            query, names_only=names_only, any_term=any_term, kinds=kinds, limit=limit
        )

    def bulk_begin(self) -> None:
        """Prepare for loading every document at once (a rebuild, in its transaction)."""

    def bulk_end(self) -> None:
        """Index what was loaded since bulk_begin."""


def backend() -> Backend:
    """Return the engine for the database in use."""
    from .postgresql import PostgreSQLBackend
    from .sqlite import SQLiteBackend

    engines = {"sqlite": SQLiteBackend, "postgresql": PostgreSQLBackend}
    try:
        return engines[connection.vendor]()
    except KeyError:
        raise ImproperlyConfigured(
            f"Search runs on SQLite or PostgreSQL, not {connection.vendor}"
        ) from None
