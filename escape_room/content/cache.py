"""A cache of checked packs, so the game starts without reading YAML or checking the pack again.

`load_for_play(path, folder)` gives the same :class:`Pack` as `load_pack(path)`. The first time,
and whenever any file of the pack changes, it loads and checks the pack as `load_pack` does and
keeps the result as plain JSON data in `folder` (the user's cache folder). Later starts rebuild
the models from that data without validating them again.

`cached_for_play(path, folder)` reads a kept entry without importing the models (nor pydantic):
it gives the pack's :class:`PackHead` (what the title screen shows) at once, and builds the
models when they are first asked for, after the title is on screen.

An entry is keyed by a digest of every pack file (the YAML files' bytes; the other files' names,
so an added or removed picture counts) and of the game's version and code, and it carries a
SHA-256 of its data. An entry that is unreadable, damaged, or from another version is ignored and
written again. Entries are replaced atomically, so two games starting at once each read a whole
entry; a cache folder that cannot be written only means the pack is checked at every start.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from escape_room import __version__
from escape_room.content.packroot import find_pack_root

if TYPE_CHECKING:
    from pydantic import BaseModel

    from escape_room.content.pack import Pack

FORMAT = 2
_PACKAGE = Path(__file__).resolve().parent.parent
_YAML = (".yaml", ".yml")
_MODEL, _TUPLE, _DICT, _SET = "$m", "$t", "$d", "$s"
_DAMAGED = (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError)


@dataclasses.dataclass(frozen=True)
class PackHead:
    """What the title screen and the command line's checks need of a pack: no models needed."""

    id: str
    title: str | dict[str, str]
    languages: tuple[str, ...]
    rooms: tuple[str, ...]


def head_of(pack: Pack) -> PackHead:
    model = pack.model
    rooms = tuple(room.id for room in pack.rooms)
    return PackHead(model.id, model.title, tuple(model.languages), rooms)


class CachedPack:
    """A pack read from a cache entry: its head now, its models when :meth:`load` is called."""

    def __init__(self, head: PackHead, body: bytes, root: Path, path: Path) -> None:
        self.head = head
        self.root = root
        self._body, self._path = body, path

    def load(self) -> Pack:
        """The pack's models, rebuilt from the entry without validating them again (or, should
        the entry not make a pack after all, loaded and checked from the files)."""
        from escape_room.content.pack import load_pack

        return self.rebuilt() or load_pack(self._path)

    def rebuilt(self) -> Pack | None:
        """The pack's models as kept in the entry; None when they cannot be rebuilt."""
        try:
            return _pack(json.loads(self._body), self.root)
        except _DAMAGED:
            return None


def load_for_play(path: Path | str, folder: Path) -> Pack:
    """The pack at `path`, from the cache in `folder` when it holds this exact content.

    Raises:
        ContentError: with every error found, when the pack cannot be played.
    """
    from escape_room.content.pack import load_pack

    cached = cached_for_play(path, folder)
    if cached is not None:
        return cached.load()
    pack = load_pack(path)
    found = _entry(Path(path), folder)
    if found is not None:
        write_entry(*found, pack)
    return pack


def cached_for_play(path: Path | str, folder: Path) -> CachedPack | None:
    """The pack at `path` as kept in the cache in `folder`, when it holds this exact content;
    None when the pack must be read and checked (:func:`load_for_play`)."""
    found = _entry(Path(path), folder)
    if found is None:
        return None
    entry, key = found
    return _read(entry, key, find_pack_root(Path(path)) or Path(path), Path(path))


def _entry(path: Path, folder: Path) -> tuple[Path, str] | None:
    """The cache entry of the pack at `path` and the key its content has now; None when the
    pack folder cannot be found or read."""
    root = find_pack_root(path)
    key = pack_key(root) if root is not None else None
    if root is None or key is None:
        return None
    return folder / f"pack-{_digest(str(root.resolve()).encode())[:16]}.json", key


def pack_key(root: Path) -> str | None:
    """A digest of the pack's files and of the game that reads them; None when the pack
    folder cannot be listed or read."""
    digest = hashlib.sha256(f"{FORMAT}\n{__version__}\n{_code_stamp()}\n".encode())
    try:
        for folder, folders, files in os.walk(root):
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            here = Path(folder)
            for name in sorted(files) + [f"{name}/" for name in folders]:
                path = here / name.rstrip("/")
                relative = path.relative_to(root).as_posix()
                link = os.readlink(path) if path.is_symlink() else ""
                digest.update(f"{relative}\0{link}\0".encode())
                if name.endswith(_YAML):
                    digest.update(hashlib.sha256(path.read_bytes()).digest())
    except OSError:
        return None
    return digest.hexdigest()


def _code_stamp() -> str:
    """Names, sizes and times of the source files that define, check and keep the models (the
    packages `content`, `kinds` and `model`, which they import): a changed model is a new
    version."""
    stamps = []
    for folder, folders, files in _walk(
        *(_PACKAGE / name for name in ("content", "kinds", "model"))
    ):
        folders[:] = sorted(name for name in folders if not name.startswith(("_", ".")))
        for name in sorted(files):
            if name.endswith(".py"):
                stat = os.stat(os.path.join(folder, name))
                stamps.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return ";".join(stamps)


def _walk(*tops: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    for top in tops:
        yield from os.walk(top)


def read_entry(entry: Path, key: str, root: Path) -> Pack | None:
    """The pack kept in `entry` for `key`, or None when it is missing, damaged or another's."""
    cached = _read(entry, key, root, root)
    return cached.rebuilt() if cached is not None else None


def _read(entry: Path, key: str, root: Path, path: Path) -> CachedPack | None:
    """The entry's head (its second line) and data (the rest), when it is whole and for `key`;
    the data is parsed only when the models are asked for."""
    try:
        header_line, _, rest = entry.read_bytes().partition(b"\n")
        header = json.loads(header_line)
        if header.get("key") != key or header.get("sha256") != _digest(rest):
            return None
        head_line, _, body = rest.partition(b"\n")
        head = json.loads(head_line)
        rooms, languages = tuple(head["rooms"]), tuple(head["languages"])
        return CachedPack(PackHead(head["id"], head["title"], languages, rooms), body, root, path)
    except _DAMAGED:
        return None


def write_entry(entry: Path, key: str, pack: Pack) -> None:
    """Keep `pack` in `entry` for `key`; quietly nothing when the folder cannot be written."""
    try:
        head = _json(dataclasses.asdict(head_of(pack)))
        body = head + b"\n" + _json(_plain_pack(pack))
    except (TypeError, ValueError):  # not plain data, or a path outside: play without a cache
        return
    header = json.dumps({"format": FORMAT, "key": key, "sha256": _digest(body)}).encode()
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".pack-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(header + b"\n" + body)
            os.replace(temporary, entry)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:
        return


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- a pack as plain data and back ------------------------------------------------------------


def _plain_pack(pack: Pack) -> dict[str, Any]:
    from escape_room.content.pack import content_hash

    def relative(path: Path) -> str:
        return path.relative_to(pack.root).as_posix()

    rooms = [
        {
            "model": _plain(room.model),
            "path": relative(room.path),
            "puzzles": [
                [_plain(puzzle), relative(room.sources[pid].path), room.sources[pid].index]
                for pid, puzzle in room.puzzles.items()
            ],
            "files": [relative(path) for path in room.puzzle_files],
        }
        for room in pack.rooms
    ]
    warnings = [
        [relative(Path(problem.path)), *dataclasses.astuple(problem)[1:]]
        for problem in pack.warnings
    ]
    return {
        "pack": _plain(pack.model),
        "rooms": rooms,
        "warnings": warnings,
        "digest": content_hash(pack),
    }


def _pack(data: dict[str, Any], root: Path) -> Pack:
    from escape_room.content.pack import Pack, PuzzleSource, Room
    from escape_room.content.problems import Problem

    models = _model_classes()
    rooms = []
    for room in data["rooms"]:
        puzzles, sources = {}, {}
        for plain, path, index in room["puzzles"]:
            puzzle = _value(plain, models)
            puzzles[puzzle.id] = puzzle
            sources[puzzle.id] = PuzzleSource(root / path, index)
        files = tuple(root / path for path in room["files"])
        model = _value(room["model"], models)
        rooms.append(Room(model, puzzles, root / room["path"], sources, files))
    warnings = [Problem(str(root / path), *rest) for path, *rest in data["warnings"]]
    model = _value(data["pack"], models)
    return Pack(model, rooms, root, warnings=warnings, digest=data["digest"])


def _plain(value: Any) -> Any:
    """A model (and everything in it) as JSON data that says which model each object was."""
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        fields = {name: _plain(item) for name, item in value.__dict__.items()}
        cls = type(value)
        return {
            _MODEL: f"{cls.__module__}:{cls.__qualname__}",
            _SET: sorted(value.model_fields_set),
            **fields,
        }
    if isinstance(value, tuple):
        return {_TUPLE: [_plain(item) for item in value]}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        plain = {key: _plain(item) for key, item in value.items()}
        return {_DICT: plain} if any(key.startswith("$") for key in value) else plain
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"not plain data: {type(value).__name__}")


def _value(data: Any, models: dict[str, type[BaseModel]]) -> Any:
    """What :func:`_plain` made `data` from; models are rebuilt without validation."""
    if isinstance(data, list):
        return [_value(item, models) for item in data]
    if not isinstance(data, dict):
        return data
    if _MODEL in data:
        fields = {name: _value(item, models) for name, item in data.items() if name[0] != "$"}
        return models[data[_MODEL]].model_construct(set(data[_SET]), **fields)
    if _TUPLE in data:
        return tuple(_value(item, models) for item in data[_TUPLE])
    plain = data.get(_DICT, data)
    return {key: _value(item, models) for key, item in plain.items()}


def _model_classes() -> dict[str, type[BaseModel]]:
    """The game's pydantic models by `module:qualname`."""
    from pydantic import BaseModel

    found: dict[str, type[BaseModel]] = {}
    pending = [BaseModel]
    while pending:
        for cls in pending.pop().__subclasses__():
            pending.append(cls)
            if cls.__module__.startswith("escape_room."):
                found[f"{cls.__module__}:{cls.__qualname__}"] = cls
    return found
