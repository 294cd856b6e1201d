"""A large pack in the real format: the bundled pack's rooms copied until it holds N puzzles.

Every copy keeps the bundled files' text — all puzzle types, real English and Lithuanian texts,
comments and flow style — with its room and puzzle ids renamed (`street` → `street-c3`), so the
pack is valid and as heavy per puzzle as the one the game ships.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from escape_room.paths import bundled_pack

_LISTS = re.compile(r"((?:digits_from|code_from):\s*\[)([^\]]*)(\])")


def write_real_pack(root: Path, puzzles: int) -> list[Path]:
    """Write a pack of at least `puzzles` puzzles under `root`; returns its YAML files."""
    source = bundled_pack()
    rooms = _bundled_rooms(source)
    per_copy = sum(len(ids) for ids in rooms.values())
    copies = -(-puzzles // per_copy)
    root.mkdir(parents=True, exist_ok=True)
    if (source / "schema").is_dir():
        shutil.copytree(source / "schema", root / "schema", dirs_exist_ok=True)
    ids = [f"{room}-c{n}" for n in range(copies) for room in rooms]
    pack = (source / "pack.yaml").read_text(encoding="utf-8")
    pack = re.sub(r"(?m)^rooms:.*\n(?:[ \t]+-.*\n)*", f"rooms: [{', '.join(ids)}]\n", pack)
    (root / "pack.yaml").write_text(pack, encoding="utf-8")
    for n in range(copies):
        for room, puzzle_ids in rooms.items():
            _copy_room(source / "rooms", root / "rooms", room, f"-c{n}", puzzle_ids)
    return sorted(root.rglob("*.yaml"))


def _bundled_rooms(source: Path) -> dict[str, set[str]]:
    """The bundled pack's played rooms and the puzzle ids of each."""
    pack = yaml.load((source / "pack.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    rooms: dict[str, set[str]] = {}
    for room in pack["rooms"]:
        rooms[room] = set()
        for path in sorted((source / "rooms" / room).glob("*.yaml")):
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
            rooms[room] |= {puzzle["id"] for puzzle in data["puzzles"]}
    return rooms


def _copy_room(source: Path, target: Path, room: str, suffix: str, puzzle_ids: set[str]) -> None:
    (target / f"{room}{suffix}").mkdir(parents=True, exist_ok=True)
    text = (source / f"{room}.yaml").read_text(encoding="utf-8")
    text = re.sub(rf"(?m)^id:\s*{re.escape(room)}\s*$", f"id: {room}{suffix}", text)
    (target / f"{room}{suffix}.yaml").write_text(_renamed(text, suffix, puzzle_ids), "utf-8")
    for path in sorted((source / room).glob("*.yaml")):
        text = _renamed(path.read_text(encoding="utf-8"), suffix, puzzle_ids)
        (target / f"{room}{suffix}" / path.name).write_text(text, encoding="utf-8")


def _renamed(text: str, suffix: str, puzzle_ids: set[str]) -> str:
    """The text with every reference to a puzzle id given the suffix."""
    names = "|".join(sorted((re.escape(i) for i in puzzle_ids), key=len, reverse=True))
    word = rf"(?<![\w-])({names})(?![\w-])"
    text = re.sub(rf"((?:\bid|\bpuzzle):\s*){word}", rf"\1\2{suffix}", text)
    return _LISTS.sub(lambda m: m[1] + re.sub(word, rf"\1{suffix}", m[2]) + m[3], text)
