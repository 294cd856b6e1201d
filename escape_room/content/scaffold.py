"""Starting points for teachers: a new pack, room or puzzle written from commented templates.

Templates live in `escape_room/templates/`. Their texts are written `{en: "...", lt: "..."}` and
are rewritten for the languages of the pack they go into, so what is created validates as
written. Nothing that exists is ever overwritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from escape_room.content.layout import overlap
from escape_room.content.models import PackFile, RoomFile, Shape
from escape_room.content.pack import PACK_FILE, ROOMS_DIR, read_model
from escape_room.content.problems import ContentError, did_you_mean, listing
from escape_room.content.puzzlefile import PUZZLE_TYPES
from escape_room.content.schema import SCHEMA_DIR, SCHEMA_FILE, schema_text
from escape_room.content.yamledit import append_to_list
from escape_room.content.yamlread import read_yaml
from escape_room.kinds import KINDS
from escape_room.paths import TEMPLATES

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_TEXT = re.compile(r'\{en: ("(?:[^"\\]|\\.)*"), lt: ("(?:[^"\\]|\\.)*")\}')
_SPOT = (120, 120)


class ScaffoldError(Exception):
    """What cannot be created, in plain words; `usage` when the command was given wrongly."""

    def __init__(self, message: str, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


@dataclass
class Created:
    """The files written, and what else was done or is left for the teacher to do."""

    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def render(template: str, values: dict[str, str], languages: list[str]) -> str:
    """Fill `{{name}}` placeholders and write each `{en: .., lt: ..}` text in `languages`
    (a language other than these two gets the English text to translate)."""
    text = _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)
    if languages == ["en", "lt"]:
        return text
    return _TEXT.sub(lambda match: _text_in(match, languages), text)


def _text_in(match: re.Match[str], languages: list[str]) -> str:
    english, lithuanian = match.group(1), match.group(2)
    parts = [f"{code}: {lithuanian if code == 'lt' else english}" for code in languages]
    return "{" + ", ".join(parts) + "}"


# --- a pack -----------------------------------------------------------------------------


def new_pack(folder: Path, lang: str = "en") -> Created:
    """Write a complete, playable starter pack into `folder` (new or without these files),
    with the JSON Schema's descriptions in `lang` (what the editor explains keys in)."""
    sources = sorted(p for p in (TEMPLATES / "pack").rglob("*") if p.is_file())
    targets = [folder / p.relative_to(TEMPLATES / "pack") for p in sources]
    schema = folder / SCHEMA_DIR / SCHEMA_FILE
    refuse_existing([*targets, schema])
    values = {"pack_id": slug(folder.resolve().name) or "my-pack", "folder": str(folder)}
    created = Created()
    for source, target in zip(sources, targets, strict=True):
        write_new(target, render(source.read_text(encoding="utf-8"), values, ["en", "lt"]), created)
    write_new(schema, schema_text(lang), created)
    return created


# --- a room -----------------------------------------------------------------------------


def new_room(root: Path, room_id: str) -> Created:
    """Write a room with one puzzle into the pack at `root` and list it in pack.yaml
    (unless it is listed already)."""
    _check_id(room_id, "room id")
    pack = pack_file(root)
    puzzle_id = _free_id(f"{room_id}-question", puzzle_ids(root))
    room_file = root / ROOMS_DIR / f"{room_id}.yaml"
    puzzle_file = root / ROOMS_DIR / room_id / "puzzles.yaml"
    refuse_existing([room_file, puzzle_file])
    values = {"room_id": room_id, "puzzle_id": puzzle_id, "objective": pack.objectives[0].id}
    created = Created()
    for name, target in (("room.yaml", room_file), ("puzzles.yaml", puzzle_file)):
        template = (TEMPLATES / "room" / name).read_text(encoding="utf-8")
        write_new(target, render(template, values, pack.languages), created)
    ensure_schema(root, created)
    _list_room(root, room_id, pack, created)
    return created


def _list_room(root: Path, room_id: str, pack: PackFile, created: Created) -> None:
    if room_id in pack.rooms:
        return
    if append_to_list(root / PACK_FILE, "rooms", room_id):
        created.notes.append(f"added '{room_id}' to the rooms in {root / PACK_FILE}")
    else:
        created.notes.append(f"add '{room_id}' to 'rooms:' in {root / PACK_FILE} to play it")


# --- a puzzle ---------------------------------------------------------------------------


def new_puzzle(root: Path, kind: str, room_id: str | None, puzzle_id: str | None) -> Created:
    """Write one puzzle of type `kind` into a room of the pack at `root`, with a hotspot
    in the room that opens it."""
    if kind not in PUZZLE_TYPES:
        hint = did_you_mean(kind, PUZZLE_TYPES)
        raise ScaffoldError(f"unknown puzzle type '{kind}'{hint} (types: {listing(PUZZLE_TYPES)})")
    pack = pack_file(root)
    room_id = room_of(root, pack, room_id)
    taken = puzzle_ids(root)
    puzzle_id = _new_puzzle_id(puzzle_id, kind, taken)
    target = root / ROOMS_DIR / room_id / f"{puzzle_id}.yaml"
    refuse_existing([target])
    values = {"id": puzzle_id, "objective": pack.objectives[0].id}
    template = KINDS[kind].template.read_text(encoding="utf-8")
    if "{{digits_from}}" in template:
        values["digits_from"] = ", ".join(_digit_puzzles(root, room_id))
    created = Created()
    write_new(target, render(template, values, pack.languages), created)
    ensure_schema(root, created)
    _add_hotspot(root, room_id, puzzle_id, pack.languages, created)
    return created


def _new_puzzle_id(given: str | None, kind: str, taken: set[str]) -> str:
    if given is None:
        return _free_id(kind.replace("_", "-"), taken, always_number=True)
    _check_id(given, "puzzle id")
    if given in taken:
        raise ScaffoldError(f"the puzzle id '{given}' is already used in this pack")
    return given


def room_of(root: Path, pack: PackFile, room_id: str | None) -> str:
    """The room given (or the pack's only room), refused unless listed and written."""
    if room_id is None:
        if len(pack.rooms) != 1:
            message = f"give the room with --room (rooms: {listing(pack.rooms)})"
            raise ScaffoldError(message, usage=True)
        room_id = pack.rooms[0]
    if room_id not in pack.rooms:
        hint = did_you_mean(room_id, pack.rooms) or f" (rooms: {listing(pack.rooms)})"
        raise ScaffoldError(f"there is no room '{room_id}' in pack.yaml{hint}", usage=True)
    if not (root / ROOMS_DIR / f"{room_id}.yaml").is_file():
        raise ScaffoldError(f"{root / ROOMS_DIR / room_id}.yaml does not exist")
    return room_id


def _digit_puzzles(root: Path, room_id: str) -> list[str]:
    found = [
        str(puzzle["id"])
        for puzzle in _raw_puzzles(root / ROOMS_DIR / room_id)
        if isinstance(puzzle.get("reward"), dict) and "digit" in puzzle["reward"]
    ]
    if not found:
        message = (
            f"a code lock takes its digits from puzzles that give one (reward: {{digit: '4'}}); "
            f"the room '{room_id}' has none yet"
        )
        raise ScaffoldError(message)
    return found


def _add_hotspot(
    root: Path, room_id: str, puzzle_id: str, languages: list[str], created: Created
) -> None:
    label = render('{en: "New puzzle", lt: "Nauja užduotis"}', {}, languages)
    add_hotspots(root, room_id, [(puzzle_id, label)], created)


def add_hotspots(
    root: Path, room_id: str, puzzles: list[tuple[str, str]], created: Created
) -> None:
    """Give each (puzzle id, label in YAML) a hotspot that opens it, on a free spot of the
    room's scene; a note says what to add where the room file cannot be edited safely."""
    room_file = root / ROOMS_DIR / f"{room_id}.yaml"
    _, room, _ = read_model(room_file, RoomFile)
    taken = {h.id for h in room.hotspots} if room else set()
    shapes = [h.shape for h in room.hotspots] + [room.exit.shape] if room else []
    for puzzle_id, label in puzzles:
        x, y = _free_spot(shapes)
        shapes.append(Shape(rect=(x, y, *_SPOT)))
        hotspot_id = _free_id(f"{puzzle_id}-spot", taken)
        taken.add(hotspot_id)
        item = (
            f"{{id: {hotspot_id}, label: {label}, prop: poster, "
            f"shape: {{rect: [{x}, {y}, {_SPOT[0]}, {_SPOT[1]}]}}, "
            f"opens: {{puzzle: {puzzle_id}}}}}"
        )
        if room is not None and append_to_list(room_file, "hotspots", item):
            created.notes.append(f"added the hotspot '{hotspot_id}' that opens it to {room_file}")
        else:
            created.notes.append(f"add a hotspot to {room_file} that opens it: - {item}")


def _free_spot(shapes: list[Shape]) -> tuple[int, int]:
    """The top-left corner of a free square on the scene, scanning rows from the ground up."""
    width, height = _SPOT
    for y in range(720 - height - 110, 70, -40):
        for x in range(20, 1280 - width - 20, 40):
            spot = Shape(rect=(x, y, width, height))
            if not any(overlap(spot, shape) for shape in shapes):
                return x, y
    return 20, 90


# --- shared -----------------------------------------------------------------------------


def pack_file(root: Path) -> PackFile:
    """The pack's `pack.yaml`, or a ScaffoldError asking to mend it first."""
    _, pack, problems = read_model(root / PACK_FILE, PackFile)
    if pack is None:
        first = problems[0] if problems else f"{root / PACK_FILE}: cannot be read"
        raise ScaffoldError(f"{first}\nmend pack.yaml first (escape-room validate {root})")
    return pack


def puzzle_ids(root: Path) -> set[str]:
    """The ids of the puzzles written anywhere in the pack."""
    rooms = root / ROOMS_DIR
    folders = [p for p in rooms.iterdir() if p.is_dir()] if rooms.is_dir() else []
    return {str(p.get("id")) for folder in folders for p in _raw_puzzles(folder)}


def _raw_puzzles(folder: Path) -> list[dict[str, Any]]:
    """The puzzles written in a room folder, read leniently: files with mistakes are skipped."""
    found: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            data = read_yaml(path).data
        except ContentError:
            continue
        puzzles = data.get("puzzles") if isinstance(data, dict) else None
        found += [p for p in puzzles if isinstance(p, dict)] if isinstance(puzzles, list) else []
    return found


def _free_id(base: str, taken: set[str], always_number: bool = False) -> str:
    if base not in taken and not always_number:
        return base
    number = 1
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _check_id(value: str, what: str) -> None:
    if not _ID.match(value) or len(value) > 64:
        hint = f"; e.g. '{slug(value)}'" if slug(value) else ""
        message = f"'{value}' is not a valid {what}: use lower-case letters, digits, '-' and '_'"
        raise ScaffoldError(message + hint, usage=True)


def slug(name: str) -> str:
    """`name` as an id: 'My Pack' → 'my-pack'."""
    return re.sub(r"[^a-z0-9_-]+", "-", name.lower()).strip("-_")[:64]


def refuse_existing(targets: list[Path]) -> None:
    """A ScaffoldError when any of `targets` exists: nothing is ever overwritten."""
    existing = [str(path) for path in targets if path.exists()]
    if existing:
        raise ScaffoldError(f"not overwriting what exists: {listing(existing)}")


def ensure_schema(root: Path, created: Created) -> None:
    """Write the JSON Schema into the pack unless it is there."""
    schema = root / SCHEMA_DIR / SCHEMA_FILE
    if not schema.exists():
        write_new(schema, schema_text(), created)


def write_new(target: Path, text: str, created: Created) -> None:
    """Write a new file (never over one that exists), noting it in `created`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    created.files.append(target)
