"""Copying MEDIA_ROOT into a backup, and putting a backup's media back in its place."""

import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

from .manifest import MEDIA, BackupError, FileEntry, Manifest, Progress, counting, file_copy

# A restore's own folders inside MEDIA_ROOT while it swaps the files; never backed up.
WORK_PREFIX = ".premiere-"


def media_files(root: Path) -> list[Path]:
    """List the files under MEDIA_ROOT, relative to it, leaving out a restore's own folders."""
    found = []
    for folder, folders, names in os.walk(root):
        folders[:] = sorted(name for name in folders if not name.startswith(WORK_PREFIX))
        found.extend(Path(folder, name).relative_to(root) for name in sorted(names))
    return found


def media_copy(root: Path, target: Path, progress: Progress) -> tuple[list[FileEntry], int]:
    """Copy MEDIA_ROOT into `target`; return the entries and how many files vanished meanwhile."""
    files = media_files(root)
    report = counting(len(files), "Copying media", progress)
    entries, vanished = [], 0
    for done, relative in enumerate(files, 1):
        name = str(PurePosixPath(MEDIA, *relative.parts))
        try:
            entries.append(file_copy(root / relative, target / relative, name))
        except FileNotFoundError:
            # Deleted on the live site after it was listed (a replaced rendition). The database
            # was copied first, so at worst the backup names a picture the site had dropped.
            vanished += 1
        report(done)
    return entries, vanished


def media_stage(manifest: Manifest, folder: Path, root: Path, progress: Progress) -> Path:
    """Copy the backup's media into a hidden folder inside MEDIA_ROOT, checking each file.

    Inside MEDIA_ROOT, not beside it: the swap is then renames within one file system even when
    MEDIA_ROOT is a mount point.
    """
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=root, prefix=f"{WORK_PREFIX}restore-"))
    report = counting(len(manifest.media), "Copying media", progress)
    try:
        for done, entry in enumerate(manifest.media, 1):
            relative = PurePosixPath(entry.path).relative_to(MEDIA)
            if file_copy(folder / entry.path, staging / relative, entry.path) != entry:
                raise BackupError(f"{entry.path} changed while it was being restored.")
            report(done)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def media_swap(root: Path, staging: Path) -> None:
    """Put the staged files in place of MEDIA_ROOT's: the site is without its pictures only for
    a few renames."""
    replaced = Path(tempfile.mkdtemp(dir=root, prefix=f"{WORK_PREFIX}replaced-"))
    for child in root.iterdir():
        if not child.name.startswith(WORK_PREFIX):
            child.rename(replaced / child.name)
    for child in staging.iterdir():
        child.rename(root / child.name)
    staging.rmdir()
    shutil.rmtree(replaced)
