"""Helpers for content tests: reading and changing pack files, and finding problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from escape_room.content.pack import check_pack
from escape_room.content.problems import Problem

ROOM = Path("rooms") / "first-room.yaml"
PUZZLES = Path("rooms") / "first-room" / "puzzles.yaml"


def load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def edit(path: Path, change: Callable[[Any], None]) -> None:
    """Change a YAML file's data in place (comments are lost, which these tests do not mind)."""
    data = load(path)
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def problems(root: Path) -> list[Problem]:
    return check_pack(root)[1]


def messages(root: Path, severity: str = "error") -> list[str]:
    """`file:line: message` of each problem of that severity, paths relative to the pack."""
    return [
        f"{Path(p.path).relative_to(root).as_posix()}:{p.line}: {p.message}"
        for p in problems(root)
        if p.severity == severity
    ]


def puzzle(data: Any, puzzle_id: str) -> dict[str, Any]:
    """The puzzle with that id in a puzzle file's data."""
    return next(p for p in data["puzzles"] if p["id"] == puzzle_id)


OWN_TEXTS = {
    "My road-safety escape room": "Road safety for class 7B",
    "Mano eismo saugumo pabėgimo kambarys": "Eismo saugumas 7B klasei",
    "Your name": "A. Teacher",
    "New room": "The bus stop",
    "Naujas kambarys": "Autobusų stotelė",
}


def made_own(root: Path) -> Path:
    """The pack at `root` with the title, author and room names left from the templates made
    the teacher's own (and the starter's description taken out)."""
    for path in root.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for template, own in OWN_TEXTS.items():
            text = text.replace(f'"{template}"', f'"{own}"')
        text = "\n".join(line for line in text.split("\n") if not line.startswith("description: "))
        path.write_text(text, encoding="utf-8")
    return root
