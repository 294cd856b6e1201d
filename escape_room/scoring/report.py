"""The printable HTML report of one or more sessions: one self-contained file (inline CSS and
SVG, no scripts, nothing fetched), readable offline and printable on A4.

For each session it shows the class overview, mastery and before/after gain per objective, each
team's results and the most-missed puzzles with their explanations from the pack. A report of
several sessions (a class over several lessons, or every session) starts with one table that
has a column per session. Every figure comes from the same outcome objects as the exports and
carries a `data-figure` key, so tests can compare them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from escape_room.content.pack import Pack, content_hash
from escape_room.content.text import resolve
from escape_room.scoring.charts import Row, bar_chart, gain_note
from escape_room.scoring.display import MISSING, clock, gain, percent, ratio
from escape_room.scoring.files import replacing
from escape_room.scoring.outcomes import (
    ItemMiss,
    ObjectiveOutcome,
    SessionOutcome,
    TeamOutcome,
    summarise,
)
from escape_room.scoring.records import Session
from escape_room.scoring.report_style import STYLE
from escape_room.scoring.sessiondata import SessionData
from escape_room.scoring.timefmt import utc_text

if TYPE_CHECKING:
    from escape_room.scoring.exports import Extras

MOST_MISSED = 10
_NO_TEXTS = "puzzle titles and explanations are missing."


class ReportFormat:
    """The printable report of sessions, with titles and explanations from the pack."""

    name, label, suffix, tail = "report", "Report", ".html", "-report"
    uses_pack = True
    on_screen = True

    def write(self, sessions: Sequence[SessionData], path: Path, extras: Extras) -> list[Path]:
        write_report(sessions, path, extras.now, extras.pack)
        return [path]


REPORT = ReportFormat()


def write_report(
    sessions: Sequence[SessionData], path: Path, now: datetime, pack: Pack | None
) -> None:
    """Write the report of the sessions to `path`, whole or not at all."""
    pack_hash = content_hash(pack) if pack is not None else None
    parts = []
    for data in sessions:
        outcome = summarise(data)
        parts.append((outcome, pack_texts(pack, pack_hash, outcome)))
    with replacing(path) as file:
        file.write(
            render(parts[0][0], parts[0][1], now) if len(parts) == 1 else render_many(parts, now)
        )


@dataclass(frozen=True)
class PackTexts:
    """Titles and explanations from the pack, in the session's language."""

    objectives: dict[str, str] = field(default_factory=dict)
    puzzles: dict[str, tuple[str, str]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def pack_texts(pack: Pack | None, pack_hash: str | None, outcome: SessionOutcome) -> PackTexts:
    """What the report takes from the pack, and notes when it is missing or has changed."""
    session = outcome.session
    if pack is None:
        return PackTexts(notes=(f"The pack '{session.pack_id}' was not found: {_NO_TEXTS}",))
    if pack.model.id != session.pack_id:
        given = f"The pack given is '{pack.model.id}', but this session played '{session.pack_id}'"
        return PackTexts(notes=(f"{given}: {_NO_TEXTS}",))
    notes: tuple[str, ...] = ()
    if pack_hash != session.pack_hash:
        notes = (
            "The pack has changed since this session was played (content "
            f"{session.pack_hash} then, {pack_hash} now): its titles and explanations are "
            "from the current version.",
        )
    lang = session.language
    return PackTexts(
        objectives={o.id: resolve(o.title, lang) for o in pack.model.objectives},
        puzzles={
            puzzle.id: (resolve(puzzle.title, lang), resolve(puzzle.explanation, lang))
            for room in pack.rooms
            for puzzle in room.puzzles.values()
        },
        notes=notes,
    )


def render(outcome: SessionOutcome, texts: PackTexts, now: datetime) -> str:
    """The whole report of one session as one HTML document."""
    session = outcome.session
    title = f"Learning outcomes — {_class_of(session)}"
    heading = f"<header><h1>{escape(title)}</h1>{_facts(outcome, now)}</header>"
    return _document(session.language, title, heading + _sections(outcome, texts) + _definitions())


def render_many(parts: Sequence[tuple[SessionOutcome, PackTexts]], now: datetime) -> str:
    """One document for several sessions: a table with a column per session, then each."""
    sessions = [outcome.session for outcome, _ in parts]
    classes = sorted({session.class_label for session in sessions if session.class_label})
    who = f"class {', '.join(classes)}" if classes else "every session"
    title = f"Learning outcomes — {who}, {len(parts)} sessions"
    made = f'<dl class="facts"><dt>Report made</dt><dd>{escape(_minute(now))}</dd></dl>'
    sections = "".join(
        f'<article class="session"><h2 class="session-title">{escape(_session_name(o.session))}'
        f"</h2>{_facts(o, now)}{_sections(o, texts)}</article>"
        for o, texts in parts
    )
    body = f"<header><h1>{escape(title)}</h1>{made}</header>{_over_time(parts)}{sections}"
    return _document(sessions[0].language, title, body + _definitions())


def _document(language: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{escape(language)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>\n"
    )


def _sections(outcome: SessionOutcome, texts: PackTexts) -> str:
    return "".join(
        [
            "".join(f'<p class="note">{escape(note)}</p>' for note in texts.notes),
            _overview(outcome),
            _objectives(outcome, texts),
            _teams(outcome),
            _missed(outcome.most_missed[:MOST_MISSED], texts),
        ]
    )


def _class_of(session: Session) -> str:
    """'class 7B', or the session code where this computer joined it without the label."""
    return f"class {session.class_label}" if session.class_label else f"session {session.code}"


def _session_name(session: Session) -> str:
    return f"{session.created.date().isoformat()} · {_class_of(session)} · {session.code}"


def _over_time(parts: Sequence[tuple[SessionOutcome, PackTexts]]) -> str:
    """Objectives down, sessions across: right at the first try, and check before → after."""
    outcomes = [outcome for outcome, _ in parts]
    names = {k: v for _, texts in parts for k, v in texts.objectives.items()}
    objectives = list(dict.fromkeys(o for outcome in outcomes for o in outcome.objectives))
    head = "".join(
        f"<th>{escape(outcome.session.created.date().isoformat())}"
        f"<small>{escape(outcome.session.code)}</small></th>"
        for outcome in outcomes
    )
    rows = "".join(
        f"<tr><th>{escape(names.get(objective, objective))}<small>{escape(objective)}</small></th>"
        + "".join(_over_time_cell(outcome, objective) for outcome in outcomes)
        + "</tr>"
        for objective in objectives
    )
    teams = "".join(f"<td>{len(outcome.teams)}</td>" for outcome in outcomes)
    return (
        '<section class="over-time"><h2>Session by session</h2><p>Each cell: right at the first'
        " try in the rooms; knowledge check before → after.</p>"
        f"<table><thead><tr><th>Objective</th>{head}</tr></thead><tbody>"
        f"<tr><th>Teams</th>{teams}</tr>{rows}</tbody></table></section>"
    )


def _over_time_cell(outcome: SessionOutcome, objective: str) -> str:
    item = outcome.objectives.get(objective)
    if item is None:
        return f"<td>{MISSING}</td>"
    key = f"{outcome.session.code}.{objective}"
    knowledge = item.knowledge
    first = _figure(f"{key}.first_try", percent(item.first_try_rate))
    check = (
        f"{_figure(f'{key}.before', percent(knowledge.before.fraction))} → "
        f"{_figure(f'{key}.after', percent(knowledge.after.fraction))}"
    )
    return f"<td>{first}<small>{check}</small></td>"


def _figure(key: str, text: str) -> str:
    return f'<span data-figure="{escape(key)}">{escape(text)}</span>'


def _minute(moment: datetime) -> str:
    return utc_text(moment)[:16].replace("T", " ") + " UTC"


def _facts(outcome: SessionOutcome, now: datetime) -> str:
    session = outcome.session
    a_first = sum(1 for team in outcome.teams if team.team.check_forms[0] == "A")
    facts = [
        ("Session", session.code),
        ("Started", _minute(session.created)),
        ("Pack", f"{session.pack_id} ({session.pack_hash})"),
        ("Language", session.language),
        ("Forms", f"A then B: {a_first} teams · B then A: {len(outcome.teams) - a_first} teams"),
        ("Report made", _minute(now)),
    ]
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts)
    return f'<dl class="facts">{items}</dl>'


def _overview(outcome: SessionOutcome) -> str:
    teams = outcome.teams
    score, top = sum(t.score for t in teams), sum(t.max_score for t in teams)
    knowledge = outcome.knowledge
    tiles = [
        ("Teams", _figure("class.teams", str(len(teams)))),
        ("Escaped every room", _figure("class.escaped", ratio(outcome.teams_escaped, len(teams)))),
        ("Room score", _figure("class.score", percent(score / top if top else None))),
        ("Right at first try", _figure("class.first_try", percent(outcome.first_try.fraction))),
        ("Check before", _figure("class.before", percent(knowledge.before.fraction))),
        ("Check after", _figure("class.after", percent(knowledge.after.fraction))),
        ("Normalised gain", _figure("class.gain", gain(knowledge.gain))),
    ]
    cells = "".join(
        f'<div class="tile"><b>{value}</b><span>{escape(name)}</span></div>'
        for name, value in tiles
    )
    return f'<section><h2>Class overview</h2><div class="tiles">{cells}</div></section>'


def _objectives(outcome: SessionOutcome, texts: PackTexts) -> str:
    items = list(outcome.objectives.values())
    if not items:
        return "<section><h2>Objectives</h2><p>No answers were recorded yet.</p></section>"
    names = [texts.objectives.get(item.objective, item.objective) for item in items]
    pairs = list(zip(names, items, strict=True))
    mastery = bar_chart(
        "Right at the first try, per objective",
        [Row(name, (item.first_try_rate,)) for name, item in pairs],
        ("first",),
        ("puzzles right at the first try",),
    )
    before_after = bar_chart(
        "Knowledge check before and after, per objective",
        [Row(name, _before_after(item), gain_note(item.knowledge)) for name, item in pairs],
        ("before", "after"),
        ("before the rooms", "after the rooms"),
    )
    rows = "".join(_objective_row(name, item) for name, item in pairs)
    table = (
        "<table><thead><tr><th>Objective</th><th>Right at first try</th><th>Puzzles</th>"
        "<th>Check before</th><th>Check after</th><th>Gain</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return (
        '<section class="objectives"><h2>Objectives</h2>'
        f"<h3>Mastery in the rooms</h3>{mastery}"
        f"<h3>Knowledge check: before and after</h3>{before_after}{table}</section>"
    )


def _before_after(item: ObjectiveOutcome) -> tuple[float | None, float | None]:
    return item.knowledge.before.fraction, item.knowledge.after.fraction


def _objective_row(name: str, item: ObjectiveOutcome) -> str:
    key = f"objective.{item.objective}"
    knowledge = item.knowledge
    cells = [
        _figure(f"{key}.first_try", percent(item.first_try_rate)),
        f"{item.first_try_correct} / {item.puzzles}",
        _figure(f"{key}.before", percent(knowledge.before.fraction)),
        _figure(f"{key}.after", percent(knowledge.after.fraction)),
        _figure(f"{key}.gain", gain(knowledge.gain)),
    ]
    head = f"<th>{escape(name)}<small>{escape(item.objective)}</small></th>"
    return f"<tr>{head}{''.join(f'<td>{cell}</td>' for cell in cells)}</tr>"


def _teams(outcome: SessionOutcome) -> str:
    rows = "".join(_team_row(team) for team in outcome.teams)
    return (
        '<section class="teams"><h2>Teams</h2><table><thead><tr><th>Team</th><th>Players</th>'
        "<th>Score</th><th>Escaped</th><th>Time</th><th>First try</th><th>Hints</th>"
        "<th>Before</th><th>After</th><th>Gain</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


def _team_row(team: TeamOutcome) -> str:
    key = f"team.{team.team.name}"
    knowledge = team.knowledge
    cells = [
        escape(", ".join(team.team.nicknames)),
        _figure(f"{key}.score", ratio(team.score, team.max_score)),
        _figure(f"{key}.escaped", ratio(team.escaped, len(team.rooms))),
        _figure(f"{key}.time", clock(team.seconds) if team.rooms else MISSING),
        _figure(f"{key}.first_try", percent(team.first_try.fraction)),
        _figure(f"{key}.hints", str(team.hints)),
        _figure(f"{key}.before", percent(knowledge.before.fraction)),
        _figure(f"{key}.after", percent(knowledge.after.fraction)),
        _figure(f"{key}.gain", gain(knowledge.gain)),
    ]
    forms = "→".join(team.team.check_forms)
    where = f"{team.team.pc} · " if team.team.pc else ""
    head = f"<th>{escape(team.team.name)}<small>{escape(where)}forms {forms}</small></th>"
    return f"<tr>{head}{''.join(f'<td>{c}</td>' for c in cells)}</tr>"


def _missed(misses: list[ItemMiss], texts: PackTexts) -> str:
    heading = '<section class="missed"><h2>Most-missed puzzles</h2>'
    if not misses:
        return f"{heading}<p>Every puzzle answered was right at the first try.</p></section>"
    items = "".join(_miss(miss, texts) for miss in misses)
    return f"{heading}<ol>{items}</ol></section>"


def _miss(miss: ItemMiss, texts: PackTexts) -> str:
    title, explanation = texts.puzzles.get(miss.puzzle_id, (miss.puzzle_id, ""))
    objectives = ", ".join(texts.objectives.get(o, o) for o in miss.objectives)
    figure = _figure(f"missed.{miss.puzzle_id}", f"{miss.missed} of {miss.teams}")
    where = f"<small>{escape(miss.room_id)} / {escape(miss.puzzle_id)}</small>"
    text = f"<p>{escape(explanation)}</p>" if explanation else ""
    return (
        f"<li><b>{escape(title)}</b> {where}"
        f'<span class="count">not right at the first try: {figure} teams</span>'
        f'<span class="objective">Objective: {escape(objectives)}</span>{text}</li>'
    )


def _definitions() -> str:
    items = "".join(f"<li>{item}</li>" for item in _DEFINITIONS)
    return f"<footer><h2>How to read this</h2><ul>{items}</ul></footer>"


_DEFINITIONS = (
    "<b>Right at the first try</b>: puzzles a team solved with its first answer, out of the "
    "puzzles it answered.",
    "<b>Check before / after</b>: share of right answers in the individual knowledge check, "
    "before the first room and after the last. Teams alternate forms A and B, so nobody answers "
    "the same question twice.",
    "<b>Normalised gain</b> g = (after − before) / (1 − before): the share of what was not yet "
    "known that was learnt. It is “—” when everything was already right before, or when a check "
    "is missing.",
    "Class figures pool every answer of the class, so larger teams weigh more.",
)
