"""Seconds for one dashboard refresh of a class of 30 teams × 200 statements, headless, with the
bundled pack: the progress model takes in every statement (all new: the first read, the worst
case), the scene lays out the table and one frame is drawn and presented (target < 200 ms).

Baseline, measured alternately: what any refresh must do at the least — look at each
statement's id once, and present one bare full-screen frame.

- `dashboard_refresh`: median seconds of the refresh.
- `dashboard_reread`: the same refresh when every statement was seen before (an overlap window
  read again): the model counts none twice.

Decoding the same statements from JSON as an LRS sends them (about 11 MB), which the feed does
in its own thread, is printed on stderr for comparison.
"""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import datetime, timedelta, timezone

import pygame

from benchmarks.common import Figure, figure, interleaved

NAMES = ("dashboard_refresh", "dashboard_reread")
TEAMS, PER_TEAM = 30, 200
START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def figures() -> list[Figure]:
    from escape_room.app import GameOptions, build_game
    from escape_room.content.pack import load_pack
    from escape_room.paths import bundled_pack
    from escape_room.scenes.dashboard import DashboardScene, Names
    from escape_room.scoring.classfeed import ClassFeed
    from escape_room.scoring.classprogress import ProgressModel, room_plans

    pygame.display.init()
    pygame.font.init()
    pack = load_pack(bundled_pack())
    app = build_game(pack, GameOptions(lang="en", frames=1, save=False)).app
    ctx = app.stack.top.ctx
    ctx.now = lambda: START + timedelta(minutes=30)
    statements = _class(pack)
    canvas = pygame.Surface(app.window.get_size())

    def refresh(model: ProgressModel) -> None:
        feed = ClassFeed(model, lambda since: statements)
        feed.refresh()
        scene = DashboardScene(ctx, feed.snapshot, "K7M-2QX", Names.of(pack, "en"))
        app.stack.reset(scene)
        app.step((), 1 / 60)

    def baseline() -> None:
        {statement["id"] for statement in statements}
        app.window.blit(canvas, (0, 0))
        pygame.display.flip()

    plans = room_plans(pack, "en")
    cold, bare = interleaved(lambda: refresh(ProgressModel(plans)), baseline)
    seen = ProgressModel(plans)
    seen.add(statements)
    warm, bare_again = interleaved(lambda: refresh(seen), baseline)
    body = json.dumps({"statements": statements})
    start = time.perf_counter()
    json.loads(body)
    decode = time.perf_counter() - start
    print(
        f"dashboard: decoding {len(body) / 1e6:.1f} MB of JSON took {decode:.3f} s", file=sys.stderr
    )
    return [
        figure("dashboard_refresh", cold, bare),
        figure("dashboard_reread", warm, bare_again),
    ]


def _class(pack: object) -> list[dict[str, object]]:
    """30 teams' statements, 200 each, made by the game's xAPI mapping: rooms started and
    ended, answers right and wrong, hints, unlocks."""
    from escape_room.model.events import AnswerGiven, HintTaken, RoomEnded, RoomStarted, Unlocked
    from escape_room.scoring.records import Session, Team
    from escape_room.scoring.sessiondata import SessionData
    from escape_room.scoring.store import StoredEvent
    from escape_room.scoring.timefmt import utc_text
    from escape_room.scoring.xapi import statements

    rng = random.Random(11)
    session = Session("5f0c8a52-0000-5000-8000-000000000001", "K7M-2QX", "5B", START,
                      pack.model.id, "0" * 16, "en")  # type: ignore[attr-defined]  # fmt: skip
    rooms = pack.rooms  # type: ignore[attr-defined]
    teams, events = [], {}
    for number in range(TEAMS):
        team = Team(f"00000000-0000-4000-8000-{number:012d}", session.uuid, f"Team {number + 1}",
                    ("Fox", "Owl"), ("A", "B"), START)  # fmt: skip
        teams.append(team)
        timed, room = [], rooms[0]
        for seq in range(1, PER_TEAM + 1):
            at = utc_text(START + timedelta(seconds=seq * 9 + number))
            puzzle = rng.choice(list(room.puzzles.values()))
            roll = rng.random()
            if seq % 50 == 1:
                room = rooms[(seq // 50) % len(rooms)]
                event: object = RoomStarted(room.id, float(room.model.time_limit))
            elif seq % 50 == 0:
                event = RoomEnded(room.id, True, 600.0, 100, 120, 600.0)
            elif roll < 0.6:
                event = AnswerGiven(room.id, puzzle.id, tuple(puzzle.objectives), "x",
                                    roll < 0.4, 1, 0, 20.0, 10, float(seq))  # fmt: skip
            elif roll < 0.8:
                event = HintTaken(room.id, puzzle.id, 0, 5, float(seq))
            else:
                event = Unlocked(room.id, "clue", puzzle.id, float(seq))
            timed.append(StoredEvent(seq, at, event))  # type: ignore[arg-type]
        events[team.id] = timed
    return list(statements(SessionData(session, teams, events)))
