"""The author's preview: it shows the room or puzzle of a file, reloads when a file of the pack
is saved, shows the problems of a broken file until it is fixed, and records nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from escape_room import paths
from escape_room.pilot import Pilot
from escape_room.scenes.contracts import CONTINUE_ID
from escape_room.scenes.preview import REOPEN_ID, PackWatch, PreviewScene, build_preview
from escape_room.scenes.puzzles.numeric import NumericScene
from escape_room.scenes.room import RoomScene
from escape_room.ui.app import App

FIXTURES = Path(__file__).parent.parent / "fixtures"
POLL_FRAMES = 32
"""A little more than half a second of frames: the preview has looked at the files again."""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    copy = tmp_path / "allkinds"
    shutil.copytree(FIXTURES / "allkinds", copy)
    return copy


def preview_of(file: Path, puzzle_id: str | None = None, lang: str = "en") -> tuple[App, Pilot]:
    app = build_preview(file, puzzle_id, lang, replay=True)
    pilot = Pilot(app)
    pilot.advance()
    return app, pilot


def preview_scene(app: App) -> PreviewScene:
    scene = app.stack.scenes[0]
    assert isinstance(scene, PreviewScene)
    return scene


def room_scene(app: App) -> RoomScene:
    return next(s for s in app.stack.scenes if isinstance(s, RoomScene))


def save(path: Path, text: str) -> None:
    """Write the file as an editor does, its time moved on so the change shows for certain."""
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_a_puzzle_file_opens_its_room(pack: Path) -> None:
    app, _ = preview_of(pack / "rooms" / "yard" / "puzzles.yaml")
    assert room_scene(app).room.id == "yard"
    assert app.stack.scenes[0].ctx.scores is None


def test_pack_yaml_opens_the_first_room(pack: Path) -> None:
    app, _ = preview_of(pack / "pack.yaml")
    assert room_scene(app).room.id == "yard"


def test_saving_a_file_reloads_the_preview(pack: Path) -> None:
    # given
    room_file = pack / "rooms" / "yard.yaml"
    app, pilot = preview_of(room_file)
    assert preview_scene(app).loads == 1
    # when
    save(room_file, room_file.read_text().replace("School yard", "Schoolyard at dusk"))
    pilot.advance(POLL_FRAMES)
    # then
    assert preview_scene(app).loads == 2
    assert room_scene(app).room.model.title == {"en": "Schoolyard at dusk", "lt": "Mokyklos kiemas"}


def test_nothing_reloads_while_no_file_changes(pack: Path) -> None:
    app, pilot = preview_of(pack / "rooms" / "yard.yaml")
    pilot.advance(3 * POLL_FRAMES)
    assert preview_scene(app).loads == 1


def test_a_broken_file_shows_its_problems_then_recovers_when_fixed(pack: Path) -> None:
    # given
    puzzles = pack / "rooms" / "yard" / "puzzles.yaml"
    good = puzzles.read_text()
    app, pilot = preview_of(puzzles)
    # when: a key is misspelt
    save(puzzles, good.replace("    answer: 150\n", "    answr: 150\n"))
    pilot.advance(POLL_FRAMES)
    # then: the window shows the problems, each with its place
    scene = preview_scene(app)
    assert app.stack.top is scene and scene.problems
    assert all(p.startswith(f"{puzzles}:") for p in scene.problems)
    assert any("unknown key 'answr'" in p for p in scene.problems)
    # when fixed
    save(puzzles, good)
    pilot.advance(POLL_FRAMES)
    assert scene.problems == [] and room_scene(app).room.id == "yard"


def test_a_broken_room_is_not_shown_while_the_others_still_load(tmp_path: Path) -> None:
    shutil.copytree(paths.bundled_pack(), tmp_path / "pack")
    ticket = tmp_path / "pack" / "rooms" / "trip" / "ticket.yaml"
    app, pilot = preview_of(ticket)
    assert room_scene(app).room.id == "trip"
    save(ticket, ticket.read_text().replace("digits_from:", "digits_form:"))
    pilot.advance(POLL_FRAMES)
    problems = preview_scene(app).problems
    assert problems[-1] == "The room of this file cannot be shown."
    assert all(p.startswith(f"{ticket}:") for p in problems[:-1]) and len(problems) > 1


def test_broken_yaml_shows_line_and_column(pack: Path) -> None:
    puzzles = pack / "rooms" / "yard" / "puzzles.yaml"
    app, pilot = preview_of(puzzles)
    save(puzzles, puzzles.read_text().replace("type: numeric", "type: [numeric"))
    pilot.advance(POLL_FRAMES)
    first = preview_scene(app).problems[0]
    path, line, col, rest = first.split(":", 3)
    assert path == str(puzzles) and int(line) > 1 and int(col) > 0 and "error" in rest


def test_many_problems_scroll(pack: Path) -> None:
    puzzles = pack / "rooms" / "yard" / "puzzles.yaml"
    app, pilot = preview_of(puzzles)
    save(puzzles, puzzles.read_text().replace("source:", "sauce:"))
    pilot.advance(POLL_FRAMES)
    scene = preview_scene(app)
    assert len(scene.problems) > 9
    pilot.press("pagedown")
    pilot.press("down")
    assert scene.first == 6
    pilot.press("up")
    assert scene.first == 5


def test_one_puzzle_opens_alone_and_can_be_opened_again(pack: Path) -> None:
    # given
    app, pilot = preview_of(pack, "num")
    assert isinstance(app.stack.top, NumericScene)
    # when solved and closed
    pilot.type("150")
    pilot.press("return")
    pilot.click(CONTINUE_ID)
    # then
    assert app.stack.top is preview_scene(app)
    pilot.click(REOPEN_ID)
    assert isinstance(app.stack.top, NumericScene) and not app.stack.top.solved


def test_an_unknown_puzzle_says_so(pack: Path) -> None:
    app, _ = preview_of(pack, "nope")
    assert preview_scene(app).problems == ["No puzzle with the id 'nope' can be shown."]


def test_a_file_in_no_pack_says_so(tmp_path: Path) -> None:
    lone = tmp_path / "lone.yaml"
    lone.write_text((FIXTURES / "allkinds" / "rooms" / "yard" / "puzzles.yaml").read_text())
    app, _ = preview_of(lone)
    problems = preview_scene(app).problems
    assert problems == ["This file is in no pack: there is no pack.yaml in its folder or above it."]


def test_the_watch_looks_at_every_file_of_the_pack(pack: Path) -> None:
    names = {p.relative_to(pack).as_posix() for p in PackWatch(pack / "pack.yaml").files()}
    assert names == {"pack.yaml", "rooms/yard.yaml", "rooms/yard/puzzles.yaml"}


def test_a_new_puzzle_file_is_noticed(pack: Path) -> None:
    watch = PackWatch(pack / "pack.yaml")
    (pack / "rooms" / "yard" / "more.yaml").write_text("puzzles: []\n")
    assert not watch.saved(0.1)
    assert watch.saved(0.5)
    assert not watch.saved(0.5)


def test_escape_opens_the_settings_to_see_another_language(pack: Path) -> None:
    _, pilot = preview_of(pack, "tf")
    pilot.press("escape")
    pilot.click("settings:lang:lt")
    pilot.click("settings:done")
    assert pilot.widget("answer:true").label == "Tiesa"


def test_the_command_runs_frames_and_exits(pack: Path) -> None:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    command = [
        sys.executable,
        "-m",
        "escape_room",
        "preview",
        str(pack / "pack.yaml"),
        "--frames",
        "20",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    missing = subprocess.run(
        [*command[:4], str(pack / "nope.yaml")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert missing.returncode == 2 and "no such file" in missing.stderr
