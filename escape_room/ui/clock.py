"""Frame clocks: real time capped at 60 frames a second for play, or a fixed step for replays."""

from __future__ import annotations

from typing import Protocol

import pygame

FPS = 60
MAX_STEP = 0.1
"""The longest step a frame may take, so a stalled machine does not jump the room's clock."""


class FrameClock(Protocol):
    def tick(self) -> float:
        """Wait for the next frame when the clock paces play; return the seconds it stands for."""
        ...


class RealClock:
    """Wall time between frames, at most `fps` frames a second."""

    def __init__(self, fps: int = FPS) -> None:
        self.fps = fps
        self._clock = pygame.time.Clock()

    def tick(self) -> float:
        return min(self._clock.tick(self.fps) / 1000.0, MAX_STEP)


class FixedClock:
    """Every frame stands for `dt` seconds and nothing waits: runs are the same every time."""

    def __init__(self, dt: float = 1 / FPS) -> None:
        self.dt = dt

    def tick(self) -> float:
        return self.dt
