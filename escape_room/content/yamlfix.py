"""The likely fix for the YAML syntax errors teachers meet most, in their words.

libyaml names the place but not the cause. From the lines around that place these guess the
usual causes: a ':' inside a text (quote the text), a list entry without its '-' (add the dash),
a line indented by a different amount than its neighbours (align it with line N), a tab.
"""

from __future__ import annotations

import yaml

_NOT_ALLOWED = "mapping values are not allowed"
_NO_DASH = "did not find expected '-' indicator"
_NO_KEY = ("did not find expected key", "could not find expected ':'")


def likely_fix(error: yaml.MarkedYAMLError, source: str) -> str | None:
    """The fix for a common mistake behind `error`, or None when it is not one of them."""
    mark = error.problem_mark
    if mark is None:
        return None
    lines = source.split("\n")
    number = min(mark.line, len(lines) - 1)
    while number > 0 and not _content(lines[number]):  # a problem found at the next line
        number -= 1
    line = lines[number]
    problem = str(error.problem or "")
    if "cannot start any token" in problem and "\t" in line[: mark.column + 1]:
        return "a tab is used to indent this line; indent with spaces only"
    if _NOT_ALLOWED in problem:
        return _colon(line, mark.column) or _aligned(lines, number)
    if problem.startswith(_NO_DASH) or problem.startswith(_NO_KEY):
        return _dash(lines, number) or _quoted_start(line) or _aligned(lines, number)
    return None


def _colon(line: str, column: int) -> str | None:
    """A second ':' on a `key: text` line: the text needs quotes."""
    key, sep, text = line.partition(": ")
    if not sep or len(key) + len(sep) > column or key.strip().startswith("#"):
        return None
    if text.lstrip()[:1] in ("{", "["):
        return "a ':' inside a text in { } or [ ]; put that text in quotes, e.g. en: \"Stop: look\""
    return f"a ':' inside a text; put the text in quotes: {key.strip()}: {_quote(text)}"


def _quoted_start(line: str) -> str | None:
    """`key: "Stop" she said`: a text that starts with a quote must end with it."""
    key, sep, text = line.partition(": ")
    text = text.strip()
    if not sep or not text or text[0] not in "\"'" or text.endswith(text[0]):
        return None
    return (
        "a text that starts with a quote must end with it; put the whole text in quotes: "
        f"{key.strip()}: {_quote(text)}"
    )


def _quote(text: str) -> str:
    text = text.strip()
    if '"' in text and "'" not in text:
        return f"'{text}'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _dash(lines: list[str], number: int) -> str | None:
    """A line at the indent of the list entries above it, but without their '- '."""
    line = lines[number]
    indent = _indent(line)
    for above in range(number - 1, -1, -1):
        text = lines[above]
        if not _content(text) or _indent(text) > indent:
            continue
        if _indent(text) == indent and text.lstrip().startswith("- "):
            return (
                f"line {number + 1} needs the dash of a list entry, like line {above + 1}: "
                f"- {line.strip()}"
            )
        return None
    return None


def _aligned(lines: list[str], number: int) -> str | None:
    """A line indented by a different amount than the line above it."""
    indent = _indent(lines[number])
    for above in range(number - 1, -1, -1):
        text = lines[above]
        if _content(text):
            target = _indent(text) + (2 if text.lstrip().startswith("- ") else 0)
            if target == indent:
                return None
            more = "more" if indent > target else "less"
            return (
                f"line {number + 1} is indented {more} than line {above + 1}: "
                f"align it with line {above + 1} ({target} spaces)"
            )
    return None


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
