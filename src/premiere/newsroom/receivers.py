"""The body's links follow the catalog entries a story is linked to, however they are linked
(the desk accepting a mention, an editor in the admin, the demo): each change to those links
renders the story's body links again, and so does a rename of an entry (in the worker)."""

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save

from premiere.catalog import signals as catalog_signals
from premiere.catalog.models import Company, Franchise, Person, Title
from premiere.core import pagecache
from premiere.core.signals import article_went_live, article_withdrawn

from .models import Article, Image, Section
from .services import article_mentions_refresh
from .tasks import mentions_follow_rename


def _links_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, Article):
        stories = [instance]
    elif pk_set:
        stories = Article.objects.filter(pk__in=pk_set)
    else:
        return  # an entity's links cleared: its stories are no longer known here
    for story in stories:
        article_mentions_refresh(article=story)
        pagecache.touch(f"article:{story.pk}", "catalog")  # its links; the entry's stories


# Kept pages (core/pagecache.py) follow the stories they show, however a story changes.


def _story_changed(sender, instance=None, article=None, **kwargs):
    story = instance or article
    pagecache.touch(f"article:{story.pk}", "articles")


def _sections_changed(sender, **kwargs):
    pagecache.touch("sections")


def _image_changed(sender, instance, **kwargs):
    """A photo's caption or credit changed: the stories that show it, as lead or in the body."""
    showing = Article.objects.filter(
        Q(hero_image_id=instance.pk) | Q(body__contains=f"[image:{instance.pk}]")
    ).values_list("pk", flat=True)
    pagecache.touch("articles", *(f"article:{pk}" for pk in showing))


def _entity_renamed(sender, pk, **kwargs):
    """A story's body links say an entity's names and address: they follow a rename, in the
    worker (an entity may be linked from many stories)."""
    label = sender._meta.label
    transaction.on_commit(lambda: mentions_follow_rename.enqueue(label, pk))


def connect() -> None:
    for signal in (post_save, post_delete):
        signal.connect(_story_changed, sender=Article, dispatch_uid=f"pages-story-{signal}")
        signal.connect(_sections_changed, sender=Section, dispatch_uid=f"pages-sections-{signal}")
        signal.connect(_image_changed, sender=Image, dispatch_uid=f"pages-image-{signal}")
    for signal in (article_went_live, article_withdrawn):
        signal.connect(_story_changed, dispatch_uid=f"pages-live-{signal}")
    for model in (Title, Person, Company, Franchise):
        m2m_changed.connect(
            _links_changed, sender=model.articles.through, dispatch_uid=f"mentions-{model.__name__}"
        )
        catalog_signals.entity_renamed.connect(
            _entity_renamed, sender=model, dispatch_uid=f"mentions-renamed-{model.__name__}"
        )
