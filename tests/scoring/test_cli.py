"""The `session` and `scores` commands: what they print and write, and their exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from scoring_sample import Sample

from escape_room.scoring.store import DB_NAME, ScoreStore

Cli = Callable[..., Any]


def test_a_session_is_started_and_listed(cli: Cli, data_dir: Path, mini_pack_dir: Path) -> None:
    made = cli(
        "session",
        "new",
        "--class",
        "7B",
        "--pack",
        str(mini_pack_dir),
        "--lang",
        "lt",
        "--data-dir",
        str(data_dir),
    )
    assert made.code == 0, made.err
    code = made.out.strip()
    assert len(code) == 7 and code[3] == "-"
    listed = cli("session", "list", "--data-dir", str(data_dir))
    assert (
        listed.code == 0 and code in listed.out and "mini/lt" in listed.out and "7B" in listed.out
    )


def test_the_data_folder_can_come_from_the_environment(
    cli: Cli, tmp_path: Path, mini_pack_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESCAPE_ROOM_DATA", str(tmp_path / "env-data"))
    assert cli("session", "new", "--class", "8A", "--pack", str(mini_pack_dir)).code == 0
    assert (tmp_path / "env-data" / DB_NAME).is_file()


def test_a_broken_pack_is_a_data_problem(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    result = cli(
        "session", "new", "--class", "7B", "--pack", str(tmp_path), "--data-dir", str(data_dir)
    )
    assert result.code == 1 and "pack.yaml" in result.err


def test_export_csv_works_in_the_documented_form(
    cli: Cli, data_dir: Path, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    result = cli("scores", "export", "--format", "csv", "--data-dir", str(data_dir), "-o", str(out))
    assert result.code == 0, result.err
    assert out.is_file() and (tmp_path / "out-summary.csv").is_file()
    assert sample.session.code in out.read_text(encoding="utf-8-sig")


def test_export_json_and_xapi(cli: Cli, data_dir: Path, sample: Sample, tmp_path: Path) -> None:
    for fmt in ("json", "xapi"):
        out = tmp_path / f"out.{fmt}.json"
        result = cli(
            "scores",
            "export",
            "--session",
            sample.session.code,
            "--format",
            fmt,
            "--data-dir",
            str(data_dir),
            "-o",
            str(out),
        )
        assert result.code == 0, result.err
    assert json.loads((tmp_path / "out.json.json").read_text())["format"] == "escape-room-scores"
    assert len(json.loads((tmp_path / "out.xapi.json").read_text())) == 31


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (["--session", "AAA-AAA"], 1, "no session 'AAA-AAA'"),
        (["--session", "AAA-AAA", "--all"], 2, "not allowed with"),
        (["--format", "pdf"], 2, "invalid choice"),
    ],
)
def test_export_problems(
    cli: Cli, data_dir: Path, sample: Sample, tmp_path: Path, argv: list[str], code: int, words: str
) -> None:
    base = ["scores", "export", "--data-dir", str(data_dir), "-o", str(tmp_path / "x.csv")]
    result = cli(*base, *(argv if "--format" in argv else ["--format", "csv", *argv]))
    assert result.code == code and words in result.err


def test_nothing_to_export_is_a_data_problem(
    cli: Cli, data_dir: Path, tmp_path: Path, store: ScoreStore
) -> None:
    argv = [
        "scores",
        "export",
        "--format",
        "csv",
        "--data-dir",
        str(data_dir),
        "-o",
        str(tmp_path / "x.csv"),
    ]
    empty = cli(*argv)
    assert empty.code == 1 and "no sessions yet" in empty.err
    store.new_session(
        "7B",
        "mini",
        "h",
        "en",
        __import__("datetime").datetime.now(__import__("datetime").timezone.utc),
    )
    unplayed = cli(*argv)
    assert unplayed.code == 1 and "nothing recorded yet" in unplayed.err
    assert not (tmp_path / "x.csv").exists()


def test_merge_tells_what_it_added(
    cli: Cli, data_dir: Path, sample: Sample, tmp_path: Path
) -> None:
    exported = tmp_path / "pc2.json"
    cli("scores", "export", "--format", "json", "--data-dir", str(data_dir), "-o", str(exported))
    teacher = str(tmp_path / "teacher")
    first = cli("scores", "merge", str(exported), "--data-dir", teacher)
    assert first.code == 0 and "1 new session(s), 2 new team(s), 23 new event(s)" in first.out
    second = cli("scores", "merge", str(exported), "--data-dir", teacher)
    assert (
        "0 new session(s), 0 new team(s), 0 new event(s); 23 event(s) were already here"
        in second.out
    )
    stranger = tmp_path / "notes.json"
    stranger.write_text("[1, 2, 3]")
    refused = cli("scores", "merge", str(stranger), "--data-dir", teacher)
    assert refused.code == 1 and "is not a scores export of this game" in refused.err


def test_delete_asks_first_and_a_closed_input_means_no(
    cli: Cli, data_dir: Path, sample: Sample, store: ScoreStore
) -> None:
    argv = ["scores", "delete", "--session", sample.session.code, "--data-dir", str(data_dir)]
    declined = cli(*argv)
    assert declined.code == 1 and "Nothing deleted" in declined.out
    assert store.find_session(sample.session.code) is not None
    assert cli(*argv, stdin="n\n").code == 1
    accepted = cli(*argv, stdin="y\n")
    assert accepted.code == 0 and store.find_session(sample.session.code) is None


def test_delete_with_yes_does_not_ask(
    cli: Cli, data_dir: Path, sample: Sample, store: ScoreStore
) -> None:
    result = cli(
        "scores", "delete", "--session", sample.session.code, "--yes", "--data-dir", str(data_dir)
    )
    assert result.code == 0 and store.sessions() == []


def test_a_damaged_store_gives_a_message_not_a_traceback(cli: Cli, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"PK\x03\x04 not a database")
    result = cli("session", "list", "--data-dir", str(data_dir))
    assert (
        result.code == 1
        and "not an SQLite database" in result.err
        and "Traceback" not in result.err
    )


def test_send_needs_credentials_and_an_http_address(
    cli: Cli, data_dir: Path, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ESCAPE_ROOM_LRS_USER", raising=False)
    monkeypatch.delenv("ESCAPE_ROOM_LRS_PASSWORD", raising=False)
    no_password = cli(
        "scores", "send", "--lrs", "http://127.0.0.1:9/xAPI", "--data-dir", str(data_dir)
    )
    assert no_password.code == 1 and "ESCAPE_ROOM_LRS_PASSWORD" in no_password.err
    bad_address = cli("scores", "send", "--lrs", "ftp://lrs", "--data-dir", str(data_dir))
    assert bad_address.code == 2


@pytest.mark.parametrize(
    "address",
    [
        "ftp://teacher:S3cret@lrs.example.org/xAPI",
        "https://u:S3cret@/xAPI",
        "https://teacher:S3cret@lrs.example.org/xAPI",
        "gopher://lrs.example.org/xAPI?password=S3cret",
    ],
)
def test_a_refused_address_never_shows_its_password(
    cli: Cli, data_dir: Path, sample: Sample, address: str
) -> None:
    result = cli("scores", "send", "--lrs", address, "--data-dir", str(data_dir))
    assert result.code == 2 and "***" in result.err
    assert "S3cret" not in result.out + result.err


def test_plain_http_off_this_computer_needs_insecure_http(
    cli: Cli, data_dir: Path, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ESCAPE_ROOM_LRS_USER", raising=False)
    monkeypatch.delenv("ESCAPE_ROOM_LRS_PASSWORD", raising=False)
    refused = cli(
        "scores", "send", "--lrs", "http://lrs.example.org/xAPI", "--data-dir", str(data_dir)
    )
    assert refused.code == 2 and "unencrypted" in refused.err and "--insecure-http" in refused.err
    allowed = cli(
        "scores", "send", "--lrs", "http://lrs.example.org/xAPI", "--insecure-http",
        "--data-dir", str(data_dir),
    )  # fmt: skip
    assert allowed.code == 1 and "ESCAPE_ROOM_LRS_PASSWORD" in allowed.err
