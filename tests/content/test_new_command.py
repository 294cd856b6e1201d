"""`escape-room new`: templates that validate as written, in the pack's languages, never
overwriting anything."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from packtools import PUZZLES, ROOM, load, made_own, problems

from escape_room.content.puzzlefile import PUZZLE_TYPES
from escape_room.content.scaffold import TEMPLATES, render
from escape_room.content.schema import schema_text

Cli = Callable[..., tuple[int, str, str]]
SCHEMA_LINE = "# yaml-language-server: $schema="


def strictly_valid(cli: Cli, root: Path) -> None:
    """Valid, with no warning but those asking to replace the templates' own texts."""
    code, out, _ = cli("validate", root)
    assert code == 0, out
    warnings = [line for line in out.splitlines() if ": warning: " in line]
    assert [line for line in warnings if "is still the template's" not in line] == [], out


def test_new_pack_writes_a_complete_pack_that_validates_asking_only_for_own_texts(
    cli: Cli, tmp_path: Path
) -> None:
    code, out, _ = cli("new", "pack", tmp_path / "My Pack")
    assert code == 0
    assert f"created {tmp_path / 'My Pack' / 'pack.yaml'}" in out
    root = tmp_path / "My Pack"
    assert load(root / "pack.yaml")["id"] == "my-pack"
    assert (root / "schema" / "escape-room.schema.json").read_text() == schema_text()
    strictly_valid(cli, root)
    assert (
        sum("is still the template's" in line for line in cli("validate", root)[1].splitlines())
        == 3
    )
    assert cli("validate", "--strict", made_own(root))[0] == 0


def test_every_template_file_points_at_the_schema_relative_to_itself(starter: Path) -> None:
    for path in sorted(starter.rglob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(SCHEMA_LINE), path
        assert (path.parent / first.removeprefix(SCHEMA_LINE)).resolve().is_file(), path


def test_new_pack_refuses_to_overwrite(cli: Cli, starter: Path) -> None:
    (starter / "pack.yaml").write_text("# mine\n")
    code, _, err = cli("new", "pack", starter)
    assert code == 1
    assert err.startswith("error: not overwriting what exists: ")
    assert (starter / "pack.yaml").read_text() == "# mine\n"


def test_new_room_is_written_and_listed_keeping_the_comments(cli: Cli, starter: Path) -> None:
    code, out, _ = cli("new", "room", "bus-stop", "--pack", starter / "rooms")
    assert code == 0
    assert f"added 'bus-stop' to the rooms in {starter / 'pack.yaml'}" in out
    text = (starter / "pack.yaml").read_text(encoding="utf-8")
    assert "rooms: [first-room, bus-stop]" in text
    assert "# What students learn." in text
    strictly_valid(cli, starter)


def test_new_room_refuses_an_existing_room_and_a_bad_id(cli: Cli, starter: Path) -> None:
    assert cli("new", "room", "first-room", "--pack", starter)[0] == 1
    code, _, err = cli("new", "room", "Bus Stop", "--pack", starter)
    assert code == 2
    assert "'Bus Stop' is not a valid room id" in err and "e.g. 'bus-stop'" in err


@pytest.mark.parametrize("kind", PUZZLE_TYPES)
def test_new_puzzle_of_every_type_validates_as_written(cli: Cli, starter: Path, kind: str) -> None:
    code, out, _ = cli("new", "puzzle", "--type", kind, "--pack", starter)
    assert code == 0, out
    name = kind.replace("_", "-") + "-1"
    assert f"created {starter / 'rooms' / 'first-room' / name}.yaml" in out
    assert f"added the hotspot '{name}-spot' that opens it to {starter / ROOM}" in out
    strictly_valid(cli, starter)


def test_new_puzzle_refuses_an_existing_file_and_an_id_in_use(cli: Cli, starter: Path) -> None:
    assert cli("new", "puzzle", "--type", "text", "--id", "sign-shape", "--pack", starter)[0] == 1
    before = (starter / ROOM).read_text()
    (starter / "rooms" / "first-room" / "text-1.yaml").write_text("# mine\n")
    code, _, err = cli("new", "puzzle", "--type", "text", "--id", "text-1", "--pack", starter)
    assert code == 1 and "not overwriting" in err
    assert (starter / ROOM).read_text() == before


def test_new_puzzle_needs_a_known_room_when_there_are_several(cli: Cli, starter: Path) -> None:
    assert cli("new", "room", "second", "--pack", starter)[0] == 0
    code, _, err = cli("new", "puzzle", "--type", "text", "--pack", starter)
    assert code == 2 and "give the room with --room (rooms: first-room, second)" in err
    code, _, err = cli("new", "puzzle", "--type", "text", "--room", "secnd", "--pack", starter)
    assert code == 2 and "did you mean 'second'?" in err


def test_a_code_lock_needs_puzzles_that_give_digits(cli: Cli, starter: Path) -> None:
    assert cli("new", "room", "second", "--pack", starter)[0] == 0
    assert (
        cli("new", "puzzle", "--type", "code_lock", "--room", "second", "--pack", starter)[0] == 0
    )
    (starter / "rooms" / "second" / "puzzles.yaml").unlink()
    (starter / "rooms" / "second" / "code-lock-1.yaml").unlink()
    code, _, err = cli(
        "new", "puzzle", "--type", "code_lock", "--room", "second", "--pack", starter
    )
    assert code == 1 and "the room 'second' has none yet" in err


def test_templates_are_written_in_the_languages_of_the_pack(cli: Cli, starter: Path) -> None:
    pack = starter / "pack.yaml"
    pack.write_text(
        "id: de-pack\ntitle: Verkehr\nversion: '1'\nauthors: [A]\nlicence: CC-BY-4.0\n"
        "languages: [de, en]\nage: {min: 10, max: 12}\nobjectives: [{id: lo1, title: Gehen}]\n"
        "rooms: [street]\n"
    )
    code, _, err = cli("new", "room", "street", "--pack", starter)
    assert code == 0, err
    assert cli("new", "puzzle", "--type", "matching", "--room", "street", "--pack", starter)[0] == 0
    room = load(starter / "rooms" / "street.yaml")
    assert room["title"] == {"de": "New room", "en": "New room"}
    assert [p.message for p in problems(starter) if "street" in p.path] == [
        "'title' is still the template's 'New room': write your own"
    ]


def test_render_fills_placeholders_and_rewrites_texts() -> None:
    template = 'id: {{id}}\ntitle: {en: "Hello", lt: "Labas"}\n'
    assert render(template, {"id": "x"}, ["en", "lt"]) == template.replace("{{id}}", "x")
    assert render(template, {"id": "x"}, ["lt"]) == 'id: x\ntitle: {lt: "Labas"}\n'


def test_every_template_text_is_written_so_it_can_be_rewritten() -> None:
    for path in sorted(TEMPLATES.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        placeholders = {name: "x" for name in re.findall(r"\{\{(\w+)\}\}", text)}
        rewritten = render(text, placeholders, ["de"])
        assert not re.search(r"[{ ,](en|lt): ", rewritten), path


def test_the_starter_puzzles_use_the_starter_room(starter: Path) -> None:
    assert load(starter / PUZZLES)["puzzles"][0]["id"] == "sign-shape"
