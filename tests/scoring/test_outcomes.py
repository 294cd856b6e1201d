"""Outcomes are derived from the events: first tries, attempts, hints, time, rooms, knowledge."""

from __future__ import annotations

import pytest
from scoring_sample import Sample

from escape_room.scoring.display import gain, percent
from escape_room.scoring.outcomes import (
    Knowledge,
    Tally,
    normalised_gain,
    session_outcomes,
    team_outcome,
)
from escape_room.scoring.store import ScoreStore


def test_a_team_s_puzzles_count_first_tries_attempts_hints_and_time(
    store: ScoreStore, sample: Sample
) -> None:
    foxes = team_outcome(store, sample.session.uuid, sample.team_ids["Lapės"])
    mc, num, order = foxes.puzzles
    assert (mc.puzzle_id, mc.attempts, mc.first_try_correct, mc.solved) == ("mc", 2, False, True)
    assert (mc.hints, mc.seconds, mc.points) == (1, 20.0, 10)
    assert (num.first_try_correct, num.seconds) == (True, 20.5)
    assert order.objectives == ("lo1-crossing", "lo2-signs")
    assert foxes.first_try == Tally(2, 3)


def test_objectives_gather_the_puzzles_linked_to_them(store: ScoreStore, sample: Sample) -> None:
    foxes = team_outcome(store, sample.session.uuid, sample.team_ids["Lapės"])
    signs, crossing = foxes.objectives["lo2-signs"], foxes.objectives["lo1-crossing"]
    assert (signs.puzzles, signs.first_try_correct, signs.attempts, signs.hints) == (2, 1, 3, 1)
    assert signs.seconds == 30.0 and signs.first_try_rate == 0.5
    assert (crossing.puzzles, crossing.first_try_correct, crossing.seconds) == (2, 2, 30.5)


def test_rooms_give_score_escape_and_time(store: ScoreStore, sample: Sample) -> None:
    outcome = session_outcomes(store, sample.session.uuid)
    foxes, sharks = outcome.teams
    assert (foxes.score, foxes.max_score, foxes.escaped, foxes.seconds) == (25, 30, 1, 612.5)
    assert (sharks.score, sharks.escaped, sharks.seconds) == (15, 0, 600.0)
    assert outcome.teams_escaped == 1


def test_knowledge_before_and_after_with_normalised_gain(store: ScoreStore, sample: Sample) -> None:
    foxes, sharks = session_outcomes(store, sample.session.uuid).teams
    assert foxes.knowledge == Knowledge(Tally(1, 2), Tally(2, 2))
    assert foxes.knowledge.gain == 1.0
    assert sharks.knowledge.before.fraction == 1.0
    assert sharks.knowledge.gain is None
    assert sharks.objectives["lo1-crossing"].knowledge.after == Tally(1, 2)


def test_each_player_has_their_own_knowledge_check(store: ScoreStore, sample: Sample) -> None:
    foxes = team_outcome(store, sample.session.uuid, sample.team_ids["Lapės"])
    fox, owl = foxes.players
    assert (fox.nickname, fox.knowledge.gain) == ("Fox", None)
    assert (owl.nickname, owl.knowledge.before.fraction, owl.knowledge.gain) == ("Owl", 0.0, 1.0)
    assert owl.objectives["lo1-crossing"] == owl.knowledge


def test_class_figures_pool_every_answer(store: ScoreStore, sample: Sample) -> None:
    outcome = session_outcomes(store, sample.session.uuid)
    crossing = outcome.objectives["lo1-crossing"]
    assert (crossing.puzzles, crossing.first_try_correct) == (3, 2)
    assert crossing.knowledge == Knowledge(Tally(3, 4), Tally(3, 4))
    assert crossing.knowledge.gain == 0.0
    assert outcome.first_try == Tally(3, 5)
    assert [(m.puzzle_id, m.teams, m.missed) for m in outcome.most_missed] == [
        ("mc", 2, 1),
        ("num", 2, 1),
    ]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [(0.5, 1.0, 1.0), (0.5, 0.25, -0.5), (0.0, 0.4, 0.4), (1.0, 1.0, None), (None, 0.5, None)],
)
def test_normalised_gain(before: float | None, after: float | None, expected: float | None) -> None:
    assert normalised_gain(before, after) == expected


def test_undefined_figures_show_as_a_dash() -> None:
    assert (percent(None), gain(None)) == ("—", "—")
    assert (percent(0.755), gain(0.5), gain(-0.25)) == ("76%", "+0.50", "−0.25")


def test_an_unknown_session_is_a_lookup_error(store: ScoreStore) -> None:
    with pytest.raises(LookupError):
        session_outcomes(store, "no-such-session")
