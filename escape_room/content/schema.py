"""The JSON Schema of every pack file, generated from the models, for editors such as VS Code.

One schema accepts a `pack.yaml`, a room file or a puzzle file (`anyOf` the three), rejects unknown
keys everywhere, and carries the models' descriptions (in English, or in Lithuanian from the
tables of :mod:`escape_room.content.lithuanian`) so an editor can complete and explain keys as a
teacher types. It is written as JSON Schema draft-07, which YAML editors understand best.

The game reads every value as the text typed and lets the models decide what it is, while an
editor reads `1.10` as a number and `yes` as a text. So that the editor underlines only what the
game refuses, a text may also be written as what an editor reads as a number or true/false, and a
true/false field also takes the words the game reads as true or false (`yes`, `no`, `on`, ...).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema

from escape_room.content.models import PackFile, RoomFile
from escape_room.content.puzzlefile import PuzzleFile

SCHEMA_FILE = "escape-room.schema.json"
SCHEMA_DIR = "schema"
DRAFT = "http://json-schema.org/draft-07/schema#"


class _NoFieldTitles(GenerateJsonSchema):
    """Leaves out the title pydantic derives from each field's name: it repeats the key."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False


def json_schema(lang: str = "en") -> dict[str, Any]:
    """The schema as a dict, its descriptions in English or Lithuanian (`lang` 'lt')."""
    adapter: TypeAdapter[Any] = TypeAdapter(PackFile | RoomFile | PuzzleFile)
    generated = adapter.json_schema(
        ref_template="#/definitions/{model}", schema_generator=_NoFieldTitles
    )
    body = _draft7(generated)
    schema = {
        "$schema": DRAFT,
        "title": "Escape-room pack file",
        "description": "pack.yaml, a room file rooms/<id>.yaml, or puzzles in rooms/<id>/*.yaml.",
        "anyOf": body["anyOf"],
        "definitions": body["$defs"],
    }
    if lang != "lt":
        return schema
    from escape_room.content.lithuanian import schema_description

    said = _described(schema, schema_description)
    return {**said, "title": schema_description(schema["title"])}


def schema_text(lang: str = "en") -> str:
    """The schema as the text of the file that is shipped and written."""
    return json.dumps(json_schema(lang), indent=2, ensure_ascii=False) + "\n"


def _described(node: Any, say: Callable[[str], str]) -> Any:
    """The schema with every description said again by `say`."""
    if isinstance(node, list):
        return [_described(item, say) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: say(value)
        if key == "description" and isinstance(value, str)
        else _described(value, say)
        for key, value in node.items()
    }


_TRUTH_WORDS = ("true", "false", "yes", "no", "on", "off", "y", "n", "t", "f", "1", "0")
_ANY_CASE = "|".join(
    "".join(f"[{c}{c.upper()}]" if c.isalpha() else c for c in w) for w in _TRUTH_WORDS
)
_READ_AS_WRITTEN: dict[str, dict[str, Any]] = {
    "string": {"type": ["string", "number", "boolean"]},
    "boolean": {"type": ["boolean", "string"], "pattern": f"^(?:{_ANY_CASE})$"},
}


def _draft7(node: Any) -> Any:
    """Rewrite 2020-12 constructs as draft-07: tuples as `items` arrays, no `discriminator`,
    maps of texts per language closed to other keys, and plain values as the game reads them."""
    if isinstance(node, list):
        return [_draft7(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _draft7(value) for key, value in node.items() if key != "discriminator"}
    if "prefixItems" in result:
        result["items"] = result.pop("prefixItems")
        result["additionalItems"] = False
    if "patternProperties" in result:
        result["additionalProperties"] = False
    if _numbers_as_text(result):  # a KET sign number, which an editor reads as a number
        numbers = [int(value) for value in result["enum"] if value.isdigit()]
        return {**result, "type": ["string", "integer"], "enum": [*result["enum"], *numbers]}
    plain = _READ_AS_WRITTEN.get(str(result.get("type")))
    if plain is None or {"enum", "const"} & set(result):
        return result
    return {**result, **plain}


def _numbers_as_text(node: dict[str, Any]) -> bool:
    """Whether a choice of texts holds some made of digits only."""
    choices = node.get("enum", [])
    return node.get("type") == "string" and any(
        isinstance(value, str) and value.isdigit() for value in choices
    )
