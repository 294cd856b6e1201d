"""The room: the scene with its hotspots, a countdown in the bar at the top, what the team found
in the bar at the bottom, and the exit door with its lock.

The rules live in :class:`~escape_room.model.run.RoomRun`; this scene turns clicks into its
commands, shows what they did, and hands every event it emits to the recorder at once. Opening
a puzzle pushes the puzzle's modal scene, made by the injected factory.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

import pygame

from escape_room.art.icons import item_icon
from escape_room.audio.cues import ambience_for
from escape_room.audio.reactions import cue_for
from escape_room.content.pack import Room
from escape_room.model.events import Event, Unlocked
from escape_room.model.run import InventoryEntry, Opened, RoomRun
from escape_room.scenes.celebration import CelebrationCard
from escape_room.scenes.common import Card, format_time
from escape_room.scenes.contracts import PuzzleFactory, PuzzleOutcome, RunHost
from escape_room.scenes.keypad import KeypadScene, Source
from escape_room.scenes.room_motion import RoomMotion
from escape_room.scenes.room_view import (
    CAPTION_WIDTH,
    LOW_TIME,
    background,
    draw_hud,
    draw_inventory_bar,
    draw_saving_warning,
    draw_status,
    saving_warning,
)
from escape_room.scenes.room_widgets import Door, Hotspot, InventorySlot
from escape_room.ui import layout, theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene, Scene
from escape_room.ui.widgets import Button, Widget

if TYPE_CHECKING:
    from escape_room.pilot import PilotAction

_SLOT_GAP = 8
_SLOT_WIDTH = 200
"""The narrowest inventory slot at text size 100 %: its name is readable, never shrunk."""
_ARROW = 56


class RoomScene(Scene):
    """A room; for a room with a panorama it is a
    :class:`~escape_room.scenes.panorama.PanoramaRoomScene`, which turns."""

    pausable = True
    keeps_time = True

    def __new__(cls, ctx: GameContext, room: Room, *args: Any, **kwargs: Any) -> RoomScene:
        if cls is RoomScene and room.model.panorama is not None:
            from escape_room.scenes.panorama import PanoramaRoomScene

            return super().__new__(PanoramaRoomScene)
        return super().__new__(cls)

    def __init__(
        self,
        ctx: GameContext,
        room: Room,
        puzzles: PuzzleFactory,
        on_done: Callable[[RoomRun], None],
    ) -> None:
        super().__init__(ctx)
        self.room, self.puzzles, self.on_done = room, puzzles, on_done
        self.run = RoomRun(room, emit=self._happened)
        self._locked = frozenset(h.id for h in room.model.hotspots if h.requires)
        flat = room.model.background
        self.motion = RoomMotion(flat.scene if flat else None, self._reduced_motion)
        self._found_at: tuple[float, float] = (theme.WIDTH / 2, theme.HEIGHT / 2)
        self.finished = False
        self.things: list[Widget] = []
        self.slots: list[Widget] = []
        self._slots_for = (-1, -1)
        self.inventory_page = 0
        self.open_puzzles: dict[str, ModalScene[PuzzleOutcome]] = {}
        """Puzzle scenes left unsolved, kept so the answers chosen so far stay."""

    # --- lifecycle --------------------------------------------------------------------

    def enter(self) -> None:
        self.settings_changed()
        model = self.room.model
        intro = Card(
            self.ctx,
            self.ctx.text(model.title),
            self.ctx.text(model.intro),
            self.ctx.t("room.start"),
        )
        self.stack.push(intro, on_result=lambda _: self.run.start())
        scenery = model.panorama or model.background
        self.ctx.audio.ambient(ambience_for(scenery.scene if scenery else None))

    def exit(self) -> None:
        self.ctx.audio.ambient(None)

    def settings_changed(self) -> None:
        model, run = self.room.model, self.run
        self.things = [
            Hotspot(
                f"hotspot:{h.id}",
                self.ctx.text(h.label),
                h.shape,
                h.drawn_prop if model.drawn else None,
                self._opener(h.id),
                self._done_check(h.id),
            )
            for h in model.hotspots
        ]
        self.things.append(
            Door(
                self.ctx.text(model.exit.label), model.exit.shape, self._exit, lambda: run.exit_open
            )
        )
        self._slots_for = (-1, -1)

    def update(self, dt: float) -> None:
        before = self.run.time_left
        self.run.tick(dt)
        if self.run.ended and not self.finished:
            self._finish()
        elif self.run.started and _ticks(before, self.run.time_left):
            self.ctx.audio.play("tick")
        self.ctx.audio.update()
        self.motion.advance(dt, on_top=self._stack is not None and self.stack.top is self)

    def _reduced_motion(self) -> bool:
        return self.ctx.settings.reduced_motion

    def _happened(self, event: Event) -> None:
        """Something happened in the run: record it and make its sound."""
        self.ctx.record(event)
        cue = cue_for(event, locked=self._locked, time_limit=self.room.model.time_limit)
        if cue is not None:
            self.ctx.audio.play(cue)
        if isinstance(event, Unlocked) and event.kind == "exit":
            self.motion.door_opens()
        elif isinstance(event, Unlocked) and event.kind in ("clue", "digit", "item"):
            self.motion.found(self.run.inventory[-1], self._found_at)

    def _finish(self) -> None:
        self.finished = True
        while self.stack.top is not self:
            self.stack.pop()
        t, model = self.ctx.t, self.room.model
        if self.run.escaped:
            kind = Card if self.ctx.settings.reduced_motion else CelebrationCard
            card = kind(
                self.ctx, t("room.escaped"), self.ctx.text(model.outro), t("common.continue")
            )
        else:
            body = t("room.time_up_last" if self._last_room else "room.time_up_next")
            card = Card(self.ctx, t("room.time_up"), body, t("common.continue"))
        self.stack.push(card, on_result=lambda _: self.on_done(self.run))

    @property
    def _last_room(self) -> bool:
        """Whether the debrief, not another room, comes after this one."""
        rooms = self.ctx.rooms or [room.id for room in self.ctx.pack.rooms]
        return not rooms or rooms[-1] == self.room.id

    # --- hotspots ---------------------------------------------------------------------

    def _opener(self, hotspot_id: str) -> Callable[[], None]:
        return lambda: self.open_hotspot(hotspot_id)

    def _done_check(self, hotspot_id: str) -> Callable[[], bool]:
        hotspot = self.run.hotspot(hotspot_id)
        puzzle_id = hotspot.opens.puzzle
        if puzzle_id is not None:
            return lambda: self.run.is_solved(puzzle_id)
        return lambda: hotspot_id in self.run.opened

    def open_hotspot(self, hotspot_id: str) -> None:
        if not self.run.started or self.run.ended:
            return
        spot = next((w for w in self.things if w.id == f"hotspot:{hotspot_id}"), None)
        if spot is not None:
            self._found_at = spot.rect.center
        opened = self.run.open_hotspot(hotspot_id)
        if opened.kind == "puzzle" and opened.puzzle_id is not None:
            self._open_puzzle(opened.puzzle_id)
        else:
            self.stack.push(self._card_for(opened))

    def _open_puzzle(self, puzzle_id: str) -> None:
        """Open a puzzle; one closed with "come back later" opens as it was left."""
        scene = self.open_puzzles.get(puzzle_id)
        if scene is None:
            puzzle = self.room.puzzles[puzzle_id]
            host = RunHost(self.run, puzzle_id, lambda: self.ctx.lang)
            scene = self.open_puzzles[puzzle_id] = self.puzzles(puzzle, self.ctx, host)
        self.stack.push(scene, on_result=self._puzzle_done)

    def _puzzle_done(self, outcome: PuzzleOutcome) -> None:
        """A puzzle closed: kept as it is when left unsolved; its result card already named
        what solving it gave, so nothing is said twice."""
        if outcome.solved:
            self.open_puzzles.pop(outcome.puzzle_id, None)
        else:
            self.run.close_puzzle(outcome.puzzle_id)

    def _card_for(self, opened: Opened) -> Card:
        t, text = self.ctx.t, self.ctx.text
        hotspot = self.run.hotspot(opened.hotspot_id)
        title = text(hotspot.label)
        if opened.kind == "clue":
            return Card(self.ctx, t("room.clue"), text(opened.clue), icon=("clue", None))
        if opened.kind == "item" and hotspot.opens.item:
            return self._entry_card(self._entry("item", hotspot.opens.item), title)
        if opened.kind == "locked":
            return Card(
                self.ctx,
                title,
                t("room.locked", items=self._item_names(opened.missing)),
                icon=("key", None),
            )
        if opened.kind == "solved" and opened.puzzle_id:
            explanation = text(self.room.puzzles[opened.puzzle_id].explanation)
            return Card(
                self.ctx, title, f"{t('room.solved')}\n\n{explanation}".strip(), icon=("star", None)
            )
        return Card(self.ctx, title, t("room.taken"), icon=("item", None))

    def _entry(self, kind: str, entry_id: str) -> InventoryEntry:
        return next(e for e in self.run.inventory if e.kind == kind and e.id == entry_id)

    def _entry_card(self, entry: InventoryEntry, title: str | None = None) -> Card:
        t, text = self.ctx.t, self.ctx.text
        if entry.kind == "digit":
            heading = t("room.digit", digit=entry.digit)
            return Card(
                self.ctx, title or heading, text(entry.text) or heading, icon=("digit", entry.digit)
            )
        if entry.kind == "item":
            item = next((i for i in self.room.model.items if i.id == entry.id), None)
            body = text(item.description) if item else ""
            heading = t("room.item", name=text(entry.text))
            return Card(
                self.ctx,
                title or heading,
                f"{heading}\n\n{body}".strip(),
                icon=(item_icon(entry.id), None),
            )
        return Card(self.ctx, title or t("room.clue"), text(entry.text), icon=("clue", None))

    def _item_names(self, item_ids: tuple[str, ...] | list[str]) -> str:
        names = {i.id: self.ctx.text(i.name) for i in self.room.model.items}
        return ", ".join(names.get(item_id, item_id) for item_id in item_ids)

    # --- the exit ---------------------------------------------------------------------

    def _exit(self) -> None:
        if not self.run.started or self.run.ended:
            return
        lock, t = self.room.model.exit.lock, self.ctx.t
        label = self.ctx.text(self.room.model.exit.label)
        if lock.code_from:
            keypad = KeypadScene(self.ctx, len(lock.code_from), self.run.try_exit, self._sources)
            self.stack.push(keypad)
        elif self.run.exit_ready():
            self.run.try_exit()
        elif lock.items:
            missing = [item for item in lock.items if not self.run.holds(item)]
            self.stack.push(
                Card(
                    self.ctx,
                    label,
                    t("room.exit_not_ready", items=self._item_names(missing)),
                    icon=("key", None),
                )
            )
        else:
            left = sum(not self.run.is_solved(p) for p in self.room.puzzles)
            self.stack.push(
                Card(self.ctx, label, t("room.exit_all_puzzles", count=left), icon=("key", None))
            )

    def _sources(self) -> list[Source]:
        """For the keypad: each digit of the code in the lock's order, with where it comes
        from (found or not yet), then the clues found, each to be read again."""
        t, lines = self.ctx.t, []
        for number, puzzle_id in enumerate(self.room.model.exit.lock.code_from or [], 1):
            source = self._source_name(puzzle_id)
            entry = next((e for e in self.run.inventory if e.id == puzzle_id), None)
            if entry is None or entry.digit is None:
                text = t("keypad.missing", number=number, source=source)
                lines.append(Source(f"source:{puzzle_id}", text, None))
            else:
                text = t("keypad.found", number=number, digit=entry.digit, source=source)
                lines.append(Source(f"source:{puzzle_id}", text, self._slot_opener(entry)))
        for entry in self.run.inventory:
            if entry.kind == "clue":
                text = self.ctx.t("room.clue_from", source=self._source_name(entry.id))
                lines.append(Source(f"source:clue:{entry.id}", text, self._slot_opener(entry)))
        return lines

    # --- the inventory ----------------------------------------------------------------

    def inventory_slots(self) -> list[Widget]:
        """One slot per thing held, wide enough for readable text; when they do not all fit,
        a page of them with buttons to the others. Rebuilt only when something changes."""
        entries = self.run.inventory
        if self._slots_for == (len(entries), self.inventory_page):
            return self.slots
        left = CAPTION_WIDTH + 2 * theme.SPACE
        top = theme.HEIGHT - theme.INVENTORY_HEIGHT + 10
        bar = pygame.Rect(left, top, theme.WIDTH - theme.SPACE - left, 90)
        width = max(_SLOT_WIDTH, self.look.px(theme.SMALL) * 12)
        per_page = max(1, (bar.width + _SLOT_GAP) // (width + _SLOT_GAP))
        buttons: list[Widget] = []
        if len(entries) > per_page:
            inner = bar.width - 2 * _ARROW
            back, bar, forward = layout.columns(bar, (_ARROW, inner, _ARROW), _SLOT_GAP)
            per_page = max(1, (bar.width + _SLOT_GAP) // (width + _SLOT_GAP))
            pages = -(-len(entries) // per_page)
            self.inventory_page = min(self.inventory_page, pages - 1)
            page = self.inventory_page
            buttons = [
                Button(
                    "inventory:back", "◀", back, lambda: self._turn_inventory(-1), enabled=page > 0
                ),
                Button(
                    "inventory:next",
                    "▶",
                    forward,
                    lambda: self._turn_inventory(1),
                    enabled=page < pages - 1,
                ),
            ]
        else:
            self.inventory_page = 0
        shown = entries[self.inventory_page * per_page : (self.inventory_page + 1) * per_page]
        self.slots = [
            InventorySlot(
                entry,
                self._slot_label(entry),
                pygame.Rect(bar.x + i * (width + _SLOT_GAP), bar.y, width, bar.height),
                self._slot_opener(entry),
            )
            for i, entry in enumerate(shown)
        ]
        self.slots += buttons
        self._slots_for = (len(entries), self.inventory_page)
        return self.slots

    def _turn_inventory(self, step: int) -> None:
        self.inventory_page = max(0, self.inventory_page + step)
        self._slots_for = (-1, -1)

    def _slot_label(self, entry: InventoryEntry) -> str:
        """A short name for the slot (its icon shows the kind, and a digit's tile the digit):
        the item, or where the digit or the clue was found."""
        if entry.kind == "item":
            return self.ctx.text(entry.text)
        return self.ctx.t("room.from", source=self._source_name(entry.id))

    def _source_name(self, source_id: str) -> str:
        """The label of the hotspot, or the title of the puzzle, a clue came from."""
        puzzle = self.room.puzzles.get(source_id)
        if puzzle is not None:
            return self.ctx.text(puzzle.title)
        return self.ctx.text(self.run.hotspot(source_id).label)

    def _slot_opener(self, entry: InventoryEntry) -> Callable[[], None]:
        return lambda: self.stack.push(self._entry_card(entry))

    def widgets(self) -> list[Widget]:
        """The hotspots (but not the places whose item was picked up), the door, the slots."""
        return [*(t for t in self.things if not self._picked(t.id)), *self.inventory_slots()]

    def _picked(self, widget_id: str) -> bool:
        """Whether the thing is an item lying in the room that the team has picked up."""
        if not widget_id.startswith("hotspot:"):
            return False
        hotspot = self.run.hotspot(widget_id.removeprefix("hotspot:"))
        item = hotspot.opens.item
        return item is not None and hotspot.id in self.run.opened and self.run.holds(item)

    @property
    def covered(self) -> bool:
        """Whether a puzzle or a card is open over the room while time runs: the strip above
        it shows the time (the pause menu stops the clock, and the room's bar shows it)."""
        stack = self._stack
        return stack is not None and stack.top is not self and not stack.top.pauses_below

    def still_key(self) -> Hashable | None:
        """What the room shows: the clock to the second (not while covered), points, what was
        found and solved, the door, the saving warning, the settings, the pointer's and focus's
        places and where the things stand (a panorama turns); None while something moves."""
        if self.motion.busy:
            return None
        run, ctx, focus = self.run, self.ctx, self.focus
        solved = sum(p.solved for p in run.progress.values())
        return (
            None if self.covered else format_time(run.time_left),
            run.score,
            len(run.inventory),
            len(run.opened),
            solved,
            run.exit_open,
            saving_warning(ctx),
            repr(ctx.settings),
            (focus.focused_id, focus.hovered_id, focus.pressed_id),
            self.motion.time,
            tuple(thing.rect.topleft for thing in self.things),
            self.inventory_page,
        )

    # --- drawing ----------------------------------------------------------------------

    def draw_covered(self, surface: pygame.Surface) -> None:
        """Time left and points stay in view above a puzzle or a card."""
        if self.run.started and not self.run.ended:
            draw_status(surface, self.ctx, self.run.time_left, self.run.score)

    def draw(self, surface: pygame.Surface) -> None:
        ctx, run = self.ctx, self.run
        self.draw_scene(surface)
        self.motion.draw_behind(surface)
        draw_hud(surface, ctx, self.room, None if self.covered else run.time_left, run.score)
        draw_inventory_bar(surface, ctx, not run.inventory)
        self.draw_widgets(surface)
        draw_saving_warning(surface, ctx, self.warning_top())
        door = next(w.rect for w in self.things if w.id == "exit")
        self.motion.draw_over(surface, self.inventory_slots(), door)
        for thing in self.widgets():
            if isinstance(thing, (Hotspot, Door)) and (thing.hovered or thing.focused):
                thing.draw_label(surface, self.look)

    def warning_top(self) -> int:
        """Where the strip saying why scores are not saved starts: under the top bar."""
        return theme.HUD_HEIGHT

    def draw_scene(self, surface: pygame.Surface) -> None:
        """The picture behind the hotspots."""
        surface.blit(background(self.room, self.ctx.pack.assets_dir, self.ctx.lang), (0, 0))

    def aim(self, actions: list[PilotAction]) -> list[PilotAction]:
        """What the demo mode posts to carry out `actions` here: they as they are (a panorama
        room turns first)."""
        return actions


def _ticks(before: float, after: float) -> bool:
    """Whether the clock passed a whole second within the last minute."""
    return after < LOW_TIME and int(before) != int(after)
