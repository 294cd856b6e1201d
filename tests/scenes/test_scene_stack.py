"""The scene stack: lifecycle calls, modal scenes returning typed results, who gets time."""

from __future__ import annotations

import pygame
import pytest

from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene, Scene, SceneStack


class Recording(Scene):
    def __init__(self, ctx: GameContext, name: str, log: list[str]) -> None:
        super().__init__(ctx)
        self.name, self.log, self.time = name, log, 0.0

    def enter(self) -> None:
        self.log.append(f"enter {self.name}")

    def exit(self) -> None:
        self.log.append(f"exit {self.name}")

    def update(self, dt: float) -> None:
        self.time += dt

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((200, 200, 200))
        self.log.append(f"draw {self.name}")


class Question(ModalScene[int]):
    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.time = 0.0

    def update(self, dt: float) -> None:
        self.time += dt


class Room(Recording):
    keeps_time = True


class Pause(ModalScene[str]):
    pauses_below = True


def test_push_and_pop_call_enter_and_exit(ctx: GameContext) -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Recording(ctx, "a", log))
    stack.push(Recording(ctx, "b", log))
    stack.pop()
    stack.replace(Recording(ctx, "c", log))
    stack.reset(Recording(ctx, "d", log))
    assert log == ["enter a", "enter b", "exit b", "exit a", "enter c", "exit c", "enter d"]


def test_a_modal_scene_hands_its_typed_result_to_the_pusher(ctx: GameContext) -> None:
    stack = SceneStack()
    stack.push(Recording(ctx, "room", []))
    results: list[int] = []
    question = Question(ctx)
    stack.push(question, on_result=results.append)
    question.dismiss(42)
    assert results == [42]
    assert isinstance(stack.top, Recording)


def test_only_the_top_scene_may_dismiss(ctx: GameContext) -> None:
    stack = SceneStack()
    below = Question(ctx)
    stack.push(below)
    stack.push(Question(ctx))
    with pytest.raises(RuntimeError, match="not the top scene"):
        below.dismiss(1)


def test_a_scene_off_the_stack_says_so(ctx: GameContext) -> None:
    with pytest.raises(RuntimeError, match="not on a scene stack"):
        Question(ctx).dismiss(1)


def test_the_room_keeps_time_under_a_puzzle_but_not_under_the_pause_menu(ctx: GameContext) -> None:
    stack = SceneStack()
    room = Room(ctx, "room", [])
    stack.push(room)
    puzzle = Question(ctx)
    stack.push(puzzle)
    stack.update(0.5)
    assert (room.time, puzzle.time) == (0.5, 0.5)
    stack.push(Pause(ctx))
    stack.update(0.5)
    assert (room.time, puzzle.time) == (0.5, 0.5)


def test_scenes_under_a_full_scene_get_no_time_unless_they_keep_it(ctx: GameContext) -> None:
    stack = SceneStack()
    plain = Recording(ctx, "plain", [])
    stack.push(plain)
    stack.push(Recording(ctx, "top", []))
    stack.update(1.0)
    assert plain.time == 0.0


def test_modal_scenes_draw_over_a_dimmed_scene_below(ctx: GameContext) -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Recording(ctx, "hidden", log))
    stack.push(Recording(ctx, "room", log))
    stack.push(Question(ctx))
    surface = pygame.Surface((1280, 720))
    log.clear()
    stack.draw(surface)
    assert log == ["draw room"], "only the topmost full scene and the modals above it draw"
    assert surface.get_at((5, 5))[:3] < (200, 200, 200), "the room shows dimmed under the modal"


class Cancellable(ModalScene[str]):
    def escape_result(self) -> tuple[str]:
        return ("cancelled",)


@pytest.mark.parametrize(("modal", "expected"), [(Cancellable, ["cancelled"]), (Question, [])])
def test_esc_closes_a_modal_scene_only_when_it_names_a_result(
    ctx: GameContext, modal: type[ModalScene[str]], expected: list[str]
) -> None:
    stack = SceneStack()
    stack.push(Scene(ctx))
    results: list[str] = []
    stack.push(modal(ctx), results.append)
    stack.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE, mod=0, unicode=""))
    assert results == expected
    assert len(stack.scenes) == 2 - len(expected)
