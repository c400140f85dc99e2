"""Companies (studios, distributors, publishers, developers, networks) and their credits."""

from ninja import Router
from ninja.pagination import paginate

from . import selectors
from .pagination import CursorPagination
from .params import slug_path
from .schemas import CompanyDetail, CompanyKind, CompanyRef, CreditOut

router = Router(tags=["Companies"])


@router.get("", response=list[CompanyRef], url_name="companies")
@paginate(CursorPagination, keyset=selectors.COMPANIES)
def company_list(request, kind: CompanyKind | None = None):
    """Companies from A to Z."""
    return selectors.companies(kind=kind or "")


@router.get("/{slug:slug}", response=CompanyDetail, url_name="company")
def company_detail(request, slug: str = slug_path("company")):
    return selectors.company(slug=slug)


@router.get("/{slug:slug}/credits", response=list[CreditOut], url_name="company_credits")
@paginate(CursorPagination, keyset=selectors.CREDITS)
def company_credits(request, slug: str = slug_path("company")):
    """A company's credits, newest title first (titles without a date yet lead)."""
    return selectors.credits_of(selectors.company(slug=slug))
