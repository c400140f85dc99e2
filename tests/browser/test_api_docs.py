"""The API's docs page works under the site's Content-Security-Policy, from our own files."""

from urllib.parse import urlsplit

from playwright.sync_api import expect


def test_api_docs_page_lists_the_operations_without_a_third_party_request(page, live_server):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto("/api/docs")
    # Swagger UI drew the document: the calendar operation is listed (its CSP held, or the
    # page fixture would have failed on the console's violation).
    expect(page.get_by_text("/api/calendar", exact=True)).to_be_visible()
    page.get_by_text("/api/calendar", exact=True).click()
    expect(page.get_by_text("First day of the range (default: today).")).to_be_visible()
    ours = urlsplit(live_server.url).netloc
    elsewhere = [url for url in requests if urlsplit(url).netloc not in (ours, "")]
    assert not elsewhere, elsewhere
    assert any(url.endswith("/api/openapi.json") for url in requests)
