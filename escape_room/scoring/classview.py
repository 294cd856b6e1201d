"""The class results the facilitator screen shows, as plain rows: a class overview, one row per
learning objective and one per team, taken from `session_outcomes` like every export, with the
texts to show formatted by :mod:`escape_room.scoring.display`. Also writes a session's printable
report and CSV files into a folder with the exports' own functions. No pygame here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from escape_room.content.pack import Pack
from escape_room.scoring.display import MISSING, clock, gain, percent, ratio
from escape_room.scoring.exports import Extras, file_name, screen_formats
from escape_room.scoring.outcomes import Knowledge, SessionOutcome, Tally
from escape_room.scoring.records import Session
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore

EXPORTS = "exports"
"""The folder inside the data folder that the facilitator screen saves files in."""


def share(tally: Tally) -> str:
    """'75% · 3/4', or '—' when nothing was answered."""
    return f"{percent(tally.fraction)} · {tally.correct}/{tally.total}" if tally.total else MISSING


@dataclass(frozen=True)
class Overview:
    """The class at a glance. Means are over the teams that finished at least one room."""

    teams: int
    escaped: int
    finished: int
    score: int
    max_score: int
    seconds: float
    first_try: Tally
    knowledge: Knowledge

    def cells(self) -> dict[str, str]:
        """The shown figure of each tile, by tile name."""
        mean = self.finished or None
        return {
            "teams": str(self.teams),
            "escaped": ratio(self.escaped, self.teams),
            "mean_score": f"{self.score / mean:.0f} / {self.max_score / mean:.0f}"
            if mean
            else MISSING,
            "mean_time": clock(self.seconds / mean) if mean else MISSING,
            "first_try": share(self.first_try),
            "before": share(self.knowledge.before),
            "after": share(self.knowledge.after),
            "gain": gain(self.knowledge.gain),
        }


@dataclass(frozen=True)
class ObjectiveRow:
    """One learning objective for the whole class: puzzles right at the first try, the quiz."""

    objective: str
    title: str
    first_try: Tally
    knowledge: Knowledge

    def cells(self) -> tuple[str, ...]:
        k = self.knowledge
        return self.title, share(self.first_try), share(k.before), share(k.after), gain(k.gain)


@dataclass(frozen=True)
class TeamRow:
    """One team: its rooms, its score and time, and its quiz before and after."""

    name: str
    rooms: int
    escaped: int
    score: int
    max_score: int
    seconds: float
    first_try: Tally
    knowledge: Knowledge

    def cells(self) -> tuple[str, ...]:
        k = self.knowledge
        played = bool(self.rooms)
        return (
            self.name,
            ratio(self.escaped, self.rooms) if played else MISSING,
            ratio(self.score, self.max_score) if played else MISSING,
            clock(self.seconds) if played else MISSING,
            share(k.before),
            share(k.after),
            gain(k.gain),
        )


@dataclass(frozen=True)
class ClassView:
    session: Session
    overview: Overview
    objectives: list[ObjectiveRow]
    teams: list[TeamRow]

    @property
    def empty(self) -> bool:
        """Whether no team has answered anything or finished a room yet."""
        overview = self.overview
        return not (overview.first_try.total or _answers(overview.knowledge) or overview.finished)


def class_view(outcome: SessionOutcome, titles: Mapping[str, str]) -> ClassView:
    """The rows of a session's outcomes; `titles` names objectives (else their id shows)."""
    finished = [team for team in outcome.teams if team.rooms]
    overview = Overview(
        teams=len(outcome.teams),
        escaped=outcome.teams_escaped,
        finished=len(finished),
        score=sum(team.score for team in finished),
        max_score=sum(team.max_score for team in finished),
        seconds=sum(team.seconds for team in finished),
        first_try=outcome.first_try,
        knowledge=outcome.knowledge,
    )
    objectives = [
        ObjectiveRow(
            item.objective,
            titles.get(item.objective, item.objective),
            Tally(item.first_try_correct, item.puzzles),
            item.knowledge,
        )
        for item in outcome.objectives.values()
    ]
    teams = [
        TeamRow(
            team.team.name,
            len(team.rooms),
            team.escaped,
            team.score,
            team.max_score,
            team.seconds,
            team.first_try,
            team.knowledge,
        )
        for team in outcome.teams
    ]
    return ClassView(outcome.session, overview, objectives, teams)


def write_class_files(
    store: ScoreStore, session_uuid: str, folder: Path, pack: Pack, now: datetime
) -> list[Path]:
    """Write the session in every format the screen saves (the printable report, the CSV
    tables) into `folder`, made when missing; returns their paths. OSError when they cannot be
    written."""
    data = load_session(store, session_uuid)
    folder.mkdir(parents=True, exist_ok=True)
    stem, extras = file_stem(data.session), Extras(now, pack)
    return [
        path
        for fmt in screen_formats()
        for path in fmt.write([data], folder / file_name(fmt, stem), extras)
    ]


def file_stem(session: Session) -> str:
    """'5B-K7M-2QX': the class label (letters, digits, '-' and '_' only) and the session code."""
    label = safe_name(session.class_label)
    return f"{label}-{session.code}" if label else session.code


def safe_name(text: str) -> str:
    """The text with letters, digits, '-' and '_' only, fit for a file name anywhere."""
    return re.sub(r"[^\w-]+", "_", text).strip("_")


def _answers(knowledge: Knowledge) -> int:
    return knowledge.before.total + knowledge.after.total
