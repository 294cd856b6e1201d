"""Checking the pictures a pack names: inside its assets folder, present, and of a known kind.

Nothing outside the pack is ever opened: a path is refused when it is absolute, climbs out with
'..', or is a link that resolves outside the pack; only its existence is looked up.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from escape_room.content.messages import Key
from escape_room.content.problems import did_you_mean
from escape_room.content.report import Reporter

if TYPE_CHECKING:
    from escape_room.content.pack import Pack

PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg", ".webp", ".gif", ".bmp")
_MAX_LISTED = 2000  # files looked at for "did you mean"


def lint_assets_folder(pack: Pack, report: Reporter) -> None:
    """The pack's `assets` folder must lie inside the pack."""
    problem = unsafe_path(pack.model.assets, "the pack folder")
    if problem is None and not pack.assets_dir.resolve().is_relative_to(pack.root.resolve()):
        problem = "this folder is a link to a place outside the pack"
    if problem:
        report.error(pack.path, ("assets",), problem)


def check_picture(
    key: Key, image: str | dict[str, str], path: Path, pack: Pack, report: Reporter
) -> None:
    """Check the picture (or each language's picture) of the Image at `key`."""
    if isinstance(image, str):
        _check_one(image, path, (*key, "image"), pack, report)
        return
    for code, name in image.items():
        _check_one(name, path, (*key, "image", code), pack, report)


def unsafe_path(name: str, folder: str) -> str | None:
    """Why `name` cannot be a path inside `folder`, or None when it can."""
    if "\\" in name:
        return "write '/' between folders, not '\\'"
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).drive:
        return f"write a path inside {folder}, not a full path from the disk's top"
    if ".." in PurePosixPath(name).parts:
        return f"'..' leads out of {folder}; keep pictures inside it"
    return None


def _check_one(name: str, path: Path, key: Key, pack: Pack, report: Reporter) -> None:
    folder = f"the assets folder '{pack.model.assets}'"
    problem = unsafe_path(name, folder)
    if problem:
        report.error(path, key, problem)
        return
    picture = pack.assets_dir / name
    if not picture.resolve().is_relative_to(pack.root.resolve()):
        report.error(path, key, "this picture is a link to a place outside the pack")
    elif not picture.is_file():
        hint = did_you_mean(name, _pictures(pack.assets_dir))
        report.error(path, key, f"there is no picture '{name}' in {folder}{hint}")
    elif picture.suffix.lower() not in PICTURE_SUFFIXES:
        kinds = ", ".join(PICTURE_SUFFIXES)
        report.warning(path, key, f"the game shows pictures of these kinds: {kinds}")


def _pictures(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    names = []
    for index, found in enumerate(folder.rglob("*")):
        if index >= _MAX_LISTED:
            break
        names.append(found.relative_to(folder).as_posix())
    return names
