"""The default pack in `puzzles/`: it loads, every room can be escaped, and it keeps the
authoring rules (four flat rooms of ten puzzles and a panorama of six, every puzzle type at least
twice and every objective in at least four puzzles, a gentle room for 10–12 and a harder one for
13–16, both languages, cited sources, hotspots and hazards clear of the HUD and inventory bar and
drawn at a size that fits them, code locks outside the learning outcomes, parallel twelve-item
knowledge-check forms covering every objective taught, with pictures, the Lithuanian crossing
routine)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args, get_origin

import pytest
import yaml
from pydantic import BaseModel

from escape_room.content.models import SCENE_HEIGHT, SCENE_WIDTH, CheckItem, Prop, Shape
from escape_room.content.pack import Pack, Room, load_pack
from escape_room.content.puzzlefile import PUZZLE_TYPES
from escape_room.content.text import resolve
from escape_room.kinds.code_lock import CodeLock
from escape_room.kinds.hotspot import HotspotPuzzle
from escape_room.kinds.multiple_choice import MultipleChoice
from escape_room.kinds.ordering import Ordering
from escape_room.model.answers import correct_response
from escape_room.model.run import RoomRun

PACK_DIR = Path(__file__).resolve().parents[2] / "puzzles"
SCHEMA = PACK_DIR / "schema" / "escape-room.schema.json"
LANGUAGES = {"en", "lt"}
HUD_BOTTOM = 70  # the top band where the game draws the timer and score
INVENTORY_TOP = SCENE_HEIGHT - 110  # the bottom band where the inventory bar sits
FACT_CODES = {f"S{n}" for n in range(1, 28)} - {"S7"}  # the codes in shared/content/facts.md
LITHUANIAN_LETTERS = set("ąčęėįšųūž")
OBJECTIVE_ORDER = [
    "lo1-crossing",
    "lo2-signs",
    "lo3-cycling",
    "lo4-visibility",
    "lo5-speed",
    "lo6-seatbelts",
    "lo7-distraction",
    "lo8-railway-bus",
]
FIGURE_SIZES = {
    "helmet": (80, 60),
    "vest": (70, 80),
    "reflector": (60, 70),
    "bicycle": (150, 100),
    "pedestrian": (60, 120),
    "pedestrian-phone": (60, 120),
    "child-ball": (100, 100),
    "cyclist": (120, 100),
    "car": (180, 90),
    "bus": (220, 90),
}
"""The least width and height of a hotspot target drawing each prop: a thing pupils can see."""
ROOM_TOPICS = {
    "street": {"lo1-crossing", "lo2-signs", "lo4-visibility", "lo5-speed", "lo7-distraction"},
    "cycling-day": {
        "lo1-crossing",
        "lo2-signs",
        "lo3-cycling",
        "lo4-visibility",
        "lo6-seatbelts",
        "lo8-railway-bus",
    },
    "trip": {"lo3-cycling", "lo5-speed", "lo6-seatbelts", "lo8-railway-bus"},
    "evening-ride": {
        "lo2-signs",
        "lo3-cycling",
        "lo4-visibility",
        "lo5-speed",
        "lo7-distraction",
        "lo8-railway-bus",
    },
    "crossroads": {
        "lo1-crossing",
        "lo2-signs",
        "lo3-cycling",
        "lo7-distraction",
        "lo8-railway-bus",
    },
}
ROOMS = list(ROOM_TOPICS)
PANORAMA_ROOM = "crossroads"
CHECK_ORDER = [*OBJECTIVE_ORDER, "lo2-signs", "lo3-cycling", "lo1-crossing", "lo6-seatbelts"]
"""The objective of each knowledge-check item, the same in both forms."""
CITED_IN_FULL = re.compile(r"\b(19|20)\d\d\b")
"""A source outside the fact list is cited in full, with its year."""


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(PACK_DIR)


def _puzzles(pack: Pack) -> Iterator[tuple[Room, Any]]:
    for room in pack.rooms:
        for puzzle in room.puzzles.values():
            yield room, puzzle


def _is_text_annotation(annotation: Any) -> bool:
    """Whether a field's type is a `LocalText` (alone, optional, or in a list)."""
    if get_origin(annotation) is dict:
        return True
    return any(_is_text_annotation(arg) for arg in get_args(annotation))


def _texts(value: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every `LocalText` value under a model, with a readable place."""
    if isinstance(value, (list, tuple)):
        for index, child in enumerate(value):
            yield from _texts(child, f"{where}[{index}]")
        return
    if not isinstance(value, BaseModel):
        return
    for name, info in type(value).model_fields.items():
        child = getattr(value, name)
        if child is None:
            continue
        if _is_text_annotation(info.annotation):
            for index, text in enumerate(child if isinstance(child, list) else [child]):
                yield f"{where}.{name}[{index}]", text
        else:
            yield from _texts(child, f"{where}.{name}")


def _all_texts(pack: Pack) -> list[tuple[str, Any]]:
    found = list(_texts(pack.model, "pack"))
    for room in pack.rooms:
        found += _texts(room.model, room.id)
        for puzzle in room.puzzles.values():
            found += _texts(puzzle, f"{room.id}/{puzzle.id}")
    return found


def _check_items(pack: Pack) -> tuple[list[CheckItem], list[CheckItem]]:
    check = pack.model.knowledge_check
    assert check is not None
    return check.form_a, check.form_b


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def _assert_laid_out(named_shapes: list[tuple[str, Shape]]) -> None:
    """Inside the scene, clear of the HUD and inventory bands, and not overlapping."""
    boxes = [(name, shape.bounds()) for name, shape in named_shapes]
    for name, (x, y, w, h) in boxes:
        assert x >= 0 and x + w <= SCENE_WIDTH, f"{name} leaves the scene sideways"
        assert y >= HUD_BOTTOM, f"{name} reaches into the HUD band"
        assert y + h <= INVENTORY_TOP, f"{name} reaches into the inventory bar"
    for index, (name, box) in enumerate(boxes):
        for other, other_box in boxes[index + 1 :]:
            assert not _overlap(box, other_box), f"{name} overlaps {other}"


# --- the pack as a whole --------------------------------------------------------------


def test_the_pack_loads_with_four_flat_rooms_of_ten_puzzles_and_a_panorama(pack: Pack) -> None:
    assert pack.model.id == "traffic-safety"
    assert pack.model.languages == ["en", "lt"]
    assert [room.id for room in pack.rooms] == ROOMS
    for room in pack.rooms:
        panorama = room.id == PANORAMA_ROOM
        assert (room.model.panorama is not None) == panorama, room.id
        assert len(room.puzzles) == (6 if panorama else 10), room.id
        assert room.model.time_limit in (900, 1200), room.id


def test_a_gentle_room_is_for_ages_10_to_12_and_a_harder_one_for_13_to_16(pack: Pack) -> None:
    ages = {room.id: room.model.age for room in pack.rooms}
    assert [room for room, age in ages.items() if age is None] == [PANORAMA_ROOM]
    groups = {(age.min, age.max) for age in ages.values() if age is not None}
    assert groups == {(10, 12), (13, 16)}
    gentle = [pack.room(r) for r, age in ages.items() if age is not None and age.max == 12]
    harder = [pack.room(r) for r, age in ages.items() if age is not None and age.min == 13]
    level = [p.difficulty for room in gentle for p in room.puzzles.values()]
    harder_level = [p.difficulty for room in harder for p in room.puzzles.values()]
    assert sum(level) / len(level) < sum(harder_level) / len(harder_level)


def test_every_room_tells_a_story_it_resolves_in_both_languages(pack: Pack) -> None:
    for room in pack.rooms:
        for text in (room.model.intro, room.model.outro):
            assert isinstance(text, dict) and set(text) == LANGUAGES, room.id
            assert all(len(value) > 80 for value in text.values()), room.id


def test_puzzle_ids_are_unique_across_all_files() -> None:
    written = []
    for path in sorted(PACK_DIR.glob("rooms/*/*.yaml")):
        written += [puzzle["id"] for puzzle in yaml.safe_load(path.read_text("utf-8"))["puzzles"]]
    assert len(written) == len(set(written)) == 46


def test_every_puzzle_type_appears_at_least_twice(pack: Pack) -> None:
    types = [puzzle.type for _, puzzle in _puzzles(pack)]
    assert {kind: types.count(kind) for kind in PUZZLE_TYPES if types.count(kind) < 2} == {}


def test_every_objective_is_taught_by_at_least_four_puzzles(pack: Pack) -> None:
    taught = [objective for _, puzzle in _puzzles(pack) for objective in puzzle.objectives]
    assert {lo: taught.count(lo) for lo in OBJECTIVE_ORDER if taught.count(lo) < 4} == {}


def test_e_scooters_are_taught_with_the_2026_helmet_rule(pack: Pack) -> None:
    scooter = [p for _, p in _puzzles(pack) if "scooter" in resolve(p.prompt, "en").lower()]
    assert len(scooter) >= 3
    assert any("S20" in p.source for p in scooter)


def test_signs_in_puzzles_and_check_items_are_drawn_with_their_words(pack: Pack) -> None:
    form_a, form_b = _check_items(pack)
    pictures = [p.image for _, p in _puzzles(pack) if p.image is not None and p.image.is_small]
    pictures += [item.image for item in form_a + form_b if item.image is not None]
    signs = {image.sign for image in pictures if image.sign is not None}
    assert len(signs) >= 6
    for image in pictures:
        assert image.is_small and image.alt is not None and set(image.alt) == LANGUAGES


def test_a_multiple_choice_puzzle_has_several_correct_options(pack: Pack) -> None:
    counts = [
        sum(option.correct for option in puzzle.options)
        for _, puzzle in _puzzles(pack)
        if isinstance(puzzle, MultipleChoice)
    ]
    assert max(counts) >= 2


def test_every_file_points_at_the_schema_from_its_own_folder() -> None:
    for path in [PACK_DIR / "pack.yaml", *PACK_DIR.glob("rooms/**/*.yaml")]:
        first = path.read_text("utf-8").splitlines()[0]
        match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert match, f"{path} does not start with the schema comment"
        assert (path.parent / match.group(1)).resolve() == SCHEMA, path


# --- cross-references -----------------------------------------------------------------


def test_every_objective_referenced_is_declared_and_each_is_taught(pack: Pack) -> None:
    declared = {objective.id for objective in pack.model.objectives}
    used = {objective for _, puzzle in _puzzles(pack) for objective in puzzle.objectives}
    assert used <= declared
    assert declared - {"lo0-why"} <= used
    form_a, form_b = _check_items(pack)
    assert {item.objective for item in form_a + form_b} <= declared


def test_code_locks_teach_no_objective_so_they_stay_out_of_the_outcomes(pack: Pack) -> None:
    locks = [(room, p) for room, p in _puzzles(pack) if isinstance(p, CodeLock)]
    assert locks
    for room, lock in locks:
        assert lock.objectives == [], f"{room.id}/{lock.id}"
    for room, puzzle in _puzzles(pack):
        if not isinstance(puzzle, CodeLock):
            assert puzzle.objectives, f"{room.id}/{puzzle.id} teaches nothing"


def test_each_room_teaches_its_topics(pack: Pack) -> None:
    for room in pack.rooms:
        taught = {objective for p in room.puzzles.values() for objective in p.objectives}
        assert ROOM_TOPICS[room.id] <= taught, room.id


def test_hotspots_open_puzzles_of_their_own_room_and_every_puzzle_has_one(pack: Pack) -> None:
    for room in pack.rooms:
        opened = [h.opens.puzzle for h in room.model.hotspots if h.opens.puzzle is not None]
        assert set(opened) <= set(room.puzzles), room.id
        assert set(opened) == set(room.puzzles), f"{room.id}: a puzzle no hotspot opens"


def test_every_code_digit_comes_from_a_puzzle_with_a_digit_reward(pack: Pack) -> None:
    for room in pack.rooms:
        codes = [room.model.exit.lock.code_from or []]
        codes += [p.digits_from for p in room.puzzles.values() if isinstance(p, CodeLock)]
        for code in codes:
            for puzzle_id in code:
                reward = room.puzzles[puzzle_id].reward
                assert reward is not None and reward.digit is not None, f"{room.id}/{puzzle_id}"


def test_the_street_gate_has_a_four_digit_code_and_the_trip_gate_needs_items(pack: Pack) -> None:
    street, trip = pack.room("street"), pack.room("trip")
    assert len(street.model.exit.lock.code_from or []) == 4
    assert trip.model.exit.lock.items
    locks = [p for p in trip.puzzles.values() if isinstance(p, CodeLock)]
    assert any(lock.reward and lock.reward.item for lock in locks)
    assert any(hotspot.requires for hotspot in trip.model.hotspots)


def test_every_item_needed_is_declared_and_can_be_got(pack: Pack) -> None:
    for room in pack.rooms:
        declared = {item.id for item in room.model.items}
        given = {h.opens.item for h in room.model.hotspots if h.opens.item}
        given |= {p.reward.item for p in room.puzzles.values() if p.reward and p.reward.item}
        needed = {item for h in room.model.hotspots for item in h.requires}
        needed |= set(room.model.exit.lock.items or [])
        assert given <= declared and needed <= given, room.id


@pytest.mark.parametrize("room_id", ROOMS)
def test_each_room_can_be_escaped_by_opening_hotspots_and_answering_right(
    pack: Pack, room_id: str
) -> None:
    room = pack.room(room_id)
    run = RoomRun(room)
    run.start()
    for _ in range(len(room.model.hotspots)):
        for hotspot in room.model.hotspots:
            opened = run.open_hotspot(hotspot.id)
            if opened.kind == "puzzle" and opened.puzzle_id is not None:
                puzzle = room.puzzles[opened.puzzle_id]
                assert run.answer(puzzle.id, correct_response(puzzle, room)).correct
    assert all(run.is_solved(puzzle_id) for puzzle_id in room.puzzles)
    assert run.try_exit(run.exit_code)
    assert run.escaped and run.score == run.max_score


# --- layout -----------------------------------------------------------------------------


def _flat_rooms(pack: Pack) -> list[Room]:
    return [room for room in pack.rooms if room.model.background is not None]


def test_room_hotspots_and_exit_lie_clear_of_the_bands_and_do_not_overlap(pack: Pack) -> None:
    for room in _flat_rooms(pack):
        shapes = [(f"{room.id}:{h.id}", h.shape) for h in room.model.hotspots]
        _assert_laid_out([*shapes, (f"{room.id}:exit", room.model.exit.shape)])


def test_every_room_hotspot_draws_a_prop_and_the_exit_is_on_the_right(pack: Pack) -> None:
    for room in pack.rooms:
        assert all(hotspot.prop is not None for hotspot in room.model.hotspots), room.id
    for room in _flat_rooms(pack):
        x, _, w, _ = room.model.exit.shape.bounds()
        assert x + w / 2 > SCENE_WIDTH * 0.8, room.id


def test_a_hotspot_that_gives_an_item_draws_that_item_when_there_is_a_prop_for_it(
    pack: Pack,
) -> None:
    props = set(get_args(Prop))
    givers = [(room, h) for room in pack.rooms for h in room.model.hotspots if h.opens.item]
    assert givers
    for room, hotspot in givers:
        if hotspot.opens.item in props:
            assert hotspot.prop == hotspot.opens.item, f"{room.id}:{hotspot.id}"


def test_the_trip_draws_a_ticket_machine_a_vest_and_a_cyclist(pack: Pack) -> None:
    props = {hotspot.prop for hotspot in pack.room("trip").model.hotspots}
    assert {"ticket-machine", "vest", "cyclist"} <= props
    assert "mailbox" not in props


def _hunts(pack: Pack) -> list[HotspotPuzzle]:
    hunts = [p for _, p in _puzzles(pack) if isinstance(p, HotspotPuzzle)]
    assert hunts
    return hunts


def test_hazard_targets_lie_clear_of_the_bands_and_do_not_overlap(pack: Pack) -> None:
    for puzzle in _hunts(pack):
        assert puzzle.find is not None and puzzle.find < len(puzzle.targets)
        _assert_laid_out([(f"{puzzle.id}:{t.id}", t.shape) for t in puzzle.targets])


def test_every_hazard_on_a_drawn_scene_is_drawn_as_a_figure_big_enough_to_see(pack: Pack) -> None:
    drawn = [p for p in _hunts(pack) if p.image.scene is not None]
    assert drawn
    for puzzle in drawn:
        for target in puzzle.targets:
            where = f"{puzzle.id}:{target.id}"
            assert target.prop in FIGURE_SIZES, f"{where} draws {target.prop!r}"
            _, _, width, height = target.shape.bounds()
            least_width, least_height = FIGURE_SIZES[target.prop]
            assert width >= least_width and height >= least_height, where


def test_the_street_hunt_shows_a_phone_user_and_a_child_behind_a_parked_car(pack: Pack) -> None:
    hunt = pack.room("street").puzzles["street-hazards"]
    assert isinstance(hunt, HotspotPuzzle) and hunt.image.scene == "street"
    props = [target.prop for target in hunt.targets]
    assert {"pedestrian-phone", "child-ball", "car"} <= set(props)
    assert {"lo1-crossing", "lo7-distraction"} <= set(hunt.objectives)


def test_the_panorama_has_a_puzzle_at_each_road_and_stays_clear_of_the_bands(
    pack: Pack,
) -> None:
    room = pack.room(PANORAMA_ROOM)
    panorama = room.model.panorama
    assert panorama is not None and panorama.scene == "crossroads"
    roads = [480, 1440, 2400, 3360]  # ahead, cycle lane, bus bay, level crossing
    places = [h.shape.bounds() for h in room.model.hotspots if h.opens.puzzle]
    for road in roads:
        assert any(abs(x + w / 2 - road) < 480 for x, _, w, _ in places), road
    for x, y, _, h in [*places, room.model.exit.shape.bounds()]:
        assert 0 <= x < panorama.width and y >= HUD_BOTTOM and y + h <= INVENTORY_TOP


# --- texts --------------------------------------------------------------------------------


def test_every_text_is_given_in_english_and_lithuanian(pack: Pack) -> None:
    texts = _all_texts(pack)
    assert len(texts) > 300
    for where, text in texts:
        assert isinstance(text, dict) and set(text) == LANGUAGES, f"{where}: {text!r}"
        assert all(value.strip() for value in text.values()), where
        if len(text["en"]) > 12:
            assert text["en"] != text["lt"], f"{where} is not translated"


def test_the_lithuanian_texts_use_the_lithuanian_letters(pack: Pack) -> None:
    lithuanian = "".join(text["lt"] for _, text in _all_texts(pack))
    assert set(lithuanian.lower()) >= LITHUANIAN_LETTERS


def test_prompts_and_options_are_short(pack: Pack) -> None:
    form_a, form_b = _check_items(pack)
    items = form_a + form_b
    puzzles = [puzzle for _, puzzle in _puzzles(pack)]
    prompts = [p.prompt for p in puzzles] + [item.prompt for item in items]
    options = [o.text for p in puzzles if isinstance(p, MultipleChoice) for o in p.options]
    options += [o.text for item in items for o in item.options]
    for prompt in prompts:
        assert isinstance(prompt, dict) and all(len(t) <= 200 for t in prompt.values()), prompt
    for option in options:
        assert isinstance(option, dict) and all(len(t) <= 60 for t in option.values()), option


# --- puzzles --------------------------------------------------------------------------------


def test_every_puzzle_has_a_source_an_explanation_and_one_or_two_priced_hints(pack: Pack) -> None:
    for room, puzzle in _puzzles(pack):
        where = f"{room.id}/{puzzle.id}"
        codes = set(re.findall(r"\bS\d+\b", puzzle.source))
        assert codes <= FACT_CODES, f"{where}: {puzzle.source}"
        assert codes or CITED_IN_FULL.search(puzzle.source), f"{where}: {puzzle.source}"
        assert puzzle.explanation is not None, where
        assert 1 <= len(puzzle.hints) <= 2, where
        assert all(hint.cost is not None and 2 <= hint.cost <= 5 for hint in puzzle.hints), where


def test_points_follow_difficulty(pack: Pack) -> None:
    for room, puzzle in _puzzles(pack):
        allowed = {10} if puzzle.difficulty == 1 else {15, 20}
        assert puzzle.points in allowed, f"{room.id}/{puzzle.id}"


def test_wrong_multiple_choice_options_teach_something(pack: Pack) -> None:
    for _, puzzle in _puzzles(pack):
        if isinstance(puzzle, MultipleChoice):
            wrong = [option for option in puzzle.options if not option.correct]
            assert wrong and all(option.feedback for option in wrong), puzzle.id


def test_the_crossing_routine_starts_by_stopping_then_looking_left(pack: Pack) -> None:
    routine = next(
        p for _, p in _puzzles(pack) if isinstance(p, Ordering) and "lo1-crossing" in p.objectives
    )
    en = [resolve(step.text, "en").lower() for step in routine.steps]
    lt = [resolve(step.text, "lt").lower() for step in routine.steps]
    assert "stop" in en[0] and "sustok" in lt[0]
    assert "left" in en[1] and "kair" in lt[1]
    right = next(i for i, text in enumerate(en) if "right" in text)
    assert right > 1 and any("left" in text for text in en[right + 1 :])
    assert "walk" in en[-1]


# --- the knowledge check --------------------------------------------------------------------


def test_the_knowledge_check_forms_are_parallel(pack: Pack) -> None:
    a, b = _check_items(pack)
    assert len(a) == len(b) == 12
    assert [item.objective for item in a] == [item.objective for item in b] == CHECK_ORDER
    assert [i.image is None for i in a] == [i.image is None for i in b]
    assert sum(item.image is not None for item in a) >= 6
    ids = [item.id for item in a + b]
    assert len(ids) == len(set(ids))
    for item_a, item_b in zip(a, b, strict=True):
        assert (item_a.prompt, item_a.image) != (item_b.prompt, item_b.image), item_a.id
        assert len(item_a.options) == len(item_b.options) == 4, item_a.id
    for item in a + b:
        assert sum(option.correct for option in item.options) == 1, item.id
        assert len({option.id for option in item.options}) == 4, item.id
        codes = set(re.findall(r"\bS\d+\b", item.source))
        assert codes <= FACT_CODES and (codes or CITED_IN_FULL.search(item.source)), item.id


def test_the_knowledge_check_asks_about_every_objective_a_room_teaches(pack: Pack) -> None:
    taught = {objective for _, puzzle in _puzzles(pack) for objective in puzzle.objectives}
    for form in _check_items(pack):
        assert {item.objective for item in form} == taught


def test_the_knowledge_check_covers_objectives_of_both_rooms(pack: Pack) -> None:
    for form in _check_items(pack):
        asked = {item.objective for item in form}
        for room_id, topics in ROOM_TOPICS.items():
            assert topics <= asked, room_id
