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
    path("preview/<int:pk>/", views.article_preview, name="preview"),
]
