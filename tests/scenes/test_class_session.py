"""A whole class session through the real screens: the teacher starts a session, two teams play
the street room of the bundled pack with the pilot — team setup, each player's knowledge check
before, every puzzle (some wrong first, some after a hint), the exit code, the check after — to
the debrief. Then the CSV, JSON, xAPI and report exports of the command line, the debrief's data
and the class results screen must all show the same figures, and those of the answers given."""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

import pytest

from escape_room.app import Game, GameOptions, build_game
from escape_room.cli import main as cli
from escape_room.content.pack import Pack
from escape_room.content.text import resolve
from escape_room.i18n import local_numbers
from escape_room.model.events import (
    AnswerGiven,
    CheckAnswered,
    HintTaken,
    HotspotOpened,
    RoomEnded,
    RoomStarted,
    Unlocked,
)
from escape_room.pilot import Click, Pilot
from escape_room.scenes.check import CheckScene
from escape_room.scenes.common import Card
from escape_room.scenes.contracts import CONTINUE_ID, HINT_ID
from escape_room.scenes.debrief import DebriefScene
from escape_room.scenes.debrief_data import DebriefData
from escape_room.scenes.facilitator import FacilitatorScene
from escape_room.scenes.keypad import KeypadScene
from escape_room.scenes.room import RoomScene
from escape_room.scenes.title import TitleScene
from escape_room.scoring.display import MISSING, gain, percent
from escape_room.scoring.outcomes import normalised_gain

ROOM = "street"
Style = Literal["right", "wrong_first", "hint_first"]


@dataclass(frozen=True)
class TeamPlan:
    name: str
    nicknames: tuple[str, ...]
    lang: str
    wrong_before: set[tuple[int, int]]
    """Knowledge-check answers given wrong, by (player number, item number); the rest are right."""
    wrong_after: set[tuple[int, int]]
    styles: dict[str, Style] = field(default_factory=dict)
    """How each puzzle is answered; any other is right at the first try."""


CHECK_ITEMS = 12
"""Items in each form of the bundled knowledge check."""

LAPES = TeamPlan(
    "Lapės",
    ("Fox", "Owl"),
    "en",
    wrong_before={(0, 5), (0, 6), (0, 7), (1, 1), (1, 3), (1, 5), (1, 7)},
    wrong_after={(0, 7), (1, 1), (1, 7)},
    styles={
        "sign-shapes": "wrong_first",
        "stopping-distance": "wrong_first",
        "reflector-word": "hint_first",
    },
)
PELEDOS = TeamPlan(
    "Pelėdos",
    ("Rūta", "Jonas", "Ąžuolas"),
    "lt",
    wrong_before={(p, i) for p in range(3) for i in range(CHECK_ITEMS) if (p + i) % 3},
    wrong_after={(p, i) for p in range(3) for i in range(CHECK_ITEMS) if (p + i) % 4 == 3},
    styles={
        "cross-routine": "wrong_first",
        "phone-driver": "wrong_first",
        "speed-risk": "wrong_first",
        "way-to-school": "wrong_first",
        "warning-sign": "hint_first",
    },
)


# --- playing through the screens -------------------------------------------------------------


def start_session(pilot: Pilot, label: str) -> None:
    pilot.click("title:session")
    pilot.click("session:label")
    pilot.type(label)
    pilot.press("return")
    pilot.click("session:back")


def set_up_team(pilot: Pilot, plan: TeamPlan) -> None:
    pilot.click("title:start")
    pilot.click("team:name")
    pilot.type(plan.name)
    for number, nickname in enumerate(plan.nicknames, start=1):
        pilot.click(f"team:player{number}")
        pilot.type(nickname)
    pilot.click(f"team:lang:{plan.lang}")
    pilot.click("team:start")


def answer_check(pilot: Pilot, wrong: set[tuple[int, int]]) -> CheckScene:
    """Each player in turn answers each item of the form: right unless (player, item) is wrong."""
    scene = pilot.scene
    assert isinstance(scene, CheckScene)
    while pilot.scene is scene:
        right = scene.page != "item" or (scene.player, scene.item) not in wrong
        for action in scene.autoplay_actions(right):
            pilot.do(action)
    return scene


def play_room(pilot: Pilot, styles: dict[str, Style]) -> None:
    """Open every hotspot the room lets the team open, solve each puzzle, then open the exit."""
    for _ in range(400):
        scene = pilot.scene
        if isinstance(scene, (CheckScene, DebriefScene)):
            return
        if isinstance(scene, Card):
            pilot.click("card:close", frames=2)
        elif isinstance(scene, KeypadScene):
            room = next(s for s in pilot.app.stack.scenes if isinstance(s, RoomScene))
            for digit in room.run.exit_code or "":
                pilot.click(f"keypad:{digit}")
            pilot.click("keypad:open", frames=2)
        elif isinstance(scene, RoomScene):
            pilot.click(next_target(scene), frames=2)
        else:
            solve(pilot, scene, styles.get(scene.puzzle.id, "right"))  # type: ignore[attr-defined]
    raise AssertionError(f"the room did not end; stuck on {type(pilot.scene).__name__}")


def next_target(room: RoomScene) -> str:
    run = room.run
    for hotspot in room.room.model.hotspots:
        puzzle = hotspot.opens.puzzle
        done = run.is_solved(puzzle) if puzzle else hotspot.id in run.opened
        if not done and not run.missing_items(hotspot):
            return f"hotspot:{hotspot.id}"
    return "exit"


def solve(pilot: Pilot, scene: Any, style: Style) -> None:
    if style == "hint_first":
        pilot.click(HINT_ID, frames=2)
    if style == "wrong_first":
        for action in scene.autoplay_actions(False):
            pilot.do(action, frames=2)
        assert not scene.host.run.is_solved(scene.puzzle.id)
    for action in scene.autoplay_actions(True):
        pilot.do(action, frames=2)
    assert scene.host.run.is_solved(scene.puzzle.id), scene.puzzle.id
    pilot.do(Click(CONTINUE_ID), frames=2)
    assert pilot.scene is not scene


def play_team(pilot: Pilot, plan: TeamPlan) -> tuple[DebriefData, tuple[str, str]]:
    """One team from the title to the debrief and back; the debrief's data and the check forms."""
    set_up_team(pilot, plan)
    before = answer_check(pilot, plan.wrong_before)
    play_room(pilot, plan.styles)
    after = answer_check(pilot, plan.wrong_after)
    debrief = pilot.scene
    assert isinstance(debrief, DebriefScene)
    while debrief.page < len(debrief.pages) - 1:
        pilot.click("debrief:next")
    pilot.click("debrief:finish")
    assert isinstance(pilot.scene, TitleScene)
    return debrief.data, (before.form, after.form)


# --- what the plans should give --------------------------------------------------------------


def expected_check(pack: Pack, plan: TeamPlan, form: str, wrong: set[tuple[int, int]]) -> Counter:  # type: ignore[type-arg]
    """Right and given answers per objective: (objective, 'right'|'given') → count."""
    check = pack.model.knowledge_check
    assert check is not None
    items = check.form_a if form == "A" else check.form_b
    counts: Counter = Counter()  # type: ignore[type-arg]
    for player in range(len(plan.nicknames)):
        for number, item in enumerate(items):
            counts[(item.objective, "given")] += 1
            counts[(item.objective, "right")] += (player, number) not in wrong
    return counts


def expected_first_try(pack: Pack, plan: TeamPlan) -> Counter:  # type: ignore[type-arg]
    counts: Counter = Counter()  # type: ignore[type-arg]
    for puzzle in pack.room(ROOM).puzzles.values():
        for objective in puzzle.objectives:
            counts[(objective, "puzzles")] += 1
            counts[(objective, "right")] += plan.styles.get(puzzle.id) != "wrong_first"
    return counts


# --- reading the exports ---------------------------------------------------------------------


class Figures(HTMLParser):
    """The text of every element of the report that carries a `data-figure` key."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.figures: dict[str, str] = {}
        self._key: str | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._key = dict(attrs).get("data-figure") or self._key

    def handle_data(self, data: str) -> None:
        if self._key:
            self.figures[self._key] = data
            self._key = None


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def fraction(cell: str | float | None) -> float | None:
    return None if cell in ("", None) else float(cell)  # type: ignore[arg-type]


def run_cli(*argv: str) -> None:
    assert cli(list(argv)) == 0, argv


@pytest.fixture
def game(bundled_pack: Pack, tmp_path: Path) -> Game:
    options = GameOptions(lang="en", data_dir=str(tmp_path / "data"), frames=1, seed=5, room=ROOM)
    return build_game(bundled_pack, options)


def test_a_class_plays_and_the_debrief_the_screen_and_every_export_agree(
    game: Game, bundled_pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given: the teacher starts a session and two teams play through the real screens
    pilot = Pilot(game.app)
    start_session(pilot, "7B")
    session = game.ctx.session
    store = game.ctx.scores.store
    assert session is not None and store is not None
    debriefs, forms = {}, {}
    for plan in (LAPES, PELEDOS):
        debriefs[plan.name], forms[plan.name] = play_team(pilot, plan)

    # when: the class results screen is opened and saves its files, and the CLI exports
    screen = open_results(pilot)
    pilot.click("facilitator:export")
    pilot.click("card:close")
    data, out = str(tmp_path / "data"), tmp_path / "out"
    out.mkdir()
    where = ["--data-dir", data, "--session", session.code]
    run_cli("scores", "export", "--format", "csv", "-o", str(out / "class.csv"), *where)
    run_cli("scores", "export", "--format", "json", "-o", str(out / "class.json"), *where)
    run_cli("scores", "export", "--format", "xapi", "-o", str(out / "xapi.json"), *where)
    run_cli("scores", "report", "-o", str(out / "report.html"), *where)
    capsys.readouterr()
    answers = read_csv(out / "class.csv")
    summary = read_csv(out / "class-summary.csv")
    document = json.loads((out / "class.json").read_text(encoding="utf-8"))["sessions"][0]
    statements = json.loads((out / "xapi.json").read_text(encoding="utf-8"))
    report = Figures((out / "report.html").read_text(encoding="utf-8")).figures
    events = {
        team.name: [stored.event for stored in store.events(session.uuid)[team.id]]
        for team in store.teams(session.uuid)
    }
    rows = {(r["team"], r["objective"]): r for r in summary if r["level"] == "team"}

    # then: the forms were counterbalanced, and every answer row is there
    assert set(forms.values()) == {("A", "B"), ("B", "A")}, "the second team takes the others"
    assert [tuple(team["check_forms"]) for team in document["teams"]] == list(forms.values())
    for name, (first, second) in forms.items():
        checks = [row for row in answers if row["team"] == name and row["phase"] != "room"]
        assert {row["form"] for row in checks if row["phase"] == "before"} == {first}
        assert {row["form"] for row in checks if row["phase"] == "after"} == {second}
    given = sum(
        isinstance(e, (AnswerGiven, CheckAnswered)) for team in events.values() for e in team
    )
    wrong_first = sum(s == "wrong_first" for plan in (LAPES, PELEDOS) for s in plan.styles.values())
    puzzles = len(bundled_pack.room(ROOM).puzzles)
    assert given == 2 * puzzles + wrong_first + 2 * CHECK_ITEMS * (2 + 3) == len(answers)
    assert len(answers) == sum(
        e["kind"] in ("answer_given", "check_answered")
        for t in document["teams"]
        for e in t["events"]
    )

    # then: JSON outcomes are the CSV summary
    assert len(document["outcomes"]) == len(summary)
    for from_json, from_csv in zip(document["outcomes"], summary, strict=True):
        for column, value in from_json.items():
            cell = from_csv[column]
            assert cell == "" if value is None else str(value) == cell or float(cell) == value, (
                column
            )

    # then: xAPI has one statement per event, by verb, and a score per player and phase
    verbs = Counter(s["verb"]["id"].rsplit("/", 1)[-1] for s in statements)
    kinds = Counter(type(e).__name__ for team in events.values() for e in team)
    assert verbs == {
        "initialized": kinds[RoomStarted.__name__],
        "accessed": kinds[HotspotOpened.__name__],
        "answered": kinds[AnswerGiven.__name__] + kinds[CheckAnswered.__name__],
        "requested": kinds[HintTaken.__name__],
        "unlocked": kinds[Unlocked.__name__],
        "completed": kinds[RoomEnded.__name__],
        "scored": 2 * (2 + 3),
    }
    assert kinds[HintTaken.__name__] == 2 and kinds[RoomEnded.__name__] == 2

    # then: per team and objective, the debrief, the CSV and what was answered agree
    for plan in (LAPES, PELEDOS):
        debrief = debriefs[plan.name]
        first, second = forms[plan.name]
        before = expected_check(bundled_pack, plan, first, plan.wrong_before)
        after = expected_check(bundled_pack, plan, second, plan.wrong_after)
        first_try = expected_first_try(bundled_pack, plan)
        ids = {resolve(o.title, plan.lang): o.id for o in bundled_pack.model.objectives}
        lines = {ids[line.title]: line for line in debrief.objectives}
        assert set(lines) == {o.id for o in bundled_pack.model.objectives}
        for objective, line in lines.items():
            row = rows[(plan.name, objective)]
            expected_before = (before[(objective, "right")], before[(objective, "given")])
            expected_after = (after[(objective, "right")], after[(objective, "given")])
            assert line.before == expected_before and line.after == expected_after, objective
            assert (line.first_try, line.puzzles) == (
                first_try[(objective, "right")],
                first_try[(objective, "puzzles")],
            ), objective
            assert (int(row["first_try_correct"]), int(row["puzzles"])) == (
                line.first_try,
                line.puzzles,
            )
            assert int(row["check_before_answers"]) == expected_before[1]
            assert fraction(row["check_before"]) == pytest.approx(
                expected_before[0] / expected_before[1], abs=5e-5
            )
            assert fraction(row["check_after"]) == pytest.approx(
                expected_after[0] / expected_after[1], abs=5e-5
            )
            expected_gain = normalised_gain(
                expected_before[0] / expected_before[1], expected_after[0] / expected_after[1]
            )
            assert gain(fraction(row["gain"])) == gain(expected_gain), objective
            assert line.gain == local_numbers(gain(expected_gain), plan.lang), objective
        total = rows[(plan.name, "(all)")]
        assert (
            (debrief.first_try, debrief.answered)
            == (
                int(total["first_try_correct"]),
                int(total["puzzles"]),
            )
            == (puzzles - sum(s == "wrong_first" for s in plan.styles.values()), puzzles)
        )
        assert debrief.hints == int(total["hints"]) == 1
        assert (debrief.score, debrief.max_score) == (
            int(total["room_score"]),
            int(total["room_max"]),
        )
        assert [room.escaped for room in debrief.rooms] == [True] and total["rooms_escaped"] == "1"
        assert debrief.rooms[0].seconds == pytest.approx(float(total["room_seconds"]), abs=1e-3)

    # then: the figures differ between the teams, and some gains cannot be worked out
    lapes, peledos = (rows[(name, "(all)")] for name in ("Lapės", "Pelėdos"))
    assert lapes["check_before"] != peledos["check_before"] and lapes["gain"] != peledos["gain"]
    assert any(r["gain"] == "" for r in summary if r["level"] == "team"), (
        "before was 100% somewhere"
    )

    # then: the class results screen shows the CSV summary's figures, as the report does
    view = screen.view
    assert view is not None and view.session == session
    for team_row in view.teams:
        row = rows[(team_row.name, "(all)")]
        name, escaped, score, time, before_cell, after_cell, gain_cell = team_row.cells()
        assert (name, escaped, score) == (
            row["team"],
            "1 / 1",
            f"{row['room_score']} / {row['room_max']}",
        )
        assert before_cell.startswith(percent(fraction(row["check_before"])))
        assert before_cell.endswith(f"/{row['check_before_answers']}")
        assert after_cell.startswith(percent(fraction(row["check_after"])))
        assert gain_cell == gain(fraction(row["gain"]))
        key = f"team.{team_row.name}"
        assert report[f"{key}.before"] == percent(fraction(row["check_before"]))
        assert report[f"{key}.gain"] == gain_cell and report[f"{key}.time"] == time
    class_rows = {r["objective"]: r for r in summary if r["level"] == "class"}
    assert [row.objective for row in view.objectives] == [o for o in class_rows if o != "(all)"]
    titles = {o.id: resolve(o.title, game.ctx.lang) for o in bundled_pack.model.objectives}
    for objective_row in view.objectives:
        row = class_rows[objective_row.objective]
        title, first_cell, before_cell, after_cell, gain_cell = objective_row.cells()
        assert title == titles[objective_row.objective]
        rate = percent(fraction(row["first_try_rate"]))
        counts = f"{row['first_try_correct']}/{row['puzzles']}"
        assert first_cell == (f"{rate} · {counts}" if int(row["puzzles"]) else MISSING)
        assert before_cell.startswith(percent(fraction(row["check_before"])))
        assert after_cell.startswith(percent(fraction(row["check_after"])))
        assert (
            gain_cell
            == gain(fraction(row["gain"]))
            == report[f"objective.{objective_row.objective}.gain"]
        )
    overview = view.overview.cells()
    assert overview["gain"] == report["class.gain"] == gain(fraction(class_rows["(all)"]["gain"]))
    assert overview["escaped"] == report["class.escaped"] == "2 / 2"
    shown = [tuple(local_numbers(c, game.ctx.lang) for c in row.cells()) for row in view.teams]
    assert shown == [r for p in screen.pages if p.kind == "teams" for r in p.rows]

    # then: the files the screen saved are those of the command line
    saved = {path.name: path for path in screen.saved}
    stem = f"7B-{session.code}"
    assert (out / "class.csv").read_bytes() == saved[f"{stem}.csv"].read_bytes()
    assert (out / "class-summary.csv").read_bytes() == saved[f"{stem}-summary.csv"].read_bytes()
    assert Figures(saved[f"{stem}-report.html"].read_text(encoding="utf-8")).figures == report
    store.close()


def open_results(pilot: Pilot) -> FacilitatorScene:
    pilot.click("title:results")
    scene = pilot.scene
    assert isinstance(scene, FacilitatorScene)
    return scene
