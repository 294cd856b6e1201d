"""The sounds made in code: levels, lengths, sameness every run, and which sound goes with what."""

from __future__ import annotations

from array import array
from itertools import pairwise

import pytest

from escape_room.audio.cues import AMBIENCES, AMBIENT_SECONDS, CUES, ambience_for
from escape_room.audio.reactions import cue_for
from escape_room.audio.synth import mix, pcm, peak, tone
from escape_room.model.events import AnswerGiven, HotspotOpened, RoomEnded, Unlocked

RATE = 8000


def _samples(data: bytes) -> array[int]:
    values = array("h")
    values.frombytes(data)
    return values


@pytest.mark.parametrize("name", sorted(CUES))
def test_every_cue_is_short_audible_and_the_same_every_run(name: str) -> None:
    samples = CUES[name](RATE)  # type: ignore[index]
    assert 0.02 < len(samples) / RATE < 3.0
    assert peak(samples) > 0.1
    assert pcm(samples) == pcm(CUES[name](RATE))  # type: ignore[index]


@pytest.mark.parametrize("name", sorted(AMBIENCES))
def test_an_ambience_loops_without_a_jump_where_it_joins(name: str) -> None:
    samples = AMBIENCES[name](RATE)
    assert len(samples) == int(RATE * AMBIENT_SECONDS)
    assert abs(samples[-1] - samples[0]) < 0.05 * peak(samples)


def test_pcm_puts_the_loudest_sample_at_the_level_asked_and_copies_it_to_each_channel() -> None:
    values = _samples(pcm([0.0, 0.5, -2.0, 1.0], channels=2, level=0.5))
    assert list(values) == [0, 0, 4095, 4095, -16383, -16383, 8191, 8191]


def test_a_part_running_past_the_end_of_a_mix_wraps_round_to_its_start() -> None:
    assert mix(4, 1.0, [(0.5, [1.0, 1.0, 1.0])]) == [1.0, 0.0, 1.0, 1.0]


def test_a_tone_has_the_pitch_asked_for() -> None:
    samples = tone(RATE, 500, 1.0, attack=0.001, release=0.001)
    rising = sum(1 for a, b in pairwise(samples) if a < 0 <= b)
    assert 495 <= rising <= 505


def _cue(event: object) -> str | None:
    return cue_for(event, locked=frozenset({"box"}), time_limit=300)  # type: ignore[arg-type]


def test_answers_unlocks_the_door_and_the_end_of_a_room_each_have_their_sound() -> None:
    def answer(correct: bool) -> AnswerGiven:
        return AnswerGiven("r", "p", (), "x", correct, 1, 0, 1.0, 10, 5.0)

    assert _cue(answer(True)) == "right" and _cue(answer(False)) == "wrong"
    assert _cue(Unlocked("r", "digit", "p", 5.0)) == "reward"
    assert _cue(Unlocked("r", "item", "key", 5.0)) == "reward"
    assert _cue(Unlocked("r", "exit", "exit", 5.0)) == "door"
    assert _cue(HotspotOpened("r", "box", 5.0)) == "unlock"
    assert _cue(HotspotOpened("r", "poster", 5.0)) is None
    assert _cue(RoomEnded("r", True, 100.0, 10, 20, 100.0)) == "fanfare"
    assert _cue(RoomEnded("r", False, 300.0, 10, 20, 300.0)) == "time_up"
    assert _cue(RoomEnded("r", False, 120.0, 10, 20, 120.0)) is None, "a team that quits"


def test_each_drawn_scene_has_its_ambience_and_pictures_get_the_street_s() -> None:
    assert ambience_for("street") == "street" and ambience_for("crossroads") == "street"
    assert ambience_for("railway") == ambience_for("schoolyard") == "open_air"
    assert ambience_for(None) == "street"
