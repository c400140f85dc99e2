"""Cursor pagination: every list page ends with an opaque cursor for the next one.

A list is read in a fixed order whose last key is unique (the id), and a cursor holds the sort
values of the last row handed out, signed so that it cannot be forged: to a client it is only a
token. The next page is the rows after those values (a keyset, or "seek", query), so it costs
the same on page 1,000 as on page 1, and rows added or removed meanwhile make no row repeat or
go missing around them. An offset, as ninja's own paginators use, would do both.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Q
from ninja import Field, Schema
from ninja.errors import ValidationError
from ninja.pagination import PaginationBase

NOTHING = Q(pk__in=[])


@dataclass(frozen=True)
class Key:
    """One column of a list's order."""

    field: str  # a model field, across relations with "__" ("title__name")
    descending: bool = False
    # Where NULLs sort, for a column that may hold them (None: it never does).
    nulls_first: bool | None = None

    def order(self):
        nulls = {}
        if self.nulls_first is not None:
            nulls = {"nulls_first": True} if self.nulls_first else {"nulls_last": True}
        column = F(self.field)
        return column.desc(**nulls) if self.descending else column.asc(**nulls)

    def equal(self, value) -> Q:
        if value is None:
            return Q(**{f"{self.field}__isnull": True})
        return Q(**{self.field: value})

    def beyond(self, value) -> Q:
        """Rows that come after `value` in this column alone."""
        if value is None:
            # After a NULL come the values when NULLs lead, and nothing when they trail.
            return Q(**{f"{self.field}__isnull": False}) if self.nulls_first else NOTHING
        after = Q(**{f"{self.field}__{'lt' if self.descending else 'gt'}": value})
        if self.nulls_first is False:
            after |= Q(**{f"{self.field}__isnull": True})
        return after

    def read(self, row):
        value = row
        for part in self.field.split("__"):
            value = getattr(value, part)
        return value


class InvalidCursor(ValueError):
    pass


class Keyset:
    """A list's order, the rows after a position in it, and cursors for those positions."""

    def __init__(self, model, *keys: Key):
        self.model = model
        self.keys = keys
        fields = ",".join(k.field + ("-" if k.descending else "") for k in keys)
        # A cursor is only good for the list it came from.
        self.salt = f"premiere.api.cursor:{model._meta.label}:{fields}"

    def order(self, queryset):
        return queryset.order_by(*(key.order() for key in self.keys))

    def after(self, queryset, values: list):
        condition, same = NOTHING, Q()
        for key, value in zip(self.keys, values, strict=True):
            condition |= same & key.beyond(value)
            same &= key.equal(value)
        return queryset.filter(condition)

    def rows_after(self, queryset, values: list | None, count: int) -> list:
        rows = self.order(queryset)
        if values is not None:
            rows = self.after(rows, values)
        return list(rows[:count])

    def position(self, row) -> list:
        return [key.read(row) for key in self.keys]

    def encode(self, values: list) -> str:
        plain = [v.isoformat() if isinstance(v, date | datetime) else v for v in values]
        return signing.dumps(plain, salt=self.salt)

    def decode(self, cursor: str) -> list:
        try:
            plain = signing.loads(cursor, salt=self.salt)
        except (signing.BadSignature, json.JSONDecodeError, UnicodeDecodeError, ValueError):
            raise InvalidCursor("This cursor was not made for this list.") from None
        if not isinstance(plain, list) or len(plain) != len(self.keys):
            raise InvalidCursor("This cursor was not made for this list.")
        try:
            return [
                None if value is None else self._field(key).to_python(value)
                for key, value in zip(self.keys, plain, strict=True)
            ]
        except (DjangoValidationError, TypeError) as error:
            raise InvalidCursor("This cursor was not made for this list.") from error

    def _field(self, key: Key):
        model, parts = self.model, key.field.split("__")
        for part in parts[:-1]:
            model = model._meta.get_field(part).related_model
        return model._meta.get_field(parts[-1])


class Page(Schema):
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null on the last page."
    )
    next: str | None = Field(description="The next page's full URL; null on the last page.")


class CursorPagination(PaginationBase):
    """Ninja pagination with keyset cursors. The operation returns a QuerySet (ordered and
    resumed by `keyset`) or any object with `rows_after(values, count)`."""

    class Input(Schema):
        cursor: str | None = Field(
            None,
            max_length=1000,
            description="From the previous page's `next_cursor`; leave out for the first page.",
        )
        limit: int = Field(
            settings.PREMIERE_API_PAGE_SIZE,
            ge=1,
            le=settings.PREMIERE_API_MAX_PAGE_SIZE,
            description="How many items a page holds.",
        )

    class Output(Page):
        items: list[Any]

    items_attribute = "items"

    def __init__(self, *, keyset: Keyset, **kwargs):
        self.keyset = keyset
        super().__init__(**kwargs)

    def paginate_queryset(self, items, pagination: Input, request, **params) -> dict:
        fetch: Callable = getattr(items, "rows_after", None) or (
            lambda values, count: self.keyset.rows_after(items, values, count)
        )
        values = None
        if pagination.cursor:
            try:
                values = self.keyset.decode(pagination.cursor)
            except InvalidCursor as error:
                raise ValidationError(
                    [{"loc": ("query", "cursor"), "msg": str(error), "type": "cursor"}]
                ) from None
        rows = fetch(values, pagination.limit + 1)
        page, more = rows[: pagination.limit], len(rows) > pagination.limit
        cursor = self.keyset.encode(self.keyset.position(page[-1])) if more else None
        return {"items": page, "next_cursor": cursor, "next": next_url(request, cursor)}


def next_url(request, cursor: str | None) -> str | None:
    if cursor is None:
        return None
    query = request.GET.copy()
    query["cursor"] = cursor
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
