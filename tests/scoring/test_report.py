"""The printable report shows the same figures as the CSV and JSON exports, and stands alone."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from scoring_sample import Sample

from escape_room.scoring.display import gain, percent

Cli = Callable[..., Any]
CHROMIUM = Path("/usr/bin/chromium")


class _Figures(HTMLParser):
    """Collects the text of every element carrying a `data-figure` key."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: dict[str, str] = {}
        self._key: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._key = dict(attrs).get("data-figure") or self._key

    def handle_data(self, data: str) -> None:
        if self._key:
            self.figures[self._key] = data
            self._key = None


@pytest.fixture
def exported(
    cli: Cli, data_dir: Path, sample: Sample, tmp_path: Path, mini_pack_dir: Path
) -> dict[str, Any]:
    """The report, the CSV summary and the JSON export of the sample session."""
    where = ["--data-dir", str(data_dir)]
    for argv in (
        ["report", "--pack", str(mini_pack_dir), "-o", str(tmp_path / "report.html")],
        ["export", "--format", "csv", "-o", str(tmp_path / "out.csv")],
        ["export", "--format", "json", "-o", str(tmp_path / "out.json")],
    ):
        result = cli("scores", *argv, *where)
        assert result.code == 0, result.err
    parser = _Figures()
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    parser.feed(html)
    with (tmp_path / "out-summary.csv").open(encoding="utf-8-sig", newline="") as file:
        summary = list(csv.DictReader(file))
    outcomes = json.loads((tmp_path / "out.json").read_text())["sessions"][0]["outcomes"]
    return {
        "html": html,
        "figures": parser.figures,
        "csv": summary,
        "json": outcomes,
        "path": tmp_path / "report.html",
    }


def _fraction(cell: str | float | None) -> str:
    return percent(None if cell in ("", None) else float(cell))  # type: ignore[arg-type]


def _gain(cell: str | float | None) -> str:
    return gain(None if cell in ("", None) else float(cell))  # type: ignore[arg-type]


def test_class_figures_agree_with_the_csv_summary(exported: dict[str, Any]) -> None:
    figures = exported["figures"]
    rows = {(r["level"], r["objective"]): r for r in exported["csv"] if r["level"] == "class"}
    everyone = rows[("class", "(all)")]
    assert figures["class.score"] == percent(
        int(everyone["room_score"]) / int(everyone["room_max"])
    )
    assert figures["class.first_try"] == _fraction(everyone["first_try_rate"]) == "60%"
    assert figures["class.before"] == _fraction(everyone["check_before"])
    assert figures["class.after"] == _fraction(everyone["check_after"])
    assert figures["class.gain"] == _gain(everyone["gain"])
    for objective in ("lo1-crossing", "lo2-signs"):
        row = rows[("class", objective)]
        assert figures[f"objective.{objective}.first_try"] == _fraction(row["first_try_rate"])
        assert figures[f"objective.{objective}.before"] == _fraction(row["check_before"])
        assert figures[f"objective.{objective}.gain"] == _gain(row["gain"])


def test_team_figures_agree_with_the_json_export(exported: dict[str, Any]) -> None:
    figures = exported["figures"]
    teams = {
        r["team"]: r for r in exported["json"] if r["level"] == "team" and r["objective"] == "(all)"
    }
    assert set(teams) == {"Lapės", "=Sharks"}
    for name, row in teams.items():
        assert figures[f"team.{name}.score"] == f"{row['room_score']} / {row['room_max']}"
        assert figures[f"team.{name}.escaped"] == f"{row['rooms_escaped']} / {row['rooms_played']}"
        assert figures[f"team.{name}.first_try"] == _fraction(row["first_try_rate"])
        assert figures[f"team.{name}.before"] == _fraction(row["check_before"])
        assert figures[f"team.{name}.after"] == _fraction(row["check_after"])
        assert figures[f"team.{name}.gain"] == _gain(row["gain"])
    assert figures["team.=Sharks.gain"] == "—"


def test_most_missed_puzzles_come_with_their_explanation(exported: dict[str, Any]) -> None:
    assert exported["figures"]["missed.mc"] == "1 of 2"
    assert "Įspėjamieji ženklai yra trikampiai." in exported["html"]
    assert "Formos" in exported["html"]


def test_the_report_stands_alone_and_prints_on_a4(exported: dict[str, Any]) -> None:
    html = exported["html"]
    for outside in ("<script", "src=", "href=", "@import", "url("):
        assert outside not in html
    assert '<meta charset="utf-8">' in html and "size: A4" in html
    assert "Ąžuolas" in html and "<svg" in html


def test_a_changed_or_different_pack_is_noted(
    cli: Cli, data_dir: Path, sample: Sample, tmp_path: Path, mini_pack_dir: Path
) -> None:
    out = tmp_path / "r.html"
    cli(
        "scores",
        "report",
        "--pack",
        str(mini_pack_dir),
        "-o",
        str(out),
        "--data-dir",
        str(data_dir),
    )
    assert "The pack has changed since this session was played" in out.read_text()
    other = tmp_path / "other-pack"
    shutil.copytree(mini_pack_dir, other)
    pack_yaml = other / "pack.yaml"
    pack_yaml.write_text(pack_yaml.read_text().replace("id: mini", "id: other"))
    cli("scores", "report", "--pack", str(other), "-o", str(out), "--data-dir", str(data_dir))
    assert "this session played 'mini'" in unescape(out.read_text())


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_chromium_renders_the_report(exported: dict[str, Any], tmp_path: Path) -> None:
    picture = tmp_path / "report.png"
    profile = tempfile.mkdtemp(prefix="chromium-")
    try:
        subprocess.run(
            [
                str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", f"--user-data-dir={profile}",
                f"--screenshot={picture}", "--window-size=1200,1600", exported["path"].as_uri(),
            ],
            capture_output=True, timeout=60, check=True,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size > 30_000  # charts and text, not a blank page
