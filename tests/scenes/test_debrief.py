"""The debrief a team reads: score, time and rooms first, stars and before/after bars per
objective, then the explanations, on few pages; and a printable certificate."""

from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from escape_room.content.pack import Pack
from escape_room.pilot import Pilot
from escape_room.scenes.debrief import DebriefScene, stars
from escape_room.scenes.debrief_data import DebriefData, Missed, ObjectiveLine, RoomLine
from escape_room.ui.app import App
from escape_room.ui.clock import FixedClock
from escape_room.ui.context import GameContext, Settings
from escape_room.ui.scene import SceneStack
from tests.scenes.conftest import fixed_now
from tests.scenes.textcheck import Drawn, misfits


def data(pack: Pack, missed: int = 5) -> DebriefData:
    objectives = [
        ObjectiveLine(f"Objective {i}", i % 4, 3, (i % 3, 4), (min(4, i % 3 + 2), 4), "+0.50")
        for i in range(len(pack.model.objectives))
    ]
    explanations = [
        Missed(f"Puzzle {i}", "Look left, right and left again. " * 4) for i in range(missed)
    ]
    rooms = [RoomLine("Street", True, 612.0), RoomLine("Trip", False, 1200.0)]
    return DebriefData("Lapės", rooms, 120, 250, objectives, explanations, 6, 12, 2)


def shown(
    pack: Pack, tmp_path: Path, lang: str = "en", scale: int = 100
) -> tuple[Pilot, DebriefScene]:
    ctx = GameContext(pack, Settings(lang, text_scale=scale), random.Random(1), fixed_now)
    stack = SceneStack()
    scene = DebriefScene(ctx, data(pack), lambda: None)
    stack.push(scene)
    return Pilot(App(stack, FixedClock())), scene


def test_stars_follow_the_share_right_at_the_first_try() -> None:
    assert [stars(ObjectiveLine("o", right, 3)) for right in range(4)] == [0, 1, 2, 3]
    assert stars(ObjectiveLine("o", 0, 0, (1, 4), (4, 4))) == 3, "no puzzles: the quiz after"
    assert stars(ObjectiveLine("o", 0, 0)) == 0


def test_the_first_page_shows_score_time_and_every_objective_of_the_pack(
    bundled_pack: Pack, tmp_path: Path, drawn: list[Drawn]
) -> None:
    _, scene = shown(bundled_pack, tmp_path)
    scene.draw(pygame.Surface((1280, 720)))
    texts = [text for text, *_ in drawn]
    assert "120 of 250 points" in texts and "30:12" in texts and "1 of 2 rooms escaped" in texts
    assert all(f"Objective {i}" in texts for i in range(len(bundled_pack.model.objectives)))
    assert "2/4" in texts and "4/4" in texts and "Quiz before" in texts
    assert len(scene.pages) <= 4, "fewer pages than the nine of before"


@pytest.mark.parametrize("lang", ["en", "lt"])
@pytest.mark.parametrize("scale", [100, 150, 200])
def test_every_page_fits_its_texts_at_every_text_size(
    bundled_pack: Pack, tmp_path: Path, drawn: list[Drawn], lang: str, scale: int
) -> None:
    pilot, scene = shown(bundled_pack, tmp_path, lang, scale)
    titles = set()
    for _ in range(len(scene.pages)):
        drawn.clear()
        scene.draw(pygame.Surface((1280, 720)))
        assert not misfits(drawn)
        titles |= {text for text, *_ in drawn}
        if scene.pager.last:
            break
        pilot.click("debrief:next")
    assert all(f"Objective {i}" in titles for i in range(len(bundled_pack.model.objectives)))
    assert all(f"Puzzle {i}" in titles for i in range(5))


def test_the_certificate_is_one_offline_html_page_with_the_team_and_its_stars(
    bundled_pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESCAPE_ROOM_DATA", str(tmp_path))
    pilot, scene = shown(bundled_pack, tmp_path, "lt")
    pilot.click("debrief:certificate")
    (page,) = (tmp_path / "certificates").glob("*.html")
    text = page.read_text("utf-8")
    assert "Lapės" in text and "120 iš 250 tšk." in text and "★★★" in text and "☆" in text
    assert "http" not in text and "<script" not in text and 'lang="lt"' in text
    assert str(page) in scene.saved
