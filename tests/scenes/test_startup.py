"""The title comes first: from the cache, the game draws it from the pack's head alone, before the
pack's models (and pydantic) and the score store; they follow right after the first frame."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from escape_room.app import GameOptions, build_game
from escape_room.content.cache import cached_for_play, head_of, load_for_play
from escape_room.content.pack import Pack, load_pack
from escape_room.paths import bundled_pack
from escape_room.pilot import Pilot
from escape_room.scenes.title import TitleScene
from tests.scenes.fakes import fake_checks, fake_puzzles

_PLAY_ONE_FRAME = """
import sys
from pathlib import Path
from escape_room.app import GameOptions, play
from escape_room.paths import bundled_pack

code = play(bundled_pack(), GameOptions(frames=int(sys.argv[2]), data_dir=sys.argv[1]))
loaded = [name for name in sys.argv[3:] if name in sys.modules]
print(code, ",".join(loaded) or "-", Path(sys.argv[1], "scores.sqlite3").exists())
"""
_LATER = ("pydantic", "escape_room.content.models", "escape_room.scoring.store")


def _play(tmp_path: Path, frames: int) -> list[str]:
    env = {
        **os.environ,
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
        "ESCAPE_ROOM_CACHE": str(tmp_path / "cache"),
    }
    data = str(tmp_path / f"data-{frames}")
    command = [sys.executable, "-c", _PLAY_ONE_FRAME, data, str(frames), *_LATER]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_the_first_title_frame_waits_for_no_models_and_no_store(tmp_path: Path) -> None:
    # the first start checks the pack (pydantic), and still opens no store for a single frame
    assert _play(tmp_path, 1) == ["0", ",".join(_LATER[:2]), "False"]
    # a later start shows the title from the cache alone
    assert _play(tmp_path, 1) == ["0", "-", "False"]
    # a game that goes on builds the models and opens the store after that frame
    assert _play(tmp_path, 2) == ["0", ",".join(_LATER), "True"]


def test_the_cached_head_is_what_the_pack_says(tmp_path: Path) -> None:
    pack = load_pack(bundled_pack())
    assert cached_for_play(bundled_pack(), tmp_path) is None  # nothing kept yet
    load_for_play(bundled_pack(), tmp_path)
    cached = cached_for_play(bundled_pack(), tmp_path)
    assert cached is not None and cached.head == head_of(pack)
    assert cached.load() == pack


def test_the_title_says_whether_scores_are_saved_once_the_store_is_opened(
    mini_pack: Pack, tmp_path: Path
) -> None:
    # given a data folder that cannot be made (a file stands where it would be)
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    options = GameOptions(lang="en", data_dir=str(blocker / "data"), frames=2)
    game = build_game(mini_pack, options, fake_puzzles, fake_checks, scores_later=True)
    pilot = Pilot(game.app)
    # when the first frame is drawn, then the title offers to start, saying nothing yet
    pilot.advance(1)
    assert isinstance(pilot.scene, TitleScene) and pilot.scene._status() == ""
    assert game.ctx.scores is None and pilot.ids()[0] == "title:start"
    # when the store is opened, then the title says the scores are not saved, and why
    game.open_scores()
    assert game.ctx.scores is not None and not game.ctx.scores.saving
    pilot.advance(1)
    assert pilot.ids()[0] == "title:unsaved"
    assert pilot.scene._status() == game.ctx.t("common.not_saved")
