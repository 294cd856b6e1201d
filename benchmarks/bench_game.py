"""The game's start-up, against a bare pygame-ce window, as new processes run alternately.

- `startup`: from process start to the first presented frame of `escape-room play` with the
  bundled pack (headless): the window opens at once with a splash, before the pack is read.
  The game notes when it presented that frame in the file named by `$ESCAPE_ROOM_FRAME_MARKS`.
- `startup_title`: the wall time of `escape-room play --frames 1`, which exits right after
  presenting the title screen: start-up including reading and checking the whole pack with its
  pydantic models, opening the score store (a fresh data folder each time) and drawing the title.

The baseline of both is the wall time of a bare pygame-ce script that opens a 1280×720 window
and flips once. Target for `startup`: ≤ 3x.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, figure

ROOT = Path(__file__).resolve().parent.parent
BARE = (
    "import os\n"
    "os.environ['PYGAME_HIDE_SUPPORT_PROMPT'] = '1'\n"
    "import pygame\n"
    "pygame.display.init()\n"
    "pygame.display.set_mode((1280, 720))\n"
    "pygame.display.flip()\n"
)
ROUNDS = 7
_ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}


def figures() -> list[Figure]:
    splash, title, bare = [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        _game(Path(scratch), "warm-up")  # the first run warms the disk cache and the byte code
        for round_ in range(ROUNDS):
            bare.append(_wall([sys.executable, "-c", BARE], _ENV))
            first_frame, wall = _game(Path(scratch), str(round_))
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
    env = {**_ENV, "ESCAPE_ROOM_FRAME_MARKS": str(marks)}
    data = scratch / name
    start = time.time()
    wall = _wall(
        [sys.executable, "-m", "escape_room", "play", "--frames", "1", "--data-dir", str(data)], env
    )
    first = float(marks.read_text(encoding="utf-8").split()[1])
    return first - start, wall


def _wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, env=env, capture_output=True, timeout=120)
    return time.perf_counter() - start
