"""Every export of the golden store is byte-for-byte what the committed files hold: the CLI's
CSV, JSON, xAPI and report, and the class results screen's report and CSV files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from golden_store import EXPECTED, EXPORTED_AT, PACK, build_store, write_exports

from escape_room.content.pack import load_pack
from escape_room.scoring.classview import write_class_files
from escape_room.scoring.store import ScoreStore

CLOCK = "escape_room.commands.scores.utc_now"
"""The UTC clock the export commands read (for the time written into JSON and reports)."""


def _same_bytes(written: Path, expected: Path) -> None:
    assert written.read_bytes() == expected.read_bytes(), f"{written.name} differs from {expected}"


def test_the_cli_exports_of_the_golden_store_are_unchanged(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CLOCK, lambda: EXPORTED_AT)
    out = tmp_path / "out"
    out.mkdir()
    write_exports(tmp_path / "data", out, lambda *argv: cli(*argv).code)
    written = sorted(path.name for path in out.iterdir())
    assert written == sorted(path.name for path in EXPECTED.iterdir())
    for name in written:
        _same_bytes(out / name, EXPECTED / name)


def test_the_class_results_screen_saves_the_same_files_as_the_cli(tmp_path: Path) -> None:
    _, code = build_store(tmp_path / "data")
    with ScoreStore.open(tmp_path / "data") as store:
        session = store.find_session(code)
        assert session is not None
        report, answers, summary = write_class_files(
            store, session.uuid, tmp_path / "saved", load_pack(PACK), EXPORTED_AT
        )
    _same_bytes(report, EXPECTED / "5c.html")
    _same_bytes(answers, EXPECTED / "5c.csv")
    _same_bytes(summary, EXPECTED / "5c-summary.csv")
