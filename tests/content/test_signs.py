"""Road signs by KET number or name: known ones are read, unknown ones get the closest signs."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from escape_room.content import models
from escape_room.content.pack import check_pack
from escape_room.content.signs import SIGN_KEYS, SIGNS, on_pole, sign_name


def test_the_format_accepts_exactly_the_signs_the_catalogue_names() -> None:
    assert set(get_args(models.SignKind)) == set(SIGN_KEYS)


def test_a_sign_is_named_by_its_number_or_its_name() -> None:
    assert sign_name("203") == sign_name("give-way") == "give-way"
    assert sign_name("105") == "children"
    assert on_pole("401") == "sign:mandatory"


def test_every_number_and_name_is_given_once() -> None:
    numbers = [s.number for s in SIGNS if s.number]
    names = [s.name for s in SIGNS]
    assert len(set(numbers)) == len(numbers) and len(set(names)) == len(names)
    assert all(number.isdigit() and len(number) == 3 for number in numbers)


def test_an_unknown_sign_names_the_closest_ones() -> None:
    with pytest.raises(ValueError) as raised:
        sign_name("cycle-pth")
    assert "'cycle-pth' is not a sign the game draws; the closest: cycle-path" in str(raised.value)
    with pytest.raises(ValueError) as raised:
        sign_name("103")
    assert "the closest: 203 (give-way), 105 (children), 101 (railway-barrier)" in str(raised.value)


def test_a_hotspot_with_a_sign_draws_it_on_a_pole() -> None:
    hotspot = models.Hotspot.model_validate(
        {
            "id": "s",
            "label": "Sign",
            "sign": "203",
            "shape": {"rect": [0, 0, 46, 100]},
            "opens": {"clue": "x"},
        }
    )
    assert hotspot.drawn_prop == "sign:give-way"


@pytest.mark.parametrize("written", ["203", " 203 ", "give-way", " give-way"])
def test_a_sign_is_kept_by_its_name_however_it_was_written(written: str) -> None:
    image = models.Image.model_validate({"sign": written, "alt": "A sign"})
    assert image.sign == "give-way"


def test_an_unknown_sign_in_a_room_file_is_reported_at_its_line(starter: Path) -> None:
    # given a room whose hotspot names a sign the game does not draw
    room = starter / "rooms" / "first-room.yaml"
    text = room.read_text(encoding="utf-8")
    assert "    prop: " in text
    room.write_text(text.replace("    prop: ", '    sign: "1O5"\n    prop: ', 1), encoding="utf-8")
    # when
    problems = [p for p in check_pack(starter)[1] if p.is_error]
    # then
    assert len(problems) == 1
    line = text[: text.index("    prop: ")].count("\n") + 1
    assert problems[0].line == line
    assert "'1O5' is not a sign the game draws; the closest: 105 (children)" in problems[0].message


def test_a_sign_on_a_prop_that_is_no_sign_is_refused() -> None:
    with pytest.raises(ValueError, match="leave out 'prop'"):
        models.Hotspot.model_validate(
            {
                "id": "s",
                "label": "Sign",
                "prop": "bench",
                "sign": "stop",
                "shape": {"rect": [0, 0, 46, 100]},
                "opens": {"clue": "x"},
            }
        )


def test_the_guide_lists_every_sign_with_what_to_type_and_shows_the_gallery() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "authoring.md").read_text("utf-8")
    table = guide.split("<!-- signs -->\n", 1)[1].split("<!-- /signs -->", 1)[0]
    for sign in SIGNS:
        assert f"| `{sign.name}` |" in table
        assert sign.number is None or f'`"{sign.number}"`' in table
    assert "(gallery/signs.png)" in guide and "(gallery/props.png)" in guide
