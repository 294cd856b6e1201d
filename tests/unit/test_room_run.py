"""The pure room rules: hotspots, answers, hints, rewards, the exit lock and the clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from escape_room.content.pack import Room, load_pack
from escape_room.content.text import normalise
from escape_room.model.answers import check, correct_response, describe
from escape_room.model.events import (
    AnswerGiven,
    Event,
    HintTaken,
    HotspotOpened,
    RoomEnded,
    RoomStarted,
    Unlocked,
)
from escape_room.model.run import RoomRun


@pytest.fixture
def room(mini_pack_dir: Path) -> Room:
    return load_pack(mini_pack_dir).room("lab")


@pytest.fixture
def events() -> list[Event]:
    return []


@pytest.fixture
def run(room: Room, events: list[Event]) -> RoomRun:
    run = RoomRun(room, emit=events.append)
    run.start()
    return run


def test_a_started_room_emits_its_time_limit(run: RoomRun, events: list[Event]) -> None:
    assert events == [RoomStarted("lab", 600, 0.0)]


def test_opening_a_puzzle_hotspot_reports_the_puzzle_once(
    run: RoomRun, events: list[Event]
) -> None:
    first = run.open_hotspot("h-mc")
    run.open_hotspot("h-mc")
    assert (first.kind, first.puzzle_id) == ("puzzle", "mc")
    assert [e for e in events if isinstance(e, HotspotOpened)] == [
        HotspotOpened("lab", "h-mc", 0.0)
    ]


def test_a_hotspot_that_needs_an_item_stays_locked_until_the_item_is_held(run: RoomRun) -> None:
    assert run.open_hotspot("h-box").missing == ("key",)
    assert run.open_hotspot("h-key").kind == "item"
    assert run.holds("key")
    assert run.open_hotspot("h-box").kind == "puzzle"


def test_a_wrong_answer_shows_the_option_feedback_and_costs_a_quarter(
    run: RoomRun, events: list[Event]
) -> None:
    run.open_hotspot("h-mc")
    run.tick(12.5)
    wrong = run.answer("mc", frozenset({"disc"}))
    right = run.answer("mc", frozenset({"tri", "red-tri"}))
    assert not wrong.correct and wrong.feedback == {
        "en": "That one says what you must do.",
        "lt": "Tas sako, ką privalote daryti.",
    }
    assert right.correct and right.attempt == 2 and right.points == 10 - 10 // 4
    answers = [e for e in events if isinstance(e, AnswerGiven)]
    assert [(a.correct, a.attempt, a.seconds_on_task) for a in answers] == [
        (False, 1, 12.5),
        (True, 2, 0.0),
    ]
    assert answers[0].objectives == ("lo2-signs",) and answers[0].response == "disc"


def test_multiple_choice_needs_all_correct_options_and_no_others(room: Room) -> None:
    puzzle = room.puzzles["mc"]
    assert not check(puzzle, frozenset({"tri"}), room).correct
    assert not check(puzzle, frozenset({"tri", "red-tri", "disc"}), room).correct
    assert check(puzzle, frozenset({"red-tri", "tri"}), room).correct


def test_hints_are_shown_in_order_and_their_cost_comes_off_the_points(
    run: RoomRun, events: list[Event]
) -> None:
    run.open_hotspot("h-mc")
    first, second, third = run.take_hint("mc"), run.take_hint("mc"), run.take_hint("mc")
    assert first is not None and second is not None and third is None
    assert [e.cost for e in events if isinstance(e, HintTaken)] == [3, 5]
    assert run.answer("mc", correct_response(run.room.puzzles["mc"], run.room)).points == 2


def test_numeric_answers_within_the_tolerance_are_right(room: Room) -> None:
    puzzle = room.puzzles["num"]
    assert [check(puzzle, value, room).correct for value in (33.9, 34, 38, 38.1)] == [
        False,
        True,
        True,
        False,
    ]
    assert describe(puzzle, 36.0) == "36"


def test_solving_the_code_puzzles_opens_the_door_with_their_digits(
    run: RoomRun, events: list[Event]
) -> None:
    run.answer("mc", frozenset({"tri", "red-tri"}))
    run.answer("num", 36)
    assert run.exit_code == "47"
    assert [e.digit for e in run.inventory if e.kind == "digit"] == ["4", "7"]
    assert not run.try_exit("74")
    assert run.try_exit("47") and run.escaped and run.ended
    ended = events[-1]
    assert isinstance(ended, RoomEnded) and ended.escaped and ended.score == 20
    assert Unlocked("lab", "exit", "exit", 0.0) in events


def test_the_room_ends_unescaped_when_time_runs_out(run: RoomRun, events: list[Event]) -> None:
    run.open_hotspot("h-mc")
    run.tick(599.0)
    assert not run.ended and run.time_left == pytest.approx(1.0)
    run.tick(5.0)
    assert run.ended and not run.escaped
    assert isinstance(events[-1], RoomEnded) and events[-1].seconds == 600


def test_missed_puzzles_are_the_unsolved_and_those_wrong_at_first(run: RoomRun) -> None:
    run.answer("mc", frozenset({"disc"}))
    run.answer("mc", frozenset({"tri", "red-tri"}))
    run.answer("num", 36)
    assert run.missed() == ["mc", "order"]


def test_a_clue_hotspot_adds_its_clue_to_the_inventory_once(run: RoomRun) -> None:
    run.open_hotspot("h-note")
    run.open_hotspot("h-note")
    assert [e.kind for e in run.inventory] == ["clue"]


def test_text_answers_ignore_case_spacing_and_diacritics() -> None:
    assert normalise("  Šviesą   ATSPINDINTIS ") == "sviesa atspindintis"


def test_every_correct_response_is_accepted(room: Room) -> None:
    for puzzle in room.puzzles.values():
        assert check(puzzle, correct_response(puzzle, room), room).correct, puzzle.id


def test_leaving_a_room_ends_it_unescaped_once(run: RoomRun, events: list[Event]) -> None:
    run.tick(42.0)
    run.leave()
    run.leave()
    ended = [e for e in events if isinstance(e, RoomEnded)]
    assert [(e.escaped, e.seconds) for e in ended] == [(False, 42.0)]


def test_leaving_a_room_that_never_started_records_nothing(room: Room) -> None:
    events: list[Event] = []
    RoomRun(room, emit=events.append).leave()
    assert events == []
