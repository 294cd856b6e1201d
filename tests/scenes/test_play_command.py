"""`escape-room play` as a class starts it: a process that opens the window, runs and exits."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from escape_room.model.events import AnswerGiven, CheckAnswered, RoomEnded
from escape_room.scoring.store import ScoreStore

FIXTURES = Path(__file__).parent.parent / "fixtures"
HEADLESS = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}


def escape_room(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "escape_room", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=HEADLESS)


def test_play_runs_the_given_frames_and_exits_cleanly(tmp_path: Path) -> None:
    result = escape_room("play", "--frames", "90", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "scores.sqlite3").exists()


def test_no_command_plays(tmp_path: Path) -> None:
    result = escape_room("--frames", "5", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr


def test_a_broken_pack_prints_every_problem_and_never_opens(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURES / "mini", pack)
    room = pack / "rooms" / "lab.yaml"
    room.write_text(room.read_text().replace("time_limit: 600", "time_limit: 5\ncolour: red"))
    result = escape_room("play", "--pack", str(pack), "--frames", "5", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(problems) == 2, result.stderr
    assert all(line.startswith(str(room)) for line in problems)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--room", "attic"], "no room 'attic'"), (["--frames", "0"], "1 or more")],
)
def test_wrong_choices_are_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = escape_room(
        "play", "--pack", str(FIXTURES / "mini"), "--data-dir", str(tmp_path), *args
    )
    assert result.returncode == 2
    assert message in result.stderr


def test_autoplay_reaches_the_debrief_and_the_store_holds_the_answers(tmp_path: Path) -> None:
    result = escape_room(
        "play", "--autoplay", "--frames", "20000", "--data-dir", str(tmp_path), timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "reached the debrief" in result.stdout
    with ScoreStore.open(tmp_path) as store:
        session = store.latest_session()
        assert session is not None
        (team,) = store.teams(session.uuid)
        events = [stored.event for stored in store.events(session.uuid)[team.id]]
    assert sum(isinstance(e, AnswerGiven) for e in events) >= 10
    if importlib.util.find_spec("escape_room.scenes.check") is not None:
        assert sum(isinstance(e, CheckAnswered) for e in events) > 0
    assert [e.room_id for e in events if isinstance(e, RoomEnded)] == [
        "street",
        "cycling-day",
        "trip",
        "evening-ride",
        "crossroads",
    ]
