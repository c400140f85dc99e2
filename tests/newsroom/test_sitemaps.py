"""The sitemap index, the stories' sitemap and the news sitemap of the last two days."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from premiere.newsroom.models import Article

pytestmark = pytest.mark.django_db

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def xml(client, path) -> ET.Element:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def locations(root) -> list[str]:
    return [loc.text for loc in root.iterfind(".//s:loc", NS)]


def test_the_sitemap_index_lists_every_section(client, db):
    found = locations(xml(client, "/sitemap.xml"))
    assert found == [
        f"http://testserver/sitemap-{section}.xml"
        for section in (
            "news",
            "articles",
            "sections",
            "titles",
            "people",
            "franchises",
            "companies",
        )
    ]
    for location in found:
        assert xml(client, location.removeprefix("http://testserver")) is not None


def test_the_stories_sitemap_lists_live_stories_only(client, saga):
    found = locations(xml(client, "/sitemap-articles.xml"))
    assert found == ["http://testserver/news/starfall-lands-in-june/"]


def test_the_news_sitemap_has_the_news_tags_of_the_last_two_days(client, saga, make_article):
    old = make_article(headline="Last week's story", slug="last-week")
    Article.objects.filter(pk=old.pk).update(publish_at=timezone.now() - timedelta(days=3))
    root = xml(client, "/sitemap-news.xml")
    (url,) = root.findall("s:url", NS)
    assert url.findtext("s:loc", namespaces=NS) == "http://testserver/news/starfall-lands-in-june/"
    news = url.find("news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == "Premiere"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "en"
    assert news.findtext("news:title", namespaces=NS) == "Starfall lands in June"
    published = parse_datetime(news.findtext("news:publication_date", namespaces=NS))
    assert published == saga["live"].publish_at.replace(microsecond=0)


def test_news_titles_are_escaped_for_xml(client, make_article):
    make_article(headline='Fish & Chips: "A <Film>"', slug="fish")
    root = xml(client, "/sitemap-news.xml")
    assert root.findtext(".//news:title", namespaces=NS) == 'Fish & Chips: "A <Film>"'


@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-news.xml",
        "/sitemap-articles.xml",
        "/feed/",
        "/sections/movies/feed/",
        "/titles/starfall-film/feed/",
        "/franchises/starfall/feed/",
        "/people/theo-lane/feed/",
    ],
)
def test_nothing_is_public_before_its_time(client, saga, path):
    """Drafts, stories scheduled for later and stories taken down are in no sitemap or feed."""
    body = client.get(path).content.decode()
    assert "starfall-lands-in-june" in body
    for story in saga["hidden"]:
        assert story.slug not in body and story.headline not in body
