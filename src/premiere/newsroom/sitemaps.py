"""The newsroom's pages for search engines: stories, sections, and the news sitemap.

Every list starts from `Article.objects.published()`: drafts, stories scheduled for later
and stories taken down are in none of them.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils import timezone

from . import selectors
from .models import Article, Section

# Google News reads the stories of the last two days, at most 1,000 of them.
NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000


class ArticleSitemap(Sitemap):
    changefreq = "daily"
    limit = 5000

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-publish_at")

    def lastmod(self, item):
        return item.updated_at


class SectionSitemap(Sitemap):
    changefreq = "hourly"

    def items(self):
        return Section.objects.all()


class NewsSitemap(Sitemap):
    """The stories of the last two days with their news:news tags (`sitemaps/news.xml`)."""

    limit = NEWS_LIMIT

    def items(self):
        now = timezone.now()
        return (
            Article.objects.published(now)
            .filter(publish_at__gte=now - NEWS_WINDOW)
            .only("slug", "headline", "publish_at", "updated_at")
            .order_by("-publish_at", "-id")
        )

    def lastmod(self, item):
        return item.updated_at

    def get_urls(self, page=1, site=None, protocol=None):
        publication = {"name": settings.PREMIERE_SITE_NAME, "language": selectors.site_language()}
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            url["news"] = publication | {
                # W3C date and time to the second, as Google News' examples show it.
                "publication_date": url["item"].publish_at.replace(microsecond=0),
                "title": url["item"].headline,
            }
        return urls
