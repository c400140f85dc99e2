"""`premiere backup DIR` and `premiere restore DIR`, end to end on the suite's own database
(SQLite here, PostgreSQL in the production profile), restoring into a second, empty one."""

import copy
import hashlib
import io
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connections
from django.db.utils import load_backend

from premiere.newsroom.models import Section
from tests.conftest import jpeg_upload

pytestmark = pytest.mark.django_db(transaction=True)

RESTORED = "restored"


@pytest.fixture
def empty_database(transactional_db, tmp_path):
    """A second database of the suite's kind with nothing in it, as on a new machine."""
    default = connections["default"]
    config = copy.deepcopy(default.settings_dict)
    postgres = default.vendor == "postgresql"
    if postgres:
        config["NAME"] = f"{config['NAME']}_restored"
        name = default.ops.quote_name(config["NAME"])
        with default.cursor() as cursor:
            _drop_database(cursor, name)
            cursor.execute(f"CREATE DATABASE {name}")
    else:
        config["NAME"] = str(tmp_path / "restored.sqlite3")
    # Made by hand, not listed in settings: Django's test case lets such a connection through.
    connections[RESTORED] = load_backend(config["ENGINE"]).DatabaseWrapper(config, RESTORED)
    yield RESTORED
    connections[RESTORED].close()
    del connections[RESTORED]
    if postgres:
        with default.cursor() as cursor:
            _drop_database(cursor, name)


def _drop_database(cursor, name: str) -> None:
    """Drop the restored database. A plain DROP stops an autovacuum worker busy on the rows
    just restored, which FORCE may not (only a superuser may end that process); FORCE then
    ends any connection of the suite's own still open on it."""
    try:
        cursor.execute(f"DROP DATABASE IF EXISTS {name}")  # (autocommit: no block to break)
    except DatabaseError:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@dataclass
class Backup:
    folder: Path
    media: Path  # the MEDIA_ROOT that was backed up


def backed_up(settings, tmp_path, out=None) -> Backup:
    """Back up the site, then point MEDIA_ROOT at an empty folder, as on a new machine."""
    call_command("backup", str(tmp_path / "backup"), stdout=out or io.StringIO())
    backup = Backup(tmp_path / "backup", Path(settings.MEDIA_ROOT))
    settings.MEDIA_ROOT = tmp_path / "new-media"
    return backup


@pytest.fixture
def demo_backup(settings, make_image, tmp_path) -> Backup:
    """A backup of the demo newsroom plus a picture uploaded by hand."""
    call_command("demo", stdout=io.StringIO())
    make_image(file=jpeg_upload("uploaded.jpg", color=(10, 120, 200)))
    return backed_up(settings, tmp_path)


@pytest.fixture
def small_backup(settings, make_image, tmp_path) -> Backup:
    """A backup of a site with one picture: enough for the refusals."""
    make_image()
    return backed_up(settings, tmp_path)


def every_row(alias: str) -> dict[str, list[str]]:
    """Return every row of every table in the database, table by table, in a stable order."""
    connection = connections[alias]
    rows = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows[table] = sorted(
                repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row))
                for row in cursor.fetchall()
            )
    return rows


def migrations_run(alias: str) -> set[tuple[str, str]]:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations")
        return set(cursor.fetchall())


def every_file(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(Path(root).rglob("*"))
        if path.is_file()
    }


def tables(alias: str) -> list[str]:
    connection = connections[alias]
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def edit_manifest(folder: Path, change) -> None:
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text())
    change(manifest)
    path.write_text(json.dumps(manifest))


def test_a_site_restored_into_an_empty_database_has_every_row_and_file_and_takes_new_ones(
    demo_backup, empty_database, settings, capsys
):
    original_rows, original_media = every_row("default"), every_file(demo_backup.media)
    assert any(name.startswith("images/") and "uploaded" in name for name in original_media)
    assert any(name.startswith("renditions/") for name in original_media)

    call_command("restore", str(demo_backup.folder), database=empty_database)

    out = capsys.readouterr().out.splitlines()
    assert f"Copying media {len(original_media)}/{len(original_media)}…" in out
    assert out[-1].startswith(f"Restored the {connections['default'].vendor} database and ")
    assert every_row(empty_database) == original_rows
    assert every_file(settings.MEDIA_ROOT) == original_media
    # Ids carry on after the restored ones (PostgreSQL's sequences came back too).
    sections = Section.objects.using(empty_database)
    newest = sections.order_by("-pk").first().pk
    assert sections.create(name="Later", slug="later", position=9).pk > newest


def test_backup_writes_a_manifest_with_versions_migrations_and_checksums(demo_backup):
    folder = demo_backup.folder
    manifest = json.loads((folder / "manifest.json").read_text())

    assert manifest["vendor"] == connections["default"].vendor
    assert manifest["django_version"].startswith("6.")
    assert manifest["created"]
    assert "0001_initial" in manifest["migrations"]["newsroom"]
    listed = {entry["path"]: entry for entry in manifest["files"]}
    on_disk = {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and path.name != "manifest.json"
    }
    assert set(listed) == on_disk
    assert manifest["database_file"] in listed
    assert len(listed) == len(every_file(demo_backup.media)) + 1
    for name, entry in listed.items():
        data = (folder / name).read_bytes()
        assert (entry["size"], entry["sha256"]) == (len(data), hashlib.sha256(data).hexdigest())


def test_backup_ends_with_a_one_line_summary(make_image, settings, tmp_path, capsys):
    make_image()
    files = len(every_file(settings.MEDIA_ROOT))

    call_command("backup", str(tmp_path / "backup"))

    out = capsys.readouterr().out.splitlines()
    assert f"Copying media {files}/{files}…" in out
    assert re.fullmatch(
        rf"Backed up the {connections['default'].vendor} database \([a-z_-]+, [\d.]+ [kMG]?B\) "
        rf"and {files} media files \([\d.]+ [kMG]?B\) to {re.escape(str(tmp_path))}/backup\.",
        out[-1],
    ), out[-1]


def test_backup_into_a_folder_that_is_not_empty_is_refused_and_leaves_it_alone(db, tmp_path):
    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")

    with pytest.raises(CommandError, match="already exists and is not an empty folder"):
        call_command("backup", str(folder))

    assert [path.name for path in folder.iterdir()] == ["notes.txt"]
    assert (folder / "notes.txt").read_text() == "keep me"
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".partial")]


def test_backup_into_an_empty_folder_is_fine(db, tmp_path):
    (tmp_path / "backup").mkdir()

    call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())

    assert (tmp_path / "backup" / "manifest.json").exists()


def test_backup_under_a_file_fails_with_one_line(db, tmp_path):
    (tmp_path / "a-file").write_text("")

    with pytest.raises(CommandError, match=r"^.*/a-file is a file, not a folder\.$"):
        call_command("backup", str(tmp_path / "a-file" / "backup"))


def test_backup_inside_the_media_folder_is_refused(db, settings):
    with pytest.raises(CommandError, match="inside MEDIA_ROOT"):
        call_command("backup", str(Path(settings.MEDIA_ROOT) / "backup"))


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:1000])


DAMAGE = {
    "a media file changed": lambda folder: _flip_a_byte(next(folder.glob("media/images/**/*.jpg"))),
    "a media file missing": lambda folder: next(folder.glob("media/renditions/**/*.*")).unlink(),
    "the database cut short": lambda folder: _cut_short(next(folder.glob("database.*"))),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_backup_is_refused_and_nothing_is_restored(
    damage, small_backup, empty_database, settings
):
    DAMAGE[damage](small_backup.folder)

    with pytest.raises(CommandError, match=r"^The backup is damaged: .* Nothing was restored\.$"):
        call_command("restore", str(small_backup.folder), database=empty_database)

    assert tables(empty_database) == []
    assert not Path(settings.MEDIA_ROOT).exists()


def test_a_manifest_naming_a_file_outside_the_backup_is_refused(
    small_backup, empty_database, settings, tmp_path
):
    (tmp_path / "elsewhere.jpg").write_bytes(b"not ours")
    outside = {"path": "media/../../elsewhere.jpg", "size": 8, "sha256": "0" * 64}
    edit_manifest(small_backup.folder, lambda manifest: manifest["files"].append(outside))

    with pytest.raises(CommandError, match="lists a file outside the backup"):
        call_command("restore", str(small_backup.folder), database=empty_database)

    assert tables(empty_database) == []
    assert not Path(settings.MEDIA_ROOT).exists()


def test_a_folder_without_a_manifest_is_not_a_backup(db, tmp_path):
    (tmp_path / "photos").mkdir()

    with pytest.raises(CommandError, match="is not a Premiere backup: it has no manifest.json"):
        call_command("restore", str(tmp_path / "photos"))


def test_a_backup_of_another_kind_of_database_is_refused(small_backup, empty_database):
    other = "postgresql" if connections["default"].vendor == "sqlite" else "sqlite"
    edit_manifest(small_backup.folder, lambda manifest: manifest.update(vendor=other))

    with pytest.raises(CommandError, match=f"This backup is of a {other} database"):
        call_command("restore", str(small_backup.folder), database=empty_database)

    assert tables(empty_database) == []


def test_a_backup_from_a_newer_premiere_is_refused(small_backup, empty_database):
    edit_manifest(
        small_backup.folder,
        lambda manifest: manifest["migrations"]["newsroom"].append("9999_future"),
    )

    with pytest.raises(CommandError, match=r"newer Premiere .* newsroom\.9999_future"):
        call_command("restore", str(small_backup.folder), database=empty_database)

    assert tables(empty_database) == []


def test_restoring_over_a_database_with_data_needs_force(small_backup, empty_database):
    original_rows = every_row("default")
    call_command("restore", str(small_backup.folder), database=empty_database)
    sections = Section.objects.using(empty_database)
    sections.create(name="Written since", slug="written-since", position=9)

    with pytest.raises(CommandError, match="The database already holds data .*--force"):
        call_command("restore", str(small_backup.folder), database=empty_database)
    assert sections.filter(slug="written-since").exists()

    call_command("restore", str(small_backup.folder), "--force", database=empty_database)
    assert not sections.filter(slug="written-since").exists()
    assert every_row(empty_database) == original_rows


def test_restoring_over_a_media_folder_with_files_needs_force(
    small_backup, empty_database, settings
):
    media = Path(settings.MEDIA_ROOT)
    media.mkdir()
    (media / "stray.jpg").write_bytes(b"someone else's picture")

    with pytest.raises(CommandError, match=r"MEDIA_ROOT .* already holds 1 file: --force"):
        call_command("restore", str(small_backup.folder), database=empty_database)
    assert tables(empty_database) == []
    assert every_file(media) == {"stray.jpg": b"someone else's picture"}

    call_command("restore", str(small_backup.folder), "--force", database=empty_database)
    assert every_file(media) == every_file(small_backup.media)


@pytest.mark.skipif(connections["default"].vendor != "sqlite", reason="SQLite's own files")
def test_a_live_sqlite_database_is_backed_up_with_what_is_still_in_its_write_ahead_log(
    small_backup, empty_database, tmp_path
):
    call_command("restore", str(small_backup.folder), database=empty_database)
    Section.objects.using(empty_database).create(name="Fresh", slug="fresh", position=9)
    live = Path(connections[empty_database].settings_dict["NAME"])
    # The site's connection is still open, so the new row is only in the -wal file yet.
    assert Path(f"{live}-wal").stat().st_size > 0

    call_command("backup", str(tmp_path / "again"), database=empty_database, stdout=io.StringIO())

    copy = sqlite3.connect(tmp_path / "again" / "database.sqlite3")
    try:
        names = {name for (name,) in copy.execute("SELECT slug FROM newsroom_section")}
        mode = copy.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        copy.close()
    assert "fresh" in names
    assert mode == "delete"  # the copy stands alone, with no -wal of its own


@pytest.mark.skipif(
    connections["default"].vendor != "postgresql", reason="the fallback is for PostgreSQL"
)
def test_without_pg_dump_postgres_is_copied_with_dumpdata_and_restores_the_same(
    make_image, empty_database, settings, tmp_path, monkeypatch
):
    call_command("demo", stdout=io.StringIO())
    make_image()
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    said = io.StringIO()
    backup = backed_up(settings, tmp_path, out=said)
    original = every_row("default")

    call_command("restore", str(backup.folder), database=empty_database, stdout=io.StringIO())

    assert "pg_dump is not on PATH: copying the database with Django's dumpdata instead." in (
        said.getvalue().splitlines()
    )
    manifest = json.loads((backup.folder / "manifest.json").read_text())
    assert manifest["method"] == "dumpdata"
    restored = every_row(empty_database)
    # migrate recorded the same migrations in the new database, at times of its own.
    assert migrations_run(empty_database) == migrations_run("default")
    del restored["django_migrations"], original["django_migrations"]
    assert restored == original
    assert every_file(settings.MEDIA_ROOT) == every_file(backup.media)
    sections = Section.objects.using(empty_database)
    newest = sections.order_by("-pk").first().pk
    assert sections.create(name="Later", slug="later", position=9).pk > newest
