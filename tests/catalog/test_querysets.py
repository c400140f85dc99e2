import pytest
from django.db import connection

from premiere.catalog.models import Title

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
