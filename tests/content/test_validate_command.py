"""`escape-room validate`: every problem as path:line:col, a verdict, JSON, --strict, exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from packtools import PUZZLES, ROOM, edit, puzzle

Cli = Callable[..., tuple[int, str, str]]


def test_a_valid_pack_ends_with_ok_and_what_it_holds(cli: Cli, starter: Path) -> None:
    code, out, _ = cli("validate", starter)
    assert code == 0
    assert out.splitlines() == [
        "OK: Road safety for class 7B: 1 room, 4 puzzles, languages en, lt (0 warnings)"
    ]


def test_problems_are_listed_as_path_line_col_severity_message(cli: Cli, starter: Path) -> None:
    edit(starter / PUZZLES, lambda d: puzzle(d, "helmet-rule").update(type="truefalse"))
    edit(starter / "pack.yaml", lambda d: d["objectives"][0]["title"].pop("lt"))
    code, out, _ = cli("validate", starter)
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == (
        f"{starter / 'pack.yaml'}:17:3: warning: 'title' in objective 'lo-crossing' has no 'lt' "
        "text (pack languages: en, lt)"
    )
    assert lines[1].startswith(
        f"{starter / PUZZLES}:49:3: error: unknown puzzle type 'truefalse'; "
        "did you mean 'true_false'?"
    )
    assert lines[-1] == "Not valid: 1 error, 1 warning"


def test_strict_turns_warnings_into_errors(cli: Cli, starter: Path) -> None:
    edit(starter / ROOM, lambda d: d.update(time_limit=100))
    assert cli("validate", starter)[0] == 0
    code, out, _ = cli("validate", "--strict", starter)
    assert code == 1
    assert ":15:1: error: 100 s may be too short" in out


def test_json_lists_problems_and_a_summary(cli: Cli, starter: Path) -> None:
    edit(starter / ROOM, lambda d: d.update(time_limit=100))
    code, out, _ = cli("validate", "--format", "json", starter)
    report = json.loads(out)
    assert code == 0
    assert report["problems"] == [
        {
            "path": str(starter / ROOM),
            "line": 15,
            "col": 1,
            "severity": "warning",
            "message": "100 s may be too short: 4 puzzles take about 255 s (60 s easy, 75 s "
            "medium, 90 s hard each); give at least 255",
        }
    ]
    assert report["summary"] == {
        "valid": True,
        "errors": 0,
        "warnings": 1,
        "checked": [
            {
                "path": str(starter),
                "title": "Road safety for class 7B",
                "rooms": 1,
                "puzzles": 4,
                "languages": ["en", "lt"],
            }
        ],
    }


def test_a_single_file_is_checked_in_the_context_of_its_pack(cli: Cli, starter: Path) -> None:
    edit(starter / PUZZLES, lambda d: puzzle(d, "helmet-rule").update(objectives=["lo-cyclin"]))
    code, out, _ = cli("validate", starter / ROOM)
    assert (code, out.splitlines()[-1]) == (
        0,
        "OK: Road safety for class 7B: 1 room, 4 puzzles, languages en, lt (0 warnings)",
    )
    code, out, _ = cli("validate", starter / PUZZLES)
    assert code == 1
    assert "the objective 'lo-cyclin' is not declared in pack.yaml" in out


def test_a_lone_puzzle_file_is_checked_against_the_schema_alone(cli: Cli, tmp_path: Path) -> None:
    lone = tmp_path / "lone.yaml"
    lone.write_text(
        "puzzles:\n  - {id: q, type: true_false, title: Q, prompt: Q?, objectives: [anything],"
        " source: S1, answer: true}\n"
    )
    assert cli("validate", lone)[1].splitlines() == ["OK: lone.yaml: 1 puzzle (0 warnings)"]
    lone.write_text("puzzles:\n  - {id: q, type: true_false}\n")
    code, out, _ = cli("validate", lone)
    assert code == 1
    assert f"{lone}:2:5: error: 'title' is missing in puzzle 'q'" in out


def test_a_missing_path_is_an_error_at_line_zero(cli: Cli, tmp_path: Path) -> None:
    code, out, _ = cli("validate", tmp_path / "nowhere")
    assert code == 1
    assert out.splitlines()[0] == f"{tmp_path / 'nowhere'}:0:0: error: no such file or folder"


def test_a_folder_outside_any_pack_is_an_error(cli: Cli, tmp_path: Path) -> None:
    code, out, _ = cli("validate", tmp_path)
    assert code == 1
    assert "no pack.yaml in this folder or any folder above it" in out


def test_usage_errors_exit_with_two(cli: Cli) -> None:
    assert cli("validate")[0] == 2
    assert cli("validate", "--format", "xml", ".")[0] == 2


def test_a_hostile_file_gets_a_message_not_a_traceback(cli: Cli, starter: Path) -> None:
    (starter / "rooms" / "first-room" / "evil.yaml").write_text(
        "puzzles: !!python/object/apply:os.system ['echo hacked']\n"
    )
    code, out, err = cli("validate", starter)
    assert code == 1
    assert "the tag '!!python/object/apply:os.system' is not allowed" in out
    assert "Traceback" not in out + err


def test_a_puzzle_file_linking_outside_the_pack_is_refused_by_name(
    cli: Cli, starter: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("puzzles: []\n")
    link = starter / "rooms" / "first-room" / "linked.yaml"
    link.symlink_to(outside)
    code, out, _ = cli("validate", link)
    assert code == 1
    assert out.splitlines()[0] == f"{link}:0:0: error: this file links outside the pack; not read"
