"""A class on three computers: each joins the facilitator's session by its code, plays, exports;
the facilitator merges the exports into one session with three teams told apart."""

from __future__ import annotations

import csv
import random
from datetime import datetime, timezone
from pathlib import Path

import pytest
from test_class_session import TeamPlan, set_up_team
from test_play_command import FIXTURES, escape_room

from escape_room.app import GameOptions, build_game
from escape_room.content.pack import Pack
from escape_room.i18n import t
from escape_room.pilot import Pilot
from escape_room.scenes.session_setup import SessionSetupScene
from escape_room.scoring.store import ScoreStore

MINI = str(FIXTURES / "mini")
START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def test_three_computers_join_one_class_session_by_code(tmp_path: Path) -> None:
    teacher = str(tmp_path / "teacher")
    made = escape_room("session", "new", "--class", "7B", "--pack", MINI, "--data-dir", teacher)
    assert made.returncode == 0, made.stderr
    code = made.stdout.strip()
    exports = []
    for pc in ("PC-1", "PC-2", "PC-3"):
        data = str(tmp_path / pc)
        played = escape_room(
            "play", "--pack", MINI, "--autoplay", "--frames", "20000", "--session",
            code.lower(), "--pc", pc, "--data-dir", data,
        )  # fmt: skip
        assert played.returncode == 0, played.stderr
        export = tmp_path / f"{pc}.json"
        exported = escape_room(
            "scores", "export", "--all", "--format", "json", "-o", str(export), "--data-dir", data
        )
        assert exported.returncode == 0, exported.stderr
        exports.append(str(export))
    merged = escape_room("scores", "merge", *exports, "--data-dir", teacher)
    assert merged.returncode == 0 and "0 new session(s), 3 new team(s)" in merged.stdout

    answers = tmp_path / "class.csv"
    assert escape_room(
        "scores", "export", "--session", code, "--format", "csv", "-o", str(answers),
        "--data-dir", teacher,
    ).returncode == 0  # fmt: skip
    rows = list(csv.DictReader(answers.read_text(encoding="utf-8-sig").splitlines()))
    assert {row["class"] for row in rows} == {"7B"} and {row["session"] for row in rows} == {code}
    teams = sorted({row["team"] for row in rows})
    assert len(teams) == 3

    report = tmp_path / "class.html"
    assert escape_room(
        "scores", "report", "--session", code, "--pack", MINI, "-o", str(report),
        "--data-dir", teacher,
    ).returncode == 0  # fmt: skip
    html = report.read_text(encoding="utf-8")
    assert all(team in html for team in teams) and "PC-3 · forms" in html


def test_a_session_option_that_is_not_a_code_is_a_usage_error(tmp_path: Path) -> None:
    result = escape_room("play", "--session", "HELLO", "--frames", "1", "--data-dir", str(tmp_path))
    assert result.returncode == 2 and "not a session code" in result.stderr


def test_the_session_screen_joins_a_session_by_its_code(mini_pack: Pack, tmp_path: Path) -> None:
    with ScoreStore.open(tmp_path / "teacher") as teacher:
        made = teacher.new_session("7B", "mini", "h", "en", START, random.Random(3))
    game = build_game(mini_pack, GameOptions("en", str(tmp_path / "pc2"), frames=1, pc="PC-2"))
    pilot = Pilot(game.app)
    pilot.click("title:session")
    pilot.click("session:code")
    pilot.type("HELLO")
    pilot.press("return")
    scene = pilot.scene
    assert isinstance(scene, SessionSetupScene)
    assert scene.message == t("session.bad_code", "en") and game.ctx.session is None
    pilot.click("session:code")
    for _ in "HELLO":
        pilot.press("backspace")
    pilot.type(made.code.lower())
    pilot.click("session:join")
    joined = game.ctx.session
    assert joined is not None and (joined.uuid, joined.code) == (made.uuid, made.code)
    assert scene.message == ""
    pilot.click("session:back")
    set_up_team(pilot, TeamPlan("Foxes", ("Fox",), "en", set(), set()))
    team = game.ctx.team
    assert team is not None and (team.session_uuid, team.pc) == (made.uuid, "PC-2")


def test_a_session_the_store_refuses_is_explained_in_plain_words(
    mini_pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    game = build_game(mini_pack, GameOptions("lt", str(tmp_path / "pc"), frames=1))
    assert game.ctx.scores is not None and game.ctx.scores.store is not None
    store = game.ctx.scores.store
    pages = store.read("PRAGMA page_count")[0][0]
    store.read(f"PRAGMA max_page_count = {pages}")  # the disk is full
    said = game.flow.start_session("5B " + "x" * 5000)
    why = t("saving.disk_full", "lt")
    assert said == t("session.failed", "lt", problem=why) and game.ctx.session is None
    assert str(store.path) in capsys.readouterr().err
