"""Values the models read from text that a teacher may have meant otherwise: warnings at their line.

Every value is read as the text typed and the model decides what it is (see `yamlread`). Where
that still leaves room for doubt, the checker warns: a number such as `1.500`, which is one and a
half to the game but fifteen hundred where a point separates thousands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from escape_room.content.messages import Key, name_of
from escape_room.content.problems import Problem, warning_at
from escape_room.content.yamlread import Document

_THOUSANDS = re.compile(r"^[+-]?[1-9][0-9]{0,2}\.[0-9]{3}$")
_POINT_AND_THREE = re.compile(r"\.[0-9]{3}")


def doubt_warnings(document: Document, model: BaseModel) -> list[Problem]:
    """A warning at the place of each value in `model` whose reading is open to doubt."""
    return [
        warning_at(document.path, message, *document.position(key))
        for key, message in doubtful(document, model)
    ]


def doubtful(document: Document, model: BaseModel) -> Iterator[tuple[Key, str]]:
    """(key, message) for each value in `model` whose reading is open to doubt."""
    if document.source and not _may_doubt(document.source):
        return
    for key, written, number in _numbers(model, document.data, ()):
        text = written.strip() if isinstance(written, str) else ""
        if _THOUSANDS.match(text):
            name = name_of(key, document.data)
            whole = text.replace(".", "")
            yield (
                key,
                (
                    f"{name} is read as {number:g} from '{text}'; "
                    f"write {whole} if the point separates thousands"
                ),
            )


def _may_doubt(text: str) -> bool:
    """Whether a value of the file may be doubtful: one that is, is written in it as it is read,
    unless an escape ('\\') in a quoted text wrote its digits another way."""
    return "\\" in text or _POINT_AND_THREE.search(text) is not None


def _numbers(value: Any, written: Any, key: Key) -> Iterator[tuple[Key, Any, float]]:
    """(key, text as written, number read) of every number under `value`."""
    for part, child, text in _parts(value, written):
        if isinstance(child, (int, float)) and not isinstance(child, bool):
            yield (*key, part), text, child
        else:
            yield from _numbers(child, text, (*key, part))


def _parts(value: Any, written: Any) -> Iterator[tuple[str | int, Any, Any]]:
    """Each field or item of a model or list, with what was written for it."""
    if isinstance(value, BaseModel) and isinstance(written, dict):
        for name in type(value).model_fields:
            yield name, getattr(value, name), written.get(name)
    elif isinstance(value, (list, tuple)) and isinstance(written, list):
        yield from zip(range(len(written)), value, written, strict=False)
