"""Copying the database into a backup and back, one method per way of doing it (METHODS).

SQLite: the online backup API. PostgreSQL: pg_dump's custom format and pg_restore, or Django's
dumpdata and loaddata when pg_dump is missing or older than the server.
"""

import datetime
import itertools
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import django
from django.apps import apps
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import router, transaction
from django.db.migrations.loader import MigrationLoader

from .manifest import BackupError, FileEntry, Manifest, Progress, file_copy

# `migrate` alone fills these tables, so a fresh install has rows in them and is still empty.
MIGRATE_TABLES = {
    "django_migrations",
    "django_content_type",
    "auth_permission",
    "auth_group",
    "auth_group_permissions",
}


class Method(StrEnum):
    SQLITE = "sqlite-backup"
    PG_DUMP = "pg_dump"
    DUMPDATA = "dumpdata"


def recorded_migrations(cursor) -> dict[str, list[str]]:
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, id")
    migrations: dict[str, list[str]] = {}
    for app, name in cursor.fetchall():
        migrations.setdefault(app, []).append(name)
    return migrations


def migration_gap(recorded: set[tuple[str, str]]) -> tuple[set, set]:
    """Return the backup's migrations this code does not know, and this code's it has not run."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    installed = {config.label for config in apps.get_app_configs()}
    known = set(loader.disk_migrations)
    for migration in loader.disk_migrations.values():
        known.update(migration.replaces)
    unknown = {key for key in recorded if key[0] in installed and key not in known}
    pending = {
        key
        for key, migration in loader.graph.nodes.items()
        if key not in recorded and not (migration.replaces and set(migration.replaces) <= recorded)
    }
    return unknown, pending


def first_table_with_rows(connection) -> str | None:
    """Name a table that holds rows a fresh, migrated install would not have."""
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table in MIGRATE_TABLES:
                continue
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")
            if cursor.fetchone():
                return table
    return None


def method_choose(connection, progress: Progress) -> tuple[Method, str]:
    """Pick how to copy this database; return the method and the tool that will do it."""
    if connection.vendor == "sqlite":
        return Method.SQLITE, f"SQLite {sqlite3.sqlite_version}"
    dumpdata = f"Django {django.get_version()} dumpdata"
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        progress("pg_dump is not on PATH: copying the database with Django's dumpdata instead.")
        return Method.DUMPDATA, dumpdata
    line, major = tool_version(pg_dump)
    server = connection.pg_version // 10000
    if major < server:
        progress(
            f"pg_dump {major} cannot dump a PostgreSQL {server} server: copying the database "
            "with Django's dumpdata instead."
        )
        return Method.DUMPDATA, dumpdata
    return Method.PG_DUMP, line


# -- SQLite -----------------------------------------------------------------------------------


def sqlite_dump(connection, path: Path) -> dict[str, list[str]]:
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    try:
        # One step copies every page inside one read transaction: in WAL mode the site's
        # writers go on meanwhile, and they cannot restart the copy as they would paged steps.
        connection.connection.backup(copy)
        # A self-contained file: opening it makes no -wal or -shm beside it.
        copy.execute("PRAGMA journal_mode=DELETE")
        return recorded_migrations(copy.cursor())
    finally:
        copy.close()


def sqlite_ready(connection, manifest: Manifest) -> None:
    if connection.is_in_memory_db():
        raise BackupError("The database is in memory: there is no file to restore into.")


def sqlite_load(connection, path: Path, entry: FileEntry) -> None:
    """Replace the database file: copy beside it, rename over it, remove the old logs."""
    target = Path(connection.settings_dict["NAME"])
    target.parent.mkdir(parents=True, exist_ok=True)
    connection.close()
    incoming = target.with_name(f".{target.name}.restoring")
    incoming.unlink(missing_ok=True)
    try:
        if file_copy(path, incoming, entry.path) != entry:
            raise BackupError(f"{entry.path} changed while it was being restored.")
        if target.exists():
            # Fold the old database's write-ahead log into it: the -wal left beside the new
            # file is then empty, and SQLite cannot replay old pages onto the new file.
            old = sqlite3.connect(target)
            try:
                old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                old.close()
        os.replace(incoming, target)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


# -- PostgreSQL: pg_dump and pg_restore -------------------------------------------------------


def postgres_env(settings_dict: dict) -> dict[str, str]:
    """Return the environment for pg_dump and pg_restore: the password never shows in `ps`."""
    env = dict(os.environ)
    names = {"HOST": "PGHOST", "PORT": "PGPORT", "USER": "PGUSER", "PASSWORD": "PGPASSWORD"}
    for key, variable in names.items():
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    options = settings_dict.get("OPTIONS") or {}
    for key in ("sslmode", "sslrootcert", "sslcert", "sslkey", "passfile", "service"):
        if options.get(key):
            env[f"PG{key.upper()}"] = str(options[key])
    return env


def tool_version(path: str) -> tuple[str, int]:
    """Return a PostgreSQL tool's version line ("pg_dump (PostgreSQL) 15.18") and major."""
    line = subprocess.run([path, "--version"], capture_output=True, text=True, check=False).stdout
    # Debian's add their own version after it: "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0…)".
    if not (major := re.search(r"\)\s*(\d+)", line)):
        raise BackupError(f"Cannot tell which version {path} is: {line.strip()!r}.")
    return line.strip(), int(major[1])


def tool_run(command: list[str], env: dict[str, str]) -> None:
    finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if finished.returncode:
        lines = [line for line in finished.stderr.splitlines() if line.strip()]
        reason = lines[-1] if lines else f"exit status {finished.returncode}"
        raise BackupError(f"{Path(command[0]).name} failed: {reason}")


def pg_dump_dump(connection, path: Path) -> dict[str, list[str]]:
    with connection.cursor() as cursor:
        migrations = recorded_migrations(cursor)
    # pg_dump reads every table in one snapshot, so the copy is consistent while the site runs.
    command = [shutil.which("pg_dump"), "--format=custom", "--no-password", "--file", str(path)]
    tool_run([*command, connection.settings_dict["NAME"]], postgres_env(connection.settings_dict))
    return migrations


def pg_dump_ready(connection, manifest: Manifest) -> None:
    if shutil.which("pg_restore") is None:
        raise BackupError(
            f"This backup was made by {manifest.tool}; restoring it needs pg_restore "
            "(PostgreSQL's client tools) on PATH."
        )


def pg_dump_load(connection, path: Path, entry: FileEntry) -> None:
    connection.close()
    command = [
        shutil.which("pg_restore"),
        "--clean",
        "--if-exists",
        # All or nothing: a failure leaves the database as it was.
        "--single-transaction",
        # A new machine may not have the old one's roles: the restoring user owns everything.
        "--no-owner",
        "--no-privileges",
        "--no-password",
        "--dbname",
        connection.settings_dict["NAME"],
        str(path),
    ]
    tool_run(command, postgres_env(connection.settings_dict))


# -- any database: Django's dumpdata and loaddata ---------------------------------------------


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder, keeping microseconds: it cuts times to milliseconds for JavaScript."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class RowSerializer(JSONSerializer):
    """Django's JSON serializer, writing many-to-many links as rows of their own tables (which
    are dumped like any model) so that they keep their ids."""

    def handle_m2m_field(self, obj, field):
        pass


def dumpdata_dump(connection, path: Path) -> dict[str, list[str]]:
    """Write every row in dumpdata's format (so loaddata reads it back), exactly."""
    alias = connection.alias
    models = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
        and not model._meta.proxy
        and router.allow_migrate_model(alias, model)
    ]
    with transaction.atomic(using=alias):
        if connection.vendor == "postgresql":
            # Every table is read from one snapshot while the site goes on writing.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        with connection.cursor() as cursor:
            migrations = recorded_migrations(cursor)
        # The base manager: a default manager that hides rows would leave them out.
        rows = itertools.chain.from_iterable(
            model._base_manager.using(alias).order_by(model._meta.pk.name).iterator()
            for model in models
        )
        with open(path, "x", encoding="utf-8") as out:
            RowSerializer().serialize(rows, stream=out, cls=ExactJSONEncoder)
    return migrations


def dumpdata_ready(connection, manifest: Manifest) -> None:
    # loaddata reads rows through today's models, so only the same migrations fit them.
    unknown, pending = migration_gap(manifest.recorded_migrations())
    if unknown or pending:
        raise BackupError(
            f"This backup was made with Django's dumpdata by Premiere {manifest.premiere_version}"
            " at other migrations than this Premiere's: restore it with that version."
        )


def dumpdata_load(connection, path: Path, entry: FileEntry) -> None:
    call_command("migrate", database=connection.alias, interactive=False, verbosity=0)
    with transaction.atomic(using=connection.alias):
        # Empty every table, even what migrate fills, so the backup's own content types,
        # permissions and groups load with their ids.
        call_command(
            "flush",
            database=connection.alias,
            interactive=False,
            inhibit_post_migrate=True,
            verbosity=0,
        )
        call_command("loaddata", str(path), database=connection.alias, verbosity=0)


@dataclass(frozen=True)
class DatabaseCopy:
    filename: str
    dump: Callable[..., dict[str, list[str]]]  # (connection, path) -> the copy's migrations
    ready: Callable[..., None]  # (connection, manifest): BackupError if it cannot restore here
    load: Callable[..., None]  # (connection, path, entry)


METHODS = {
    Method.SQLITE: DatabaseCopy("database.sqlite3", sqlite_dump, sqlite_ready, sqlite_load),
    Method.PG_DUMP: DatabaseCopy("database.pgdump", pg_dump_dump, pg_dump_ready, pg_dump_load),
    Method.DUMPDATA: DatabaseCopy("database.json", dumpdata_dump, dumpdata_ready, dumpdata_load),
}
