"""Shared pieces of the benchmarks: figures as ratios against a baseline from the same run.

Whole processes are started as a user starts them: headless, with Python's bytecode cache in use
(`PYTHONDONTWRITEBYTECODE` removed, the cache warmed by a first untimed run).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Figure = dict[str, Any]
ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def figure(name: str, value: float, baseline: float | None, unit: str = "s") -> Figure:
    """One figure; `ratio` is value / baseline when a baseline was measured."""
    ratio = value / baseline if baseline else None
    return {"name": name, "value": value, "unit": unit, "baseline": baseline, "ratio": ratio}


def interleaved(
    subject: Callable[[], Any], baseline: Callable[[], Any], rounds: int = 5
) -> tuple[float, float]:
    """Median seconds of subject and baseline, run alternately so both see the same noise."""
    subject_times, baseline_times = [], []
    for _ in range(rounds):
        baseline_times.append(_seconds(baseline))
        subject_times.append(_seconds(subject))
    return statistics.median(subject_times), statistics.median(baseline_times)


def _seconds(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def process_env(**extra: str) -> dict[str, str]:
    """The environment of a timed process: headless, bytecode cache on, quiet pygame."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    env.update(extra)
    return env


def run_process(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one process run to its end (exit 0)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        list(command),
        cwd=ROOT,
        env=env or process_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    stderr = child.stderr.read() if child.stderr else b""
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{command[:4]} exited {child.returncode}: {stderr.decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024


def interleaved_processes(
    subject: Sequence[str],
    baseline: Sequence[str],
    rounds: int = 5,
    env: dict[str, str] | None = None,
) -> tuple[float, float]:
    """Median wall seconds of two commands run alternately, after one warm-up run of each."""
    run_process(baseline, env)
    run_process(subject, env)
    return interleaved(
        lambda: run_process(subject, env), lambda: run_process(baseline, env), rounds
    )
