"""Safe YAML reading: encodings and line endings, positions, and refusing what is unsafe."""

from __future__ import annotations

import os
import time
import tracemalloc
from pathlib import Path

import pytest

from escape_room.content.problems import ContentError
from escape_room.content.yamlread import MAX_BYTES, read_yaml

TEXT = "title: Šviesoforas\nitems:\n  - a\n  - {id: b}\n"
EXPECTED = {"title": "Šviesoforas", "items": ["a", {"id": "b"}]}


def refusal(path: Path, text: str | None = None) -> str:
    """The one message a refused file gets, as `line:col: message`."""
    with pytest.raises(ContentError) as caught:
        read_yaml(path, text)
    (problem,) = caught.value.problems
    return f"{problem.line}:{problem.col}: {problem.message}"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode(),
        b"\xef\xbb\xbf" + TEXT.encode(),
        TEXT.replace("\n", "\r\n").encode(),
        b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode(),
    ],
    ids=["utf8-lf", "bom-lf", "utf8-crlf", "bom-crlf"],
)
def test_utf8_with_or_without_bom_and_any_line_ending_reads_the_same(
    tmp_path: Path, encoded: bytes
) -> None:
    path = tmp_path / "file.yaml"
    path.write_bytes(encoded)
    document = read_yaml(path)
    assert document.data == EXPECTED
    assert document.position(("items", 1, "id")) == (4, 6)


@pytest.mark.parametrize("anchor", ["", "anchor: &a 1\n"], ids=["plain", "with-anchor"])
def test_positions_point_at_keys_list_items_and_the_nearest_parent(anchor: str) -> None:
    document = read_yaml(Path("f.yaml"), anchor + "a:\n  b: [1, 2]\n  c:\n    - x\n")
    shift = anchor.count("\n")
    assert document.position(("a", "b")) == (2 + shift, 3)
    assert document.position(("a", "b", 1)) == (2 + shift, 10)
    assert document.position(("a", "c", 0)) == (4 + shift, 7)
    assert document.position(("a", "missing", 3)) == (1 + shift, 1)


@pytest.mark.parametrize("anchor", ["", "z: &a 1\n"], ids=["plain", "with-anchor"])
def test_a_key_given_twice_is_refused_at_its_second_place(anchor: str) -> None:
    text = "a: 1\nb: 2\na: 3\n" + anchor
    assert refusal(Path("f.yaml"), text) == (
        "3:1: the key 'a' appears twice (first on line 1); keep only one"
    )


@pytest.mark.parametrize("anchor", ["", "z: &a 1\n"], ids=["plain", "with-anchor"])
def test_python_tags_are_refused_and_never_run(tmp_path: Path, anchor: str) -> None:
    marker = tmp_path / "ran"
    text = f"{anchor}x: !!python/object/apply:os.system ['touch {marker}']\n"
    message = refusal(Path("f.yaml"), text)
    assert "the tag '!!python/object/apply:os.system' is not allowed" in message
    assert not marker.exists()


@pytest.mark.parametrize(
    "text",
    ["a: !!binary aGk=", "a: !!set {x}", "a: !custom 1", "? !!python/name:os.system\n: 1"],
)
def test_other_tags_are_refused(text: str) -> None:
    message = refusal(Path("f.yaml"), text)
    assert "is not allowed" in message or "a key must be a plain word" in message


def test_merge_keys_are_refused() -> None:
    assert "merge keys ('<<') are not supported" in refusal(Path("f.yaml"), "<<: {a: 1}\n")


def billion_laughs() -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    return "\n".join(lines) + "\n"


def test_a_billion_laughs_file_is_refused_quickly_in_little_memory() -> None:
    tracemalloc.start()
    start = time.perf_counter()
    message = refusal(Path("f.yaml"), billion_laughs())
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "more than 200,000 values" in message
    assert seconds < 0.2
    assert peak < 5_000_000


def test_an_alias_inside_its_own_anchor_is_refused() -> None:
    assert "refers to the value that holds it" in refusal(Path("f.yaml"), "a: &a [1, *a]\n")


def test_deep_nesting_is_refused() -> None:
    assert "nested too deeply" in refusal(Path("f.yaml"), "[" * 2000 + "]" * 2000)


def test_nesting_grown_through_aliases_is_refused() -> None:
    lines = ["a0: &a0 [[[x]]]"] + [f"a{i}: &a{i} [[[*a{i - 1}]]]" for i in range(1, 30)]
    assert "nested more than 50 levels" in refusal(Path("f.yaml"), "\n".join(lines))


def test_a_file_over_the_size_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * MAX_BYTES + b"\n")
    assert "larger than 1,000,000 bytes" in refusal(path)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "picture.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert refusal(path) == "0:0: this is a binary file, not YAML text"


def test_a_file_not_in_utf8_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: 1\nb: Šviesa\n".encode("cp1257"))
    assert refusal(path) == "2:1: the file is not UTF-8 text; save it as UTF-8"


def test_a_folder_or_a_pipe_is_not_read(tmp_path: Path) -> None:
    assert refusal(tmp_path) == "0:0: this is not a file"
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    assert refusal(pipe) == "0:0: this is not a file"


def test_a_syntax_error_is_reported_at_its_place() -> None:
    message = refusal(Path("f.yaml"), "a: [1, 2\nb: 3\n")
    assert message.startswith("2:2: YAML syntax:")


def test_dates_stay_text_and_an_empty_file_has_no_data() -> None:
    assert read_yaml(Path("f.yaml"), "version: 2024-09-01\n").data == {"version": "2024-09-01"}
    assert read_yaml(Path("f.yaml"), "# only a comment\n").data is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("id: x\ntitle: [unclosed\n", "the list in [ ] that starts on line 2 closed?"),
        ("id: x\nhint: {en: a\n\nother: 1\n", "the mapping in { } that starts on line 2 closed?"),
        ('id: x\ntitle: "unclosed\nmore: 1\n', "the quoted text that starts on line 2 closed?"),
    ],
)
def test_something_left_open_is_named_where_it_starts(text: str, names: str) -> None:
    message = refusal(Path("room.yaml"), text)
    assert message.startswith(("3:", "4:", "5:")) and message.endswith(f"is {names}")


def test_a_problem_with_no_likely_fix_keeps_the_parser_words() -> None:
    assert refusal(Path("room.yaml"), "a: 1\nb: [x\n]: 2\n").startswith("3:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "puzzles:\n  - id: a\n    prompt: Stop: look left\n",
            "3:17: YAML syntax: a ':' inside a text; put the text in quotes: "
            'prompt: "Stop: look left"',
        ),
        (
            'title: Rule: "stop"\n',
            "1:12: YAML syntax: a ':' inside a text; put the text in quotes: "
            "title: 'Rule: \"stop\"'",
        ),
        (
            "a: 1\n b: 2\n",
            "2:3: YAML syntax: line 2 is indented more than line 1: "
            "align it with line 1 (0 spaces)",
        ),
        (
            "puzzles:\n  - id: a\n    title: T\n   prompt: P\n",
            "4:4: YAML syntax: line 4 is indented less than line 3: "
            "align it with line 3 (4 spaces)",
        ),
        (
            "hotspots:\n  - id: a\n    label: T\n  id: b\n  label: U\n",
            "4:3: YAML syntax: line 4 needs the dash of a list entry, like line 2: - id: b",
        ),
        (
            "objectives:\n  - lo1\n  lo2\n",
            "4:1: YAML syntax: line 3 needs the dash of a list entry, like line 2: - lo2",
        ),
        (
            "a:\n\tb: 1\n",
            "2:1: YAML syntax: a tab is used to indent this line; indent with spaces only",
        ),
        (
            'prompt: "Stop" she said\n',
            "1:16: YAML syntax: a text that starts with a quote must end with it; put the whole "
            "text in quotes: prompt: '\"Stop\" she said'",
        ),
    ],
    ids=[
        "colon",
        "colon-and-quotes",
        "indented-more",
        "indented-less",
        "dash",
        "dash-word",
        "tab",
        "quote",
    ],
)
def test_common_syntax_errors_get_their_likely_fix(text: str, expected: str) -> None:
    assert refusal(Path("room.yaml"), text) == expected


@pytest.mark.parametrize("anchor", ["", "z: &a 1\n"], ids=["plain", "with-anchor"])
def test_a_missing_dash_is_one_problem_not_one_per_repeated_key(anchor: str) -> None:
    text = (
        anchor
        + "puzzles:\n  - id: a\n    title: T\n    prompt: P\n"
        + "    id: b\n    title: U\n    prompt: Q\n"
    )
    shift = anchor.count("\n")
    assert refusal(Path("room.yaml"), text) == (
        f"{5 + shift}:5: the key 'id' appears twice (first on line {2 + shift}); keep only one, "
        "or if a new entry of the list starts here, add its dash: - id: b "
        "(2 more keys after it also repeated)"
    )
