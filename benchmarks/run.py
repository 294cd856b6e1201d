"""Run the benchmarks and print their figures: a table, or one JSON object with `--json`.

Each `benchmarks/bench_*.py` offers `figures() -> list[dict]` and names its figures in `NAMES`;
every figure is measured against a bare baseline in the same run, because the machines are shared
and noisy. A module with `DEFAULT = False` (a slow one) runs only when one of its figures is named:
`python benchmarks/run.py validate_10000`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def collect(only: list[str]) -> list[dict[str, object]]:
    """Figures of the default benchmark modules, or of those whose figure names are in `only`."""
    figures: list[dict[str, object]] = []
    for path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(f"benchmarks.{path.stem}")
        names = set(getattr(module, "NAMES", ()))
        chosen = names & set(only) if only else getattr(module, "DEFAULT", True)
        if chosen or (only and not names):
            figures.extend(f for f in module.figures() if not only or f["name"] in only)
    return figures


def table(figures: list[dict[str, object]]) -> str:
    """The figures as a readable table."""
    rows = [f"{'figure':<24} {'value':>12} {'baseline':>12} {'ratio':>8}"]
    for f in figures:
        baseline = f"{f['baseline']:.4f}" if f["baseline"] is not None else "-"
        ratio = f"{f['ratio']:.2f}x" if f["ratio"] is not None else "-"
        rows.append(f"{f['name']:<24} {f['value']:>10.4f} {f['unit']:<2} {baseline:>11} {ratio:>8}")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("names", nargs="*", help="only these figures (default: all quick ones)")
    args = parser.parse_args()
    figures = collect(args.names)
    print(json.dumps({"figures": figures}) if args.json else table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
