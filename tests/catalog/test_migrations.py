import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("catalog", "0004_factsuggestion_moves_to_desk")]
AFTER = [("catalog", "0005_release_sequence")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_releases_from_before_the_sequence_count_their_past_moves():
    apps = migrate(BEFORE)
    try:
        Title = apps.get_model("catalog", "Title")
        Release = apps.get_model("catalog", "Release")
        ReleaseChange = apps.get_model("catalog", "ReleaseChange")
        title = Title.objects.create(kind="film", name="Old Film", slug="old-film")
        day = datetime.date(2027, 5, 1)
        moved, announced, bare = (
            Release.objects.create(
                title=title,
                medium=medium,
                precision="day",
                date_start=day,
                date_end=day,
            )
            for medium in ("theatrical", "digital", "physical")
        )
        for kind in ("announced", "delayed", "moved up"):
            ReleaseChange.objects.create(release=moved, kind=kind, precision="day", date_start=day)
        ReleaseChange.objects.create(
            release=announced, kind="announced", precision="day", date_start=day
        )

        apps = migrate(AFTER)

        Release = apps.get_model("catalog", "Release")
        sequences = dict(Release.objects.values_list("medium", "sequence"))
        assert sequences == {"theatrical": 2, "digital": 0, "physical": 0}
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("catalog"))


@pytest.mark.django_db(transaction=True)
def test_streaming_services_recorded_under_old_names_take_the_names_the_desk_proposes():
    """A story proposing "Apple TV" for a film the catalog had on "Apple TV+" would have made
    a second release for one service, and the calendar's service filter would list both."""
    apps = migrate([("catalog", "0007_title_name_trigrams")])
    try:
        Title = apps.get_model("catalog", "Title")
        Release = apps.get_model("catalog", "Release")
        day = datetime.date(2027, 5, 1)

        def release(title, channel):
            return Release.objects.create(
                title=title,
                medium="streaming",
                channel=channel,
                precision="day",
                date_start=day,
                date_end=day,
            )

        alone = Title.objects.create(kind="series", name="Alone", slug="alone")
        both = Title.objects.create(kind="series", name="Both", slug="both")
        release(alone, "Apple TV+")
        release(alone, "Max")
        release(both, "Apple TV+")
        release(both, "Apple TV")  # already under the new name: left for an editor to merge

        apps = migrate([("catalog", "0008_streaming_channel_names")])

        Release = apps.get_model("catalog", "Release")
        channels = set(Release.objects.values_list("title__slug", "channel"))
        assert channels == {
            ("alone", "Apple TV"),
            ("alone", "HBO Max"),
            ("both", "Apple TV+"),
            ("both", "Apple TV"),
        }
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("catalog"))
