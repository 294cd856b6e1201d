"""`escape-room scores export | merge | send | pull | report | delete | check`: the outcomes, out
of the store, into it from other computers (merge) or an LRS (pull), and a check of the whole
store file."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from escape_room.commands.lrsaccess import add_insecure_http, check_lrs_address, credentials
from escape_room.commands.options import session_code
from escape_room.commands.session import data_dir_option, load_given_pack, open_store
from escape_room.errors import CliError
from escape_room.scoring.exports import FORMATS, ExportFormat, Extras
from escape_room.scoring.lrs import LrsError, SendCount, Sender, lrs_key
from escape_room.scoring.records import shown
from escape_room.scoring.sessiondata import SessionData, load_session
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.timefmt import utc_now
from escape_room.scoring.xapi import statements

if TYPE_CHECKING:
    from escape_room.content.pack import Pack


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scores", help="export, merge, send, pull, report, delete or check scores"
    )
    actions = parser.add_subparsers(dest="scores_command", metavar="ACTION", required=True)
    common = [data_dir_option()]
    labels = ", ".join(fmt.label for fmt in FORMATS.values())
    export = actions.add_parser("export", parents=common, help=f"write scores as {labels}")
    _selection(export)
    export.add_argument("--format", choices=tuple(FORMATS), required=True)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    _pack_option(export)
    merge = actions.add_parser("merge", parents=common, help="import JSON exports of other PCs")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    send = actions.add_parser("send", parents=common, help="send xAPI statements to an LRS")
    send.add_argument("--lrs", required=True, metavar="URL", help="the LRS xAPI endpoint")
    send.add_argument(
        "--resend",
        action="store_true",
        help="forget which statements this LRS holds and send all again (it keeps one of each)",
    )
    add_insecure_http(send)
    _selection(send)
    pull = actions.add_parser(
        "pull", parents=common, help="rebuild a session here from the statements an LRS holds"
    )
    pull.add_argument("--lrs", required=True, metavar="URL", help="the LRS xAPI endpoint")
    pull.add_argument(
        "--session", type=session_code, required=True, metavar="CODE", help="the session code"
    )
    pull.add_argument(
        "--full", action="store_true", help="read all the session's statements, not only new ones"
    )
    add_insecure_http(pull)
    report = actions.add_parser("report", parents=common, help="write a printable HTML report")
    _selection(report)
    report.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    _pack_option(report)
    report.set_defaults(format="report")
    delete = actions.add_parser("delete", parents=common, help="delete a session for good")
    delete.add_argument("--session", required=True, metavar="CODE")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    check = actions.add_parser(
        "check", parents=common, help="read the whole score database and check it for damage"
    )
    for action, handler in (
        (export, _export),
        (merge, _merge),
        (send, _send),
        (pull, _pull),
        (report, _export),
        (delete, _delete),
        (check, _check),
    ):
        action.set_defaults(handler=handler)


def _selection(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--session", metavar="CODE", help="session code (default: the latest)")
    group.add_argument("--all", action="store_true", help="every session in the store")
    group.add_argument(
        "--class", dest="class_label", metavar="LABEL", help="every session of this class"
    )


def _pack_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pack", type=Path, help="pack folder, for the report's texts (default: the bundled pack)"
    )


def _chosen(
    store: ScoreStore, args: argparse.Namespace, streaming: bool = False
) -> list[SessionData]:
    """The sessions the command is about, each with at least one recorded event; `streaming`
    ones read each team's events only as they are used (the store must stay open)."""
    if args.all:
        sessions = store.sessions()
    elif args.class_label:
        label = args.class_label.strip().casefold()
        sessions = [s for s in store.sessions() if s.class_label.casefold() == label]
        if not sessions:
            known = sorted({s.class_label for s in store.sessions() if s.class_label})
            raise CliError(
                f"no session of class '{args.class_label}' in {store.path}"
                + (f" (classes: {', '.join(known)})" if known else "")
            )
    elif args.session:
        found = store.find_session(args.session)
        if found is None:
            raise CliError(f"no session '{args.session}' in {store.path} (see: session list)")
        sessions = [found]
    else:
        latest = store.latest_session()
        sessions = [latest] if latest else []
    if not sessions:
        raise CliError(f"no sessions yet in {store.path}: nothing to export")
    chosen = [load_session(store, session.uuid, streaming=streaming) for session in sessions]
    if not any(store.has_events(data.session.uuid) for data in chosen):
        codes = ", ".join(data.session.code for data in chosen)
        raise CliError(f"nothing recorded yet in session {codes}: nothing to export")
    return chosen


def _export(args: argparse.Namespace) -> int:
    """`scores export` and `scores report`: the chosen sessions in the chosen format."""
    fmt: ExportFormat = FORMATS[args.format]
    output: Path = args.output
    if not output.parent.is_dir():
        raise CliError(f"{output.parent}: no such folder for the export")
    extras = Extras(utc_now(), _pack(args.pack) if fmt.uses_pack else None)
    with open_store(args) as store:  # open while writing: the events are read as they are written
        chosen = _chosen(store, args, streaming=True)
        try:
            written = fmt.write(chosen, output, extras)
        except OSError as error:
            raise CliError(f"{output}: cannot write it ({error.strerror})") from None
    for path in written:
        print(f"Wrote {path}")
    return 0


def _pack(folder: Path | None) -> Pack | None:
    """The pack for titles and explanations; a broken pack given on purpose is an error."""
    try:
        return load_given_pack(folder)
    except CliError:
        if folder is not None:
            raise
        return None


def _merge(args: argparse.Namespace) -> int:
    from escape_room.scoring.merge import merge_files  # validates files with pydantic models

    with open_store(args) as store:
        count = merge_files(store, args.files)
    print(
        f"Merged {len(args.files)} file(s): {count.sessions} new session(s), {count.teams} new "
        f"team(s), {count.events} new event(s); {count.known_events} event(s) were already here."
    )
    _warn_of_conflicts(count.conflicts)
    return 0


def _warn_of_conflicts(conflicts: list[str]) -> None:
    if conflicts:
        listed = "; ".join(shown(c) for c in conflicts[:10]) + ("; …" if conflicts[10:] else "")
        print(
            f"Conflicts: {len(conflicts)} event(s) differ from the same event here (same team and"
            f" number) and were kept as they are here: {listed}",
            file=sys.stderr,
        )


def _send(args: argparse.Namespace) -> int:
    check_lrs_address(args.lrs, args.insecure_http)
    with open_store(args) as store:
        chosen = _chosen(store, args)
        sender = Sender(store, args.lrs, credentials(), progress=_show_progress)
        if args.resend:
            for data in chosen:
                store.forget_sent(sender.lrs, data.session.uuid)
        try:
            count = sender.send([(d.session.uuid, list(statements(d))) for d in chosen])
        except LrsError as error:
            raise CliError(f"{sender.lrs}: {error}") from None
    print(
        f"{sender.lrs}: sent {count.sent} statement(s); {count.already} were sent before"
        + (f"; {count.conflicts} were already there" if count.conflicts else "")
        + "."
    )
    return 0


def _pull(args: argparse.Namespace) -> int:
    from escape_room.scoring.pull import Puller  # validates with pydantic models

    check_lrs_address(args.lrs, args.insecure_http)
    code = args.session
    with open_store(args) as store:
        puller = Puller(store, args.lrs, credentials())
        try:
            count = puller.pull(code, full=args.full)
        except LrsError as error:
            raise CliError(f"{lrs_key(args.lrs)}: {error}") from None
    merged = count.merged
    print(
        f"{lrs_key(args.lrs)}: read {count.statements} statement(s) of session {code}:"
        f" {merged.teams} new team(s), {merged.events} new event(s);"
        f" {merged.known_events} event(s) were already here."
    )
    _warn_of_conflicts(merged.conflicts)
    return 0


def _show_progress(count: SendCount, batches_left: int) -> None:
    stored = count.already + count.sent + count.conflicts
    left = f"{batches_left} batch(es) left" if batches_left else "done"
    print(f"{stored} of {count.total} statements stored ({left})", file=sys.stderr, flush=True)


def _delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        session = store.find_session(args.session)
        if session is None:
            raise CliError(f"no session '{args.session}' in {store.path} (see: session list)")
        teams, answers = store.counts(session.uuid)
        _warn_if_in_use(store, session.uuid)
        question = (
            f"Delete session {session.code} (class {shown(session.class_label)}, {teams} team(s), "
            f"{answers} answer(s)) for good? [y/N] "
        )
        if not (args.yes or _confirm(question)):
            print("Nothing deleted.")
            return 1
        store.delete_session(session.uuid)
    print(f"Deleted session {session.code}.")
    return 0


def _check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.check()
        sessions = len(store.sessions())
    print(f"{store.path}: no damage found ({sessions} session(s)).")
    return 0


IN_USE = timedelta(minutes=30)
"""A session with an event recorded this recently may still be played."""


def _warn_if_in_use(store: ScoreStore, session_uuid: str) -> None:
    last = store.last_activity(session_uuid)
    if last is not None and utc_now() - last < IN_USE:
        minutes = int((utc_now() - last).total_seconds() // 60)
        print(
            f"Warning: a team recorded an answer in this session {minutes} minute(s) ago; it may "
            "still be playing. Its game would go on without saving from then on.",
            file=sys.stderr,
        )


def _confirm(question: str) -> bool:
    try:
        return input(question).strip().lower() in ("y", "yes", "t", "taip")
    except EOFError:
        print()
        return False
