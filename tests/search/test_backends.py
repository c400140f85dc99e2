"""The two engines: the same words in, the same matches out, and their SQL kept in step."""

import importlib

import pytest
from django.db import connection

from premiere.search import text
from premiere.search.backends import backend
from premiere.search.backends.postgresql import PostgreSQLBackend
from premiere.search.backends.sqlite import TRIGGERS, SQLiteBackend
from premiere.search.query import query_parse

pytestmark = pytest.mark.django_db

migration = importlib.import_module("premiere.search.migrations.0001_initial")


def test_the_rebuild_s_triggers_are_the_migration_s():
    """A rebuild drops and recreates the triggers; they must be the ones 0001 made."""
    created = [sql for sql in migration.FULL_TEXT["sqlite"][0] if "CREATE TRIGGER" in sql]
    assert created == list(TRIGGERS.values())


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's schema")
def test_the_database_holds_the_migration_s_triggers():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
        )


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("Spider-Man: No Way Home", ["spider", "man", "no", "way", "home"]),
        ("Amélie", ["amelie"]),
        ("O'Brien", ["obrien"]),
        ("Øresund Straße", ["oresund", "strasse"]),
        ('NEAR("x" * -y)', ["near", "x", "y"]),
        ("🎬 \x00", []),
    ],
)
def test_text_is_folded_into_plain_words(typed, words):
    assert text.words(typed) == words


def test_both_engines_see_only_quoted_words():
    query = query_parse('ballerina" OR * NEAR(')
    assert (
        SQLiteBackend().match(query, names_only=False)
        == '{names body} : (("ballerina") AND ("or") AND ("near"*))'
    )
    # Names only is a column of its own on PostgreSQL (names_vector), not a weight.
    assert (
        PostgreSQLBackend().match(query, names_only=True) == "('ballerina') & ('or') & ('near':*)"
    )


def test_the_engine_follows_the_database():
    assert type(backend()).__name__.lower().startswith(connection.vendor)
