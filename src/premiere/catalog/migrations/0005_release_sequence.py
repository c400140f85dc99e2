from django.db import migrations, models
from django.db.models import Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Greatest


def count_past_moves(apps, schema_editor):
    """A release's sequence so far: every change in its history after the announcement."""
    Release = apps.get_model("catalog", "Release")
    ReleaseChange = apps.get_model("catalog", "ReleaseChange")
    changes = (
        ReleaseChange.objects.filter(release=OuterRef("pk"))
        .order_by()
        .values("release")
        .annotate(n=Count("pk"))
        .values("n")
    )
    Release.objects.update(
        sequence=Greatest(Coalesce(Subquery(changes), Value(0)) - 1, Value(0))
    )


class Migration(migrations.Migration):
    """Releases count the changes of their date, for calendar SEQUENCE numbers."""

    dependencies = [
        ("catalog", "0004_factsuggestion_moves_to_desk"),
    ]

    operations = [
        migrations.AddField(
            model_name="release",
            name="sequence",
            field=models.PositiveIntegerField(db_default=0, default=0),
        ),
        migrations.RunPython(count_past_moves, migrations.RunPython.noop, elidable=True),
    ]
