"""Trigram indexes for the titles search on PostgreSQL.

`/titles/?q=horizon` matches `UPPER(name) LIKE '%HORIZON%'` (and aliases' normalized names):
no B-tree helps a pattern that starts with a wildcard, so at 100k titles every search read
the whole table to count its matches (bench/RESULTS.md, "Scale on PostgreSQL"). pg_trgm's GIN
indexes answer such a LIKE from the index. SQLite has no such index and its catalogs are
small: there this migration does nothing, which is also why the indexes are not in the
models' Meta (an index there would be created on SQLite too).
"""

from django.db import migrations

INDEXES = {
    "catalog_title_name_trgm": "catalog_title USING gin (UPPER(name) gin_trgm_ops)",
    "catalog_titlealias_normalized_trgm": "catalog_titlealias USING gin (normalized gin_trgm_ops)",
}


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # A trusted extension since PostgreSQL 13: the database's owner may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, target in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0006_entity_pictures"),
    ]

    operations = [
        migrations.RunPython(add_indexes, remove_indexes, elidable=False),
    ]
