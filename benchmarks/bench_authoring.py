"""Authoring: `escape-room validate` on a large real-format pack, against a bare YAML load.

`validate_1000` is the whole `escape-room validate` process on a pack of 1,000 puzzles made of
copies of the bundled rooms (all puzzle types, real texts; see `realpack`). The baseline is a
whole process that parses the same files with PyYAML's C loader (libyaml) and nothing else.
Target: at most 2x, under 1 s. `validate_10000` (run only when named, it takes a while) is the
same on 10,000 puzzles, with the peak memory of both in `validate_10000_peak_rss`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import PYTHON, Figure, figure, interleaved_processes, run_process
from benchmarks.realpack import write_real_pack

NAMES = ("validate_1000",)
BARE = (
    "import sys, pathlib, yaml\n"
    "for path in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):\n"
    "    yaml.load(path.read_text(encoding='utf-8'), Loader=yaml.CSafeLoader)\n"
)


def figures() -> list[Figure]:
    return validate_figures(1000, rounds=3)


def validate_figures(puzzles: int, rounds: int, memory: bool = False) -> list[Figure]:
    """Wall time (and with `memory`, peak memory) of validate against the bare load."""
    name = f"validate_{puzzles}"
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "pack"
        write_real_pack(root, puzzles)
        subject = [PYTHON, "-m", "escape_room", "validate", str(root)]
        bare = [PYTHON, "-c", BARE, str(root)]
        mine, theirs = interleaved_processes(subject, bare, rounds)
        result = [figure(name, mine, theirs)]
        if memory:
            peak = figure(f"{name}_peak_rss", run_process(subject)[1], run_process(bare)[1], "MB")
            result.append(peak)
    return result
