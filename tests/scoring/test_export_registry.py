"""The export registry is the one list of formats: the command line, the class results screen and
the facilitator guide all take theirs from it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scoring_sample import Sample

from escape_room.scoring.exports import FORMATS, file_name, screen_formats

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "facilitator.md"


def _guide_formats() -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    exports = text.split("## Exports", 1)[1].split("\n## ", 1)[0]
    listed = exports.split("The formats (each is a `--format` choice):", 1)[1]
    return re.findall(r"^- \*\*(.+?)\*\*", listed, re.MULTILINE)


def test_the_facilitator_guide_lists_the_registered_formats_in_order() -> None:
    assert _guide_formats() == [fmt.label for fmt in FORMATS.values()]


def test_the_command_line_offers_every_registered_format(cli: Callable[..., Any]) -> None:
    refused = cli("scores", "export", "--format", "pdf", "-o", "x")
    assert refused.code == 2
    choices = re.search(r"choose from (.+)\)", refused.err)
    assert choices is not None
    assert re.findall(r"'(\w+)'", choices.group(1)) == list(FORMATS)


def test_every_registered_format_writes_a_session(
    cli: Callable[..., Any], data_dir: Path, sample: Sample, tmp_path: Path
) -> None:
    for fmt in FORMATS.values():
        path = tmp_path / file_name(fmt, "7B")
        run = cli(
            "scores", "export", "--format", fmt.name, "-o", str(path), "--data-dir", str(data_dir)
        )
        assert run.code == 0, run.err
        assert path.stat().st_size > 0 and f"Wrote {path}" in run.out


def test_the_class_results_screen_saves_the_report_and_csv() -> None:
    assert [fmt.name for fmt in screen_formats()] == ["report", "csv"]
