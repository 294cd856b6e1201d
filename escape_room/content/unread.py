"""What a teacher wrote that the game would silently pass over: warnings shown before the rest.

A file saved as `room.yaml.txt` (Notepad's default), `room.YAML` or `room.yml`, a puzzle folder
whose name matches no room, and texts left as the starter templates wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from escape_room.content.messages import name_of, shown
from escape_room.content.problems import Problem, did_you_mean, warning_at
from escape_room.content.yamlread import Document, PathKey

_LANGUAGE = re.compile(r"^[a-z]{2}$")
_YAML_LIKE = re.compile(r"\.(?:ya?ml)(?:\.txt)?$", re.IGNORECASE)
TEMPLATE_TEXTS = frozenset(
    {
        "My road-safety escape room",
        "Mano eismo saugumo pabėgimo kambarys",
        "A starter pack: one room with four puzzles. Change it to make it yours.",
        "Pradinis rinkinys: vienas kambarys su keturiomis užduotimis. Pakeiskite jį savaip.",
        "Your name",
        "New room",
        "Naujas kambarys",
    }
)


def unread_files(root: Path, pack_file: str, rooms_dir: str, rooms: set[str]) -> list[Problem]:
    """A leading warning for each YAML-looking file or puzzle folder the game does not read."""
    found = [*_misnamed(root, {pack_file}, f"the pack's own file is {pack_file}")]
    folder = root / rooms_dir
    if folder.is_dir():
        found += _misnamed(folder, _read(folder), "room files end in '.yaml'")
        for sub in sorted(path for path in folder.iterdir() if path.is_dir()):
            if sub.name in rooms:
                found += _misnamed(sub, _read(sub), "puzzle files end in '.yaml'")
            else:
                found.append(_stray_folder(sub, rooms_dir, rooms))
    return found


def _read(folder: Path) -> set[str]:
    return {path.name for path in folder.glob("*.yaml")}


def _misnamed(folder: Path, read: set[str], rule: str) -> list[Problem]:
    unread = [
        path
        for path in sorted(folder.iterdir())
        if path.is_file() and _YAML_LIKE.search(path.name) and path.name not in read
    ]
    return [
        _leading(path, f"this file is not read: {rule}{_rename(path, read)}") for path in unread
    ]


def _rename(path: Path, read: set[str]) -> str:
    if path.name.endswith(".yaml"):  # a YAML file of a name the game does not look for
        return ""
    name = _YAML_LIKE.sub(".yaml", path.name)
    return f"; rename it to {name}" if name not in read else ""


def _stray_folder(folder: Path, rooms_dir: str, rooms: set[str]) -> Problem:
    message = (
        f"the puzzles in this folder are not read: no room has the id '{folder.name}' "
        f"(a room's puzzles go in {rooms_dir}/<room-id>/){did_you_mean(folder.name, rooms)}"
    )
    return _leading(folder, message)


def _leading(path: Path, message: str) -> Problem:
    return warning_at(path, message, leading=True)


def template_texts(document: Document) -> list[Problem]:
    """A warning at each text still as the starter template wrote it (once for all of a text's
    languages)."""
    if not _any_template_text(document.data):  # (the usual case, found without keys)
        return []
    found: dict[PathKey, str] = {}
    for key, text in _texts(document.data, ()):
        if text in TEMPLATE_TEXTS:
            found.setdefault(key[:-1] if key and _LANGUAGE.match(str(key[-1])) else key, text)
    return [
        warning_at(
            document.path,
            f"{name_of(key, document.data)} is still the template's {shown(text)}: write your own",
            *document.position(key),
        )
        for key, text in found.items()
    ]


def _any_template_text(data: Any) -> bool:
    pending = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            if value in TEMPLATE_TEXTS:
                return True
        elif isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return False


def _texts(value: Any, key: PathKey) -> Iterator[tuple[PathKey, str]]:
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for name, child in value.items():
            yield from _texts(child, (*key, name))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _texts(child, (*key, index))
