"""The dashboard scene: it reads the feed once a second, keeps the last figures with their time
when the LRS cannot be reached, and turns its pages by itself when the teams need several."""

from __future__ import annotations

import random
from datetime import timedelta

import pygame

from escape_room.content.pack import Pack
from escape_room.scenes.dashboard import TURN_EVERY, DashboardScene, Names
from escape_room.scoring.classfeed import ClassFeed, FeedError
from escape_room.scoring.classprogress import ProgressModel, room_plans
from escape_room.scoring.records import Session
from escape_room.scoring.xapi import Statement, statements
from escape_room.tools.sample_class import LIVE_MINUTES, live_class
from escape_room.ui.context import GameContext
from escape_room.ui.scene import SceneStack
from escape_room.ui.settings import Settings
from tests.scenes.conftest import fixed_now

READ_AT = fixed_now().astimezone().strftime("%H:%M")  # shown in the computer's time zone


def _shown(pack: Pack, teams: int) -> tuple[DashboardScene, ClassFeed]:
    ctx = GameContext(pack, Settings("en"), random.Random(1), fixed_now)
    start = fixed_now() - timedelta(minutes=LIVE_MINUTES)
    session = Session("9d4f", "K7M-2QX", "5B", start, pack.model.id, "0", "en")
    recorded: list[Statement] = list(statements(live_class(session, pack, start, teams)))
    feed = ClassFeed(ProgressModel(room_plans(pack, "en")), lambda since: recorded, clock=fixed_now)
    scene = DashboardScene(ctx, feed.snapshot, "K7M-2QX", Names.of(pack, "en"))
    SceneStack().push(scene)
    return scene, feed


def _unreachable(since: object) -> list[Statement]:
    raise FeedError("LRS unreachable (no answer)")


def test_the_scene_shows_what_the_feed_read_and_keeps_it_when_the_lrs_is_gone(
    bundled_pack: Pack,
) -> None:
    scene, feed = _shown(bundled_pack, 4)
    assert scene.rows == []  # nothing read yet
    feed.refresh()
    scene.update(1.0)
    names = [row[0] for row in scene.rows]
    assert names[0] == "Saugaus eismo žvaigždės"  # the stuck team comes first
    assert len(names) == 4 and scene._header_line()[0] == f"Last update {READ_AT}"
    feed.read = _unreachable
    feed.refresh()
    scene.update(1.0)
    assert [row[0] for row in scene.rows] == names
    assert scene._header_line()[0].endswith(f"{READ_AT} · LRS unreachable")


def test_many_teams_go_on_pages_that_turn_by_themselves(bundled_pack: Pack) -> None:
    scene, feed = _shown(bundled_pack, 30)
    feed.refresh()
    scene.update(1.0)
    assert scene.pager.count > 1
    table = scene.table
    assert table is not None
    assert sorted(i for page in table.pages for i, _ in page) == list(range(30))
    seen = []
    for _ in range(scene.pager.count):
        seen.append(scene.page)
        scene.update(TURN_EVERY)
    assert seen == list(range(scene.pager.count)) and scene.page == 0
    canvas = pygame.Surface((1280, 720))
    scene.draw(canvas)
