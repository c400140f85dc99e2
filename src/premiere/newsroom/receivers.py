"""The body's links follow the catalog entries a story is linked to, however they are linked
(the desk accepting a mention, an editor in the admin, the demo): each change to those links
renders the story's body links again."""

from django.db.models.signals import m2m_changed

from premiere.catalog.models import Company, Franchise, Person, Title

from .models import Article
from .services import article_mentions_refresh


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


def connect() -> None:
    for model in (Title, Person, Company, Franchise):
        m2m_changed.connect(
            _links_changed, sender=model.articles.through, dispatch_uid=f"mentions-{model.__name__}"
        )
