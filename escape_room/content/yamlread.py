"""Safe YAML reading that can say where every value came from.

Only plain YAML is accepted: no tags, no duplicate keys, bounded file size, nesting and alias
expansion, so a hostile file is refused quickly and in bounded memory. Values come back as plain
dicts, lists and texts: every scalar is the text the teacher typed (`0123`, `yes` and `1.10` stay
as written), and only an empty value, `~` or `null` is nothing. The models decide what is a number
or true/false. A file without anchors (the usual case) is read in one pass by libyaml's C parser
when it is installed; the line and column of a value are found only when a problem needs them.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from escape_room.content.problems import ContentError, Problem, problem_at
from escape_room.content.yamlfix import likely_fix

MAX_BYTES = 1_000_000
MAX_DEPTH = 50
MAX_NODES = 200_000
_YAML = "tag:yaml.org,2002:"
_NULL = f"{_YAML}null"
_SCALARS: dict[str, Callable[[yaml.ScalarNode], Any]] = {
    f"{_YAML}str": lambda node: node.value,
    _NULL: lambda node: None,
}
_MAP = f"{_YAML}map"
_ANCHOR = re.compile(r"&(?<![^\s\[{,:]&)[^\s\[\]{},]")
"""Where an anchor (`&name`) may start: never inside a word and never before a space, so the `&`
of a text ('Stop & look', 'R&D') does not send the file down the slower path for anchors."""
_SEQ = f"{_YAML}seq"


class _TextResolver(BaseResolver):
    """Resolves every plain scalar to text, except an empty value, `~` and `null` (nothing),
    and the merge key `<<` (so that it can be refused)."""


_TextResolver.add_implicit_resolver(
    _NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_TextResolver.add_implicit_resolver(f"{_YAML}merge", re.compile(r"^<<$"), ["<"])


class _PythonParser(Reader, Scanner, Parser, Composer):
    """PyYAML's own parser, for when libyaml is missing."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)


# libyaml's C parser when PyYAML was built with it; the pure-Python one reads the same, slower
_Parser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None) or _PythonParser


class _Loader(_Parser, SafeConstructor, _TextResolver):  # type: ignore[misc]
    """Reads every plain scalar as text, on libyaml's C parser when it can."""

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        SafeConstructor.__init__(self)
        _TextResolver.__init__(self)


PathKey = tuple[str | int, ...]


@dataclass
class Document:
    """A parsed file: its data, and its text to find where each value was written."""

    path: Path
    data: Any
    source: str = ""
    node: yaml.Node | None = field(default=None, repr=False)

    def position(self, key: PathKey) -> tuple[int, int]:
        """Line and column of the value at `key` (of its key, in a mapping), or of its nearest
        parent when `key` is not in the file; (1, 1) for an empty file."""
        if self.node is None and self.source:
            self.node = compose(self.path, self.source)
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


def node_at(root: yaml.Node | None, key: PathKey) -> yaml.Node | None:
    """The composed node of the value at `key`, or None when the file has none there."""
    node = root
    for part in key:
        found = _child(node, part) if node is not None else None
        if found is None:
            return None
        node = found[1]
    return node


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
    if not _ANCHOR.search(source):  # no anchors, so no aliases to expand: one pass
        return Document(path, _load_plain(path, source), source)
    node = compose(path, source)
    document = Document(path, None, source, node)
    if node is not None:
        _check_size(path, node)
        builder = _Builder(path, source)
        document.data = builder.build(node, 0)
        if builder.problems:
            raise ContentError(builder.problems)
    return document


def _load_plain(path: Path, source: str) -> Any:
    loader = _PlainLoader(source)
    loader.path, loader.problems, loader.lines = path, [], source.split("\n")
    try:
        data = _parsing(path, source, loader.get_single_data)
    finally:
        loader.dispose()
    if loader.problems:
        raise ContentError(loader.problems)
    return data


def compose(path: Path, source: str) -> yaml.Node | None:
    """The file's YAML nodes, which know where each value is written."""
    return _parsing(path, source, lambda: yaml.compose(source, Loader=_Loader))  # type: ignore[no-any-return]


def _parsing(path: Path, source: str, parse: Callable[[], Any]) -> Any:
    """Run `parse`, turning YAML syntax errors into a ContentError at their place."""
    try:
        return parse()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise ContentError([problem_at(path, _syntax(error, source), line, col)]) from None
    except yaml.YAMLError as error:
        raise ContentError([problem_at(path, f"YAML syntax: {error}")]) from None
    except RecursionError:
        raise ContentError([problem_at(path, "the file is nested too deeply")]) from None


def _syntax(error: yaml.MarkedYAMLError, source: str) -> str:
    problem = str(error.problem or error.context or "cannot read this")
    if "maximum nesting depth" in problem:
        return "the file is nested too deeply"
    if "undefined alias" in problem:
        return "YAML syntax: an alias ('*name') refers to no anchor ('&name')"
    fix = likely_fix(error, source)
    return f"YAML syntax: {fix or problem + _opened_at(error)}"


def _opened_at(error: yaml.MarkedYAMLError) -> str:
    """Where the unfinished part began, when that is on an earlier line than the problem:
    an unclosed '[' or '{' or quote is found only where the file goes on without it."""
    context, start, found = error.context, error.context_mark, error.problem_mark
    if not (context and start and found) or start.line >= found.line:
        return ""
    what = next((words for key, words in _OPENED.items() if key in context), "the part")
    return f": is {what} that starts on line {start.line + 1} closed?"


_OPENED = {
    "flow sequence": "the list in [ ]",
    "flow mapping": "the mapping in { }",
    "quoted scalar": "the quoted text",
}


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


def _tag_refused(node: yaml.Node) -> str:
    return f"the tag '{_written(node.tag)}' is not allowed: write plain YAML without '!' tags"


def _key_refused(key_node: yaml.Node) -> str | None:
    """Why a mapping key cannot be read, or None when it is a plain word."""
    if key_node.tag == f"{_YAML}merge":
        return "merge keys ('<<') are not supported: write the keys out"
    if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _SCALARS:
        return "a key must be a plain word"
    return None


def _repeated(
    repeated: list[yaml.Node], firsts: dict[str, yaml.Node], node: yaml.Node, lines: list[str]
) -> str:
    """One message for the keys of a mapping given again: the first is named, the rest follow
    from it (a forgotten '-' repeats every key of the entry)."""
    key = repeated[0]
    first = firsts[key.value].start_mark.line + 1
    message = f"the key '{key.value}' appears twice (first on line {first}); keep only one"
    start = node.start_mark
    if lines[start.line][: start.column].rstrip().endswith("-"):  # an entry of a list
        written = lines[key.start_mark.line].strip()
        message += f", or if a new entry of the list starts here, add its dash: - {written}"
    if len(repeated) > 1:
        message += f" ({_count(len(repeated) - 1, 'more key')} after it also repeated)"
    return message


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _problem(path: Path, node: yaml.Node, message: str) -> Problem:
    mark = node.start_mark
    return problem_at(path, message, mark.line + 1, mark.column + 1)


class _PlainLoader(_Loader):
    """The text loader, refusing tags and duplicate or non-plain keys."""

    path: Path
    problems: list[Problem]
    lines: list[str]

    def construct_mapping(  # type: ignore[override]
        self, node: yaml.MappingNode, deep: bool = False
    ) -> dict[str, Any]:
        def value_of(value: yaml.Node) -> Any:
            return self.construct_object(value, deep=deep)

        return _plain_mapping(node, self.path, self.problems, self.lines, value_of)

    def refuse_tag(self, node: yaml.Node) -> None:
        self.problems.append(_problem(self.path, node, _tag_refused(node)))


for _tag in ("binary", "set", "omap", "pairs", "bool", "int", "float", "timestamp"):
    _PlainLoader.add_constructor(f"{_YAML}{_tag}", _PlainLoader.refuse_tag)
_PlainLoader.add_constructor(None, _PlainLoader.refuse_tag)


class _Builder:
    """Turns composed YAML nodes into plain Python values, refusing what is not plain YAML."""

    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.lines = source.split("\n")
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, depth: int) -> Any:
        if depth > MAX_DEPTH:
            _refuse(self.path, node, f"the file is nested more than {MAX_DEPTH} levels deep")
        tag = node.tag
        if tag == _MAP and isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth + 1)
        if tag == _SEQ and isinstance(node, yaml.SequenceNode):
            return [self.build(item, depth + 1) for item in node.value]
        construct = _SCALARS.get(tag)
        if construct is None or not isinstance(node, yaml.ScalarNode):
            _refuse(self.path, node, _tag_refused(node))
        return construct(node)

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[str, Any]:
        build = self.build
        return _plain_mapping(
            node, self.path, self.problems, self.lines, lambda value: build(value, depth)
        )


def _plain_mapping(
    node: yaml.MappingNode,
    path: Path,
    problems: list[Problem],
    lines: list[str],
    value_of: Callable[[yaml.Node], Any],
) -> dict[str, Any]:
    """A mapping's keys and values; a refused key (duplicate, merge, not plain) is a problem."""
    result: dict[str, Any] = {}
    firsts: dict[str, yaml.Node] = {}
    repeated: list[yaml.Node] = []
    for key_node, value_node in node.value:
        refused = _key_refused(key_node)
        if refused:
            problems.append(_problem(path, key_node, refused))
        elif key_node.value in firsts:
            repeated.append(key_node)
        else:
            firsts[key_node.value] = key_node
            result[key_node.value] = value_of(value_node)
    if repeated:
        problems.append(_problem(path, repeated[0], _repeated(repeated, firsts, node, lines)))
    return result
