"""Puzzles written out as YAML a teacher can read and edit: one key per line, texts and list
entries in the `{en: "...", lt: "..."}` style of the authoring guide."""

from __future__ import annotations

import json
import re
from typing import Any

_FIRST = ("id", "type", "title", "prompt", "objectives", "source", "difficulty", "points")
_LAST = ("hints", "feedback", "explanation", "reward")
_PLAIN = re.compile(r"[a-z0-9][a-z0-9_.+-]*")
_LANGUAGE = re.compile(r"[a-z]{2}")


def puzzles_yaml(puzzles: list[dict[str, Any]], comments: list[str]) -> str:
    """A puzzle file holding `puzzles` (their keys as read), after `comments`."""
    lines = [f"# {comment}" for comment in comments]
    lines.append("puzzles:")
    for puzzle in puzzles:
        for number, key in enumerate(sorted(puzzle, key=_place)):
            prefix = "  - " if number == 0 else "    "
            value = puzzle[key]
            if isinstance(value, list) and any(isinstance(item, dict) for item in value):
                lines.append(f"{prefix}{key}:")
                lines += [f"      - {flow(item)}" for item in value]
            else:
                lines.append(f"{prefix}{key}: {flow(value)}")
    return "\n".join(lines) + "\n"


def _place(key: str) -> tuple[int, int]:
    if key in _FIRST:
        return 0, _FIRST.index(key)
    return (2, _LAST.index(key)) if key in _LAST else (1, 0)


def flow(value: Any) -> str:
    """A value in YAML's one-line style: {a: b}, [a, b], plain words, or a quoted text."""
    if isinstance(value, dict):
        if all(_LANGUAGE.fullmatch(str(key)) for key in value):  # a text in each language
            return "{" + ", ".join(f"{key}: {quoted(item)}" for key, item in value.items()) + "}"
        return "{" + ", ".join(f"{key}: {flow(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(item) for item in value) + "]"
    text = str(value)
    return text if _PLAIN.fullmatch(text) else quoted(text)


def quoted(text: str) -> str:
    """`text` in double quotes, every character that is not printable escaped."""
    inner = json.dumps(text, ensure_ascii=False)[1:-1]
    return '"' + "".join(_escaped(char) for char in inner) + '"'


def _escaped(char: str) -> str:
    if char.isprintable():
        return char
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
