from django.apps import AppConfig
from django.conf import settings
from django.db import transaction


class CatalogConfig(AppConfig):
    name = "premiere.catalog"
    label = "catalog"
    verbose_name = "Catalog"

    def ready(self):
        from premiere.newsroom.signals import article_saved

        article_saved.connect(_suggest_after_save, dispatch_uid="catalog-suggest-facts")


def _suggest_after_save(sender, article, **kwargs):
    """Look for facts in every saved article, once its transaction has committed."""
    if not settings.PREMIERE_SUGGEST_ON_SAVE:
        return
    from .tasks import suggest_facts

    transaction.on_commit(lambda: suggest_facts.enqueue(article.pk))
