from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.decorators.http import require_safe

from premiere.core.views import serve_media
from premiere.newsroom.sitemaps import ArticleSitemap, SectionSitemap

admin.site.site_header = f"{settings.PREMIERE_SITE_NAME} newsroom"
admin.site.site_title = f"{settings.PREMIERE_SITE_NAME} newsroom"
admin.site.index_title = "Desk"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("premiere.community.urls")),
    path(
        "sitemap.xml",
        require_safe(sitemap),
        {"sitemaps": {"articles": ArticleSitemap, "sections": SectionSitemap}},
        name="sitemap",
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
