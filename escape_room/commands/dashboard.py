"""`escape-room dashboard --lrs URL --session CODE`: the class's live progress on the projector.

It reads the session's statements from the LRS every few seconds in the background and shows
every team full screen (F11 switches to a window, Esc closes). Rooms' sizes, time limits and
titles come from the pack (`--pack`, by default the bundled one). `--frames N` runs N frames
headless and prints each team's row: the first read then happens before the first frame, so
the run shows the same thing every time.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from escape_room.commands.lrsaccess import (
    LRS_ENV,
    add_insecure_http,
    add_lrs,
    check_lrs_address,
    credentials,
)
from escape_room.commands.options import frame_count, session_code
from escape_room.commands.play import installed_or_given
from escape_room.errors import USAGE, CliError

if TYPE_CHECKING:
    from escape_room.content.pack import Pack
    from escape_room.scoring.classfeed import ClassFeed


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "dashboard",
        help="show the class's live progress from an LRS, full screen, for the projector",
        description="Every team's room, puzzles solved, hints, points, time left, who is stuck "
        "or has not started, and the objectives most missed so far, read from the LRS every "
        "few seconds. Esc closes; F11 switches between full screen and a window.",
    )
    add_lrs(parser, "the LRS the class sends to")
    parser.add_argument("--session", type=session_code, required=True, metavar="CODE")
    parser.add_argument("--lang", choices=("en", "lt"), help="language (default: the pack's first)")
    parser.add_argument(
        "--stuck-minutes",
        type=_minutes,
        default=3.0,
        metavar="N",
        help="a team in a room with no progress for N minutes shows as stuck (default: 3)",
    )
    parser.add_argument(
        "--pack", type=Path, help="the pack the class plays (default: the bundled pack)"
    )
    parser.add_argument("--window", action="store_true", help="start in a window")
    parser.add_argument(
        "--frames",
        type=frame_count,
        metavar="N",
        help="run N frames headless after one read, print the teams, and stop",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="where packs are installed")
    add_insecure_http(parser)
    parser.set_defaults(handler=run)


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value <= 120:
        raise argparse.ArgumentTypeError(f"'{text}': give minutes between 0 and 120, such as 3")
    return value


def run(args: argparse.Namespace) -> int:
    if not args.lrs:
        raise CliError(f"give the class's LRS with --lrs URL (or ${LRS_ENV})", USAGE)
    check_lrs_address(args.lrs, args.insecure_http)
    from escape_room.scoring.classfeed import ClassFeed, StatementSource
    from escape_room.scoring.classprogress import ProgressModel, room_plans
    from escape_room.scoring.records import session_uuid

    pack = _pack(args)
    lang = args.lang or pack.model.languages[0]
    if lang not in pack.model.languages:
        raise CliError(f"the pack is written in {', '.join(pack.model.languages)}, not {lang}")
    source = StatementSource(args.lrs.strip(), credentials(), session_uuid(args.session))
    model = ProgressModel(room_plans(pack, lang), stuck_after=args.stuck_minutes * 60)
    feed = ClassFeed(model, source.read)
    return _show(feed, pack, lang, args)


def _pack(args: argparse.Namespace) -> Pack:
    from escape_room.commands.session import load_given_pack

    folder = installed_or_given(args.pack, args.data_dir) if args.pack else None
    return load_given_pack(folder)


def _show(feed: ClassFeed, pack: Pack, lang: str, args: argparse.Namespace) -> int:
    import pygame

    from escape_room.scenes.dashboard import DashboardScene, Names
    from escape_room.scoring.timefmt import utc_now
    from escape_room.ui.app import App
    from escape_room.ui.clock import FixedClock, FrameClock, RealClock
    from escape_room.ui.context import GameContext
    from escape_room.ui.scene import SceneStack
    from escape_room.ui.settings import Settings
    from escape_room.ui.splash import open_window

    replay = args.frames is not None
    fullscreen = not (args.window or replay)
    open_window(fullscreen, "")
    ctx = GameContext(pack, Settings(lang), random.Random(0), utc_now)
    stack = SceneStack()
    clock: FrameClock = FixedClock() if replay else RealClock()
    title = ctx.t("dashboard.title", code=args.session)
    app = App(stack, clock, fullscreen, title=title)
    if replay:
        feed.refresh()
    else:
        feed.start()
    scene = DashboardScene(ctx, feed.snapshot, args.session, Names.of(pack, lang))
    try:
        stack.push(scene)
        app.run(args.frames)
    finally:
        feed.stop()
        pygame.quit()
    if replay:
        _print_rows(scene)
    return 0


def _print_rows(scene: Any) -> None:
    """The teams as the last frame showed them, one per line, and any reading problem."""
    for row in scene.rows:
        print(" | ".join(row))
    shown = scene.shown
    if shown is not None and shown.problem:
        print(f"escape-room: {shown.problem}", file=sys.stderr)
