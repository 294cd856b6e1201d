"""Questions from a spreadsheet: a CSV file, one question per row, read into puzzles.

The columns every question has are listed here; each puzzle kind adds its own
(:attr:`escape_room.kinds.base.PuzzleKind.columns`). Every row is validated by the kind's
model, as a puzzle file is, and each problem is reported at its row (the line of the file) and
column. Files saved by a spreadsheet are read as they come: UTF-8 with or without a byte-order
mark (or the Windows Baltic code page), comma-, semicolon- or tab-separated, with empty rows.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from escape_room.content.lithuanian import wordings
from escape_room.content.messages import validation_problems
from escape_room.content.models import PackFile, PuzzleBase
from escape_room.content.problems import (
    Problem,
    did_you_mean,
    in_a_sentence,
    listing,
    problem_at,
)
from escape_room.content.rows import Column, Key, Row
from escape_room.content.scaffold import slug
from escape_room.content.yamlread import Document
from escape_room.kinds import KINDS, PuzzleKind

MAX_BYTES = 1_000_000
COMMON = (
    Column("type", f"the kind of question: {', '.join(k for k in KINDS if KINDS[k].columns)}"),
    Column("id", "the puzzle's id (default: made from the title)"),
    Column("objective", "id of the learning objective (default: the pack's only one)"),
    Column("title", "a short name shown above the question", per_language=True),
    Column("question", "the question or statement the team reads", per_language=True),
    Column("hint", "a hint, for a few points", per_language=True),
    Column("explanation", "shown after the question and in the debrief", per_language=True),
    Column("source", "where the fact comes from"),
    Column("difficulty", "1 easy, 2 medium, 3 hard (default 1)"),
    Column("points", "points for solving it at the first try (default 10)"),
)
"""The columns every question has, whatever its kind."""
_DELIMITERS = ",;\t"


def importable() -> dict[str, PuzzleKind[Any, Any]]:
    """The kinds a spreadsheet row can hold, by type."""
    return {name: kind for name, kind in KINDS.items() if kind.columns}


def columns() -> list[Column]:
    """Every column of the spreadsheet: the common ones, then each kind's, once."""
    found = {column.name: column for column in COMMON}
    for kind in importable().values():
        for column in kind.columns:
            known = found.setdefault(column.name, column)
            if column.per_language and not known.per_language:  # read both ways: `answer`
                found[column.name] = known._replace(per_language=True)
    return list(found.values())


@dataclass
class Imported:
    """What a spreadsheet gave: the puzzles' keys and models in row order, or problems."""

    data: list[dict[str, Any]] = field(default_factory=list)
    puzzles: list[PuzzleBase] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing: dict[str, list[int]] = field(default_factory=dict)
    """Columns the file lacks that rows need, and those rows."""


def read_questions(path: Path, pack: PackFile, taken: set[str]) -> Imported:
    """Read the questions of the CSV file at `path` for `pack`, whose puzzle ids `taken` are
    used already; every problem of every row is collected, none raised."""
    imported = Imported()
    try:
        header, rows = _table(path, pack.languages)
    except _Refused as refused:
        imported.problems.append(problem_at(path, *refused.args))
        return imported
    imported.problems += _header_problems(path, header, pack.languages)
    if imported.problems:
        return imported
    if not rows:
        imported.problems.append(problem_at(path, "there is no question below the headings", 2))
    seen: dict[str, int] = {}
    for row in rows:
        _read_row(path, header, row, pack, taken, seen, imported)
    imported.problems[:0] = _missing_columns(path, header, imported.missing, pack.languages)
    return imported


def _missing_columns(
    path: Path, header: list[str], missing: dict[str, list[int]], languages: list[str]
) -> list[Problem]:
    """One problem for each column the file lacks, at the place a new column would go, with
    what the column holds (as the guide's table of columns says it)."""
    holds = {name: column.help for column in columns() for name in column.names(languages)}
    return [
        problem_at(
            path,
            f"there is no '{name}' column, which {_rows_text(rows)}: add it ({holds[name]})",
            1,
            len(header) + 1,
        )
        for name, rows in missing.items()
    ]


def _rows_text(numbers: list[int]) -> str:
    """ "row 2 needs" or "rows 2–4, 7 need": runs of rows as ranges."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    text = ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 1 else f"{run[0]}" for run in runs)
    return f"row {text} needs" if len(numbers) == 1 else f"rows {text} need"


class _Refused(Exception):
    """The file cannot be read as a table at all: (message, line)."""


# --- the table ------------------------------------------------------------------------


def _table(path: Path, languages: list[str]) -> tuple[list[str], list[Row]]:
    text = _text(path)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        raise _Refused("the file is empty: start from `escape-room import --template`", 1)
    delimiter = max(_DELIMITERS, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    rows: list[Row] = []
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                if not header:
                    header = [cell.strip().lower() for cell in cells]
                else:
                    rows.append(_row(start, header, cells, languages))
            start = reader.line_num + 1
    except csv.Error as error:
        raise _Refused(f"cannot read the table: {error}", reader.line_num) from None
    return header, rows


def _text(path: Path) -> str:
    try:
        raw = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as error:
        raise _Refused(f"cannot read the file: {error.strerror}", 0) from None
    if len(raw) > MAX_BYTES:
        raise _Refused(f"the file is larger than {MAX_BYTES:,} bytes; split it", 0)
    if b"\x00" in raw:
        raise _Refused("this is not a CSV text file: save the sheet as 'CSV UTF-8'", 0)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # what a Lithuanian spreadsheet saves as plain "CSV"
        return raw.decode("cp1257")
    except UnicodeDecodeError:
        raise _Refused("the file is not UTF-8 text: save the sheet as 'CSV UTF-8'", 0) from None


def _row(number: int, header: list[str], cells: list[str], languages: list[str]) -> Row:
    filled = {
        name: cell.strip()
        for name, cell in zip(header, cells, strict=False)
        if name and cell.strip()
    }
    extra = [cell for cell in cells[len(header) :] if cell.strip()]
    row = Row(number, filled, languages)
    if extra:
        row.problem("", f"{len(header) + len(extra)} cells, but only {len(header)} headings")
    return row


def _header_problems(path: Path, header: list[str], languages: list[str]) -> list[Problem]:
    known = [name for column in columns() for name in column.names(languages)]
    problems = []
    for number, name in enumerate(header, start=1):
        where = f"column {_letter(number)}"
        if not name:
            continue
        if name not in known:
            hint = did_you_mean(name, known) or f" (columns: {listing(known)})"
            problems.append(problem_at(path, f"{where}: unknown column '{name}'{hint}", 1, number))
        elif header.index(name) != number - 1:
            message = f"{where}: the column '{name}' is there twice"
            problems.append(problem_at(path, message, 1, number))
    for needed in ("type",):
        if needed not in header:
            problems.append(problem_at(path, f"there is no '{needed}' column", 1, 1))
    return problems


def _letter(number: int) -> str:
    """A spreadsheet's name of column `number` (from 1): A ... Z, AA ..."""
    name = ""
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


# --- a row ----------------------------------------------------------------------------


def _read_row(
    path: Path,
    header: list[str],
    row: Row,
    pack: PackFile,
    taken: set[str],
    seen: dict[str, int],
    imported: Imported,
) -> None:
    kind = _kind(row)
    if kind is None:
        imported.problems += _row_problems(path, header, row, imported.missing)
        return
    data = {**_common(row, pack), **kind.from_row(row)}
    for name in row.filled_unused():
        row.problem(
            name,
            f"filled, but a {kind.type} question does not read it: "
            "clear it, or check the row's type",
        )
    _check_id(row, data, taken, seen)
    _required(row, kind, data)
    said = bool(row.problems)
    own = _row_problems(path, header, row, imported.missing)
    puzzle, found = _validated(path, header, row, kind, data)
    covered = {(p.line, p.col) for p in own}
    # a problem at no column (a key missing) is said better by the row's own problems
    problems = own + [p for p in found if (p.line, p.col) not in covered and (p.col or not said)]
    problems.sort(key=lambda problem: problem.col)
    if puzzle is not None and not said and not problems:
        imported.data.append(data)
        imported.puzzles.append(puzzle)
    imported.problems += problems


def _row_problems(
    path: Path, header: list[str], row: Row, missing: dict[str, list[int]]
) -> list[Problem]:
    """The row's problems at their columns; those of a column the file lacks go to `missing`."""
    problems = []
    for column, message in row.problems:
        if column and column not in header:
            rows = missing.setdefault(column, [])
            if row.number not in rows:
                rows.append(row.number)
        else:
            problems.append(_at(path, header, row, column, message))
    return problems


def _required(row: Row, kind: PuzzleKind[Any, Any], data: dict[str, Any]) -> None:
    """A problem at its column for each key the puzzle needs that the row leaves empty."""
    said = {column for column, _ in row.problems}
    for name, info in kind.model.model_fields.items():
        column = row.sources.get((name,))
        if info.is_required() and name not in data and column is not None and column not in said:
            row.problem(column, f"empty: write {in_a_sentence(info.description or name)}")


def _kind(row: Row) -> PuzzleKind[Any, Any] | None:
    name = (row.value("type", ("type",)) or "").strip().lower()
    kinds = importable()
    if name in kinds:
        return kinds[name]
    if not name:
        row.problem("type", f"empty: write one of {listing(kinds)}")
    elif name in KINDS:
        row.problem(
            "type",
            f"a {name} puzzle cannot be written in one row; write it in YAML "
            f"(escape-room new puzzle --type {name}), or use {listing(kinds)}",
        )
    else:
        hint = did_you_mean(name, kinds)
        row.problem("type", f"'{name}' is not a type of question{hint} (types: {listing(kinds)})")
    return None


def _common(row: Row, pack: PackFile) -> dict[str, Any]:
    keys: dict[str, Any] = {
        "id": row.value("id", ("id",)),
        "type": row.value("type", ("type",)),
        "title": row.text("title", ("title",)),
        "prompt": row.text("question", ("prompt",)),
        "objectives": _objectives(row, pack),
        "source": row.value("source", ("source",)),
        "difficulty": row.value("difficulty", ("difficulty",)),
        "points": row.value("points", ("points",)),
        "explanation": row.text("explanation", ("explanation",)),
    }
    hint = row.text("hint", ("hints", 0, "text"))
    keys["hints"] = [{"text": hint}] if hint is not None else None
    keys["type"] = str(keys["type"]).strip().lower()
    keys["id"] = keys["id"] or _title_id(keys["title"], pack.languages) or None
    return {key: value for key, value in keys.items() if value is not None}


def _objectives(row: Row, pack: PackFile) -> list[str] | None:
    known = [objective.id for objective in pack.objectives]
    cell = row.value("objective", ("objectives",))
    if cell is None:
        if len(known) == 1:
            return known
        row.problem(
            "objective",
            f"empty: give the id of the learning objective it practises ({listing(known)})",
        )
        return None
    given = [word for word in re.split(r"[\s,;]+", cell) if word]
    for word in given:
        if word not in known:
            hint = did_you_mean(word, known) or f" (objectives: {listing(known)})"
            row.problem("objective", f"the pack has no learning objective '{word}'{hint}")
    return given


def _title_id(title: Any, languages: list[str]) -> str:
    """An id made from the title in the pack's first language."""
    text = title if isinstance(title, str) else (title or {}).get(languages[0], "")
    return slug(str(text))[:40].strip("-_")


def _check_id(row: Row, data: dict[str, Any], taken: set[str], seen: dict[str, int]) -> None:
    ident = data.get("id")
    if not isinstance(ident, str):
        return
    column = "id" if "id" in row.cells else row.sources[("title",)]
    if ident in seen:
        row.problem(
            column,
            f"the id '{ident}' is also the id of the question in row "
            f"{seen[ident]}: give each question its own id",
        )
    elif ident in taken:
        row.problem(
            column,
            f"the id '{ident}' is already a puzzle's id in the pack: give this question another id",
        )
    seen.setdefault(ident, row.number)


def _validated(
    path: Path, header: list[str], row: Row, kind: PuzzleKind[Any, Any], data: dict[str, Any]
) -> tuple[PuzzleBase | None, list[Problem]]:
    """The row's puzzle checked by the kind's model, or the problems it finds, at their column."""
    document = _RowDocument(path, data, row=row, header=header)
    try:
        puzzle = kind.model.model_validate(data)
    except ValidationError as error:
        found = validation_problems(document, error, kind.model)
        return None, [_relabelled(problem, header) for problem in found]
    findings = [
        _at(path, header, row, _column_of(row, key), message)
        for key, severity, message in kind.findings(puzzle)
        if severity == "error"
    ]
    return (None if findings else puzzle), findings


@dataclass
class _RowDocument(Document):
    """A row seen as a document: a key's position is its row and column."""

    row: Row | None = None
    header: list[str] = field(default_factory=list)

    def position(self, key: Key) -> tuple[int, int]:
        assert self.row is not None
        column = _column_of(self.row, key)
        number = self.header.index(column) + 1 if column in self.header else 0
        return self.row.number, number


def _column_of(row: Row, key: Key) -> str:
    """The column a key of the puzzle came from: its own, its parent's, or its first child's."""
    for end in range(len(key), 0, -1):
        if key[:end] in row.sources:
            return row.sources[key[:end]]
    return next((c for k, c in row.sources.items() if k[: len(key)] == key and key), "")


def _at(path: Path, header: list[str], row: Row, column: str, message: str) -> Problem:
    number = header.index(column) + 1 if column in header else 0
    return _relabelled(problem_at(path, message, row.number, number), header, column)


def _relabelled(problem: Problem, header: list[str], column: str = "") -> Problem:
    """The problem named by its row and column: "row 4, column F (question_lt): ..."."""
    if problem.col:
        column = header[problem.col - 1]
        where = f"row {problem.line}, column {_letter(problem.col)} ({column})"
    else:
        where = f"row {problem.line}" + (f", column {column}" if column else "")
    return problem_at(problem.path, f"{where}: {problem.message}", problem.line, problem.col)


# --- the template ---------------------------------------------------------------------

_EXAMPLES: list[dict[str, str]] = [
    {
        "type": "multiple_choice",
        "id": "blue-disc",
        "objective": "lo-signs",
        "title_en": "You must",
        "title_lt": "Privaloma",
        "question_en": "Which sign tells you what you MUST do?",
        "question_lt": "Kuris ženklas nurodo, ką PRIVALOTE daryti?",
        "option1_en": "A blue disc with a white symbol",
        "option1_lt": "Mėlynas skritulys su baltu simboliu",
        "option2_en": "A triangle with a red border",
        "option2_lt": "Trikampis raudonu kraštu",
        "option3_en": "A circle with a red border",
        "option3_lt": "Skritulys raudonu kraštu",
        "correct": "1",
        "hint_en": "Think of the colour blue.",
        "hint_lt": "Prisiminkite mėlyną spalvą.",
        "source": "S12 Vienna Convention on Road Signs and Signals, summaries",
    },
    {
        "type": "true_false",
        "id": "helmet-under-18",
        "objective": "lo-cycling",
        "title_en": "Helmet rule",
        "title_lt": "Šalmo taisyklė",
        "question_en": "True or false: in Lithuania, cyclists under 18 must wear a fastened "
        "helmet on the road.",
        "question_lt": "Tiesa ar ne: Lietuvoje jaunesni nei 18 metų dviratininkai keliu "
        "privalo važiuoti užsegę šalmą.",
        "answer": "true",
        "explanation_en": "Under 18, a fastened helmet is the law for cyclists.",
        "explanation_lt": "Jaunesniems nei 18 metų dviratininkams užsegtas šalmas privalomas.",
        "source": "S15 Lithuanian Road Traffic Rules (KET) amendments, law XII-1584 (2015)",
    },
    {
        "type": "numeric",
        "id": "reflector-distance",
        "objective": "lo-speed",
        "title_en": "Seen in the dark",
        "title_lt": "Matomas tamsoje",
        "question_en": "With a reflector, from about how many metres can a driver see you "
        "in the dark?",
        "question_lt": "Iš maždaug kiek metrų vairuotojas tamsoje pamato pėstįjį su atšvaitu?",
        "answer": "135",
        "tolerance": "15",
        "unit_en": "m",
        "unit_lt": "m",
        "difficulty": "2",
        "source": "S22 Lithuanian police on reflectors",
    },
    {
        "type": "text",
        "id": "look-first",
        "objective": "lo-crossing",
        "title_en": "Which way first?",
        "title_lt": "Kur pirmiausia?",
        "question_en": "Which way do you look first before you cross? One word.",
        "question_lt": "Į kurią pusę pažiūrite pirmiausia prieš pereidami? Vienas žodis.",
        "answer_en": "left",
        "answer_lt": "kairę",
        "accept_en": "to the left",
        "accept_lt": "kairė | į kairę",
        "source": "S27 saugusmokinys.lt, pedestrians",
    },
]
"""One example row per kind, about facts of the starter pack's objectives."""


def template_csv(languages: list[str], delimiter: str = ",") -> str:
    """The questions spreadsheet to start from: every column, and one example row per kind."""
    header = [name for column in columns() for name in _template_names(column, languages)]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for example in _EXAMPLES:
        writer.writerow([_example_cell(example, name) for name in header])
    return out.getvalue()


def _template_names(column: Column, languages: list[str]) -> list[str]:
    """A column's headings: per language, and also the plain one where some kind reads it."""
    if not column.per_language:
        return [column.name]
    read_plainly = any(
        own.name == column.name and not own.per_language
        for kind in importable().values()
        for own in kind.columns
    )
    names = column.names(languages)
    return names if read_plainly else names[1:]


def _example_cell(example: dict[str, str], name: str) -> str:
    if name in example:
        return example[name]
    base, _, code = name.rpartition("_")
    return example.get(f"{base}_en", "") if code not in ("en", "lt") else ""


def columns_table(languages: list[str], lang: str = "en") -> str:
    """The guide's table of the columns: those of every question, then each kind's own; in
    `lang`, the guide's language (the columns' names stay)."""
    say = wordings(lang)
    lines = [say.word("| column | read by | what to write |"), "| --- | --- | --- |"]
    owned = [(say.word("every question"), column) for column in COMMON] + [
        (f"`{name}`", column) for name, kind in importable().items() for column in kind.columns
    ]
    for readers, column in owned:
        names = column.names(languages)[1:] if column.per_language else [column.name]
        cells = (", ".join(f"`{name}`" for name in names), readers, say.column(column.help))
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)
