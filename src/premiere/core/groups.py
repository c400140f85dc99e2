"""The newsroom's standing groups, made on every migrate so a new install has them."""

EDITOR_GROUP = "Editors"
# Editors write stories, keep the catalog, decide suggested facts and run the wire desk: every
# right in those apps.
EDITOR_APPS = ("newsroom", "catalog", "desk", "wire")


def editors_group_ensure(sender, using="default", apps=None, **kwargs):
    """Create the Editors group with every permission of the newsroom apps; idempotent."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    apps = apps or global_apps
    for label in EDITOR_APPS:
        # Permissions are made by auth's own post_migrate, which may not have run yet.
        create_permissions(global_apps.get_app_config(label), verbosity=0, using=using, apps=apps)
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:
        return
    group, _ = Group.objects.using(using).get_or_create(name=EDITOR_GROUP)
    group.permissions.add(
        *Permission.objects.using(using).filter(content_type__app_label__in=EDITOR_APPS)
    )
