"""CSV export: one row per answer in `<name>.csv`, the outcomes in `<name>-summary.csv`.

Two files rather than two sections in one, because spreadsheets, pandas and R read a CSV file as
one table with one header; a second section would break sorting, filters and pivot tables.
Both are UTF-8 with a byte-order mark (so spreadsheet programs detect the encoding and Lithuanian
letters show), and every text cell that a spreadsheet could take for a formula (starting with
= + - @, a tab or a carriage return) is prefixed with a single quote.

The `excel` variant is for spreadsheet programs set to Lithuanian (or another language that
writes 0,5): cells separated by `;`, a decimal comma, times in the computer's own time zone
without the `T`, and each objective's title beside its id.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from escape_room.model.events import AnswerGiven, CheckAnswered
from escape_room.scoring.files import replacing
from escape_room.scoring.outcomes import SessionOutcome, outcome_of_session, outcome_of_team
from escape_room.scoring.records import Session, Team
from escape_room.scoring.sessiondata import SessionData
from escape_room.scoring.store import StoredEvent
from escape_room.scoring.summary import SUMMARY_COLUMNS, summary_rows
from escape_room.scoring.timefmt import parse_utc

if TYPE_CHECKING:
    from escape_room.content.pack import Pack
    from escape_room.scoring.exports import Extras

ANSWER_COLUMNS = (
    "session",
    "class",
    "team",
    "player",
    "phase",
    "room",
    "puzzle",
    "form",
    "objective",
    "response",
    "correct",
    "attempt",
    "hints",
    "seconds",
    "points",
    "time",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
OUTCOME_KINDS = ("answer_given", "check_answered", "hint_taken", "room_ended")
"""The event kinds the CSV export and the outcomes read; the others are left in the store."""


def summary_path(path: Path) -> Path:
    """`out.csv` → `out-summary.csv`, beside it."""
    return path.with_name(f"{path.stem}-summary{path.suffix or '.csv'}")


@dataclass(frozen=True)
class Spreadsheet:
    """How cells are written: the plain CSV every program reads, or the `excel` variant."""

    delimiter: str = ","
    excel: bool = False
    titles: dict[str, str] = field(default_factory=dict)  # objective id → title (excel only)

    def header(self, columns: tuple[str, ...]) -> list[str]:
        if not self.excel:
            return list(columns)
        at = columns.index("objective") + 1
        return [*columns[:at], "objective_title", *columns[at:]]

    def row(self, columns: tuple[str, ...], cells: list[Any]) -> list[Any]:
        if not self.excel:
            return cells
        values = [self._cell(name, value) for name, value in zip(columns, cells, strict=True)]
        at = columns.index("objective") + 1
        objectives = str(cells[at - 1]).lstrip("'").split(";")
        title = "; ".join(self.titles.get(o, "") for o in objectives if o)
        return [*values[:at], _safe(title), *values[at:]]

    @staticmethod
    def _cell(column: str, value: Any) -> Any:
        if isinstance(value, float):
            return repr(value).replace(".", ",")
        if column == "time" and value:
            return parse_utc(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return value


class CsvFormat:
    """The CSV export: the answers in the file given, the outcomes in `-summary` beside it."""

    tail = ""
    suffix = ".csv"

    def __init__(self, name: str, label: str, excel: bool) -> None:
        self.name, self.label, self.excel = name, label, excel
        self.uses_pack = excel  # for the objectives' titles
        self.on_screen = not excel

    def write(self, sessions: Sequence[SessionData], path: Path, extras: Extras) -> list[Path]:
        sheet = _excel(extras.pack, sessions) if self.excel else Spreadsheet()
        return list(write_csv(sessions, path, sheet))


CSV = CsvFormat("csv", "CSV", excel=False)
EXCEL = CsvFormat("excel", "CSV for Excel", excel=True)


def _excel(pack: Pack | None, sessions: Sequence[SessionData]) -> Spreadsheet:
    from escape_room.content.text import resolve

    lang = sessions[0].session.language if sessions else "en"
    titles = {o.id: resolve(o.title, lang) for o in pack.model.objectives} if pack else {}
    return Spreadsheet(";", excel=True, titles=titles)


def write_csv(
    sessions: Sequence[SessionData], path: Path, sheet: Spreadsheet | None = None
) -> tuple[Path, Path]:
    """Write the answers and the summary of the sessions; returns both paths.

    One pass: each team's events are read once, written as rows and summed into the team's
    outcome, so a streaming session holds one team's events at a time."""
    sheet = sheet or Spreadsheet()
    outcomes: list[SessionOutcome] = []
    answers = (
        sheet.row(ANSWER_COLUMNS, row)
        for data in sessions
        for row in _rows_and_outcome(data, outcomes)
    )
    _write(path, sheet, sheet.header(ANSWER_COLUMNS), answers)
    summary = summary_path(path)
    rows = (
        sheet.row(SUMMARY_COLUMNS, [_cell(row[c]) for c in SUMMARY_COLUMNS])
        for outcome in outcomes
        for row in summary_rows(outcome)
    )
    _write(summary, sheet, sheet.header(SUMMARY_COLUMNS), rows)
    return path, summary


def _rows_and_outcome(data: SessionData, outcomes: list[SessionOutcome]) -> Iterator[list[Any]]:
    """The session's answer rows; once they are all given, its outcome is added to `outcomes`."""
    teams = []
    for team in data.teams:
        events = data.events.get(team.id, [])
        yield from team_rows(data.session, team, events)
        teams.append(outcome_of_team(team, events))
        del events  # before the next team's are read: one team's events in memory at a time
    outcomes.append(outcome_of_session(data.session, teams))


def answer_rows(data: SessionData) -> Iterator[list[Any]]:
    """One row per puzzle answer and per knowledge-check answer, in recording order per team."""
    for team in data.teams:
        yield from team_rows(data.session, team, data.events.get(team.id, []))


def team_rows(session: Session, team: Team, events: list[StoredEvent]) -> Iterator[list[Any]]:
    """One row per puzzle answer and per knowledge-check answer of one team, in recording order."""
    code, label, name = _safe(session.code), _safe(session.class_label), _safe(team.name)
    for stored in events:
        event, at = stored.event, stored.at
        if isinstance(event, AnswerGiven):
            yield [
                code, label, name, "", "room", _safe(event.room_id), _safe(event.puzzle_id),
                "", _safe(";".join(event.objectives)), _safe(event.response),
                int(event.correct),
                event.attempt, event.hints_used, event.seconds_on_task, event.points, at,
            ]  # fmt: skip
        elif isinstance(event, CheckAnswered):
            yield [
                code, label, name, _safe(event.player), event.phase, "", _safe(event.item_id),
                event.form, _safe(event.objective), _safe(event.response), int(event.correct),
                1, 0, "", "", at,
            ]  # fmt: skip


@lru_cache(maxsize=16384)
def neutralise(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula (cached: ids and names recur)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


_safe = neutralise


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    return _safe(value) if isinstance(value, str) else value


def _write(path: Path, sheet: Spreadsheet, header: list[str], rows: Iterable[list[Any]]) -> None:
    with replacing(path, newline="") as file:
        file.write(BOM)
        writer = csv.writer(file, delimiter=sheet.delimiter)
        writer.writerow(header)
        writer.writerows(rows)
