"""Which sound goes with which thing that happens in a room. Pure: no pygame."""

from __future__ import annotations

from escape_room.audio.cues import Cue
from escape_room.model.events import AnswerGiven, Event, HotspotOpened, RoomEnded, Unlocked


def cue_for(event: Event, *, locked: frozenset[str], time_limit: float) -> Cue | None:
    """The cue for a thing that happened in a room, if it has one.

    `locked` are the room's hotspots that need items (opening one is an unlock); a room that
    ends unescaped before `time_limit` was left by the team, which makes no sound.
    """
    if isinstance(event, AnswerGiven):
        return "right" if event.correct else "wrong"
    if isinstance(event, Unlocked):
        return "door" if event.kind == "exit" else "reward"
    if isinstance(event, HotspotOpened) and event.hotspot_id in locked:
        return "unlock"
    if isinstance(event, RoomEnded):
        if event.escaped:
            return "fanfare"
        return "time_up" if event.seconds >= time_limit else None
    return None
