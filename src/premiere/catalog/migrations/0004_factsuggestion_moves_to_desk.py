import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Suggested facts belong to the editor's desk now (premiere.desk); the table stays."""

    dependencies = [
        ('catalog', '0003_decisions_held_until_publication'),
        ('desk', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='claim',
                    name='suggestion',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='claims', to='desk.factsuggestion'),
                ),
                migrations.RemoveIndex(model_name='factsuggestion', name='catalog_fac_article_0c893b_idx'),
                migrations.RemoveConstraint(model_name='factsuggestion', name='unique_suggestion_per_article'),
                migrations.DeleteModel(name='FactSuggestion'),
            ],
        ),
    ]
