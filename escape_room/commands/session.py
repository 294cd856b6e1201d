"""`escape-room session new | list`: start a class session and see the sessions in the store.

Also holds what every scores command shares: the `--data-dir` option and opening the store.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from escape_room import paths
from escape_room.errors import USAGE, CliError
from escape_room.scoring.records import shown
from escape_room.scoring.store import ScoreStore
from escape_room.scoring.timefmt import utc_now

if TYPE_CHECKING:
    from escape_room.content.pack import Pack


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("session", help="start a class session, list sessions")
    commands = parser.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    new = commands.add_parser(
        "new", parents=[data_dir_option()], help="start a class session; prints its code"
    )
    new.add_argument("--class", dest="class_label", required=True, metavar="LABEL")
    new.add_argument("--pack", type=Path, help="pack folder (default: the bundled pack)")
    new.add_argument("--lang", choices=("en", "lt"), help="language (default: the pack's first)")
    new.set_defaults(handler=_new)
    listing = commands.add_parser("list", parents=[data_dir_option()], help="list the sessions")
    listing.set_defaults(handler=_list)


def data_dir_option() -> argparse.ArgumentParser:
    """A parent parser with `--data-dir`, which every command that uses the scores takes."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder of scores.sqlite3 (default: ${paths.DATA_ENV} or the user's data folder)",
    )
    return parent


def open_store(args: argparse.Namespace) -> ScoreStore:
    return ScoreStore.open(paths.data_dir(args.data_dir))


def load_given_pack(folder: Path | None) -> Pack:
    """The pack in `folder` (by default the bundled one); CliError listing what is wrong."""
    from escape_room.content.pack import load_pack  # only the commands that need a pack load it
    from escape_room.content.problems import ContentError

    try:
        return load_pack(folder or paths.bundled_pack())
    except ContentError as error:
        raise CliError(f"the pack cannot be used:\n{error}") from None


def _new(args: argparse.Namespace) -> int:
    from escape_room.content.pack import content_hash

    pack = load_given_pack(args.pack)
    languages = pack.model.languages
    language = args.lang or languages[0]
    if language not in languages:
        raise CliError(f"the pack is in {', '.join(languages)}, not {language}", USAGE)
    with open_store(args) as store:
        session = store.new_session(
            args.class_label, pack.model.id, content_hash(pack), language, utc_now()
        )
    print(session.code)
    print(
        f"Session {session.code} started for class {session.class_label} "
        f"(pack {session.pack_id}, {language}) in {store.path}",
        file=sys.stderr,
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        sessions = store.sessions()
        if not sessions:
            print(f"No sessions yet in {store.path}.")
            return 0
        print(f"{'code':<8} {'started (UTC)':<17} {'teams':>5} {'answers':>7}  pack  class")
        for session in sessions:
            teams, answers = store.counts(session.uuid)
            started = session.created.strftime("%Y-%m-%d %H:%M")
            print(
                f"{session.code:<8} {started:<17} {teams:>5} {answers:>7}  "
                f"{shown(session.pack_id)}/{session.language}  {shown(session.class_label)}"
            )
    return 0
