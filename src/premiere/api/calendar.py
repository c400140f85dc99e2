"""Release calendar queries: the /calendar/ page's filters over a range of dates."""

import re
from datetime import date, timedelta
from typing import Annotated, Literal

from django.conf import settings
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import ValidationError
from ninja.pagination import paginate
from pydantic import BeforeValidator

from premiere.catalog.models import WORLDWIDE
from premiere.extraction.regions import countries

from . import selectors
from .pagination import CursorPagination
from .params import TEXT
from .schemas import CalendarEntry, Medium, TitleKind

router = Router(tags=["Calendar"])


def _upper(value):
    # "gb" is GB: a country code is a code whatever its case.
    return value.upper() if isinstance(value, str) else value


Region = Annotated[Literal[tuple(sorted([WORLDWIDE, *countries()]))], BeforeValidator(_upper)]


def _iso(value):
    # pydantic would also take "0" (a Unix time) for a date; the API says YYYY-MM-DD only.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("A day is written YYYY-MM-DD.")
    return value


Day = Annotated[date, BeforeValidator(_iso)]


class CalendarFilters(Schema):
    region: Region = Field(
        WORLDWIDE,
        description="An ISO 3166-1 alpha-2 country code, or WW. A region sees its own dates "
        "and the worldwide ones for a title, medium and channel it has none of its own for.",
    )
    kind: TitleKind | None = None
    medium: Medium | None = None
    channel: str | None = Field(
        None, max_length=60, pattern=TEXT, description="A streaming service or game platform."
    )
    start: Day | None = Field(
        None, alias="from", description="First day of the range (default: today)."
    )
    end: Day | None = Field(
        None,
        alias="to",
        description="Last day of the range (default and longest: `from` plus "
        "PREMIERE_API_CALENDAR_MAX_DAYS - 1 days).",
    )


def _bad(name: str, message: str) -> ValidationError:
    return ValidationError([{"loc": ("query", name), "msg": message}])


def date_range(start: date | None, end: date | None) -> tuple[date, date]:
    """Return the range asked for, its gaps filled; raise ValidationError past the cap."""
    longest = settings.PREMIERE_API_CALENDAR_MAX_DAYS
    start = start or timezone.localdate()
    if end is None:
        try:
            end = start + timedelta(days=longest - 1)
        except OverflowError:
            end = date.max
    if end < start:
        raise _bad("to", "`to` is before `from`.")
    if (end - start).days + 1 > longest:
        raise _bad("to", f"A range covers at most {longest} days.")
    return start, end


@router.get("", response=list[CalendarEntry], url_name="calendar")
@paginate(CursorPagination, keyset=selectors.CALENDAR)
def release_calendar(request, filters: Query[CalendarFilters]):
    """Releases whose period ends within the range, soonest first: an exact day on that day,
    "June 2025" at the end of June, "Q3 2025" at the end of September, so a period is listed
    once, on the last day it may fall, and never pinned to a day nobody announced. Releases
    ending the same day: the shorter period first. TBA dates have no day and are not listed."""
    start, end = date_range(filters.start, filters.end)
    return selectors.calendar(
        start=start,
        end=end,
        region=filters.region,
        kind=filters.kind or "",
        medium=filters.medium or "",
        channel=filters.channel or "",
    )
