"""Search titles and people by name (selectors.search: the one door to search)."""

from typing import Literal

from ninja import Query, Router

from . import selectors
from .params import TEXT
from .schemas import SearchResults

router = Router(tags=["Search"])


@router.get("", response=SearchResults, url_name="search")
def search(
    request,
    q: str = Query(..., min_length=1, max_length=100, pattern=TEXT, description="Words to find."),
    kind: Literal["title", "person"] | None = Query(None, description="Only titles or people."),
    limit: int = Query(10, ge=1, le=50, description="At most this many of each kind."),
):
    """Titles and people whose name or an alias holds every word, A to Z within each kind."""
    kinds = (kind,) if kind else selectors.SEARCH_KINDS
    return {"query": q, "results": selectors.search(q, kinds=kinds, limit=limit)}
