"""The dashboard's progress model: statements in, each team's row and the most missed out."""

from __future__ import annotations

import random
from datetime import timedelta

from class_statements import START, answer, played, team

from escape_room.model.events import CheckAnswered, HintTaken, RoomEnded, RoomStarted, Unlocked
from escape_room.scoring.classprogress import MissedObjective, ProgressModel, RoomPlan

ROOMS = {"lab": RoomPlan("The lab", 3, 600.0), "street": RoomPlan("The street", 4, 900.0)}
FOXES, OWLS, HARES = team("Foxes", 1), team("Owls", 2), team("Hares", 3, ("Hare",))


def _at(minutes: float) -> object:
    return START + timedelta(minutes=minutes)


def test_a_team_in_a_room_shows_its_solved_puzzles_hints_score_and_time_left() -> None:
    model = ProgressModel(ROOMS)
    model.add(
        played(
            FOXES,
            [
                (0, RoomStarted("lab", 600.0)),
                (30, HintTaken("lab", "p1", 0, 5, 30.0)),
                (40, answer("p1", False)),
                (50, answer("p1", True)),
                (60, answer("p2", True)),
                (65, answer("p2", True)),  # the same puzzle counts once as solved
            ],
        )
    )
    [row] = model.progress(_at(2)).teams
    assert (row.name, row.room, row.solved, row.puzzles, row.hints) == ("Foxes", "lab", 2, 3, 1)
    assert row.score == 30 and row.time_left == 480.0 and row.status == "playing"


def test_a_team_with_no_progress_for_the_stuck_time_is_stuck_until_it_solves_something() -> None:
    model = ProgressModel(ROOMS, stuck_after=180)
    model.add(played(FOXES, [(0, RoomStarted("lab", 600.0)), (60, answer("p1", True))]))
    assert model.progress(_at(3.9)).teams[0].status == "playing"
    assert model.progress(_at(4.0)).teams[0].status == "stuck"
    model.add(
        played(
            FOXES,
            [
                (0, RoomStarted("lab", 600.0)),
                (60, answer("p1", True)),
                (250, Unlocked("lab", "clue", "c1", 250.0)),
            ],
        )
    )
    assert model.progress(_at(4.0)).teams[0].status == "playing"


def test_wrong_answers_are_no_progress() -> None:
    model = ProgressModel(ROOMS, stuck_after=60)
    model.add(
        played(
            FOXES,
            [
                (0, RoomStarted("lab", 600.0)),
                (10, answer("p1", True)),
                (50, answer("p2", False)),
                (90, answer("p2", False)),
            ],
        )
    )
    assert model.progress(_at(80 / 60)).teams[0].status == "stuck"


def test_a_team_that_joined_but_answered_no_puzzle_has_not_started() -> None:
    model = ProgressModel(ROOMS)
    quiz = CheckAnswered("before", "A", "a1", "lo1", "Hare", "x", False)
    model.add(played(HARES, [(0, quiz)]))
    model.add(played(OWLS, [(10, RoomStarted("lab", 600.0))]))
    progress = model.progress(_at(1))
    hares, owls = progress.teams
    assert hares.name == "(Hare)" and hares.status == "not_started" and hares.time_left is None
    assert owls.status == "not_started" and owls.time_left == 550.0
    assert progress.count("not_started") == 2
    assert progress.missed == []  # a quiz answer is not a puzzle answer


def test_a_team_seen_first_by_a_players_quiz_answer_gets_its_name_once_the_team_plays() -> None:
    model = ProgressModel(ROOMS)
    statements = played(
        HARES,
        [
            (0, CheckAnswered("before", "A", "a1", "lo1", "Hare", "x", True)),
            (5, RoomStarted("lab", 600.0)),
        ],
    )
    model.add(statements[:1])
    assert model.progress(_at(1)).teams[0].name == "(Hare)"
    model.add(statements[1:])
    assert [t.name for t in model.progress(_at(1)).teams] == ["Hares"]


def test_a_room_ended_is_done_with_how_it_ended_and_the_next_room_starts_afresh() -> None:
    model = ProgressModel(ROOMS)
    events = [
        (0, RoomStarted("lab", 600.0)),
        (10, answer("p1", True)),
        (20, HintTaken("lab", "p2", 0, 5, 20.0)),
        (600, RoomEnded("lab", False, 600, 10, 30, 600)),
    ]
    model.add(played(FOXES, events))
    row = model.progress(_at(20)).teams[0]
    assert (row.status, row.escaped, row.time_left, row.score) == ("done", False, None, 10)
    model.add(played(FOXES, [*events, (700, RoomStarted("street", 900.0))]))
    row = model.progress(_at(12)).teams[0]
    assert (row.room, row.solved, row.puzzles, row.hints, row.score) == ("street", 0, 4, 0, 10)
    assert row.status == "playing" and row.time_left == 900 - 20


def test_each_statement_counts_once_however_often_it_is_read() -> None:
    model = ProgressModel(ROOMS)
    statements = played(
        FOXES, [(0, RoomStarted("lab", 600.0)), (10, answer("p1", False)), (20, answer("p1", True))]
    )
    assert model.add(statements) == 3
    assert model.add(statements) == 0
    assert model.add(statements[1:] + statements[:1]) == 0
    row = model.progress(_at(1)).teams[0]
    assert (row.solved, row.score) == (1, 10)
    assert model.progress(_at(1)).missed == [MissedObjective("lo1", 1, 2)]


def test_statements_arriving_late_and_out_of_order_give_the_same_rows() -> None:
    events = [
        (0, RoomStarted("lab", 600.0)),
        (10, answer("p1", True)),
        (20, HintTaken("lab", "p2", 0, 5, 20.0)),
        (30, answer("p2", False)),
        (600, RoomEnded("lab", True, 600, 10, 30, 600)),
        (650, RoomStarted("street", 900.0)),
        (700, answer("s1", True, room="street")),
    ]
    statements = played(FOXES, events)
    in_order, shuffled = ProgressModel(ROOMS), ProgressModel(ROOMS)
    in_order.add(statements)
    mixed = statements[:]
    random.Random(4).shuffle(mixed)
    for start in range(0, len(mixed), 2):  # two at a time, as reads that overlap would bring them
        shuffled.add(mixed[max(0, start - 1) : start + 2])
    assert shuffled.progress(_at(13)) == in_order.progress(_at(13))
    assert in_order.progress(_at(13)).teams[0].room == "street"
    assert in_order.latest == START + timedelta(seconds=700)


def test_teams_are_listed_in_the_order_they_joined() -> None:
    model = ProgressModel(ROOMS)
    model.add(played(OWLS, [(60, RoomStarted("lab", 600.0))]))
    model.add(played(HARES, [(90, RoomStarted("lab", 600.0))]))
    model.add(played(FOXES, [(30, RoomStarted("lab", 600.0))]))  # delivered last, joined first
    assert [t.name for t in model.progress(_at(2)).teams] == ["Foxes", "Owls", "Hares"]


def test_the_most_missed_objectives_come_first_three_at_most() -> None:
    model = ProgressModel(ROOMS)
    wrong = {"lo1": 1, "lo2": 3, "lo3": 2, "lo4": 2, "lo5": 0}
    timed = [(0.0, RoomStarted("lab", 600.0))]
    for objective, misses in wrong.items():
        for number in range(misses):
            timed.append((len(timed), answer(f"{objective}-{number}", False, (objective,))))
        timed.append((len(timed), answer(f"{objective}-ok", True, (objective,))))
    timed.append((len(timed), answer("lo4-ok2", True, ("lo4",))))
    model.add(played(FOXES, timed))
    assert model.progress(_at(1)).missed == [
        MissedObjective("lo2", 3, 4),
        MissedObjective("lo3", 2, 3),
        MissedObjective("lo4", 2, 4),
    ]


def test_a_room_the_pack_does_not_know_shows_no_total_and_no_time_left() -> None:
    model = ProgressModel({})
    model.add(played(FOXES, [(0, RoomStarted("lab", 600.0)), (5, answer("p1", True))]))
    row = model.progress(_at(1)).teams[0]
    assert (row.solved, row.puzzles, row.time_left) == (1, 0, None)


def test_statements_that_are_not_the_games_are_ignored() -> None:
    model = ProgressModel(ROOMS)
    foreign = {"id": "x1", "actor": {"mbox": "mailto:a@b.c"}, "verb": {"id": "v"}, "object": {}}
    no_time = {**played(FOXES, [(0, RoomStarted("lab", 600.0))])[0], "timestamp": None}
    assert model.add([foreign, no_time, {"verb": {}}]) == 0
    assert model.progress(_at(1)).teams == []
