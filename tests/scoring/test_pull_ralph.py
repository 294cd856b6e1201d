"""`scores pull` from a real LRS: a computer plays with `play --lrs`, and another folder pulls
the class back from Ralph (started on 127.0.0.1, see test_lrs_ralph)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_lrs_ralph import MINI, Lrs, _game, _game_env, lrs  # noqa: F401  (the LRS fixture)

CODE = "P7K-3QA"


def _answers_csv(cli: Callable[..., Any], data_dir: Path, out: Path) -> bytes:
    run = cli("scores", "export", "--session", CODE, "--format", "csv", "-o", str(out),
              "--data-dir", str(data_dir))  # fmt: skip
    assert run.code == 0, run.err
    return out.read_bytes()


def test_a_pull_into_an_empty_folder_gives_the_playing_computers_csv(
    lrs: Lrs,  # noqa: F811
    tmp_path: Path,
    cli: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given a team that played the session on one computer, sending live
    game = _game(
        "play", "--pack", MINI, "--autoplay", "--frames", "20000", "--session", CODE,
        "--lrs", lrs.endpoint, "--data-dir", str(tmp_path / "pc"), env=_game_env(),
    )  # fmt: skip
    _, err = game.communicate(timeout=300)
    assert game.returncode == 0, err
    for name, value in _game_env().items():
        if name.startswith("ESCAPE_ROOM_LRS"):
            monkeypatch.setenv(name, value)
    pulled = tmp_path / "teacher"
    pull = ("scores", "pull", "--lrs", lrs.endpoint, "--session", CODE, "--data-dir", str(pulled))
    # when an empty data folder pulls it from the LRS
    first = cli(*pull)
    assert first.code == 0, first.err
    assert "1 new team(s)" in first.out
    # then its CSV answer rows are the playing computer's, and a second pull adds nothing
    played = _answers_csv(cli, tmp_path / "pc", tmp_path / "pc.csv")
    assert played.count(b"\n") > 5  # a header and the team's answers
    assert _answers_csv(cli, pulled, tmp_path / "pulled.csv") == played
    again = cli(*pull)
    assert again.code == 0 and "0 new team(s), 0 new event(s)" in again.out
    assert _answers_csv(cli, pulled, tmp_path / "again.csv") == played
    # and nothing pulled is sent back to the LRS
    send = cli("scores", "send", "--lrs", lrs.endpoint, "--session", CODE,
               "--data-dir", str(pulled))  # fmt: skip
    assert send.code == 0 and "sent 0 statement(s)" in send.out
