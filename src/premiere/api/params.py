"""Parameters several operations share, with the patterns the OpenAPI document states."""

from ninja import Path, Query

SLUG = r"^[-a-zA-Z0-9_]+$"
# Free text: anything printable (no NUL or other control characters, which PostgreSQL refuses).
TEXT = r"^[^\x00-\x1f\x7f]*$"


def slug_path(noun: str):
    return Path(..., pattern=SLUG, max_length=250, description=f"The {noun}'s slug.")


def slug_filter(noun: str):
    return Query(None, pattern=SLUG, max_length=250, description=f"Only those of this {noun}.")
