"""The order of screens a class plays: title → team → knowledge check before → each room →
knowledge check after → debrief → title. Also the pause menu and the teacher's new session.
Each screen's module is imported when it is first shown, so the title appears without the others.

The flow asks the game's scores (a pure scoring service) to start or join the class session,
add the team and keep every event; no screen touches the score store. Puzzle and
knowledge-check scenes come from factories, found in
`escape_room.scenes.puzzles` and `escape_room.scenes.check` unless given.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from escape_room.scenes.title import TitleScene
from escape_room.ui.context import GameContext
from escape_room.ui.scene import SceneStack

if TYPE_CHECKING:
    from escape_room.model.run import RoomRun
    from escape_room.scenes.contracts import CheckFactory, CheckOutcome, CheckPhase, PuzzleFactory
    from escape_room.scenes.pause import PauseChoice
    from escape_room.scenes.team import TeamChoice
    from escape_room.scoring.errors import StoreError
    from escape_room.scoring.service import ScoreService


def registered_factory(module: str, name: str) -> Any:
    """`module.name` when that module exists (the puzzle and check scenes), else None."""
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), name, None)


class Flow:
    """Moves a team from screen to screen, keeping the runs of the rooms it played."""

    def __init__(
        self,
        ctx: GameContext,
        stack: SceneStack,
        puzzles: PuzzleFactory | None = None,
        checks: CheckFactory | None = None,
    ) -> None:
        self.ctx, self.stack = ctx, stack
        self._puzzles, self._checks = puzzles, checks
        self.runs: list[RoomRun] = []

    @property
    def puzzles(self) -> PuzzleFactory | None:
        """The puzzle scenes' factory, imported when the first room starts."""
        if self._puzzles is None:
            self._puzzles = registered_factory("escape_room.scenes.puzzles", "puzzle_scene_for")
        return self._puzzles

    @property
    def checks(self) -> CheckFactory | None:
        if self._checks is None:
            self._checks = registered_factory("escape_room.scenes.check", "check_scene_for")
        return self._checks

    # --- title, settings, pause --------------------------------------------------------

    def title(self) -> None:
        self.stack.reset(TitleScene(self.ctx, self))

    def settings(self) -> None:
        from escape_room.scenes.pause import SettingsScene

        self.stack.push(SettingsScene(self.ctx))

    def pause(self) -> None:
        """Esc in a game screen: the pause menu."""
        from escape_room.scenes.pause import PauseScene, SettingsScene

        if not isinstance(self.stack.top, (PauseScene, SettingsScene)):
            self.stack.push(PauseScene(self.ctx), on_result=self._paused)

    def _paused(self, choice: PauseChoice) -> None:
        from escape_room.scenes.pause import SettingsScene

        if choice == "settings":
            self.stack.push(SettingsScene(self.ctx), on_result=lambda _: self.pause())
        elif choice == "quit":
            self._leave_room()
            self.title()

    def _leave_room(self) -> None:
        """Quitting in the middle of a room still records how the room ended."""
        from escape_room.scenes.room import RoomScene

        for scene in self.stack.scenes:
            if isinstance(scene, RoomScene):
                scene.run.leave()

    # --- the teacher's class session ---------------------------------------------------

    def new_session(self) -> None:
        from escape_room.scenes.session_setup import SessionSetupScene

        self.stack.reset(
            SessionSetupScene(self.ctx, self.start_session, self.join_session, self.title)
        )

    def start_session(self, class_label: str) -> str | None:
        """Start a class session; prints its code too. Returns a problem to show, or None."""
        from escape_room.content.pack import content_hash
        from escape_room.scoring.errors import StoreError

        ctx, scores = self.ctx, self._scores()
        if not scores.saving:
            return ctx.t("common.not_saved")
        pack = ctx.pack
        try:
            session = scores.start_session(class_label, pack.model.id, content_hash(pack), ctx.lang)
        except ValueError:
            return ctx.t("session.need_label")
        except StoreError as error:
            return self._session_failed(error)
        print(f"Class session {session.code} for {session.class_label}", flush=True)
        return None

    def join_session(self, code: str) -> str | None:
        """Join the session a facilitator started elsewhere, by its code; or a problem."""
        from escape_room.content.pack import content_hash
        from escape_room.scoring.errors import StoreError
        from escape_room.scoring.records import normalise_code

        ctx, scores = self.ctx, self._scores()
        if not scores.saving:
            return ctx.t("common.not_saved")
        if normalise_code(code) is None:
            return ctx.t("session.bad_code")
        try:
            scores.join_session(code, ctx.pack.model.id, content_hash(ctx.pack), ctx.lang)
        except StoreError as error:
            return self._session_failed(error)
        return None

    def _session_failed(self, error: StoreError) -> str:
        """What the class session screen says when the store refuses: why, in plain words of
        the game's language; the store's own message, with the file, goes to the terminal."""
        print(f"escape-room: {error.message}", file=sys.stderr, flush=True)
        return self.ctx.t("session.failed", problem=self.ctx.t(f"saving.{error.reason}"))

    # --- a team plays --------------------------------------------------------------------

    def new_team(self) -> None:
        from escape_room.scenes.team import TeamScene

        if self.ctx.scores is not None:
            self.ctx.scores.expect_team()  # the class's LRS is read while the team types
        self.stack.reset(TeamScene(self.ctx, self.start_team, self.title))

    def start_team(self, choice: TeamChoice) -> str | None:
        """Add the team to the scores and start its knowledge check; or a problem to show."""
        from escape_room.content.pack import content_hash

        ctx = self.ctx
        ctx.settings.lang = choice.lang
        pack = ctx.pack
        try:
            self._scores().start_team(
                choice.name, choice.nicknames, pack.model.id, content_hash(pack), ctx.lang
            )
        except ValueError:
            return ctx.t("team.need_name")
        self.runs = []
        self._check("before", lambda: self.play_room(0))
        return None

    def _scores(self) -> ScoreService:
        """The game's scores (kept in memory only, from now on, when the game had none)."""
        if self.ctx.scores is None:
            from escape_room.scoring.service import ScoreService

            self.ctx.scores = ScoreService(None, self.ctx.now)
        return self.ctx.scores

    def _check(self, phase: CheckPhase, then: Callable[[], None]) -> None:
        from escape_room.scenes.common import Backdrop

        scene = self.checks(self.ctx, phase) if self.checks is not None else None
        if scene is None:
            then()
            return
        self.stack.reset(Backdrop(self.ctx))

        def done(_: CheckOutcome) -> None:
            then()

        self.stack.push(scene, on_result=done)

    def play_room(self, index: int) -> None:
        from escape_room.scenes.room import RoomScene

        rooms = self.ctx.rooms or [room.id for room in self.ctx.pack.rooms]
        if index >= len(rooms):
            self._check("after", self.debrief)
            return
        puzzles = self.puzzles
        if puzzles is None:
            raise RuntimeError(
                "no puzzle scenes: escape_room.scenes.puzzles.puzzle_scene_for is missing"
            )
        room = self.ctx.pack.room(rooms[index])

        def done(run: RoomRun) -> None:
            self.runs.append(run)
            self.play_room(index + 1)

        self.stack.reset(RoomScene(self.ctx, room, puzzles, done))

    def debrief(self) -> None:
        from escape_room.scenes.debrief import DebriefScene
        from escape_room.scenes.debrief_data import debrief_data

        self.stack.reset(DebriefScene(self.ctx, debrief_data(self.ctx, self.runs), self.title))
