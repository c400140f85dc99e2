import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("community", "0002_reader_data_and_privacy_log")]
AFTER = [("community", "0005_profile_name_keys_fill")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_members_from_before_the_keys_get_them_and_a_profile():
    apps = migrate(BEFORE)
    try:
        User = apps.get_model("auth", "User")
        Profile = apps.get_model("community", "Profile")
        named = User.objects.create(username="Ada_L", email="ada@example.test")
        Profile.objects.create(user=named, display_name="Zoë Kravitz")
        # Made before the community app: no profile (historical models send no signals).
        bare = User.objects.create(username="Old.Timer", email="old@example.test")

        apps = migrate(AFTER)

        Profile = apps.get_model("community", "Profile")
        keys = {p.user_id: (p.username_key, p.display_name_key) for p in Profile.objects.all()}
        assert keys == {named.pk: ("adal", "zoekravitz"), bare.pk: ("oldtimer", "")}
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("community"))
