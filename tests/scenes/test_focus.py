"""Keyboard focus and the mouse: Tab and arrows move, Enter and Space activate, typing goes in."""

from __future__ import annotations

import pygame

from escape_room.ui.focus import Focus
from escape_room.ui.widgets import Button, Label, ListView, Options, TextInput, Toggle, Widget


def key(k: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)


def click(focus: Focus, widgets: list[Widget], pos: tuple[int, int]) -> None:
    focus.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1), widgets)
    focus.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1), widgets)


def three_buttons(log: list[str]) -> list[Widget]:
    return [
        Button("a", "A", (0, 0, 100, 50), lambda: log.append("a")),
        Label("info", "not focusable", (0, 60, 100, 50)),
        Button("b", "B", (0, 120, 100, 50), lambda: log.append("b")),
        Button("c", "C", (0, 180, 100, 50), lambda: log.append("c"), enabled=False),
    ]


def test_focus_starts_on_the_first_focusable_widget_and_tab_wraps() -> None:
    widgets, focus = three_buttons([]), Focus()
    focus.sync(widgets)
    assert focus.focused_id == "a"
    focus.handle(key(pygame.K_TAB), widgets)
    assert focus.focused_id == "b", "labels and disabled buttons are skipped"
    focus.handle(key(pygame.K_TAB), widgets)
    assert focus.focused_id == "a"
    focus.handle(key(pygame.K_TAB, pygame.KMOD_LSHIFT), widgets)
    assert focus.focused_id == "b"


def test_arrows_move_focus_and_enter_or_space_activate() -> None:
    log: list[str] = []
    widgets, focus = three_buttons(log), Focus()
    focus.handle(key(pygame.K_DOWN), widgets)
    focus.handle(key(pygame.K_RETURN), widgets)
    focus.handle(key(pygame.K_UP), widgets)
    focus.handle(key(pygame.K_SPACE), widgets)
    assert log == ["b", "a"]


def test_a_click_is_a_press_and_release_on_the_same_widget() -> None:
    log: list[str] = []
    widgets, focus = three_buttons(log), Focus()
    click(focus, widgets, (50, 145))
    assert log == ["b"] and focus.focused_id == "b"
    focus.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(50, 25), button=1), widgets)
    focus.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(50, 145), button=1), widgets)
    assert log == ["b"], "pressing on one button and releasing on another does nothing"
    click(focus, widgets, (50, 205))
    assert log == ["b"], "a disabled button does nothing"


def test_hover_follows_the_mouse() -> None:
    widgets, focus = three_buttons([]), Focus()
    focus.handle(
        pygame.event.Event(pygame.MOUSEMOTION, pos=(10, 10), rel=(0, 0), buttons=(0, 0, 0)), widgets
    )
    focus.sync(widgets)
    assert widgets[0].hovered and not widgets[2].hovered


def test_text_input_takes_lithuanian_letters_backspace_and_a_maximum_length() -> None:
    box = TextInput("name", "Name", (0, 0, 300, 50), max_length=6)
    focus = Focus()
    for char in "Žąsų":
        focus.handle(pygame.event.Event(pygame.TEXTINPUT, text=char), [box])
    assert box.value == "Žąsų"
    focus.handle(key(pygame.K_BACKSPACE), [box])
    focus.handle(pygame.event.Event(pygame.TEXTINPUT, text="ėčęįš"), [box])
    assert box.value == "Žąsėčę"


def test_space_types_into_a_text_input_instead_of_activating_it() -> None:
    submitted: list[str] = []
    box = TextInput("name", "Name", (0, 0, 300, 50), on_submit=lambda: submitted.append("x"))
    focus = Focus()
    focus.handle(key(pygame.K_SPACE), [box])
    focus.handle(pygame.event.Event(pygame.TEXTINPUT, text=" "), [box])
    assert box.value == " " and not submitted
    focus.handle(key(pygame.K_RETURN), [box])
    assert submitted == ["x"]


def test_a_digits_only_input_ignores_other_characters() -> None:
    box = TextInput("code", "Code", (0, 0, 300, 50), allowed=str.isdigit)
    Focus().handle(pygame.event.Event(pygame.TEXTINPUT, text="0a3b6"), [box])
    assert box.value == "036"


def test_options_select_one_choice() -> None:
    chosen: list[str] = []
    options = Options(
        "lang", [("en", "English"), ("lt", "Lietuvių")], (0, 0, 400, 60), "en", chosen.append
    )
    focus = Focus()
    click(focus, options.widgets, options.buttons[1].rect.center)
    assert options.value == "lt" and chosen == ["lt"]
    assert [b.selected for b in options.buttons] == [False, True]


def test_a_toggle_switches() -> None:
    values: list[bool] = []
    toggle = Toggle("sound", "Sound", (0, 0, 200, 50), False, values.append)
    Focus().handle(key(pygame.K_RETURN), [toggle])
    assert toggle.value and values == [True]


def test_a_list_scrolls_to_keep_the_focused_row_in_view() -> None:
    picked: list[str] = []
    rows = [(str(i), f"Row {i}") for i in range(10)]
    listing = ListView("rows", rows, (0, 0, 300, 200), picked.append, row_height=56)
    assert listing.visible == 3
    focus = Focus()
    for _ in range(2):
        focus.handle(key(pygame.K_DOWN), listing.widgets)
    assert focus.focused_id == "rows:2"
    focus.handle(key(pygame.K_DOWN), listing.widgets)
    assert listing.first == 1, "Down on the last shown row scrolls"
    focus.handle(key(pygame.K_DOWN), listing.widgets)
    focus.handle(key(pygame.K_RETURN), listing.widgets)
    assert picked == ["3"]
