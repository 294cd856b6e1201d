"""Small edits to a teacher's YAML file that keep its comments and layout: appending to a list,
and writing new numbers over the numbers of a list (a shape's `rect`) where they are written.

The file is never dumped again: the edit changes only the characters it must, and keeps the
file's byte-order mark and line endings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from escape_room.content.problems import ContentError, problem_at
from escape_room.content.yamlread import PathKey, compose, node_at, read_bytes, read_yaml

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class _Decoded:
    """A file's text with Unix line endings, and how to write it back as it was."""

    text: str
    bom: bool
    crlf: bool

    def encoded(self, text: str) -> bytes:
        text = text.replace("\n", "\r\n") if self.crlf else text
        return (_BOM if self.bom else b"") + text.encode("utf-8")


def _decoded(raw: bytes) -> _Decoded:
    text = raw.decode("utf-8-sig")
    return _Decoded(text.replace("\r\n", "\n"), raw.startswith(_BOM), "\r\n" in text)


def append_to_list(path: Path, key: str, item: str) -> bool:
    """Append `item` (one line of YAML in flow style, e.g. "{id: a}") to the top-level list
    `key` of the file. Returns False, leaving the file untouched, when that cannot be done safely.
    """
    try:
        decoded = _decoded(read_bytes(path))
        edited = _appended(path, decoded.text, key, item)
    except (ContentError, UnicodeDecodeError):
        return False
    if edited is None:
        return False
    path.write_bytes(decoded.encoded(edited))
    return True


@dataclass(frozen=True)
class Written:
    """A file as it was before an edit and as the edit left it, to undo the edit."""

    path: Path
    before: bytes
    after: bytes


def replace_numbers(path: Path, key: PathKey, numbers: Sequence[int]) -> Written:
    """Write `numbers` over the plain values of the list at `key` (e.g. `("hotspots", 2,
    "shape", "rect")`), in the order they are written, nested lists included. Nothing else of
    the file changes. Raises ContentError, the file untouched, when the list is not there as
    expected or the file cannot be written (read-only, say)."""
    before = read_bytes(path)
    try:
        decoded = _decoded(before)
    except UnicodeDecodeError:
        raise ContentError([problem_at(path, "the file is not UTF-8 text")]) from None
    text = decoded.text
    scalars = _plain_scalars(node_at(compose(path, text), key))
    where = " › ".join(str(part) for part in key)
    if scalars is None or len(scalars) != len(numbers):
        message = f"cannot find the {len(numbers)} numbers of {where} to change in the file"
        raise ContentError([problem_at(path, message)])
    for scalar, number in reversed(list(zip(scalars, numbers, strict=True))):
        text = f"{text[: scalar.start_mark.index]}{number}{text[scalar.end_mark.index :]}"
    if _plain_scalars(node_at(compose(path, text), key)) is None:
        raise ContentError([problem_at(path, f"changing {where} would break the file")])
    after = decoded.encoded(text)
    _write(path, after)
    return Written(path, before, after)


def undo(written: Written) -> None:
    """Put the file back as it was before `written`, unless it changed since."""
    if read_bytes(written.path) != written.after:
        message = "the file changed after the numbers were written, so undo left it as it is"
        raise ContentError([problem_at(written.path, message)])
    _write(written.path, written.before)


def _write(path: Path, data: bytes) -> None:
    """Overwrite the file in place (keeping its permissions and links), or say why not."""
    try:
        with path.open("r+b") as handle:
            handle.write(data)
            handle.truncate()
    except OSError as error:
        reason = error.strerror or str(error)
        message = f"cannot write the file ({reason}); is it read-only? Copy the numbers instead"
        raise ContentError([problem_at(path, message)]) from None


def _plain_scalars(node: yaml.Node | None) -> list[yaml.ScalarNode] | None:
    """The plain (unquoted) values of a list and of the lists in it, in written order; None
    when it is not a list of such values."""
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        return None
    found: list[yaml.ScalarNode] = []
    for item in node.value:
        if isinstance(item, yaml.ScalarNode) and not item.style:
            found.append(item)
        else:
            inner = _plain_scalars(item)
            if inner is None:
                return None
            found += inner
    return found


def _appended(path: Path, text: str, key: str, item: str) -> str | None:
    node = _list_node(compose(path, text), key)
    if node is None:
        return None
    if node.flow_style:
        end = node.end_mark.index - 1  # the closing ']'
        separator = ", " if node.value else ""
        edited = f"{text[:end]}{separator}{item}{text[end:]}"
    elif node.value:
        edited = _append_block(text, node, item)
    else:
        return None
    return edited if _ends_with(path, edited, key, item) else None


def _list_node(root: yaml.Node | None, key: str) -> yaml.SequenceNode | None:
    node = node_at(root, (key,))
    return node if isinstance(node, yaml.SequenceNode) else None


def _append_block(text: str, node: yaml.SequenceNode, item: str) -> str:
    lines = text.split("\n")
    first = node.value[0].start_mark
    dash = lines[first.line][: first.column].rstrip()
    indent = len(dash) - 1
    last = node.value[-1].start_mark.line
    mark = node.end_mark  # where the next token starts: the list ends before it
    end = min(mark.line if mark.column > 0 else mark.line - 1, len(lines) - 1)
    for number in range(end, last, -1):
        stripped = lines[number].strip()
        if stripped and not stripped.startswith("#"):
            last = number
            break
    lines.insert(last + 1, f"{' ' * indent}- {item}")
    return "\n".join(lines)


def _ends_with(path: Path, text: str, key: str, item: str) -> bool:
    """Whether the edited text still reads, with `item` now last in the list."""
    try:
        data = read_yaml(path, text).data
        expected = read_yaml(path, item).data
    except ContentError:
        return False
    return isinstance(data, dict) and isinstance(data.get(key), list) and data[key][-1] == expected
