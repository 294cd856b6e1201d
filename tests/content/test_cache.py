"""The cache of checked packs is invisible: whatever happens to the pack or to the cache, the game
plays exactly what `load_pack` reads from the files as they are now."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from packtools import edit

from escape_room.content import cache
from escape_room.content.cache import load_for_play
from escape_room.content.pack import Pack, content_hash, load_pack
from escape_room.content.problems import ContentError
from escape_room.paths import bundled_pack


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    """A copy of the bundled pack: every puzzle type, real texts."""
    return Path(shutil.copytree(bundled_pack(), tmp_path / "pack"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def same(played: Pack, root: Path) -> None:
    """`played` is what load_pack reads from `root` now, down to each puzzle's file and place."""
    loaded = load_pack(root)
    assert played == loaded
    assert [room.sources for room in played.rooms] == [room.sources for room in loaded.rooms]
    assert [room.files for room in played.rooms] == [room.files for room in loaded.rooms]
    assert played.warnings == loaded.warnings
    assert content_hash(played) == content_hash(loaded)


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("pack-*.json"))


def test_a_second_start_plays_the_cached_pack_without_reading_yaml(
    pack_dir: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_for_play(pack_dir, folder)
    assert len(entries(folder)) == 1

    def no_checking(path: object) -> None:
        raise AssertionError("the pack was checked again")

    monkeypatch.setattr("escape_room.content.pack.load_pack", no_checking)
    played = load_for_play(pack_dir, folder)
    monkeypatch.undo()
    same(played, pack_dir)


@pytest.mark.parametrize(
    "relative",
    ["pack.yaml", "rooms/street.yaml", "rooms/street/crossing.yaml", "rooms/trip/ticket.yaml"],
)
def test_editing_any_pack_file_plays_the_new_content(
    pack_dir: Path, folder: Path, relative: str
) -> None:
    load_for_play(pack_dir, folder)

    def retitle(data: dict[str, object]) -> None:
        target = data["puzzles"][0] if "puzzles" in data else data  # type: ignore[index]
        target["title"] = {"en": "Edited title", "lt": "Pakeistas pavadinimas"}  # type: ignore[index]

    edit(pack_dir / relative, retitle)
    played = load_for_play(pack_dir, folder)
    same(played, pack_dir)
    assert "Edited title" in repr(played)


def test_a_removed_puzzle_file_and_a_broken_edit_are_noticed(pack_dir: Path, folder: Path) -> None:
    load_for_play(pack_dir, folder)
    (pack_dir / "rooms" / "street" / "speed.yaml").unlink()
    with pytest.raises(ContentError):  # its digit is gone: the street's code cannot be made
        load_pack(pack_dir)
    with pytest.raises(ContentError):
        load_for_play(pack_dir, folder)
    shutil.copy(bundled_pack() / "rooms" / "street" / "speed.yaml", pack_dir / "rooms" / "street")
    same(load_for_play(pack_dir, folder), pack_dir)


def test_a_picture_added_to_the_pack_makes_a_new_entry(pack_dir: Path, folder: Path) -> None:
    load_for_play(pack_dir, folder)
    key = cache.pack_key(pack_dir)
    (pack_dir / "assets").mkdir(exist_ok=True)
    (pack_dir / "assets" / "new.png").write_bytes(b"png")
    assert cache.pack_key(pack_dir) != key
    same(load_for_play(pack_dir, folder), pack_dir)


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json at all",
        b'{"format": 1}\n{}',
        b"\x00\xff" * 100,
    ],
)
def test_an_unreadable_cache_entry_is_ignored_and_written_again(
    pack_dir: Path, folder: Path, damage: bytes
) -> None:
    load_for_play(pack_dir, folder)
    [entry] = entries(folder)
    entry.write_bytes(damage)
    same(load_for_play(pack_dir, folder), pack_dir)
    assert cache.read_entry(entry, cache.pack_key(pack_dir) or "", pack_dir) is not None


def test_a_changed_value_in_the_cached_data_is_caught(pack_dir: Path, folder: Path) -> None:
    version = load_for_play(pack_dir, folder).model.version
    [entry] = entries(folder)
    data = entry.read_bytes()
    written = f'"version":"{version}"'.encode()
    assert written in data
    entry.write_bytes(data.replace(written, b'"version":"0.0-tampered"'))
    played = load_for_play(pack_dir, folder)
    assert played.model.version == version
    same(played, pack_dir)


def test_an_entry_from_another_version_of_the_game_is_not_used(
    pack_dir: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_for_play(pack_dir, folder)
    monkeypatch.setattr(cache, "__version__", "0.0.0-other")
    checked: list[object] = []
    real = load_pack
    monkeypatch.setattr(
        "escape_room.content.pack.load_pack", lambda p: checked.append(p) or real(p)
    )
    same(load_for_play(pack_dir, folder), pack_dir)
    assert checked


def test_an_entry_left_by_a_game_that_read_older_files_is_not_used(
    pack_dir: Path, folder: Path
) -> None:
    # given: one game read the files and, before it wrote its entry, the teacher saved an edit
    old_key = cache.pack_key(pack_dir)
    old = load_pack(pack_dir)
    edit(pack_dir / "pack.yaml", lambda data: data.update(version="9.9"))
    load_for_play(pack_dir, folder)
    # when: the slower game writes what it read
    [entry] = entries(folder)
    cache.write_entry(entry, old_key or "", old)
    # then: the next start sees files that do not match the entry, and plays the new version
    played = load_for_play(pack_dir, folder)
    assert played.model.version == "9.9"
    same(played, pack_dir)


def test_a_read_only_cache_folder_still_plays_the_right_content(
    pack_dir: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_for_play(pack_dir, folder)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:  # root writes anyway: refuse as the file system would for a user

        def refused(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(cache.tempfile, "mkstemp", refused)
    try:
        same(load_for_play(pack_dir, folder), pack_dir)  # the entry is read
        edit(pack_dir / "pack.yaml", lambda data: data.update(version="2.0"))
        played = load_for_play(pack_dir, folder)  # checked, and not kept
        same(played, pack_dir)
        assert played.model.version == "2.0"
        assert len(entries(folder)) == 1
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_cache_folder_that_cannot_be_made_still_plays(pack_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    same(load_for_play(pack_dir, blocker / "cache"), pack_dir)


def test_two_games_starting_at_once_both_play_the_right_content(
    pack_dir: Path, folder: Path
) -> None:
    edit(pack_dir / "pack.yaml", lambda data: data.update(version="3.1"))
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from escape_room.content.cache import load_for_play\n"
        "from escape_room.content.pack import content_hash\n"
        "pack = load_for_play(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "print(pack.model.version, pack.puzzle_count, content_hash(pack))\n"
    )
    command = [sys.executable, "-c", script, str(pack_dir), str(folder)]
    games = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [game.communicate(timeout=120)[0].split() for game in games]
    loaded = load_pack(pack_dir)
    expected = ["3.1", str(loaded.puzzle_count), content_hash(loaded)]
    assert outputs == [expected, expected]
    assert len(entries(folder)) == 1
    assert not list(folder.glob(".pack-*"))  # no half-written files left behind
    same(load_for_play(pack_dir, folder), pack_dir)
