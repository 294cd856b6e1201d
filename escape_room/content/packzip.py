"""Packs to share: a checked pack folder as one zip file, and a zip file safely installed.

An archive from someone else is refused, with nothing written, when an entry's path leads out of
the pack's folder, an entry is a link, it holds too many files, a file or the whole is too large
once unpacked (a zip bomb is caught by counting the bytes as they come out, not by trusting the
sizes the archive states), or the pack in it does not validate.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path, PurePosixPath

from escape_room.content.pack import PACK_FILE, Pack, load_pack
from escape_room.content.problems import ContentError

MAX_FILES = 2_000
MAX_FILE_BYTES = 20_000_000
MAX_TOTAL_BYTES = 200_000_000
_CHUNK = 1 << 16


class PackArchiveError(Exception):
    """An archive that cannot be made or installed, in plain words."""


def export_pack(folder: Path, target: Path) -> Pack:
    """Check the pack at `folder` and write it as a zip file at `target`, whole or not at all.

    Raises:
        ContentError: when the pack has errors.
        PackArchiveError: when a file cannot be read or the archive cannot be written.
    """
    pack = load_pack(folder)
    files = _files(pack.root)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.close(handle)
        try:
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in files:
                    name = PurePosixPath(pack.model.id, path.relative_to(pack.root).as_posix())
                    archive.write(path, str(name))
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise PackArchiveError(f"{target}: cannot write the archive ({error.strerror})") from None
    return pack


def _files(root: Path) -> list[Path]:
    """The pack's files: everything under its folder but hidden files, folders and links."""
    found = []
    for folder, folders, names in os.walk(root):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(names):
            path = Path(folder, name)
            if not name.startswith(".") and path.is_file() and not path.is_symlink():
                found.append(path)
    return found


def import_pack(archive: Path, packs: Path) -> Pack:
    """Install the pack in `archive` as `packs/<pack id>`, checked; nothing is written on error.

    Raises:
        PackArchiveError: for an unsafe, broken or already installed archive.
        ContentError: when the pack in it has errors.
    """
    try:
        with zipfile.ZipFile(archive) as opened:
            top = _checked(opened)
            packs.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".import-", dir=packs))
            try:
                _unpack(opened, staging)
                pack = _load_unpacked(staging, top, archive)
                target = packs / pack.model.id
                if target.exists():
                    raise PackArchiveError(
                        f"a pack with the id '{pack.model.id}' is already installed ({target}); "
                        "remove that folder first to replace it"
                    )
                os.replace(staging / top, target)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except zipfile.BadZipFile:
        raise PackArchiveError(f"{archive}: this is not a zip file") from None
    except OSError as error:
        raise PackArchiveError(f"{archive}: cannot read it ({error.strerror})") from None
    return load_pack(target)


def _load_unpacked(staging: Path, top: str, archive: Path) -> Pack:
    """The unpacked pack, its problems named by their place in the archive."""
    try:
        return load_pack(staging / top)
    except ContentError as error:
        named = [
            replace(problem, path=f"{archive}:{os.path.relpath(problem.path, staging)}")
            for problem in error.problems
        ]
        raise ContentError(named) from None


def _checked(archive: zipfile.ZipFile) -> str:
    """The one top folder of a safe archive's entries, which holds pack.yaml."""
    entries = archive.infolist()
    if len(entries) > MAX_FILES:
        raise PackArchiveError(
            f"the archive holds {len(entries):,} files; a pack has at most {MAX_FILES:,}"
        )
    tops = set()
    for entry in entries:
        parts = PurePosixPath(entry.filename).parts
        if (
            entry.filename.startswith("/")
            or "\\" in entry.filename
            or ".." in parts
            or not parts
            or ":" in parts[0]
        ):
            raise PackArchiveError(
                f"the archive's entry '{entry.filename}' leads out of the pack's folder"
            )
        if stat.S_ISLNK(entry.external_attr >> 16):
            raise PackArchiveError(
                f"the archive's entry '{entry.filename}' is a link; packs hold only files"
            )
        tops.add(parts[0])
    if len(tops) != 1 or f"{next(iter(tops))}/{PACK_FILE}" not in archive.namelist():
        raise PackArchiveError(f"the archive does not hold one pack folder with {PACK_FILE} in it")
    return next(iter(tops))


def _unpack(archive: zipfile.ZipFile, into: Path) -> None:
    """Write the entries, counting the bytes that come out against the limits."""
    total = 0
    for entry in archive.infolist():
        target = into / entry.filename
        if entry.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with archive.open(entry) as source, target.open("wb") as sink:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                total += len(chunk)
                if written > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES:
                    raise PackArchiveError(
                        f"'{entry.filename}' unpacks to more than the limit of "
                        f"{MAX_FILE_BYTES:,} bytes a file and {MAX_TOTAL_BYTES:,} in all: "
                        "the archive may be a zip bomb"
                    )
                sink.write(chunk)
