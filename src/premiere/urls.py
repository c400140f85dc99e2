from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import index as sitemap_index
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path, reverse_lazy
from django.views.decorators.http import require_safe

from premiere.catalog.sitemaps import CompanySitemap, FranchiseSitemap, PersonSitemap, TitleSitemap
from premiere.core.views import robots_txt, serve_media
from premiere.newsroom.sitemaps import ArticleSitemap, NewsSitemap, SectionSitemap

admin.site.site_header = f"{settings.PREMIERE_SITE_NAME} newsroom"
admin.site.site_title = f"{settings.PREMIERE_SITE_NAME} newsroom"
admin.site.index_title = "Desk"

# Each section is a sitemap of its own (sitemap-titles.xml, paginated past 50,000 URLs);
# sitemap.xml is their index. The news sitemap has a template of its own (news:news tags).
SITEMAPS = {
    "news": NewsSitemap,
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "titles": TitleSitemap,
    "people": PersonSitemap,
    "franchises": FranchiseSitemap,
    "companies": CompanySitemap,
}
# What crawlers are asked to leave alone: the desk, readers' account pages, previews of
# unpublished stories, the forms that only answer a POST, and search (endless pages of what
# the sitemaps already list).
ROBOTS_DISALLOW = ["/admin/", "/accounts/", "/preview/", "/comments/", "/region/", "/search/"]

urlpatterns = [
    path("admin/", admin.site.urls),
    path(
        "robots.txt",
        robots_txt,
        {"disallow": ROBOTS_DISALLOW, "sitemap": reverse_lazy("sitemap")},
        name="robots",
    ),
    path("", include("premiere.api.urls")),
    path("", include("premiere.community.urls")),
    path("", include("premiere.follows.urls")),
    path(
        "sitemap.xml",
        require_safe(sitemap_index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-news.xml",
        require_safe(sitemap),
        {"sitemaps": SITEMAPS, "section": "news", "template_name": "sitemaps/news.xml"},
        name="sitemap_news",
    ),
    path(
        "sitemap-<slug:section>.xml",
        require_safe(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("", include("premiere.catalog.urls")),
    path("", include("premiere.search.urls")),
    path("", include("premiere.newsroom.urls")),
]

if settings.PREMIERE_SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_media),
    ]

handler404 = "premiere.core.views.page_not_found"
handler403 = "premiere.core.views.permission_denied"
handler500 = "premiere.core.views.server_error"
