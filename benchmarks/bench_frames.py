"""Seconds per frame (update + draw + present) of the room, an open puzzle and the debrief, with
the bundled pack, headless; against a bare full-screen blit and flip, measured alternately.

- `frame_median`: the median frame of the worst scene (target ≤ 2 ms).
- `frame_p99`: the 99th-percentile frame of the worst scene (target ≤ 8 ms); baseline: the bare
  frame's 99th percentile.
- `frame_rss_growth`: how much the process's resident memory grew over 10,000 frames of an open
  puzzle over the room, after 500 frames to warm up (MB; flat is ≈ 0).

Each scene's worst figure and the scene it came from are printed on stderr.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from benchmarks.common import Figure, figure

if TYPE_CHECKING:
    from escape_room.app import Game

NAMES = ("frame_median", "frame_p99", "frame_rss_growth")
FRAMES = 200
ROUNDS = 5
MEMORY_FRAMES = 10_000
DT = 1 / 60
Step = Callable[[], object]


def figures() -> list[Figure]:
    from escape_room.app import GameOptions, build_game
    from escape_room.content.pack import load_pack
    from escape_room.paths import bundled_pack

    pygame.display.init()
    pygame.font.init()
    game = build_game(load_pack(bundled_pack()), GameOptions(lang="en", frames=1, save=False))
    app = game.app
    scenes = _scenes(game)
    times: dict[str, list[float]] = {name: [] for name in ["bare", *scenes]}
    bare = _bare(app.window)
    for _ in range(ROUNDS):
        times["bare"] += _frames(bare, FRAMES)
        for name, enter in scenes.items():
            enter()
            times[name] += _frames(lambda: app.step((), DT), FRAMES)
    medians = {name: statistics.median(t) for name, t in times.items()}
    p99s = {name: _p99(t) for name, t in times.items()}
    worst_median = max(scenes, key=medians.__getitem__)
    worst_p99 = max(scenes, key=p99s.__getitem__)
    for name in times:
        line = f"median {medians[name] * 1000:.2f} ms, p99 {p99s[name] * 1000:.2f} ms"
        print(f"frames {name}: {line}", file=sys.stderr)
    growth = _rss_growth(scenes["puzzle"], lambda: app.step((), DT))
    return [
        figure("frame_median", medians[worst_median], medians["bare"]),
        figure("frame_p99", p99s[worst_p99], p99s["bare"]),
        figure("frame_rss_growth", growth, None, "MB"),
    ]


def _scenes(game: Game) -> dict[str, Step]:
    """How to put each measured scene on top: the room, a puzzle over it, the debrief."""
    from escape_room.scenes.room import RoomScene

    flow, stack = game.flow, game.app.stack

    def room() -> RoomScene:
        flow.play_room(0)
        stack.pop()  # the intro card
        scene = stack.top
        assert isinstance(scene, RoomScene)
        scene.run.start()
        return scene

    def puzzle() -> None:
        scene = room()
        first = next(h for h in scene.room.model.hotspots if h.opens.puzzle)
        scene.open_hotspot(first.id)

    def debrief() -> None:
        flow.runs = [room().run]
        flow.debrief()

    return {"room": room, "puzzle": puzzle, "debrief": debrief}


def _bare(window: pygame.Surface) -> Step:
    canvas = pygame.Surface(window.get_size())
    canvas.fill((40, 60, 80))

    def frame() -> None:
        window.blit(canvas, (0, 0))
        pygame.display.flip()

    return frame


def _frames(step: Step, count: int) -> list[float]:
    out: list[float] = []
    for _ in range(count):
        start = time.perf_counter()
        step()
        out.append(time.perf_counter() - start)
    return out


def _p99(times: list[float]) -> float:
    return sorted(times)[int(len(times) * 0.99)]


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _rss_growth(enter: Step, step: Step) -> float:
    enter()
    for _ in range(500):
        step()
    before = _rss_mb()
    for _ in range(MEMORY_FRAMES):
        step()
    return _rss_mb() - before
