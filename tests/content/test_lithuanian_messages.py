"""The authoring messages in Lithuanian: every wording has both languages with the same parts,
and every message the checks give for a wide range of mistakes is said in Lithuanian whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from escape_room.commands.options import message_language
from escape_room.content.lithuanian import (
    COLUMNS,
    DESCRIPTIONS,
    LAST,
    MESSAGES,
    PARTS,
    TABLE_WORDS,
    fields,
    in_lithuanian,
)
from escape_room.content.pack import check_pack

Cli = Callable[..., tuple[int, str, str]]
ROOM = Path("rooms") / "first-room.yaml"
PUZZLES = Path("rooms") / "first-room" / "puzzles.yaml"
PACK = Path("pack.yaml")
ENGLISH = re.compile(r"\b(the|is|must|should|give|not|of|in|has|no|write|and)\b")
"""English words that no Lithuanian message holds outside quotes."""


@pytest.mark.parametrize(
    "table",
    [MESSAGES, PARTS, LAST, COLUMNS, TABLE_WORDS],
    ids=["messages", "parts", "last", "columns", "table words"],
)
def test_every_wording_has_the_same_parts_in_english_and_lithuanian(table: dict[str, str]) -> None:
    different = {
        english: lithuanian
        for english, lithuanian in table.items()
        if sorted(fields(english)) != sorted(fields(lithuanian))
        or len(set(fields(english))) != len(fields(english))
    }
    assert different == {}


def _replace(path: Path, old: str, new: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        text = (root / path).read_text(encoding="utf-8")
        assert old in text, old
        (root / path).write_text(text.replace(old, new, 1), encoding="utf-8")

    return change


def _append(path: Path, text: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        with (root / path).open("a", encoding="utf-8") as handle:
            handle.write(text)

    return change


def _add(path: Path, text: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")

    return change


_PUZZLE = """
  - id: {id}
    type: {type}
    title: {{en: "T", lt: "T"}}
    prompt: {{en: "P", lt: "P"}}
    objectives: [{objective}]
    source: "S"
{rest}"""
_TWICE = "    options:\n      - {id: a, text: A}\n      - {id: a, text: B, correct: true}\n"


def _puzzle(ident: str, kind: str, objective: str, rest: str) -> Callable[[Path], None]:
    """A puzzle added to the room's puzzle file."""
    return _append(PUZZLES, _PUZZLE.format(id=ident, type=kind, objective=objective, rest=rest))


MISTAKES: dict[str, list[Callable[[Path], None]]] = {
    "the format": [
        _replace(PUZZLES, '    title: {en: "Sign shapes"', '    titel: {en: "Sign shapes"'),
        _replace(PACK, "age: {min: 10, max: 16}", "age: {min: 10, max: ten}"),
        _replace(PACK, "  - id: lo-speed", "  - id: Lo Speed"),
        _replace(ROOM, "shape: {rect: [146, 297, 78, 142]}", "shape: {rect: [146, 297, 78]}"),
        _replace(PUZZLES, "    difficulty: 1", "    difficulty: 5"),
        _replace(PUZZLES, 'reward: {digit: "8"}', 'reward: {digit: "88"}'),
        _replace(PUZZLES, "type: true_false", "type: truefalse"),
        _add(Path("rooms") / "extra.yaml.txt", "id: x\n"),
        _add(Path("rooms") / "other" / "p.yaml", "puzzles: []\n"),
        _add(Path("rooms") / "first-room" / "bad.yaml", "puzzles:\n  - id: x\n    id: y\n"),
        _add(Path("rooms") / "first-room" / "colon.yaml", "puzzles:\n  - title: Stop: look\n"),
        _add(Path("rooms") / "first-room" / "tab.yaml", "puzzles:\n\t- id: x\n"),
        _add(Path("rooms") / "first-room" / "empty.yaml", ""),
        _add(Path("rooms") / "first-room" / "open.yaml", "puzzles: [\n  {id: a}\nnext: 1\n"),
        _replace(ROOM, "    prop: warning-sign\n", "    prop: warning-sign\n    sign: stopp\n"),
        _add(
            Path("rooms") / "first-room" / "lang.yaml",
            "puzzles:\n  - {id: q, title: {en: a, Stop cross: b}}\n",
        ),
    ],
    "the pack": [
        _replace(ROOM, "background: {scene: street}", "background: {image: street.png}"),
        _puzzle("sign-shape", "multiple_choice", "lo-nothing", _TWICE),
        _replace(PACK, "rooms: [first-room]", "rooms: [first-room, first-room, missing]"),
        _replace(ROOM, 'label: {en: "Bicycle", lt: "Dviratis"}', 'label: {en: "Bicycle"}'),
    ],
    "a room": [
        _replace(ROOM, "time_limit: 600", "time_limit: 100"),
        _replace(ROOM, "opens: {puzzle: helmet-rule}", "opens: {puzzle: helmet-rul}"),
        _replace(ROOM, "shape: {rect: [420, 530, 70, 78]}", "shape: {rect: [1250, 530, 70, 78]}"),
        _replace(ROOM, "requires: [reflector]", "requires: [lamp]"),
        _replace(ROOM, "    prop: car\n", ""),
        _puzzle("lonely", "multiple_choice", "lo-nothing", _TWICE),
        _puzzle("empty-answer", "text", "lo-signs", "    answer: ' '\n"),
    ],
}


@pytest.mark.parametrize("mistakes", MISTAKES.values(), ids=list(MISTAKES))
def test_every_message_for_these_mistakes_is_said_in_lithuanian(
    starter: Path, mistakes: list[Callable[[Path], None]]
) -> None:
    # given a pack with many mistakes
    for change in mistakes:
        change(starter)
    problems = check_pack(starter)[1]
    assert len(problems) >= 4
    # then each message has a Lithuanian wording, its parts translated too
    untranslated = [p.message for p in problems if in_lithuanian(p.message) is None]
    assert untranslated == []
    english = [
        said
        for said in (in_lithuanian(p.message) or "" for p in problems)
        if ENGLISH.search(re.sub(r"„[^“]*“|\([^)]*\.yaml[^)]*\)", "", said))
    ]
    assert english == []


def test_validate_speaks_lithuanian_when_asked(cli: Cli, starter: Path) -> None:
    _replace(PUZZLES, '    title: {en: "Sign shapes"', '    titel: {en: "Sign shapes"')(starter)
    code, out, _ = cli("validate", "--lang", "lt", starter)
    assert code == 1
    assert "klaida: nežinomas raktas „titel“ (užduotis „sign-shape“); gal turėjote omenyje" in out
    assert out.strip().endswith("Netinka: klaidų: 2, įspėjimų: 0")


def test_import_speaks_lithuanian_when_asked(cli: Cli, starter: Path, tmp_path: Path) -> None:
    table = tmp_path / "q.csv"
    table.write_text("type,title_en,title_lt\ntrue_false,A,\n", encoding="utf-8")
    code, _, err = cli("import", table, "--pack", starter, "--lang", "lt")
    assert code == 1
    assert "2 eilutė, C stulpelis (title_lt): tuščia, nors title_en užpildyta" in err
    assert "niekas neįrašyta" in err


@pytest.mark.parametrize(
    ("given", "environment", "expected"),
    [
        ("en", {"ESCAPE_ROOM_LANG": "lt"}, "en"),
        (None, {"ESCAPE_ROOM_LANG": "lt"}, "lt"),
        (None, {"LANG": "lt_LT.UTF-8"}, "lt"),
        (None, {"LANG": "en_GB.UTF-8"}, "en"),
        (None, {}, "en"),
    ],
)
def test_the_language_of_messages_is_the_option_then_the_variable_then_the_locale(
    monkeypatch: pytest.MonkeyPatch, given: str | None, environment: dict[str, str], expected: str
) -> None:
    for name in ("ESCAPE_ROOM_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert message_language(given) == expected


def test_every_message_about_a_spreadsheet_row_is_said_in_lithuanian(tmp_path: Path) -> None:
    from test_import_questions import MISTAKEN_ROWS, question, sheet
    from test_import_questions import PACK as SMALL_PACK

    from escape_room.content.questions import read_questions

    table = tmp_path / "q.csv"
    rows = [*MISTAKEN_ROWS, question(type="ordering", id="o"), question(id="g", objective="")]
    rows += [question(id="h", type="numeric", answer="ten", source="")]
    rows += [question(id="c", type="multiple_choice", answer="", correct="1")]
    table.write_text(sheet(*rows) + "true_false,x,,,,,,,,,,,,,extra\n", encoding="utf-8")
    problems = read_questions(table, SMALL_PACK, set()).problems
    lacking = tmp_path / "lacking.csv"  # no source and no objective column
    cut = [
        {k: v for k, v in question(id=f"l{n}").items() if k not in ("source", "objective")}
        for n in range(3)
    ]
    lacking.write_text(sheet(*cut), encoding="utf-8")
    problems += read_questions(lacking, SMALL_PACK, set()).problems
    assert len(problems) >= 12
    said = {p.message: in_lithuanian(p.message) for p in problems}
    assert [message for message, lithuanian in said.items() if lithuanian is None] == []
    english = [
        lithuanian
        for lithuanian in said.values()
        if ENGLISH.search(re.sub(r"„[^“]*“|\([^)]*\)", "", lithuanian or ""))
    ]
    assert english == []


def _descriptions() -> set[str]:
    from escape_room.content.reference import format_models

    return {
        info.description or ""
        for model in format_models().values()
        for info in model.model_fields.values()
    }


def test_every_key_the_models_describe_has_a_lithuanian_description() -> None:
    assert sorted(_descriptions() - set(DESCRIPTIONS)) == []


def test_every_lithuanian_description_is_of_a_key_the_models_describe() -> None:
    assert sorted(set(DESCRIPTIONS) - _descriptions()) == []


def test_a_required_key_left_empty_in_a_spreadsheet_is_named_by_its_lithuanian_description() -> (
    None
):
    message = "row 3, column H (answer): empty: write the right number"
    said = in_lithuanian(message)
    assert said == "3 eilutė, H stulpelis (answer): tuščia, o čia turi būti teisingas skaičius"
    assert DESCRIPTIONS["The right number."] == "Teisingas skaičius."
