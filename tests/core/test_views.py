from django.test import RequestFactory
from django.urls import reverse

from premiere.core.ratelimit import RateLimited
from premiere.core.views import rate_limited


def test_rate_limited_page_says_when_to_come_back(db):
    response = rate_limited(RequestFactory().get("/"), RateLimited(300))

    assert response.status_code == 429
    assert response["Retry-After"] == "300"
    assert "Try again in 5 minutes" in response.content.decode()


def test_robots_txt_points_to_the_sitemap_index_and_keeps_private_pages_out(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    disallowed = [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow")]
    private = [
        reverse("admin:index"),
        reverse("admin:newsroom_article_changelist"),  # the review desk lives in the admin
        reverse("community:login"),
        reverse("community:profile_edit"),
        reverse("community:account_export"),
        reverse("community:account_delete"),
        reverse("newsroom:preview", kwargs={"pk": 1}),
        reverse("community:comment_edit", kwargs={"pk": 1}),
        reverse("catalog:region"),
    ]
    for path in private:
        assert any(path.startswith(prefix) for prefix in disallowed), path
    public = ["/", "/titles/ballerina/", "/calendar/", "/news/a-story/", "/members/maya/"]
    for path in public:
        assert not any(path.startswith(prefix) for prefix in disallowed), path


def test_robots_txt_names_the_sitemap_on_the_host_it_was_asked_on(client, db, settings):
    settings.ALLOWED_HOSTS = ["premiere.example"]
    body = client.get("/robots.txt", HTTP_HOST="premiere.example", secure=True).content.decode()
    assert "Sitemap: https://premiere.example/sitemap.xml" in body


def test_a_mistyped_address_offers_to_search_for_what_it_names(client, db):
    response = client.get("/titles/balerina/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'name="q" value="balerina"' in html
    assert 'action="/search/"' in html


def test_the_search_box_takes_no_more_than_a_query_is_read(client, db, settings):
    html = client.get("/").content.decode()
    assert f'maxlength="{settings.PREMIERE_SEARCH_MAX_LENGTH}"' in html


def test_create_account_in_the_header_comes_back_to_the_page(client, db):
    html = client.get("/calendar/").content.decode()
    assert 'href="/accounts/signup/?next=/calendar/">Create account' in html
