"""The catalog's pages for search engines: every title, person, franchise and company.

Only catalog rows are listed, and the catalog holds no fact from a story not yet out (the
desk holds those), so nothing here is public before its time. Django paginates each section
at 50,000 URLs; the sitemap index lists the pages.
"""

from django.contrib.sitemaps import Sitemap

from .models import Company, Franchise, Person, Title


class TitleSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Title.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, title):
        return title.updated_at


class _NamedSitemap(Sitemap):
    """People, franchises and companies keep no edit time: no lastmod rather than a guess."""

    changefreq = "weekly"
    model = Person

    def items(self):
        return self.model.objects.only("slug").order_by("pk")


class PersonSitemap(_NamedSitemap):
    model = Person


class FranchiseSitemap(_NamedSitemap):
    model = Franchise


class CompanySitemap(_NamedSitemap):
    model = Company
