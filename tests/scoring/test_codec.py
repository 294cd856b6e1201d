"""The event codec: stored values come back as the types the events declare."""

from __future__ import annotations

from dataclasses import make_dataclass

from escape_room.model.events import AnswerGiven, CheckAnswered, RoomEnded
from escape_room.scoring import codec


def _answer(correct: bool) -> AnswerGiven:
    return AnswerGiven("lab", "mc", ("lo1", "lo2"), "a,b", correct, 1, 0, 4.5, 10, 12.0)


def _round_trip(kind: str, events: list[object]) -> list[object]:
    stored = [codec.to_values(event) for event in events]  # type: ignore[arg-type]
    return list(codec.events_from_columns(kind, list(zip(*stored, strict=True))))


def test_booleans_come_back_as_true_and_false_not_as_numbers() -> None:
    # given events whose boolean fields are stored as 0 and 1
    answers = _round_trip("answer_given", [_answer(True), _answer(False)])
    ended = _round_trip("room_ended", [RoomEnded("lab", True, 300.0, 20, 30, 300.0)])
    checked = _round_trip(
        "check_answered", [CheckAnswered("after", "B", "b1", "lo1", "p", "x", True)]
    )
    # then they are read back as the booleans themselves, and tuples as tuples
    assert answers[0].correct is True and answers[1].correct is False  # type: ignore[attr-defined]
    assert ended[0].escaped is True  # type: ignore[attr-defined]
    assert checked[0].correct is True  # type: ignore[attr-defined]
    assert answers == [_answer(True), _answer(False)]
    assert answers[0].objectives == ("lo1", "lo2")  # type: ignore[attr-defined]


def test_decoders_follow_the_field_types_whether_annotations_are_text_or_types() -> None:
    # given an event class whose annotations are types, not the text that
    # `from __future__ import annotations` makes of them
    made = make_dataclass(
        "Made", [("ok", bool), ("ids", tuple[str, ...]), ("count", int)], frozen=True, slots=True
    )
    # when its fields' decoders are chosen
    ok, ids, count = (decode for _, decode in codec._fields(made))  # type: ignore[arg-type]
    # then booleans and tuples are decoded and the rest is kept as stored
    assert ok is not None and ok(1) is True and ok(0) is False
    assert ids is not None and ids('["a", "b"]') == ("a", "b")
    assert count is None
