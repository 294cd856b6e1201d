"""`escape-room import questions.csv`: a spreadsheet of questions becomes puzzles of a room,
each row checked by the same models as a puzzle file, nothing written on any error."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from escape_room.content.models import PackFile
from escape_room.content.pack import load_pack
from escape_room.content.puzzlefile import PuzzleFile
from escape_room.content.puzzleyaml import puzzles_yaml
from escape_room.content.questions import (
    columns_table,
    importable,
    read_questions,
    template_csv,
)
from escape_room.content.yamlread import read_yaml
from escape_room.kinds import KINDS

Cli = Callable[..., tuple[int, str, str]]
TEMPLATE = Path(__file__).resolve().parents[2] / "docs" / "templates" / "questions.csv"
PACK = PackFile.model_validate(
    {
        "id": "p",
        "title": "P",
        "version": "1",
        "authors": ["A"],
        "licence": "CC0",
        "languages": ["en", "lt"],
        "age": {"min": 10, "max": 12},
        "objectives": [{"id": "lo-signs", "title": "Signs"}, {"id": "lo-speed", "title": "S"}],
        "rooms": ["r"],
    }
)


def sheet(*rows: dict[str, str], delimiter: str = ",") -> str:
    """A CSV text with the headings the rows use, in the order first used."""
    header = list(dict.fromkeys(name for row in rows for name in row))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[row.get(name, "") for name in header] for row in rows])
    return out.getvalue()


def question(**cells: str) -> dict[str, str]:
    base = {
        "type": "true_false",
        "id": "",
        "objective": "lo-signs",
        "title_en": "Stop",
        "title_lt": "Stok",
        "question_en": "A red octagon means stop.",
        "question_lt": "Raudonas aštuonkampis reiškia „Stok“.",
        "answer": "true",
        "source": "S11 Vienna Convention",
    }
    return {**base, **cells}


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def read(tmp_path: Path, text: str | bytes, taken: frozenset[str] = frozenset()) -> list[str]:
    table = tmp_path / "questions.csv"
    table.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return [str(p) for p in read_questions(table, PACK, set(taken)).problems]


def test_the_template_imports_into_a_starter_pack_that_then_passes_strict_validation(
    cli: Cli, starter: Path, tmp_path: Path
) -> None:
    # given the template the guide offers
    table = tmp_path / "questions.csv"
    table.write_bytes(TEMPLATE.read_bytes())
    # when it is imported
    code, out, err = cli("import", table, "--pack", starter)
    # then every question is a puzzle with a hotspot, and the pack is strictly valid
    assert code == 0, err
    assert "added the hotspot 'look-first-spot'" in out
    code, out, _ = cli("validate", "--strict", starter)
    assert code == 0, out
    pack = load_pack(starter)
    room = pack.rooms[0]
    puzzles = room.puzzles
    answers = {
        key: KINDS[puzzles[key].type].correct_response(puzzles[key], room)
        for key in ("blue-disc", "helmet-under-18", "reflector-distance", "look-first")
    }
    assert answers == {
        "blue-disc": frozenset({"a"}),
        "helmet-under-18": True,
        "reflector-distance": 135.0,
        "look-first": "left",
    }
    assert {h.opens.puzzle for h in room.model.hotspots} >= set(answers)


def test_the_template_in_the_guide_is_the_one_the_command_prints(cli: Cli) -> None:
    assert TEMPLATE.read_bytes() == ("\ufeff" + template_csv(["en", "lt"])).encode("utf-8")


@pytest.mark.parametrize(("lang", "guide"), [("en", "authoring.md"), ("lt", "lt/authoring.md")])
def test_the_guide_lists_every_column_as_the_kinds_declare_them(lang: str, guide: str) -> None:
    text = (TEMPLATE.parents[1] / guide).read_text(encoding="utf-8")
    assert columns_table(["en", "lt"], lang) in text


@pytest.mark.parametrize("kind", sorted(importable()))
def test_every_importable_kind_has_an_example_row_in_the_template(kind: str) -> None:
    rows = list(csv.DictReader(io.StringIO(template_csv(["en", "lt"]))))
    assert kind in [row["type"] for row in rows]


def test_a_lithuanian_spreadsheet_file_reads_the_same_as_the_template(tmp_path: Path) -> None:
    # semicolons, a byte-order mark, Windows line ends, empty rows, TIESA and a decimal comma
    rows = [question(answer="TIESA"), question(type="numeric", id="n", answer="1,5")]
    text = sheet(*rows, delimiter=";").replace("\r\n", "\r\n;;;\r\n\r\n", 1)
    table = tmp_path / "q.csv"
    table.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    imported = read_questions(table, PACK, set())
    assert [str(p) for p in imported.problems] == []
    assert [(p.id, p.answer) for p in imported.puzzles] == [("stop", True), ("n", 1.5)]


def test_a_file_saved_in_the_windows_baltic_code_page_is_read(tmp_path: Path) -> None:
    table = tmp_path / "q.csv"
    table.write_bytes(sheet(question()).encode("cp1257"))
    imported = read_questions(table, PACK, set())
    assert imported.problems == []
    assert imported.puzzles[0].prompt == {
        "en": "A red octagon means stop.",
        "lt": "Raudonas aštuonkampis reiškia „Stok“.",
    }


MISTAKEN_ROWS = [
    question(),
    question(id="stop"),  # the same id as row 2's title gives
    question(type="true_flase", id="b"),
    question(id="c", answer="maybe"),
    question(
        type="multiple_choice",
        id="d",
        answer="",
        option1_en="A",
        option1_lt="A",
        option2_en="B",
        option2_lt="",
        correct="3",
    ),
    question(id="e", objective="lo-sign", title_lt=""),
    question(id="f", option1_en="x"),
]
"""Rows with a mistake each (but the first), as a teacher might make them."""


def test_each_mistake_is_reported_at_its_row_and_column_with_the_fix(tmp_path: Path) -> None:
    found = read(tmp_path, sheet(*MISTAKEN_ROWS))
    text = "\n".join(found)
    assert "row 3, column B (id): the id 'stop' is also the id of the question in row 2" in text
    assert (
        "row 4, column A (type): 'true_flase' is not a type of question; did you mean "
        "'true_false'?" in text
    )
    assert "row 5, column H (answer): 'answer' should be true or false, not 'maybe'" in text
    assert "row 6, column M (option2_lt): empty, while option2_en is filled" in text
    assert "row 6, column N (correct): '3' names no filled option" in text
    assert (
        "row 7, column C (objective): the pack has no learning objective 'lo-sign'; "
        "did you mean 'lo-signs'?" in text
    )
    assert "row 7, column E (title_lt): empty, while title_en is filled" in text
    assert (
        "row 8, column J (option1_en): filled, but a true_false question does not read it" in text
    )
    assert not any("row 2," in line for line in found)


def test_an_id_the_pack_has_already_is_refused(tmp_path: Path) -> None:
    found = read(tmp_path, sheet(question(id="stop")), taken=frozenset({"stop"}))
    assert found == [
        f"{tmp_path / 'questions.csv'}:2:2: error: row 2, column B (id): the id "
        "'stop' is already a puzzle's id in the pack: give this question another id"
    ]


def test_an_unknown_column_is_named_with_the_likely_one(tmp_path: Path) -> None:
    found = read(tmp_path, sheet(question(qestion_en="x")))
    assert found == [
        f"{tmp_path / 'questions.csv'}:1:10: error: column J: unknown column "
        "'qestion_en'; did you mean 'question_en'?"
    ]


def test_a_required_cell_left_empty_names_its_column(tmp_path: Path) -> None:
    found = read(tmp_path, sheet(question(source="", answer="")))
    assert [line.split(": error: ")[1] for line in found] == [
        "row 2, column H (answer): empty: write whether the statement in the prompt is true",
        "row 2, column I (source): empty: write where the facts in this puzzle come from",
    ]


def test_a_column_the_file_lacks_is_named_once_at_the_place_it_would_go(
    tmp_path: Path,
) -> None:
    choice = {"type": "multiple_choice", "option1_en": "Yes", "option1_lt": "Taip"}
    choice |= {"option2_en": "No", "option2_lt": "Ne", "correct": "1"}
    rows = [question(id=f"q{n}", **(choice if n == 2 else {})) for n in range(4)]
    rows = [{name: cell for name, cell in row.items() if name != "answer"} for row in rows]
    found = read(tmp_path, sheet(*rows))
    assert found == [
        f"{tmp_path / 'questions.csv'}:1:14: error: there is no 'answer' column, which rows"
        " 2–3, 5 need: add it (true or false (also yes/no, tiesa/netiesa, taip/ne))"
    ]


def test_a_multiple_choice_row_without_options_says_so(tmp_path: Path) -> None:
    found = read(tmp_path, sheet(question(type="multiple_choice", answer="", correct="1")))
    assert [line.split(": error: ")[1] for line in found] == [
        "row 2, column J (correct): there are no options to choose from: fill option1, option2…"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01binary", "this is not a CSV text file"),
        (b"type\r\n", "there is no question below the headings"),
    ],
)
def test_a_file_that_is_no_table_gets_a_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    found = read(tmp_path, content)
    assert len(found) == 1 and message in found[0]


def test_nothing_is_written_when_any_row_has_an_error(
    cli: Cli, starter: Path, tmp_path: Path
) -> None:
    before = snapshot(starter)
    table = tmp_path / "questions.csv"
    table.write_text(sheet(question(objective="lo-crossing"), question(id="x", answer="")))
    code, out, err = cli("import", table, "--pack", starter)
    assert code == 1
    assert "row 3, column H (answer): empty" in err
    assert "nothing written" in err
    assert "Traceback" not in err + out
    assert snapshot(starter) == before


def test_nothing_is_written_when_the_pack_as_it_would_be_has_an_error(
    cli: Cli, starter: Path, tmp_path: Path
) -> None:
    # a good row, in a pack that has an error of its own
    (starter / "rooms" / "first-room" / "broken.yaml").write_text("puzzles: 3\n")
    before = snapshot(starter)
    table = tmp_path / "questions.csv"
    table.write_text(sheet(question(objective="lo-crossing")))
    code, _, err = cli("import", table, "--pack", starter)
    assert code == 1
    assert f"{starter / 'rooms' / 'first-room' / 'broken.yaml'}:1:" in err
    assert snapshot(starter) == before


def test_a_room_that_does_not_exist_is_a_usage_error(
    cli: Cli, starter: Path, tmp_path: Path
) -> None:
    table = tmp_path / "questions.csv"
    table.write_text(sheet(question(objective="lo-crossing")))
    code, _, err = cli("import", table, "--pack", starter, "--room", "first-rom")
    assert code == 2
    assert "did you mean 'first-room'?" in err


_CELL = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="|"),
    min_size=1,
    max_size=30,
).filter(lambda text: text.strip() == text and text.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_CELL, prompt=_CELL, answer=_CELL, option=_CELL)
def test_any_text_a_spreadsheet_holds_is_written_to_yaml_and_read_back_unchanged(
    tmp_path_factory: pytest.TempPathFactory, title: str, prompt: str, answer: str, option: str
) -> None:
    folder = tmp_path_factory.mktemp("rows")
    rows = [
        question(
            id="t",
            type="text",
            title_en=title,
            question_lt=prompt,
            answer="",
            answer_en=answer,
            answer_lt=answer,
        ),
        question(
            id="m",
            type="multiple_choice",
            answer="",
            option1_en=option,
            option1_lt=option,
            option2_en="no",
            option2_lt="ne",
            correct="A",
        ),
    ]
    table = folder / "q.csv"
    table.write_text(sheet(*rows), encoding="utf-8")
    imported = read_questions(table, PACK, set())
    assert imported.problems == []
    path = folder / "q.yaml"
    text = puzzles_yaml(imported.data, ["a comment"])
    again = PuzzleFile.model_validate(read_yaml(path, text).data).puzzles
    assert again == imported.puzzles
