from django.apps import apps
from django.contrib.auth.models import Group

from premiere.community.handlers import MODERATOR_GROUP, moderators_group_ensure


def group_permissions() -> set[str]:
    return set(
        Group.objects.get(name=MODERATOR_GROUP).permissions.values_list("codename", flat=True)
    )


def test_migrate_creates_the_moderators_group(db):
    assert group_permissions() == {
        "moderate_comment",
        "view_comment",
        "change_comment",
        "view_commentreport",
        "change_commentreport",
    }


def test_making_the_group_again_changes_nothing(db):
    config = apps.get_app_config("community")

    moderators_group_ensure(sender=config, app_config=config)
    moderators_group_ensure(sender=config, app_config=config)

    assert Group.objects.filter(name=MODERATOR_GROUP).count() == 1
    assert len(group_permissions()) == 5


def test_a_moderator_has_the_permission(moderator):
    assert moderator.has_perm("community.moderate_comment")
