"""Small edits to a teacher's YAML file that keep its comments and layout: appending to a list."""

from __future__ import annotations

from pathlib import Path

import yaml

from escape_room.content.problems import ContentError
from escape_room.content.yamlread import compose, read_bytes, read_yaml


def append_to_list(path: Path, key: str, item: str) -> bool:
    """Append `item` (one line of YAML in flow style, e.g. "{id: a}") to the top-level list
    `key` of the file. Returns False, leaving the file untouched, when that cannot be done safely.
    """
    try:
        raw = read_bytes(path)
        bom, text = raw.startswith(b"\xef\xbb\xbf"), raw.decode("utf-8-sig")
        crlf = "\r\n" in text
        text = text.replace("\r\n", "\n")
        edited = _appended(path, text, key, item)
    except (ContentError, UnicodeDecodeError):
        return False
    if edited is None:
        return False
    edited = edited.replace("\n", "\r\n") if crlf else edited
    path.write_bytes(("\ufeff" if bom else "").encode() + edited.encode("utf-8"))
    return True


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
    if not isinstance(root, yaml.MappingNode):
        return None
    for key_node, value_node in root.value:
        if key_node.value == key and isinstance(value_node, yaml.SequenceNode):
            return value_node
    return None


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
