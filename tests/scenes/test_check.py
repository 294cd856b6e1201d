"""The knowledge check: each player answers every item alone, nothing says right or wrong,
and one CheckAnswered is recorded per player and item."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pygame
import pytest

from escape_room.content.pack import Pack, load_pack
from escape_room.model.events import CheckAnswered, Event
from escape_room.pilot import Pilot
from escape_room.scenes.check import CheckScene, check_scene_for
from escape_room.scenes.contracts import CheckOutcome, CheckPhase
from escape_room.scenes.shown import PICTURE_ID
from escape_room.scoring.records import Team
from escape_room.tools.screenshots import problems as screen_problems
from escape_room.ui.app import App
from escape_room.ui.clock import FixedClock
from escape_room.ui.context import GameContext, Settings
from escape_room.ui.look import recording
from escape_room.ui.scene import Scene, SceneStack
from tests.scenes.conftest import fixed_now

ALLKINDS = Path(__file__).parent.parent / "fixtures" / "allkinds"


@dataclass
class Recorder:
    """Stands in for the game's scores: the team, and the events it is given."""

    team: Team | None = None
    session: None = None
    events: list[Event] = field(default_factory=list)

    def record(self, event: Event) -> None:
        self.events.append(event)


@dataclass
class Checking:
    pilot: Pilot
    recorder: Recorder
    outcomes: list[CheckOutcome]

    @property
    def scene(self) -> CheckScene:
        top = self.pilot.scene
        assert isinstance(top, CheckScene)
        return top

    @property
    def answers(self) -> list[CheckAnswered]:
        return [e for e in self.recorder.events if isinstance(e, CheckAnswered)]


@pytest.fixture(scope="module")
def allkinds() -> Pack:
    return load_pack(ALLKINDS)


def team(nicknames: tuple[str, ...], forms: tuple[str, str] = ("A", "B")) -> Team:
    created = datetime(2026, 3, 2, tzinfo=timezone.utc)
    return Team("t1", "s1", "Foxes", nicknames, forms, created)  # type: ignore[arg-type]


def start(pack: Pack, phase: CheckPhase, the_team: Team | None, lang: str = "en") -> Checking:
    recorder = Recorder(the_team)
    ctx = GameContext(pack, Settings(lang), random.Random(5), fixed_now)
    ctx.scores = recorder  # type: ignore[assignment]
    scene = check_scene_for(ctx, phase)
    assert scene is not None
    stack = SceneStack()
    stack.push(Scene(ctx))
    outcomes: list[CheckOutcome] = []
    stack.push(scene, outcomes.append)
    app = App(stack, FixedClock())
    pilot = Pilot(app)
    pilot.advance()
    return Checking(pilot, recorder, outcomes)


def answer_all(checking: Checking, right: bool = True) -> None:
    while not checking.outcomes:
        for action in checking.scene.autoplay_actions(right):
            checking.pilot.do(action)


def test_each_player_answers_each_item_and_each_answer_is_recorded(allkinds: Pack) -> None:
    # given
    checking = start(allkinds, "before", team(("Fox", "Owl", "Lynx")))
    # when
    answer_all(checking)
    # then
    answers = checking.answers
    assert len(answers) == 3 * 2
    assert [(a.player, a.item_id) for a in answers] == [
        (p, i) for p in ("Fox", "Owl", "Lynx") for i in ("a1", "a2")
    ]
    assert {(a.phase, a.form, a.correct) for a in answers} == {("before", "A", True)}
    assert [a.objective for a in answers[:2]] == ["lo1-crossing", "lo2-signs"]
    assert [(o.answered, o.correct) for o in checking.outcomes] == [(6, 6)]


def test_the_teams_forms_decide_which_comes_before_and_after(allkinds: Pack) -> None:
    checking = start(allkinds, "before", team(("Fox",), ("B", "A")))
    answer_all(checking, right=False)
    assert [(a.form, a.item_id, a.correct) for a in checking.answers] == [
        ("B", "b1", False),
        ("B", "b2", False),
    ]
    after = start(allkinds, "after", team(("Fox",), ("B", "A")))
    answer_all(after)
    assert {a.form for a in after.answers} == {"A"}


def test_without_a_team_one_player_takes_form_a_then_b(allkinds: Pack) -> None:
    before = start(allkinds, "before", None)
    answer_all(before)
    after = start(allkinds, "after", None)
    answer_all(after)
    assert [(a.player, a.form) for a in before.answers + after.answers] == [
        ("Player 1", "A"),
        ("Player 1", "A"),
        ("Player 1", "B"),
        ("Player 1", "B"),
    ]


def test_the_keyboard_passes_to_each_player_by_name(allkinds: Pack) -> None:
    checking = start(allkinds, "before", team(("Fox", "Owl")))
    checking.pilot.click("check:start")
    assert checking.scene.page == "pass" and checking.scene.players[checking.scene.player] == "Fox"
    for action in checking.scene.autoplay_actions(True):
        checking.pilot.do(action)
    for _ in range(2):
        for action in checking.scene.autoplay_actions(True):
            checking.pilot.do(action)
    assert checking.scene.page == "pass" and checking.scene.players[checking.scene.player] == "Owl"


def test_one_click_answers_an_item_and_nothing_says_right_or_wrong(allkinds: Pack) -> None:
    checking = start(allkinds, "before", team(("Fox",)))
    checking.pilot.click("check:start")  # one player: no keyboard to hand over
    assert checking.scene.page == "item"
    # when: a wrong option is clicked
    checking.pilot.click("check:option:right")
    # then: it is recorded, the next item comes, and nothing is said about it
    assert checking.scene.page == "item" and checking.scene.item == 1
    assert [(a.response, a.correct) for a in checking.answers] == [("right", False)]
    assert all(not w.wrong and not w.note for w in checking.scene.widgets() if hasattr(w, "wrong"))


def test_the_keyboard_alone_answers_the_check(allkinds: Pack) -> None:
    checking = start(allkinds, "after", team(("Fox",)))
    pilot = checking.pilot
    pilot.press("return")  # start
    for _ in range(2):
        pilot.press("tab")  # to the first option
        pilot.press("return")
    pilot.press("return")  # continue
    assert len(checking.answers) == 2 and checking.outcomes


def test_a_pack_without_a_check_has_no_check_scene(mini_pack: Pack) -> None:
    model = mini_pack.model.model_copy(update={"knowledge_check": None})
    pack = Pack(model, mini_pack.rooms, mini_pack.root)
    ctx = GameContext(pack, Settings("en"), random.Random(1), fixed_now)
    assert check_scene_for(ctx, "before") is None


def test_options_are_shuffled_for_each_player(allkinds: Pack) -> None:
    checking = start(allkinds, "before", team(("A", "B", "C", "D", "E")))
    orders = set()
    while not checking.outcomes:
        if checking.scene.page == "item" and checking.scene.item == 0:
            orders.add(tuple(checking.scene.options))
        for action in checking.scene.autoplay_actions(True):
            checking.pilot.do(action)
    assert len(orders) > 1


def test_the_check_reads_in_lithuanian(allkinds: Pack) -> None:
    checking = start(allkinds, "before", team(("Lapė", "Pelėda")), "lt")
    assert checking.pilot.widget("check:start").label == "Pradėti"
    checking.pilot.click("check:start")
    assert checking.pilot.widget("check:go").label == "Pirmyn!"


def test_an_item_about_a_sign_shows_it_drawn_with_its_words_as_the_label(
    allkinds: Pack, drawn: list[tuple[str, pygame.Rect, int, bool]]
) -> None:
    checking = start(allkinds, "before", team(("Fox",)))
    checking.pilot.click("check:start")
    assert "picture" not in [w.id for w in checking.scene.widgets()]
    checking.pilot.click("check:option:left")
    picture = checking.pilot.widget("picture")
    assert picture.label == "A red octagon with the word STOP"
    assert not picture.can_focus
    checking.pilot.advance()
    prompt = next(rect for text, rect, *_ in drawn if text == "What does this red octagon mean?")
    assert prompt.left > picture.rect.right


@pytest.mark.parametrize("lang", ["en", "lt"])
@pytest.mark.parametrize("text_scale", [100, 150, 200])
def test_every_item_of_the_bundled_check_is_whole_at_every_text_size(
    bundled_pack: Pack, lang: str, text_scale: int
) -> None:
    # given each form of the bundled pack's check at the text size
    problems: dict[str, list[str]] = {}
    for phase in ("before", "after"):
        ctx = GameContext(
            bundled_pack, Settings(lang, text_scale=text_scale), random.Random(5), fixed_now
        )
        scene = check_scene_for(ctx, phase)
        assert scene is not None
        for number in range(len(scene.questions)):
            # when each item is shown
            scene.item = number
            scene._show_item()
            with recording() as texts:
                scene.draw(pygame.Surface((1280, 720)))
            # then no text is cut, too small or over another, and the picture meets no text
            found = screen_problems(scene)
            found += [
                f"the picture meets {t.text[:30]!r}"
                for w in scene.widgets()
                for t in texts
                if w.id == PICTURE_ID and t.text.strip() and w.rect.colliderect(t.covered)
            ]
            if found:
                problems[f"{phase} {number + 1}"] = found
    assert not problems
