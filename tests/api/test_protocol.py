"""How the API behaves as a web service: cursors, conditional GET, CORS, rate limits and
errors as RFC 9457 problems."""

import pytest

PROBLEM = "application/problem+json"


def walk(api, path):
    """Follow `next` from `path` to the end; return every item's slug and the pages it took."""
    slugs, pages = [], 0
    while path:
        page = api(path).data
        slugs += [item["slug"] for item in page["items"]]
        pages += 1
        path = page["next"]
    return slugs, pages


def test_following_next_reads_every_title_once_in_order(api, wick):
    slugs, pages = walk(api, "/api/titles?limit=2")
    assert slugs == [
        "ballerina",
        "chapter-1",
        "chapter-2",
        "chapter-3",
        "chapter-4",
    ]
    assert pages == 3


def test_a_title_added_while_paging_neither_repeats_nor_hides_a_row(api, wick, make_title):
    first = api("/api/titles?limit=2").data
    make_title("Aardvark Nights", slug="aardvark-nights")  # sorts before the cursor
    rest, _ = walk(api, first["next"])
    assert rest == ["chapter-2", "chapter-3", "chapter-4"]


@pytest.mark.parametrize(
    "query",
    ["cursor=not-a-cursor", "limit=0", "limit=100000", "kind=spaceship"],
)
def test_a_bad_parameter_is_a_400_problem_naming_it(api, wick, query):
    response = api(f"/api/titles?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith(PROBLEM)
    assert response.data["status"] == 400
    assert response.data["errors"] or response.data["detail"]


def test_an_unchanged_answer_costs_a_304(api, wick):
    first = api("/api/titles/ballerina")
    again = api("/api/titles/ballerina", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""


def test_answers_come_gzipped_to_clients_that_ask_and_still_revalidate(client, wick):
    import gzip
    import json

    packed = client.get("/api/titles/ballerina", HTTP_ACCEPT_ENCODING="gzip")
    assert packed["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(packed.content))["slug"] == "ballerina"
    # The tag of a compressed answer is weak; it still matches the same answer next time.
    assert packed["ETag"].startswith('W/"')
    again = client.get(
        "/api/titles/ballerina", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=packed["ETag"]
    )
    assert again.status_code == 304


def test_a_changed_title_gets_a_new_etag(api, wick):
    from premiere.catalog import services

    first = api("/api/titles/ballerina")
    services.entity_update(entity=wick["ballerina"], synopsis="Eve trains with the Ruska Roma.")
    again = api("/api/titles/ballerina", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again.data["synopsis"] == "Eve trains with the Ruska Roma."


def test_any_page_may_read_the_api_but_not_write(api, client, wick):
    response = api("/api/titles", HTTP_ORIGIN="https://fans.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/titles",
        HTTP_ORIGIN="https://fans.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 204
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    refused = client.post("/api/titles", {})
    assert refused.status_code == 405
    assert refused["Content-Type"].startswith(PROBLEM)


def test_an_unknown_slug_or_address_is_a_404_problem(api, wick):
    for path in ("/api/titles/no-such-film", "/api/no-such-thing"):
        response = api(path)
        assert response.status_code == 404
        assert response["Content-Type"].startswith(PROBLEM)
        assert response.data["status"] == 404


def test_an_address_with_a_slash_at_the_end_says_the_one_meant(api, wick):
    """Modelled on a walk-through: "/api/titles/" was a bare 404, the client left guessing."""
    response = api("/api/titles/")
    assert response.status_code == 404
    assert "did you mean /api/titles?" in response.data["detail"]
    assert "did you mean" not in api("/api/no-such-thing/").data["detail"]


def test_too_many_requests_from_one_address_get_a_429_with_retry_after(api, wick, settings):
    settings.PREMIERE_API_RATE_IP = "3/60"
    statuses = [api("/api/titles").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = api("/api/titles")
    assert refused["Content-Type"].startswith(PROBLEM)
    assert int(refused["Retry-After"]) > 0
    # Another address is counted on its own.
    assert api("/api/titles", REMOTE_ADDR="203.0.113.9").status_code == 200
