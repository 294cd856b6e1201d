"""Values are read as the teacher typed them, and the models decide what is a number or a text."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import jsonschema
import yaml

from escape_room.content.pack import load_pack
from escape_room.content.schema import json_schema
from escape_room.content.yamlread import read_yaml
from escape_room.kinds.numeric import Numeric
from escape_room.kinds.text import TextAnswer
from escape_room.model.answers import check

ALLKINDS = Path(__file__).resolve().parents[1] / "fixtures" / "allkinds"
Cli = Callable[..., tuple[int, str, str]]


def test_plain_values_stay_as_typed_and_only_empty_tilde_or_null_are_nothing() -> None:
    text = "a: 0123\nb: yes\nc: 1.10\nd: 014\ne: 2024-09-01\nf:\ng: ~\nh: null\ni: [on, 1:30]\n"
    assert read_yaml(Path("f.yaml"), text).data == {
        "a": "0123",
        "b": "yes",
        "c": "1.10",
        "d": "014",
        "e": "2024-09-01",
        "f": None,
        "g": None,
        "h": None,
        "i": ["on", "1:30"],
    }


def test_a_file_with_anchors_is_read_as_typed_too() -> None:
    assert read_yaml(Path("f.yaml"), "a: &x 0123\nb: *x\n").data == {"a": "0123", "b": "0123"}


def _unquoted(tmp_path: Path) -> Path:
    """The all-kinds pack with a teacher's unquoted 0123, 0715, yes and 1.10."""
    root = tmp_path / "pack"
    shutil.copytree(ALLKINDS, root)
    pack = root / "pack.yaml"
    pack.write_text(pack.read_text().replace('version: "1.0"', "version: 1.10"))
    room = root / "rooms" / "yard.yaml"
    room.write_text(room.read_text().replace("id: h-mc,", "id: yes,"))
    puzzles = next((root / "rooms" / "yard").glob("*.yaml"))
    text = puzzles.read_text().replace("answer: 150\n", "answer: 0715\n")
    puzzles.write_text(text.replace("answer: {en: reflector, lt: atšvaitas}", "answer: 0123"))
    return root


def test_a_pack_with_unquoted_numbers_and_words_validates_as_meant(
    cli: Cli, tmp_path: Path
) -> None:
    root = _unquoted(tmp_path)
    code, out, _ = cli("validate", "--strict", root)
    assert code == 0, out
    pack = load_pack(root)
    room = pack.rooms[0]
    numeric, text = room.puzzles["num"], room.puzzles["word"]
    assert isinstance(numeric, Numeric) and numeric.answer == 715
    assert isinstance(text, TextAnswer) and text.answer == "0123"
    assert check(text, "0123", room).correct and not check(text, "123", room).correct
    assert room.model.hotspots[0].id == "yes"
    assert pack.model.version == "1.10"


def test_a_comma_in_a_number_says_to_write_a_point(cli: Cli, tmp_path: Path) -> None:
    root = _unquoted(tmp_path)
    puzzles = next((root / "rooms" / "yard").glob("*.yaml"))
    puzzles.write_text(puzzles.read_text().replace("answer: 0715\n", "answer: 1,5\n"))
    code, out, _ = cli("validate", root)
    assert code == 1
    assert "'answer' in puzzle 'num' should be a number, not '1,5'; " in out
    assert "write decimals with a point: 1.5" in out


def _numeric_answer(tmp_path: Path, written: str) -> tuple[Path, Path]:
    """The unquoted pack with the numeric puzzle's answer written as `written`; the pack and
    the puzzle file."""
    root = _unquoted(tmp_path)
    puzzles = next((root / "rooms" / "yard").glob("*.yaml"))
    puzzles.write_text(puzzles.read_text().replace("answer: 0715\n", f"answer: {written}\n"))
    return root, puzzles


def test_a_number_that_may_hold_a_thousands_point_is_a_warning_at_its_line(
    cli: Cli, tmp_path: Path
) -> None:
    root, puzzles = _numeric_answer(tmp_path, "1.500")
    line = puzzles.read_text().splitlines().index("    answer: 1.500") + 1
    code, out, _ = cli("validate", root)
    assert code == 0
    assert (
        f"{puzzles}:{line}:5: warning: 'answer' in puzzle 'num' is read as 1.5 from '1.500'; "
        in out
    )
    assert "write 1500 if the point separates thousands" in out


def test_a_thousands_point_written_with_an_escape_is_a_warning_too(
    cli: Cli, tmp_path: Path
) -> None:
    # given "1\x2e500": no point and three digits in the file, but 1.500 once read
    root, puzzles = _numeric_answer(tmp_path, '"1\\x2e500"')
    assert ".500" not in puzzles.read_text()
    code, out, _ = cli("validate", root)
    assert code == 0 and "is read as 1.5 from '1.500'" in out


def test_not_a_number_and_infinity_are_refused(cli: Cli, tmp_path: Path) -> None:
    root = _unquoted(tmp_path)
    puzzles = next((root / "rooms" / "yard").glob("*.yaml"))
    for written in ("nan", "inf", ".inf"):
        puzzles.write_text(puzzles.read_text().replace("answer: 0715\n", f"answer: {written}\n"))
        code, out, _ = cli("validate", root)
        assert code == 1 and "'answer' in puzzle 'num' should be a number" in out
        puzzles.write_text(puzzles.read_text().replace(f"answer: {written}\n", "answer: 0715\n"))


def test_an_editor_reading_the_same_files_finds_them_valid_against_the_schema(
    tmp_path: Path,
) -> None:
    validator = jsonschema.Draft7Validator(json_schema())
    root = _unquoted(tmp_path)
    for path in sorted(root.rglob("*.yaml")):
        text = path.read_text().replace("answer: true", "answer: yes")
        data = yaml.load(text, Loader=yaml.CSafeLoader)
        assert [error.message for error in validator.iter_errors(data)] == [], path
