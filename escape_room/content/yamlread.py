"""Safe YAML reading that remembers where every value came from.

Only plain YAML is accepted: no tags, bounded size, depth and alias expansion. Values come back
as plain dicts, lists and scalars, with a map from each value's path to its line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from escape_room.content.problems import ContentError, problem_at

MAX_BYTES = 1_000_000
MAX_DEPTH = 50
MAX_NODES = 200_000
_PLAIN_TAGS = {
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PathKey = tuple[str | int, ...]


@dataclass
class Document:
    """A parsed file: its data and the (line, col) of every value, keyed by its path."""

    path: Path
    data: Any
    marks: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def position(self, key: PathKey) -> tuple[int, int]:
        """Line and column of the value at `key`, or of its nearest parent that is known."""
        while key not in self.marks and key:
            key = key[:-1]
        return self.marks.get(key, (1, 1))


def read_text(path: Path) -> str:
    """The file's text: UTF-8 with or without a BOM, any line endings; refused when unsafe."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ContentError([problem_at(path, f"cannot read the file: {error.strerror}")]) from None
    if size > MAX_BYTES:
        raise ContentError(
            [problem_at(path, f"the file is {size:,} bytes; files up to {MAX_BYTES:,} are read")]
        )
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise ContentError([problem_at(path, "this is a binary file, not YAML text")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(
            [problem_at(path, "the file is not UTF-8 text; save it as UTF-8", line, 1)]
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_yaml(path: Path, text: str | None = None) -> Document:
    """Parse one YAML file into a :class:`Document`, raising ContentError on any problem."""
    source = read_text(path) if text is None else text
    try:
        node = yaml.compose(source, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = f"YAML syntax: {error.problem or error.context}"
        raise ContentError([problem_at(path, message, line, col)]) from None
    except yaml.YAMLError as error:
        raise ContentError([problem_at(path, f"YAML syntax: {error}")]) from None
    document = Document(path, None)
    if node is not None:
        builder = _Builder(document)
        document.data = builder.build(node, (), 0)
        if builder.problems:
            raise ContentError(builder.problems)
    return document


class _Builder:
    """Turns composed YAML nodes into Python values, recording marks and refusing what is unsafe."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.problems: list[Any] = []
        self.nodes = 0
        self.constructor = _Loader("")

    def build(self, node: yaml.Node, key: PathKey, depth: int) -> Any:
        self.nodes += 1
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        self.document.marks.setdefault(key, (line, col))
        if self.nodes > MAX_NODES:
            raise ContentError(
                [problem_at(self.document.path, "the file expands to too many values", line, col)]
            )
        if depth > MAX_DEPTH:
            raise ContentError(
                [problem_at(self.document.path, "the file is nested too deeply", line, col)]
            )
        if node.tag == _TIMESTAMP and isinstance(node, yaml.ScalarNode):
            return str(node.value)
        if node.tag not in _PLAIN_TAGS:
            message = f"the tag '{node.tag}' is not allowed: write plain YAML without '!' tags"
            raise ContentError([problem_at(self.document.path, message, line, col)])
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, key, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*key, i), depth + 1) for i, item in enumerate(node.value)]
        return self.constructor.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode, key: PathKey, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self._refuse(key_node, "merge keys ('<<') are not supported: write the keys out")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self._refuse(key_node, "a key must be a plain word")
                continue
            name = str(key_node.value)
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if name in result:
                first = self.document.marks.get((*key, name), (0, 0))[0]
                self._refuse(
                    key_node,
                    f"the key '{name}' appears twice (first on line {first}); keep only one",
                )
                continue
            self.document.marks[(*key, name)] = (line, col)
            result[name] = self.build(value_node, (*key, name), depth + 1)
        return result

    def _refuse(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(problem_at(self.document.path, message, mark.line + 1, mark.column + 1))
