"""The game's scores: starting or joining a class session, adding a team, recording its events,
and the team's outcomes, with or without a score store. The game's flow calls this; no screen
touches the store.

Every event is kept in memory as well as written to the store, so when writing fails (a full
disk, a folder that vanished or turned read-only, a session deleted while the team plays) the
team plays on: :attr:`ScoreService.problem` says why its scores are not being saved, the events
still unsaved are written when the store takes them again, and :meth:`ScoreService.save_copy`
writes them elsewhere in the `scores merge` format. The debrief and the exports read the same
:func:`~escape_room.scoring.outcomes.outcome_of_team` of the same events, so they agree.

With an LRS (`play --lrs`), :attr:`ScoreService.live` sends the session's statements as they
happen (see :mod:`escape_room.scoring.live`).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from escape_room.model.events import Event
from escape_room.scoring.classview import EXPORTS, file_stem, safe_name, write_class_files
from escape_room.scoring.errors import Reason, StoreError
from escape_room.scoring.exports import FORMATS, Extras, file_name
from escape_room.scoring.outcomes import (
    SessionOutcome,
    TeamOutcome,
    outcome_of_team,
    session_outcomes,
)
from escape_room.scoring.records import Session, Team, forms_for, new_code, session_uuid
from escape_room.scoring.sessiondata import SessionData
from escape_room.scoring.store import Recorder, ScoreStore, StoredEvent
from escape_room.scoring.timefmt import parse_utc, utc_text

if TYPE_CHECKING:
    from escape_room.content.pack import Pack
    from escape_room.scoring.live import LiveSender, LrsTarget, TeamForms

FIRST_READ_WAIT = 1.0
"""Seconds a new team waits, at most, for the read of the class's teams from the LRS."""
SESSION_REUSE = timedelta(hours=12)
"""A team joins the pack's latest session when it was started this recently; else a new one."""


class ScoreService:
    """One game's scores; see the module docstring."""

    def __init__(
        self,
        store: ScoreStore | None,
        clock: Callable[[], datetime],
        problem: StoreError | None = None,
        rng: random.Random | None = None,
        pc: str = "",
        lrs: LrsTarget | None = None,
    ) -> None:
        self.store = store
        self.pc = pc
        self.lrs = lrs
        """The class's LRS, when statements are sent as they happen."""
        self.live: LiveSender | None = None
        """The sender of the current session's statements to `lrs`."""
        """The name of this computer, recorded with each team."""
        self.clock = clock
        self.problem: str | None = None
        """Why the scores are not being saved now; None while every event is saved."""
        self.reason: Reason | None = None
        """The same in one word (see :data:`~escape_room.scoring.errors.Reason`)."""
        self._note(problem)
        self.session: Session | None = None
        self.team: Team | None = None
        self.events: list[StoredEvent] = []
        """The current team's events, in recording order, saved or not."""
        self._recorder: Recorder | None = None
        self._parked: dict[str, Session] = {}
        """Class sessions of the packs not played now, by pack id (see :meth:`switch_pack`)."""
        self._rng = rng or random.SystemRandom()
        self.class_wait = FIRST_READ_WAIT
        """Seconds a new team waits, at most, for the read of the class's teams it asked for."""

    @classmethod
    def open(
        cls,
        data_dir: Path,
        clock: Callable[[], datetime],
        pc: str = "",
        lrs: LrsTarget | None = None,
    ) -> ScoreService:
        """The scores kept in the store of `data_dir`, or in memory only when it cannot be used
        (then nothing is sent to `lrs` either: only saved events are sent)."""
        try:
            return cls(ScoreStore.open(data_dir), clock, pc=pc, lrs=lrs)
        except StoreError as error:
            return cls(None, clock, error, pc=pc)

    @property
    def saving(self) -> bool:
        """Whether there is a store to save in (a team's scores may still fail to be written)."""
        return self.store is not None

    @property
    def recording(self) -> bool:
        """Whether the current team's events go to the store (not when its start failed)."""
        return self._recorder is not None

    @property
    def saved(self) -> bool:
        """Whether every event of the current team is in the store."""
        return self._recorder is not None and not self._recorder.pending and not self.problem

    # --- sessions and teams ----------------------------------------------------------------

    def start_session(self, class_label: str, pack_id: str, pack_hash: str, lang: str) -> Session:
        """Start a class session in the store; StoreError when there is none, ValueError for an
        empty label."""
        if self.store is None:
            raise StoreError(self.problem or "scores are not being saved")
        self.session = self.store.new_session(
            class_label, pack_id, pack_hash, lang, self.clock(), self._rng
        )
        return self.session

    def join_session(self, code: str, pack_id: str, pack_hash: str, lang: str) -> Session:
        """Join the class session with this code (made here under it when this computer does not
        know it yet); StoreError when there is no store, ValueError for a code that is none.
        When the store fails the scores are kept in memory only, with the problem."""
        if self.store is None:
            raise StoreError(self.problem or "scores are not being saved")
        try:
            self.session = self.store.join_session(code, pack_id, pack_hash, lang, self.clock())
        except StoreError as error:
            self.store.close()
            self.store = None
            self._note(error)
            raise
        self._go_live(None)
        return self.session

    def switch_pack(self, pack_id: str) -> None:
        """The game now plays the pack `pack_id`: a class session records one pack's teams, so
        the current one is set aside, and the one this computer had for that pack (if any)
        becomes current again."""
        if self.session is not None:
            self._parked[self.session.pack_id] = self.session
        self.session = self._parked.pop(pack_id, None)

    @property
    def set_aside(self) -> list[Session]:
        """The class sessions set aside for packs not played now, the latest first."""
        return sorted(self._parked.values(), key=lambda s: s.created, reverse=True)

    def latest_session(self) -> Session | None:
        """The session the facilitator sees: the current one, else the store's latest."""
        if self.session is not None or self.store is None:
            return self.session
        return self.store.latest_session()

    def class_outcome(self) -> SessionOutcome | None:
        """The outcomes of the session the facilitator sees; None when there is none. The
        store's errors (StoreError, LookupError) are raised for the screen to tell."""
        session = self.latest_session() if self.store is not None else None
        if session is None or self.store is None:
            return None
        return session_outcomes(self.store, session.uuid)

    def save_class_files(self, session_uuid: str, pack: Pack) -> tuple[Path, list[Path]]:
        """Write the session's class results files into `exports/` of the data folder; the
        folder and the files. OSError, StoreError or LookupError when that fails."""
        if self.store is None:
            raise StoreError(self.problem or "scores are not being saved")
        folder = self.store.path.parent / EXPORTS
        return folder, write_class_files(self.store, session_uuid, folder, pack, self.clock())

    def start_team(
        self, name: str, nicknames: list[str], pack_id: str, pack_hash: str, lang: str
    ) -> Team:
        """Add a team to the current session (joining the pack's recent session, or starting
        one); kept in memory only when scores are not saved, or when the store fails now (the
        team plays on, and :attr:`problem` says why). ValueError for a team with no name."""
        self.team, self._recorder, self.events = None, None, []
        if not name.strip():
            raise ValueError("a team needs a name")
        if self.store is None:
            self.team = self._unsaved_team(name, nicknames, pack_id, pack_hash, lang)
            return self.team
        try:
            session = self._join(pack_id, pack_hash, lang)
            team = self.store.add_team(
                session.uuid, name, nicknames, self.clock(), pc=self.pc, joined=self._class_teams()
            )
        except StoreError as error:
            self._note(error)
            self.team = self._unsaved_team(name, nicknames, pack_id, pack_hash, lang)
            return self.team
        self._recorder = self.store.recorder(session.uuid, team.id, self.clock)
        self.team = team
        self._note(None)
        self._go_live(team.id)
        return team

    def expect_team(self) -> None:
        """A team is about to be set up: with an LRS, read the class's teams from it now, in the
        background, so that the team's forms follow the class's join order."""
        if self.live is not None:
            self.live.refresh_class()

    def _class_teams(self) -> dict[str, TeamForms] | None:
        """The session's teams the class's LRS holds, with their forms; None when it has not
        answered. The read asked for at :meth:`expect_team` (or with the session) is waited for
        a moment, at most :attr:`class_wait` seconds."""
        live = self.live
        if live is None or self.session is None or live.session_uuid != self.session.uuid:
            return None
        live.class_read.wait(self.class_wait)
        return dict(live.class_teams) if live.heard else None

    def _go_live(self, playing: str | None) -> None:
        """With an LRS, send the current session's statements as they happen, with those that
        waited from before; the playing team's check scores once it is done."""
        if self.lrs is None or self.store is None or self.session is None:
            return
        from escape_room.scoring.live import LiveSender

        if self.live is None or self.live.session_uuid != self.session.uuid:
            if self.live is not None:
                self.live.finish(patience=0)
            target = self.lrs
            self.live = LiveSender(
                self.store.path.parent, self.session.uuid, target.endpoint, target.credentials,
                post=target.post, get=target.get,
            )  # fmt: skip
            self.live.start()
        self.live.playing = playing
        self.live.poke()

    def _join(self, pack_id: str, pack_hash: str, lang: str) -> Session:
        assert self.store is not None
        if self.session is None:
            now = self.clock()
            latest = self.store.latest_session()
            fresh = latest is not None and now - latest.created < SESSION_REUSE
            if latest is not None and fresh and latest.pack_id == pack_id:
                self.session = latest
            else:
                label = now.strftime("%Y-%m-%d")
                self.session = self.store.new_session(label, pack_id, pack_hash, lang, now)
        return self.session

    def _unsaved_team(
        self, name: str, nicknames: list[str], pack_id: str, pack_hash: str, lang: str
    ) -> Team:
        """A team (and, the first time, a session) that lives in memory only."""
        created = parse_utc(utc_text(self.clock()))
        if self.session is None:
            label = created.strftime("%Y-%m-%d")
            code = new_code(self._rng)
            self.session = Session(
                session_uuid(code), code, label, created, pack_id, pack_hash, lang
            )
        players = tuple(n.strip() for n in nicknames if n.strip())
        team_id = self._uuid()
        forms = forms_for(team_id, None)
        return Team(team_id, self.session.uuid, name.strip(), players, forms, created, self.pc)

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    # --- events ----------------------------------------------------------------------------

    def record(self, event: Event) -> None:
        """Keep the event, and write it (with any still unsaved) to the store when there is one;
        a failure to write is kept in :attr:`problem`, never raised."""
        if self.team is None:
            return
        at = self.clock()
        self.events.append(StoredEvent(len(self.events) + 1, utc_text(at), event))
        if self._recorder is None:
            return
        try:
            self._recorder.record(event, at)
            self._note(None)
        except StoreError as error:
            self._note(error)
            return
        if self.live is not None:
            self.live.poke()

    def flush(self) -> int:
        """Write what is still unsaved; returns how many events are still not in the store."""
        if self._recorder is None:
            return len(self.events)
        try:
            self._recorder.flush()
            self._note(None)
        except StoreError as error:
            self._note(error)
        return self._recorder.pending

    def _note(self, error: StoreError | None) -> None:
        """Keep why saving failed (None: it works again)."""
        self.problem = error.message if error else None
        self.reason = error.reason if error else None

    @property
    def unsaved(self) -> int:
        """How many of the team's events are not in the store."""
        return len(self.events) if self._recorder is None else self._recorder.pending

    # --- what the debrief and a copy elsewhere read -----------------------------------------

    def team_outcome(self) -> TeamOutcome | None:
        """The current team's outcomes, from the same function and events as the exports."""
        return outcome_of_team(self.team, self.events) if self.team is not None else None

    def session_data(self) -> SessionData | None:
        """The current team's session with this team alone, as the exports take it."""
        if self.session is None or self.team is None:
            return None
        return SessionData(self.session, [self.team], {self.team.id: list(self.events)})

    def save_copy(self, folder: Path) -> Path:
        """Write the team's scores into `folder` as a JSON export that `scores merge` takes;
        OSError when they cannot be written there."""
        data = self.session_data()
        if data is None:
            raise ValueError("no team has played yet")
        json_format = FORMATS["json"]
        team = safe_name(data.teams[0].name) or "team"
        path = folder / file_name(json_format, f"{file_stem(data.session)}-{team}")
        json_format.write([data], path, Extras(self.clock()))
        return path

    def close(self) -> None:
        """Write what can still be written, and close the store."""
        if self.store is not None:
            self.flush()
            self.store.close()
