"""Every setting works by mouse and by keyboard, in both languages, shows at once and survives a
restart; a damaged settings file starts the game with the defaults and a note on the title
screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from escape_room.app import Game, GameOptions, build_game
from escape_room.audio.speech import Speech
from escape_room.content.pack import Pack
from escape_room.pilot import Pilot
from escape_room.scenes.pause import SettingsScene
from escape_room.ui import theme
from escape_room.ui.look import recording
from escape_room.ui.settings import CONFIG_ENV, TEXT_SCALES, Settings
from escape_room.ui.widgets import Button

CHANGES = {
    "text_scale": ("150", 150),
    "contrast": ("on", True),
    "colour_blind": ("on", True),
    "reduced_motion": ("on", True),
    "volume": ("25", 25),
    "muted": ("on", True),
    "read_aloud": ("on", True),
}


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config"))
    yield tmp_path / "config"
    theme.use_palette()


class Silent:
    """A speech engine that says nothing (reading aloud is switched on here)."""

    def speak(self, text: str, lang: str) -> None:
        pass


def start(pack: Pack, data: Path, lang: str | None = None) -> tuple[Game, Pilot]:
    game = build_game(pack, GameOptions(lang=lang, data_dir=str(data)))
    game.ctx.speech = game.app.reader.speech = Speech(Silent)  # type: ignore[arg-type,union-attr]
    pilot = Pilot(game.app)
    pilot.click("title:settings")
    assert isinstance(pilot.scene, SettingsScene)
    return game, pilot


def choose(pilot: Pilot, target: str, keyboard: bool) -> None:
    """Choose an option by clicking it, or by Tab to it and Enter; turn the page when needed."""
    for _ in range(3):
        if target in pilot.ids():
            break
        use(pilot, "settings:page:next", keyboard)
    use(pilot, target, keyboard)


def use(pilot: Pilot, target: str, keyboard: bool) -> None:
    if not keyboard:
        pilot.click(target)
        return
    for _ in range(40):
        if pilot.scene.focus.focused_id == target:
            break
        pilot.press("tab")
    assert pilot.scene.focus.focused_id == target
    pilot.press("return")


@pytest.mark.parametrize("keyboard", [False, True], ids=["mouse", "keyboard"])
@pytest.mark.parametrize("lang", ["en", "lt"])
def test_every_setting_changes_and_survives_a_restart(
    mini_pack: Pack, tmp_path: Path, lang: str, keyboard: bool
) -> None:
    # given the game in one language
    game, pilot = start(mini_pack, tmp_path, lang)
    other = "lt" if lang == "en" else "en"
    # when each setting is changed on the settings screen
    choose(pilot, f"settings:lang:{other}", keyboard)
    for name, (option, _) in CHANGES.items():
        choose(pilot, f"settings:{name}:{option}", keyboard)
    # then it shows at once, and a new run of the game starts with every one of them
    assert game.ctx.settings == Settings(other, **{n: v for n, (_, v) in CHANGES.items()})
    assert theme.CONTRAST.ink == theme.INK
    again, _ = start(mini_pack, tmp_path)
    assert again.ctx.settings == game.ctx.settings and again.ctx.settings_problem is None


def test_the_language_given_on_the_command_line_wins_over_the_saved_one(
    mini_pack: Pack, tmp_path: Path
) -> None:
    _, pilot = start(mini_pack, tmp_path, "en")
    choose(pilot, "settings:lang:lt", keyboard=False)
    assert start(mini_pack, tmp_path, "en")[0].ctx.lang == "en"
    assert start(mini_pack, tmp_path)[0].ctx.lang == "lt"


def test_a_damaged_settings_file_starts_with_the_defaults_and_a_note(
    mini_pack: Pack, tmp_path: Path, config: Path
) -> None:
    config.mkdir()
    (config / "settings.json").write_text('{"text_scale": 150, "contrast": "yes"', "utf-8")
    game = build_game(mini_pack, GameOptions(data_dir=str(tmp_path)))
    assert game.ctx.settings == Settings(lang=mini_pack.model.languages[0])
    assert game.ctx.settings_problem is not None
    Pilot(game.app).advance()


def test_a_demo_run_neither_reads_nor_writes_the_settings(
    mini_pack: Pack, tmp_path: Path, config: Path
) -> None:
    game = build_game(mini_pack, GameOptions(data_dir=str(tmp_path), frames=10))
    pilot = Pilot(game.app)
    pilot.click("title:settings")
    pilot.click("settings:contrast:on")
    assert not config.exists()


class Heard:
    """A speech engine that keeps what it is asked to say."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def speak(self, text: str, lang: str) -> None:
        self.texts.append(text)


def _seen(game: Game, pilot: Pilot, name: str, engine: Heard) -> object:
    """What shows, or is heard, of setting `name` on the screen right after it was chosen."""
    scene = pilot.scene
    if name == "lang":
        return pilot.widget("settings:done").label
    if name == "text_scale":
        return (game.ctx.look.text_scale, pilot.widget("settings:done").rect.height)
    if name in ("contrast", "colour_blind"):
        return (theme.INK, theme.GOOD)
    if name in ("volume", "muted"):
        return game.ctx.audio.loudness()
    if name == "reduced_motion":
        scene.shake_now()
        return scene.shake.active
    pilot.advance(1)
    game.ctx.speech.wait_until_said()
    return len(engine.texts)


@pytest.mark.parametrize("name", ["lang", *CHANGES])
def test_each_setting_shows_at_once_on_the_screen(
    mini_pack: Pack, tmp_path: Path, name: str
) -> None:
    # given the settings screen, with an engine that keeps what is read aloud
    game, pilot = start(mini_pack, tmp_path, "en")
    engine = Heard()
    game.ctx.speech = game.app.reader.speech = Speech(lambda: engine)  # type: ignore[union-attr]
    before = _seen(game, pilot, name, engine)
    pilot.scene.shake = type(pilot.scene.shake)()  # still again after the reduced-motion look
    # when the setting is changed
    option = "lt" if name == "lang" else CHANGES[name][0]
    choose(pilot, f"settings:{name}:{option}", keyboard=False)
    # then what it governs changes at once, without leaving the screen
    assert isinstance(pilot.scene, SettingsScene)
    assert _seen(game, pilot, name, engine) != before


@pytest.mark.parametrize("scale", TEXT_SCALES)
@pytest.mark.parametrize("lang", ["en", "lt"])
def test_every_option_reads_on_one_line_and_every_setting_is_on_a_page(
    mini_pack: Pack, tmp_path: Path, lang: str, scale: int
) -> None:
    # given the settings at a text size
    game, pilot = start(mini_pack, tmp_path, lang)
    choose(pilot, f"settings:text_scale:{scale}", keyboard=False)
    scene = pilot.scene
    assert isinstance(scene, SettingsScene)
    shown: list[str] = []
    # when each page is shown in turn
    for page in range(scene.pager.count):
        scene.pager.page = page
        scene.settings_changed()
        options = [
            w
            for w in scene.widgets()
            if isinstance(w, Button) and not w.id.startswith(("settings:page", "settings:done"))
        ]
        # then every option reads on one line, chosen or not, and no setting is left out
        assert all(option.reads_on_one_line(game.ctx.look, ticked=True) for option in options)
        shown += [placed.row.name for placed in scene.shown]
    assert shown == ["lang", "text_scale", *(name for name in CHANGES if name != "text_scale")]


@pytest.mark.parametrize("scale", ["100", "200"])
def test_a_problem_that_comes_up_later_is_shown_whole_inside_the_settings(
    mini_pack: Pack, tmp_path: Path, scale: str
) -> None:
    # given the settings with reading aloud on, at a text size
    game, pilot = start(mini_pack, tmp_path, "en")
    choose(pilot, f"settings:text_scale:{scale}", keyboard=False)
    choose(pilot, "settings:read_aloud:on", keyboard=False)
    # when the speech engine then says it cannot start
    problem = "no speech engine (OSError: libespeak.so.1: cannot open shared object file)"
    game.ctx.speech.problem = problem
    pilot.advance(1)
    # then the settings make room for the whole problem, inside their panel
    scene = pilot.scene
    assert isinstance(scene, SettingsScene)
    with recording() as drawn:
        scene.draw(pygame.Surface((1280, 720)))
    note = next(d for d in drawn if d.text == problem)
    assert not note.cut and scene._panel.contains(note.covered)
    assert not any(note.covered.colliderect(w.rect) for w in scene.widgets())
