"""One class on many computers: joining a session by its code, teams told apart, merging back."""

from __future__ import annotations

import csv
import random
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from scoring_sample import START, record_sample

from escape_room.model.events import CheckAnswered
from escape_room.scoring.jsonexport import write_json
from escape_room.scoring.merge import merge_files
from escape_room.scoring.records import session_uuid
from escape_room.scoring.schema import MIGRATIONS
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import DB_NAME, ScoreStore
from escape_room.scoring.timefmt import parse_utc


def _export(store: ScoreStore, code: str, path: Path) -> Path:
    session = store.find_session(code)
    assert session is not None
    write_json([load_session(store, session.uuid)], path, START)
    return path


def test_a_computer_that_joins_by_code_has_the_facilitators_session(tmp_path: Path) -> None:
    with ScoreStore.open(tmp_path / "teacher") as teacher:
        made = teacher.new_session("7B", "street", "h", "lt", START, random.Random(1))
    with ScoreStore.open(tmp_path / "pc2") as pc2:
        joined = pc2.join_session(made.code.lower().replace("-", ""), "street", "h", "lt", START)
        assert pc2.join_session(made.code, "street", "h", "lt", START) == joined
    assert (joined.uuid, joined.code, joined.class_label) == (made.uuid, made.code, "")
    assert made.uuid == session_uuid(made.code)


def test_a_code_that_is_not_one_is_refused(store: ScoreStore) -> None:
    with pytest.raises(ValueError, match="not a session code"):
        store.join_session("HELLO", "street", "h", "en", START)


def test_a_second_team_of_the_same_name_gets_a_number(store: ScoreStore) -> None:
    session = store.new_session("7B", "mini", "h", "en", START)
    names = [
        store.add_team(session.uuid, name, ["p"], START).name
        for name in ("Demo team", "Demo team", "demo team", "Foxes")
    ]
    assert names == ["Demo team", "Demo team 2", "demo team 3", "Foxes"]


def test_three_computers_merge_into_one_class_with_distinct_teams(tmp_path: Path) -> None:
    with ScoreStore.open(tmp_path / "teacher") as teacher:
        code = teacher.new_session("7B", "street", "h", "en", START, random.Random(2)).code
    exports = []
    for pc in ("PC-1", "PC-2", "PC-3"):
        with ScoreStore.open(tmp_path / pc) as store:
            session = store.join_session(code, "street", "h", "en", START)
            store.add_team(session.uuid, "Demo team", ["a", "b"], START, pc=pc)
            exports.append(_export(store, code, tmp_path / f"{pc}.json"))
    with ScoreStore.open(tmp_path / "teacher") as teacher:
        merge_files(teacher, exports)
        merge_files(teacher, exports)  # again: nothing changes
        (session,) = teacher.sessions()
        teams = teacher.teams(session.uuid)
    assert session.class_label == "7B"
    assert [t.name for t in teams] == ["Demo team", "Demo team 2", "Demo team 3"]
    assert [t.pc for t in teams] == ["PC-1", "PC-2", "PC-3"]


def test_the_class_label_reaches_a_computer_that_joined_offline(tmp_path: Path) -> None:
    with ScoreStore.open(tmp_path / "teacher") as teacher:
        code = teacher.new_session("7B", "street", "h", "en", START, random.Random(3)).code
        facilitator = _export(teacher, code, tmp_path / "teacher.json")
    with ScoreStore.open(tmp_path / "pc2") as pc2:
        pc2.join_session(code, "street", "h", "en", START)
        merge_files(pc2, [facilitator])
        found = pc2.find_session(code)
    assert found is not None and found.class_label == "7B"


def test_a_store_of_the_first_layout_opens_with_its_teams_on_no_named_computer(
    tmp_path: Path,
) -> None:
    tmp_path.mkdir(exist_ok=True)
    old = sqlite3.connect(tmp_path / DB_NAME)
    for statement in MIGRATIONS[0]:
        old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO sessions VALUES ('u', 'K7M-2QX', '7B', '2026-01-01T00:00:00.000Z', 'p',"
        " 'h', 'en')"
    )
    old.execute(
        "INSERT INTO teams (id, session_uuid, position, name, nicknames, form_before, form_after,"
        " created) VALUES ('t', 'u', 0, 'Foxes', '[]', 'A', 'B', '2026-01-01T00:00:00.000Z')"
    )
    old.commit()
    old.close()
    with ScoreStore.open(tmp_path) as store:
        (team,) = store.teams("u")
    assert (team.name, team.pc) == ("Foxes", "")


def test_a_report_of_a_class_has_a_column_per_session_and_all_takes_every_one(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    data_dir = tmp_path / "data"
    with ScoreStore.open(data_dir) as store:
        first = record_sample(store, seed=1).session
        second = record_sample(store, seed=2).session  # class 7B again, another lesson
        other = store.new_session("5C", "mini", "h", "lt", START, random.Random(9))
        team = store.add_team(other.uuid, "Owls", ["o"], START)
        store.recorder(other.uuid, team.id, lambda: START).record(
            CheckAnswered("before", "A", "a1", "lo1", "o", "x", True)
        )
    report = tmp_path / "7b.html"
    run = cli("scores", "report", "--class", "7b", "-o", str(report), "--data-dir", str(data_dir))
    assert run.code == 0, run.err
    html = report.read_text(encoding="utf-8")
    assert "Session by session" in html and "class 7B, 2 sessions" in html
    assert first.code in html and second.code in html and other.code not in html
    assert html.count('<article class="session">') == 2
    everything = tmp_path / "all.html"
    run = cli("scores", "report", "--all", "-o", str(everything), "--data-dir", str(data_dir))
    assert run.code == 0 and other.code in everything.read_text(encoding="utf-8")
    unknown = cli(
        "scores", "report", "--class", "9Z", "-o", str(report), "--data-dir", str(data_dir)
    )
    assert unknown.code == 1 and "classes: 5C, 7B" in unknown.err


def test_the_report_shows_how_the_forms_were_split_and_where_teams_played(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    data_dir = tmp_path / "data"
    with ScoreStore.open(data_dir) as store:
        session = store.new_session("7B", "mini", "h", "en", START, random.Random(4))
        for pc in ("PC-1", "PC-1", "PC-2"):
            team = store.add_team(session.uuid, "Demo team", ["p"], START, pc=pc)
            store.recorder(session.uuid, team.id, lambda: START).record(
                CheckAnswered("before", team.check_forms[0], "a1", "lo1", "p", "x", True)
            )
        teams = store.teams(session.uuid)
    report = tmp_path / "r.html"
    assert cli("scores", "report", "-o", str(report), "--data-dir", str(data_dir)).code == 0
    html = report.read_text(encoding="utf-8")
    a_first = sum(team.check_forms[0] == "A" for team in teams)
    assert f"A then B: {a_first} teams · B then A: {3 - a_first} teams" in html
    assert "Demo team 3" in html and "PC-2 · forms" in html


def test_the_excel_csv_has_semicolons_decimal_commas_local_times_and_titles(
    tmp_path: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, mini_pack_dir: Path
) -> None:
    monkeypatch.setenv("TZ", "Europe/Vilnius")
    time.tzset()
    data_dir = tmp_path / "data"
    with ScoreStore.open(data_dir) as store:
        record_sample(store)
    for fmt in ("csv", "excel"):
        run = cli(
            "scores", "export", "--format", fmt, "-o", str(tmp_path / f"{fmt}.csv"),
            "--pack", str(mini_pack_dir), "--data-dir", str(data_dir),
        )  # fmt: skip
        assert run.code == 0, run.err
    monkeypatch.delenv("TZ")
    time.tzset()
    plain, excel = (
        _table(tmp_path / f"{fmt}.csv", sep) for fmt, sep in (("csv", ","), ("excel", ";"))
    )
    assert excel[0] == [*plain[0][:9], "objective_title", *plain[0][9:]]
    for row, local in zip(plain[1:], excel[1:], strict=True):
        decimal = [cell.replace(".", ",") if _is_decimal(cell) else cell for cell in row]
        assert local[:9] == row[:9] and local[10:-1] == decimal[9:-1]
        titles = {"lo1-crossing": "Perėjimas", "lo2-signs": "Ženklai"}  # the session is in lt
        assert local[9] == "; ".join(titles.get(o, "") for o in row[8].split(";"))
        vilnius = parse_utc(row[-1]).astimezone(ZoneInfo("Europe/Vilnius"))
        assert local[-1] == vilnius.strftime("%Y-%m-%d %H:%M:%S")
    assert any(local[9] for local in excel[1:])
    plain_summary = _table(tmp_path / "csv-summary.csv", ",")
    excel_summary = _table(tmp_path / "excel-summary.csv", ";")
    commas = 0
    for row, local in zip(plain_summary[1:], excel_summary[1:], strict=True):
        expected = [cell.replace(".", ",") if _is_decimal(cell) else cell for cell in row]
        assert [*local[:5], *local[6:]] == expected
        commas += sum("," in cell for cell in local)
    assert commas > 0


def _table(path: Path, delimiter: str) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=delimiter))


def _is_decimal(cell: str) -> bool:
    return re.fullmatch(r"-?\d+\.\d+", cell) is not None
