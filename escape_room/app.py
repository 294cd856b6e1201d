"""The game put together: pygame started, the score store opened, the context, the flow of
screens, the frame clock, and (in demo mode) the autoplay driver.

`GameOptions` is what `escape-room play` parses; `build_game` makes a ready :class:`Game`
(tests drive it with the pilot), `play` runs it.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from datetime import datetime, timezone

from escape_room.content.pack import Pack

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from escape_room import paths
from escape_room.scenes.contracts import CheckFactory, PuzzleFactory
from escape_room.scenes.flow import Flow
from escape_room.ui.app import App, Driver
from escape_room.ui.clock import FixedClock, FrameClock, RealClock
from escape_room.ui.context import GameContext, Settings
from escape_room.ui.scene import SceneStack


@dataclass
class GameOptions:
    """How to play: the command line's options."""

    lang: str | None = None
    data_dir: str | None = None
    fullscreen: bool = False
    frames: int | None = None
    autoplay: bool = False
    seed: int | None = None
    room: str | None = None
    save: bool = True


@dataclass
class Game:
    app: App
    ctx: GameContext
    flow: Flow


def wall_clock() -> datetime:
    return datetime.now(timezone.utc)


def build_game(
    pack: Pack,
    options: GameOptions,
    puzzles: PuzzleFactory | None = None,
    checks: CheckFactory | None = None,
    driver: Driver | None = None,
) -> Game:
    """Start pygame's display and fonts, open the store, and show the title screen."""
    pygame.display.init()
    pygame.font.init()
    seed = options.seed if options.seed is not None else (0 if options.frames else None)
    lang = options.lang or pack.model.languages[0]
    ctx = GameContext(pack, Settings(lang), random.Random(seed), wall_clock)
    ctx.rooms = [options.room] if options.room else []
    if options.save:
        _open_store(ctx, options.data_dir)
    stack = SceneStack()
    flow = Flow(ctx, stack, puzzles, checks)
    clock: FrameClock = FixedClock() if options.frames else RealClock()
    app = App(stack, clock, options.fullscreen, flow.pause, driver, ctx.text(pack.model.title))
    flow.title()
    return Game(app, ctx, flow)


def _open_store(ctx: GameContext, data_dir: str | None) -> None:
    from escape_room.scoring.errors import StoreError
    from escape_room.scoring.store import ScoreStore

    try:
        ctx.store = ScoreStore.open(paths.data_dir(data_dir))
    except StoreError as error:
        ctx.store_problem = str(error)


def play(pack: Pack, options: GameOptions) -> int:
    """Play until the window closes (or `options.frames` frames); returns the exit code."""
    driver = None
    if options.autoplay:
        from escape_room.autoplay import Autoplay

        driver = Autoplay(fast=options.frames is not None, loop=options.frames is None)
    game = build_game(pack, options, driver=driver)
    try:
        game.app.run(options.frames)
    finally:
        _close(game.ctx)
        pygame.quit()
    return 0


def _close(ctx: GameContext) -> None:
    if ctx.recorder is not None and ctx.recorder.pending:
        from escape_room.scoring.errors import StoreError

        try:
            ctx.recorder.flush()
        except StoreError as error:
            print(f"escape-room: {ctx.recorder.pending} events could not be saved: {error}")
    if ctx.store is not None:
        ctx.store.close()
