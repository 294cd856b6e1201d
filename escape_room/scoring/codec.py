"""Events to table rows and back, and to plain JSON-ready dicts and back.

Each event kind (`answer_given`, `check_answered`, ...) names both its table and its `kind` in
exports; the columns are the dataclass fields in order. Tuples are stored as JSON lists, booleans
as 0/1.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import fields
from functools import cache, lru_cache
from itertools import repeat
from typing import TYPE_CHECKING, Any, get_origin, get_type_hints

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


def events_from_columns(kind: str, stored_columns: Sequence[Sequence[Any]]) -> list[Event]:
    """The `kind` events whose stored values are given column by column, in field order.

    Made a column at a time, for the many events of a large session: the instances first, then
    each field set on all of them through its slot (what the frozen dataclass's __init__ does,
    without a Python-level call per event: about three times faster). Only the columns that
    need it are decoded (JSON lists, booleans).
    """
    cls = EVENT_KINDS[kind]
    events: list[Event] = list(map(object.__new__, repeat(cls, len(stored_columns[0]))))
    for (set_field, decode), values in zip(_FIELDS[kind], stored_columns, strict=True):
        decoded = values if decode is None else map(decode, values)
        deque(map(set_field, events, decoded), maxlen=0)  # runs the map, keeping nothing
    return events


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
    event: Event = _adapter(kind).validate_json(json.dumps(data), strict=True)
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


def _decoder(hint: Any) -> Decoder | None:
    """How a stored value of a field with this type hint is decoded; None when it is stored as
    it is. The hint is the resolved type, never the annotation's text, so the module's
    `from __future__ import annotations` cannot change what a field decodes to."""
    if hint is tuple or get_origin(hint) is tuple:
        return _tuple
    if hint is bool:
        return bool
    return None


if TYPE_CHECKING:
    from pydantic import TypeAdapter


@cache
def _adapter(kind: str) -> TypeAdapter[Any]:
    """The strict validator of an event kind, built the first time one is read from JSON."""
    from pydantic import TypeAdapter

    return TypeAdapter(EVENT_KINDS[kind])


def _fields(cls: type[Event]) -> tuple[tuple[Callable[[Any, Any], None], Decoder | None], ...]:
    """Each field's slot setter and decoder, for :func:`events_from_columns`, which can only
    make events whose __init__ does nothing more than set their slots."""
    if not hasattr(cls, "__slots__") or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} must be a slotted dataclass without __post_init__")
    hints = get_type_hints(cls)
    return tuple(
        (getattr(cls, field.name).__set__, _decoder(hints[field.name])) for field in fields(cls)
    )


_FIELDS = {kind: _fields(cls) for kind, cls in EVENT_KINDS.items()}
