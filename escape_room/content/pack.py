"""Loading a pack folder into checked models: `load_pack(path)` gives a :class:`Pack`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from escape_room.content.models import PackFile, Puzzle, PuzzleFile, RoomFile
from escape_room.content.problems import ContentError, Problem, problem_at
from escape_room.content.yamlread import Document, read_yaml

M = TypeVar("M", bound=BaseModel)
PACK_FILE = "pack.yaml"


@dataclass(frozen=True)
class Room:
    """A room with its puzzles, in the order their files and lists give them."""

    model: RoomFile
    puzzles: dict[str, Puzzle]
    path: Path

    @property
    def id(self) -> str:
        return self.model.id


@dataclass(frozen=True)
class Pack:
    """A loaded pack: its `pack.yaml`, its rooms in playing order, and where it lies."""

    model: PackFile
    rooms: list[Room]
    root: Path
    documents: dict[Path, Document] = field(default_factory=dict, compare=False, repr=False)

    @property
    def assets_dir(self) -> Path:
        return self.root / self.model.assets

    def room(self, room_id: str) -> Room:
        return next(room for room in self.rooms if room.id == room_id)


def parse(document: Document, model: type[M]) -> M:
    """Validate a parsed document against a model, raising every problem with its position."""
    try:
        return model.model_validate(document.data if document.data is not None else {})
    except ValidationError as error:
        raise ContentError(validation_problems(document, error)) from None


def validation_problems(document: Document, error: ValidationError) -> list[Problem]:
    """One problem per pydantic error, placed at the value it is about."""
    problems = []
    for detail in error.errors():
        key = _data_key(document.data, detail["loc"])
        line, col = document.position(key)
        problems.append(problem_at(document.path, _describe(detail, key), line, col))
    return problems


def _data_key(data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """The error's path in the data, without the union members pydantic adds to it."""
    key: list[Any] = []
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        elif not (last and isinstance(data, dict)):
            continue
        key.append(part)
    return tuple(key)


def _describe(detail: Any, key: tuple[Any, ...]) -> str:
    where = ".".join(str(part) for part in key) or "the file"
    kind = detail["type"]
    if kind == "extra_forbidden":
        return f"unknown key '{key[-1]}'"
    if kind == "missing":
        return f"'{where}' is missing"
    message = str(detail["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}"


def load_pack(path: Path | str) -> Pack:
    """Load and check the pack in folder `path` (or the folder of its `pack.yaml`)."""
    root = Path(path)
    if root.is_file():
        root = root.parent
    pack_path = root / PACK_FILE
    if not root.is_dir():
        raise ContentError([problem_at(root, "no such pack folder")])
    if not pack_path.is_file():
        raise ContentError([problem_at(pack_path, "no pack.yaml here: a pack folder needs one")])
    documents: dict[Path, Document] = {}
    problems: list[Problem] = []
    pack_model = _load(pack_path, PackFile, documents, problems)
    rooms = []
    for room_id in pack_model.rooms if pack_model else []:
        room = _load_room(root / "rooms", room_id, documents, problems)
        if room is not None:
            rooms.append(room)
    if problems or pack_model is None:
        raise ContentError(problems)
    return Pack(pack_model, rooms, root, documents)


def _load(path: Path, model: type[M], documents: dict[Path, Document], problems: list[Problem]) -> M | None:
    try:
        document = read_yaml(path)
        documents[path] = document
        return parse(document, model)
    except ContentError as error:
        problems.extend(error.problems)
        return None


def _load_room(
    rooms_dir: Path, room_id: str, documents: dict[Path, Document], problems: list[Problem]
) -> Room | None:
    room_path = rooms_dir / f"{room_id}.yaml"
    if not room_path.is_file():
        problems.append(problem_at(room_path, f"the room '{room_id}' listed in pack.yaml has no file"))
        return None
    room = _load(room_path, RoomFile, documents, problems)
    puzzles: dict[str, Puzzle] = {}
    for puzzle_path in sorted((rooms_dir / room_id).glob("*.yaml")):
        puzzle_file = _load(puzzle_path, PuzzleFile, documents, problems)
        for puzzle in puzzle_file.puzzles if puzzle_file else []:
            puzzles.setdefault(puzzle.id, puzzle)
    return Room(room, puzzles, room_path) if room else None


def content_hash(pack: Pack) -> str:
    """A short SHA-256 of every file the pack was loaded from, so scores name the exact content."""
    digest = hashlib.sha256()
    for path in sorted(pack.documents):
        digest.update(path.relative_to(pack.root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
