"""The game's start-up, against a bare pygame-ce window, as whole processes run alternately.

- `startup`: from process start to the first presented frame of `escape-room play` with the
  bundled pack (headless): the title, drawn from the cached pack's head before the pack's models
  and the score store (a splash comes first only when the pack must be checked, which the
  warm-up run did). The game notes when it presented a frame in `$ESCAPE_ROOM_FRAME_MARKS`.
- `startup_title`: the wall time of the whole `escape-room play --frames 1` process, which exits
  right after presenting the title screen — what a student waits for. The pack cache is warm (a
  first untimed run fills it) and each run has a fresh data folder.

The baseline of both is the wall time of a bare pygame-ce script started the same way (a new
`python` process with the bytecode cache warm) that opens a 1280×720 window and flips once.
Targets: `startup` ≤ 3x; `startup_title` ≤ 2x and ≤ 0.6 s.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import PYTHON, Figure, figure, process_env, run_process

NAMES = ("startup", "startup_title")
BARE = (
    "import pygame\n"
    "pygame.display.init()\n"
    "pygame.display.set_mode((1280, 720))\n"
    "pygame.display.flip()\n"
)
ROUNDS = 7


def figures() -> list[Figure]:
    splash, title, bare = [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        run_process([PYTHON, "-c", BARE])  # warm the disk cache and the bytecode
        _game(folder, "warm-up")  # ... and the pack cache
        for round_ in range(ROUNDS):
            bare.append(run_process([PYTHON, "-c", BARE])[0])
            first_frame, wall = _game(folder, str(round_))
            splash.append(first_frame)
            title.append(wall)
    baseline = statistics.median(bare)
    return [
        figure("startup", statistics.median(splash), baseline),
        figure("startup_title", statistics.median(title), baseline),
    ]


def _game(scratch: Path, name: str) -> tuple[float, float]:
    """Seconds to the first presented frame, and to the exit after the title's first frame."""
    marks = scratch / f"{name}.marks"
    env = process_env(ESCAPE_ROOM_FRAME_MARKS=str(marks), ESCAPE_ROOM_CACHE=str(scratch / "cache"))
    data = scratch / name
    start = time.time()
    command = [PYTHON, "-m", "escape_room", "play", "--frames", "1", "--data-dir", str(data)]
    wall = run_process(command, env)[0]
    first = float(marks.read_text(encoding="utf-8").split()[1])
    return first - start, wall
