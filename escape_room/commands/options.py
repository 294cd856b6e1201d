"""Command-line options that several commands share."""

from __future__ import annotations

import argparse


def frame_count(text: str) -> int:
    """The value of `--frames`: a whole number of frames, 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}': give a whole number of frames, 1 or more")
    return value


def session_code(text: str) -> str:
    """The value of `--session`: a session code in any spelling ('k7m2qx'), made canonical."""
    from escape_room.scoring.records import normalise_code

    code = normalise_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a session code: six letters and digits, like K7M-2QX"
        )
    return code


PC_ENV = "ESCAPE_ROOM_PC"


def pc_label(given: str | None) -> str:
    """This computer's name for the scores: `--pc`, else $ESCAPE_ROOM_PC, else the host name."""
    import os
    import socket

    name = given or os.environ.get(PC_ENV) or socket.gethostname()
    return " ".join(name.split())[:40]


LANG_ENV = "ESCAPE_ROOM_LANG"


def add_message_language(parser: argparse.ArgumentParser) -> None:
    """`--lang en|lt`: the language of the messages of an authoring command."""
    parser.add_argument(
        "--lang",
        choices=("en", "lt"),
        help=f"language of the messages (default: ${LANG_ENV}, else the system's language)",
    )


def message_language(given: str | None) -> str:
    """`--lang`, else $ESCAPE_ROOM_LANG, else 'lt' in a Lithuanian locale, else 'en'."""
    import os

    chosen = given or os.environ.get(LANG_ENV) or ""
    if not chosen:
        locale = next(
            (os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(k)), ""
        )
        chosen = locale[:2].lower()
    return "lt" if chosen.lower().startswith("lt") else "en"
