"""Schema errors in words a teacher understands, each at the line it is about."""

from __future__ import annotations

from pathlib import Path

from packtools import PUZZLES, ROOM, messages

BASE = """\
puzzles:
  - id: p1
    title: Test
    prompt: Test?
    objectives: [lo-signs]
    source: S11
"""


def write_puzzles(root: Path, body: str) -> None:
    (root / "rooms" / "first-room" / "extra.yaml").write_text(BASE + body, encoding="utf-8")


def errors_in_extra(root: Path) -> list[str]:
    return [m for m in messages(root) if m.startswith("rooms/first-room/extra.yaml")]


def test_an_unknown_puzzle_type_suggests_the_closest_one(starter: Path) -> None:
    write_puzzles(starter, "    type: multichoice\n")
    assert errors_in_extra(starter) == [
        "rooms/first-room/extra.yaml:7: unknown puzzle type 'multichoice'; did you mean "
        "'multiple_choice'? (types: multiple_choice, true_false, ordering, matching, "
        "categorize, hotspot, numeric, text, code_lock)"
    ]


def test_a_missing_key_is_reported_at_the_puzzle_it_is_missing_from(starter: Path) -> None:
    write_puzzles(starter, "    type: multiple_choice\n")
    assert errors_in_extra(starter) == [
        "rooms/first-room/extra.yaml:2: 'options' is missing in puzzle 'p1'"
    ]


def test_a_misspelt_key_gets_did_you_mean(starter: Path) -> None:
    write_puzzles(
        starter,
        "    type: true_false\n    answer: true\n    explantion: Because.\n",
    )
    assert errors_in_extra(starter) == [
        "rooms/first-room/extra.yaml:9: unknown key 'explantion' in puzzle 'p1'; "
        "did you mean 'explanation'?"
    ]


def test_an_unknown_key_without_a_close_match_lists_the_keys_allowed(starter: Path) -> None:
    write_puzzles(starter, "    type: true_false\n    answer: true\n    colour: red\n")
    (message,) = errors_in_extra(starter)
    assert message.startswith("rooms/first-room/extra.yaml:9: unknown key 'colour' in puzzle")
    assert "(keys here: id, title, prompt, objectives" in message


def test_a_text_of_the_wrong_kind_gets_one_message(starter: Path) -> None:
    write_puzzles(starter, "    type: true_false\n    answer: true\n    explanation: [a, b]\n")
    assert errors_in_extra(starter) == [
        "rooms/first-room/extra.yaml:9: 'explanation' in puzzle 'p1' should be a text, "
        "or one text per language like {en: ..., lt: ...}, not a list"
    ]


def test_a_language_key_that_is_no_language_code_is_named(starter: Path) -> None:
    write_puzzles(starter, "    type: true_false\n    answer: true\n    hints: [{text: {EN: x}}]\n")
    assert errors_in_extra(starter) == [
        "rooms/first-room/extra.yaml:9: 'EN' is not a language code: use two lower-case "
        "letters, e.g. 'en'"
    ]


def test_a_text_cut_at_a_comma_inside_braces_is_explained(starter: Path) -> None:
    write_puzzles(
        starter,
        "    type: true_false\n    answer: true\n"
        "    explanation: {en: Stop and look., lt: Sustokite, pažiūrėkite.}\n",
    )
    messages = errors_in_extra(starter)
    assert any(
        "'pažiūrėkite.' is not a language code" in m
        and "inside { } a comma separates entries, so put a text that has a comma in quotes" in m
        for m in messages
    ), messages


def test_a_wrong_prop_and_scene_get_did_you_mean(starter: Path) -> None:
    room = starter / ROOM
    text = room.read_text(encoding="utf-8")
    text = text.replace("prop: bicycle", "prop: bycicle").replace("scene: street", "scene: stret")
    room.write_text(text, encoding="utf-8")
    found = [m for m in messages(starter) if m.startswith("rooms/first-room.yaml")]
    assert any("'stret' is not a known scene; did you mean 'street'?" in m for m in found)
    assert any("'bycicle' is not a known prop; did you mean 'bicycle'?" in m for m in found)


def test_an_invalid_id_suggests_a_valid_one(starter: Path) -> None:
    puzzles = starter / PUZZLES
    text = puzzles.read_text(encoding="utf-8").replace("id: sign-shape", "id: Sign Shape")
    puzzles.write_text(text, encoding="utf-8")
    assert messages(starter) == [
        "rooms/first-room/puzzles.yaml:12: 'Sign Shape' is not a valid id: use lower-case "
        "letters, digits, '-' and '_'; did you mean 'sign-shape'?"
    ]


def test_numbers_and_shapes_say_what_is_expected(starter: Path) -> None:
    room = starter / ROOM
    text = room.read_text(encoding="utf-8")
    text = text.replace("time_limit: 600", "time_limit: ten minutes")
    text = text.replace("rect: [146, 297, 78, 142]", "rect: [146, 297, 78]")
    room.write_text(text, encoding="utf-8")
    assert messages(starter) == [
        "rooms/first-room.yaml:14: 'time_limit' should be a whole number, not 'ten minutes'",
        "rooms/first-room.yaml:30: 'shape.rect' in hotspot 'warning-sign' has too few values: "
        "[x, y, width, height]",
    ]


def test_an_empty_file_is_named_as_empty(starter: Path) -> None:
    (starter / "rooms" / "first-room" / "extra.yaml").write_text("# nothing yet\n")
    assert errors_in_extra(starter) == ["rooms/first-room/extra.yaml:1: the file is empty"]
