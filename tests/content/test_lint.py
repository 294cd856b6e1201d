"""Checks beyond the schema: ids, references, answers, solvability, languages, pictures, layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from packtools import PUZZLES, ROOM, edit, messages, puzzle

from escape_room.content.layout import overlap
from escape_room.content.models import Shape


def hotspot(data: Any, hotspot_id: str) -> dict[str, Any]:
    return next(h for h in data["hotspots"] if h["id"] == hotspot_id)


# --- ids ----------------------------------------------------------------------------------


def test_duplicate_hotspot_item_and_option_ids_are_errors(starter: Path) -> None:
    def room(data: Any) -> None:
        hotspot(data, "car")["id"] = "bicycle"
        data["items"].append({"id": "reflector", "name": "Second reflector"})

    edit(starter / ROOM, room)
    edit(starter / PUZZLES, lambda d: puzzle(d, "sign-shape")["options"][1].update(id="triangle"))
    found = messages(starter)
    assert any("the hotspot id 'bicycle' is used twice (also hotspot 2)" in m for m in found)
    assert any("the item id 'reflector' is used twice (also item 1)" in m for m in found)
    assert any("the option id 'triangle' is used twice (also option 1)" in m for m in found)


def test_duplicate_objective_and_question_ids_are_errors(starter: Path) -> None:
    def pack(data: Any) -> None:
        data["objectives"][1]["id"] = "lo-crossing"
        data["knowledge_check"]["form_b"][0]["id"] = "a1-look-first"

    edit(starter / "pack.yaml", pack)
    found = messages(starter)
    assert any("the objective id 'lo-crossing' is used twice" in m for m in found)
    assert any("the question id 'a1-look-first' is already used in form_a" in m for m in found)


def test_the_same_puzzle_id_in_two_rooms_is_an_error(starter: Path) -> None:
    edit(starter / "pack.yaml", lambda d: d["rooms"].append("second"))
    (starter / "rooms" / "second.yaml").write_text(
        (starter / ROOM).read_text().replace("id: first-room", "id: second")
    )
    (starter / "rooms" / "second").mkdir()
    (starter / "rooms" / "second" / "puzzles.yaml").write_text((starter / PUZZLES).read_text())
    expected = "rooms/second/puzzles.yaml:12: the puzzle id 'sign-shape' is already used "
    assert any(m.startswith(expected) for m in messages(starter))


# --- references -----------------------------------------------------------------------------


def test_references_to_missing_things_get_did_you_mean(starter: Path) -> None:
    def room(data: Any) -> None:
        hotspot(data, "car")["opens"] = {"puzzle": "stoping-distance"}
        hotspot(data, "lamp-post")["requires"] = ["reflectr"]

    edit(starter / ROOM, room)
    edit(starter / PUZZLES, lambda d: puzzle(d, "sign-shape").update(objectives=["lo-sign"]))
    found = messages(starter)
    assert any(
        "there is no puzzle 'stoping-distance' in the room 'first-room'; "
        "did you mean 'stopping-distance'?" in m
        for m in found
    )
    assert any(
        "the item 'reflectr' is not declared in the room 'first-room'; did you mean "
        "'reflector'?" in m
        for m in found
    )
    assert any(
        "the objective 'lo-sign' is not declared in pack.yaml; did you mean 'lo-signs'?" in m
        for m in found
    )


def test_a_knowledge_check_question_must_name_a_declared_objective(starter: Path) -> None:
    edit(
        starter / "pack.yaml",
        lambda d: d["knowledge_check"]["form_a"][0].update(objective="lo-crosing"),
    )
    assert any(
        "the objective 'lo-crosing' is not declared in pack.yaml; did you mean 'lo-crossing'?" in m
        for m in messages(starter)
    )


def test_a_code_digit_from_a_puzzle_without_a_digit_is_an_error(starter: Path) -> None:
    edit(
        starter / ROOM,
        lambda d: d["exit"]["lock"].update(code_from=["sign-shape", "crossing-steps"]),
    )
    assert any(
        "the puzzle 'crossing-steps' gives no digit: give it a reward like {digit: '4'}" in m
        for m in messages(starter)
    )


def test_a_categorize_item_in_an_undeclared_category_is_an_error(starter: Path) -> None:
    extra = starter / "rooms" / "first-room" / "sort.yaml"
    extra.write_text(
        "puzzles:\n"
        "  - {id: sort, type: categorize, title: Sort, prompt: Sort them., objectives: [lo-speed],"
        " source: S4, categories: [{id: fast, label: Fast}, {id: slow, label: Slow}],"
        " items: [{text: Car, category: fast}, {text: Snail, category: slw}]}\n"
    )
    found = messages(starter)
    assert any(
        "the category 'slw' is not one of this puzzle's categories; did you mean 'slow'?" in m
        for m in found
    )
    assert any("no item belongs in the category 'slow'" in m for m in messages(starter, "warning"))


# --- pictures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("image", "message"),
    [
        ("missing.png", "there is no picture 'missing.png' in the assets folder 'assets'"),
        ("../pack.yaml", "'..' leads out of the assets folder 'assets'; keep pictures inside it"),
        ("/etc/hostname", "write a path inside the assets folder 'assets', not a full path"),
        ("pics\\street.png", "write '/' between folders, not '\\'"),
    ],
)
def test_pictures_must_lie_inside_the_assets_folder(
    starter: Path, image: str, message: str
) -> None:
    edit(starter / ROOM, lambda d: d.update(background={"image": image}))
    assert any(message in m for m in messages(starter))


def test_a_picture_that_links_outside_the_pack_is_refused(starter: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"\x89PNG")
    (starter / "assets" / "street.png").symlink_to(outside)
    edit(
        starter / ROOM,
        lambda d: d.update(background={"image": {"en": "street.png", "lt": "street.png"}}),
    )
    found = messages(starter)
    assert len([m for m in found if "this picture is a link to a place outside the pack" in m]) == 2


def test_pictures_per_language_that_exist_pass(starter: Path) -> None:
    for name in ("street-en.png", "street-lt.png"):
        (starter / "assets" / name).write_bytes(b"\x89PNG")
    images = {"en": "street-en.png", "lt": "street-lt.png"}
    edit(starter / ROOM, lambda d: d.update(background={"image": images}))
    assert messages(starter) == []


def test_an_assets_folder_outside_the_pack_is_refused(starter: Path) -> None:
    edit(starter / "pack.yaml", lambda d: d.update(assets="../elsewhere"))
    assert any("'..' leads out of the pack folder" in m for m in messages(starter))


# --- solvability -----------------------------------------------------------------------------


def test_a_hotspot_needing_an_item_nothing_gives_can_never_open(starter: Path) -> None:
    edit(
        starter / ROOM,
        lambda d: d.update(hotspots=[h for h in d["hotspots"] if h["id"] != "backpack"]),
    )
    found = messages(starter)
    assert any(
        "this hotspot can never be opened: nothing in the room gives the item 'reflector'" in m
        for m in found
    )


def test_an_item_only_found_behind_its_own_lock_is_reported(starter: Path) -> None:
    edit(starter / ROOM, lambda d: hotspot(d, "backpack").update(requires=["reflector"]))
    found = messages(starter)
    assert any(
        "this hotspot can never be opened: the item 'reflector' can only be got behind it" in m
        for m in found
    )


def test_an_exit_code_whose_digit_cannot_be_got_is_reported(starter: Path) -> None:
    def room(data: Any) -> None:
        hotspot(data, "car")["requires"] = ["key"]
        data["items"].append({"id": "key", "name": "Key"})

    edit(starter / ROOM, room)
    found = messages(starter)
    assert any(
        "the exit can never be opened: the digit of 'stopping-distance' can never be got" in m
        for m in found
    )


def test_an_exit_needing_all_puzzles_fails_when_one_is_never_opened(starter: Path) -> None:
    def room(data: Any) -> None:
        data["exit"]["lock"] = {"all_puzzles": True}
        data["hotspots"] = [h for h in data["hotspots"] if h["id"] != "car"]

    edit(starter / ROOM, room)
    errors, warnings = messages(starter), messages(starter, "warning")
    assert any(
        "the exit can never be opened: the puzzles 'stopping-distance' can never be solved" in m
        for m in errors
    )
    assert any(
        "no hotspot opens this puzzle: add one with opens: {puzzle: stopping-distance}" in m
        for m in warnings
    )


def test_a_code_lock_opens_only_once_its_digits_can_be_got(starter: Path) -> None:
    lock = (
        "puzzles:\n  - {id: box, type: code_lock, title: Box, prompt: Code?,"
        " source: S11, digits_from: [sign-shape, helmet-rule]}\n"
    )
    (starter / "rooms" / "first-room" / "box.yaml").write_text(lock)

    def room(data: Any) -> None:
        data["hotspots"].append(
            {
                "id": "box",
                "label": "Box",
                "shape": {"rect": [700, 100, 80, 80]},
                "opens": {"puzzle": "box"},
            }
        )
        hotspot(data, "bicycle")["requires"] = ["reflector"]
        hotspot(data, "backpack")["requires"] = ["reflector"]

    edit(starter / ROOM, room)
    assert any(
        "this code lock can never be opened: the digit of 'helmet-rule' can never be got" in m
        for m in messages(starter)
    )


def test_an_item_nothing_gives_and_a_digit_no_code_uses_are_warnings(starter: Path) -> None:
    edit(starter / ROOM, lambda d: d["items"].append({"id": "torch", "name": "Torch"}))
    edit(starter / PUZZLES, lambda d: puzzle(d, "crossing-steps").update(reward={"digit": "2"}))
    warnings = messages(starter, "warning")
    assert any("nothing in the room gives this item" in m for m in warnings)
    assert any("this digit is not part of any code in the room 'first-room'" in m for m in warnings)


# --- languages, pace and layout ----------------------------------------------------------------


def test_a_text_missing_a_language_is_a_warning_naming_language_and_field(starter: Path) -> None:
    edit(starter / PUZZLES, lambda d: puzzle(d, "helmet-rule")["title"].pop("lt"))
    assert messages(starter, "warning") == [
        "rooms/first-room/puzzles.yaml:50: 'title' in puzzle 'helmet-rule' has no 'lt' text "
        "(pack languages: en, lt)"
    ]


def test_a_text_in_an_undeclared_language_is_a_warning(starter: Path) -> None:
    edit(starter / ROOM, lambda d: d["title"].update(de="Die Straße"))
    (warning,) = messages(starter, "warning")
    assert "'de' is not one of the pack's languages (en, lt)" in warning


def test_a_plain_text_is_shown_in_every_language_and_passes(starter: Path) -> None:
    edit(starter / PUZZLES, lambda d: puzzle(d, "helmet-rule").update(title="Helmet"))
    assert messages(starter, "warning") == []


def test_a_time_limit_shorter_than_the_estimate_is_a_warning_with_the_estimate(
    starter: Path,
) -> None:
    edit(starter / ROOM, lambda d: d.update(time_limit=200))
    assert messages(starter, "warning") == [
        "rooms/first-room.yaml:15: 200 s may be too short: 4 puzzles take about 255 s "
        "(60 s easy, 75 s medium, 90 s hard each); give at least 255"
    ]


def test_hotspots_outside_the_scene_or_overlapping_are_warnings(starter: Path) -> None:
    def room(data: Any) -> None:
        hotspot(data, "car")["shape"] = {"rect": [1200, 600, 200, 200]}
        hotspot(data, "poster")["shape"] = {"circle": [185, 360, 40]}

    edit(starter / ROOM, room)
    warnings = messages(starter, "warning")
    assert any("the hotspot 'car' reaches outside the 1280×720 scene" in m for m in warnings)
    assert any("the hotspot 'poster' overlaps the hotspot 'warning-sign'" in m for m in warnings)


def test_a_hotspot_without_a_prop_on_a_drawn_scene_is_a_warning(starter: Path) -> None:
    def room(data: Any) -> None:
        del hotspot(data, "car")["prop"]

    edit(starter / ROOM, room)
    warnings = messages(starter, "warning")
    assert any("the hotspot 'car' has no 'prop', so nothing shows it" in m for m in warnings)


def test_shapes_that_only_share_enclosing_rectangles_do_not_overlap() -> None:
    circle = Shape(circle=(100, 100, 50))
    corner = Shape(polygon=[(140, 140), (200, 140), (200, 200)])
    assert not overlap(circle, corner)
    assert overlap(circle, Shape(rect=(120, 90, 50, 20)))


def test_knowledge_check_forms_of_different_lengths_are_a_warning(starter: Path) -> None:
    def pack(data: Any) -> None:
        data["knowledge_check"]["form_a"].append(
            dict(data["knowledge_check"]["form_a"][0], id="a2")
        )

    edit(starter / "pack.yaml", pack)
    assert any(
        "form_a has 2 questions and form_b 1; the two forms should be parallel" in m
        for m in messages(starter, "warning")
    )


def test_one_broken_puzzle_file_does_not_cascade_into_reference_errors(starter: Path) -> None:
    edit(starter / PUZZLES, lambda d: puzzle(d, "helmet-rule").update(type="true-false"))
    assert [m.split(": ", 1)[1] for m in messages(starter)] == [
        "unknown puzzle type 'true-false'; did you mean 'true_false'? (types: multiple_choice, "
        "true_false, ordering, matching, categorize, hotspot, numeric, text, code_lock)"
    ]
