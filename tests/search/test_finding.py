import pytest
from django.utils import timezone

from premiere.search import finding
from premiere.search.query import query_parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted(monkeypatch):
    """Record what each Search asks its engine to count: names only (True) or the text."""
    asked = []
    original = finding.backend

    def recording():
        engine = original()
        count = engine.count

        def spy(query, *, names_only, **options):
            asked.append(names_only)
            return count(query, names_only=names_only, **options)

        engine.count = spy
        return engine

    monkeypatch.setattr(finding, "backend", recording)
    monkeypatch.setattr(finding, "RANK_AT_MOST", 3)
    return asked


def test_a_word_too_common_in_names_is_not_counted_in_the_text(catalog_names, make_title, counted):
    for n in range(5):
        make_title(f"The Ballerina Files {n}")
    search = finding.Search(query_parse("ballerina"), now=timezone.now())
    assert search.matches() > finding.RANK_AT_MOST
    assert search.counts() is None  # too many to count, as before
    assert search.hits(limit=3)[0].name == "Ballerina"
    assert counted == [True]  # the names' count answered for the text's


def test_a_word_in_few_names_is_still_counted_in_the_text(catalog_names, make_article, counted):
    """Many stories mention Ballerina in their text, one name holds it: the text decides."""
    for n in range(4):
        make_article(headline=f"Dates of the week {n}", body="Ballerina moved again.")
    search = finding.Search(query_parse("ballerina"), now=timezone.now())
    assert search.matches(names_only=True) <= finding.RANK_AT_MOST
    assert search.matches() > finding.RANK_AT_MOST
    assert counted == [True, False]
