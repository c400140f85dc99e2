"""Records and helpers shared by the interchange tests."""

import io
import json
from pathlib import Path

from premiere.catalog.interchange import catalog_export
from premiere.catalog.models import (
    Claim,
    Company,
    Credit,
    Franchise,
    Person,
    Placement,
    Relation,
    Release,
    ReleaseChange,
    Title,
)
from premiere.newsroom.models import Source

EXAMPLE = Path(__file__).parents[3] / "docs" / "catalog-example.jsonl"
SAID = {"name": "Trade Weekly", "url": "https://trade.example/news/1", "quote": "It is dated."}


def jsonl(*records) -> list[str]:
    return [json.dumps(record) for record in records]


def film(slug="ballerina", **fields):
    return {"type": "title", "slug": slug, "kind": "film", "name": slug.title(), **fields}


def release(date="2025-06-06", **fields):
    return {"region": "WW", "medium": "theatrical", "date": date, "source": SAID, **fields}


def export() -> str:
    out = io.StringIO()
    catalog_export(out)
    return out.getvalue()


def rows() -> dict:
    return {
        model.__name__: model.objects.count()
        for model in (Title, Release, ReleaseChange, Claim, Credit, Relation, Placement, Source)
    }


def wipe_catalog():
    Title.objects.all().delete()
    for model in (Franchise, Person, Company, Source):
        model.objects.all().delete()
