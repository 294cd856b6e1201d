"""`escape-room validate PATH...`: check packs and pack files, reporting every problem at once."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from escape_room.commands.options import add_message_language, message_language
from escape_room.content.check import Outcome, Summary, absolute, check_paths
from escape_room.content.lithuanian import problem_in, problem_line, say


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check puzzle packs and files for mistakes",
        description="Check pack folders, or single pack files in the context of their pack. "
        "Prints each problem as path:line:col: error|warning: message. "
        "Exit code 0 when valid, 1 when not, 2 on a usage error.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="pack folder or file")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: for editors and CI"
    )
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    add_message_language(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    outcome = check_paths(args.paths)
    if args.strict:
        outcome.problems = [problem.as_error() for problem in outcome.problems]
    lang = message_language(args.lang)
    print(as_json(outcome, lang) if args.format == "json" else as_text(outcome, lang))
    return 1 if outcome.errors else 0


def as_text(outcome: Outcome, lang: str = "en") -> str:
    """One line per problem, then a verdict: OK with what was checked, or the counts."""
    lines = [problem_line(problem, lang) for problem in outcome.problems]
    if outcome.errors:
        verdicts = [
            f"Not valid: {_count(outcome.errors, 'error')}, {_count(outcome.warnings, 'warning')}"
        ]
    else:
        verdicts = [
            f"OK: {_describe(s)} ({_count(_warnings(outcome, s), 'warning')})"
            for s in outcome.summaries
        ]
    return "\n".join(lines + [say(verdict, lang) for verdict in verdicts])


def as_json(outcome: Outcome, lang: str = "en") -> str:
    """The problems as a list of objects, and a summary, for editors and CI."""
    summary = {
        "valid": not outcome.errors,
        "errors": outcome.errors,
        "warnings": outcome.warnings,
        "checked": [s.as_dict() for s in outcome.summaries],
    }
    problems = [problem_in(problem, lang).as_dict() for problem in outcome.problems]
    return json.dumps({"problems": problems, "summary": summary}, ensure_ascii=False, indent=2)


def _describe(summary: Summary) -> str:
    puzzles = _count(summary.puzzles, "puzzle")
    if summary.lone:
        return f"{summary.title}: {puzzles}"
    rooms = _count(summary.rooms, "room")
    return f"{summary.title}: {rooms}, {puzzles}, languages {', '.join(summary.languages)}"


def _warnings(outcome: Outcome, summary: Summary) -> int:
    where = absolute(Path(summary.path))
    inside = (p for p in outcome.problems if absolute(Path(p.path)).is_relative_to(where))
    return sum(not p.is_error for p in inside)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
