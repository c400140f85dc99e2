"""Fill the name keys added in 0003 on every profile (and give one to accounts made before
the community app). Its own migration: on PostgreSQL, rows written in the transaction that
creates an index leave "pending trigger events" and the index cannot be built."""

import unicodedata

from django.conf import settings
from django.db import migrations


def name_key(name):
    # premiere.community.names.name_key as it was when the keys were first written: a
    # migration must not change when the app's code does.
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    kept = []
    for char in text:
        kind = unicodedata.category(char)
        if kind == "Nd":
            kept.append(str(unicodedata.decimal(char)))
        elif kind[0] in "LN":
            kept.append(char)
    return "".join(kept)[:300]


def keys_fill(apps, schema_editor):
    """Write both keys on every profile, and give a profile to accounts made before the app,
    so that their usernames are protected too."""
    User = apps.get_model(settings.AUTH_USER_MODEL)
    Profile = apps.get_model("community", "Profile")
    Profile.objects.bulk_create(
        [Profile(user=user) for user in User.objects.filter(profile__isnull=True)]
    )
    batch = []
    for profile in Profile.objects.select_related("user").iterator(chunk_size=1000):
        profile.username_key = name_key(profile.user.username)
        profile.display_name_key = name_key(profile.display_name)
        batch.append(profile)
        if len(batch) == 1000:
            Profile.objects.bulk_update(batch, ["username_key", "display_name_key"])
            batch = []
    Profile.objects.bulk_update(batch, ["username_key", "display_name_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0004_profile_awaiting_activation"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(keys_fill, migrations.RunPython.noop)]
