"""Checking what a teacher points at: pack folders, and single files in the context of their pack.

`check_paths` serves the `validate` command and `load_for_preview` the preview; neither raises
for a problem in the content.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel

from escape_room.content.models import PackFile, RoomFile
from escape_room.content.pack import (
    PACK_FILE,
    ROOMS_DIR,
    Pack,
    check_pack,
    find_pack_root,
    parse,
    playable,
)
from escape_room.content.problems import ContentError, Problem, in_order, problem_at, warning_at
from escape_room.content.puzzlefile import PuzzleFile
from escape_room.content.puzzlelint import puzzle_findings
from escape_room.content.report import Reporter
from escape_room.content.text import resolve
from escape_room.content.written import doubt_warnings
from escape_room.content.yamlread import read_yaml


@dataclass(frozen=True)
class Summary:
    """What was checked: a pack, or a lone file outside any pack."""

    path: str
    title: str
    rooms: int = 0
    puzzles: int = 0
    languages: tuple[str, ...] = ()
    lone: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "rooms": self.rooms,
            "puzzles": self.puzzles,
            "languages": list(self.languages),
        }


@dataclass
class Outcome:
    """Every problem found in the paths checked, and what each path turned out to be."""

    problems: list[Problem] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(problem.is_error for problem in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


def check_paths(paths: list[Path]) -> Outcome:
    """Check each path (a pack folder, a folder or file inside a pack, or a lone puzzle file)."""
    outcome = Outcome()
    packs: dict[Path, tuple[Pack | None, list[Problem]]] = {}
    for path in paths:
        problems, summary = _check_one(path, packs)
        outcome.problems += problems
        if summary is not None and summary not in outcome.summaries:
            outcome.summaries.append(summary)
    outcome.problems = in_order(outcome.problems)
    return outcome


def load_for_preview(file: Path) -> tuple[Pack | None, list[Problem]]:
    """The pack that `file` belongs to, for previewing, and every problem found in it.

    The pack holds only the rooms without errors; it is None when `pack.yaml` cannot be read,
    no room is left, or `file` lies in no pack. Never raises for a problem in the content.
    """
    root = find_pack_root(file) if file.exists() else None
    if root is None:
        problems, _ = _check_lone(file)
        return None, problems
    try:
        pack, problems = check_pack(root)
    except OSError as error:
        return None, [problem_at(file, f"cannot read the pack: {error.strerror}")]
    usable = playable(pack, problems) if pack is not None else None
    return (usable if usable is not None and usable.rooms else None), problems


def _check_one(
    path: Path, packs: dict[Path, tuple[Pack | None, list[Problem]]]
) -> tuple[list[Problem], Summary | None]:
    if not path.exists():
        return [problem_at(path, "no such file or folder")], None
    try:
        root = find_pack_root(path)
        if root is None and path.is_dir():
            return [problem_at(path, "no pack.yaml in this folder or any folder above it")], None
        if root is None:
            return _check_lone(path)
        if absolute(root) not in packs:
            packs[absolute(root)] = check_pack(root)
        pack, problems = packs[absolute(root)]
        if not _is_pack_file(path, root):
            lone, summary = _check_lone(path)
            return [*lone, warning_at(path, _NOT_A_PACK_FILE)], summary
        return _within(problems, path, root), _summary(pack, root)
    except OSError as error:
        return [problem_at(path, f"cannot read: {error.strerror}")], None


_NOT_A_PACK_FILE = (
    "this file is not part of its pack: the game reads pack.yaml, rooms/<room-id>.yaml and "
    "rooms/<room-id>/*.yaml"
)


def _is_pack_file(path: Path, root: Path) -> bool:
    if path.is_dir():
        return True
    parts = PurePosixPath(absolute(path).relative_to(absolute(root)).as_posix()).parts
    if parts == (PACK_FILE,):
        return True
    in_rooms = len(parts) in (2, 3) and parts[0] == ROOMS_DIR
    return in_rooms and path.suffix == ".yaml"


def _within(problems: list[Problem], path: Path, root: Path) -> list[Problem]:
    """The problems in the files at or under `path`, all of them for the pack's own folder."""
    target = absolute(path)
    if target == absolute(root):
        return problems
    return [p for p in problems if absolute(Path(p.path)).is_relative_to(target)]


def absolute(path: Path) -> Path:
    """`path` from the top of the disk, '..' folded in but links left as they are, so the
    paths of a pack's files compare as written."""
    return Path(os.path.abspath(path))


def _summary(pack: Pack | None, root: Path) -> Summary | None:
    if pack is None:
        return None
    model = pack.model
    title = resolve(model.title, model.languages[0])
    rooms, puzzles = len(model.rooms), pack.puzzle_count
    return Summary(str(root), title, rooms, puzzles, tuple(model.languages))


def _check_lone(path: Path) -> tuple[list[Problem], Summary | None]:
    """A file in no pack, checked against the schema alone (and its puzzles on their own)."""
    try:
        document = read_yaml(path)
        model = _kind(document.data)
        parsed = parse(document, model)
    except ContentError as error:
        return error.problems, None
    report = Reporter({path: document}, doubt_warnings(document, parsed))
    puzzles = parsed.puzzles if isinstance(parsed, PuzzleFile) else []
    for index, puzzle in enumerate(puzzles):
        for key, severity, message in puzzle_findings(puzzle):
            report.add(severity, path, ("puzzles", index, *key), message)
    return report.problems, Summary(str(path), path.name, puzzles=len(puzzles), lone=True)


def _kind(data: Any) -> type[BaseModel]:
    """Which file `data` means to be, from its keys: a pack, a room, or (by default) puzzles."""
    if not isinstance(data, dict) or "puzzles" in data:
        return PuzzleFile
    if {"hotspots", "exit", "intro", "background"} & set(data):
        return RoomFile
    if {"rooms", "objectives", "languages", "licence"} & set(data):
        return PackFile
    return PuzzleFile
