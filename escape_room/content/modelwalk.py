"""Walking a loaded model and everything inside it, with each value's key in the file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from escape_room.content.messages import Key


def walk(value: Any, key: Key = ()) -> Iterator[tuple[Key, Any]]:
    """Every model, list item and field value under `value` (itself first), with its key
    (`key` being the key of `value` itself)."""
    yield key, value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            child = getattr(value, name)
            if child is not None:
                yield from walk(child, (*key, name))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from walk(child, (*key, index))
