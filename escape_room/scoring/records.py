"""What the store hands out: class sessions and teams, and the short codes that name sessions."""

from __future__ import annotations

import random
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Form = Literal["A", "B"]
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679"
"""Letters and digits nobody mixes up when read aloud (no 0/O, 1/I/L, 5/S, 8/B, Z)."""
CODE_LENGTH = 6
_CODE_PATTERN = re.compile(rf"^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")


SESSION_NAMESPACE = uuid.UUID("4f1c2a9e-5b7d-4e0a-9c3f-2d8e6a1b7c50")


@dataclass(frozen=True)
class Session:
    """One class session: a class playing one pack, on one computer or on many that joined it
    by its code. Its UUID comes from the code, so every computer that joins agrees on it; the
    class label is empty on a computer that joined before it had the facilitator's export."""

    uuid: str
    code: str
    class_label: str
    created: datetime
    pack_id: str
    pack_hash: str
    language: str


@dataclass(frozen=True)
class Team:
    """A team of a session; `check_forms` are its knowledge-check forms before and after;
    `name` is unique within the session; `pc` names the computer it played on."""

    id: str
    session_uuid: str
    name: str
    nicknames: tuple[str, ...]
    check_forms: tuple[Form, Form]
    created: datetime
    pc: str = ""


def new_code(rng: random.Random) -> str:
    """A fresh session code such as 'K7M-2QX'."""
    letters = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{letters[:3]}-{letters[3:]}"


def normalise_code(text: str) -> str | None:
    """The code in canonical form ('k7m2qx' → 'K7M-2QX'), or None when `text` is not a code."""
    letters = re.sub(r"[\s-]", "", text).upper()
    if not _CODE_PATTERN.match(letters):
        return None
    return f"{letters[:3]}-{letters[3:]}"


def session_uuid(code: str) -> str:
    """The session UUID every computer derives from the same code."""
    return str(uuid.uuid5(SESSION_NAMESPACE, code))


def forms_for(team_id: str, previous: tuple[Form, Form] | None) -> tuple[Form, Form]:
    """Counterbalanced forms (A before and B after, or B then A): the opposite of the previous
    team's on the same computer, so each computer alternates; its first team's from a bit of the
    team's random id, so computers that never meet still split a class evenly in expectation."""
    if previous is not None:
        return ("B", "A") if previous[0] == "A" else ("A", "B")
    return ("A", "B") if uuid.UUID(team_id).int % 2 == 0 else ("B", "A")


def forms_by_join_order(
    earlier: Iterable[tuple[str, tuple[Form, Form]]],
) -> tuple[Form, Form] | None:
    """The forms of a team joining a class whose `earlier` teams are known (each as its creation
    time, UTC text, and its forms), so that forms alternate by join order: the first form fewer
    of them had first, or on a tie the opposite of the latest team's. None when none is known."""
    ordered = sorted(earlier)
    if not ordered:
        return None
    a_first = sum(forms[0] == "A" for _, forms in ordered)
    b_first = len(ordered) - a_first
    if a_first == b_first:
        return ("B", "A") if ordered[-1][1][0] == "A" else ("A", "B")
    return ("A", "B") if a_first < b_first else ("B", "A")


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or `name 2`, `name 3`... whichever is not in `taken` (compared case-blind)."""
    folded = {t.casefold() for t in taken}
    candidate, number = name, 1
    while candidate.casefold() in folded:
        number += 1
        candidate = f"{name} {number}"
    return candidate


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_label(text: str) -> str:
    """A class label, team name or nickname as it is kept: without NUL and bidirectional
    override characters, which could hide or reorder what a CSV cell or report shows."""
    return "".join(c for c in text if c != "\0" and c not in _BIDI_CONTROLS)


def shown(text: str) -> str:
    """A label as a terminal may print it: control and format characters escaped ('\\x1b')."""
    return "".join(
        c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in ("Cc", "Cf") else c
        for c in text
    )
