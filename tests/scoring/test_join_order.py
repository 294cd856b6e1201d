"""Knowledge-check forms alternate by join order across the class's computers when they reach
the class's LRS, and the live sign says offline until the LRS has answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_sample import Clock, _foxes
from test_lrs import FakeLrs

from escape_room.scoring.live import LiveSender, LrsTarget
from escape_room.scoring.lrs import Credentials, Reply, TransientError
from escape_room.scoring.records import forms_by_join_order
from escape_room.scoring.service import ScoreService

CODE = "K7M-2QX"
TARGET = "https://lrs.example.org/xAPI"


@pytest.mark.parametrize(
    ("earlier", "forms"),
    [
        ([], None),
        ([("2026-03-02T08:00:00.000Z", ("A", "B"))], ("B", "A")),
        ([("2026-03-02T08:00:00.000Z", ("B", "A"))], ("A", "B")),
        (  # a tie: the opposite of the latest team's
            [("2026-03-02T08:05:00.000Z", ("B", "A")), ("2026-03-02T08:00:00.000Z", ("A", "B"))],
            ("A", "B"),
        ),
        (  # two teams got A first offline: B first until the class is even
            [("2026-03-02T08:00:00.000Z", ("A", "B")), ("2026-03-02T08:01:00.000Z", ("A", "B"))],
            ("B", "A"),
        ),
    ],
)
def test_forms_alternate_by_join_order(earlier: list, forms: tuple | None) -> None:  # type: ignore[type-arg]
    assert forms_by_join_order(earlier) == forms


CLOCK = Clock()
"""The class's time, the same on every computer."""


def _team_on(pc: Path, lrs: FakeLrs, name: str, *, online: bool = True) -> tuple[str, str]:
    """One team plays a little on the computer whose data folder is `pc`; its forms."""
    target = LrsTarget(TARGET, Credentials("t", "p"), post=lrs, get=lrs.get)
    scores = ScoreService.open(pc, CLOCK, pc=pc.name, lrs=target)
    scores.class_wait = 60.0  # the background read is waited for, however busy the machine
    scores.join_session(CODE, "mini", "0123456789abcdef", "en")
    scores.expect_team()
    team = scores.start_team(name, ["Fox"], "mini", "0123456789abcdef", "en")
    for event in _foxes()[:3]:
        scores.record(event)
    assert scores.live is not None and scores.live.finish(patience=0).state == (
        "live" if online else "offline"
    )
    scores.close()
    return team.check_forms


def test_teams_joining_on_two_computers_alternate_forms_in_join_order(tmp_path: Path) -> None:
    # given two computers of one class that reach the class's LRS
    lrs = FakeLrs()
    # when teams join in turn on one and the other
    forms = [_team_on(tmp_path / ("pc1", "pc2")[n % 2], lrs, f"Team {n}") for n in range(4)]
    # then the forms alternate by join order across the class, not by computer
    first = forms[0]
    other = ("B", "A") if first == ("A", "B") else ("A", "B")
    assert forms == [first, other, first, other]


def test_without_the_lrs_each_computer_alternates_its_own_teams(tmp_path: Path) -> None:
    down = FakeLrs(*[TransientError("connection refused")] * 50)
    down.get = _refused  # type: ignore[method-assign]
    forms = [
        _team_on(tmp_path / ("pc1", "pc2")[n % 2], down, f"Team {n}", online=False)
        for n in range(4)
    ]
    assert forms[2] != forms[0] and forms[3] != forms[1]  # the offline rule of each computer


def _refused(url: str, headers: dict[str, str]) -> Reply:
    raise TransientError("no answer from lrs.example.org: connection refused")


def test_the_live_sign_says_offline_until_the_lrs_has_answered(tmp_path: Path) -> None:
    scores = ScoreService.open(tmp_path, Clock())
    scores.join_session(CODE, "mini", "0123456789abcdef", "en")
    assert scores.session is not None
    scores.close()
    live = LiveSender(
        tmp_path, scores.session.uuid, TARGET, Credentials("t", "p"), post=FakeLrs(), get=_refused
    )
    assert live.status.state == "offline"  # before any round: nothing has answered
    status = live.run_round()  # nothing waits to be sent, and the LRS does not answer
    assert status.state == "offline" and "connection refused" in status.problem
    lrs = FakeLrs()
    live.get = lrs.get
    live.refresh_class()
    assert live.run_round().state == "live"
    live.finish(patience=0)
