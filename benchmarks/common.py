"""Shared pieces of the benchmarks: figures as ratios against a baseline from the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

Figure = dict[str, Any]


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
