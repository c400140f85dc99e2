import pytest
from django.db import connection

from premiere.catalog.models import Title
from premiere.catalog.querysets import TitleMatches

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("wick", ["John Wick", "The Continental"]),  # by name, and by its alias
        ("continental wick", ["The Continental"]),  # one word each
        ("WICK 2", ["John Wick"]),
        ("chapter", []),
    ],
)
def test_search_finds_each_word_in_the_name_or_an_alias(make_title, query, found):
    make_title("John Wick", aliases=["John Wick 2"])
    make_title("The Continental", aliases=["From the World of John Wick"])
    make_title("Ballerina")
    assert [t.name for t in Title.objects.search(query)] == found


@pytest.mark.parametrize("query", ["wick", "continental wick", "WICK 2", "chapter", "the"])
def test_the_search_page_counts_and_pages_the_same_titles(make_title, query):
    """The titles list reads a search through TitleMatches: the same titles, counted and cut
    into pages as the queryset would be."""
    make_title("John Wick", aliases=["John Wick 2"])
    make_title("The Continental", aliases=["From the World of John Wick"])
    make_title("Ballerina")
    for n in range(5):
        make_title(f"The Wick Files {n}")
    matches, titles = TitleMatches(query, Title.objects.all()), Title.objects.search(query)
    assert matches.count() == titles.count()
    assert [t.name for t in matches[0:3]] == [t.name for t in titles[0:3]]
    assert [t.name for t in matches[3:6]] == [t.name for t in titles[3:6]]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's trigram indexes")
def test_search_can_read_names_from_their_trigram_index(make_title):
    """The index matches the lookup's SQL (`UPPER(name::text) LIKE …`): with plain scans
    priced out, the plan reads it (on a table this small the planner would rightly scan)."""
    make_title("John Wick", aliases=["John Wick 2"])
    query = Title.objects.search("wick")
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(line for (line,) in cursor.fetchall())
    assert "catalog_title_name_trgm" in plan
