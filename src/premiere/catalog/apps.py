from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "premiere.catalog"
    label = "catalog"
    verbose_name = "Catalog"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from premiere.core import pagecache

        from . import signals

        def changed(sender, **kwargs):
            # Catalog pages show each other's rows (a title's franchise, its people's names),
            # so any change makes them all again: changes are rare, visits are not.
            pagecache.touch("catalog")

        for model in self.get_models():
            uid = f"pages-{model.__name__}"
            post_save.connect(changed, sender=model, dispatch_uid=f"{uid}-save", weak=False)
            post_delete.connect(changed, sender=model, dispatch_uid=f"{uid}-del", weak=False)
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
