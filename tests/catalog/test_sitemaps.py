"""The catalog's sitemaps: every title, person, franchise and company page."""

import xml.etree.ElementTree as ET

import pytest

from premiere.catalog.sitemaps import TitleSitemap

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def urls(client, section) -> dict:
    root = ET.fromstring(client.get(f"/sitemap-{section}.xml").content)
    return {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in root.iterfind("s:url", NS)
    }


def test_every_catalog_page_is_listed(client, saga, wick_company):
    base = "http://testserver"
    titles = urls(client, "titles")
    assert set(titles) == {f"{base}/titles/starfall-film/", f"{base}/titles/starfall-tactics/"}
    assert titles[f"{base}/titles/starfall-film/"] == saga["film"].updated_at.strftime("%Y-%m-%d")
    assert set(urls(client, "people")) == {
        f"{base}/people/mara-quinn/",
        f"{base}/people/theo-lane/",
    }
    assert set(urls(client, "franchises")) == {f"{base}/franchises/starfall/"}
    assert urls(client, "companies") == {f"{base}/companies/lionsgate/": None}  # no edit time


def test_a_large_catalog_is_split_into_pages_the_index_lists(client, make_title, monkeypatch):
    for n in range(3):
        make_title(f"Film {n}", slug=f"film-{n}")
    monkeypatch.setattr(TitleSitemap, "limit", 2)  # 50,000 in earnest
    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-titles.xml?p=2" in index
    assert len(urls(client, "titles")) == 2


@pytest.fixture
def wick_company(db):
    from premiere.catalog import services

    return services.company_create(name="Lionsgate", kind="distributor", slug="lionsgate")
