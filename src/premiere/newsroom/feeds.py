from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from premiere.catalog.models import Franchise, Person, Title
from premiere.core.text import plain_text

from . import selectors
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


class EntityFeed(Feed):
    """The feed of a catalog entity's page: stories about it and changes of its dates.

    Subclasses name the model and the selector that reads the entries.
    """

    feed_type = Atom1Feed
    model = Title
    entries = staticmethod(selectors.title_feed)

    def get_object(self, request, slug):
        return get_object_or_404(self.model, slug=slug)

    def title(self, entity):
        return f"{settings.PREMIERE_SITE_NAME}: {entity.name}"

    def link(self, entity):
        return entity.get_absolute_url()

    def subtitle(self, entity):
        return f"Stories about {entity.name} and changes of its release dates."

    def items(self, entity):
        return self.entries(entity, size=FEED_SIZE)

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.link

    def item_description(self, entry):
        return entry.description

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_author_name(self, entry):
        return entry.author or None

    def item_categories(self, entry):
        return entry.categories


class TitleFeed(EntityFeed):
    pass


class FranchiseFeed(EntityFeed):
    model = Franchise
    entries = staticmethod(selectors.franchise_feed)

    def subtitle(self, franchise):
        return f"Stories about the {franchise.name} franchise and changes of its titles' dates."


class PersonFeed(EntityFeed):
    model = Person
    entries = staticmethod(selectors.person_feed)

    def subtitle(self, person):
        return f"Stories about {person.name} and date changes of the titles they are in."
