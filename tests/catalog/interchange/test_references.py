"""Checking the file as a whole: duplicates, names taken, parent loops."""

import pytest

from premiere.catalog import services
from premiere.catalog.interchange import ImportRejected, catalog_import

from .conftest import film, jsonl

pytestmark = pytest.mark.django_db


def test_a_slug_defined_twice_is_reported_on_the_second_line():
    with pytest.raises(ImportRejected) as rejected:
        catalog_import(jsonl(film("one"), film("one")))

    assert [str(p) for p in rejected.value.report.problems] == [
        "line 2: title 'one' is already defined on line 1"
    ]


def test_a_franchise_name_taken_under_another_slug_is_refused():
    services.franchise_create(name="John Wick", slug="john-wick")

    with pytest.raises(ImportRejected) as rejected:
        catalog_import(jsonl({"type": "franchise", "slug": "wick", "name": "John Wick"}))

    assert "already has slug 'john-wick'" in str(rejected.value.report.problems[0])


def test_a_parent_loop_is_refused():
    with pytest.raises(ImportRejected) as rejected:
        catalog_import(jsonl(film("a", parent="b"), film("b", parent="a")))

    assert {p.line for p in rejected.value.report.problems} == {1, 2}
