"""Real processes: a game killed mid-play loses nothing it recorded; two games share one file."""

from __future__ import annotations

import signal
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from scoring_sample import Sample

from escape_room.model.events import AnswerGiven
from escape_room.scoring.store import ScoreStore

_RECORDING_GAME = """
import sys
from itertools import pairwise
import time
from datetime import datetime, timezone
from pathlib import Path
from escape_room.model.events import AnswerGiven
from escape_room.scoring.store import ScoreStore

data_dir, session_uuid, team_id, player, count = sys.argv[1:6]
store = ScoreStore.open(Path(data_dir), busy_timeout=10)
recorder = store.recorder(session_uuid, team_id, lambda: datetime.now(timezone.utc))
print("ready", flush=True)
while not (Path(data_dir) / "go").exists():
    time.sleep(0.005)
for number in range(1, int(count) + 1):
    recorder.record(AnswerGiven("lab", player, (), "x", False, number, 0, 1.0, 0, 1.0))
    print(number, flush=True)
    time.sleep(0.0005)  # a player's pace, so that neither game keeps the file to itself
"""


def _game(data_dir: Path, sample: Sample, player: str, count: int) -> subprocess.Popen[str]:
    team_id = sample.team_ids["Lapės"]
    argv = [str(data_dir), sample.session.uuid, team_id, player, str(count)]
    return subprocess.Popen(
        [sys.executable, "-c", _RECORDING_GAME, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _start(data_dir: Path, games: list[subprocess.Popen[str]]) -> None:
    """Let the games record once every one of them is ready, so they really run at once."""
    for game in games:
        assert game.stdout is not None and game.stdout.readline() == "ready\n"
    (data_dir / "go").touch()


def _attempts(store: ScoreStore, sample: Sample, player: str) -> list[int]:
    events = store.events(sample.session.uuid, ("answer_given",))[sample.team_ids["Lapės"]]
    return [
        e.event.attempt
        for e in events
        if isinstance(e.event, AnswerGiven) and e.event.puzzle_id == player
    ]


def test_a_game_killed_while_recording_keeps_every_committed_event(
    data_dir: Path, store: ScoreStore, sample: Sample
) -> None:
    game = _game(data_dir, sample, "killed", 100_000)
    _start(data_dir, [game])
    assert game.stdout is not None
    confirmed = [int(game.stdout.readline()) for _ in range(60)]
    game.send_signal(signal.SIGKILL)
    game.wait(timeout=10)
    assert game.returncode == -signal.SIGKILL
    store.close()
    with ScoreStore.open(data_dir) as again:
        stored = _attempts(again, sample, "killed")
        assert stored[: len(confirmed)] == confirmed
        assert stored == list(range(1, len(stored) + 1))
        assert again.read("PRAGMA integrity_check") == [("ok",)]


def test_two_games_recording_at_once_lose_and_mix_up_nothing(
    data_dir: Path, store: ScoreStore, sample: Sample
) -> None:
    games = [_game(data_dir, sample, name, 400) for name in ("one", "two")]
    _start(data_dir, games)
    for game in games:
        _, err = game.communicate(timeout=60)
        assert game.returncode == 0, err
    assert _attempts(store, sample, "one") == list(range(1, 401))
    assert _attempts(store, sample, "two") == list(range(1, 401))
    stored = store.events(sample.session.uuid)[sample.team_ids["Lapės"]]
    assert [e.seq for e in stored] == list(range(1, len(stored) + 1))
    writers = [e.event.puzzle_id for e in stored if isinstance(e.event, AnswerGiven)][-800:]
    switches = sum(a != b for a, b in pairwise(writers))
    assert switches >= 2, "the two games did not write at the same time"
    assert store.read("PRAGMA integrity_check") == [("ok",)]
