"""Walking a loaded model and the models, lists and texts inside it, with each one's key in the
file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from escape_room.content.messages import Key

_INSIDE = (BaseModel, dict, list)


def walk(value: Any, key: Key = ()) -> Iterator[tuple[Key, Any]]:
    """Every model, list and dict (a text per language) under `value`, itself first, with its key
    (`key` being the key of `value` itself). Plain values (texts, numbers, tuples) are not
    visited one by one: a large pack has hundreds of thousands of them."""
    yield key, value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            child = getattr(value, name)
            if isinstance(child, _INSIDE):
                yield from walk(child, (*key, name))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            if isinstance(child, _INSIDE):
                yield from walk(child, (*key, index))
