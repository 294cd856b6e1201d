"""Checks beyond the schema, over a whole loaded pack: `lint(pack)` gives every problem found.

Pure: it reads no file but looks up whether pictures exist. The pack-wide checks live here;
rooms, puzzles, solvability, languages, pictures and layout each have their own module.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from escape_room.content.assets import check_picture, lint_assets_folder
from escape_room.content.languages import check_text
from escape_room.content.layout import lint_layout
from escape_room.content.messages import Key
from escape_room.content.models import CheckItem, Image, KnowledgeCheck, Panorama
from escape_room.content.modelwalk import walk
from escape_room.content.problems import Problem, did_you_mean
from escape_room.content.puzzlelint import duplicate_ids
from escape_room.content.report import Reporter
from escape_room.content.roomlint import lint_room
from escape_room.content.solvable import lint_solvable

if TYPE_CHECKING:
    from escape_room.content.pack import Pack


def lint(pack: Pack, incomplete: frozenset[str] = frozenset()) -> list[Problem]:
    """Every problem the schema cannot see: ids, references, answers, solvability, languages,
    pictures, layout and pace.

    Rooms in `incomplete` have a file that could not be read; checks that need all of a room
    are left out for them, so one broken file does not cause a cascade of reports.
    """
    report = Reporter(pack.documents)
    _lint_pack_file(pack, report)
    owners = {puzzle_id: room.id for room in pack.rooms for puzzle_id in room.puzzles}
    for room in pack.rooms:
        if room.id not in incomplete:
            lint_room(room, pack, report, owners)
            lint_solvable(room, report)
            lint_layout(room, report)
    if not incomplete:
        _unused_objectives(pack, report)
    _lint_values(pack, report)
    return report.problems


def _lint_values(pack: Pack, report: Reporter) -> None:
    """Every text in every language, every picture inside the pack."""
    languages = pack.model.languages
    every = set(languages)
    for path, base, model in _parts(pack):
        for key, value in walk(model, base):
            if isinstance(value, dict):
                if value.keys() != every:  # (a text in each language and no other is fine)
                    check_text(key, value, path, languages, report)
            elif isinstance(value, (Image, Panorama)) and value.image is not None:
                check_picture(key, value.image, path, pack, report)


def _parts(pack: Pack) -> Iterator[tuple[Path, Key, BaseModel]]:
    """Each model of the pack with its file and its key in that file."""
    yield pack.path, (), pack.model
    for room in pack.rooms:
        yield room.path, (), room.model
        for puzzle_id, puzzle in room.puzzles.items():
            source = room.sources[puzzle_id]
            yield source.path, ("puzzles", source.index), puzzle


def _lint_pack_file(pack: Pack, report: Reporter) -> None:
    path = pack.path
    model = pack.model
    for key, severity, message in duplicate_ids(model.objectives, ("objectives",), "objective"):
        report.add(severity, path, key, message)
    seen: set[str] = set()
    for index, room_id in enumerate(model.rooms):
        if room_id in seen:
            report.error(path, ("rooms", index), f"the room '{room_id}' is listed twice")
        seen.add(room_id)
    if model.knowledge_check is not None:
        _lint_knowledge_check(pack, model.knowledge_check, report)
    lint_assets_folder(pack, report)


def _lint_knowledge_check(pack: Pack, check: KnowledgeCheck, report: Reporter) -> None:
    path = pack.path
    objectives = [objective.id for objective in pack.model.objectives]
    seen: dict[str, str] = {}
    for form in ("form_a", "form_b"):
        items: list[CheckItem] = getattr(check, form)
        for index, item in enumerate(items):
            key = ("knowledge_check", form, index)
            if item.id in seen:
                message = f"the question id '{item.id}' is already used in {seen[item.id]}"
                report.error(path, (*key, "id"), message)
            seen.setdefault(item.id, form)
            if item.objective not in objectives:
                hint = did_you_mean(item.objective, objectives)
                message = f"the objective '{item.objective}' is not declared in pack.yaml{hint}"
                report.error(path, (*key, "objective"), message)
            for sub, severity, message in duplicate_ids(item.options, ("options",), "option"):
                report.add(severity, path, (*key, *sub), message)
    if len(check.form_a) != len(check.form_b):
        message = (
            f"form_a has {len(check.form_a)} questions and form_b {len(check.form_b)}; "
            "the two forms should be parallel, with the same number of questions"
        )
        report.warning(path, ("knowledge_check",), message)


def _unused_objectives(pack: Pack, report: Reporter) -> None:
    practised = {o for room in pack.rooms for p in room.puzzles.values() for o in p.objectives}
    for index, objective in enumerate(pack.model.objectives):
        if objective.id not in practised:
            message = f"no puzzle practises the objective '{objective.id}'"
            report.warning(pack.path, ("objectives", index, "id"), message)
