"""The game put together: the window with its first frame, the pack, the score store, the
context, the flow of screens, the frame clock, and (in demo mode) the autoplay driver.

`GameOptions` is what `escape-room play` parses; `play` opens the window and shows the title at
once from the cache of the checked pack (or shows a splash, reads and checks the pack — a pack
with errors closes the window and prints every problem — and then the title). Only after the
first title frame does it build the pack's models, open the score store and start the sound.
`build_game` makes a ready :class:`Game` from a loaded pack (tests drive it with the pilot).
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from escape_room import paths
from escape_room.audio.reader import Reader
from escape_room.errors import USAGE, CliError
from escape_room.i18n import t
from escape_room.ui import theme
from escape_room.ui.app import App, Driver
from escape_room.ui.clock import FixedClock, FrameClock, RealClock
from escape_room.ui.context import GameContext
from escape_room.ui.scene import SceneStack
from escape_room.ui.settings import Settings, settings_file
from escape_room.ui.settings import load as load_settings
from escape_room.ui.splash import open_window, show_splash

FRAME_MARKS = "ESCAPE_ROOM_FRAME_MARKS"

if TYPE_CHECKING:
    from escape_room.content.cache import CachedPack, PackHead
    from escape_room.content.pack import Pack
    from escape_room.scenes.contracts import CheckFactory, PuzzleFactory
    from escape_room.scenes.flow import Flow
    from escape_room.scoring.live import LiveSender, LrsTarget
    from escape_room.scoring.service import ScoreService


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
    session: str | None = None
    """The code of the class session to save teams in (joined, or made here under that code)."""
    pc: str = ""
    lrs: LrsTarget | None = None
    """The class's LRS, to send statements to as they happen."""


@dataclass
class Game:
    app: App
    ctx: GameContext
    flow: Flow
    options: GameOptions

    def open_scores(self) -> None:
        """Build the pack's models and open the scores (when :func:`build_game` left them for
        after the first frame), and say on the title whether they are saved."""
        ctx = self.ctx
        if ctx.scores_opening:
            ctx.scores = _scores(self.options, ctx.pack, ctx.lang)
            ctx.scores_opening = False
            self.app.stack.settings_changed()


def build_game(
    pack: Pack | CachedPack,
    options: GameOptions,
    puzzles: PuzzleFactory | None = None,
    checks: CheckFactory | None = None,
    driver: Driver | None = None,
    *,
    scores_later: bool = False,
) -> Game:
    """Open the window (unless open) and the store, and show the title screen; with
    `scores_later` the store is left for :meth:`Game.open_scores`, after the first frame."""
    from escape_room.scenes.flow import Flow
    from escape_room.scoring.timefmt import utc_now

    if pygame.display.get_surface() is None:
        open_window(options.fullscreen, "")
    seed = options.seed if options.seed is not None else (0 if options.frames else None)
    ctx = GameContext(pack, Settings(), random.Random(seed), utc_now)
    _keep_settings(ctx, options)
    ctx.rooms = [options.room] if options.room else []
    ctx.packs = [paths.bundled_pack(), *paths.installed_packs(options.data_dir)]
    ctx.scores_opening = True
    stack = SceneStack()
    flow = Flow(ctx, stack, puzzles, checks)
    clock: FrameClock = FixedClock() if options.frames else RealClock()
    app = App(stack, clock, options.fullscreen, flow.pause, driver, ctx.text(ctx.head.title))
    if options.lrs is not None:
        app.overlay = _live_badge(ctx)
    app.on_activate = lambda: ctx.audio.play("click")
    app.reader = Reader(ctx.speech, lambda: ctx.settings.read_aloud, lambda: ctx.lang)
    flow.title()
    game = Game(app, ctx, flow, options)
    if not scores_later:
        game.open_scores()
    return game


def _keep_settings(ctx: GameContext, options: GameOptions) -> None:
    """The settings of the last run (from the config folder), `--lang` first; a demo run
    (autoplay or a fixed number of frames) neither reads nor writes them."""
    if not (options.autoplay or options.frames):
        ctx.settings_path = settings_file()
        loaded = load_settings(ctx.settings_path)
        ctx.settings, ctx.settings_problem = loaded.settings, loaded.problem
    if options.lang or ctx.settings.lang not in ctx.languages:
        ctx.settings.lang = options.lang or ctx.head.languages[0]
    theme.use_palette(ctx.settings.contrast, ctx.settings.colour_blind)


def _scores(options: GameOptions, pack: Pack, lang: str) -> ScoreService:
    """The game's scores: in the store of the data folder (in the class session of
    `options.session` when given), or in memory when not saved."""
    from escape_room.scoring.errors import StoreError
    from escape_room.scoring.service import ScoreService
    from escape_room.scoring.timefmt import utc_now

    if not options.save:
        return ScoreService(None, utc_now, pc=options.pc)
    data_dir = paths.data_dir(options.data_dir)
    scores = ScoreService.open(data_dir, utc_now, pc=options.pc, lrs=options.lrs)
    if options.session:
        from escape_room.content.pack import content_hash

        with suppress(StoreError):  # then the scores are kept in memory, saying why
            scores.join_session(options.session, pack.model.id, content_hash(pack), lang)
    return scores


def play(pack_path: Path, options: GameOptions) -> int:
    """Play until the window closes (or `options.frames` frames); returns the exit code.

    The title is the first frame when the cache holds the pack; the pack's models, the store
    and the sound follow it (none of them when that frame is the last one asked for)."""
    window = open_window(options.fullscreen, "Escape room")
    try:
        pack = _load(pack_path, options, window)
    except CliError:
        pygame.quit()
        raise
    driver = None
    if options.autoplay:
        from escape_room.autoplay import Autoplay

        driver = Autoplay(fast=options.frames is not None, loop=options.frames is None)
    game = build_game(pack, options, driver=driver, scores_later=True)
    try:
        game.app.run(1)
        _mark_frame("title")
        if options.frames != 1:  # a game that goes on past its title
            game.open_scores()
            game.ctx.audio.start()
        game.app.run(options.frames - 1 if options.frames else None)
    finally:
        _close(game.ctx)
        pygame.quit()
    return 0


def _mark_frame(name: str) -> None:
    """For the start-up benchmark: note when a frame was presented, in the file `$FRAME_MARKS`."""
    marks = os.environ.get(FRAME_MARKS)
    if marks:
        with open(marks, "a", encoding="utf-8") as file:
            file.write(f"{name} {time.time()}\n")


def _load(pack_path: Path, options: GameOptions, window: pygame.Surface) -> Pack | CachedPack:
    """The checked pack: from the cache (its models built later), or else read and checked
    behind a splash; CliError with exit code 1 (the pack, each problem printed first) or 2 (the
    options do not fit it)."""
    from escape_room.content.cache import cached_for_play, head_of

    cached = cached_for_play(pack_path, paths.cache_dir())
    pack: Pack | CachedPack
    if cached is not None:
        pack, head = cached, cached.head
    else:
        show_splash(window, t("splash.loading", options.lang or "en"))
        _mark_frame("splash")
        checked = _check(pack_path)
        pack, head = checked, head_of(checked)
    wrong = _wrong_choice(head, options)
    if wrong:
        raise CliError(wrong, USAGE)
    return pack


def _check(pack_path: Path) -> Pack:
    from escape_room.content.cache import load_for_play
    from escape_room.content.problems import ContentError

    try:
        return load_for_play(pack_path, paths.cache_dir())
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        raise CliError("the pack has errors, so the game does not open.") from None


def _wrong_choice(head: PackHead, options: GameOptions) -> str | None:
    if options.lang and options.lang not in head.languages:
        return f"the pack is written in {', '.join(head.languages)}, not {options.lang}"
    if options.room and options.room not in head.rooms:
        return f"the pack has no room {options.room!r}; its rooms: {', '.join(head.rooms)}"
    return None


def _live_badge(ctx: GameContext) -> Callable[[pygame.Surface], None]:
    from escape_room.scenes.live_badge import draw_live_badge

    def draw(surface: pygame.Surface) -> None:
        if ctx.scores is not None and ctx.scores.live is not None:
            draw_live_badge(surface, ctx, ctx.scores.live)

    return draw


def _finish_live(live: LiveSender, code: str) -> None:
    """Send what waits (up to 30 s while the LRS answers) and say what is left, if anything."""
    status = live.finish()
    if not status.waiting:
        print("escape-room: every statement of this session is in the LRS.", file=sys.stderr)
        return
    why = f" ({status.problem})" if status.problem else ""
    print(
        f"escape-room: {status.waiting} statement(s) did not reach the LRS yet{why}. They are"
        f" kept; send them later with: escape-room scores send --lrs {live.endpoint}"
        f" --session {code}",
        file=sys.stderr,
    )


def _close(ctx: GameContext) -> None:
    """Write what can still be written; say plainly when a team's answers are not saved."""
    scores = ctx.scores
    if scores is None or not scores.saving:
        return
    unsaved = scores.flush() if scores.team is not None else 0
    if scores.live is not None:
        _finish_live(scores.live, scores.session.code if scores.session else "CODE")
    scores.close()
    if unsaved:
        print(
            f"escape-room: {unsaved} recorded event(s) of the last team could not be saved: "
            f"{scores.problem}",
            file=sys.stderr,
        )
