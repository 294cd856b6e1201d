"""`escape-room import`: a spreadsheet of questions written into a room of a pack.

The questions become one puzzle file in the room's folder, and the room gets a hotspot that
opens each. Everything is first done to a copy of the pack, which is then checked; only when
the copy has no error is the pack itself changed, so nothing is written on any error.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from escape_room.content.pack import ROOMS_DIR, check_pack
from escape_room.content.problems import ContentError, Problem
from escape_room.content.puzzleyaml import flow, puzzles_yaml
from escape_room.content.questions import Imported, read_questions
from escape_room.content.scaffold import (
    Created,
    add_hotspots,
    ensure_schema,
    pack_file,
    puzzle_ids,
    refuse_existing,
    room_of,
    slug,
    write_new,
)


def import_questions(table: Path, root: Path, room_id: str | None) -> Created:
    """Write the questions of the CSV file `table` into a room of the pack at `root`.

    Raises ContentError with every problem (of the rows, or of the pack as it would be) and
    ScaffoldError for a wrong room or an existing file; writes nothing in either case.
    """
    pack = pack_file(root)
    room_id = room_of(root, pack, room_id)
    name = f"{slug(table.stem) or 'questions'}.yaml"
    refuse_existing([root / ROOMS_DIR / room_id / name])
    imported = read_questions(table, pack, puzzle_ids(root))
    if imported.problems:
        raise ContentError(imported.problems)
    text = puzzles_yaml(imported.data, _comments(table))
    with tempfile.TemporaryDirectory() as staging:
        copy = Path(staging) / root.name
        shutil.copytree(root, copy, symlinks=True)
        _write(copy, room_id, name, text, imported, Created())
        errors = [p for p in check_pack(copy)[1] if p.is_error]
        if errors:
            raise ContentError([_moved(problem, copy, root) for problem in errors])
    created = Created()
    _write(root, room_id, name, text, imported, created)
    return created


def _comments(table: Path) -> list[str]:
    return [
        "yaml-language-server: $schema=../../schema/escape-room.schema.json",
        f"Questions imported from {table.name}; edit them here from now on.",
    ]


def _write(
    root: Path, room_id: str, name: str, text: str, imported: Imported, created: Created
) -> None:
    write_new(root / ROOMS_DIR / room_id / name, text, created)
    ensure_schema(root, created)
    labels = [(puzzle.id, flow(puzzle.title)) for puzzle in imported.puzzles]
    add_hotspots(root, room_id, labels, created)


def _moved(problem: Problem, copy: Path, root: Path) -> Problem:
    """A problem found in the copy, named in the pack itself."""
    path = Path(problem.path)
    inside = path.is_relative_to(copy)
    return replace(problem, path=str(root / path.relative_to(copy)) if inside else problem.path)
