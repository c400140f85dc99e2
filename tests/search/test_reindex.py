"""`premiere reindex` and the index services: a rebuild equals what saves have kept."""

import io
import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError

from premiere.search import services
from premiere.search.models import Document, Name, Word

pytestmark = pytest.mark.django_db


def _index():
    return (
        sorted(Document.objects.values_list("kind", "object_id", "name", "names", "body")),
        sorted(Name.objects.values_list("document__object_id", "document__kind", "key")),
        sorted(Word.objects.values_list("word", flat=True)),
    )


def test_a_rebuild_matches_the_index_saves_kept(catalog_names, make_article, find):
    make_article(headline="Ballerina opens in June")
    kept = _index()
    out = io.StringIO()
    call_command("reindex", stdout=out)
    assert _index() == kept
    lines = out.getvalue().splitlines()
    assert lines[0] == "Rebuilding the search index…"
    assert "  titles: 5 of 5" in lines
    assert lines[-1].startswith("Indexed 10 documents (5 titles, 2 people, 1 franchises")
    assert find("balerina")[0] == "Ballerina"  # the rebuilt full-text index answers


def test_a_rebuild_brings_back_what_was_written_around_the_services(catalog_names, find):
    Document.objects.all().delete()
    assert find("ballerina") == []
    call_command("reindex", verbosity=0, stdout=io.StringIO())
    assert find("ballerina")[0] == "Ballerina"


def test_a_failed_rebuild_is_one_clear_line_and_keeps_the_index(catalog_names, monkeypatch):
    def broken(**kwargs):
        raise DatabaseError("no such table: search_document\nmore detail")

    monkeypatch.setattr("premiere.search.management.commands.reindex.index_rebuild", broken)
    with pytest.raises(CommandError) as error:
        call_command("reindex", stdout=io.StringIO())
    assert str(error.value) == (
        "the search index was not rebuilt, the old one is kept: "
        "no such table: search_document (has `premiere migrate` run?)"
    )


def test_the_command_exits_non_zero_with_one_line(tmp_path):
    """Run for real against a database that has no tables."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "PREMIERE_DATA_DIR": str(tmp_path),
        "SECRET_KEY": "test-only-" + "x" * 50,
    }
    done = subprocess.run(
        [sys.executable, "-m", "premiere", "reindex"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode != 0
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("CommandError: the search index was not")


def test_an_unchanged_document_is_not_written_again(catalog_names, django_assert_num_queries):
    title = catalog_names["ballerina"]
    # Read the title, its aliases, the document, its keys and known words: no UPDATE, no INSERT.
    with django_assert_num_queries(5) as queries:
        services.document_refresh(kind="title", pk=title.pk)
    assert not any(q["sql"].startswith(("UPDATE", "INSERT")) for q in queries.captured_queries)


def test_migrate_fills_an_empty_index_on_a_site_with_content(catalog_names, find):
    """A site that had a catalog before search existed is indexed on its next migrate."""
    from django.apps import apps

    from premiere.search.apps import _fill_if_empty

    Document.objects.all().delete()
    _fill_if_empty(apps.get_app_config("search"), apps=apps, verbosity=0)
    assert find("balerina")[0] == "Ballerina"
    Document.objects.filter(kind="company").delete()
    count = Document.objects.count()
    _fill_if_empty(apps.get_app_config("search"), apps=apps, verbosity=0)
    assert Document.objects.count() == count  # an index that has documents is left alone
