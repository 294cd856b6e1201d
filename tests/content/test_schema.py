"""The JSON Schema: generated from the models, shipped unchanged, and as strict as the loader."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from packtools import ROOM, load

from escape_room.content.schema import json_schema, schema_text

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "puzzles"
SHIPPED = BUNDLED / "schema" / "escape-room.schema.json"
Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_the_shipped_schema_is_the_one_the_models_generate() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == schema_text(), (
        "regenerate it: escape-room schema -o puzzles/schema/escape-room.schema.json"
    )


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def test_every_object_in_the_schema_rejects_unknown_keys() -> None:
    objects = list(_objects(json_schema()))
    assert len(objects) > 30
    assert all(node.get("additionalProperties") is False for node in objects)


def test_every_key_has_a_description_for_the_editor_to_show() -> None:
    for name, definition in json_schema()["definitions"].items():
        for key, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{name}.{key} has no description"


@pytest.mark.parametrize(
    "path", sorted(BUNDLED.rglob("*.yaml")), ids=lambda p: p.relative_to(BUNDLED).as_posix()
)
def test_every_bundled_file_passes_the_schema(
    validator: jsonschema.Draft7Validator, path: Path
) -> None:
    assert [e.message for e in validator.iter_errors(load(path))] == []


def test_every_starter_file_passes_the_schema(
    validator: jsonschema.Draft7Validator, starter: Path
) -> None:
    for path in sorted(starter.rglob("*.yaml")):
        assert [e.message for e in validator.iter_errors(load(path))] == [], path


@pytest.mark.parametrize(
    "change",
    [
        lambda room: room.update(tiem_limit=600),
        lambda room: room["hotspots"][0].update(lable="Sign"),
        lambda room: room["exit"].update(lock={"code_form": ["sign-shape"]}),
        lambda room: room.update(title={"en": "Street", "EN": "Street"}),
    ],
    ids=["top-level", "hotspot", "lock", "language-code"],
)
def test_a_file_with_an_unknown_key_fails_the_schema(
    validator: jsonschema.Draft7Validator, starter: Path, change: Callable[[Any], None]
) -> None:
    room = load(starter / ROOM)
    assert list(validator.iter_errors(room)) == []
    change(room)
    assert list(validator.iter_errors(room)) != []


def test_the_schema_command_writes_the_schema(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "schema" / "escape-room.schema.json"
    assert cli("schema", "-o", target)[0] == 0
    assert target.read_text(encoding="utf-8") == schema_text()
    code, out, _ = cli("schema")
    assert (code, yaml.safe_load(out)["title"]) == (0, "Escape-room pack file")
