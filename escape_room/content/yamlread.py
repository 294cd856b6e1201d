"""Safe YAML reading that remembers where every value came from.

Only plain YAML is accepted: no tags, bounded file size, nesting and alias expansion, so a hostile
file is refused quickly and in bounded memory. Values come back as plain dicts, lists and scalars;
the composed nodes are kept so the line and column of a value can be found when a problem needs it.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml
from yaml.constructor import SafeConstructor

from escape_room.content.problems import ContentError, Problem, problem_at

MAX_BYTES = 1_000_000
MAX_DEPTH = 50
MAX_NODES = 200_000
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML = "tag:yaml.org,2002:"
_CONSTRUCTOR = SafeConstructor()
_SCALARS: dict[str, Callable[[yaml.ScalarNode], Any]] = {
    f"{_YAML}str": lambda node: node.value,
    f"{_YAML}null": lambda node: None,
    f"{_YAML}timestamp": lambda node: node.value,
    f"{_YAML}bool": _CONSTRUCTOR.construct_yaml_bool,
    f"{_YAML}int": _CONSTRUCTOR.construct_yaml_int,
    f"{_YAML}float": _CONSTRUCTOR.construct_yaml_float,
}
_MAP = f"{_YAML}map"
_SEQ = f"{_YAML}seq"

PathKey = tuple[str | int, ...]


@dataclass
class Document:
    """A parsed file: its data, and the YAML nodes that say where each value was written."""

    path: Path
    data: Any
    node: yaml.Node | None = None

    def position(self, key: PathKey) -> tuple[int, int]:
        """Line and column of the value at `key` (of its key, in a mapping), or of its nearest
        parent when `key` is not in the file; (1, 1) for an empty file."""
        node = self.node
        if node is None:
            return (1, 1)
        mark = node.start_mark
        for part in key:
            found = _child(node, part)
            if found is None:
                break
            key_node, node = found
            mark = (key_node or node).start_mark
        return (mark.line + 1, mark.column + 1)


def _child(node: yaml.Node, part: str | int) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        return next(((k, v) for k, v in node.value if k.value == part), None)
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    if isinstance(part, int) and 0 <= part < len(items):
        return None, items[part]
    return None


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file of at most MAX_BYTES."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise ContentError([problem_at(path, "this is not a file")])
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise ContentError([problem_at(path, f"cannot read the file: {error.strerror}")]) from None
    if len(raw) > MAX_BYTES:
        message = f"the file is larger than {MAX_BYTES:,} bytes; split it into smaller files"
        raise ContentError([problem_at(path, message)])
    return raw


def read_text(path: Path) -> str:
    """The file's text: UTF-8 with or without a BOM, any line endings; refused when unsafe."""
    raw = read_bytes(path)
    if b"\x00" in raw:
        raise ContentError([problem_at(path, "this is a binary file, not YAML text")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = "the file is not UTF-8 text; save it as UTF-8"
        raise ContentError([problem_at(path, message, line, 1)]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_yaml(path: Path, text: str | None = None) -> Document:
    """Parse one YAML file into a :class:`Document`, raising ContentError on any problem."""
    source = read_text(path) if text is None else text
    node = _compose(path, source)
    document = Document(path, None, node)
    if node is not None:
        _check_size(path, node)
        builder = _Builder(path)
        document.data = builder.build(node)
        if builder.problems:
            raise ContentError(builder.problems)
    return document


def _compose(path: Path, source: str) -> yaml.Node | None:
    try:
        return yaml.compose(source, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise ContentError([problem_at(path, _syntax(error), line, col)]) from None
    except yaml.YAMLError as error:
        raise ContentError([problem_at(path, f"YAML syntax: {error}")]) from None
    except RecursionError:
        raise ContentError([problem_at(path, "the file is nested too deeply")]) from None


def _syntax(error: yaml.MarkedYAMLError) -> str:
    problem = str(error.problem or error.context or "cannot read this")
    if "maximum nesting depth" in problem:
        return "the file is nested too deeply"
    if "undefined alias" in problem:
        return "YAML syntax: an alias ('*name') refers to no anchor ('&name')"
    return f"YAML syntax: {problem}"


def _check_size(path: Path, root: yaml.Node) -> None:
    """Refuse a file whose values, with aliases expanded, are too many or nested too deeply,
    or whose aliases refer to themselves.

    Each distinct node is measured once, so a "billion laughs" file is refused without ever
    being expanded.
    """
    measured: dict[int, tuple[int, int]] = {}
    pending: set[int] = set()

    def measure(node: yaml.Node, depth: int) -> tuple[int, int]:
        """(values, levels) of the node with its aliases expanded."""
        known = measured.get(id(node))
        if known is None:
            if depth > MAX_DEPTH:
                _refuse(path, node, f"the file is nested more than {MAX_DEPTH} levels deep")
            if id(node) in pending:
                _refuse(path, node, "an alias ('*name') refers to the value that holds it")
            pending.add(id(node))
            parts = [measure(child, depth + 1) for child in _children(node)]
            pending.discard(id(node))
            known = (1 + sum(p[0] for p in parts), 1 + max((p[1] for p in parts), default=0))
            measured[id(node)] = known
        if depth + known[1] > MAX_DEPTH:
            _refuse(path, node, f"the file is nested more than {MAX_DEPTH} levels deep")
        if known[0] > MAX_NODES:
            message = f"the file holds more than {MAX_NODES:,} values (aliases counted in full)"
            _refuse(path, node, message)
        return known

    measure(root, 0)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _refuse(path: Path, node: yaml.Node, message: str) -> NoReturn:
    mark = node.start_mark
    raise ContentError([problem_at(path, message, mark.line + 1, mark.column + 1)])


def _written(tag: str) -> str:
    """A tag as a teacher would have typed it: '!!python/object', not the resolved URI."""
    return "!!" + tag.removeprefix(_YAML) if tag.startswith(_YAML) else tag


class _Builder:
    """Turns composed YAML nodes into plain Python values, refusing what is not plain YAML."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node) -> Any:
        tag = node.tag
        if tag == _MAP and isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        if tag == _SEQ and isinstance(node, yaml.SequenceNode):
            return [self.build(item) for item in node.value]
        construct = _SCALARS.get(tag)
        if construct is None or not isinstance(node, yaml.ScalarNode):
            message = f"the tag '{_written(tag)}' is not allowed: write plain YAML without '!' tags"
            _refuse(self.path, node, message)
        return construct(node)

    def _mapping(self, node: yaml.MappingNode) -> dict[str, Any]:
        result: dict[str, Any] = {}
        firsts: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag == f"{_YAML}merge":
                self._note(key_node, "merge keys ('<<') are not supported: write the keys out")
            elif not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _SCALARS:
                self._note(key_node, "a key must be a plain word")
            elif key_node.value in firsts:
                first = firsts[key_node.value].start_mark.line + 1
                message = f"the key '{key_node.value}' appears twice (first on line {first})"
                self._note(key_node, f"{message}; keep only one")
            else:
                firsts[key_node.value] = key_node
                result[key_node.value] = self.build(value_node)
        return result

    def _note(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(problem_at(self.path, message, mark.line + 1, mark.column + 1))
