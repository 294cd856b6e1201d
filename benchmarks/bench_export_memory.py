"""Exporting a session of 1,000,000 answers as CSV: peak memory and time of the whole process.

`export_csv_1m_peak_rss` (MB) and `export_csv_1m` (s) are one `escape-room scores export --format
csv` process; the baseline is a bare streaming process: a plain SELECT whose rows go straight to
the csv module as SQLite hands them out. Targets: ≤ 100 MB and ≤ 2x its memory; ≤ 2x its time.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import PYTHON, Figure, figure, run_process
from benchmarks.scorestore import BARE_SELECT, store_with_answers

NAMES = ("export_csv_1m", "export_csv_1m_peak_rss")
ANSWERS = 1_000_000
BARE = (
    "import csv, sqlite3, sys\n"
    "db = sqlite3.connect(sys.argv[1])\n"
    "with open(sys.argv[3], 'w', encoding='utf-8-sig', newline='') as file:\n"
    "    writer = csv.writer(file)\n"
    f"    writer.writerows(db.execute({BARE_SELECT!r}, (sys.argv[2],)))\n"
)


def figures() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as name:
        folder = Path(name)
        store, session_uuid = store_with_answers(folder / "data", ANSWERS)
        store.close()
        bare = [PYTHON, "-c", BARE, str(store.path), session_uuid, str(folder / "bare.csv")]
        export = [PYTHON, "-m", "escape_room", "scores", "export", "--format", "csv"]
        export += ["--data-dir", str(folder / "data"), "-o", str(folder / "out.csv")]
        bare_time, bare_peak = run_process(bare)
        time, peak = run_process(export)
    return [
        figure("export_csv_1m", time, bare_time),
        figure("export_csv_1m_peak_rss", peak, bare_peak, "MB"),
    ]
