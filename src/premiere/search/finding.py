"""Finding: a parsed query to ranked hits, in a fixed, small number of queries.

1. Count the matches, stopping past RANK_AT_MOST. Up to that many, the engine ranks them all
   by text (a microsecond or two each). Past it (a query like "the"), only the names are
   searched; and if even they match too much, a sample of the matches is taken unranked.
   So no query ranks 100,000 rows: the worst case is bounded.
2. Add the newest matching stories (recent news matters, however the text ranks), and the
   documents whose name or alias is exactly the query (an index lookup).
3. Read those documents, only the ones readers may see now; rank them (ranking.py); check the
   stories among them against `Article.objects.published()` once more.
"""

from datetime import datetime

from premiere.newsroom.models import Article

from .backends import backend
from .models import Document, Kind, Name
from .query import Query
from .ranking import Candidate, Hit, rank

RANK_AT_MOST = 2_000
# Candidates ranked in Python per hit asked for, within these bounds: the engine's order is
# by text alone, so the names-first order needs a wider pool than the hits shown.
POOL_PER_HIT, SMALLEST_POOL, LARGEST_POOL = 5, 50, 300
MOST_STORIES = 50  # the newest matching stories always considered
MOST_EXACT = 50


class Search:
    """One query, searched as of one moment; each match count is asked for once."""

    def __init__(self, query: Query, *, now: datetime):
        self.query, self.now = query, now
        self.engine = backend()
        self._counts: dict = {}

    def matches(self, *, kinds=(), names_only=False, any_term=False) -> int:
        """Return how many documents match, counted up to RANK_AT_MOST + 1."""
        key = (tuple(kinds), names_only, any_term)
        if key in self._counts:
            return self._counts[key]
        if not names_only:
            # The names are part of the text: when they alone match too many, so does the
            # text, and their index says so far sooner. At 257,000 documents "horizon" took
            # 3 ms to count in the names and 26 ms (120 ms cold) in the text.
            in_names = self.matches(kinds=kinds, names_only=True, any_term=any_term)
            if in_names > RANK_AT_MOST:
                self._counts[key] = in_names
                return in_names
        self._counts[key] = self.engine.count(
            self.query,
            names_only=names_only,
            any_term=any_term,
            kinds=kinds,
            cap=RANK_AT_MOST + 1,
        )
        return self._counts[key]

    def pool(self, *, kinds, limit: int, any_term: bool) -> list[tuple[int, float]]:
        """Return (document id, text score) of the best matches the engine can afford."""
        options = {"any_term": any_term, "kinds": kinds, "limit": limit}
        if self.matches(kinds=kinds, any_term=any_term) <= RANK_AT_MOST:
            return self.engine.best(self.query, names_only=False, **options)
        if self.matches(kinds=kinds, names_only=True, any_term=any_term) <= RANK_AT_MOST:
            return self.engine.best(self.query, names_only=True, **options)
        return self.engine.sample(self.query, names_only=True, **options)

    @property
    def any_term(self) -> bool:
        """Whether to settle for documents with some of the words: when none has them all
        ("jon wick": "jon" is too short to correct). Ranking puts the most complete first."""
        return len(self.query.searchable_terms) > 1 and not self.matches()

    def candidates(self, *, kinds, limit: int) -> list[Candidate]:
        scores = dict(self.pool(kinds=kinds, limit=limit, any_term=self.any_term))
        if not kinds or Kind.ARTICLE in kinds:
            stories = self.engine.newest(
                self.query,
                names_only=False,
                any_term=self.any_term,
                kinds=[Kind.ARTICLE],
                limit=min(limit, MOST_STORIES),
            )
            for pk, _ in stories:
                scores.setdefault(pk, 0.0)
        # The exact names' ids are read first: "id IN (…) OR id IN (subquery)" makes
        # PostgreSQL scan the whole table rather than look up each id.
        exact = Name.objects.filter(key=self.query.key[:250]).values_list("document_id", flat=True)
        ids = scores.keys() | set(exact[:MOST_EXACT])
        documents = Document.objects.filter(pk__in=ids, public_from__lte=self.now)
        if kinds:
            documents = documents.filter(kind__in=kinds)
        fields = ["id", "kind", "object_id", "name", "detail", "url", "names", "dated"]
        return [
            Candidate(*row, text_score=float(scores.get(row[0], 0.0)))
            for row in documents.values_list(*fields)
        ]

    def hits(self, *, kinds=(), limit: int) -> list[Hit]:
        """Return up to `limit` hits, best first: only what readers may see now."""
        if not self.query:
            return []
        pool = min(max(limit * POOL_PER_HIT, SMALLEST_POOL), LARGEST_POOL)
        found = rank(self.query, self.candidates(kinds=kinds, limit=pool), now=self.now)
        return only_public(found, now=self.now)[:limit]

    def counts(self) -> dict[str, int] | None:
        """Return the matches of each kind readers may see now, or None when there are too
        many to count cheaply."""
        if not self.query:
            return {}
        if self.matches(any_term=self.any_term) > RANK_AT_MOST:
            return None
        return self.engine.count_kinds(
            self.query, any_term=self.any_term, kinds=Kind.values, now=self.now
        )


def only_public(hits: list[Hit], *, now: datetime) -> list[Hit]:
    """Drop a story that is not live, should the index ever lag behind the newsroom."""
    stories = [hit.object_id for hit in hits if hit.kind == Kind.ARTICLE]
    if not stories:
        return hits
    live = set(
        Article.objects.published(now=now).filter(pk__in=stories).values_list("pk", flat=True)
    )
    return [hit for hit in hits if hit.kind != Kind.ARTICLE or hit.object_id in live]
