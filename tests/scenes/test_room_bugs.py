"""Bugs found by playing a room: a reward is confirmed once, time up says what comes next, and
"come back later" keeps the answers chosen so far."""

from __future__ import annotations

import random
from typing import Any

import pygame
import pytest

from escape_room.content.pack import Pack
from escape_room.pilot import Pilot
from escape_room.scenes.common import Card, format_time
from escape_room.scenes.keypad import KeypadScene
from escape_room.scenes.puzzles import puzzle_scene_for
from escape_room.scenes.puzzles.frame import PuzzleScene
from escape_room.scenes.room import RoomScene
from escape_room.ui.app import App
from escape_room.ui.clock import FixedClock
from escape_room.ui.context import GameContext, Settings
from escape_room.ui.scene import SceneStack
from tests.scenes.conftest import fixed_now
from tests.scenes.textcheck import Drawn, misfits


def in_room(pack: Pack, room_id: str, lang: str = "en") -> tuple[Pilot, RoomScene]:
    """The room open with its intro card read, the clock running."""
    ctx = GameContext(pack, Settings(lang), random.Random(2), fixed_now)
    stack = SceneStack()
    room = RoomScene(ctx, pack.room(room_id), puzzle_scene_for, lambda _: None)
    stack.push(room)
    pilot = Pilot(App(stack, FixedClock()))
    pilot.click("card:close")
    return pilot, room


def solve(pilot: Pilot) -> None:
    scene = pilot.scene
    assert isinstance(scene, PuzzleScene)
    for action in scene.autoplay_actions(True):
        pilot.do(action)


def test_a_reward_is_confirmed_once_on_the_result_card(mini_pack: Pack) -> None:
    pilot, room = in_room(mini_pack, "lab")
    pilot.click("hotspot:h-mc")
    solve(pilot)
    assert "A code digit: 4" in pilot.scene.result_text().rewards[0].text  # type: ignore[attr-defined]
    pilot.click("puzzle:continue")
    assert pilot.scene is room


def test_time_up_in_a_room_before_another_says_the_next_room_comes(bundled_pack: Pack) -> None:
    first, last = bundled_pack.rooms[0].id, bundled_pack.rooms[-1].id  # in the order played
    for room_id, expected in ((first, "next room"), (last, "see what you found out")):
        pilot, room = in_room(bundled_pack, room_id)
        pilot.click(f"hotspot:{bundled_pack.room(room_id).model.hotspots[0].id}")
        room.update(10_000)
        card = pilot.scene
        assert isinstance(card, Card) and expected in card.body


def test_come_back_later_keeps_the_answers_chosen(mini_pack: Pack) -> None:
    pilot, _ = in_room(mini_pack, "lab")
    pilot.click("hotspot:h-mc")
    pilot.click("option:tri")
    pilot.click("puzzle:close")
    pilot.click("hotspot:h-mc")
    assert pilot.widget("option:tri").selected  # type: ignore[attr-defined]
    assert not pilot.widget("option:disc").selected  # type: ignore[attr-defined]


def test_a_picked_up_item_leaves_the_scene_and_shows_its_own_icon(
    bundled_pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from escape_room.art import icons

    drawn: list[str] = []
    draw = icons.draw_icon

    def spy(
        surface: pygame.Surface, kind: str, rect: pygame.Rect, digit: str | None = None
    ) -> None:
        drawn.append(kind)
        draw(surface, kind, rect, digit)

    monkeypatch.setattr(icons, "draw_icon", spy)
    room_id = next(r.id for r in bundled_pack.rooms if any(h.opens.item for h in r.model.hotspots))
    spot = next(h for h in bundled_pack.room(room_id).model.hotspots if h.opens.item)
    pilot, _ = in_room(bundled_pack, room_id)
    pilot.click(f"hotspot:{spot.id}")
    assert spot.opens.item in drawn, "the card shows the item's own picture"
    pilot.click("card:close")
    assert f"hotspot:{spot.id}" not in pilot.ids()
    drawn.clear()
    pilot.advance()
    assert spot.opens.item in drawn, "so does its inventory slot"


def test_every_item_of_the_pack_has_its_own_icon(bundled_pack: Pack) -> None:
    from escape_room.art.icons import item_icon

    items = [item.id for room in bundled_pack.rooms for item in room.model.items]
    assert items and all(item_icon(item) != "item" for item in items)


def test_time_left_and_points_stay_in_view_above_an_open_puzzle(
    mini_pack: Pack, drawn: list[Drawn], monkeypatch: pytest.MonkeyPatch
) -> None:
    pilot, room = in_room(mini_pack, "lab")
    pilot.click("hotspot:h-num")
    for scene in pilot.app.stack.scenes:  # every scene drawn afresh, none from a kept picture
        monkeypatch.setattr(scene, "still_key", lambda: None)
    canvas = pygame.Surface((1280, 720))
    drawn.clear()
    pilot.app.stack.draw(canvas)
    texts = [text for text, *_ in drawn]
    puzzle_title = texts.index("Stopping")
    status = max(i for i, text in enumerate(texts) if format_time(room.run.time_left) in text)
    assert status > puzzle_title and "Points: 0" in texts[status:]
    box = drawn[status][1]
    assert all(not box.colliderect(w.rect) for w in pilot.scene.widgets())


def test_the_last_minute_is_told_in_words_and_a_sign_not_only_in_colour(
    mini_pack: Pack, drawn: list[Drawn], monkeypatch: pytest.MonkeyPatch
) -> None:
    from escape_room.art import icons

    marks: list[str] = []
    draw = icons.draw_icon
    monkeypatch.setattr(
        icons, "draw_icon", lambda s, kind, r, d=None: (marks.append(kind), draw(s, kind, r, d))
    )
    pilot, room = in_room(mini_pack, "lab")
    room.update(room.run.time_left - 30)
    for open_puzzle in (False, True):
        if open_puzzle:
            pilot.click("hotspot:h-num")
        drawn.clear()
        marks.clear()
        pilot.app.stack.draw(pygame.Surface((1280, 720)))
        assert any("Last minute!" in text for text, *_ in drawn) and "warning" in marks


def test_a_hover_label_is_drawn_over_every_prop(
    bundled_pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from escape_room.art import props
    from escape_room.scenes import room_widgets

    order: list[str] = []
    draw_prop, draw_tag = props.draw_prop, room_widgets.draw_tag

    def prop(surface: pygame.Surface, name: str, *rest: Any) -> None:
        order.append("prop")
        draw_prop(surface, name, *rest)

    def tag(surface: pygame.Surface, *rest: Any) -> None:
        order.append("label")
        draw_tag(surface, *rest)

    monkeypatch.setattr(props, "draw_prop", prop)
    monkeypatch.setattr(room_widgets, "draw_tag", tag)
    room = bundled_pack.rooms[0]
    _, scene = in_room(bundled_pack, room.id)
    for hotspot in room.model.hotspots:
        scene.focus.set(f"hotspot:{hotspot.id}")
        order.clear()
        scene.draw(pygame.Surface((1280, 720)))
        assert order.count("prop") == len(room.model.hotspots) and order[-1] == "label"


def test_the_keypad_lists_the_digits_in_order_with_their_source_and_reopens_clues(
    mini_pack: Pack,
) -> None:
    pilot, _ = in_room(mini_pack, "lab")
    pilot.click("hotspot:h-mc")
    solve(pilot)
    pilot.click("puzzle:continue")
    assert pilot.widget("inventory:digit:mc").label == "from Shapes"
    pilot.click("exit")
    keypad = pilot.scene
    assert isinstance(keypad, KeypadScene)
    lines = {w.id: w for w in keypad.widgets() if w.id.startswith("keypad:source")}
    assert [w.label for w in lines.values()] == [
        "1. 4 — from Shapes",
        "2. ? — not found yet (Stopping)",
    ]
    keys = [w.rect for w in keypad.widgets() if not w.id.startswith("keypad:source")]
    assert not any(line.rect.colliderect(key) for line in lines.values() for key in keys)
    pilot.click("keypad:source:mc")
    assert isinstance(pilot.scene, Card) and "A 4 is scratched" in pilot.scene.body
    pilot.click("card:close")
    assert pilot.scene is keypad


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_many_things_held_are_paged_never_shrunk_below_the_readable_size(
    bundled_pack: Pack, drawn: list[Drawn], scale: int
) -> None:
    from escape_room.model.run import InventoryEntry

    pilot, room = in_room(bundled_pack, bundled_pack.rooms[1].id)
    room.ctx.settings.text_scale = scale
    items = [InventoryEntry("item", item.id, item.name) for item in room.room.model.items]
    clues = [InventoryEntry("clue", h.id, "…") for h in room.room.model.hotspots]
    room.run.inventory.extend((items * 3 + clues)[:11])
    seen: set[str] = set()
    for _ in range(12):
        drawn.clear()
        room.draw(pygame.Surface((1280, 720)))
        slots = [w for w in room.widgets() if w.id.startswith("inventory:") and w.label != "▶"]
        assert not misfits([d for d in drawn if any(d[0] == s.label for s in slots)])
        seen |= {w.label for w in slots if w.id not in ("inventory:back", "inventory:next")}
        if not pilot.widget("inventory:next").enabled:
            break
        pilot.click("inventory:next")
    assert seen == {room._slot_label(e) for e in room.run.inventory}
