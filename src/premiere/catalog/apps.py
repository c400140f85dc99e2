from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "premiere.catalog"
    label = "catalog"
    verbose_name = "Catalog"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from premiere.core import pagecache

        from . import signals
        from .models import Company, Franchise, Person, Title

        def changed(sender, **kwargs):
            # Catalog pages show each other's rows (a title's franchise, its people's names),
            # so any change makes them all again: changes are rare, visits are not.
            pagecache.touch("catalog")

        def named_changed(sender, **kwargs):
            # Stories show only the names and addresses of what they mention ("catalog-names");
            # a moved date or a new credit leaves every story page as it was.
            pagecache.touch("catalog", "catalog-names")

        named = (Title, Person, Company, Franchise)
        for model in self.get_models():
            uid = f"pages-{model.__name__}"
            receiver = named_changed if model in named else changed
            post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}-save", weak=False)
            post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}-del", weak=False)
        for name in (
            "release_dated",
            "release_moved",
            "release_withdrawn",
            "title_status_changed",
            "title_joined_franchise",
            "credit_added",
            "entity_changed",
        ):
            getattr(signals, name).connect(changed, dispatch_uid=f"pages-{name}", weak=False)

        from premiere.core.signals import article_withdrawn

        from .services.lifecycle import released_withdraw_for

        def story_withdrawn(sender, article, **kwargs):
            released_withdraw_for(article=article)

        article_withdrawn.connect(story_withdrawn, dispatch_uid="catalog-released", weak=False)
