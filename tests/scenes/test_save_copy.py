"""The debrief saves a copy of the team's scores in another folder (a USB stick), chosen without
a native dialog, and says where it went or, in plain words, why it could not."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from escape_room.content.pack import Pack
from escape_room.model.events import HotspotOpened
from escape_room.pilot import Pilot
from escape_room.scenes.save_copy import SaveCopyScene, removable_folders
from escape_room.scoring.service import ScoreService
from escape_room.scoring.store import ScoreStore
from tests.scenes.conftest import fixed_now
from tests.scenes.test_debrief import shown


@pytest.fixture
def debrief(mini_pack: Pack, tmp_path: Path) -> Pilot:
    pilot, scene = shown(mini_pack, tmp_path)
    scores = ScoreService(ScoreStore.open(tmp_path / "data"), fixed_now)
    scores.start_session("5B", mini_pack.model.id, "hash", "en")
    scores.start_team("Lapės", ["Fox"], mini_pack.model.id, "hash", "en")
    scores.record(HotspotOpened("lab", "sign", 5.0))
    scene.ctx.scores = scores
    return pilot


def _save_in(pilot: Pilot, folder: Path) -> SaveCopyScene:
    pilot.click("debrief:copy")
    scene = pilot.scene
    assert isinstance(scene, SaveCopyScene)
    scene.folder.value = str(folder)
    pilot.click("copy:save")
    return scene


def test_a_copy_goes_into_the_folder_typed_and_the_debrief_says_where(
    debrief: Pilot, tmp_path: Path
) -> None:
    # given a USB stick's folder, when the team saves a copy there
    stick = tmp_path / "STICK"
    stick.mkdir()
    scene = _save_in(debrief, stick)
    # then the copy is there, in the format `scores merge` takes, and both screens say so
    (copy,) = stick.iterdir()
    assert json.loads(copy.read_text(encoding="utf-8"))
    assert not scene.failed and str(copy) in scene.message
    debrief.click("copy:back")
    assert str(copy) in debrief.scene.saved  # type: ignore[attr-defined]


def test_a_folder_that_is_not_there_is_named_and_nothing_is_written(
    debrief: Pilot, tmp_path: Path
) -> None:
    scene = _save_in(debrief, tmp_path / "gone")
    assert scene.failed and str(tmp_path / "gone") in scene.message
    assert not (tmp_path / "gone").exists()


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "the drive is full"), (errno.EACCES, "cannot be written to")],
)
def test_a_failed_copy_says_why_in_plain_words(
    debrief: Pilot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    def fail(folder: Path) -> Path:
        raise OSError(code, "system words")

    scores = debrief.scene.ctx.scores
    assert scores is not None
    monkeypatch.setattr(scores, "save_copy", fail)
    scene = _save_in(debrief, tmp_path)
    assert scene.failed and words in scene.message


def test_a_drive_offered_is_chosen_with_one_click(debrief: Pilot, tmp_path: Path) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()
    scene = SaveCopyScene(debrief.scene.ctx, [stick])
    debrief.scene.stack.push(scene)
    debrief.click("copy:drive:0")
    assert scene.folder.value == str(stick)


def test_removable_drives_are_the_folders_mounted_under_the_media_roots(tmp_path: Path) -> None:
    (tmp_path / "media" / "USB STICK").mkdir(parents=True)
    (tmp_path / "Volumes" / "Macintosh HD").mkdir(parents=True)
    (tmp_path / "Volumes" / "KINGSTON").mkdir()
    roots = [tmp_path / "media", tmp_path / "Volumes", tmp_path / "nowhere"]
    found = [p.name for p in removable_folders(roots)]
    assert found == ["USB STICK", "KINGSTON"]
