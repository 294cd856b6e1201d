"""Motion as pure functions of the frame time: the same time gives the same picture."""

from __future__ import annotations

from escape_room.motion import STREET_TRAFFIC, Confetti, Flight, Shake, Swing, along


def test_a_shake_dies_away_and_then_stays_still() -> None:
    shake = Shake()
    assert shake.offset == 0, "still until started"
    shake.start()
    offsets = []
    for _ in range(40):
        shake.advance(1 / 60)
        offsets.append(shake.offset)
    assert max(offsets) > 5 and min(offsets) < -5, "it moves both ways"
    assert offsets[-1] == 0 and not shake.active


def test_a_flight_ends_on_its_slot_at_its_normal_size() -> None:
    flight = Flight("inventory:item:key", (600, 300))
    flight.advance(flight.duration)
    (x, y), size = flight.where((200, 660))
    assert (round(x), round(y), size) == (200, 660, 1.0) and flight.done


def test_the_door_opens_fully_and_stays_open() -> None:
    swing = Swing()
    swing.advance(swing.duration / 2)
    assert 0.5 < swing.opened < 1
    swing.advance(5)
    assert swing.opened == 1


def test_confetti_is_the_same_every_run_and_falls_off_the_screen_in_the_end() -> None:
    first, second = Confetti(1280, 720), Confetti(1280, 720)
    for confetti in (first, second):
        confetti.advance(0.8)
    assert first.positions() == second.positions() and len(first.positions()) > 50
    first.advance(20)
    assert first.positions() == []


def test_traffic_is_where_its_time_puts_it_and_comes_round_again() -> None:
    car = next(w for w in STREET_TRAFFIC if w.kind == "car")
    assert car.speed < 0, "the far lane goes right to left in Lithuania"
    span = 1280 + 2 * 200
    period = span / abs(car.speed)
    assert along(car, 3.0, 1280) == along(car, 3.0, 1280)
    assert abs(along(car, 3.0 + period, 1280) - along(car, 3.0, 1280)) < 1e-6
