"""Pydantic's validation errors rewritten in words a teacher understands, at the right place.

Each error's location is walked through the data and the models together, so union members that
pydantic adds to a location (a puzzle's type, the two forms of a text) are recognised, a misspelt
key gets "did you mean ...?" from the keys allowed at that place, and a missing key points at the
thing it is missing from.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from escape_room.content.problems import Problem, did_you_mean, listing, problem_at
from escape_room.content.puzzlefile import PUZZLE_TYPES
from escape_room.content.yamlread import Document

Key = tuple[str | int, ...]
Detail = dict[str, Any]
_NOUNS = {
    "puzzles": "puzzle",
    "hotspots": "hotspot",
    "options": "option",
    "items": "item",
    "steps": "step",
    "categories": "category",
    "targets": "target",
    "objectives": "objective",
    "form_a": "question",
    "form_b": "question",
    "hints": "hint",
    "pairs": "pair",
}


@dataclass
class _Place:
    """Where an error sits: its key in the data, the model and field it concerns."""

    key: list[str | int] = field(default_factory=list)
    value: Any = None
    present: bool = True
    model: type[BaseModel] | None = None
    field: FieldInfo | None = None
    text_union: Key | None = None
    label: str = ""


def validation_problems(
    document: Document, error: ValidationError, model: type[BaseModel]
) -> list[Problem]:
    """One problem per pydantic error (texts' two forms merged), placed at what it is about."""
    problems: list[Problem] = []
    seen_texts: set[Key] = set()
    for error_detail in error.errors(include_url=False):
        detail: Detail | None = dict(error_detail)
        place = _walk(model, document.data, error_detail["loc"])
        if place.text_union is not None:
            detail = _text_detail(error_detail, place, document.data, seen_texts)
        if detail is None:
            continue
        key, message = _describe(detail, place, document.data)
        line, col = document.position(key)
        problems.append(problem_at(document.path, message, line, col))
    return problems


def _text_detail(detail: Any, place: _Place, data: Any, seen: set[Key]) -> Detail | None:
    """A text's error: one for the text when it is neither a string nor a mapping, else the
    mapping's own errors (what the plain-string alternative says adds nothing)."""
    assert place.text_union is not None
    value = _get(data, place.text_union)
    if isinstance(value, dict):
        return None if place.label == "str" else dict(detail)
    if place.text_union in seen:
        return None
    seen.add(place.text_union)
    place.key = list(place.text_union)
    return {"type": "local_text", "input": value, "loc": detail["loc"]}


# --- walking a location ---------------------------------------------------------------


def _walk(root: type[BaseModel], data: Any, loc: tuple[Any, ...]) -> _Place:
    place = _Place(value=data, model=root)
    kind: Any = root
    parts = list(loc)
    while parts:
        members = _union_members(kind)
        if members:
            label = str(parts.pop(0))
            kind = _member(members, label)
            if _is_text_union(members):
                place.text_union, place.label = tuple(place.key), label
            continue
        part = parts.pop(0)
        kind = _step_type(kind, part, place)
        _step_data(place, part)
    return place


def _step_type(kind: Any, part: Any, place: _Place) -> Any:
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        place.model = kind
        info = kind.model_fields.get(str(part))
        place.field = info
        return _unwrap(info.annotation) if info else None
    args = get_args(kind)
    origin = get_origin(kind)
    if origin is list and args:
        return _unwrap(args[0])
    if origin is tuple and args and isinstance(part, int):
        return _unwrap(args[0] if args[-1] is Ellipsis else args[min(part, len(args) - 1)])
    if origin is dict and len(args) == 2:
        return _unwrap(args[1])
    return None


def _step_data(place: _Place, part: Any) -> None:
    value = place.value
    if _has(value, part):
        place.value = value[part]
    elif not place.present or part == "[key]":
        return
    else:
        place.present = False
        place.value = None
    place.key.append(part)


def _has(value: Any, part: Any) -> bool:
    if isinstance(value, dict):
        return part in value
    return isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value)


def _unwrap(kind: Any) -> Any:
    """The type without Annotated metadata and without `| None`."""
    while get_origin(kind) is Annotated:
        kind = get_args(kind)[0]
    if _is_union(kind):
        members = [m for m in get_args(kind) if m is not type(None)]
        if len(members) == 1:
            return _unwrap(members[0])
    return kind


def _is_union(kind: Any) -> bool:
    return get_origin(kind) in (Union, types.UnionType)


def _union_members(kind: Any) -> list[Any]:
    return [_unwrap(m) for m in get_args(kind)] if _is_union(kind) else []


def _is_text_union(members: list[Any]) -> bool:
    return str in members and any(get_origin(m) is dict for m in members)


def _member(members: list[Any], label: str) -> Any:
    """The union member pydantic names `label`: a puzzle type, 'str' or 'dict[...]'."""
    return next((member for member in members if _labelled(member, label)), None)


def _labelled(member: Any, label: str) -> bool:
    if isinstance(member, type) and issubclass(member, BaseModel):
        tag = member.model_fields.get("type")
        return tag is not None and get_args(tag.annotation) == (label,)
    if member is str:
        return label == "str"
    return get_origin(member) is dict and label.startswith("dict")


# --- describing -------------------------------------------------------------------------


def _describe(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    describe = _DESCRIBERS.get(detail["type"], _describe_other)
    return describe(detail, place, data)


def _describe_missing(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    name = detail["loc"][-1]
    if isinstance(name, int):
        return key[:-1], f"{name_of(key[:-1], data)} has too few values{_shape_of(place)}"
    return key[:-1], f"'{name}' is missing in {thing_at(key[:-1], data)}"


def _describe_extra(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    name = str(key[-1])
    allowed = list(place.model.model_fields) if place.model else []
    hint = did_you_mean(name, allowed) or f" (keys here: {listing(allowed)})"
    return key, f"unknown key '{name}' in {thing_at(key[:-1], data)}{hint}"


def _describe_tag(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    tags = PUZZLE_TYPES
    if detail["type"] == "union_tag_not_found":
        return key, f"{thing_at(key, data)} has no 'type'; give one of: {listing(tags)}"
    tag = str(detail["ctx"]["tag"])
    hint = did_you_mean(tag, tags)
    return (*key, "type"), f"unknown puzzle type '{tag}'{hint} (types: {listing(tags)})"


def _describe_literal(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    choices = re.findall(r"'([^']*)'", detail["ctx"]["expected"])
    if not choices:
        expected = detail["ctx"]["expected"]
        return key, f"{name_of(key, data)} must be {expected}, not {shown(detail['input'])}"
    hint = did_you_mean(str(detail["input"]), choices)
    message = f"{shown(detail['input'])} is not a known {key[-1]}{hint} (choose from: "
    return key, f"{message}{listing(choices)})"


def _describe_pattern(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    value = str(detail["input"])
    pattern = detail["ctx"]["pattern"]
    if pattern == r"^[a-z]{2}$":
        message = f"'{value}' is not a language code: use two lower-case letters, e.g. 'en'"
        if len(value.strip()) > 3:  # a word, not a mistyped code
            message += (
                "; it looks like part of a text cut at a comma: inside { } a comma separates"
                " entries, so put a text that has a comma in quotes,"
                ' e.g. lt: "Sustokite, žiūrėkite"'
            )
        return key, message
    if pattern == r"^[0-9]$":
        return key, f"a digit is one of 0 to 9, not '{value}'"
    slug = re.sub(r"[^a-z0-9_-]+", "-", value.lower()).strip("-_")
    hint = f"; did you mean '{slug}'?" if slug and slug != value else ""
    return key, f"'{value}' is not a valid id: use lower-case letters, digits, '-' and '_'{hint}"


def _describe_length(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    name = name_of(key, data)
    ctx = detail.get("ctx", {})
    if isinstance(detail["input"], str):
        return key, f"{name} must not be empty"
    if detail["type"].startswith("too_short"):
        return key, f"{name} needs at least {_entries(ctx['min_length'])}{_shape_of(place)}"
    return key, f"{name} takes at most {_entries(ctx['max_length'])}{_shape_of(place)}"


def _entries(count: int) -> str:
    return "1 entry" if count == 1 else f"{count} entries"


def _describe_bound(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    ctx = detail["ctx"]
    words = {"ge": "at least", "gt": "more than", "le": "at most", "lt": "less than"}
    bound = next(f"{words[k]} {v}" for k, v in ctx.items() if k in words)
    return key, f"{name_of(key, data)} must be {bound}, not {detail['input']}"


def _describe_kind(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    wanted = _KINDS[detail["type"]]
    written = detail["input"]
    message = f"{name_of(key, data)} should be {wanted}, not {shown(written)}"
    if isinstance(written, str) and re.fullmatch(r"\s*[+-]?[0-9]+,[0-9]+\s*", written):
        message += f"; write decimals with a point: {written.strip().replace(',', '.')}"
    return key, message


def _describe_text(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    wanted = "a text, or one text per language like {en: ..., lt: ...}"
    return key, f"{name_of(key, data)} should be {wanted}, not {shown(detail['input'])}"


def _describe_other(detail: Detail, place: _Place, data: Any) -> tuple[Key, str]:
    key = tuple(place.key)
    message = str(detail["msg"]).removeprefix("Value error, ")
    where = name_of(key, data) if key and place.field is not None else thing_at(key, data)
    return key, f"{where}: {message}"


_KINDS = {
    "string_type": "a text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list ('- ' lines or [a, b])",
    "tuple_type": "a list of numbers like [x, y]",
    "dict_type": "keys and values ('key: value' lines or {key: value})",
    "model_type": "keys and values ('key: value' lines or {key: value})",
    "model_attributes_type": "keys and values ('key: value' lines or {key: value})",
    "finite_number": "a number",
}
_DESCRIBERS: dict[str, Callable[[Detail, _Place, Any], tuple[Key, str]]] = {
    "missing": _describe_missing,
    "extra_forbidden": _describe_extra,
    "union_tag_invalid": _describe_tag,
    "union_tag_not_found": _describe_tag,
    "literal_error": _describe_literal,
    "string_pattern_mismatch": _describe_pattern,
    "too_short": _describe_length,
    "too_long": _describe_length,
    "string_too_short": _describe_length,
    "string_too_long": _describe_length,
    "greater_than_equal": _describe_bound,
    "greater_than": _describe_bound,
    "less_than_equal": _describe_bound,
    "less_than": _describe_bound,
    "local_text": _describe_text,
    **{kind: _describe_kind for kind in _KINDS},
}


# --- naming things --------------------------------------------------------------------


def name_of(key: Key, data: Any) -> str:
    """A value's name for a message: "'title' in puzzle 'p1'"."""
    if not key or not isinstance(key[-1], str):
        return thing_at(key, data)
    last = max((i + 1 for i, part in enumerate(key) if isinstance(part, int)), default=0)
    name = "'" + ".".join(str(p) for p in key[last:]) + "'"
    return name if last == 0 else f"{name} in {thing_at(key[:last], data)}"


def thing_at(key: Key, data: Any) -> str:
    """The nearest thing holding `key`: "puzzle 'p1'", "hint 2", or "the file"."""
    for end in range(len(key), 0, -1):
        part, parent = key[end - 1], key[end - 2] if end >= 2 else None
        if isinstance(part, int) and isinstance(parent, str):
            noun = _NOUNS.get(parent, parent.rstrip("s"))
            ident = _get(data, key[:end])
            if isinstance(ident, dict) and isinstance(ident.get("id"), str):
                return f"{noun} '{ident['id']}'"
            return f"{noun} {part + 1}"
    return f"'{key[0]}'" if key else "the file"


def _get(data: Any, key: Key) -> Any:
    for part in key:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def shown(value: Any) -> str:
    """A value as a teacher wrote it, shortened."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "keys and values"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def _shape_of(place: _Place) -> str:
    """': [x, y, width, height]' from the field's description, when it gives a shape."""
    description = place.field.description if place.field else None
    match = re.search(r"\[.*\]", description or "")
    return f": {match.group(0)}" if match else ""
