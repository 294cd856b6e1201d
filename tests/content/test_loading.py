"""Loading a pack: every problem of every file at once, from any file inside the pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from packtools import PUZZLES, ROOM, edit, messages, puzzle

from escape_room.content.check import load_for_preview
from escape_room.content.pack import check_pack, find_pack_root, load_pack
from escape_room.content.problems import ContentError


def test_the_starter_pack_loads_with_no_problem_at_all(starter: Path) -> None:
    pack, problems = check_pack(starter)
    assert problems == []
    assert pack is not None
    assert [room.id for room in pack.rooms] == ["first-room"]
    assert list(pack.rooms[0].puzzles) == [
        "sign-shape",
        "helmet-rule",
        "stopping-distance",
        "crossing-steps",
    ]


def test_problems_in_several_files_are_all_reported_together(starter: Path) -> None:
    (starter / "pack.yaml").write_text(
        (starter / "pack.yaml").read_text(encoding="utf-8").replace("licence:", "licnce:")
    )
    (starter / ROOM).write_text((starter / ROOM).read_text().replace("time_limit: 600", "x: 1"))
    edit(starter / PUZZLES, lambda d: puzzle(d, "helmet-rule").pop("answer"))
    with pytest.raises(ContentError) as caught:
        load_pack(starter)
    files = {Path(p.path).relative_to(starter).as_posix() for p in caught.value.problems}
    assert files == {"pack.yaml", "rooms/first-room.yaml", "rooms/first-room/puzzles.yaml"}


def test_a_room_file_with_a_problem_is_still_checked_when_pack_yaml_is_broken(
    starter: Path,
) -> None:
    (starter / "pack.yaml").write_text("id: [broken\n")
    (starter / ROOM).write_text((starter / ROOM).read_text().replace("time_limit: 600", "x: 1"))
    found = messages(starter)
    assert found[0].startswith("pack.yaml:2: YAML syntax")
    assert "rooms/first-room.yaml:4: 'time_limit' is missing in the file" in found


@pytest.mark.parametrize(
    "inside", ["", "pack.yaml", "rooms", "rooms/first-room.yaml", "rooms/first-room/puzzles.yaml"]
)
def test_any_file_or_folder_inside_a_pack_finds_its_root(starter: Path, inside: str) -> None:
    assert find_pack_root(starter / inside) == starter
    assert load_pack(starter / inside).root == starter


def test_a_relative_path_keeps_paths_relative(
    starter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(starter.parent)
    assert find_pack_root(Path("pack/rooms/first-room.yaml")) == Path("pack")


def test_a_puzzle_id_used_in_two_files_is_an_error_at_the_second(starter: Path) -> None:
    copy = starter / "rooms" / "first-room" / "more.yaml"
    copy.write_text((starter / PUZZLES).read_text(encoding="utf-8"), encoding="utf-8")
    duplicates = [m for m in messages(starter) if "is already used" in m]
    assert len(duplicates) == 4
    assert duplicates[0].startswith("rooms/first-room/puzzles.yaml:12: the puzzle id 'sign-shape'")
    assert "(rooms/first-room/more.yaml:12 is first" not in duplicates[0]


def test_a_room_whose_id_is_not_its_file_name_is_an_error(starter: Path) -> None:
    edit(starter / ROOM, lambda d: d.update(id="second-room"))
    assert "rooms/first-room.yaml:1: this room's id must be 'first-room', the name of its file" in (
        messages(starter)
    )


def test_a_listed_room_without_a_file_gets_did_you_mean(starter: Path) -> None:
    edit(starter / "pack.yaml", lambda d: d.update(rooms=["first-rom"]))
    (found,) = [m for m in messages(starter) if m.startswith("pack.yaml:")]
    assert found.endswith(
        "the room 'first-rom' has no file rooms/first-rom.yaml; did you mean 'first-room'?"
    )


def test_a_room_file_not_listed_in_pack_yaml_is_a_warning(starter: Path) -> None:
    edit(starter / "pack.yaml", lambda d: d["rooms"].append("first-room") or None)
    (starter / "rooms" / "draft.yaml").write_text((starter / ROOM).read_text())
    warnings = messages(starter, "warning")
    assert (
        "rooms/draft.yaml:1: this room is not played: its id is not in the 'rooms' list of "
        "pack.yaml" in warnings
    )


def test_a_yml_file_among_the_puzzles_is_a_warning(starter: Path) -> None:
    (starter / "rooms" / "first-room" / "extra.yml").write_text("puzzles: []\n")
    assert messages(starter, "warning") == [
        "rooms/first-room/extra.yml:0: this file is not read: puzzle files end in '.yaml'; "
        "rename it to extra.yaml"
    ]


def test_a_puzzle_file_that_links_outside_the_pack_is_not_read(
    starter: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.yaml"
    outside.write_text("puzzles: []\n")
    (starter / "rooms" / "first-room" / "linked.yaml").symlink_to(outside)
    assert messages(starter) == [
        "rooms/first-room/linked.yaml:0: this file links outside the pack; not read"
    ]


def test_load_pack_raises_errors_only_and_keeps_warnings_on_the_pack(starter: Path) -> None:
    edit(starter / ROOM, lambda d: d.update(time_limit=60))
    pack = load_pack(starter)
    assert [w.message for w in pack.warnings] == [
        "60 s may be too short: 4 puzzles take about 255 s (60 s easy, 75 s medium, "
        "90 s hard each); give at least 255"
    ]


def test_preview_never_raises_and_keeps_the_rooms_without_errors(starter: Path) -> None:
    edit(starter / PUZZLES, lambda d: puzzle(d, "helmet-rule").pop("answer"))
    pack, problems = load_for_preview(starter / ROOM)
    assert pack is None
    assert [p.message for p in problems] == ["'answer' is missing in puzzle 'helmet-rule'"]


def test_preview_gives_the_whole_pack_when_it_is_valid(starter: Path) -> None:
    pack, problems = load_for_preview(starter / PUZZLES)
    assert pack is not None and problems == []
    assert pack.rooms[0].id == "first-room"


def test_preview_of_a_lone_file_or_a_missing_one_gives_problems(tmp_path: Path) -> None:
    lone = tmp_path / "lone.yaml"
    lone.write_text("puzzles: [{id: x}]\n")
    pack, problems = load_for_preview(lone)
    assert pack is None and problems
    assert load_for_preview(tmp_path / "missing.yaml")[0] is None


def test_a_broken_room_not_listed_in_pack_yaml_is_reported_but_does_not_stop_play(
    starter: Path,
) -> None:
    (starter / "rooms" / "draft.yaml").write_text("id: draft\n")
    assert any(m.startswith("rooms/draft.yaml:1: 'title' is missing") for m in messages(starter))
    pack = load_pack(starter)
    assert [room.id for room in pack.rooms] == ["first-room"]
    assert starter / "rooms" / "draft.yaml" not in pack.documents


def test_a_broken_listed_room_stops_play(starter: Path) -> None:
    edit(starter / ROOM, lambda d: d.pop("exit"))
    with pytest.raises(ContentError) as caught:
        load_pack(starter)
    assert [p.message for p in caught.value.problems] == ["'exit' is missing in the file"]


def test_a_pack_folder_that_does_not_exist_is_named_as_such(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-pack"
    pack, problems = check_pack(missing)
    assert pack is None
    assert [str(p) for p in problems] == [f"{missing}:0:0: error: no such pack folder"]


def test_a_drawn_sign_needs_words_and_a_whole_scene_is_no_sign() -> None:
    from pydantic import ValidationError

    from escape_room.content.models import Image
    from escape_room.kinds.hotspot import HotspotPuzzle

    assert Image(sign="stop", alt={"en": "A STOP sign"}).is_small
    assert not Image(scene="street").is_small
    with pytest.raises(ValidationError, match="needs 'alt'"):
        Image(prop="traffic-light")
    with pytest.raises(ValidationError, match="exactly one"):
        Image(sign="stop", scene="street", alt={"en": "x"})
    hunt = {
        "id": "h",
        "type": "hotspot",
        "title": {"en": "t"},
        "prompt": {"en": "p"},
        "objectives": ["lo1"],
        "source": "S1",
        "image": {"sign": "stop", "alt": {"en": "A STOP sign"}},
        "targets": [{"id": "a", "label": {"en": "a"}, "shape": {"rect": [0, 0, 9, 9]}}],
    }
    with pytest.raises(ValidationError, match="not a 'sign' or 'prop'"):
        HotspotPuzzle.model_validate(hunt)
