"""Streaming services under the one name the desk now proposes for each (Apple TV+ has been
"Apple TV" since October 2025, Max "HBO Max" again since July 2025): a release recorded
under an old name would otherwise sit beside a new one for the same service, and the
calendar's service filter would list both. A release whose new name is already taken for
its title, region and medium is left as it is, for an editor to merge."""

from django.db import migrations

RENAMED = {
    "Apple TV+": "Apple TV",
    "Apple TV Plus": "Apple TV",
    "Max": "HBO Max",
    "Amazon Prime Video": "Prime Video",
    "Amazon Prime": "Prime Video",
    "Disney Plus": "Disney+",
    "Paramount Plus": "Paramount+",
}


def rename(apps, schema_editor):
    Release = apps.get_model("catalog", "Release")
    for old, new in RENAMED.items():
        for release in Release.objects.filter(medium="streaming", channel=old):
            taken = Release.objects.filter(
                title_id=release.title_id,
                region=release.region,
                medium=release.medium,
                channel=new,
            ).exists()
            if not taken:
                Release.objects.filter(pk=release.pk).update(channel=new)


class Migration(migrations.Migration):
    dependencies = [("catalog", "0007_title_name_trigrams")]

    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
