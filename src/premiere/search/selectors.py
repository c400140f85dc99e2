"""Search as pages use it: one results page, and suggestions as a reader types.

The whole module's API for views (and anything else that wants to search): both take the
visitor's text as typed, and everything else (bounding it, typos, the database's engine,
the embargo on stories) happens behind them.
"""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import prefetch_related_objects
from django.utils import timezone

from premiere.catalog.models import Company, Franchise, Person, Title
from premiere.newsroom.models import Article

from .finding import RANK_AT_MOST, Search
from .models import Kind
from .query import Query, query_parse
from .ranking import Hit

PAGE_SIZE = 20
MOST_RESULTS = 200  # ten pages, ranked; a reader who needs more narrows the query
SUGGESTIONS = 8
SHORTEST_SUGGESTED = 2  # letters typed before suggestions start

# The results page's filters: the name in its address, its label, the kinds it shows.
FILTERS = {
    "news": ("News", (Kind.ARTICLE,)),
    "titles": ("Titles", (Kind.TITLE,)),
    "people": ("People", (Kind.PERSON,)),
    "franchises": ("Franchises", (Kind.FRANCHISE,)),
    "companies": ("Companies", (Kind.COMPANY,)),
}


@dataclass(frozen=True)
class Filter:
    slug: str  # "" for everything
    label: str
    count: int | None  # None: too many matches to count
    current: bool


@dataclass
class Results:
    query: Query
    page: Page | None
    filters: list[Filter]
    total: int | None  # matches of the chosen kind; None: more than RANK_AT_MOST
    kind: str

    @property
    def more_than(self) -> int:
        return RANK_AT_MOST

    @property
    def current_label(self) -> str:
        return next(f.label for f in self.filters if f.current)


def search_results(*, text: str, kind: str = "", page_number=None) -> Results:
    """Return a page of results for `text`, of one kind (a key of FILTERS) or all."""
    query = query_parse(text)
    kind = kind if kind in FILTERS else ""
    search = Search(query, now=timezone.now())
    kinds = FILTERS[kind][1] if kind else ()
    hits = search.hits(kinds=kinds, limit=MOST_RESULTS) if query else []
    counts = search.counts() if query else {}
    filters = [Filter("", "All", sum(counts.values()) if counts is not None else None, not kind)]
    for slug, (label, of_kinds) in FILTERS.items():
        count = None if counts is None else sum(counts.get(k, 0) for k in of_kinds)
        filters.append(Filter(slug, label, count, slug == kind))
    page = Paginator(hits, PAGE_SIZE).get_page(page_number) if query else None
    if page is not None:
        _pictured(page.object_list)
    total = next(f.count for f in filters if f.current)
    return Results(query, page, filters, total, kind)


# Where each kind of result keeps its picture.
_PICTURES = {
    Kind.ARTICLE: (Article, "hero_image"),
    Kind.TITLE: (Title, "poster"),
    Kind.PERSON: (Person, "portrait"),
    Kind.FRANCHISE: (Franchise, "picture"),
    Kind.COMPANY: (Company, "picture"),
}


def _pictured(hits: list[Hit]) -> None:
    """Give each hit of a page its thumbnail: a query per kind on the page, one for all the
    renditions."""
    holders = []
    for kind, (model, field) in _PICTURES.items():
        ids = [hit.object_id for hit in hits if hit.kind == kind]
        if ids:
            rows = model.objects.filter(pk__in=ids, **{f"{field}__isnull": False})
            pictures = {row.pk: row for row in rows.select_related(field).only("pk", field)}
            for hit in hits:
                if hit.kind == kind and hit.object_id in pictures:
                    hit.picture = getattr(pictures[hit.object_id], field)
                    holders.append(hit.picture)
    prefetch_related_objects(holders, "renditions")


def search_suggestions(*, text: str) -> list[Hit]:
    """Return the few best hits for what a reader has typed so far."""
    query = query_parse(text)
    if len(query.key) < SHORTEST_SUGGESTED:
        return []
    return Search(query, now=timezone.now()).hits(limit=SUGGESTIONS)


def search_hits(*, text: str, kinds=(), limit: int = 10) -> list[Hit]:
    """Return the best `limit` hits for `text`, of `kinds` (Kind values) or of every kind, in
    the order the results page shows them: for software (the API) rather than a page."""
    query = query_parse(text)
    if not query:
        return []
    return Search(query, now=timezone.now()).hits(kinds=tuple(kinds), limit=limit)
