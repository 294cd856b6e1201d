"""CSV, JSON and xAPI exports, and merging JSON exports from other classroom computers."""

from __future__ import annotations

import copy
import csv
import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from ralph.models.xapi.base.statements import BaseXapiStatement
from scoring_sample import Sample

from escape_room.scoring.csvexport import neutralise, write_csv
from escape_room.scoring.errors import ImportProblem
from escape_room.scoring.jsonexport import write_json
from escape_room.scoring.merge import merge_files
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.xapi import (
    STATEMENT_NAMESPACE,
    iso_duration,
    statement_id,
    statements,
    write_xapi,
)

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
BOM = b"\xef\xbb\xbf"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def _dump(store: ScoreStore) -> dict[str, list[Any]]:
    tables = [row[0] for row in store.read("SELECT name FROM sqlite_master WHERE type='table'")]
    return {table: sorted(store.read(f"SELECT * FROM {table}")) for table in tables}


# --- CSV ----------------------------------------------------------------------------


def test_csv_has_one_row_per_answer_with_a_bom(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    answers, summary = write_csv([load_session(store, sample.session.uuid)], tmp_path / "out.csv")
    assert summary == tmp_path / "out-summary.csv"
    assert answers.read_bytes().startswith(BOM) and summary.read_bytes().startswith(BOM)
    rows = _rows(answers)
    assert len(rows) == 15
    first = rows[2]
    assert {
        k: first[k]
        for k in (
            "session",
            "team",
            "puzzle",
            "objective",
            "correct",
            "attempt",
            "hints",
            "seconds",
        )
    } == {
        "session": sample.session.code,
        "team": "Lapės",
        "puzzle": "mc",
        "objective": "lo2-signs",
        "correct": "0",
        "attempt": "1",
        "hints": "1",
        "seconds": "10.0",
    }
    assert first["time"].endswith("Z") and first["phase"] == "room"
    assert rows[3]["response"] == "Trikampis, šalmas"
    assert [r["player"] for r in rows if r["phase"] == "before"][:2] == ["Fox", "Owl"]


def test_csv_cells_that_could_be_formulas_are_neutralised(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    answers, summary = write_csv([load_session(store, sample.session.uuid)], tmp_path / "out.csv")
    rows = _rows(answers)
    assert rows[2]["response"] == '\'=HYPERLINK("http://x")'
    assert {r["team"] for r in rows} == {"Lapės", "'=Sharks"}
    assert "'+Ray" in {r["player"] for r in rows}
    assert "'-12" in {r["response"] for r in rows}
    assert {r["team"] for r in _rows(summary)} == {"Lapės", "'=Sharks", ""}
    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(cell) == "'" + cell
    assert neutralise("Lapės") == "Lapės"


def test_csv_summary_per_team_and_objective(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    _, summary = write_csv([load_session(store, sample.session.uuid)], tmp_path / "out.csv")
    rows = {(r["level"], r["team"], r["objective"]): r for r in _rows(summary)}
    assert len(rows) == 9
    fox_signs = rows[("team", "Lapės", "lo2-signs")]
    assert (fox_signs["puzzles"], fox_signs["first_try_rate"], fox_signs["hints"]) == (
        "2",
        "0.5",
        "1",
    )
    sharks = rows[("team", "'=Sharks", "(all)")]
    assert (sharks["check_before"], sharks["check_after"], sharks["gain"]) == ("1.0", "0.5", "")
    assert (sharks["room_score"], sharks["rooms_escaped"]) == ("15", "0")
    everyone = rows[("class", "", "(all)")]
    assert (everyone["room_score"], everyone["room_max"], everyone["first_try_rate"]) == (
        "40",
        "60",
        "0.6",
    )
    assert rows[("class", "", "lo1-crossing")]["gain"] == "0.0"


# --- JSON and merge ------------------------------------------------------------------


def _export(store: ScoreStore, sample: Sample, path: Path) -> Path:
    write_json([load_session(store, sample.session.uuid)], path, NOW)
    return path


def test_json_export_merges_into_another_store_as_it_was(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    exported = _export(store, sample, tmp_path / "pc2.json")
    with ScoreStore.open(tmp_path / "teacher") as teacher:
        count = merge_files(teacher, [exported])
        assert (count.sessions, count.teams, count.events, count.known_events) == (1, 2, 23, 0)
        again = _export(teacher, sample, tmp_path / "again.json")
        assert _dump(teacher)["answer_given"] == _dump(store)["answer_given"]
    assert json.loads(again.read_text()) == json.loads(exported.read_text())


def test_merging_twice_changes_nothing(store: ScoreStore, sample: Sample, tmp_path: Path) -> None:
    exported = _export(store, sample, tmp_path / "pc2.json")
    with ScoreStore.open(tmp_path / "teacher") as teacher:
        merge_files(teacher, [exported])
        before = _dump(teacher)
        count = merge_files(teacher, [exported, exported])
        assert (count.sessions, count.teams, count.events, count.known_events) == (0, 0, 0, 46)
        assert _dump(teacher) == before


def test_a_new_team_from_another_computer_joins_the_session(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    exported = _export(store, sample, tmp_path / "pc2.json")
    other = tmp_path / "pc3.json"
    document = json.loads(exported.read_text())
    team = copy.deepcopy(document["sessions"][0]["teams"][0])
    team.update(id="0b9f6c1e-8f5e-4a43-9d3c-2b7a52f0e111", name="Vilkai")
    document["sessions"][0]["teams"] = [team]
    other.write_text(json.dumps(document))
    count = merge_files(store, [exported, other])
    assert (count.teams, count.events, count.known_events) == (1, 14, 23)
    assert [t.name for t in store.teams(sample.session.uuid)] == ["Lapės", "=Sharks", "Vilkai"]


@pytest.mark.parametrize(
    "content",
    [
        "session,team\nK7M-2QX,Foxes\n",
        '{"some": "other json"}',
        '[{"id": 1}]',
        '{"format": "escape-room-scores", "version": 1, "exported": "x", "sessions": [{"uuid": "x"}]}',  # noqa: E501
    ],
)
def test_a_file_that_is_not_ours_changes_nothing(
    store: ScoreStore, sample: Sample, tmp_path: Path, content: str
) -> None:
    good = _export(store, sample, tmp_path / "good.json")
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with ScoreStore.open(tmp_path / "teacher") as teacher:
        with pytest.raises(ImportProblem) as caught:
            merge_files(teacher, [good, bad])
        assert str(bad) in str(caught.value) and "not a scores export" in str(caught.value)
        assert teacher.sessions() == []


def test_an_event_that_does_not_fit_is_refused(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    exported = _export(store, sample, tmp_path / "pc2.json")
    document = json.loads(exported.read_text())
    document["sessions"][0]["teams"][0]["events"][5]["data"]["correct"] = "yes"
    exported.write_text(json.dumps(document))
    with ScoreStore.open(tmp_path / "teacher") as teacher, pytest.raises(ImportProblem):
        merge_files(teacher, [exported])


# --- xAPI ----------------------------------------------------------------------------


def test_every_xapi_statement_passes_ralphs_strict_model(store: ScoreStore, sample: Sample) -> None:
    found = list(statements(load_session(store, sample.session.uuid)))
    assert len(found) == 23 + 8  # every event, and a score per player and phase
    for statement in found:
        BaseXapiStatement.model_validate(statement)


def test_the_validator_is_strict_enough_to_matter(store: ScoreStore, sample: Sample) -> None:
    statement = copy.deepcopy(list(statements(load_session(store, sample.session.uuid)))[11])
    statement["result"]["score"]["scaled"] = 1.5
    with pytest.raises(ValueError):
        BaseXapiStatement.model_validate(statement)


def test_xapi_statements_are_deterministic_and_follow_the_guide(
    store: ScoreStore, sample: Sample
) -> None:
    data = load_session(store, sample.session.uuid)
    found = list(statements(data))
    assert found == list(statements(load_session(store, sample.session.uuid)))
    assert len({s["id"] for s in found}) == len(found)
    for statement in found:
        assert statement["timestamp"].endswith("Z")
        assert statement["context"]["registration"] == sample.session.uuid
        extensions = {
            **statement["context"].get("extensions", {}),
            **statement.get("result", {}).get("extensions", {}),
        }
        assert all(key.startswith("https://") for key in extensions)
    answered = [s for s in found if s["verb"]["id"].endswith("/answered")]
    team_answer = next(s for s in answered if s["actor"]["objectType"] == "Group")
    assert team_answer["actor"]["objectType"] == "Group"
    assert team_answer["actor"]["account"]["name"] == sample.team_ids["Lapės"]
    assert [m["name"] for m in team_answer["actor"]["member"]] == ["Fox", "Owl"]
    assert team_answer["result"]["duration"] == "PT10S"
    other = team_answer["context"]["contextActivities"]["other"]
    assert other[0]["id"].endswith("/objectives/lo2-signs")
    check = next(s for s in answered if s["actor"]["objectType"] == "Agent")
    assert check["actor"]["name"] == "Fox"
    assert "mbox" not in json.dumps(found)


def test_statement_ids_are_uuid5_and_the_file_holds_the_statements(
    store: ScoreStore, sample: Sample, tmp_path: Path
) -> None:
    assert statement_id("team", "1") == str(uuid.uuid5(STATEMENT_NAMESPACE, "team/1"))
    data = load_session(store, sample.session.uuid)
    write_xapi([data], tmp_path / "statements.json")
    assert json.loads((tmp_path / "statements.json").read_text()) == list(statements(data))


def test_durations_are_iso_8601_to_the_centisecond() -> None:
    assert iso_duration(734.571) == "PT12M14.57S"
    assert iso_duration(3725) == "PT1H2M5S"
    assert iso_duration(0) == "PT0S"


def test_a_duration_the_game_never_records_still_gives_a_duration() -> None:
    assert iso_duration(-5) == "PT0S" and iso_duration(float("nan")) == "PT0S"
    assert iso_duration(1.7e308) == iso_duration(1e9) == "PT277777H46M40S"
