from django.apps import AppConfig


class FollowsConfig(AppConfig):
    name = "premiere.follows"
    label = "follows"
    verbose_name = "Follows and notices"

    def ready(self):
        from premiere.catalog import signals

        from .events import RECEIVERS

        # Each catalog change worth telling is recorded in the transaction that made it.
        for name, receiver in RECEIVERS.items():
            getattr(signals, name).connect(receiver, dispatch_uid=f"follows-{name}")

        from premiere.core.signals import region_chosen

        from .services import region_keep

        # A region picked on a title page is the reader's region in their settings too.
        region_chosen.connect(region_keep, dispatch_uid="follows-region")
