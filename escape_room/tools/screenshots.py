"""Render every screen and every puzzle type to PNG: `python -m escape_room.tools.screenshots OUT`.

Screens are built directly (no clicking) from the bundled pack or `--pack`, in each language
and with the settings of each variant (`normal`, `large` text at 150 %, `largest` at 200 %,
high `contrast`), named
`<screen>-<lang>-<variant>.png` (puzzles `puzzle-<type>-<lang>-<variant>.png`); the room is
shown part-way through, and so is each room of the pack (`room-<id>`), and the pack's first
panorama room at three headings a third of the turn apart (`panorama-1` to `-3`); `check` shows
a knowledge-check item with a picture. Each screen's top scene is checked as it is drawn: text
cut short or below the readable size, texts or widgets over each other, a blank picture;
problems are listed (`--strict` fails on them). Used for the README picture
(`docs/screenshot.png`) and to check the screens by eye.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, NoReturn

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from escape_room import paths
from escape_room.content.pack import Pack, load_pack
from escape_room.kinds import kind_of
from escape_room.model.answers import correct_response
from escape_room.model.run import RoomRun
from escape_room.scenes.check import check_scene_for
from escape_room.scenes.common import Card
from escape_room.scenes.debrief import DebriefScene
from escape_room.scenes.debrief_data import debrief_data
from escape_room.scenes.facilitator import FacilitatorScene
from escape_room.scenes.flow import Flow
from escape_room.scenes.keypad import KeypadScene
from escape_room.scenes.panorama import PanoramaRoomScene
from escape_room.scenes.panorama_view import EdgeButton
from escape_room.scenes.pause import PauseScene, SettingsScene
from escape_room.scenes.room import RoomScene
from escape_room.scenes.session_setup import SessionSetupScene
from escape_room.scenes.team import TeamScene
from escape_room.scenes.title import TitleScene
from escape_room.scoring.errors import StoreError
from escape_room.scoring.service import ScoreService
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import statements
from escape_room.tools.sample_class import LIVE_MINUTES, live_class, record_class
from escape_room.ui import theme
from escape_room.ui.context import GameContext
from escape_room.ui.look import Drawn, recording
from escape_room.ui.scene import Scene, SceneStack
from escape_room.ui.settings import Settings
from escape_room.ui.widgets import Widget

Build = Callable[[GameContext, SceneStack], None]


VARIANTS: dict[str, dict[str, Any]] = {
    "normal": {},
    "large": {"text_scale": 150},
    "largest": {"text_scale": 200},
    "contrast": {"contrast": True, "colour_blind": True},
}
"""The settings each kind of screenshot is taken with, by the name in its file name."""


def _context(pack: Pack, lang: str, variant: str, data: Path) -> GameContext:
    """A context with a store in a scratch folder, a class session and a team, as in play."""
    ctx = GameContext(pack, Settings(lang, **VARIANTS[variant]), random.Random(1), _now)
    ctx.apply_settings()
    ctx.scores = ScoreService(ScoreStore.open(data), _now)
    ctx.scores.start_session("5B", pack.model.id, "screens", lang)
    ctx.scores.start_team("Greitieji", ["Lapė", "Pelėda", "Lūšis"], pack.model.id, "screens", lang)
    return ctx


def _now() -> datetime:
    return datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _room_part_way(ctx: GameContext, share: float = 0.6, room_id: str = "") -> RoomScene:
    """A room (the first) with some hotspots opened and puzzles solved, each after a hint."""
    room = ctx.pack.room(room_id) if room_id else ctx.pack.rooms[0]
    scene = RoomScene(ctx, room, _no_puzzles, lambda run: None)
    run = scene.run
    run.start()
    run.tick(room.model.time_limit * 0.35)
    hotspots = room.model.hotspots
    for hotspot in hotspots[: round(len(hotspots) * share)]:
        opened = run.open_hotspot(hotspot.id)
        puzzle = room.puzzles.get(opened.puzzle_id or "")
        if puzzle is not None and kind_of(puzzle).digit_sources(puzzle) is None:
            run.take_hint(puzzle.id)
            run.answer(puzzle.id, correct_response(puzzle, room))
    return scene


def _no_puzzles(*_: object) -> NoReturn:
    raise RuntimeError("screenshots open no puzzles")


def _title(ctx: GameContext, stack: SceneStack) -> None:
    stack.push(TitleScene(ctx, Flow(ctx, stack)))


def _title_unsaved(ctx: GameContext, stack: SceneStack) -> None:
    """The title when the scores file turned out damaged: the plain reason, and Why?"""
    assert ctx.scores is not None and ctx.scores.store is not None
    path = ctx.scores.store.path
    ctx.scores.close()
    damaged = StoreError(f"{path}: the score database is damaged (not a database).", "damaged")
    ctx.scores = ScoreService(None, _now, damaged)
    _title(ctx, stack)


def _team(ctx: GameContext, stack: SceneStack) -> None:
    scene = TeamScene(ctx, lambda choice: None, lambda: None)
    stack.push(scene)
    scene.name.value = "Greitieji"
    for box, nickname in zip(scene.players, ("Lapė", "Pelėda", "Lūšis"), strict=False):
        box.value = nickname


def _session(ctx: GameContext, stack: SceneStack) -> None:
    scene = SessionSetupScene(ctx, lambda label: None, lambda code: None, lambda: None)
    stack.push(scene)
    scene.label.value = "5B"
    scene.code.value = "K7M-2QX"


def _room(ctx: GameContext, stack: SceneStack, room_id: str = "") -> None:
    scene = _shown(_room_part_way(ctx, room_id=room_id), stack)
    hotspot = scene.things[1]
    scene.focus.set(hotspot.id)


def _shown(scene: RoomScene, stack: SceneStack) -> RoomScene:
    """The room on the stack as the game shows it, without its opening card."""
    stack.scenes.append(scene)
    scene._stack = stack
    scene.settings_changed()
    return scene


def _panorama(third: int) -> Build:
    """The first panorama room (the first room when there is none), turned `third` thirds of the
    way round from where it starts, focus on a hotspot in view."""

    def build(ctx: GameContext, stack: SceneStack) -> None:
        rooms = ctx.pack.rooms
        room = next((r for r in rooms if r.model.panorama is not None), rooms[0])
        scene = _shown(_room_part_way(ctx, 0.4, room.id), stack)
        panorama = room.model.panorama
        if isinstance(scene, PanoramaRoomScene) and panorama is not None:
            scene.face(panorama.start + third * panorama.width / 3)

    return build


def _room_named(room_id: str) -> Build:
    return lambda ctx, stack: _room(ctx, stack, room_id)


def room_screens(pack: Pack) -> dict[str, Build]:
    """The room part-way through, for each room of the pack (`room-<id>`)."""
    return {f"room-{room.id}": _room_named(room.id) for room in pack.rooms}


def _check(ctx: GameContext, stack: SceneStack) -> None:
    """The first item of the before-check that shows a picture (the first item if none does)."""
    scene = check_scene_for(ctx, "before")
    assert scene is not None
    stack.push(scene)
    pictured = [i for i, item in enumerate(scene.questions) if item.image is not None]
    scene.item = pictured[0] if pictured else 0
    scene._show_item()


def _keypad(ctx: GameContext, stack: SceneStack) -> None:
    _room(ctx, stack)
    room = stack.scenes[-1]
    assert isinstance(room, RoomScene)
    code = room.room.model.exit.lock.code_from or []
    stack.push(KeypadScene(ctx, len(code), lambda code: False, room._sources))


def _story(ctx: GameContext, stack: SceneStack) -> None:
    """The opening card of the room with the longest story, over that room."""
    room = max(ctx.pack.rooms, key=lambda room: len(ctx.text(room.model.intro)))
    _room(ctx, stack, room.id)
    title, story = ctx.text(room.model.title), ctx.text(room.model.intro)
    stack.push(Card(ctx, title, story, ctx.t("room.start")))


def _pause(ctx: GameContext, stack: SceneStack) -> None:
    _room(ctx, stack)
    stack.push(PauseScene(ctx))


def _settings(page: int) -> Build:
    """The settings over the room, at page `page` (the last page when there are fewer)."""

    def build(ctx: GameContext, stack: SceneStack) -> None:
        _room(ctx, stack)
        scene = SettingsScene(ctx)
        stack.push(scene)
        scene.pager.page = min(page, scene.pager.count - 1)
        scene.settings_changed()

    return build


def _debrief(page: int) -> Build:
    def build(ctx: GameContext, stack: SceneStack) -> None:
        run: RoomRun = _room_part_way(ctx).run
        scene = DebriefScene(ctx, debrief_data(ctx, [run]), lambda: None)
        stack.push(scene)
        scene.page = min(page, len(scene.pages) - 1)
        scene.settings_changed()
        scene.focus.set("debrief:next")

    return build


def _save_copy(ctx: GameContext, stack: SceneStack) -> None:
    """The debrief's "save a copy" screen with two drives offered."""
    from escape_room.scenes.save_copy import SaveCopyScene

    _debrief(0)(ctx, stack)
    drives = [Path("/media/pupil/USB STICK"), Path("/media/pupil/KINGSTON")]
    stack.push(SaveCopyScene(ctx, drives))


def _facilitator(kind: str) -> Build:
    """The class results, at the first page of `kind` (overview, objectives, teams)."""

    def build(ctx: GameContext, stack: SceneStack) -> None:
        assert ctx.scores is not None and ctx.scores.store is not None
        assert ctx.session is not None
        record_class(ctx.scores.store, ctx.session, ctx.pack, _now())
        scene = FacilitatorScene(ctx, lambda: None)
        stack.push(scene)
        scene.turn(next(n for n, page in enumerate(scene.pages) if page.kind == kind))

    return build


def _dashboard(teams: int = 4, offline: bool = False) -> Build:
    """The live class dashboard from the statements of a class of `teams` teams `LIVE_MINUTES`
    into the lesson, read with no server; `offline` after a failed read."""

    def build(ctx: GameContext, stack: SceneStack) -> None:
        from escape_room.scenes.dashboard import DashboardScene, Names
        from escape_room.scoring.classfeed import ClassFeed
        from escape_room.scoring.classprogress import ProgressModel, room_plans

        session = ctx.session
        assert session is not None
        start = _now() - timedelta(minutes=LIVE_MINUTES)
        recorded = list(statements(live_class(session, ctx.pack, start, teams)))
        model = ProgressModel(room_plans(ctx.pack, ctx.lang))
        feed = ClassFeed(model, lambda since: recorded, clock=_now)
        feed.refresh()
        if offline:
            feed.read = _unreachable
            feed.refresh()
        scene = DashboardScene(ctx, feed.snapshot, session.code, Names.of(ctx.pack, ctx.lang))
        stack.push(scene)

    return build


def _unreachable(since: object) -> NoReturn:
    from escape_room.scoring.classfeed import FeedError

    raise FeedError("LRS unreachable")


def _puzzle(kind: str, wrong: bool = False) -> Build:
    """The first puzzle of type `kind` in the pack, open over its room (after a wrong answer
    when `wrong`); its code digits found first for a code lock."""

    def build(ctx: GameContext, stack: SceneStack) -> None:
        from escape_room.scenes.contracts import RunHost
        from escape_room.scenes.puzzles import puzzle_scene_for

        room = next(r for r in ctx.pack.rooms if any(_type(p) == kind for p in r.puzzles.values()))
        puzzle = next(p for p in room.puzzles.values() if _type(p) == kind)
        scene = RoomScene(ctx, room, puzzle_scene_for, lambda run: None)
        stack.scenes.append(scene)
        scene._stack = stack
        scene.settings_changed()
        run = scene.run
        run.start()
        run.tick(room.model.time_limit * 0.3)
        for needed in getattr(puzzle, "digits_from", []):
            run.answer(needed, correct_response(room.puzzles[needed], room))
        host = RunHost(run, puzzle.id, lambda: ctx.lang)
        opened = puzzle_scene_for(puzzle, ctx, host)
        stack.push(opened)
        if wrong:
            for action in opened.autoplay_actions(False):
                _act(stack, action)

    return build


def _type(puzzle: Any) -> str:
    from escape_room.kinds import kind_of

    return kind_of(puzzle).type


def _act(stack: SceneStack, action: Any) -> None:
    """Do one demo action on the top scene directly (no event queue, no window)."""
    from escape_room.pilot import Click, Press, Type, find_widget

    if isinstance(action, Click):
        find_widget(stack.top, action.target).activate()
    elif isinstance(action, Type):
        for char in action.text:
            stack.top.handle(pygame.event.Event(pygame.TEXTINPUT, text=char))
    elif isinstance(action, Press):
        key = pygame.key.key_code(action.key.split("+")[-1])
        stack.top.handle(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=""))


def puzzle_screens(pack: Pack) -> dict[str, Build]:
    """One screen per puzzle type the pack has, and the first puzzle after a wrong answer."""
    kinds = sorted({_type(p) for room in pack.rooms for p in room.puzzles.values()})
    screens = {f"puzzle-{kind}": _puzzle(kind) for kind in kinds}
    first = next((p for room in pack.rooms for p in room.puzzles.values()), None)
    if first is not None:
        screens[f"puzzle-{_type(first)}-wrong"] = _puzzle(_type(first), wrong=True)
    return screens


def pack_screens(pack: Pack) -> dict[str, Build]:
    """Every screen: the fixed ones, each room of the pack and each puzzle type it has."""
    return {**SCREENS, **room_screens(pack), **puzzle_screens(pack)}


SCREENS: dict[str, Build] = {
    "title": _title,
    "title-unsaved": _title_unsaved,
    "session": _session,
    "team": _team,
    "check": _check,
    "room": _room,
    "panorama-1": _panorama(0),
    "panorama-2": _panorama(1),
    "panorama-3": _panorama(2),
    "keypad": _keypad,
    "story": _story,
    "pause": _pause,
    "settings": _settings(0),
    "settings-2": _settings(1),
    "settings-3": _settings(2),
    "debrief": _debrief(0),
    "debrief-objectives": _debrief(1),
    "debrief-missed": _debrief(2),
    "save-copy": _save_copy,
    "facilitator": _facilitator("overview"),
    "facilitator-objectives": _facilitator("objectives"),
    "facilitator-teams": _facilitator("teams"),
    "dashboard": _dashboard(),
    "dashboard-offline": _dashboard(offline=True),
    "dashboard-many": _dashboard(teams=30),
}


@dataclass
class Shot:
    """A rendered screen, and what is wrong with its top scene (nothing, when all is well)."""

    picture: pygame.Surface
    problems: list[str]


def render(pack: Pack, name: str, lang: str, variant: str = "normal") -> pygame.Surface:
    """One screen drawn on a 1280×720 canvas with the settings of `variant`."""
    return shoot(pack, name, lang, variant).picture


def shoot(pack: Pack, name: str, lang: str, variant: str = "normal") -> Shot:
    """One screen drawn, and its top scene checked: no text cut short or below the readable
    size of the chosen text size, no two texts and no two widgets over each other."""
    with tempfile.TemporaryDirectory() as scratch:
        ctx = _context(pack, lang, variant, Path(scratch))
        try:
            stack = SceneStack()
            pack_screens(ctx.pack)[name](ctx, stack)
            for scene in stack.scenes:
                scene.focus.sync(scene.widgets())
            canvas = pygame.Surface((theme.WIDTH, theme.HEIGHT))
            canvas.fill(theme.BACKDROP)
            stack.draw(canvas)
            found = problems(stack.top)
            if len(set(pygame.image.tobytes(canvas, "RGB")[::997])) < 8:
                found.append("the picture is blank")
            return Shot(canvas, found)
        finally:
            assert ctx.scores is not None
            ctx.scores.close()


def problems(scene: Scene) -> list[str]:
    """What is wrong with `scene` as it draws now: text cut short or below the readable size
    of its text size, two texts or two widgets over each other."""
    with recording() as texts:
        scene.draw(pygame.Surface((theme.WIDTH, theme.HEIGHT)))
    return _text_problems(texts, scene.look.min_text) + _overlaps(scene.widgets())


def _text_problems(texts: list[Drawn], smallest: int) -> list[str]:
    problems = []
    for text in (t for t in texts if t.text.strip()):
        if text.cut:
            problems.append(f"cut: {text.text[:50]!r} in {tuple(text.box)}")
        elif text.pixels < smallest and text.box.height >= theme.MIN_TEXT:
            problems.append(f"{text.pixels} px: {text.text[:50]!r}")
    shown = [t for t in texts if t.text.strip() and t.covered.width and t.covered.height]
    for i, first in enumerate(shown):
        for second in shown[i + 1 :]:
            if first.covered.colliderect(second.covered):
                problems.append(f"overlap: {first.text[:30]!r} and {second.text[:30]!r}")
    return problems


def _overlaps(widgets: list[Widget]) -> list[str]:
    boxes = [w for w in widgets if w.focusable and w.rect.width and w.rect.height]
    return [
        f"overlap: widgets {a.id} and {b.id}"
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a.rect.colliderect(b.rect) and not _turns_past(a, b)
    ]


def _turns_past(a: Widget, b: Widget) -> bool:
    """A hotspot of a panorama passing under its fixed turn buttons as the team turns: meant."""
    return {type(a), type(b)} & {EdgeButton} != set() and any(
        w.id.startswith("hotspot:") for w in (a, b)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m escape_room.tools.screenshots", description=__doc__.splitlines()[0]
    )
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--pack", type=Path, default=paths.bundled_pack())
    parser.add_argument(
        "--lang", nargs="+", default=["en", "lt"], help="languages (default: en lt)"
    )
    parser.add_argument("--variant", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--screen", nargs="+", help="screens to render (default: all)")
    parser.add_argument("--readme", type=Path, help="also save the room in English here")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a screen has problems")
    args = parser.parse_args(argv)
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((theme.WIDTH, theme.HEIGHT))
    pack = load_pack(args.pack)
    known = pack_screens(pack)
    unknown = set(args.screen or []) - set(known)
    if unknown:
        parser.error(f"unknown screens: {', '.join(sorted(unknown))}; known: {', '.join(known)}")
    screens = args.screen or list(known)
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for lang in args.lang:
        for variant in args.variant:
            for name in screens:
                path = args.out / f"{name}-{lang}-{variant}.png"
                shot = shoot(pack, name, lang, variant)
                pygame.image.save(shot.picture, path)
                print(path)
                for problem in shot.problems:
                    print(f"  {path.name}: {problem}", file=sys.stderr)
                failed += bool(shot.problems)
    if args.readme:
        pygame.image.save(render(pack, "room", "en", "normal"), args.readme)
        print(args.readme)
    if failed:
        print(f"{failed} screens have text cut, too small or overlapping.", file=sys.stderr)
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
