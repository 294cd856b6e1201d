"""What the store hands out: class sessions and teams, and the short codes that name sessions."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Form = Literal["A", "B"]
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679"
"""Letters and digits nobody mixes up when read aloud (no 0/O, 1/I/L, 5/S, 8/B, Z)."""
CODE_LENGTH = 6
_CODE_PATTERN = re.compile(rf"^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")


@dataclass(frozen=True)
class Session:
    """One class session: a class playing one pack on this computer."""

    uuid: str
    code: str
    class_label: str
    created: datetime
    pack_id: str
    pack_hash: str
    language: str


@dataclass(frozen=True)
class Team:
    """A team of a session; `check_forms` are its knowledge-check forms before and after."""

    id: str
    session_uuid: str
    name: str
    nicknames: tuple[str, ...]
    check_forms: tuple[Form, Form]
    created: datetime


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


def forms_for(team_index: int) -> tuple[Form, Form]:
    """Counterbalanced forms: teams 0, 2, 4... take A before and B after, the others B then A."""
    return ("A", "B") if team_index % 2 == 0 else ("B", "A")
