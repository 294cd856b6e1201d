"""A store of 1,000,000 answers: exporting it as CSV (peak memory and time of the whole
process), and opening it.

`export_csv_1m_peak_rss` (MB) and `export_csv_1m` (s) are one `escape-room scores export --format
csv` process; the baseline is a bare streaming process: a plain SELECT whose rows go straight to
the csv module as SQLite hands them out. Targets: ≤ 100 MB and ≤ 2x its memory; ≤ 2x its time.

`store_open_1m` (s) is `ScoreStore.open` and `close` on that file, in this process, against a bare
`sqlite3.connect` that reads `PRAGMA user_version` (medians of interleaved rounds): opening must
not read the whole file.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from benchmarks.common import PYTHON, Figure, figure, interleaved, run_process
from benchmarks.scorestore import BARE_SELECT, store_with_answers
from escape_room.scoring.store import ScoreStore

NAMES = ("export_csv_1m", "export_csv_1m_peak_rss", "store_open_1m")
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
        opening = _store_open(folder / "data")
    return [
        figure("export_csv_1m", time, bare_time),
        figure("export_csv_1m_peak_rss", peak, bare_peak, "MB"),
        opening,
    ]


def _store_open(data_dir: Path) -> Figure:
    def bare() -> None:
        db = sqlite3.connect(data_dir / "scores.sqlite3")
        db.execute("PRAGMA user_version").fetchone()
        db.close()

    mine, theirs = interleaved(lambda: ScoreStore.open(data_dir).close(), bare, rounds=7)
    return figure("store_open_1m", mine, theirs)
