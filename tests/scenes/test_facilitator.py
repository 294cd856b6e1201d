"""The class results screen: reached from the title, it shows the rows of `class_view` (the same
figures as the CSV summary) page by page, by keyboard and mouse, fits its texts in both languages
at every text size, and saves the report and CSV tables in `exports/` of the data folder."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pygame
import pytest

from escape_room.app import Game, GameOptions, build_game
from escape_room.content.pack import Pack
from escape_room.model.events import AnswerGiven, CheckAnswered, RoomEnded
from escape_room.pilot import Pilot
from escape_room.scenes.common import Card
from escape_room.scenes.facilitator import ROWS_PER_PAGE, FacilitatorScene
from escape_room.scenes.title import TitleScene
from escape_room.scoring.classview import class_view
from escape_room.scoring.csvexport import write_csv
from escape_room.scoring.display import MISSING
from escape_room.scoring.outcomes import session_outcomes
from escape_room.scoring.records import Session
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.tools.sample_class import record_class
from escape_room.ui.settings import TEXT_SCALES
from escape_room.ui.text import layout
from tests.scenes.conftest import fixed_now
from tests.scenes.textcheck import Drawn, misfits


def game_with_class(pack: Pack, data: Path, teams: int, lang: str = "en") -> tuple[Game, Session]:
    game = build_game(pack, GameOptions(lang=lang, data_dir=str(data), frames=1))
    store = game.ctx.scores.store
    assert store is not None
    session = store.new_session("7B", pack.model.id, "hash", lang, fixed_now())
    record_class(store, session, pack, fixed_now(), teams)
    return game, session


@pytest.fixture
def game(bundled_pack: Pack, tmp_path: Path) -> Iterator[Game]:
    game, _ = game_with_class(bundled_pack, tmp_path, teams=12)
    yield game
    assert game.ctx.scores.store is not None
    game.ctx.scores.store.close()


def titles(pack: Pack) -> dict[str, str]:
    return {
        o.id: o.title if isinstance(o.title, str) else o.title["en"] for o in pack.model.objectives
    }


def open_results(pilot: Pilot) -> FacilitatorScene:
    pilot.click("title:results")
    scene = pilot.scene
    assert isinstance(scene, FacilitatorScene)
    return scene


def test_the_rows_are_the_figures_of_the_csv_summary(bundled_pack: Pack, tmp_path: Path) -> None:
    with ScoreStore.open(tmp_path) as store:
        session = store.new_session("7B", bundled_pack.model.id, "hash", "en", fixed_now())
        record_class(store, session, bundled_pack, fixed_now())
        view = class_view(session_outcomes(store, session.uuid), titles(bundled_pack))
        _, summary = write_csv([load_session(store, session.uuid)], tmp_path / "out.csv")
    with summary.open(encoding="utf-8-sig", newline="") as file:
        rows = {(r["level"], r["team"], r["objective"]): r for r in csv.DictReader(file)}

    def same(cell: str, value: float | None) -> bool:
        return cell == "" if value is None else float(cell) == pytest.approx(value, abs=5e-5)

    assert len(view.objectives) == len(bundled_pack.model.objectives)
    for row in view.objectives:
        found = rows[("class", "", row.objective)]
        assert int(found["first_try_correct"]) == row.first_try.correct
        assert int(found["puzzles"]) == row.first_try.total
        assert same(found["check_before"], row.knowledge.before.fraction)
        assert same(found["check_after"], row.knowledge.after.fraction)
        assert same(found["gain"], row.knowledge.gain)
    assert [team.name for team in view.teams] == [
        key[1] for key in rows if key[0] == "team" and key[2] == "(all)"
    ]
    for team in view.teams:
        found = rows[("team", team.name, "(all)")]
        assert int(found["room_score"]) == team.score and int(found["room_max"]) == team.max_score
        assert int(found["rooms_escaped"]) == team.escaped
        assert int(found["rooms_played"]) == team.rooms
        assert float(found["room_seconds"]) == pytest.approx(team.seconds)
        assert same(found["check_before"], team.knowledge.before.fraction)
        assert same(found["check_after"], team.knowledge.after.fraction)
        assert same(found["gain"], team.knowledge.gain)
    overall = rows[("class", "", "(all)")]
    assert int(overall["first_try_correct"]) == view.overview.first_try.correct
    assert same(overall["gain"], view.overview.knowledge.gain)


def test_a_gain_that_cannot_be_worked_out_shows_a_dash(tmp_path: Path) -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    with ScoreStore.open(tmp_path) as store:
        session = store.new_session("7B", "mini", "hash", "en", now)
        team = store.add_team(session.uuid, "Owls", ["Fox"], now)
        recorder = store.recorder(session.uuid, team.id, lambda: now)
        recorder.record(CheckAnswered("before", "A", "a1", "lo1", "Fox", "left", True))
        recorder.record(CheckAnswered("after", "B", "b1", "lo1", "Fox", "edge", False))
        recorder.record(AnswerGiven("lab", "mc", ("lo2",), "x", False, 1, 0, 5.0, 0, 5.0))
        recorder.record(RoomEnded("lab", False, 600.0, 0, 30, 600.0))
        view = class_view(session_outcomes(store, session.uuid), {"lo1": "Crossing"})
    crossing, signs = view.objectives
    assert crossing.cells() == ("Crossing", MISSING, "100% · 1/1", "0% · 0/1", MISSING)
    assert signs.cells() == ("lo2", "0% · 0/1", MISSING, MISSING, MISSING), "no title: the id"
    assert view.teams[0].cells() == (
        "Owls",
        "0 / 1",
        "0 / 30",
        "10:00",
        "100% · 1/1",
        "0% · 0/1",
        MISSING,
    )
    assert view.overview.cells()["escaped"] == "0 / 1"


def test_the_title_offers_class_results_only_when_scores_are_saved(
    mini_pack: Pack, tmp_path: Path
) -> None:
    saved = build_game(mini_pack, GameOptions(data_dir=str(tmp_path), frames=1))
    assert "title:results" in Pilot(saved.app).ids()
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    unsaved = build_game(mini_pack, GameOptions(data_dir=str(blocker), frames=1))
    assert unsaved.ctx.scores.store is None
    assert "title:results" not in Pilot(unsaved.app).ids()


def test_the_screen_shows_the_latest_session_page_by_page_with_the_class_view_rows(
    game: Game, bundled_pack: Pack
) -> None:
    pilot = Pilot(game.app)
    scene = open_results(pilot)
    store = game.ctx.scores.store
    assert store is not None and game.ctx.session is None
    latest = store.latest_session()
    assert latest is not None and scene.view is not None and scene.view.session == latest
    view = class_view(session_outcomes(store, latest.uuid), titles(bundled_pack))
    assert [page.kind for page in scene.pages] == ["overview", "objectives", "teams", "teams"]
    shown = [row for page in scene.pages if page.kind != "overview" for row in page.rows]
    assert shown == [row.cells() for row in view.objectives] + [row.cells() for row in view.teams]
    assert all(len(page.rows) <= ROWS_PER_PAGE for page in scene.pages)
    assert [row[0] for row in scene.pages[2].rows][:2] == ["Zebrai", "Saugaus eismo žvaigždės"]


def test_keys_and_the_mouse_turn_the_pages_and_esc_goes_back_to_the_title(game: Game) -> None:
    pilot = Pilot(game.app)
    scene = open_results(pilot)
    assert scene.focus.focused_id == "facilitator:next"
    pilot.press("return")
    assert scene.page == 1
    pilot.press("pagedown")
    assert scene.page == 2
    pilot.click("facilitator:next")
    assert scene.page == 3 and not pilot.widget("facilitator:next").enabled
    assert scene.focus.focused_id == "facilitator:export", "on the last page saving comes next"
    pilot.press("pagedown")
    assert scene.page == 3, "no page past the last"
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False))
    pilot.advance()
    assert scene.page == 2
    pilot.press("pageup")
    pilot.click("facilitator:back")
    assert scene.page == 0 and not pilot.widget("facilitator:back").enabled
    pilot.press("escape")
    assert isinstance(pilot.scene, TitleScene)
    open_results(pilot)
    pilot.click("facilitator:close")
    assert isinstance(pilot.scene, TitleScene)


def test_saving_writes_the_report_and_csv_in_the_data_folder_and_shows_where(
    game: Game, tmp_path: Path
) -> None:
    pilot = Pilot(game.app)
    scene = open_results(pilot)
    pilot.click("facilitator:export")
    folder = tmp_path / "exports"
    assert scene.view is not None
    stem = f"7B-{scene.view.session.code}"
    assert scene.saved == [
        folder / f"{stem}-report.html",
        folder / f"{stem}.csv",
        folder / f"{stem}-summary.csv",
    ]
    assert all(path.stat().st_size > 0 for path in scene.saved)
    card = pilot.scene
    assert isinstance(card, Card) and card.title == "Saved"
    assert str(folder) in card.body and all(path.name in card.body for path in scene.saved)
    assert "Learning outcomes — class 7B" in scene.saved[0].read_text(encoding="utf-8")
    pilot.press("return")
    assert pilot.scene is scene


def test_a_folder_that_cannot_be_written_is_told_plainly(game: Game, tmp_path: Path) -> None:
    (tmp_path / "exports").write_text("a file where the folder should be")
    pilot = Pilot(game.app)
    scene = open_results(pilot)
    pilot.click("facilitator:export")
    card = pilot.scene
    assert isinstance(card, Card) and card.title == "Not saved"
    assert card.body.startswith("The files could not be saved:") and scene.saved == []


def test_without_a_session_the_screen_says_so_and_saves_nothing(
    bundled_pack: Pack, tmp_path: Path
) -> None:
    game = build_game(bundled_pack, GameOptions(lang="lt", data_dir=str(tmp_path), frames=1))
    pilot = Pilot(game.app)
    scene = open_results(pilot)
    assert scene.view is None and scene.problem.startswith("Klasės sesijos dar nėra.")
    assert not pilot.widget("facilitator:export").enabled
    assert scene.focus.focused_id == "facilitator:close"


def test_the_current_session_is_shown_rather_than_the_latest(
    bundled_pack: Pack, tmp_path: Path
) -> None:
    game, first = game_with_class(bundled_pack, tmp_path, teams=2)
    store = game.ctx.scores.store
    assert store is not None
    an_hour_later = fixed_now().replace(hour=10)
    later = store.new_session("8C", bundled_pack.model.id, "hash", "en", an_hour_later)
    assert store.latest_session() == later
    game.ctx.scores.session = first
    pilot = Pilot(game.app)
    scene = open_results(pilot)
    assert scene.view is not None and scene.view.session == first
    pilot.click("facilitator:close")
    game.ctx.scores.session = later
    scene = open_results(pilot)
    assert scene.view is not None and scene.view.session == later and scene.view.empty
    assert not pilot.widget("facilitator:export").enabled


def draw_every_page(scene: FacilitatorScene) -> None:
    canvas = pygame.Surface((1280, 720))
    for page in range(len(scene.pages)):
        scene.page = page
        scene.settings_changed()
        scene.draw(canvas)


def broken(texts: list[Drawn]) -> list[str]:
    """The texts drawn with a word or a figure ("113 / 130") broken across two lines."""
    found = []
    for text, rect, pixels, bold, smallest in texts:
        lines = layout(text, rect.width, rect.height, pixels, bold, smallest).lines
        words = " ".join(lines).split() != text.split()
        fraction = any(line.endswith(" /") or line.startswith("/ ") for line in lines)
        if words or fraction:
            found.append(f"{text!r} as {lines}")
    return found


@pytest.mark.parametrize("size", TEXT_SCALES)
@pytest.mark.parametrize("lang", ["en", "lt"])
def test_every_page_fits_its_texts_whole_and_readable(
    bundled_pack: Pack, tmp_path: Path, drawn: list[Drawn], lang: str, size: int
) -> None:
    game, _ = game_with_class(bundled_pack, tmp_path, teams=12, lang=lang)
    game.ctx.settings.text_scale = size
    scene = open_results(Pilot(game.app))
    draw_every_page(scene)
    assert len(drawn) > 100 and not misfits(drawn) and not broken(drawn)
    buttons = [w.rect for w in scene.widgets()]
    assert not [a for i, a in enumerate(buttons) if a.collidelist(buttons[i + 1 :]) != -1]
    assert game.ctx.scores.store is not None
    game.ctx.scores.store.close()


def test_in_lithuanian_every_figure_has_a_decimal_comma(
    bundled_pack: Pack, tmp_path: Path, drawn: list[Drawn]
) -> None:
    game, _ = game_with_class(bundled_pack, tmp_path, teams=12, lang="lt")
    draw_every_page(open_results(Pilot(game.app)))
    figures = [text for text, *_ in drawn if re.search(r"\d[.,]\d", text)]
    assert figures and not [text for text in figures if re.search(r"\d\.\d", text)]
    assert game.ctx.scores.store is not None
    game.ctx.scores.store.close()


@pytest.mark.parametrize("text_scale", [150, 200])
def test_at_larger_text_the_tables_have_fewer_taller_rows_and_every_row_is_shown(
    game: Game, text_scale: int
) -> None:
    pilot = Pilot(game.app)
    scene = open_results(pilot)
    normal = [
        row for page in scene.pages if page.kind in ("objectives", "teams") for row in page.rows
    ]
    pages = len(scene.pages)
    game.ctx.settings.text_scale = text_scale
    scene.settings_changed()
    parts: dict[tuple[int, ...], list[tuple[str, ...]]] = {}
    for page in scene.pages:
        if page.part is not None:
            parts.setdefault(page.part.columns, []).extend(page.rows)
    first = [rows for columns, rows in parts.items() if columns[:2] == (0, 1)]
    assert len(scene.pages) > pages and [row for rows in first for row in rows] == normal


def test_at_the_largest_text_the_teams_are_shown_in_two_parts_each_with_the_names(
    game: Game,
) -> None:
    pilot = Pilot(game.app)
    scene = open_results(pilot)
    game.ctx.settings.text_scale = 200
    scene.settings_changed()
    teams = [page for page in scene.pages if page.kind == "teams"]
    parts = list(dict.fromkeys(page.part.columns for page in teams if page.part is not None))
    assert parts == [(0, 1, 2, 3), (0, 4, 5, 6)]
    assert [page.rows for page in teams[::2]] == [page.rows for page in teams[1::2]]
