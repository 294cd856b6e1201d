"""The author's preview: a room (or one puzzle) of a pack on screen, reloaded whenever a file of
the pack is saved.

:class:`PackWatch` notices a save by the files' times and sizes, looked at twice a second.
:class:`PreviewScene` lies at the bottom of the stack: it loads the pack with
`load_for_preview` and shows the room of the file (the pack's first room for `pack.yaml`), or
the puzzle asked for; when the content has errors it shows every problem, scrollable, until a
save fixes them. Nothing is recorded: the context has no score store.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pygame

from escape_room import paths
from escape_room.content.check import absolute, load_for_preview
from escape_room.content.pack import PACK_FILE, ROOMS_DIR, Pack, Room, find_pack_root, load_pack
from escape_room.model.run import RoomRun
from escape_room.scenes.contracts import PuzzleOutcome, RunHost
from escape_room.scenes.pause import SettingsScene
from escape_room.scenes.preview_place import Placer, PlacingRoomScene, PointingPanoramaScene
from escape_room.scenes.puzzles import layout, puzzle_scene_for
from escape_room.scenes.room import RoomScene
from escape_room.ui import theme
from escape_room.ui.app import App
from escape_room.ui.clock import FixedClock, FrameClock, RealClock
from escape_room.ui.context import GameContext
from escape_room.ui.scene import Scene, SceneStack
from escape_room.ui.settings import Settings
from escape_room.ui.splash import open_window
from escape_room.ui.text import layout as text_layout
from escape_room.ui.widgets import Button, Widget

POLL_SECONDS = 0.5
REOPEN_ID = "preview:reopen"
Signature = tuple[tuple[str, int, int], ...]
_LIST = pygame.Rect(layout.LEFT, 190, layout.WIDTH, 500)
_SCROLL_KEYS = {pygame.K_UP: -1, pygame.K_DOWN: 1, pygame.K_PAGEUP: -5, pygame.K_PAGEDOWN: 5}


class PackWatch:
    """Tells when a file of the pack (or the lone file) was saved, looking twice a second."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.seen = self.signature()
        self.waited = 0.0

    def files(self) -> list[Path]:
        """`pack.yaml`, the room files and the puzzle files; the file alone when in no pack."""
        root = find_pack_root(self.file) if self.file.exists() else None
        if root is None:
            return [self.file]
        rooms = root / ROOMS_DIR
        found = [root / PACK_FILE, *_yaml_in(rooms)]
        return found + [f for folder in _folders_in(rooms) for f in _yaml_in(folder)]

    def signature(self) -> Signature:
        """Each file's name, change time and size."""
        marks = []
        for path in self.files():
            try:
                stat = path.stat()
            except OSError:
                continue
            marks.append((str(path), stat.st_mtime_ns, stat.st_size))
        return tuple(marks)

    def saved(self, dt: float) -> bool:
        """Whether a file changed since last asked; looks only every POLL_SECONDS."""
        self.waited += dt
        if self.waited < POLL_SECONDS:
            return False
        self.waited = 0.0
        now = self.signature()
        changed, self.seen = now != self.seen, now
        return changed


def _room_id_of(file: Path, root: Path) -> str | None:
    """The room a file of the pack belongs to: `rooms/<id>.yaml`, `rooms/<id>/*.yaml`."""
    try:
        parts = absolute(file).relative_to(absolute(root)).parts
    except ValueError:
        return None
    if len(parts) == 2 and parts[0] == ROOMS_DIR:
        return Path(parts[1]).stem
    return parts[1] if len(parts) == 3 and parts[0] == ROOMS_DIR else None


def _yaml_in(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".yaml" and p.is_file())
    except OSError:
        return []


def _folders_in(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:
        return []


class PreviewScene(Scene):
    """Shows the previewed room or puzzle above itself, and the problems when there are any."""

    keeps_time = True
    pausable = True

    def __init__(self, ctx: GameContext, file: Path, puzzle_id: str | None = None) -> None:
        super().__init__(ctx)
        self.file, self.puzzle_id = file, puzzle_id
        self.watch = PackWatch(file)
        self.problems: list[str] = []
        self.first = 0
        self.loads = 0
        self.buttons: list[Widget] = []
        self.placer = Placer(ctx)

    def enter(self) -> None:
        self.reload()

    def update(self, dt: float) -> None:
        if self.watch.saved(dt):
            self.reload()

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the pack again and show what the file asks for, or what is wrong."""
        self.loads += 1
        pack, problems = load_for_preview(self.file)
        for problem in problems:
            print(problem, file=sys.stderr)
        while self.stack.top is not self:
            self.stack.pop()
        self.first = 0
        room = self._room_to_show(pack) if pack is not None else None
        if pack is None or room is None:
            self.problems = [str(p) for p in problems if p.is_error]
            if pack is not None:
                self.problems.append(self._missing())
            self.problems = self.problems or [self.ctx.t("preview.no_pack")]
            return
        self.ctx.pack, self.problems = pack, []
        self._show(room)

    def _room_to_show(self, pack: Pack) -> Room | None:
        """The puzzle's room; else the file's room, or the first room for `pack.yaml`."""
        if self.puzzle_id is not None:
            return next((r for r in pack.rooms if self.puzzle_id in r.puzzles), None)
        room_id = _room_id_of(self.file, pack.root)
        return next((r for r in pack.rooms if r.id == room_id), None) if room_id else pack.rooms[0]

    def _missing(self) -> str:
        if self.puzzle_id is not None:
            return self.ctx.t("preview.no_puzzle", id=self.puzzle_id)
        return self.ctx.t("preview.no_room")

    def _show(self, room: Room) -> None:
        pygame.display.set_caption(f"{self.ctx.t('preview.title')}: {self.file}")
        if self.puzzle_id is None:
            self.stack.push(self._room_scene(room))
            return
        run = RoomRun(room, emit=self.ctx.record)
        run.start()
        host = RunHost(run, self.puzzle_id, lambda: self.ctx.lang)
        scene = puzzle_scene_for(room.puzzles[self.puzzle_id], self.ctx, host)
        self.stack.push(scene, on_result=self._closed)

    def _room_scene(self, room: Room) -> RoomScene:
        """The room, with the placer's tools on a flat scene; a panorama, which turns, shows
        the pointer's coordinates only."""
        kind = PlacingRoomScene if room.model.panorama is None else PointingPanoramaScene
        scene = kind(self.ctx, room, puzzle_scene_for, lambda _: self.reload())
        scene.placer = self.placer
        return scene

    def _closed(self, _: PuzzleOutcome) -> None:
        self.buttons = [
            Button(REOPEN_ID, self.ctx.t("preview.reopen"), layout.CHECK_BUTTON, self.reload)
        ]

    # --- settings ----------------------------------------------------------------------

    def settings(self) -> None:
        """Esc: the settings, to see the content in another language or text size."""
        if not isinstance(self.stack.top, SettingsScene):
            self.stack.push(SettingsScene(self.ctx))

    # --- showing the problems -----------------------------------------------------------

    def widgets(self) -> list[Widget]:
        return [] if self.problems else self.buttons

    def handle(self, event: pygame.event.Event) -> bool:
        if self.problems and event.type == pygame.MOUSEWHEEL:
            return self.scroll(-event.y)
        if self.problems and event.type == pygame.KEYDOWN and event.key in _SCROLL_KEYS:
            return self.scroll(_SCROLL_KEYS[event.key])
        return super().handle(event)

    def scroll(self, steps: int) -> bool:
        """Move the list of problems by `steps` problems."""
        self.first = max(0, min(self.first + steps, len(self.problems) - 1))
        return True

    def draw(self, surface: pygame.Surface) -> None:
        look, t = self.look, self.ctx.t
        look.panel(surface, layout.PANEL, theme.PAPER)
        look.text(surface, t("preview.title"), layout.TITLE, style="heading.left")
        top = pygame.Rect(layout.LEFT, 100, layout.WIDTH, 80)
        if not self.problems:
            look.text(surface, t("preview.watching", file=self.file), top, style="body")
            look.text(surface, t("preview.closed"), top.move(0, 100), style="puzzle.caption")
            self.draw_widgets(surface)
            return
        look.text(surface, t("preview.problems"), top, style="body.bold", colour=theme.BAD)
        self._draw_problems(surface)

    def _draw_problems(self, surface: pygame.Surface) -> None:
        """The problems from `first` on, each wrapped, as many as fit; a line says how to scroll."""
        look, y = self.look, _LIST.y
        pixels = look.px(theme.SMALL + 2)
        for text in self.problems[self.first :]:
            height = text_layout(text, _LIST.width, 10_000, pixels).height
            if y + height > _LIST.bottom - 40 and y > _LIST.y:
                break
            look.text(
                surface,
                text,
                pygame.Rect(_LIST.x, y, _LIST.width, min(height, _LIST.bottom - 40 - y)),
                style="body",
                size=theme.SMALL + 2,
            )
            y += height + 10
        if self.first > 0 or y > _LIST.bottom - 60:
            note = pygame.Rect(_LIST.x, _LIST.bottom - 36, _LIST.width, 32)
            look.text(
                surface, self.ctx.t("preview.scroll"), note, style="small.muted", align="right"
            )


def build_preview(file: Path, puzzle_id: str | None, lang: str | None, replay: bool) -> App:
    """The preview's app: a context with no score store, the preview scene, Esc for the
    settings; `replay` runs on a fixed frame clock and seed (for `--frames`)."""
    from escape_room.scoring.timefmt import utc_now

    if pygame.display.get_surface() is None:
        open_window(False, "")
    # Until the file's pack loads, the context holds the bundled pack; nothing shows it.
    pack = load_for_preview(file)[0] or load_pack(paths.bundled_pack())
    settings = Settings(lang or pack.model.languages[0])
    ctx = GameContext(pack, settings, random.Random(0 if replay else None), utc_now)
    stack = SceneStack()
    scene = PreviewScene(ctx, file, puzzle_id)
    clock: FrameClock = FixedClock() if replay else RealClock()
    app = App(stack, clock, on_escape=scene.settings, title=ctx.t("preview.title"))
    stack.push(scene)
    return app


def run_preview(file: Path, puzzle_id: str | None, lang: str | None, frames: int | None) -> int:
    """Preview until the window closes (or for `frames` frames)."""
    app = build_preview(file, puzzle_id, lang, replay=frames is not None)
    try:
        app.run(frames)
    finally:
        pygame.quit()
    return 0
