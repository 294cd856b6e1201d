"""What every scene can reach: the pack, the settings, the random generator, the clocks and
the game's scores (the current session and team, and what they recorded)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from escape_room.audio.player import Audio
from escape_room.audio.speech import Speech
from escape_room.i18n import LANGUAGES, t
from escape_room.ui.look import LOOKS, Look
from escape_room.ui.theme import TextSize

if TYPE_CHECKING:
    from escape_room.content.pack import Pack
    from escape_room.model.events import Event
    from escape_room.scoring.records import Session, Team
    from escape_room.scoring.service import ScoreService


@dataclass
class Settings:
    """What the players can change in the settings: the language, the text size, the sound
    volume (0–100 %) and mute, reduced motion and reading aloud."""

    lang: str = "en"
    text_size: TextSize = "normal"
    volume: int = 75
    muted: bool = False
    reduced_motion: bool = False
    read_aloud: bool = False

    @property
    def loudness(self) -> float:
        """The volume to play at, 0.0–1.0 (0 when muted)."""
        return 0.0 if self.muted else self.volume / 100


@dataclass
class GameContext:
    """Shared state handed to every scene. Time and randomness come from here, never from globals.

    `now` is the wall clock used only for timestamps of recorded events; the rules run on the
    frame time passed to `update(dt)`. `scores` keeps the team's events (saving them when it
    can); without it nothing is recorded (the preview).
    """

    pack: Pack
    settings: Settings
    rng: random.Random
    now: Callable[[], datetime]
    scores: ScoreService | None = None
    rooms: list[str] = field(default_factory=list)
    """Ids of the rooms a team plays, in order; all of the pack's unless one was chosen."""
    audio: Audio = field(init=False)
    """The game's sounds, at the volume of the settings."""
    speech: Speech = field(default_factory=Speech)
    """Reads texts aloud; its `problem` says when it cannot."""

    def __post_init__(self) -> None:
        self.audio = Audio(lambda: self.settings.loudness)

    @property
    def lang(self) -> str:
        return self.settings.lang

    @property
    def look(self) -> Look:
        return LOOKS[self.settings.text_size]

    @property
    def languages(self) -> list[str]:
        """The languages both the pack and the game's screens are written in."""
        both = [code for code in self.pack.model.languages if code in LANGUAGES]
        return both or ["en"]

    def t(self, key: str, **fmt: Any) -> str:
        """A screen text in the current language."""
        return t(key, self.settings.lang, **fmt)

    def text(self, text: str | dict[str, str] | None) -> str:
        """A pack text in the current language (the pack's first language when missing)."""
        from escape_room.content.text import resolve  # after the first frame: it needs pydantic

        return resolve(text, self.settings.lang, self.pack.model.languages[0])

    @property
    def session(self) -> Session | None:
        return self.scores.session if self.scores is not None else None

    @property
    def team(self) -> Team | None:
        return self.scores.team if self.scores is not None else None

    def record(self, event: Event) -> None:
        """Keep an event of the team; the scores say on screen when it could not be saved."""
        if self.scores is not None:
            self.scores.record(event)
