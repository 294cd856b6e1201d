"""The authoring guide: its field tables match the models and every YAML example validates."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from pydantic import BaseModel

from escape_room.content import models
from escape_room.content.pack import check_pack
from escape_room.content.puzzlefile import PUZZLE_TYPES, PuzzleFile
from escape_room.content.reference import anchors, format_models, update
from escape_room.content.schema import json_schema

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "authoring.md"
LITHUANIAN = GUIDE.parent / "lt" / "authoring.md"
TEXT = GUIDE.read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```yaml\n(.*?)```", TEXT, re.DOTALL)
LT_TEXT = LITHUANIAN.read_text(encoding="utf-8")
LT_EXAMPLES = re.findall(r"```yaml\n(.*?)```", LT_TEXT, re.DOTALL)


GUIDES = {"en": TEXT, "lt": LT_TEXT}


@pytest.mark.parametrize("lang", GUIDES)
def test_the_field_tables_are_the_ones_the_models_give(lang: str) -> None:
    path = {"en": GUIDE, "lt": LITHUANIAN}[lang]
    regenerate = f"regenerate: python -m escape_room.content.reference --lang {lang} {path}"
    assert update(GUIDES[lang], lang) == GUIDES[lang], regenerate


def _format_models() -> set[str]:
    found: set[str] = set()
    pending: list[type[BaseModel]] = [models.PackFile, models.RoomFile, PuzzleFile]
    while pending:
        model = pending.pop()
        if model.__name__ in found:
            continue
        found.add(model.__name__)
        pending += [
            kind
            for info in model.model_fields.values()
            for module, kind in re.findall(
                r"(escape_room\.content\.models|escape_room\.kinds\.\w+)\.(\w+)",
                repr(info.annotation),
            )
            for kind in [getattr(sys.modules[module], kind)]
        ]
    return found


@pytest.mark.parametrize("lang", GUIDES)
def test_every_model_of_the_format_has_its_table(lang: str) -> None:
    tables = set(re.findall(r"<!-- fields: (\w+) -->", GUIDES[lang]))
    assert _format_models() - {"PuzzleBase"} <= tables
    assert "PuzzleBase" in tables


@pytest.mark.parametrize("kind", PUZZLE_TYPES)
def test_every_puzzle_type_has_a_section_with_a_complete_example(kind: str) -> None:
    section = TEXT.split(f"\n### {kind}\n", 1)[1].split("\n### ", 1)[0]
    assert f"type: {kind}" in section


@pytest.mark.parametrize(
    "example",
    [*EXAMPLES, *(pytest.param(e, id=f"lt-{e.splitlines()[0][8:]}") for e in LT_EXAMPLES)],
    ids=lambda e: e.splitlines()[0].removeprefix("# "),
)
def test_every_yaml_example_validates_in_a_small_pack(example: str, starter: Path) -> None:
    first = example.splitlines()[0]
    assert first.startswith("# file: "), "each example names the file it is"
    target = starter / first.removeprefix("# file: ")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(example, encoding="utf-8")
    errors = [str(p) for p in check_pack(starter)[1] if p.is_error]
    assert errors == []
    data = yaml.load(example, Loader=yaml.CSafeLoader)
    assert list(jsonschema.Draft7Validator(json_schema()).iter_errors(data)) == []


def test_the_examples_cover_every_kind_of_file() -> None:
    names = [e.splitlines()[0] for e in EXAMPLES]
    assert "# file: pack.yaml" in names
    assert "# file: rooms/first-room.yaml" in names
    assert len(EXAMPLES) >= 2 + len(PUZZLE_TYPES)


@pytest.mark.parametrize("lang", GUIDES)
def test_the_guide_gives_the_ground_lines_of_every_scene_the_game_draws(lang: str) -> None:
    from typing import get_args

    from escape_room.content.ground import GROUND

    drawn = set(get_args(models.SceneName)) | set(get_args(models.PanoramaName))
    assert set(GROUND) == drawn
    table = GUIDES[lang].split("<!-- ground -->\n", 1)[1].split("<!-- /ground -->", 1)[0]
    assert {row.split("`")[1] for row in table.splitlines()[2:]} == drawn


@pytest.mark.parametrize("lang", GUIDES)
def test_every_link_inside_the_guide_leads_to_one_of_its_headings(lang: str) -> None:
    text = GUIDES[lang]
    prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    targets = set(re.findall(r"\]\(#([^)]+)\)", prose))
    assert len(targets) > 20
    assert sorted(targets - {anchor for _, anchor in anchors(text)}) == []


def test_a_heading_s_anchor_is_the_one_github_gives_it() -> None:
    text = "## What `validate` checks\n### Hotspot\n```\n# file: x\n```\n### hotspot\n"
    text += "#### Kelio ženklai\n"
    assert [anchor for _, anchor in anchors(text)] == [
        "what-validate-checks",
        "hotspot",
        "hotspot-1",
        "kelio-ženklai",
    ]


def _outline(text: str) -> list[str]:
    """The guide's headings and generated tables, in order: each heading by its level, and by
    its words too where they are the same in every language (a model, a puzzle type, a file)."""
    named = set(format_models()) | set(PUZZLE_TYPES) | {"pack.yaml"}
    outline = []
    for line in re.sub(r"```.*?```", "", text, flags=re.DOTALL).splitlines():
        heading = re.fullmatch(r"(#+) (.*)", line)
        if heading:
            level, words = heading.groups()
            outline.append(f"{level} {words}" if words in named else level)
        elif re.fullmatch(r"<!-- (fields: \w+|ground|signs|columns) -->", line):
            outline.append(line)
    return outline


def test_the_lithuanian_guide_keeps_in_step_with_the_english_one() -> None:
    assert LT_EXAMPLES == EXAMPLES
    assert _outline(LT_TEXT) == _outline(TEXT)
    assert {"<!-- ground -->", "<!-- signs -->", "<!-- columns -->"} <= set(_outline(TEXT))
    for kind in PUZZLE_TYPES:
        section = LT_TEXT.split(f"\n### {kind}\n", 1)[1].split("\n### ", 1)[0]
        assert f"type: {kind}" in section


def test_the_outline_tells_a_missing_section_or_table() -> None:
    # given the Lithuanian guide without its road signs, or with a table moved
    without_signs = LT_TEXT.replace("#### Kelio ženklai\n", "")
    moved = LT_TEXT.replace("<!-- fields: Step -->", "<!-- fields: Pair -->", 1)
    # then its outline is no longer the English guide's
    assert _outline(without_signs) != _outline(TEXT)
    assert _outline(moved) != _outline(TEXT)


def test_every_word_of_the_lithuanian_tables_is_one_they_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from escape_room.content import lithuanian

    used: set[str] = set()

    class Recording(dict[str, str]):
        def __getitem__(self, wording: str) -> str:
            used.add(wording)
            return super().__getitem__(wording)

    monkeypatch.setattr(lithuanian, "TABLE_WORDS", Recording(lithuanian.TABLE_WORDS))
    update(LT_TEXT, "lt")
    assert sorted(set(lithuanian.TABLE_WORDS) - used) == []
