"""`scores merge` refuses a tampered export whole, naming the event, and merges nothing."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from scoring_sample import Sample

from escape_room.scoring.jsonexport import write_json
from escape_room.scoring.sessiondata import load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.timefmt import utc_now


def _first_answer(document: dict[str, Any]) -> dict[str, Any]:
    events = document["sessions"][0]["teams"][0]["events"]
    return next(e for e in events if e["kind"] == "answer_given")


def _tamper(answer: dict[str, Any], events: list[dict[str, Any]], how: str) -> None:
    data = answer["data"]
    if how == "attempt":
        data["attempt"] = -5
    elif how == "seconds":
        data["seconds_on_task"] = -1e308
    elif how == "points":
        data["points"] = 5000
    else:
        answer["seq"] = next(e["seq"] for e in events if e["kind"] != "answer_given")


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("attempt", "attempt is -5"),
        ("seconds", "seconds_on_task is -1e+308"),
        ("points", "points are 5000"),
        ("seq", "the same sequence number"),
    ],
)
def test_a_tampered_event_refuses_the_whole_file(
    store: ScoreStore,
    sample: Sample,
    tmp_path: Path,
    cli: Callable[..., Any],
    how: str,
    said: str,
) -> None:
    exported = tmp_path / "pc2.json"
    write_json([load_session(store, sample.session.uuid)], exported, utc_now())
    document = json.loads(exported.read_text(encoding="utf-8"))
    answer = _first_answer(document)
    _tamper(answer, document["sessions"][0]["teams"][0]["events"], how)
    exported.write_text(json.dumps(document), encoding="utf-8")
    teacher = tmp_path / "teacher"
    run = cli("scores", "merge", str(exported), "--data-dir", str(teacher))
    assert run.code == 1 and run.out == ""
    assert f"team 'Lapės', event {answer['seq']} (answer_given)" in run.err
    assert said in run.err and "Nothing was merged." in run.err
    with ScoreStore.open(teacher) as merged:
        assert merged.sessions() == []


def test_merged_labels_lose_nul_and_bidi_overrides_and_print_escaped(
    store: ScoreStore, sample: Sample, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    exported = tmp_path / "pc2.json"
    write_json([load_session(store, sample.session.uuid)], exported, utc_now())
    document = json.loads(exported.read_text(encoding="utf-8"))
    session = document["sessions"][0]
    session["class_label"] = "7B\x1b[2J\u202e"
    session["teams"][0]["name"] = "Fox\x00es\u2066"
    session["teams"][0]["nicknames"] = ["O\u202ewl"]
    exported.write_text(json.dumps(document), encoding="utf-8")
    teacher = tmp_path / "teacher"
    assert cli("scores", "merge", str(exported), "--data-dir", str(teacher)).code == 0
    with ScoreStore.open(teacher) as merged:
        (found,) = merged.sessions()
        team = merged.teams(found.uuid)[0]
    assert (found.class_label, team.name, team.nicknames) == ("7B\x1b[2J", "Foxes", ("Owl",))
    listing = cli("session", "list", "--data-dir", str(teacher))
    assert "7B\\x1b[2J" in listing.out and "\x1b" not in listing.out
    declined = cli("scores", "delete", "--session", found.code, "--data-dir", str(teacher))
    assert "class 7B\\x1b[2J," in declined.out and "\x1b" not in declined.out


def test_deleting_a_session_a_team_just_played_warns_that_it_is_in_use(
    data_dir: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from scoring_sample import START, Clock, _foxes

    from escape_room.scoring.service import ScoreService

    scores = ScoreService.open(data_dir, Clock())
    scores.start_team("Lapės", ["Fox"], "mini", "0123456789abcdef", "lt")
    for event in _foxes()[:3]:
        scores.record(event)
    assert scores.session is not None
    code = scores.session.code
    monkeypatch.setattr("escape_room.commands.scores.utc_now", lambda: START.replace(minute=45))
    warned = cli("scores", "delete", "--session", code, "--yes", "--data-dir", str(data_dir))
    assert warned.code == 0 and "may still be playing" in warned.err
    scores.close()


def _exported(store: ScoreStore, sample: Sample, path: Path) -> dict[str, Any]:
    write_json([load_session(store, sample.session.uuid)], path, utc_now())
    return dict(json.loads(path.read_text(encoding="utf-8")))


def test_a_changed_event_already_here_is_reported_as_a_conflict_and_kept(
    store: ScoreStore, sample: Sample, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    # given a teacher's store that merged a computer's export
    document = _exported(store, sample, tmp_path / "pc2.json")
    teacher = tmp_path / "teacher"
    assert cli("scores", "merge", str(tmp_path / "pc2.json"), "--data-dir", str(teacher)).code == 0
    # when a later export holds one of those events with another response
    answer = _first_answer(document)
    answer["data"]["response"] = "changed afterwards"
    (tmp_path / "pc2-again.json").write_text(json.dumps(document), encoding="utf-8")
    run = cli("scores", "merge", str(tmp_path / "pc2-again.json"), "--data-dir", str(teacher))
    # then the merge says so, naming the event, and keeps the event as it was here
    assert run.code == 0 and "22 event(s) were already here" in run.out
    assert "Conflicts: 1 event(s)" in run.err
    assert f"team 'Lapės', event {answer['seq']} (answer_given)" in run.err
    with ScoreStore.open(teacher) as merged:
        responses = merged.read("SELECT response FROM answer_given")
    assert ("changed afterwards",) not in responses


def test_the_pack_of_an_export_is_found_among_the_installed_packs(
    store: ScoreStore, sample: Sample, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    from escape_room.content.pack import content_hash, load_pack

    teacher = tmp_path / "teacher"
    installed = teacher / "packs" / "mini"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "mini", installed)
    document = _exported(store, sample, tmp_path / "pc2.json")
    document["sessions"][0]["pack_hash"] = content_hash(load_pack(installed))
    _first_answer(document)["data"]["points"] = 999  # under the model's limit, over the puzzle's
    exported = tmp_path / "pc2.json"
    exported.write_text(json.dumps(document), encoding="utf-8")
    run = cli("scores", "merge", str(exported), "--data-dir", str(teacher))
    assert run.code == 1 and "points are 999; the puzzle gives 0 to" in run.err
    shutil.rmtree(installed)  # without the pack, the model's limits alone apply
    assert cli("scores", "merge", str(exported), "--data-dir", str(teacher)).code == 0
