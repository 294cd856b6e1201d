"""Each puzzle kind lives in one place: its module in `escape_room.kinds` and its scene.

A file *names* a kind when it uses the kind's model class by name, or writes its type string
where a type is chosen: a one-value `Literal[...]`, `kind=` on a class, a comparison, a
subscript, or a literal list or mapping of two or more types. Texts in `i18n/` are aside.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import get_args, get_origin

import pytest
from pydantic import BaseModel

from escape_room.content.pack import load_pack
from escape_room.content.puzzlelint import puzzle_findings
from escape_room.kinds import KINDS, PuzzleKind
from escape_room.scenes.puzzles import SCENES

PACKAGE = Path(__file__).resolve().parents[1] / "escape_room"
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "i18n" not in p.relative_to(PACKAGE).parts)
TYPES = set(KINDS)
ALLKINDS = load_pack(Path(__file__).resolve().parent / "fixtures" / "allkinds")


def _strings(node: ast.AST) -> Iterator[str]:
    for child in ast.walk(node):
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            yield child.value


def _chosen_types(tree: ast.AST) -> Iterator[str]:
    """Type strings written where a puzzle type is chosen (see the module docstring)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            literal = isinstance(node.value, ast.Name) and node.value.id == "Literal"
            if not literal or isinstance(node.slice, ast.Constant):
                yield from _strings(node.slice)
        elif isinstance(node, ast.ClassDef):
            yield from (s for k in node.keywords if k.arg == "kind" for s in _strings(k.value))
        elif isinstance(node, ast.Compare):
            yield from _strings(node)
        elif isinstance(node, (ast.Dict, ast.List, ast.Tuple, ast.Set)):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            found = {i.value for i in items if isinstance(i, ast.Constant)} & TYPES
            yield from found if len(found) >= 2 else ()


def _identifiers(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, ast.Attribute):
            yield node.attr
        elif isinstance(node, ast.alias):
            yield node.asname or node.name
        elif isinstance(node, ast.ClassDef):
            yield node.name


def _naming(kind: PuzzleKind[object, object]) -> list[str]:
    files = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if kind.model.__name__ in _identifiers(tree) or kind.type in _chosen_types(tree):
            files.append(path.relative_to(PACKAGE).as_posix())
    return files


@pytest.mark.parametrize("kind", KINDS.values(), ids=lambda kind: kind.type)
def test_a_kind_is_named_only_in_its_module_and_its_scene(kind: PuzzleKind[object, object]) -> None:
    module = kind.model.__module__.removeprefix("escape_room.").replace(".", "/") + ".py"
    scene = SCENES[kind.type].__module__.removeprefix("escape_room.").replace(".", "/") + ".py"
    assert set(_naming(kind)) == {module, scene}


def test_no_isinstance_over_puzzle_kinds_outside_their_own_module() -> None:
    models = {kind.model.__name__: kind.model.__module__ for kind in KINDS.values()}
    for path in SOURCES:
        module = "escape_room." + path.relative_to(PACKAGE).with_suffix("").as_posix().replace(
            "/", "."
        )
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "isinstance":
                named = {n.id for n in ast.walk(node.args[1]) if isinstance(n, ast.Name)}
                assert all(models[name] == module for name in named & set(models)), path


def test_every_kind_has_a_scene_and_a_template() -> None:
    assert set(SCENES) == set(KINDS)
    assert all(kind.template.is_file() for kind in KINDS.values())


def _lists_of_entries_with_ids(kind: PuzzleKind[object, object]) -> set[str]:
    found = set()
    for name, info in kind.model.model_fields.items():
        entry = get_args(info.annotation)[0] if get_origin(info.annotation) is list else None
        if isinstance(entry, type) and issubclass(entry, BaseModel) and "id" in entry.model_fields:
            found.add(name)
    return found


@pytest.mark.parametrize("kind", KINDS.values(), ids=lambda kind: kind.type)
def test_every_list_of_entries_with_ids_is_checked_for_repeated_ids(
    kind: PuzzleKind[object, object],
) -> None:
    # given a puzzle of the kind whose first entry of each id list is written twice
    puzzle = next(
        p for room in ALLKINDS.rooms for p in room.puzzles.values() if p.type == kind.type
    )
    assert {name for name, _ in kind.id_lists} == _lists_of_entries_with_ids(kind)
    for name, noun in kind.id_lists:
        entries = getattr(puzzle, name)
        twice = puzzle.model_copy(update={name: [entries[0], *entries]})
        # then the repeated id is reported where it is written the second time
        found = [(key, message) for key, _, message in puzzle_findings(twice)]
        assert (
            (name, 1, "id"),
            f"the {noun} id '{entries[0].id}' is used twice (also {noun} 1); ids must be unique",
        ) in found
