"""Editing a teacher's YAML file without losing comments or layout: appending to a list,
writing new numbers over a shape's numbers, and undoing that."""

from __future__ import annotations

from pathlib import Path

import pytest

from escape_room.content.problems import ContentError
from escape_room.content.yamledit import append_to_list, replace_numbers, undo

TEXT = """\
# a comment that stays
rooms: [a, b]   # and this one
hotspots:
  - id: x
    opens:
      puzzle: p

  # about the exit
exit: {label: Door}
empty: []
"""


def test_items_are_appended_to_flow_and_block_lists(tmp_path: Path) -> None:
    path = tmp_path / "room.yaml"
    path.write_text(TEXT)
    assert append_to_list(path, "rooms", "c")
    assert append_to_list(path, "hotspots", "{id: y}")
    assert append_to_list(path, "empty", "z")
    assert path.read_text() == TEXT.replace("[a, b]", "[a, b, c]").replace(
        "      puzzle: p\n", "      puzzle: p\n  - {id: y}\n"
    ).replace("empty: []", "empty: [z]")


def test_a_bom_and_crlf_line_endings_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    path.write_bytes(b"\xef\xbb\xbfrooms:\r\n  - a\r\n")
    assert append_to_list(path, "rooms", "b")
    assert path.read_bytes() == b"\xef\xbb\xbfrooms:\r\n  - a\r\n  - b\r\n"


def test_what_cannot_be_appended_safely_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "room.yaml"
    path.write_text(TEXT)
    assert not append_to_list(path, "exit", "x")
    assert not append_to_list(path, "missing", "x")
    assert not append_to_list(path, "rooms", "{broken")
    assert path.read_text() == TEXT


ROOM = """\
# yaml-language-server: $schema=../schema/escape-room.schema.json
id: yard   # the room's id
hotspots:
  # the sign by the gate
  - id: sign
    shape: {rect: [40, 300, 60, 120]}   # x, y, width, height
    opens: {puzzle: mc}
  - id: car
    shape:
      rect:
        - 830   # left
        - 380
        - 160
        - 80
    opens: {puzzle: num}
  - id: lane
    shape: {polygon: [[1, 2], [30, 2], [30, 40]]}
    opens: {puzzle: mc}
"""


def _changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    pairs = zip(before.splitlines(), after.splitlines(), strict=True)
    return [(old, new) for old, new in pairs if old != new]


def test_new_numbers_replace_only_the_numbers_and_keep_every_comment(tmp_path: Path) -> None:
    # given
    path = tmp_path / "yard.yaml"
    path.write_text(ROOM)
    # when
    written = replace_numbers(path, ("hotspots", 0, "shape", "rect"), [44, 310, 66, 130])
    # then: one line changed, and in it only the four numbers
    after = path.read_text()
    assert _changed_lines(ROOM, after) == [
        (
            "    shape: {rect: [40, 300, 60, 120]}   # x, y, width, height",
            "    shape: {rect: [44, 310, 66, 130]}   # x, y, width, height",
        )
    ]
    assert written.before == ROOM.encode() and written.after == after.encode()


def test_numbers_written_one_a_line_are_replaced_where_they_stand(tmp_path: Path) -> None:
    path = tmp_path / "yard.yaml"
    path.write_text(ROOM)
    replace_numbers(path, ("hotspots", 1, "shape", "rect"), [800, 390, 150, 75])
    assert _changed_lines(ROOM, path.read_text()) == [
        ("        - 830   # left", "        - 800   # left"),
        ("        - 380", "        - 390"),
        ("        - 160", "        - 150"),
        ("        - 80", "        - 75"),
    ]


def test_a_polygon_gets_every_corner_in_turn(tmp_path: Path) -> None:
    path = tmp_path / "yard.yaml"
    path.write_text(ROOM)
    replace_numbers(path, ("hotspots", 2, "shape", "polygon"), [11, 12, 40, 12, 40, 50])
    assert "{polygon: [[11, 12], [40, 12], [40, 50]]}" in path.read_text()


def test_a_bom_and_crlf_stay_when_numbers_change(tmp_path: Path) -> None:
    path = tmp_path / "yard.yaml"
    path.write_bytes(b"\xef\xbb\xbfshape:\r\n  rect: [1, 2, 3, 4]  # here\r\n")
    replace_numbers(path, ("shape", "rect"), [10, 20, 30, 40])
    assert path.read_bytes() == b"\xef\xbb\xbfshape:\r\n  rect: [10, 20, 30, 40]  # here\r\n"


def test_a_read_only_file_gives_a_clear_message_and_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a file the system refuses to open for writing (as it does a read-only file)
    path = tmp_path / "yard.yaml"
    path.write_text(ROOM)
    opened = Path.open

    def refusing(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "+" in mode or "w" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return opened(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refusing)
    # when
    with pytest.raises(ContentError) as raised:
        replace_numbers(path, ("hotspots", 0, "shape", "rect"), [1, 2, 3, 4])
    # then
    message = raised.value.problems[0].message
    assert message == (
        "cannot write the file (Permission denied); is it read-only? Copy the numbers instead"
    )
    monkeypatch.undo()
    assert path.read_text() == ROOM


def test_numbers_that_are_not_there_as_expected_are_not_written(tmp_path: Path) -> None:
    path = tmp_path / "yard.yaml"
    path.write_text(ROOM)
    for key, numbers in (
        (("hotspots", 0, "shape", "rect"), [1, 2, 3]),
        (("hotspots", 5, "shape", "rect"), [1, 2, 3, 4]),
        (("hotspots", 0, "opens"), [1]),
    ):
        with pytest.raises(ContentError, match="cannot find"):
            replace_numbers(path, key, numbers)
    assert path.read_text() == ROOM


def test_undo_puts_the_file_back_unless_it_changed_since(tmp_path: Path) -> None:
    path = tmp_path / "yard.yaml"
    path.write_text(ROOM)
    written = replace_numbers(path, ("hotspots", 0, "shape", "rect"), [1, 2, 3, 4])
    undo(written)
    assert path.read_text() == ROOM
    written = replace_numbers(path, ("hotspots", 0, "shape", "rect"), [1, 2, 3, 4])
    path.write_text(ROOM + "# edited meanwhile\n")
    with pytest.raises(ContentError, match="changed after"):
        undo(written)
    assert path.read_text().endswith("# edited meanwhile\n")
