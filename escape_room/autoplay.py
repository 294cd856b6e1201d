"""Demo mode: the game plays itself through the real screens with real input events.

Each frame the :class:`Autoplay` driver looks at the top scene and, when it is time, posts the
next action with the pilot's code (:func:`escape_room.pilot.post_action`): it names a team, does
the knowledge check, opens hotspots, answers puzzles — sometimes wrong first, sometimes after a
hint, chosen by the game's seeded random generator — opens the lock and reaches the debrief.
Scores are recorded exactly as for a real team. It knows the answers from the content: puzzle
and check scenes hand it the actions for a right or a wrong answer (`autoplay_actions`).
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any, Literal
from weakref import WeakKeyDictionary

from escape_room.kinds import kind_of
from escape_room.model.run import RoomRun
from escape_room.pilot import Click, PilotAction, Type, post_action
from escape_room.scenes.common import Backdrop, Card
from escape_room.scenes.contracts import CONTINUE_ID, HINT_ID
from escape_room.scenes.debrief import DebriefScene
from escape_room.scenes.keypad import KeypadScene
from escape_room.scenes.pause import PauseScene, SettingsScene
from escape_room.scenes.room import RoomScene
from escape_room.scenes.session_setup import SessionSetupScene
from escape_room.scenes.team import TeamScene
from escape_room.scenes.title import TitleScene
from escape_room.ui.scene import Scene

if TYPE_CHECKING:
    from escape_room.ui.app import App

WATCHABLE_PACE = 0.6
"""Seconds between actions when people watch."""
FAST_FRAMES = 2
"""Frames between actions with `--frames`: the next action sees the last one's effect."""
DEBRIEF_PAUSE = 8.0
"""Seconds the debrief stays up in a looping demo."""
Style = Literal["right", "wrong_first", "hint_first"]
_STYLES: list[tuple[Style, float]] = [("right", 0.6), ("wrong_first", 0.2), ("hint_first", 0.2)]


class Autoplay:
    """Plays one team to the debrief; `loop` starts again from the title, else the app quits."""

    def __init__(
        self,
        fast: bool,
        loop: bool = False,
        team: str = "Demo team",
        nicknames: tuple[str, ...] = ("Fox", "Owl", "Lynx"),
    ) -> None:
        self.fast, self.loop = fast, loop
        self.team, self.nicknames = team, nicknames
        self.queue: deque[PilotAction] = deque()
        self.wait = 0.0
        self.seen_room = False
        self.finished = False
        self._planned_for: Scene | None = None
        self._notes: WeakKeyDictionary[Scene, dict[str, Any]] = WeakKeyDictionary()

    def before_frame(self, app: App, dt: float) -> None:
        """Post the next action when its time has come."""
        self.wait -= 1 if self.fast else dt
        if self.wait > 0 or not app.stack.scenes:
            return
        top = app.stack.top
        if top is not self._planned_for:
            self.queue.clear()
            self._planned_for = top
        self.wait = FAST_FRAMES if self.fast else WATCHABLE_PACE
        if not self.queue:
            self.queue.extend(self.plan(app, top))
        if self.queue:
            post_action(app, self.queue.popleft())

    # --- what to do on each screen -------------------------------------------------------

    def plan(self, app: App, scene: Scene) -> list[PilotAction]:
        """The next actions on `scene` (empty: wait)."""
        if isinstance(scene, TitleScene):
            self.seen_room = False
            return [Click("title:start" if scene.saving else "title:unsaved")]
        if isinstance(scene, TeamScene):
            return self._team()
        if isinstance(scene, Card):
            return [Click("card:close")]
        if isinstance(scene, (PauseScene, SettingsScene, SessionSetupScene)):
            return [
                Click(
                    {
                        PauseScene: "pause:resume",
                        SettingsScene: "settings:done",
                    }.get(type(scene), "session:back")
                )
            ]
        if isinstance(scene, KeypadScene):
            return self._keypad(app)
        if isinstance(scene, RoomScene):
            self.seen_room = True
            return scene.aim(self._room(scene.run))
        if isinstance(scene, DebriefScene):
            return self._debrief(app, scene)
        if isinstance(scene, Backdrop):
            return []
        if hasattr(scene, "autoplay_actions"):
            return (
                self._puzzle(scene) if self.seen_room and self._in_room(app) else self._check(scene)
            )
        return []

    def _team(self) -> list[PilotAction]:
        actions: list[PilotAction] = [Click("team:name"), Type(self.team)]
        for number, nickname in enumerate(self.nicknames, start=1):
            actions += [Click(f"team:player{number}"), Type(nickname)]
        return [*actions, Click("team:start")]

    def _keypad(self, app: App) -> list[PilotAction]:
        room = next(s for s in app.stack.scenes if isinstance(s, RoomScene))
        code = room.run.exit_code or ""
        return [*(Click(f"keypad:{digit}") for digit in code), Click("keypad:open")]

    def _room(self, run: RoomRun) -> list[PilotAction]:
        """Every hotspot that can be opened, then the door."""
        for hotspot in _order(run):
            puzzle = hotspot.opens.puzzle
            done = run.is_solved(puzzle) if puzzle else hotspot.id in run.opened
            if not done and not run.missing_items(hotspot):
                return [Click(f"hotspot:{hotspot.id}")]
        return [Click("exit")]

    def _puzzle(self, scene: Scene) -> list[PilotAction]:
        if scene not in self._notes:
            self._notes[scene] = {"style": self._style(scene), "stage": 0}
        notes = self._notes[scene]
        ids = {w.id for w in scene.widgets() if w.enabled}
        if notes["stage"] >= 3:
            return [Click(CONTINUE_ID)] if CONTINUE_ID in ids else []
        if notes["style"] == "hint_first" and notes["stage"] == 0 and HINT_ID in ids:
            notes["stage"] = 1
            return [Click(HINT_ID)]
        if notes["style"] == "wrong_first" and notes["stage"] == 0:
            notes["stage"] = 1
            return list(scene.autoplay_actions(False))  # type: ignore[attr-defined]
        notes["stage"] = 3
        return list(scene.autoplay_actions(True))  # type: ignore[attr-defined]

    def _style(self, scene: Scene) -> Style:
        roll, total = scene.ctx.rng.random(), 0.0
        for style, share in _STYLES:
            total += share
            if roll < total:
                return style
        return "right"

    def _check(self, scene: Scene) -> list[PilotAction]:
        right = scene.ctx.rng.random() < (0.85 if self.seen_room else 0.55)
        return list(scene.autoplay_actions(right))  # type: ignore[attr-defined]

    def _debrief(self, app: App, scene: DebriefScene) -> list[PilotAction]:
        if scene.page < len(scene.pages) - 1:
            return [Click("debrief:next")]
        if not self.loop:
            self.finished = True
            print(f"Demo: reached the debrief after {app.frame} frames.", flush=True)
            app.stack.quit()
            return []
        notes = self._notes.setdefault(scene, {"waited": False})
        if not notes["waited"]:
            notes["waited"] = True
            self.wait = DEBRIEF_PAUSE if not self.fast else FAST_FRAMES
            return []
        return [Click("debrief:finish")]

    @staticmethod
    def _in_room(app: App) -> bool:
        return any(isinstance(s, RoomScene) for s in app.stack.scenes)


def _order(run: RoomRun) -> list[Any]:
    """Hotspots in the room's order, puzzles that need digits (code locks) last: the digits
    come from the others."""
    puzzles = run.room.puzzles

    def needs_digits(hotspot: Any) -> bool:
        puzzle = puzzles.get(hotspot.opens.puzzle or "")
        return puzzle is not None and kind_of(puzzle).digit_sources(puzzle) is not None

    return sorted(run.room.model.hotspots, key=needs_digits)
