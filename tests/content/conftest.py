"""Shared pieces of the content tests: a fresh starter pack to break, and the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from escape_room.content.scaffold import new_pack


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    """A new, valid starter pack (as `escape-room new pack` writes it) in a temporary folder,
    with its title and author made the teacher's own."""
    folder = tmp_path / "pack"
    new_pack(folder)
    return made_own(folder)


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


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run `escape-room ARGS...`; gives the exit code, stdout and stderr."""
    from escape_room.cli import main

    def run(*argv: str | Path) -> tuple[int, str, str]:
        try:
            code = main([str(arg) for arg in argv])
        except SystemExit as stop:
            code = int(stop.code or 0)
        out = capsys.readouterr()
        return code, out.out, out.err

    return run
