"""Authoring: validating a large pack against a bare YAML load of the same files.

`validate_1000` checks a generated pack of 1,000 puzzles in 100 puzzle files (10 rooms), with
everything `escape-room validate` does: safe reading with positions, the schema, and lint. The
baseline only parses the same files with PyYAML's C loader. Target: at most 2x, under 1 s.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml

from benchmarks.common import Figure, figure, interleaved
from escape_room.content.pack import check_pack

ROOMS, FILES_PER_ROOM, PUZZLES_PER_FILE = 10, 10, 10
_TYPES = ("multiple_choice", "true_false", "ordering", "numeric", "text")


def figures() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_pack(root)
        files = sorted(root.rglob("*.yaml"))
        problems = check_pack(root)[1]
        assert not [p for p in problems if p.is_error], problems[:3]
        subject, baseline = interleaved(lambda: check_pack(root), lambda: _bare_load(files))
    return [figure("validate_1000", subject, baseline)]


def _bare_load(files: list[Path]) -> None:
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def write_pack(root: Path) -> None:
    """A valid pack of ROOMS rooms, each with FILES_PER_ROOM files of PUZZLES_PER_FILE puzzles."""
    rooms = [f"room-{r}" for r in range(ROOMS)]
    _dump(root / "pack.yaml", _pack(rooms))
    for room_id in rooms:
        ids = [f"{room_id}-p{i}" for i in range(FILES_PER_ROOM * PUZZLES_PER_FILE)]
        _dump(root / "rooms" / f"{room_id}.yaml", _room(room_id, ids))
        for f in range(FILES_PER_ROOM):
            chunk = ids[f * PUZZLES_PER_FILE : (f + 1) * PUZZLES_PER_FILE]
            puzzles = [_puzzle(pid, n + f * PUZZLES_PER_FILE) for n, pid in enumerate(chunk)]
            _dump(root / "rooms" / room_id / f"file-{f}.yaml", {"puzzles": puzzles})


def _dump(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _text(words: str) -> dict[str, str]:
    return {"en": words, "lt": f"{words} (lt)"}


def _pack(rooms: list[str]) -> dict[str, Any]:
    return {
        "id": "bench",
        "title": _text("Benchmark pack"),
        "version": "1.0",
        "authors": ["Bench"],
        "licence": "CC-BY-4.0",
        "languages": ["en", "lt"],
        "age": {"min": 10, "max": 16},
        "objectives": [{"id": "lo1", "title": _text("Crossing")}],
        "rooms": rooms,
    }


def _room(room_id: str, puzzle_ids: list[str]) -> dict[str, Any]:
    hotspots = [
        {
            "id": f"h{i}",
            "label": _text(f"Spot {i}"),
            "shape": {"rect": [(i % 10) * 100 + 5, (i // 10) * 72 + 4, 90, 64]},
            "opens": {"puzzle": pid},
        }
        for i, pid in enumerate(puzzle_ids)
    ]
    return {
        "id": room_id,
        "title": _text("Room"),
        "intro": _text("Find the code."),
        "outro": _text("Well done."),
        "background": {"scene": "street"},
        "time_limit": 7200,
        "hotspots": hotspots,
        "exit": {
            "label": _text("Door"),
            "shape": {"rect": [1040, 160, 180, 340]},
            "lock": {"code_from": puzzle_ids[:8]},
        },
    }


def _puzzle(puzzle_id: str, number: int) -> dict[str, Any]:
    kind = _TYPES[number % len(_TYPES)]
    puzzle: dict[str, Any] = {
        "id": puzzle_id,
        "type": kind,
        "title": _text(f"Puzzle {number}"),
        "prompt": _text("Which is the safe way to cross the road here?"),
        "objectives": ["lo1"],
        "source": "S27",
        "hints": [{"text": _text("Look left first.")}],
        "explanation": _text("Stop, look left, right and left again."),
        "reward": {"digit": str(number)} if number < 8 else {"clue": _text("A clue.")},
    }
    return {**puzzle, **_answer(kind)}


def _answer(kind: str) -> dict[str, Any]:
    if kind == "multiple_choice":
        options = [{"id": f"o{i}", "text": _text(f"Option {i}")} for i in range(4)]
        options[0]["correct"] = True
        return {"options": options}
    if kind == "true_false":
        return {"answer": True}
    if kind == "ordering":
        return {"steps": [{"id": f"s{i}", "text": _text(f"Step {i}")} for i in range(4)]}
    if kind == "numeric":
        return {"answer": 36, "tolerance": 2, "unit": "m"}
    return {"answer": _text("left"), "accept": [_text("to the left")]}
