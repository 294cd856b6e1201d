"""Events to table rows and back, and to plain JSON-ready dicts and back.

Each event kind (`answer_given`, `check_answered`, ...) names both its table and its `kind` in
exports; the columns are the dataclass fields in order. Tuples are stored as JSON lists, booleans
as 0/1.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import fields
from functools import lru_cache
from typing import Any

from pydantic import TypeAdapter

from escape_room.model.events import (
    AnswerGiven,
    CheckAnswered,
    Event,
    HintTaken,
    HotspotOpened,
    RoomEnded,
    RoomStarted,
    Unlocked,
)

EVENT_KINDS: dict[str, type[Event]] = {
    "room_started": RoomStarted,
    "hotspot_opened": HotspotOpened,
    "answer_given": AnswerGiven,
    "hint_taken": HintTaken,
    "unlocked": Unlocked,
    "room_ended": RoomEnded,
    "check_answered": CheckAnswered,
}
_KIND_OF: dict[type[Any], str] = {cls: kind for kind, cls in EVENT_KINDS.items()}
Decoder = Callable[[Any], Any]


def kind_of(event: Event) -> str:
    """The kind (and table) of an event; a TypeError for anything that is not an event."""
    try:
        return _KIND_OF[type(event)]
    except KeyError:
        raise TypeError(f"not an event of escape_room.model.events: {event!r}") from None


def columns(kind: str) -> tuple[str, ...]:
    return tuple(field.name for field in fields(EVENT_KINDS[kind]))


def to_values(event: Event) -> tuple[Any, ...]:
    """The event's field values as SQLite stores them, in column order."""
    return tuple(_store_value(getattr(event, name)) for name in columns(kind_of(event)))


def event_maker(kind: str) -> Callable[[Sequence[Any]], Event]:
    """A fast constructor of `kind` events from rows of (team_id, seq, at, *columns)."""
    return _MAKERS[kind]


def to_plain(event: Event) -> dict[str, Any]:
    """A JSON-ready dict of the event's fields (tuples become lists)."""
    return {
        name: list(value) if isinstance(value, tuple) else value
        for name in columns(kind_of(event))
        for value in (getattr(event, name),)
    }


def from_plain(kind: str, data: dict[str, Any]) -> Event:
    """The event of `kind` from a dict made by :func:`to_plain`, type-checked strictly.

    Raises KeyError for an unknown kind and ValueError when the data does not fit the event.
    """
    event: Event = _ADAPTERS[kind].validate_json(json.dumps(data), strict=True)
    return event


def _store_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return json.dumps(list(value))
    if isinstance(value, bool):
        return int(value)
    return value


@lru_cache(maxsize=4096)
def _tuple(text: str) -> tuple[Any, ...]:
    """A stored JSON list as a tuple; cached, since the same few objective lists recur."""
    return tuple(json.loads(text))


def _decoder(type_name: str) -> Decoder:
    if type_name.startswith("tuple"):
        return _tuple
    if type_name == "bool":
        return bool
    return _same


def _same(value: Any) -> Any:
    return value


_ADAPTERS: dict[str, TypeAdapter[Any]] = {
    kind: TypeAdapter(cls) for kind, cls in EVENT_KINDS.items()
}


def _maker(cls: type[Event], skip: int) -> Callable[[Sequence[Any]], Event]:
    """A constructor from a row whose event columns start at `skip`; only the columns that need
    it are decoded (JSON lists, booleans)."""
    decoded = [
        (index, decode)
        for index, field in enumerate(fields(cls), start=skip)
        if (decode := _decoder(str(field.type))) is not _same
    ]

    def make(row: Sequence[Any]) -> Event:
        values = list(row)
        for index, decode in decoded:
            values[index] = decode(values[index])
        return cls(*values[skip:])

    return make


_MAKERS = {kind: _maker(cls, 3) for kind, cls in EVENT_KINDS.items()}
