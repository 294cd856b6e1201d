"""The settings are kept between runs; a damaged file gives the defaults and a note, never an
error."""

from __future__ import annotations

import json
from pathlib import Path

from escape_room.ui.settings import Settings, load, save


def test_a_missing_file_gives_the_defaults_without_a_note(tmp_path: Path) -> None:
    loaded = load(tmp_path / "settings.json")
    assert loaded.settings == Settings() and loaded.problem is None


def test_saved_settings_come_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.json"
    chosen = Settings("lt", 175, True, True, True, 25, True, True)
    assert save(chosen, path) is None
    assert load(path) == load(path) and load(path).settings == chosen


def test_a_damaged_file_gives_the_defaults_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for damage in ("{not json", "[1, 2]", "\udcff"):
        path.write_text(damage, encoding="utf-8", errors="surrogateescape")
        loaded = load(path)
        assert loaded.settings == Settings()
        assert loaded.problem is not None and str(path) in loaded.problem


def test_a_value_out_of_range_is_reset_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"lang": "lt", "text_scale": 400, "volume": "loud"}))
    loaded = load(path)
    assert loaded.settings == Settings(lang="lt")
    assert loaded.problem is not None and "text_scale, volume" in loaded.problem


def test_a_folder_that_cannot_be_written_gives_a_problem_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert "could not be saved" in (save(Settings(), blocker / "settings.json") or "")


def test_muting_silences_whatever_the_volume() -> None:
    assert Settings(volume=50).loudness == 0.5 and Settings(volume=50, muted=True).loudness == 0
