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


def test_the_schema_command_writes_the_schema(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESCAPE_ROOM_LANG", "en")
    target = tmp_path / "schema" / "escape-room.schema.json"
    assert cli("schema", "-o", target)[0] == 0
    assert target.read_text(encoding="utf-8") == schema_text()
    code, out, _ = cli("schema")
    assert (code, yaml.safe_load(out)["title"]) == (0, "Escape-room pack file")


def _descriptions(node: Any) -> Iterator[tuple[str, str]]:
    """Each description of the schema, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                yield key, value
            else:
                yield from ((f"{key}/{where}", said) for where, said in _descriptions(value))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from ((f"{index}/{where}", said) for where, said in _descriptions(item))


def _without_words(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_words(v) for k, v in node.items() if k not in ("description", "title")}
    if isinstance(node, list):
        return [_without_words(item) for item in node]
    return node


def test_the_lithuanian_schema_explains_every_key_in_lithuanian() -> None:
    from escape_room.content.lithuanian import MODELS

    english, lithuanian = json_schema(), json_schema("lt")
    assert _without_words(lithuanian) == _without_words(english), "only the words differ"
    pairs = zip(_descriptions(english), _descriptions(lithuanian), strict=True)
    same = [en for (where, en), (_, lt) in pairs if en == lt]
    assert same == []
    said = {text for _, text in _descriptions(english)} | {english["title"]}
    assert [wording for wording in MODELS if wording not in said] == [], "no stale wording"


def test_a_new_pack_in_lithuanian_gets_the_lithuanian_schema(cli: Cli, tmp_path: Path) -> None:
    assert cli("new", "pack", tmp_path / "pack", "--lang", "lt")[0] == 0
    written = tmp_path / "pack" / "schema" / "escape-room.schema.json"
    assert written.read_text(encoding="utf-8") == schema_text("lt")
    code, out, _ = cli("schema", "--lang", "lt")
    assert (code, yaml.safe_load(out)["title"]) == (0, "Pabėgimo kambario rinkinio failas")


@pytest.mark.parametrize(("sign", "valid"), [(203, True), ("203", True), (999, False)])
def test_a_sign_s_number_may_be_written_without_quotes_as_the_game_reads_it(
    validator: jsonschema.Draft7Validator, starter: Path, sign: object, valid: bool
) -> None:
    room = load(starter / ROOM)
    room["hotspots"][0]["sign"] = sign
    assert (list(validator.iter_errors(room)) == []) == valid


def test_the_schema_command_never_writes_over_a_file_that_is_no_schema(
    cli: Cli, starter: Path
) -> None:
    pack = starter / "pack.yaml"
    before = pack.read_bytes()
    code, _, err = cli("schema", "-o", pack, "--lang", "lt")
    assert code == 1 and "ne JSON schema" in err and pack.read_bytes() == before
    schema = starter / "schema" / "escape-room.schema.json"
    code, out, _ = cli("schema", "-o", schema, "--lang", "lt")  # an older schema: written over
    assert code == 0 and "parašyta" in out and schema.read_text("utf-8") == schema_text("lt")
