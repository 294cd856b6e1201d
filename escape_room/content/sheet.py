"""The teacher's answer sheet: every room, hotspot and puzzle of a pack with its answer, as one
printable HTML page that needs nothing else (no network, no scripts, no files beside it).

Each puzzle's answer is the correct response its kind gives (`escape_room.kinds`), described as
the kind describes it for the record, with option, step, target and category ids replaced by
their texts; the puzzle's own keys (options, steps, pairs, accepted answers, ...) follow.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import Any

from pydantic import BaseModel

from escape_room.content.models import PuzzleBase, RoomFile
from escape_room.content.pack import Pack, Room
from escape_room.content.text import resolve
from escape_room.kinds import kind_of
from escape_room.model.codes import expected_code

_WORDS = {
    "en": {
        "sheet": "Answer sheet",
        "objectives": "Learning objectives",
        "room": "Room",
        "time": "Time limit",
        "exit": "The way out",
        "code": "code {code}: the digits of {puzzles}",
        "items": "hold {items}",
        "all": "solve every puzzle",
        "hotspots": "Hotspots",
        "opens": "opens",
        "needs": "needs",
        "answer": "Answer",
        "hints": "Hints",
        "explanation": "Explanation",
        "objective": "Objective",
        "source": "Source",
        "reward": "Reward",
        "digit": "digit",
        "item": "item",
        "clue": "clue",
        "check": "Knowledge check",
        "form_a": "Form A (before)",
        "form_b": "Form B (after)",
        "key": "key",
        "points": "points",
        "minutes": "min",
        "given_by": "given by",
        "true": "true",
        "false": "false",
    },
    "lt": {
        "sheet": "Atsakymų lapas",
        "objectives": "Mokymosi tikslai",
        "room": "Kambarys",
        "time": "Laikas",
        "exit": "Kelias į laisvę",
        "code": "kodas {code}: skaitmenys iš {puzzles}",
        "items": "turėti {items}",
        "all": "išspręsti visas užduotis",
        "hotspots": "Aktyvios vietos",
        "opens": "atveria",
        "needs": "reikia",
        "answer": "Atsakymas",
        "hints": "Užuominos",
        "explanation": "Paaiškinimas",
        "objective": "Tikslas",
        "source": "Šaltinis",
        "reward": "Atlygis",
        "digit": "skaitmuo",
        "item": "daiktas",
        "clue": "užuomina",
        "check": "Žinių patikrinimas",
        "form_a": "A forma (prieš)",
        "form_b": "B forma (po)",
        "key": "atsakymas",
        "points": "taškai",
        "minutes": "min.",
        "given_by": "duoda",
        "true": "tiesa",
        "false": "netiesa",
    },
}
_LEFT_OUT = {"type", "id", "shape", "prop", "feedback", "shuffle", "image"}
_STYLE = """
body { font: 11pt/1.35 system-ui, sans-serif; margin: 1.5em; color: #111; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; border-bottom: 2px solid #333; margin-top: 1.5em; }
h3 { font-size: 12pt; margin: 1em 0 .2em; } section.lang { page-break-after: always; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999;
  padding: .2em .4em; text-align: left; vertical-align: top; }
.answer { font-weight: bold; } .puzzle { page-break-inside: avoid; }
dl { margin: .2em 0; } dt { font-weight: bold; float: left; clear: left; width: 8em; }
dd { margin-left: 8.5em; } .id { color: #555; font-size: 9pt; }
@page { size: A4; margin: 15mm; }
"""


def sheet_html(pack: Pack, languages: list[str] | None = None) -> str:
    """The whole answer sheet, one part per language (all the pack's languages by default)."""
    langs = languages or list(pack.model.languages)
    title = escape(resolve(pack.model.title, langs[0]))
    parts = "\n".join(_Part(pack, lang).html() for lang in langs)
    return (
        f'<!DOCTYPE html>\n<html lang="{langs[0]}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_STYLE}</style></head><body>\n{parts}\n</body></html>\n"
    )


class _Part:
    """The sheet in one language."""

    def __init__(self, pack: Pack, lang: str) -> None:
        self.pack, self.lang = pack, lang
        self.words = _WORDS.get(lang, _WORDS["en"])

    def text(self, value: Any) -> str:
        return escape(resolve(value, self.lang))

    def html(self) -> str:
        model = self.pack.model
        head = (
            f'<section class="lang" lang="{self.lang}"><h1>{self.words["sheet"]}: '
            f"{self.text(model.title)} <span class=id>{escape(model.version)}</span></h1>"
        )
        objectives = "".join(
            f"<li>{self.text(o.title)} <span class=id>{o.id}</span></li>" for o in model.objectives
        )
        rooms = "".join(self.room(room) for room in self.pack.rooms)
        return (
            f"{head}<h2>{self.words['objectives']}</h2><ul>{objectives}</ul>{rooms}"
            f"{self.check()}</section>"
        )

    def room(self, room: Room) -> str:
        model: RoomFile = room.model
        minutes = f"{model.time_limit / 60:g} {self.words['minutes']}"
        hotspots = "".join(self.hotspot(room, h) for h in model.hotspots)
        puzzles = "".join(self.puzzle(room, p) for p in room.puzzles.values())
        return (
            f"<h2>{self.words['room']}: {self.text(model.title)} <span class=id>{room.id}</span>"
            f"</h2><p>{self.words['time']}: {minutes}; {self.words['exit']}: "
            f"{self.way_out(room)}</p><h3>{self.words['hotspots']}</h3><table>{hotspots}</table>"
            f"{puzzles}"
        )

    def way_out(self, room: Room) -> str:
        lock = room.model.exit.lock
        if lock.code_from:
            code = expected_code(room, lock.code_from)
            names = ", ".join(self.puzzle_name(room, p) for p in lock.code_from)
            return self.words["code"].format(code=f"<b>{escape(code)}</b>", puzzles=names)
        if lock.items:
            return self.words["items"].format(
                items=", ".join(self.item_name(room, item) for item in lock.items)
            )
        return self.words["all"]

    def puzzle_name(self, room: Room, puzzle_id: str) -> str:
        puzzle = room.puzzles.get(puzzle_id)
        return self.text(puzzle.title) if puzzle else escape(puzzle_id)

    def item_name(self, room: Room, item_id: str) -> str:
        item = next((i for i in room.model.items if i.id == item_id), None)
        name = self.text(item.name) if item else escape(item_id)
        givers = [h.id for h in room.model.hotspots if h.opens.item == item_id] + [
            p.id for p in room.puzzles.values() if p.reward and p.reward.item == item_id
        ]
        return f"{name} ({self.words['given_by']} {escape(', '.join(givers))})"

    def hotspot(self, room: Room, hotspot: Any) -> str:
        opens = hotspot.opens
        if opens.puzzle:
            what = self.puzzle_name(room, opens.puzzle)
        elif opens.item:
            what = f"{self.words['item']}: {self.item_name(room, opens.item)}"
        else:
            what = f"{self.words['clue']}: {self.text(opens.clue)}"
        needs = f" ({self.words['needs']} {escape(', '.join(hotspot.requires))})"
        return (
            f"<tr><td>{self.text(hotspot.label)} <span class=id>{hotspot.id}</span></td>"
            f"<td>{self.words['opens']} {what}{needs if hotspot.requires else ''}</td></tr>"
        )

    def puzzle(self, room: Room, puzzle: PuzzleBase) -> str:
        kind = kind_of(puzzle)
        described = kind.describe(puzzle, kind.correct_response(puzzle, room), self.lang)
        rows = [
            (self.words["answer"], f"<span class=answer>{self.answer(puzzle, described)}</span>"),
            *self.details(puzzle),
            (self.words["hints"], self.hints(puzzle)),
            (self.words["explanation"], self.text(puzzle.explanation)),
            (self.words["objective"], self.objectives_of(puzzle.objectives)),
            (self.words["source"], escape(puzzle.source)),
            (self.words["reward"], self.reward(puzzle)),
        ]
        body = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows if value)
        return (
            f'<div class="puzzle"><h3>{self.text(puzzle.title)} <span class=id>{puzzle.id} · '
            f"{kind.type} · {puzzle.points} {self.words['points']}</span></h3>"
            f"<p>{self.text(puzzle.prompt)}</p><dl>{body}</dl></div>"
        )

    def answer(self, puzzle: PuzzleBase, described: str) -> str:
        """The described response with ids as their texts and true/false in words."""
        names = dict(_named(puzzle, self.lang))
        if described in ("true", "false"):
            return self.words[described]
        parts = described.split(",") if described else []
        return escape("; ".join(names.get(part, part) for part in parts))

    def details(self, puzzle: PuzzleBase) -> Iterator[tuple[str, str]]:
        """The keys only this puzzle's kind has, as written, ids shown as what they name."""
        names = dict(_named(puzzle, self.lang))
        for name in type(puzzle).model_fields:
            if name in PuzzleBase.model_fields or name in _LEFT_OUT:
                continue
            shown = self.value(getattr(puzzle, name), names)
            if shown:
                yield escape(name), shown

    def value(self, value: Any, names: dict[str, str]) -> str:
        if value is None:
            return ""
        if isinstance(value, BaseModel):
            parts = [
                "✓" if key == "correct" else self.value(getattr(value, key), names)
                for key in type(value).model_fields
                if key not in _LEFT_OUT and getattr(value, key) not in (None, False)
            ]
            return " — ".join(part for part in parts if part)
        if isinstance(value, list):
            items = "".join(f"<li>{self.value(v, names)}</li>" for v in value)
            return f"<ol>{items}</ol>" if items else ""
        if isinstance(value, bool):
            return self.words["true" if value else "false"]
        if isinstance(value, float):
            return f"{value:g}"
        if isinstance(value, str) and value in names:
            return escape(names[value])
        return self.text(value) if isinstance(value, (str, dict)) else escape(str(value))

    def hints(self, puzzle: PuzzleBase) -> str:
        items = "".join(f"<li>{self.text(hint.text)}</li>" for hint in puzzle.hints)
        return f"<ol>{items}</ol>" if items else ""

    def reward(self, puzzle: PuzzleBase) -> str:
        reward = puzzle.reward
        if reward is None:
            return ""
        parts = [f"{self.words['digit']} <b>{reward.digit}</b>" if reward.digit else ""]
        parts.append(f"{self.words['item']}: {escape(reward.item)}" if reward.item else "")
        parts.append(f"{self.words['clue']}: {self.text(reward.clue)}" if reward.clue else "")
        return "; ".join(part for part in parts if part)

    def check(self) -> str:
        check = self.pack.model.knowledge_check
        if check is None:
            return ""
        forms = ""
        for name, items in (("form_a", check.form_a), ("form_b", check.form_b)):
            rows = "".join(
                f"<tr><td>{self.text(item.prompt)}</td><td class=answer>"
                f"{self.text(next(o.text for o in item.options if o.correct))}</td>"
                f"<td>{self.objectives_of([item.objective])}</td></tr>"
                for item in items
            )
            forms += f"<h3>{self.words[name]}</h3><table>{rows}</table>"
        return f"<h2>{self.words['check']}</h2>{forms}"

    def objectives_of(self, ids: list[str]) -> str:
        titles = {o.id: o.title for o in self.pack.model.objectives}
        return "; ".join(self.text(titles.get(o, o)) for o in ids)


def _named(puzzle: BaseModel, lang: str) -> Iterator[tuple[str, str]]:
    """(id, text) of everything with an id inside the puzzle: options, steps, targets, ..."""
    for name in type(puzzle).model_fields:
        value = getattr(puzzle, name)
        for entry in value if isinstance(value, list) else []:
            ident = getattr(entry, "id", None)
            text = getattr(entry, "text", None) or getattr(entry, "label", None)
            if isinstance(ident, str) and text is not None:
                yield ident, resolve(text, lang)
