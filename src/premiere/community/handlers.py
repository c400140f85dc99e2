"""Signal receivers, connected in CommunityConfig.ready()."""

MODERATOR_GROUP = "Moderators"
MODERATOR_PERMISSIONS = [
    ("community", "comment", "moderate_comment"),
    ("community", "comment", "view_comment"),
    ("community", "comment", "change_comment"),
    ("community", "commentreport", "view_commentreport"),
    ("community", "commentreport", "change_commentreport"),
]


def profile_for_new_user(sender, instance, created, raw=False, **kwargs):
    """Give every new account a profile, so `user.profile` always exists."""
    from .models import Profile

    if created and not raw:
        Profile.objects.create(user=instance)


def username_key_update(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """Keep the key of a renamed account's username on its profile (names.name_key)."""
    from .models import Profile
    from .names import name_key

    # A new account's profile is made with its key; a sign-in saves last_login only.
    if created or raw or (update_fields is not None and "username" not in update_fields):
        return
    key = name_key(instance.get_username())
    Profile.objects.filter(user=instance).exclude(username_key=key).update(username_key=key)


def moderators_group_ensure(sender, app_config, using="default", apps=None, **kwargs):
    """Create the Moderators group with its permissions; safe to run on every migrate."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    apps = apps or global_apps
    # Our app is listed before auth, so auth's own post_migrate receiver (which makes the
    # permissions) may not have run yet for our models: make them first. It is idempotent.
    create_permissions(app_config, verbosity=0, using=using, apps=apps)
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:  # auth not migrated in this run
        return
    group, _ = Group.objects.using(using).get_or_create(name=MODERATOR_GROUP)
    wanted = [
        Permission.objects.using(using).get(
            content_type__app_label=app, content_type__model=model, codename=codename
        )
        for app, model, codename in MODERATOR_PERMISSIONS
    ]
    group.permissions.add(*wanted)


def pages_follow_comments() -> None:
    """Kept pages (core/pagecache.py) follow the comments they show and their authors' names."""
    from django.db.models.signals import post_delete, post_save

    from premiere.core import pagecache

    from .models import Comment, Profile

    def comment_changed(sender, instance, **kwargs):
        # The story and its comments, and the lists that count each story's comments.
        pagecache.touch(f"article:{instance.article_id}", "comment-counts")

    def names_changed(sender, **kwargs):
        pagecache.touch("community")

    for signal in (post_save, post_delete):
        signal.connect(
            comment_changed, sender=Comment, dispatch_uid=f"pages-comment-{signal}", weak=False
        )
        signal.connect(
            names_changed, sender=Profile, dispatch_uid=f"pages-profile-{signal}", weak=False
        )
