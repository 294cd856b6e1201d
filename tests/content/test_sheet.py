"""`escape-room sheet`: the teacher's printable answer sheet, offline, in the pack's languages."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from html import unescape
from pathlib import Path

import pytest
from test_read_as_written import _unquoted

from escape_room.content.pack import load_pack

ALLKINDS = Path(__file__).resolve().parents[1] / "fixtures" / "allkinds"
CHROMIUM = Path("/usr/bin/chromium")
Cli = Callable[..., tuple[int, str, str]]


def _text(path: Path) -> str:
    """The page's words, tags taken out."""
    html = re.sub(r"<style>.*?</style>", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_sheet_holds_every_room_hotspot_puzzle_answer_and_check_key(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "sheet.html"
    code, printed, _ = cli("sheet", ALLKINDS, "-o", out, "--lang", "en")
    assert (code, printed.strip()) == (0, f"wrote {out}")
    text, pack = _text(out), load_pack(ALLKINDS)
    room = pack.rooms[0]
    for hotspot in room.model.hotspots:
        assert f"{hotspot.label['en']} {hotspot.id} opens" in text  # type: ignore[index]
    for puzzle in room.puzzles.values():
        assert f"{puzzle.title['en']} {puzzle.id}" in text  # type: ignore[index]
        assert f"Source {puzzle.source}" in text
    assert "Answer Through an underpass; At a zebra crossing" in text
    assert "Answer false" in text and "Answer 38" in text  # true/false, and the code lock
    assert "The way out: hold Whistle (given by match)" in text
    check = pack.model.knowledge_check
    assert check is not None
    for item in [*check.form_a, *check.form_b]:
        key = next(option for option in item.options if option.correct)
        assert f"{item.prompt['en']} {key.text['en']}" in text  # type: ignore[index]


def test_the_sheet_shows_answers_as_the_teacher_typed_them(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "sheet.html"
    assert cli("sheet", _unquoted(tmp_path), "-o", out)[0] == 0
    text = _text(out)
    assert "Answer 715 answer 715" in text
    assert "answer 0123" in text


def test_the_sheet_is_in_every_language_of_the_pack_and_stands_alone(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "sheet.html"
    assert cli("sheet", ALLKINDS, "-o", out)[0] == 0
    html = out.read_text(encoding="utf-8")
    assert re.findall(r'<section class="lang" lang="(\w+)"', html) == ["en", "lt"]
    assert "Atsakymų lapas" in html and "Answer sheet" in html
    assert not re.search(r"<script|<link|src=|https?://", html)


def test_a_pack_with_errors_or_a_language_it_lacks_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "sheet.html"
    code, _, err = cli("sheet", ALLKINDS, "-o", out, "--lang", "de")
    assert (code, err.strip()) == (2, "escape-room: the pack is not written in de (it has: en, lt)")
    broken = tmp_path / "broken"
    shutil.copytree(ALLKINDS, broken)
    (broken / "rooms" / "yard.yaml").write_text("id: yard\ntitle: [\n")
    code, _, err = cli("sheet", broken, "-o", out)
    assert code == 1 and "yard.yaml:3:1: error: YAML syntax" in err
    assert err.rstrip().endswith("the pack has errors; no sheet written")
    assert not out.exists() and list(tmp_path.glob("*sheet*")) == []


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_chromium_renders_the_sheet(cli: Cli, tmp_path: Path) -> None:
    out, picture = tmp_path / "sheet.html", tmp_path / "sheet.png"
    assert cli("sheet", ALLKINDS, "-o", out)[0] == 0
    profile = tempfile.mkdtemp(prefix="chromium-")
    try:
        subprocess.run(
            [
                str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", f"--user-data-dir={profile}",
                f"--screenshot={picture}", "--window-size=1200,1600", out.as_uri(),
            ],
            capture_output=True, timeout=60, check=True,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size > 20_000  # text, not a blank page
