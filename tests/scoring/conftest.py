"""Fixtures for the scoring tests: a store in a temporary folder, a recorded session, the CLI."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from scoring_sample import Sample, record_sample

from escape_room.scoring.store import ScoreStore


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[ScoreStore]:
    with ScoreStore.open(data_dir) as opened:
        yield opened


@pytest.fixture
def sample(store: ScoreStore) -> Sample:
    return record_sample(store)


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run `escape-room ARGS...` in this process; stdin is closed unless text is given."""
    from escape_room.cli import main

    def run(*argv: str, stdin: str = "") -> Run:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exit_:
                code = int(exit_.code or 0)
        return Run(code, out.getvalue(), err.getvalue())

    return run
