"""What comes first: exact names and aliases, despite typos and missing accents; recent news."""

from datetime import timedelta

import pytest
from django.utils import timezone

from premiere.catalog import services as catalog


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Ballerina", "Ballerina"),
        ("balerina", "Ballerina"),  # one letter missing
        ("ballerian", "Ballerina"),  # two letters swapped
        ("ana de armass", "Ana de Armas"),
        ("ANA DE ARMAS", "Ana de Armas"),
        ("amelie", "Amélie"),  # no accent typed
        ("Amèlie", "Amélie"),  # the wrong accent
        ("fabuleux destin d amelie poulain", "Amélie"),  # the original name
        ("spiderman 4", "Spider-Man: Brand New Day"),  # an alias, written as one word
        ("spider man brand new day", "Spider-Man: Brand New Day"),
        ("lions gate films", "Lionsgate"),  # a company's alias
        ("keanu charles reeves", "Keanu Reeves"),  # a person's alias
        ("john wick", "John Wick"),
        ("jon wick", "John Wick"),  # a word too short to correct: the other word finds it
    ],
)
def test_the_thing_named_comes_first(catalog_names, find, query, first):
    assert find(query)[0] == first


def test_an_exact_name_beats_a_longer_name_holding_it(catalog_names, find):
    found = find("john wick")
    # The franchise and the film are both named exactly; the ballerina alias only holds it.
    assert set(found[:2]) == {"John Wick"}
    assert found.index("Ballerina") > 1


def test_a_half_typed_word_suggests_what_it_begins(catalog_names, suggest):
    assert suggest("baller")[0] == "Ballerina"
    assert suggest("ana de ar")[0] == "Ana de Armas"
    assert suggest("balerin")[0] == "Ballerina"  # misspelt and unfinished


def test_a_known_word_is_not_corrected_into_another(catalog_names, find):
    """ "ballet" is a word of a name: it must not also find "ballerina" by a typo."""
    assert find("ballet") == ["The Ballet Shoes"]


def test_recent_news_comes_before_old_news(catalog_names, make_article, find):
    old = make_article(headline="Ballerina casting news", at=timezone.now() - timedelta(days=400))
    new = make_article(headline="Ballerina casting update", at=timezone.now() - timedelta(hours=2))
    news = find("ballerina casting", kind="news")
    assert news == [new.headline, old.headline]


def test_a_rename_is_found_by_its_new_name_only(catalog_names, find):
    catalog.entity_update(entity=catalog_names["ballet"], name="Ballet Slippers")
    assert find("ballet slippers") == ["Ballet Slippers"]
    assert find("shoes") == []


def test_a_renamed_franchise_re_indexes_its_titles(catalog_names, find):
    catalog.entity_update(entity=catalog_names["franchise"], name="Wickverse")
    assert "Ballerina" in find("wickverse")


def test_an_alias_added_and_removed(catalog_names, find):
    alias = catalog.title_alias_add(title=catalog_names["ballet"], name="Pointe Work")
    assert find("pointe work") == ["The Ballet Shoes"]
    catalog.title_alias_remove(alias=alias)
    assert find("pointe work") == []


def test_kind_filter_shows_only_that_kind(catalog_names, find):
    assert find("wick", kind="franchises") == ["John Wick"]
    assert find("keanu", kind="titles") == []


def test_a_query_matching_too_much_to_rank_still_answers(catalog_names, make_title, find):
    """Past RANK_AT_MOST matches the engine ranks names only, then takes the newest: the
    reader still gets the named thing first, on both databases."""
    for n in range(6):
        make_title(f"The Ballerina Files {n}")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("premiere.search.finding.RANK_AT_MOST", 3)
        found = find("ballerina")
    assert found[0] == "Ballerina"
    assert len(found) >= 5


def test_common_words_rank_but_do_not_narrow(catalog_names, find):
    """ "the" is left to ranking beside rarer words: a name with it is still exact, one without
    it still found; alone, it is searched."""
    assert find("the ballet shoes")[0] == "The Ballet Shoes"
    assert find("ballet shoes")[0] == "The Ballet Shoes"
    assert find("the spider man")[0] == "Spider-Man: Brand New Day"
    assert find("the")[:2] == ["The Ballet Shoes", "Ballerina"]  # "From the World of…"
