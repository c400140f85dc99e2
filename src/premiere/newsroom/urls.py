from django.urls import path
from django.views.decorators.http import require_safe

from . import feeds, views

app_name = "newsroom"

urlpatterns = [
    path("", views.home, name="home"),
    path("feed/", require_safe(feeds.LatestArticlesFeed()), name="feed"),
    path("sections/<slug:slug>/", views.section_detail, name="section"),
    path("sections/<slug:slug>/feed/", require_safe(feeds.SectionFeed()), name="section_feed"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag"),
    path("news/<slug:slug>/", views.article_detail, name="article"),
    path("news/<slug:slug>/read", views.article_read, name="read"),
    # The feeds of catalog pages: stories about a title, franchise or person are the
    # newsroom's, which the catalog below it cannot read.
    path("titles/<slug:slug>/feed/", require_safe(feeds.TitleFeed()), name="title_feed"),
    path(
        "franchises/<slug:slug>/feed/",
        require_safe(feeds.FranchiseFeed()),
        name="franchise_feed",
    ),
    path("people/<slug:slug>/feed/", require_safe(feeds.PersonFeed()), name="person_feed"),
    path("preview/<int:pk>/", views.article_preview, name="preview"),
]
