from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate


class SearchConfig(AppConfig):
    name = "premiere.search"
    label = "search"
    verbose_name = "Search"

    def ready(self):
        from premiere.catalog.signals import entity_changed
        from premiere.core.signals import article_saved

        from .documents import SOURCES

        article_saved.connect(_article_saved, dispatch_uid="search-article")
        entity_changed.connect(_entity_changed, dispatch_uid="search-entity")
        # Deletions (the admin's delete, a cascade) come from Django itself.
        for kind, source in SOURCES.items():
            post_delete.connect(_deleted, sender=source.model, dispatch_uid=f"search-gone-{kind}")
        post_migrate.connect(_fill_if_empty, sender=self, dispatch_uid="search-fill")


def _article_saved(sender, article, **kwargs):
    """Every save of a story (publishing, scheduling and taking down are saves too)."""
    from .models import Kind
    from .services import document_refresh

    document_refresh(kind=Kind.ARTICLE, pk=article.pk)


def _entity_changed(sender, pk, **kwargs):
    from .services import entity_refresh

    entity_refresh(model=sender, pk=pk)


def _deleted(sender, instance, **kwargs):
    from .documents import KIND_OF_MODEL
    from .services import document_remove

    document_remove(kind=KIND_OF_MODEL[sender], pk=instance.pk)


def _fill_if_empty(sender, apps=None, using="default", verbosity=1, **kwargs):
    """A site that had content before search existed gets its index on its next migrate.

    `flush` sends post_migrate too, without `apps` (the tables are all there then)."""
    from .documents import SOURCES
    from .models import Document
    from .services import index_rebuild

    try:
        if apps is not None:
            apps.get_model("search", "Document")
    except LookupError:  # migrated back to before the index existed
        return
    if Document.objects.using(using).exists():
        return
    if not any(source.model.objects.using(using).exists() for source in SOURCES.values()):
        return
    if verbosity:
        print("  Building the search index (premiere reindex does the same)…")
    rebuilt = index_rebuild()
    if verbosity:
        print(f"  {rebuilt}")
