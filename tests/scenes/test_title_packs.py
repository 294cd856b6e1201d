"""The title screen offers every installed pack: arrows beside the title choose the pack to
play, with the mouse or the keyboard; a pack with errors is passed over, saying so; the title
fits whole in both languages at every text size."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from escape_room.app import Game, GameOptions, build_game
from escape_room.content.pack import Pack
from escape_room.i18n import LANGUAGES, t
from escape_room.pilot import Pilot
from escape_room.scenes.common import Card
from escape_room.scenes.team import TeamScene
from escape_room.scenes.title import TitleScene
from escape_room.scoring.errors import StoreError
from escape_room.scoring.service import ScoreService
from escape_room.tools import screenshots
from escape_room.ui.context import GameContext
from escape_room.ui.scene import SceneStack
from escape_room.ui.settings import Settings
from tests.scenes.conftest import fixed_now

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def game(bundled_pack: Pack, tmp_path: Path) -> Game:
    """The game on the bundled pack, with the mini pack and a broken one installed."""
    packs = tmp_path / "data" / "packs"
    shutil.copytree(FIXTURES / "mini", packs / "mini")
    (packs / "broken").mkdir()
    (packs / "broken" / "pack.yaml").write_text("id: [\n", encoding="utf-8")
    options = GameOptions(lang="lt", data_dir=str(tmp_path / "data"), frames=1, seed=1)
    return build_game(bundled_pack, options)


def test_the_next_arrow_plays_the_next_installed_pack_passing_over_one_with_errors(
    game: Game, bundled_pack: Pack
) -> None:
    pilot = Pilot(game.app)
    pilot.click("title:pack-next")
    scene = pilot.scene
    assert isinstance(scene, TitleScene)
    assert game.ctx.pack.model.id == "mini"
    assert "broken" in scene.pack_problem and "klaidų" in scene.pack_problem
    pilot.click("title:pack-next")
    assert game.ctx.pack.model.id == bundled_pack.model.id
    pilot.click("title:pack-previous")
    assert game.ctx.pack.model.id == "mini"


def test_the_pack_is_chosen_with_the_keyboard_and_then_played(game: Game) -> None:
    pilot = Pilot(game.app)
    for _ in range(10):
        scene = pilot.scene
        focused = scene.focus.focused(scene.widgets())
        if focused is not None and focused.id == "title:pack-previous":
            break
        pilot.press("tab")
    pilot.press("return")
    assert game.ctx.pack.model.id == "mini"
    pilot.click("title:start")
    assert isinstance(pilot.scene, TeamScene)
    assert game.ctx.pack.model.id == "mini"


def test_a_class_session_is_set_aside_while_another_pack_is_played(
    game: Game, bundled_pack: Pack
) -> None:
    assert game.flow.start_session("5B") is None
    scores, session = game.ctx.scores, game.ctx.session
    assert scores is not None and session is not None
    pilot = Pilot(game.app)
    pilot.click("title:pack-next")
    assert game.ctx.session is None
    title = pilot.scene
    assert isinstance(title, TitleScene)
    assert title._status() == game.ctx.t("title.session_elsewhere", code=session.code)
    team = scores.start_team("Lapės", ["Fox"], "mini", "hash", "lt")
    assert game.ctx.session is not None and game.ctx.session.pack_id == "mini"
    assert team.session_uuid != session.uuid
    pilot.click("title:pack-next")
    assert game.ctx.pack.model.id == bundled_pack.model.id
    assert game.ctx.session == session
    assert title._status() == game.ctx.t("title.session", code=session.code, label="5B")


def test_with_only_one_pack_there_are_no_arrows(ctx: GameContext) -> None:
    stack = SceneStack()
    stack.push(TitleScene(ctx, screenshots.Flow(ctx, stack)))
    assert not [w for w in stack.top.widgets() if w.id.startswith("title:pack")]


def _title_with_packs(ctx: GameContext, stack: SceneStack) -> None:
    ctx.packs = [ctx.pack.root, FIXTURES / "mini"]
    stack.push(TitleScene(ctx, screenshots.Flow(ctx, stack)))


def _title_passing_a_broken_pack(ctx: GameContext, stack: SceneStack) -> None:
    _title_with_packs(ctx, stack)
    scene = stack.top
    assert isinstance(scene, TitleScene)
    scene.pack_problem = ctx.t("title.pack_problem", pack="7b-kelio-zenklai-ir-dviraciai")


def _title_with_a_session_elsewhere(ctx: GameContext, stack: SceneStack) -> None:
    _title_with_packs(ctx, stack)
    assert ctx.scores is not None
    ctx.scores.switch_pack("another-pack")


@pytest.mark.parametrize(
    "build", [_title_with_packs, _title_passing_a_broken_pack, _title_with_a_session_elsewhere]
)
@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_title_with_its_arrows_is_whole_at_every_text_size(
    bundled_pack: Pack,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    scale: int,
    build: screenshots.Build,
) -> None:
    monkeypatch.setitem(screenshots.SCREENS, "title-packs", build)
    monkeypatch.setitem(screenshots.VARIANTS, f"text{scale}", {"text_scale": scale})
    shot = screenshots.shoot(bundled_pack, "title-packs", lang, f"text{scale}")
    assert shot.problems == []


def test_when_scores_cannot_be_saved_the_title_says_why_and_shows_the_whole_message(
    bundled_pack: Pack,
) -> None:
    shot = screenshots.shoot(bundled_pack, "title-unsaved", "lt", "largest")
    assert shot.problems == []
    ctx = GameContext(bundled_pack, Settings("lt", text_scale=200), random.Random(1), fixed_now)
    damaged = StoreError("/data/scores.sqlite3: the score database is damaged (x).", "damaged")
    ctx.scores = ScoreService(None, fixed_now, damaged)
    stack = SceneStack()
    stack.push(TitleScene(ctx, screenshots.Flow(ctx, stack)))
    (why,) = [w for w in stack.top.widgets() if w.id == "title:why"]
    why.activate()
    card = stack.top
    assert isinstance(card, Card) and card.body == damaged.message
    assert card.title == t("title.why_title", "lt")
