"""The field reference of the authoring guide, generated from the models so it never drifts.

`docs/authoring.md` marks each table with `<!-- fields: ModelName -->` … `<!-- /fields -->`, the
drawn scenes' ground lines (:mod:`escape_room.content.ground`) with `<!-- ground -->` …
`<!-- /ground -->`, and the road signs (:mod:`escape_room.content.signs`) with `<!-- signs -->`
… `<!-- /signs -->`; `update(text)` rewrites every marked table, and
`python -m escape_room.content.reference FILE` does so in place. A test checks that the guide is
up to date.
"""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from escape_room.content.ground import ground_table
from escape_room.content.models import PackFile, PuzzleBase, RoomFile
from escape_room.content.puzzlefile import PuzzleFile
from escape_room.content.signs import sign_table

_MARKED = re.compile(r"(<!-- fields: (\w+) -->\n)(.*?)(<!-- /fields -->)", re.DOTALL)
_GROUND = re.compile(r"(<!-- ground -->\n)(.*?)(<!-- /ground -->)", re.DOTALL)
_SIGNS = re.compile(r"(<!-- signs -->\n)(.*?)(<!-- /signs -->)", re.DOTALL)
_PATTERNS = {r"^[a-z0-9][a-z0-9_-]*$": "id", r"^[a-z]{2}$": "language code", r"^[0-9]$": "digit"}
_PLAIN = {bool: "true or false", int: "whole number", float: "number", str: "plain text"}


def update(text: str) -> str:
    """`text` with every marked table replaced by the one the models give."""
    text = _MARKED.sub(lambda m: m.group(1) + field_table(_model(m.group(2))) + m.group(4), text)
    text = _GROUND.sub(lambda m: m.group(1) + ground_table() + m.group(3), text)
    return _SIGNS.sub(lambda m: m.group(1) + sign_table() + m.group(3), text)


def field_table(model: type[BaseModel]) -> str:
    """A Markdown table of the keys of `model` (for a puzzle type, only its own keys)."""
    rows = ["| key | value | required | description |", "| --- | --- | --- | --- |"]
    for name, info in _own_fields(model).items():
        rows.append(f"| `{name}` | {_kind_of(info)} | {_required(info)} | {info.description} |")
    return "\n".join(rows) + "\n"


def _model(name: str) -> type[BaseModel]:
    model = format_models().get(name)
    if model is None:
        raise ValueError(f"no model named {name}")
    return model


def format_models() -> dict[str, type[BaseModel]]:
    """Every model of the format by name: the three file models, what their keys hold, and
    the keys all puzzles share (`PuzzleBase`)."""
    found: dict[str, type[BaseModel]] = {"PuzzleBase": PuzzleBase}
    pending: list[Any] = [PackFile, RoomFile, PuzzleFile]
    while pending:
        node = pending.pop()
        if isinstance(node, type) and issubclass(node, BaseModel):
            if node.__name__ not in found:
                found[node.__name__] = node
                pending += [info.annotation for info in node.model_fields.values()]
        else:
            pending += get_args(node)
    return found


def _own_fields(model: type[BaseModel]) -> dict[str, FieldInfo]:
    fields = model.model_fields
    if model is PuzzleBase or not issubclass(model, PuzzleBase):
        return dict(fields)
    shared = {name: _signature(info) for name, info in PuzzleBase.model_fields.items()}
    return {k: v for k, v in fields.items() if shared.get(k) != _signature(v)}


def _signature(info: FieldInfo) -> tuple[str, str, str | None]:
    return (repr(info.annotation), repr(info.default), info.description)


def _required(info: FieldInfo) -> str:
    if info.is_required():
        return "yes"
    if info.default is PydanticUndefined or info.default is None:
        return "no"
    default = str(info.default).lower() if isinstance(info.default, bool) else info.default
    return f"no (default `{default}`)"


def _kind_of(info: FieldInfo) -> str:
    return _pattern_kind(info.metadata) or _kind(info.annotation)


def _pattern_kind(metadata: list[Any]) -> str | None:
    """ "id", "language code" or "digit" when the metadata holds their pattern."""
    for meta in metadata:
        if isinstance(meta, FieldInfo):
            return _pattern_kind(meta.metadata)
        kind = _PATTERNS.get(getattr(meta, "pattern", None) or "")
        if kind:
            return kind
    return None


def _kind(kind: Any) -> str:
    """A teacher's name for a type: "text", "list of ids", "[4 numbers]", "one of `a`, `b`"."""
    origin, args = get_origin(kind), get_args(kind)
    if origin is Annotated:
        return _pattern_kind(list(args[1:])) or _kind(args[0])
    if origin in (Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        if str in members and any(get_origin(m) is dict for m in members):
            return "text"
        return " or ".join(_kind(m) for m in members)
    if origin is Literal:
        choices = ", ".join(f"`{a}`" for a in args)
        return choices if len(args) == 1 else f"one of {choices}"
    if origin is list:
        return f"list of {_plural(_kind(args[0]))}"
    if origin is tuple:
        return f"[{len(args)} numbers]" if len(args) > 2 else "[x, y]"
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return f"[{kind.__name__}](#{kind.__name__.lower()})"
    return _PLAIN.get(kind, str(kind))


def _plural(kind: str) -> str:
    if kind.startswith("["):
        return kind
    return kind + ("es" if kind.endswith("x") else "s")


if __name__ == "__main__":
    for file in sys.argv[1:]:
        path = Path(file)
        path.write_text(update(path.read_text(encoding="utf-8")), encoding="utf-8")
