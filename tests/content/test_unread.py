"""Files and folders the game would pass over, and texts left from the templates: warned first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from packtools import ROOM, messages

from escape_room.content.scaffold import TEMPLATES
from escape_room.content.unread import TEMPLATE_TEXTS

Cli = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize(
    ("name", "fix"),
    [
        ("extra.yml", "; rename it to extra.yaml"),
        ("extra.YAML", "; rename it to extra.yaml"),
        ("extra.yaml.txt", "; rename it to extra.yaml"),
        ("puzzles.yaml.txt", ""),  # puzzles.yaml is there already
    ],
)
def test_a_misnamed_puzzle_file_is_a_warning_with_its_new_name(
    starter: Path, name: str, fix: str
) -> None:
    (starter / "rooms" / "first-room" / name).write_text("puzzles: []\n")
    assert messages(starter, "warning") == [
        f"rooms/first-room/{name}:0: this file is not read: puzzle files end in '.yaml'{fix}"
    ]


def test_a_room_saved_by_notepad_is_named_before_the_errors_it_causes(
    cli: Cli, starter: Path
) -> None:
    (starter / ROOM).rename(starter / "rooms" / "first-room.yaml.txt")
    code, out, _ = cli("validate", starter)
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == (
        f"{starter / 'rooms' / 'first-room'}:0:0: warning: the puzzles in this folder are not "
        "read: no room has the id 'first-room' (a room's puzzles go in rooms/<room-id>/)"
    )
    assert lines[1] == (
        f"{starter / 'rooms' / 'first-room.yaml.txt'}:0:0: warning: this file is not read: "
        "room files end in '.yaml'; rename it to first-room.yaml"
    )
    assert "error: the room 'first-room' has no file rooms/first-room.yaml" in out


def test_a_puzzle_folder_that_matches_no_room_is_a_warning_with_did_you_mean(
    starter: Path,
) -> None:
    folder = starter / "rooms" / "frist-room"
    folder.mkdir()
    (folder / "more.yaml").write_text("puzzles: []\n")
    assert messages(starter, "warning") == [
        "rooms/frist-room:0: the puzzles in this folder are not read: no room has the id "
        "'frist-room' (a room's puzzles go in rooms/<room-id>/); did you mean 'first-room'?"
    ]


def test_another_pack_file_at_the_top_is_a_warning(starter: Path) -> None:
    (starter / "pack.yml").write_text("id: x\n")
    assert messages(starter, "warning") == [
        "pack.yml:0: this file is not read: the pack's own file is pack.yaml"
    ]


def test_texts_left_from_the_templates_are_warnings_once_per_text(starter: Path) -> None:
    room = starter / ROOM
    own = 'title: {en: "The street outside school", lt: "Gatvė prie mokyklos"}'
    left = 'title: {en: "New room", lt: "Naujas kambarys"}'
    room.write_text(room.read_text().replace(own, left))
    line = room.read_text().splitlines().index(left) + 1
    assert messages(starter, "warning") == [
        f"rooms/first-room.yaml:{line}: 'title' is still the template's 'New room': write your own"
    ]


def test_every_template_text_warned_about_is_in_the_templates() -> None:
    written = "".join(path.read_text() for path in TEMPLATES.rglob("*.yaml"))
    assert [text for text in sorted(TEMPLATE_TEXTS) if f'"{text}"' not in written] == []
