"""The generated tables of the authoring guides, made from the models so they never drift.

`docs/authoring.md` and its Lithuanian twin `docs/lt/authoring.md` mark each table with
`<!-- fields: ModelName -->` … `<!-- /fields -->`, the drawn scenes' ground lines
(:mod:`escape_room.content.ground`) with `<!-- ground -->` … `<!-- /ground -->`, the road signs
(:mod:`escape_room.content.signs`) with `<!-- signs -->` … `<!-- /signs -->` and the questions
spreadsheet's columns (:func:`escape_room.content.questions.columns_table`) with
`<!-- columns -->` … `<!-- /columns -->`. `update(text, lang)` rewrites every marked table in
that language: the keys stay as they are, the rest is said with
:func:`escape_room.content.lithuanian.wordings`, whose Lithuanian tables translate the models'
own descriptions. `python -m escape_room.content.reference [--lang lt] FILE...` does so in
place. Tests check that both guides are up to date.
"""

from __future__ import annotations

import argparse
import html
import re
import types
from functools import reduce
from pathlib import Path
from typing import Annotated, Any, Literal, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from escape_room.content.ground import ground_table
from escape_room.content.lithuanian import Wordings, wordings
from escape_room.content.models import PackFile, PuzzleBase, RoomFile
from escape_room.content.puzzlefile import PuzzleFile
from escape_room.content.questions import columns_table
from escape_room.content.signs import sign_table
from escape_room.kinds import KINDS

_MARKED = re.compile(r"(<!-- fields: (\w+) -->\n)(.*?)(<!-- /fields -->)", re.DOTALL)
_GROUND = re.compile(r"(<!-- ground -->\n)(.*?)(<!-- /ground -->)", re.DOTALL)
_SIGNS = re.compile(r"(<!-- signs -->\n)(.*?)(<!-- /signs -->)", re.DOTALL)
_COLUMNS = re.compile(r"(<!-- columns -->\n)(.*?)(<!-- /columns -->)", re.DOTALL)
_PATTERNS = {r"^[a-z0-9][a-z0-9_-]*$": "id", r"^[a-z]{2}$": "language code", r"^[0-9]$": "digit"}
_PLAIN = {bool: "true or false", int: "whole number", float: "number", str: "plain text"}
_HEADING = "| key | value | required | description |"
GUIDE_LANGUAGES = ("en", "lt")
"""The guides' languages; the spreadsheet's columns are shown for both in each guide."""


def update(text: str, lang: str = "en") -> str:
    """`text` with every marked table replaced by the one the models give, in `lang`; a key
    holding another model links to that model's section of `text`."""
    say = wordings(lang)
    links = section_links(text)
    text = _MARKED.sub(
        lambda m: m.group(1) + field_table(_model(m.group(2)), say, links) + m.group(4), text
    )
    text = _GROUND.sub(lambda m: m.group(1) + ground_table(lang) + m.group(3), text)
    text = _SIGNS.sub(lambda m: m.group(1) + sign_table(lang) + m.group(3), text)
    columns = columns_table(list(GUIDE_LANGUAGES), lang) + "\n"
    return _COLUMNS.sub(lambda m: m.group(1) + columns + m.group(3), text)


def field_table(
    model: type[BaseModel], say: Wordings | None = None, links: dict[str, str] | None = None
) -> str:
    """A Markdown table of the keys of `model` (for a puzzle type, only its own keys), in
    English unless `say` gives another language's wordings; `links` are the anchors of the
    models' sections by model name (the name in lower case where not given)."""
    say, links = say or wordings("en"), links or {}
    rows = [say.word(_HEADING), "| --- | --- | --- | --- |"]
    for name, info in _own_fields(model).items():
        kind, required = _kind_of(info, _Say(say, links)), _required(info, say)
        rows.append(
            f"| `{name}` | {kind} | {required} | {say.description(info.description or '')} |"
        )
    return "\n".join(rows) + "\n"


def anchors(text: str) -> list[tuple[str, str]]:
    """Each heading of a Markdown `text` (outside code) with the anchor GitHub gives it: its
    words in lower case, without punctuation, spaces as '-', '-1', '-2' … on a repeat."""
    found: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for line in re.sub(r"```.*?```", "", text, flags=re.DOTALL).splitlines():
        heading = re.fullmatch(r"#+ (.*)", line)
        if heading:
            words = heading.group(1)
            slug = re.sub(r"[^\w\- ]", "", html.unescape(words).lower()).replace(" ", "-")
            seen[slug] = seen.get(slug, -1) + 1
            found.append((words, f"{slug}-{seen[slug]}" if seen[slug] else slug))
    return found


def section_links(text: str) -> dict[str, str]:
    """The anchor of each model's section in `text`: the heading of its name or, for a puzzle
    type's model, of its type."""
    by_words: dict[str, str] = {}
    for words, anchor in anchors(text):
        by_words.setdefault(words, anchor)
    titles = {name: name for name in format_models()}
    titles |= {kind.model.__name__: kind.type for kind in KINDS.values()}
    return {name: by_words[title] for name, title in titles.items() if title in by_words}


class _Say(NamedTuple):
    """How a table names kinds of value: its language's wordings and the models' links."""

    wordings: Wordings
    links: dict[str, str]

    def word(self, wording: str, **parts: str) -> str:
        return self.wordings.word(wording, **parts)

    def link(self, model: type[BaseModel]) -> str:
        name = model.__name__
        return f"[{name}](#{self.links.get(name, name.lower())})"


def _model(name: str) -> type[BaseModel]:
    model = format_models().get(name)
    if model is None:
        raise ValueError(f"no model named {name}")
    return model


def format_models() -> dict[str, type[BaseModel]]:
    """Every model of the format by name: the three file models, what their keys hold, and
    the keys all puzzles share (`PuzzleBase`)."""
    found: dict[str, type[BaseModel]] = {"PuzzleBase": PuzzleBase}
    pending: list[Any] = [PackFile, RoomFile, PuzzleFile]
    while pending:
        node = pending.pop()
        if isinstance(node, type) and issubclass(node, BaseModel):
            if node.__name__ not in found:
                found[node.__name__] = node
                pending += [info.annotation for info in node.model_fields.values()]
        else:
            pending += get_args(node)
    return found


def _own_fields(model: type[BaseModel]) -> dict[str, FieldInfo]:
    fields = model.model_fields
    if model is PuzzleBase or not issubclass(model, PuzzleBase):
        return dict(fields)
    shared = {name: _signature(info) for name, info in PuzzleBase.model_fields.items()}
    return {k: v for k, v in fields.items() if shared.get(k) != _signature(v)}


def _signature(info: FieldInfo) -> tuple[str, str, str | None]:
    return (repr(info.annotation), repr(info.default), info.description)


def _required(info: FieldInfo, say: Wordings) -> str:
    if info.is_required():
        return say.word("yes")
    if info.default is PydanticUndefined or info.default is None:
        return say.word("no")
    default = str(info.default).lower() if isinstance(info.default, bool) else info.default
    return say.word("no (default {value})", value=f"`{default}`")


def _kind_of(info: FieldInfo, say: _Say) -> str:
    pattern = _pattern_kind(info.metadata)
    return say.word(pattern) if pattern else _kind(info.annotation, say)


def _pattern_kind(metadata: list[Any]) -> str | None:
    """ "id", "language code" or "digit" when the metadata holds their pattern."""
    for meta in metadata:
        if isinstance(meta, FieldInfo):
            return _pattern_kind(meta.metadata)
        kind = _PATTERNS.get(getattr(meta, "pattern", None) or "")
        if kind:
            return kind
    return None


def _kind(kind: Any, say: _Say) -> str:
    """A teacher's name for a type: "text", "list of ids", "[4 numbers]", "one of `a`, `b`"."""
    origin, args = get_origin(kind), get_args(kind)
    if origin is Annotated:
        pattern = _pattern_kind(list(args[1:]))
        return say.word(pattern) if pattern else _kind(args[0], say)
    if origin in (Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        if str in members and any(get_origin(m) is dict for m in members):
            return say.word("text")
        either = [_kind(m, say) for m in members]
        return reduce(
            lambda first, second: say.word("{first} or {second}", first=first, second=second),
            either,
        )
    if origin is Literal:
        choices = ", ".join(f"`{a}`" for a in args)
        return choices if len(args) == 1 else say.word("one of {choices}", choices=choices)
    if origin is list:
        return say.word("list of {kinds}", kinds=_many(args[0], say))
    if origin is tuple:
        return say.word("[{count} numbers]", count=str(len(args))) if len(args) > 2 else "[x, y]"
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return say.link(kind)
    return say.word(_PLAIN[kind]) if kind in _PLAIN else str(kind)


def _many(kind: Any, say: _Say) -> str:
    """What a list holds: "ids", "plain texts", "[Option](#option)"."""
    english = _kind(kind, _Say(wordings("en"), say.links))
    if english.startswith("["):
        return _kind(kind, say)
    return say.word(english + ("es" if english.endswith("x") else "s"))


def _main() -> None:
    parser = argparse.ArgumentParser(description="Rewrite the generated tables of a guide.")
    parser.add_argument("--lang", choices=GUIDE_LANGUAGES, default="en")
    parser.add_argument("files", nargs="+", type=Path)
    arguments = parser.parse_args()
    for path in arguments.files:
        text = path.read_text(encoding="utf-8")
        path.write_text(update(text, arguments.lang), encoding="utf-8")


if __name__ == "__main__":
    _main()
