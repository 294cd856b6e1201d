"""Only real anchors send a file down the slower, alias-measuring path: an `&` inside a text
('Stop & look', 'R&D') is read in the one fast pass, and every place an anchor may stand is
still caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from escape_room.content import yamlread
from escape_room.content.yamlread import read_yaml


@pytest.fixture
def composed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts read through the node-by-node path that measures aliases."""
    calls: list[str] = []
    real = yamlread.compose

    def spy(path: Path, source: str) -> object:
        calls.append(source)
        return real(path, source)

    monkeypatch.setattr(yamlread, "compose", spy)
    return calls


def test_an_ampersand_in_a_text_is_read_in_one_pass(composed: list[str]) -> None:
    text = "title: Stop & look left\nnote: R&D and AT&T\nsnack: [fish&chips, a & b]\n"
    data = read_yaml(Path("f.yaml"), text).data
    assert data == {
        "title": "Stop & look left",
        "note": "R&D and AT&T",
        "snack": ["fish&chips", "a & b"],
    }
    assert composed == []


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1, 2]\nb: *x\n",
        "- &x 1\n- *x\n",
        "[&x 1, *x]\n",
        "[1,&x 2, *x]\n",
        "{a: &x 1, b: *x}\n",
        "&x a: 1\n",
        "a:\n  &x\n  b: 1\nc: *x\n",
        "a:\t&x 1\nb: *x\n",
    ],
)
def test_every_place_an_anchor_may_stand_takes_the_measuring_path(
    composed: list[str], text: str
) -> None:
    read_yaml(Path("f.yaml"), text)
    assert composed == [text]


def test_a_checked_pack_keeps_no_yaml_nodes(starter: Path) -> None:
    from escape_room.content.pack import check_pack

    # given: a puzzle file with a real anchor (read node by node)
    puzzles = starter / "rooms" / "first-room" / "puzzles.yaml"
    text = puzzles.read_text(encoding="utf-8")
    puzzles.write_text(text.replace('source: "S11', 'source: &src "S11', 1), encoding="utf-8")
    # when
    pack, problems = check_pack(starter)
    # then: the pack is fine, and no file's nodes are kept (positions are found again if needed)
    assert pack is not None and not [p for p in problems if p.is_error]
    assert puzzles in pack.documents
    assert all(document.node is None for document in pack.documents.values())
