from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "premiere.community"
    label = "community"
    verbose_name = "Community"

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_migrate, post_save

        from . import handlers

        # The user model belongs to django.contrib.auth: a signal is how another app's
        # new rows get a profile without auth knowing about us.
        post_save.connect(
            handlers.profile_for_new_user,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="community.profile_for_new_user",
        )
        # The username is shown and protected like a display name, whoever renames it.
        post_save.connect(
            handlers.username_key_update,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="community.username_key_update",
        )
        post_migrate.connect(
            handlers.moderators_group_ensure, sender=self, dispatch_uid="community.moderators"
        )
        handlers.pages_follow_comments()
