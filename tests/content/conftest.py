"""Shared pieces of the content tests: a fresh starter pack to break, and the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from packtools import made_own

from escape_room.content.scaffold import new_pack


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    """A new, valid starter pack (as `escape-room new pack` writes it) in a temporary folder,
    with its title and author made the teacher's own."""
    folder = tmp_path / "pack"
    new_pack(folder)
    return made_own(folder)


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
