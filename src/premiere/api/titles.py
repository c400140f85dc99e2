"""Titles: films, series, seasons, specials, games and DLC, with every sourced fact."""

from ninja import Router
from ninja.pagination import paginate

from . import selectors
from .pagination import CursorPagination
from .params import slug_filter, slug_path
from .schemas import TitleDetail, TitleKind, TitleStatus, TitleSummary

router = Router(tags=["Titles"])


@router.get("", response=list[TitleSummary], url_name="titles")
@paginate(CursorPagination, keyset=selectors.TITLES)
def title_list(
    request,
    kind: TitleKind | None = None,
    status: TitleStatus | None = None,
    franchise: str | None = slug_filter("franchise"),
):
    """Titles from A to Z."""
    return selectors.titles(kind=kind or "", status=status or "", franchise=franchise or "")


@router.get("/{slug:slug}", response=TitleDetail, url_name="title")
def title_detail(request, slug: str = slug_path("title")):
    """One title: its releases (region, medium, channel, the period announced and its
    precision, confidence, the claims behind each date and its history), status history,
    credits, relations, story placements and latest stories."""
    return selectors.title(slug=slug)
