"""Random YAML structures and random bytes: the loader only ever raises ContentError."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from escape_room.content.check import check_paths, load_for_preview
from escape_room.content.pack import load_pack
from escape_room.content.problems import ContentError
from escape_room.content.puzzlefile import PUZZLE_TYPES
from escape_room.content.reference import format_models
from escape_room.content.scaffold import new_pack

FILES = ("pack.yaml", "rooms/first-room.yaml", "rooms/first-room/puzzles.yaml")
KEYS = sorted({name for model in format_models().values() for name in model.model_fields})
WORDS = st.sampled_from([*KEYS, *PUZZLE_TYPES, "en", "lt", "first-room", "lo-signs"])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), WORDS, st.text(max_size=8)
)
STRUCTURES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(WORDS | st.text(max_size=5), inner, max_size=5)
    ),
    max_leaves=25,
)
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def starter_copy() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "pack"
        shutil.copytree(_starter(), root)
        yield root


_CACHE: dict[str, Path] = {}


def _starter() -> Path:
    if "root" not in _CACHE:
        _CACHE["root"] = Path(tempfile.mkdtemp()) / "starter"
        new_pack(_CACHE["root"])
    return _CACHE["root"]


def only_content_errors(root: Path, changed: Path) -> None:
    try:
        load_pack(root)
    except ContentError as error:
        assert all(str(problem) for problem in error.problems)
    check_paths([root, changed])
    load_for_preview(changed)


@FUZZ
@given(which=st.sampled_from(FILES), data=STRUCTURES)
def test_random_yaml_structures_only_raise_content_errors(which: str, data: Any) -> None:
    with starter_copy() as root:
        (root / which).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        only_content_errors(root, root / which)


@FUZZ
@given(which=st.sampled_from(FILES), path=st.lists(WORDS, min_size=1, max_size=3), value=STRUCTURES)
def test_random_changes_inside_valid_files_only_raise_content_errors(
    which: str, path: list[str], value: Any
) -> None:
    with starter_copy() as root:
        data = yaml.safe_load((root / which).read_text(encoding="utf-8"))
        _put(data, path, value)
        (root / which).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        only_content_errors(root, root / which)


def _put(data: Any, path: list[str], value: Any) -> None:
    """Set `value` deep inside `data`, following existing keys (and first list items)."""
    for key in path[:-1]:
        while isinstance(data, list) and data:
            data = data[0]
        if not isinstance(data, dict) or not isinstance(data.get(key), (dict, list)):
            break
        data = data[key]
    while isinstance(data, list) and data:
        data = data[0]
    if isinstance(data, dict):
        data[path[-1]] = value


@FUZZ
@given(which=st.sampled_from(FILES), raw=st.binary(max_size=300))
def test_random_bytes_only_raise_content_errors(which: str, raw: bytes) -> None:
    with starter_copy() as root:
        (root / which).write_bytes(raw)
        only_content_errors(root, root / which)


@FUZZ
@given(which=st.sampled_from(FILES), text=st.text(alphabet="{}[]:-&*!|>'\"#, \n\tab1", max_size=80))
def test_random_yaml_punctuation_only_raises_content_errors(which: str, text: str) -> None:
    with starter_copy() as root:
        (root / which).write_text(text, encoding="utf-8")
        only_content_errors(root, root / which)
