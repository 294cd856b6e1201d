"""The game's scores service: a team's events are kept whether or not the store takes them, the
debrief's outcome is the exports' outcome, and a copy saved elsewhere merges back whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from scoring_sample import Clock, _foxes

from escape_room.scoring.merge import merge_files
from escape_room.scoring.outcomes import summarise
from escape_room.scoring.service import ScoreService
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore


def _play(scores: ScoreService, events: int | None = None) -> None:
    scores.start_team("Lapės", ["Fox", "Owl"], "mini", "0123456789abcdef", "lt")
    for event in _foxes()[:events]:
        scores.record(event)


def _exported_outcome(data_dir: Path, scores: ScoreService):  # type: ignore[no-untyped-def]
    assert scores.session is not None and scores.team is not None
    with ScoreStore.open(data_dir) as store:
        outcome = summarise(load_session(store, scores.session.uuid))
    (team,) = [t for t in outcome.teams if t.team.id == scores.team.id]
    return team


def _copy_merges_as_played(scores: ScoreService, tmp_path: Path) -> Path:
    """The team's copy (saved as the debrief saves it, then the game closed) merged into a
    teacher's store gives the outcome the game showed; the copy."""
    copy = scores.save_copy(tmp_path)
    scores.close()
    with ScoreStore.open(tmp_path / "teacher") as teacher:
        merge_files(teacher, [copy])
    assert scores.team_outcome() == _exported_outcome(tmp_path / "teacher", scores)
    return copy


def test_saved_scores_give_the_debrief_the_exports_outcome(data_dir: Path) -> None:
    scores = ScoreService.open(data_dir, Clock())
    _play(scores)
    assert scores.saved and scores.unsaved == 0
    assert scores.team_outcome() == _exported_outcome(data_dir, scores)
    scores.close()


def test_unsaved_scores_are_kept_and_a_copy_merges_into_a_store_as_played(
    tmp_path: Path,
) -> None:
    scores = ScoreService(None, Clock())
    _play(scores)
    assert not scores.saved and scores.unsaved == len(_foxes())
    copy = _copy_merges_as_played(scores, tmp_path)
    assert copy.parent == tmp_path and copy.suffix == ".json"


def test_a_session_deleted_while_a_team_plays_leaves_its_events_in_memory(
    data_dir: Path, tmp_path: Path
) -> None:
    scores = ScoreService.open(data_dir, Clock())
    _play(scores, events=5)
    assert scores.session is not None and scores.store is not None
    with ScoreStore.open(data_dir) as other:
        other.delete_session(scores.session.code)
    for event in _foxes()[5:]:
        scores.record(event)
    assert not scores.saved and scores.problem is not None
    assert "deleted" in scores.problem
    assert len(scores.events) == len(_foxes())
    _copy_merges_as_played(scores, tmp_path)


def test_a_team_that_cannot_be_added_to_the_store_plays_on_in_memory(
    data_dir: Path, tmp_path: Path
) -> None:
    scores = ScoreService.open(data_dir, Clock())
    session = scores.start_session("5B", "mini", "0123456789abcdef", "lt")
    with ScoreStore.open(data_dir) as other:  # the facilitator deletes it on this computer
        other.delete_session(session.code)
    _play(scores)
    assert scores.team is not None and scores.team.session_uuid == session.uuid
    assert not scores.recording and scores.reason == "session_deleted"
    assert not scores.saved and scores.unsaved == len(_foxes())
    _copy_merges_as_played(scores, tmp_path)


def test_a_team_needs_a_name(data_dir: Path) -> None:
    scores = ScoreService.open(data_dir, Clock())
    with pytest.raises(ValueError, match="name"):
        scores.start_team("  ", ["Fox"], "mini", "0123456789abcdef", "lt")
    scores.close()


@pytest.mark.parametrize("removed", ["file", "folder"])
def test_a_scores_file_deleted_while_a_team_plays_is_not_written_into(
    data_dir: Path, tmp_path: Path, removed: str
) -> None:
    scores = ScoreService.open(data_dir, Clock())
    _play(scores, events=5)
    assert scores.store is not None
    if removed == "folder":
        shutil.rmtree(data_dir)
    else:
        for file in data_dir.glob(scores.store.path.name + "*"):
            file.unlink()
    for event in _foxes()[5:]:
        scores.record(event)
    assert not scores.saved and scores.problem is not None
    assert "deleted" in scores.problem and scores.reason == "folder_gone"
    assert scores.unsaved == len(_foxes()) - 5
    _copy_merges_as_played(scores, tmp_path)


def test_a_full_disk_keeps_the_events_and_says_so(data_dir: Path) -> None:
    scores = ScoreService.open(data_dir, Clock())
    _play(scores, events=2)
    assert scores.store is not None
    pages = scores.store.read("PRAGMA page_count")[0][0]
    scores.store.read(f"PRAGMA max_page_count = {pages}")  # no room for one more page
    for event in _foxes()[2:] * 20:
        scores.record(event)
    assert scores.problem is not None and "disk is full" in scores.problem
    assert scores.unsaved > 0 and len(scores.events) == 2 + 20 * (len(_foxes()) - 2)
    scores.store.read("PRAGMA max_page_count = 1000000")
    assert scores.flush() == 0 and scores.saved
    assert scores.team_outcome() == _exported_outcome(data_dir, scores)
    scores.close()
