"""Backups: a folder holding a consistent copy of the database and MEDIA_ROOT, and a manifest.

`backup_create` and `backup_restore` do the work of `premiere backup DIR` and `premiere restore
DIR`. A backup folder holds `manifest.json`, the database file (`database.sqlite3`,
`database.pgdump` or `database.json`, see `databases.py`) and `media/`.
"""

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import django
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from .databases import METHODS, Method, first_table_with_rows, method_choose, migration_gap
from .manifest import (
    MANIFEST,
    MEDIA,
    BackupError,
    Manifest,
    Progress,
    file_entry,
    plural,
    size_text,
)
from .media import media_copy, media_files, media_stage, media_swap

__all__ = ["EXPECTED_ERRORS", "BackupError", "backup_create", "backup_restore", "error_line"]

VENDORS = {"sqlite", "postgresql"}
# What a backup or a restore may run into; the commands show each as one line.
EXPECTED_ERRORS = (BackupError, OSError, DatabaseError, sqlite3.Error)


def error_line(error: Exception) -> str:
    """Say what went wrong in one line, for the person at the terminal."""
    if isinstance(error, BackupError):
        return str(error)
    if isinstance(error, sqlite3.Error):
        return f"SQLite error: {error}."
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror or error}."
    lines = str(error).strip().splitlines()
    return f"Database error: {lines[0] if lines else type(error).__name__}."


def _quiet(message: str) -> None:
    pass


@dataclass
class BackupReport:
    folder: Path
    manifest: Manifest
    vanished: int = 0

    def summary(self) -> str:
        media = self.manifest.media
        vanished = (
            f"; {plural(self.vanished, 'file')} vanished from the live site while copying"
            if self.vanished
            else ""
        )
        return (
            f"Backed up the {self.manifest.vendor} database ({self.manifest.method}, "
            f"{size_text(self.manifest.database.size)}) and "
            f"{plural(len(media), 'media file')} ({size_text(sum(e.size for e in media))}) "
            f"to {self.folder}{vanished}."
        )


@dataclass
class RestoreReport:
    folder: Path
    manifest: Manifest
    pending: int = 0  # migrations this Premiere has that the backup's database has not run

    def summary(self) -> str:
        pending = (
            f" It predates {plural(self.pending, 'migration')}: run `premiere migrate`."
            if self.pending
            else ""
        )
        return (
            f"Restored the {self.manifest.vendor} database and "
            f"{plural(len(self.manifest.media), 'media file')} from {self.folder} "
            f"(made {self.manifest.created}).{pending}"
        )


def premiere_version() -> str:
    try:
        return metadata.version("premiere")
    except metadata.PackageNotFoundError:
        return "unknown"


def backup_create(
    folder: Path, *, using: str = DEFAULT_DB_ALIAS, progress: Progress = _quiet
) -> BackupReport:
    """Write a backup of the database and MEDIA_ROOT into `folder`, which must be new or empty.

    The database is copied first, then the media: a picture uploaded meanwhile is in the
    backup without its row, which is harmless. The backup is built in a hidden folder beside
    `folder` and renamed into place at the end, so a failure leaves nothing behind.
    """
    folder = Path(folder).absolute()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BackupError(f"{folder} already exists and is not an empty folder: choose another.")
    if file := next((p for p in folder.parents if p.exists() and not p.is_dir()), None):
        raise BackupError(f"{file} is a file, not a folder.")
    root = Path(settings.MEDIA_ROOT).resolve()
    if folder.resolve().is_relative_to(root):
        raise BackupError(f"{folder} is inside MEDIA_ROOT ({root}): choose a folder outside it.")
    connection = connections[using]
    if connection.vendor not in VENDORS:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
    if not MigrationRecorder(connection).has_table():
        raise BackupError("The database has never been migrated: there is nothing to back up.")
    method, tool = method_choose(connection, progress)
    copy = METHODS[method]
    folder.parent.mkdir(parents=True, exist_ok=True)
    # mkdtemp makes the folder private to its owner: a backup holds password hashes.
    work = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".partial"))
    try:
        progress(f"Copying the {connection.vendor} database ({method})…")
        migrations = copy.dump(connection, work / copy.filename)
        database = file_entry(work / copy.filename, copy.filename)
        media, vanished = media_copy(root, work / MEDIA, progress)
        manifest = Manifest(
            created=timezone.now().isoformat(timespec="seconds"),
            premiere_version=premiere_version(),
            django_version=django.get_version(),
            vendor=connection.vendor,
            method=method,
            tool=tool,
            database_file=copy.filename,
            migrations=migrations,
            files=[database, *media],
        )
        manifest.write(work)
        if folder.exists():
            folder.rmdir()
        work.rename(folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return BackupReport(folder, manifest, vanished)


def backup_restore(
    folder: Path, *, using: str = DEFAULT_DB_ALIAS, force: bool = False, progress: Progress = _quiet
) -> RestoreReport:
    """Restore the database and MEDIA_ROOT from a backup folder.

    Everything is checked first (the manifest, every file's checksum, the database's vendor,
    the migrations, that nothing would be overwritten without `force`), so a refusal changes
    nothing. The media are staged beside the live ones, the database is restored (in one
    transaction, or by renaming one file), then the staged media take the old ones' place.
    """
    folder = Path(folder).absolute()
    manifest = Manifest.read(folder)
    if manifest.method not in set(Method) or (
        manifest.database_file != METHODS[Method(manifest.method)].filename
    ):
        raise BackupError(f"{folder / MANIFEST} names an unknown method: {manifest.method!r}.")
    copy = METHODS[Method(manifest.method)]
    connection = connections[using]
    if manifest.vendor != connection.vendor:
        raise BackupError(
            f"This backup is of a {manifest.vendor} database; this site's is {connection.vendor}."
        )
    unknown, pending = migration_gap(manifest.recorded_migrations())
    if unknown:
        raise BackupError(
            f"This backup was made by a newer Premiere ({manifest.premiere_version}) with "
            f"{plural(len(unknown), 'migration')} unknown here, such as "
            f"{'.'.join(min(unknown))}: upgrade Premiere first."
        )
    copy.ready(connection, manifest)
    root = Path(settings.MEDIA_ROOT).resolve()
    if not force:
        if table := first_table_with_rows(connection):
            raise BackupError(
                f"The database already holds data (table {table} has rows): --force replaces it."
            )
        if held := len(media_files(root)):
            raise BackupError(
                f"MEDIA_ROOT ({root}) already holds {plural(held, 'file')}: --force replaces them."
            )
    if damaged := manifest.damaged(folder, progress):
        others = f" and {plural(len(damaged) - 1, 'other file')}" if len(damaged) > 1 else ""
        raise BackupError(
            f"The backup is damaged: {damaged[0]}{others} missing or not matching the "
            "manifest's checksum. Nothing was restored."
        )

    staging = media_stage(manifest, folder, root, progress)
    try:
        progress(f"Restoring the {manifest.vendor} database ({manifest.method})…")
        copy.load(connection, folder / manifest.database_file, manifest.database)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    media_swap(root, staging)
    return RestoreReport(folder, manifest, len(pending))
