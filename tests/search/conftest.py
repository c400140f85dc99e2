"""Search fixtures: a small catalog with the names readers misspell, and a search helper."""

import pytest

from premiere.catalog import services as catalog
from premiere.search import selectors

# The desk's story with a new title in it, accepted from a draft (test_embargo.py).
from tests.desk.conftest import draft, one, publish, universe  # noqa: F401


@pytest.fixture
def find():
    """Return the names of the results for a query, best first."""

    def run(text: str, kind: str = "") -> list[str]:
        page = selectors.search_results(text=text, kind=kind).page
        return [hit.name for hit in page.object_list] if page else []

    return run


@pytest.fixture
def suggest():
    def run(text: str) -> list[str]:
        return [hit.name for hit in selectors.search_suggestions(text=text)]

    return run


@pytest.fixture
def catalog_names(db, make_title, day):
    """Titles, people, a franchise and a company with the names of the issue's examples."""
    wick = catalog.franchise_create(name="John Wick")
    titles = {
        "ballerina": make_title(
            "Ballerina", franchise=wick, aliases=["From the World of John Wick: Ballerina"]
        ),
        "wick": make_title("John Wick", franchise=wick),
        "spider": make_title("Spider-Man: Brand New Day", aliases=["Spider-Man 4"]),
        "amelie": make_title("Amélie", original_name="Le Fabuleux Destin d'Amélie Poulain"),
        "ballet": make_title("The Ballet Shoes"),
    }
    people = {
        "ana": catalog.person_create(name="Ana de Armas"),
        "keanu": catalog.person_create(name="Keanu Reeves", aliases=["Keanu Charles Reeves"]),
    }
    lionsgate = catalog.company_create(name="Lionsgate", aliases=["Lions Gate Films"])
    return {"franchise": wick, "company": lionsgate, **titles, **people}
