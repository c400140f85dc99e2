"""What a catalog file holds: the record types, the fields each may have, and the shapes
that carry a record and its problems from reading to writing."""

from dataclasses import dataclass, field

from django.apps import apps

# Entities are written before the titles that refer to them; this is also the export order.
TYPES = ("source", "franchise", "company", "person", "title")
# The model of each record type (and of the stories claims cite), by name: the newsroom's sit
# above the catalog, which does not import them.
MODELS = {
    "source": "newsroom.Source",
    "franchise": "catalog.Franchise",
    "company": "catalog.Company",
    "person": "catalog.Person",
    "title": "catalog.Title",
    "article": "newsroom.Article",
}


def model_of(kind: str):
    return apps.get_model(MODELS[kind])


PLURALS = {"company": "companies", "person": "people"}
# Modules read it as `schema.PROGRESS_EVERY` when they run, so one setting (or a test
# that changes it) governs checking, importing and exporting alike.
PROGRESS_EVERY = 1000

FIELDS = {
    "source": {"type", "name", "url"},
    "franchise": {"type", "slug", "name", "description"},
    "company": {"type", "slug", "name", "kind", "aliases"},
    "person": {"type", "slug", "name", "bio", "aliases"},
    "title": {
        "type",
        "slug",
        "kind",
        "name",
        "original_name",
        "synopsis",
        "aliases",
        "franchise",
        "installment",
        "parent",
        "status",
        "releases",
        "credits",
        "relations",
        "placements",
    },
}
EVIDENCE_FIELDS = {"name", "article", "url", "quote", "observed_at"}
FACT_FIELDS = {
    "status": {"value", "source", "sources"},
    "releases": {"region", "medium", "channel", "date", "confidence", "source", "sources"},
    "credits": {"person", "company", "role", "character", "billing", "source", "sources"},
    "relations": {"kind", "other", "source", "sources"},
    "placements": {"kind", "anchor", "anchor_end", "source", "sources"},
}


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun if count == 1 else PLURALS.get(noun, noun + 's')}"


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class Record:
    line: int
    type: str
    data: dict
    problems: list[str] = field(default_factory=list)
    # (model key, slug, where) for every entity this record points at.
    refs: list[tuple[str, str, str]] = field(default_factory=list)
    # The checked facts of a title, ready for the services.
    plan: dict | None = None

    @property
    def key(self) -> str:
        """Return what other records call this one by: a slug, or a source's name."""
        key = self.data.get("name" if self.type == "source" else "slug")
        return key if isinstance(key, str) else ""


def json_kind(value) -> str:
    """Return what JSON calls a value's type, for messages: "an object", "false"…"""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    return {str: "a string", list: "a list", dict: "an object"}.get(type(value), "null")


def shown(value, limit: int = 60) -> str:
    """Return `value` as Python writes it, cut short: a problem quotes what it is about
    without echoing a megabyte of it."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
