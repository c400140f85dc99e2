"""The results page and the suggestions endpoint, as a browser and a script use them."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

RESULTS = reverse("search:results")
SUGGESTIONS = reverse("search:suggestions")


def test_the_header_has_a_search_box_that_works_without_script(client, catalog_names):
    home = client.get("/").content.decode()
    assert f'action="{RESULTS}"' in home and 'name="q"' in home and 'role="search"' in home
    page = client.get(RESULTS, {"q": "balerina"})
    assert page.status_code == 200
    assert 'href="/titles/ballerina/"' in page.content.decode()


def test_results_have_kind_filters_with_counts(client, catalog_names):
    page = client.get(RESULTS, {"q": "wick"}).content.decode()
    assert "Franchises <span" in page and "?q=wick&amp;kind=titles" in page
    titles = client.get(RESULTS, {"q": "wick", "kind": "titles"}).content.decode()
    assert 'aria-current="page">Titles' in titles
    assert "/franchises/john-wick/" not in titles.split('class="search-results"')[1]


def test_results_are_paged(client, make_title):
    for n in range(25):
        make_title(f"Night Shift {n}")
    first = client.get(RESULTS, {"q": "night shift"}).content.decode()
    assert first.count('class="search-result"') == 20
    second = client.get(RESULTS, {"q": "night shift", "page": 2}).content.decode()
    assert second.count('class="search-result"') == 5


def test_an_empty_query_shows_the_help(client, db):
    page = client.get(RESULTS)
    assert page.status_code == 200 and "Type a title" in page.content.decode()


def test_suggestions_are_small_json(client, catalog_names):
    response = client.get(SUGGESTIONS, {"q": "ana de arm"})
    assert response["Content-Type"] == "application/json"
    first = response.json()["suggestions"][0]
    assert first == {
        "name": "Ana de Armas",
        "kind": "Person",
        "detail": "Person",
        "url": "/people/ana-de-armas/",
    }


def test_suggestions_wait_for_two_letters(client, catalog_names):
    assert client.get(SUGGESTIONS, {"q": "b"}).json() == {"suggestions": []}


def test_suggestions_are_rate_limited_per_address(client, catalog_names, settings):
    settings.PREMIERE_SEARCH_SUGGEST_RATE_IP = "3/60"
    for _ in range(3):
        assert client.get(SUGGESTIONS, {"q": "ball"}).status_code == 200
    refused = client.get(SUGGESTIONS, {"q": "ball"})
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    other = client.get(SUGGESTIONS, {"q": "ball"}, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 200


def test_search_pages_are_read_only(client, db):
    assert client.post(RESULTS, {"q": "x"}).status_code == 405
    assert client.post(SUGGESTIONS, {"q": "x"}).status_code == 405


def test_the_results_page_reads_in_a_fixed_number_of_queries(
    client, catalog_names, make_article, django_assert_max_num_queries
):
    for n in range(10):
        make_article(headline=f"Ballerina review roundup {n}")
    with django_assert_max_num_queries(12):
        client.get(RESULTS, {"q": "ballerina"})


def test_crawlers_are_asked_to_leave_search_alone(client, db):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert f"Disallow: {RESULTS}" in lines


def test_suggestions_read_in_a_fixed_number_of_queries(
    client, catalog_names, make_article, django_assert_max_num_queries
):
    for n in range(10):
        make_article(headline=f"Ballerina review roundup {n}")
    client.get(SUGGESTIONS, {"q": "ballerina"})  # the vocabulary is loaded once per process
    # The names' matches are counted before the text's (finding.Search.matches).
    with django_assert_max_num_queries(7):
        client.get(SUGGESTIONS, {"q": "ballerina"})
