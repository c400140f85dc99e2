from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from premiere.core.text import plain_text

from .models import Article, Section

FEED_SIZE = 30


class LatestArticlesFeed(Feed):
    title = "Premiere: latest stories"
    link = "/"
    description = "Film, series and game news."
    feed_type = Atom1Feed

    def live(self):
        return Article.objects.published().select_related("section", "author__profile")

    def items(self):
        return self.live()[:FEED_SIZE]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.standfirst

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author.profile.display_name or item.author.get_username()

    def item_categories(self, item):
        return [item.section.name]


class SectionFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Section, slug=slug)

    def title(self, section):
        return f"Premiere: {section.name}"

    def link(self, section):
        return section.get_absolute_url()

    def description(self, section):
        return plain_text(section.description) or f"Latest {section.name} stories."

    def items(self, section):
        return self.live().filter(section=section)[:FEED_SIZE]
