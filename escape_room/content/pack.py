"""Loading a pack folder into checked models: `load_pack(path)` gives a :class:`Pack`.

Every file of the pack is read and checked before anything is reported, so a teacher sees all
problems at once. `check_pack` never raises for content problems; `load_pack` raises
:class:`ContentError` with every error when the pack cannot be played.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ValidationError

from escape_room.content.models import PackFile, RoomFile
from escape_room.content.packroot import PACK_FILE as PACK_FILE
from escape_room.content.packroot import ROOMS_DIR as ROOMS_DIR
from escape_room.content.packroot import find_pack_root as find_pack_root
from escape_room.content.problems import (
    ContentError,
    Problem,
    did_you_mean,
    errors,
    problem_at,
    warning_at,
)
from escape_room.content.puzzlefile import Puzzle, PuzzleFile
from escape_room.scoring.bulk import many_objects

if TYPE_CHECKING:
    from escape_room.content.yamlread import Document

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class PuzzleSource:
    """Where a puzzle is written: its file and its place in that file's `puzzles` list."""

    path: Path
    index: int


@dataclass(frozen=True)
class Room:
    """A room with its puzzles, in the order their files and lists give them."""

    model: RoomFile
    puzzles: dict[str, Puzzle]
    path: Path
    sources: dict[str, PuzzleSource] = field(default_factory=dict, compare=False, repr=False)
    puzzle_files: tuple[Path, ...] = field(default=(), compare=False, repr=False)

    @property
    def id(self) -> str:
        return self.model.id

    @property
    def files(self) -> list[Path]:
        """The room's file and its puzzle files."""
        return [self.path, *self.puzzle_files]


@dataclass(frozen=True)
class Pack:
    """A loaded pack: its `pack.yaml`, its rooms in playing order, and where it lies."""

    model: PackFile
    rooms: list[Room]
    root: Path
    documents: dict[Path, Document] = field(default_factory=dict, compare=False, repr=False)
    warnings: list[Problem] = field(default_factory=list, compare=False, repr=False)
    digest: str = field(default="", compare=False, repr=False)
    """The content hash taken when the pack was loaded, when it was (see :func:`content_hash`)."""

    @property
    def path(self) -> Path:
        """Where `pack.yaml` lies."""
        return self.root / PACK_FILE

    @property
    def assets_dir(self) -> Path:
        return self.root / self.model.assets

    def room(self, room_id: str) -> Room:
        return next(room for room in self.rooms if room.id == room_id)

    @property
    def puzzle_count(self) -> int:
        return sum(len(room.puzzles) for room in self.rooms)


def load_pack(path: Path | str) -> Pack:
    """Load and check the pack at `path`: its folder, or any file or folder inside it.

    Raises:
        ContentError: with every error found, when the pack cannot be played.
    """
    pack, problems = check_pack(path)
    if pack is None:
        raise ContentError(errors(problems))
    blocking = [problem for problem in errors(problems) if _blocks_play(Path(problem.path), pack)]
    if blocking:
        raise ContentError(blocking)
    return pack


def _blocks_play(path: Path, pack: Pack) -> bool:
    """Whether a problem in `path` stops the pack from being played: a room file that is not
    listed in pack.yaml, and its puzzles, are not played."""
    rooms = pack.root / ROOMS_DIR
    if path.parent == rooms:
        return path.stem in pack.model.rooms
    if path.parent.parent == rooms:
        return path.parent.name in pack.model.rooms
    return True


def check_pack(path: Path | str) -> tuple[Pack | None, list[Problem]]:
    """Read and check every file of the pack at `path`; never raises for content problems.

    Returns the pack (None when `pack.yaml` cannot be read) with every room that could be read,
    and every problem found, warnings included.
    """
    if not Path(path).exists():
        return None, [problem_at(path, "no such pack folder")]
    root = find_pack_root(Path(path))
    if root is None:
        return None, [problem_at(path, "no pack.yaml in this folder or any folder above it")]
    from escape_room.content.lint import lint  # the checks load only when a pack is checked

    reader = _Reader(root)
    with many_objects():  # (tens of thousands of values that hold no cycles)
        pack, problems = reader.read()
        if pack is None:
            return None, problems
        problems += lint(pack, frozenset(reader.incomplete))
    warnings = [problem for problem in problems if not problem.is_error]
    return Pack(pack.model, pack.rooms, pack.root, pack.documents, warnings), problems


def playable(pack: Pack, problems: list[Problem]) -> Pack:
    """The pack without the rooms that have an error in one of their files."""
    broken = {problem.path for problem in errors(problems)}
    rooms = [room for room in pack.rooms if not broken & {str(p) for p in room.files}]
    return Pack(pack.model, rooms, pack.root, pack.documents, pack.warnings)


def parse(document: Document, model: type[M]) -> M:
    """Validate a parsed document against a model, raising every problem with its position."""
    from escape_room.content.messages import validation_problems

    if document.data is None:
        raise ContentError([problem_at(document.path, "the file is empty", 1, 1)])
    try:
        return model.model_validate(document.data)
    except ValidationError as error:
        raise ContentError(validation_problems(document, error, model)) from None


def read_model(path: Path, model: type[M]) -> tuple[Document | None, M | None, list[Problem]]:
    """Read one file and check it against `model`; never raises for content problems."""
    from escape_room.content.written import doubt_warnings
    from escape_room.content.yamlread import read_yaml

    document = None
    try:
        document = read_yaml(path)
        parsed = parse(document, model)
        return document, parsed, doubt_warnings(document, parsed)
    except ContentError as error:
        return document, None, error.problems


class _Reader:
    """Reads every file of one pack, collecting the problems of all of them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.real_root = root.resolve()
        self.documents: dict[Path, Document] = {}
        self.problems: list[Problem] = []
        self.first_seen: dict[str, PuzzleSource] = {}
        self.incomplete: set[str] = set()

    def read(self) -> tuple[Pack | None, list[Problem]]:
        from escape_room.content.unread import unread_files

        pack_model = self._read(self.root / PACK_FILE, PackFile)
        on_disk = self._room_files()
        listed = list(dict.fromkeys(pack_model.rooms)) if pack_model else list(on_disk)
        rooms = [room for room_id in listed if (room := self._room(room_id, on_disk, True))]
        if pack_model is not None:
            self._check_listing(pack_model, on_disk)
        self.problems += unread_files(self.root, PACK_FILE, ROOMS_DIR, set(on_disk))
        pack = Pack(pack_model, rooms, self.root, self.documents) if pack_model else None
        return pack, self.problems

    def _read(self, path: Path, model: type[M]) -> M | None:
        if not self._inside(path):
            self.problems.append(problem_at(path, "this file links outside the pack; not read"))
            return None
        from escape_room.content.unread import template_texts

        document, result, problems = read_model(path, model)
        if document is not None:
            document.node = None  # found again from the text when a problem needs a position
            self.documents[path] = document
            problems += template_texts(document)
        self.problems += problems
        return result

    def _inside(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self.real_root)

    def _room_files(self) -> dict[str, Path]:
        rooms_dir = self.root / ROOMS_DIR
        if not rooms_dir.is_dir():
            return {}
        return {path.stem: path for path in sorted(rooms_dir.glob("*.yaml")) if path.is_file()}

    def _room(self, room_id: str, on_disk: dict[str, Path], played: bool) -> Room | None:
        path = on_disk.get(room_id)
        if path is None:
            return None
        before = len(self.problems)
        room = self._read(path, RoomFile)
        if room is not None and room.id != room_id:
            line, col = self.documents[path].position(("id",))
            message = f"this room's id must be '{room_id}', the name of its file"
            self.problems.append(problem_at(path, message, line, col))
        folder = self.root / ROOMS_DIR / room_id
        files = tuple(sorted(folder.glob("*.yaml"))) if folder.is_dir() else ()
        puzzles, sources = self._puzzles(files, played)
        if errors(self.problems[before:]):
            self.incomplete.add(room_id)
        if not played:  # checked, but not part of the pack that is played
            for file in (path, *files):
                self.documents.pop(file, None)
        return Room(room, puzzles, path, sources, files) if room else None

    def _puzzles(
        self, files: tuple[Path, ...], played: bool
    ) -> tuple[dict[str, Puzzle], dict[str, PuzzleSource]]:
        """The files' puzzles by id; ids are checked across the pack for rooms that are played."""
        puzzles: dict[str, Puzzle] = {}
        sources: dict[str, PuzzleSource] = {}
        for path in files:
            puzzle_file = self._read(path, PuzzleFile)
            for index, puzzle in enumerate(puzzle_file.puzzles if puzzle_file else []):
                source = PuzzleSource(path, index)
                fresh = self._unique(puzzle.id, source) if played else puzzle.id not in puzzles
                if fresh:
                    puzzles[puzzle.id] = puzzle
                    sources[puzzle.id] = source
        return puzzles, sources

    def _unique(self, puzzle_id: str, source: PuzzleSource) -> bool:
        first = self.first_seen.setdefault(puzzle_id, source)
        if first is source:
            return True
        line, col = self.documents[source.path].position(("puzzles", source.index, "id"))
        first_line = self.documents[first.path].position(("puzzles", first.index))[0]
        where = f"{first.path}:{first_line}"
        message = f"the puzzle id '{puzzle_id}' is already used ({where}); ids must be unique"
        self.problems.append(problem_at(source.path, message, line, col))
        return False

    def _check_listing(self, pack_model: PackFile, on_disk: dict[str, Path]) -> None:
        pack_path = self.root / PACK_FILE
        for index, room_id in enumerate(pack_model.rooms):
            if room_id not in on_disk:
                line, col = self.documents[pack_path].position(("rooms", index))
                hint = did_you_mean(room_id, on_disk)
                message = f"the room '{room_id}' has no file {ROOMS_DIR}/{room_id}.yaml{hint}"
                self.problems.append(problem_at(pack_path, message, line, col))
        for room_id, path in on_disk.items():
            if room_id not in pack_model.rooms:
                self._room(room_id, on_disk, False)
                message = "this room is not played: its id is not in the 'rooms' list of pack.yaml"
                self.problems.append(warning_at(path, message, 1, 1))


def content_hash(pack: Pack) -> str:
    """A short SHA-256 of every file the pack was loaded from, so scores name the exact content."""
    if pack.digest:
        return pack.digest
    digest = hashlib.sha256()
    for path in sorted(pack.documents):
        digest.update(path.relative_to(pack.root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
