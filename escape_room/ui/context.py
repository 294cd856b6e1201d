"""What every scene can reach: the pack, the settings, the random generator, the clocks and
the game's scores (the current session and team, and what they recorded)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import InitVar, dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from escape_room.audio.speech import Speech, shared_speech
from escape_room.i18n import LANGUAGES, t
from escape_room.ui import settings as settings_file
from escape_room.ui import theme
from escape_room.ui.look import Look, look_for
from escape_room.ui.settings import Settings as Settings

if TYPE_CHECKING:
    from escape_room.audio.player import Audio
    from escape_room.content.cache import CachedPack, PackHead
    from escape_room.content.pack import Pack
    from escape_room.model.events import Event
    from escape_room.scoring.records import Session, Team
    from escape_room.scoring.service import ScoreService


@dataclass
class GameContext:
    """Shared state handed to every scene. Time and randomness come from here, never from globals.

    `now` is the wall clock used only for timestamps of recorded events; the rules run on the
    frame time passed to `update(dt)`. `scores` keeps the team's events (saving them when it
    can); without it nothing is recorded (the preview).
    """

    given: InitVar[Pack | CachedPack]
    """The pack, or one read from the cache whose models are built when first used."""
    settings: Settings
    rng: random.Random
    now: Callable[[], datetime]
    scores: ScoreService | None = None
    rooms: list[str] = field(default_factory=list)
    """Ids of the rooms a team plays, in order; all of the pack's unless one was chosen."""
    settings_path: Path | None = None
    """Where the settings are kept between runs; None keeps them for this run only."""
    settings_problem: str | None = None
    """What was wrong reading or saving the settings, shown on the title and settings screens."""
    speech: Speech = field(default_factory=shared_speech)
    """Reads texts aloud (one for the whole process); its `problem` says when it cannot."""
    packs: list[Path] = field(default_factory=list)
    """The folders of the packs the title screen offers (the bundled and the installed ones)."""
    scores_opening: bool = False
    """True while the game's scores are still being opened (for the first title frame)."""

    def __post_init__(self, given: Pack | CachedPack) -> None:
        from escape_room.content.cache import CachedPack, head_of

        self._cached = given if isinstance(given, CachedPack) else None
        self._pack = None if isinstance(given, CachedPack) else given
        self.head: PackHead = given.head if isinstance(given, CachedPack) else head_of(given)
        """What the title shows of the pack: read without building its models."""

    @cached_property
    def audio(self) -> Audio:
        """The game's sounds, at the volume of the settings (made at the first use)."""
        from escape_room.audio.player import Audio

        return Audio(lambda: self.settings.loudness)

    @property
    def pack(self) -> Pack:
        """The pack's models (built from the cache at the first use, after the title frame)."""
        if self._pack is None:
            assert self._cached is not None
            self._pack = self._cached.load()
        return self._pack

    @pack.setter
    def pack(self, pack: Pack) -> None:
        from escape_room.content.cache import head_of

        self._pack, self._cached, self.head = pack, None, head_of(pack)

    @property
    def pack_root(self) -> Path:
        """The pack's folder (known without building its models)."""
        return self._cached.root if self._cached is not None else self.pack.root

    @property
    def lang(self) -> str:
        return self.settings.lang

    @property
    def look(self) -> Look:
        return look_for(self.settings.text_scale)

    @property
    def languages(self) -> list[str]:
        """The languages both the pack and the game's screens are written in."""
        both = [code for code in self.head.languages if code in LANGUAGES]
        return both or ["en"]

    def apply_settings(self) -> None:
        """Use the chosen colours, and keep the settings for the next run (when kept)."""
        theme.use_palette(self.settings.contrast, self.settings.colour_blind)
        if self.settings_path is not None:
            self.settings_problem = settings_file.save(self.settings, self.settings_path)

    def t(self, key: str, **fmt: Any) -> str:
        """A screen text in the current language."""
        return t(key, self.settings.lang, **fmt)

    def text(self, text: str | dict[str, str] | None) -> str:
        """A pack text in the current language (the pack's first language when missing)."""
        from escape_room.content.text import resolve

        return resolve(text, self.settings.lang, self.head.languages[0])

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
