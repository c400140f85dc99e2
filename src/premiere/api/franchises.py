"""Franchises, with their titles in release order and in story order."""

from ninja import Router
from ninja.pagination import paginate

from . import selectors
from .pagination import CursorPagination
from .params import slug_path
from .schemas import FranchiseDetail, FranchiseRef

router = Router(tags=["Franchises"])


@router.get("", response=list[FranchiseRef], url_name="franchises")
@paginate(CursorPagination, keyset=selectors.FRANCHISES)
def franchise_list(request):
    """Franchises from A to Z."""
    return selectors.franchises()


@router.get("/{slug:slug}", response=FranchiseDetail, url_name="franchise")
def franchise_detail(request, slug: str = slug_path("franchise")):
    """One franchise: its titles by first release, and by where they sit in the story (from
    placements and sequel or prequel relations; titles set at the same moment share a group;
    contradictions between sources are listed, not resolved)."""
    return selectors.franchise(slug=slug)
