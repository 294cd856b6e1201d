"""Opening one puzzle scene over a room run, in an app driven by the pilot."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from escape_room.content.pack import Pack, Room
from escape_room.model.events import AnswerGiven, Event
from escape_room.model.run import RoomRun
from escape_room.pilot import Click, Pilot
from escape_room.scenes.contracts import PuzzleOutcome, RunHost
from escape_room.scenes.puzzles import puzzle_scene_for
from escape_room.scenes.puzzles.frame import PuzzleScene
from escape_room.ui.app import App
from escape_room.ui.clock import FixedClock
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene, SceneStack
from escape_room.ui.widgets import TextInput


@dataclass
class Opened:
    """An open puzzle: the app, its pilot, the run and what the run emitted."""

    app: App
    pilot: Pilot
    run: RoomRun
    events: list[Event] = field(default_factory=list)
    outcomes: list[PuzzleOutcome] = field(default_factory=list)

    @property
    def scene(self) -> PuzzleScene[Any]:
        top = self.app.stack.top
        assert isinstance(top, PuzzleScene)
        return top

    @property
    def answers(self) -> list[AnswerGiven]:
        return [e for e in self.events if isinstance(e, AnswerGiven)]


def room_of(pack: Pack, puzzle_id: str) -> Room:
    return next(room for room in pack.rooms if puzzle_id in room.puzzles)


def open_puzzle(ctx: GameContext, puzzle_id: str, run: RoomRun | None = None) -> Opened:
    """Open `puzzle_id` of the context's pack over a plain scene, the room's clock started."""
    room = room_of(ctx.pack, puzzle_id)
    events: list[Event] = []
    run = run or RoomRun(room, emit=events.append)
    run.start()
    stack = SceneStack()
    stack.push(Scene(ctx))
    app = App(stack, FixedClock())
    opened = Opened(app, Pilot(app), run, events)
    host = RunHost(run, puzzle_id, lambda: ctx.lang)
    stack.push(puzzle_scene_for(room.puzzles[puzzle_id], ctx, host), opened.outcomes.append)
    opened.pilot.advance()
    return opened


def play(opened: Opened, correct: bool) -> None:
    """Give one answer the way the demo mode does: the scene's own autoplay actions."""
    for action in opened.scene.autoplay_actions(correct):
        opened.pilot.do(action)


def press_to(opened: Opened, target: str) -> None:
    """Tab from the focused widget to `target` (keyboard only)."""
    scene = opened.scene
    ring = [w.id for w in scene.widgets() if w.can_focus]
    here = scene.focus.focused(scene.widgets())
    start = ring.index(here.id) if here is not None else -1
    for _ in range((ring.index(target) - start) % len(ring)):
        opened.pilot.press("tab")


def play_by_keys(opened: Opened, correct: bool) -> None:
    """Give one answer with the keyboard only: each click of the demo's answer becomes Tab
    presses to the widget and Space (a text box is only tabbed to)."""
    for action in opened.scene.autoplay_actions(correct):
        if isinstance(action, Click):
            press_to(opened, action.target)
            if not isinstance(opened.scene.focus.focused(opened.scene.widgets()), TextInput):
                opened.pilot.press("space")
        else:
            opened.pilot.do(action)
