"""A backup's manifest (what made it, what it holds, each file's size and SHA-256) and the
copying and hashing of files."""

import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
CHUNK = 1 << 20
SHA256 = re.compile(r"[0-9a-f]{64}")

Progress = Callable[[str], None]


class BackupError(Exception):
    """A backup or restore cannot go on; the message is one line for the person running it."""


@dataclass(frozen=True)
class FileEntry:
    path: str  # relative to the backup folder, with "/" between parts
    size: int
    sha256: str


@dataclass
class Manifest:
    created: str
    premiere_version: str
    django_version: str
    vendor: str
    method: str
    tool: str
    database_file: str
    migrations: dict[str, list[str]]
    files: list[FileEntry] = field(default_factory=list)
    format: int = FORMAT

    @property
    def database(self) -> FileEntry:
        return next(entry for entry in self.files if entry.path == self.database_file)

    @property
    def media(self) -> list[FileEntry]:
        return [entry for entry in self.files if entry.path != self.database_file]

    def recorded_migrations(self) -> set[tuple[str, str]]:
        return {(app, name) for app, names in self.migrations.items() for name in names}

    @classmethod
    def read(cls, folder: Path) -> "Manifest":
        """Read a backup folder's manifest; refuse one that is damaged or names odd paths."""
        path = folder / MANIFEST
        if not folder.is_dir():
            state = "is not a folder" if folder.exists() else "does not exist"
            raise BackupError(f"{folder} {state}.")
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BackupError(f"{folder} is not a Premiere backup: it has no {MANIFEST}.") from None
        except (ValueError, UnicodeDecodeError) as error:
            raise BackupError(f"{path} is damaged: {error}.") from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise BackupError(f"{path} is not in a backup format this Premiere reads ({FORMAT}).")
        try:
            files = [FileEntry(**entry) for entry in raw.pop("files")]
            manifest = cls(files=files, **raw)
        except (KeyError, TypeError) as error:
            raise BackupError(f"{path} is damaged: {error}.") from None
        if problem := manifest.problem():
            raise BackupError(f"{path} is damaged: {problem}.")
        return manifest

    def problem(self) -> str | None:
        """Say what is wrong with the manifest's fields, if anything."""
        if not isinstance(self.migrations, dict) or not all(
            isinstance(names, list) and all(isinstance(name, str) for name in names)
            for names in self.migrations.values()
        ):
            return "its migrations are not lists of names"
        for entry in self.files:
            if not isinstance(entry.path, str):
                return f"it lists a file named {entry.path!r}"
            if not (isinstance(entry.size, int) and SHA256.fullmatch(str(entry.sha256))):
                return f"{entry.path!r} has no proper size and SHA-256"
            # Restoring writes each listed media file under MEDIA_ROOT: nothing may point out.
            parts = PurePosixPath(entry.path).parts
            in_media = len(parts) > 1 and parts[0] == MEDIA and ".." not in parts
            if entry.path != self.database_file and (not in_media or "\\" in entry.path):
                return f"it lists a file outside the backup, {entry.path!r}"
        if self.database_file not in {entry.path for entry in self.files}:
            return "it does not list the database file"
        return None

    def write(self, folder: Path) -> None:
        text = json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"
        with open(folder / MANIFEST, "x", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())

    def damaged(self, folder: Path, progress: Progress) -> list[str]:
        """Return the listed files that are missing or differ from their size and checksum."""
        report = counting(len(self.files), "Checking files against the manifest", progress)
        damaged = []
        for done, entry in enumerate(self.files, 1):
            path = folder / entry.path
            if not path.is_file() or file_entry(path, entry.path) != entry:
                damaged.append(entry.path)
            report(done)
        return damaged


def file_entry(path: Path, name: str) -> FileEntry:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
    return FileEntry(name, path.stat().st_size, digest.hexdigest())


def file_copy(source: Path, target: Path, name: str) -> FileEntry:
    """Copy one file's bytes and hash them on the way.

    A copy, never a hard link: a link would let the restored site's edits reach the backup.
    """
    digest = hashlib.sha256()
    size = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(source, "rb") as reading, open(target, "xb") as writing:
        while chunk := reading.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            writing.write(chunk)
        writing.flush()
        os.fsync(writing.fileno())
    shutil.copystat(source, target)
    return FileEntry(name, size, digest.hexdigest())


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def size_text(size: float) -> str:
    if size < 1000:
        return plural(int(size), "byte")
    for unit in ("kB", "MB", "GB"):
        size /= 1000
        if size < 1000 or unit == "GB":
            break
    return f"{size:.1f} {unit}"


def counting(total: int, label: str, progress: Progress) -> Callable[[int], None]:
    """Return a function that reports "label 120/450…" each second or so, and at the end."""
    last = time.monotonic()

    def report(done: int) -> None:
        nonlocal last
        if done == total or time.monotonic() - last >= 1:
            last = time.monotonic()
            progress(f"{label} {done:,}/{total:,}…")

    return report
