"""Appending to a list in a teacher's YAML file without losing comments or layout."""

from __future__ import annotations

from pathlib import Path

from escape_room.content.yamledit import append_to_list

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
