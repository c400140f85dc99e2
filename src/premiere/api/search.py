"""Search everything the site's search box finds (selectors.search: the one door to search)."""

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
    kind: Literal[selectors.SEARCH_KINDS] | None = Query(None, description="Only this kind."),
    limit: int = Query(10, ge=1, le=50, description="At most this many results."),
):
    """Stories, titles, people, franchises and companies, best first, as the site's search
    ranks them: exact names and aliases first, small typos and missing accents forgiven,
    recent news favoured. Stories not yet live are not found."""
    kinds = (kind,) if kind else ()
    return {"query": q, "results": selectors.search(q, kinds=kinds, limit=limit)}
