"""People and their credits."""

from ninja import Router
from ninja.pagination import paginate

from . import selectors
from .pagination import CursorPagination
from .params import slug_path
from .schemas import CreditOut, PersonDetail, PersonRef

router = Router(tags=["People"])


@router.get("", response=list[PersonRef], url_name="people")
@paginate(CursorPagination, keyset=selectors.PEOPLE)
def person_list(request):
    """People from A to Z."""
    return selectors.people()


@router.get("/{slug:slug}", response=PersonDetail, url_name="person")
def person_detail(request, slug: str = slug_path("person")):
    return selectors.person(slug=slug)


@router.get("/{slug:slug}/credits", response=list[CreditOut], url_name="person_credits")
@paginate(CursorPagination, keyset=selectors.CREDITS)
def person_credits(request, slug: str = slug_path("person")):
    """A person's credits, newest title first (titles without a date yet lead)."""
    return selectors.credits_of(selectors.person(slug=slug))
