"""A golden store and the exports made from it, to show that exports stay byte-identical.

The store holds two sessions recorded from seeded generators: the small sample of the scoring
tests (formula-like names, Lithuanian letters) and a made-up class of five teams playing the
golden pack. `python tests/scoring/golden_store.py` rewrites the expected files; do that only
when an export is meant to change, and say why in the commit.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from escape_room.content.pack import content_hash, load_pack
from escape_room.scoring.store import ScoreStore
from escape_room.tools.sample_class import record_class

sys.path.insert(0, str(Path(__file__).parent))
from scoring_sample import START, record_sample

GOLDEN = Path(__file__).parents[1] / "fixtures" / "golden_exports"
PACK = GOLDEN / "pack"
EXPECTED = GOLDEN / "expected"
EXPORTED_AT = datetime(2026, 3, 4, 15, 30, 12, 345000, tzinfo=timezone.utc)


def build_store(data_dir: Path) -> list[str]:
    """Record the golden sessions in a new store in `data_dir`; returns their codes."""
    import random

    pack = load_pack(PACK)
    with ScoreStore.open(data_dir) as store:
        first = record_sample(store).session
        later = START + timedelta(days=1)
        second = store.new_session(
            "5C", pack.model.id, content_hash(pack), "en", later, random.Random(11)
        )
        record_class(store, second, pack, later)
    return [first.code, second.code]


def export_commands(codes: list[str], out: Path) -> list[tuple[str, ...]]:
    """The `escape-room` command lines that write every golden export into `out`."""
    first, second = codes
    return [
        ("scores", "export", "--all", "--format", "csv", "-o", str(out / "all.csv")),
        ("scores", "export", "--session", second, "--format", "csv", "-o", str(out / "5c.csv")),
        ("scores", "export", "--all", "--format", "json", "-o", str(out / "all.json")),
        ("scores", "export", "--all", "--format", "xapi", "-o", str(out / "statements.json")),
        ("scores", "report", "--session", first, "--pack", str(PACK), "-o", str(out / "7b.html")),
        ("scores", "report", "--session", second, "--pack", str(PACK), "-o", str(out / "5c.html")),
    ]


def write_exports(data_dir: Path, out: Path, run: Callable[..., int]) -> None:
    """Build the golden store in `data_dir` and write every export into `out` with `run`."""
    codes = build_store(data_dir)
    for command in export_commands(codes, out):
        code = run(*command, "--data-dir", str(data_dir))
        if code != 0:
            raise RuntimeError(f"{' '.join(command)} exited with {code}")


if __name__ == "__main__":
    import tempfile
    from unittest import mock

    from escape_room.cli import main

    with (
        tempfile.TemporaryDirectory() as scratch,
        mock.patch("escape_room.commands.scores.utc_now", lambda: EXPORTED_AT),
    ):
        EXPECTED.mkdir(parents=True, exist_ok=True)
        for old in EXPECTED.iterdir():
            old.unlink()
        write_exports(Path(scratch) / "data", EXPECTED, lambda *argv: main(list(argv)))
    print(f"Wrote {sorted(p.name for p in EXPECTED.iterdir())}")
