from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "premiere.core"
    label = "core"

    def ready(self):
        from . import signin  # noqa: F401  (counts wrong passwords per address)
        from .groups import editors_group_ensure

        # After the last of the newsroom apps has migrated, its permissions all exist.
        post_migrate.connect(
            editors_group_ensure, sender=apps.get_app_config("wire"), dispatch_uid="core.editors"
        )
