"""`validate_10000`: `escape-room validate` on 10,000 real-format puzzles against a bare libyaml
load of the same files, with the peak memory of both. Slow, so it runs only when named:
`python benchmarks/run.py validate_10000 validate_10000_peak_rss`.
"""

from __future__ import annotations

from benchmarks.bench_authoring import validate_figures
from benchmarks.common import Figure

NAMES = ("validate_10000", "validate_10000_peak_rss")
DEFAULT = False


def figures() -> list[Figure]:
    return validate_figures(10_000, rounds=3, memory=True)
