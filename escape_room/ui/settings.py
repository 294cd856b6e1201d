"""What the players can change in the settings, and keeping it between runs.

The settings live in `settings.json` in the user's config folder (or `$ESCAPE_ROOM_CONFIG`).
Reading never fails: a missing file gives the defaults; an unreadable or damaged file, or a
value out of range, gives the default for what is wrong and a note saying so. No pygame here:
the sound and motion code read these fields too.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

CONFIG_ENV = "ESCAPE_ROOM_CONFIG"
FILE_NAME = "settings.json"
TEXT_SCALES: tuple[int, ...] = (100, 125, 150, 175, 200)
"""The text sizes offered, in per cent of the normal size."""
VOLUMES: tuple[int, ...] = (0, 25, 50, 75, 100)
"""The volumes offered, in per cent."""


@dataclass
class Settings:
    """Language, text size (100–200 %), high contrast, colour-blind safe colours, reduced
    motion, sound volume (0–100 %) and mute, and reading aloud."""

    lang: str = "en"
    text_scale: int = 100
    contrast: bool = False
    colour_blind: bool = False
    reduced_motion: bool = False
    volume: int = 75
    muted: bool = False
    read_aloud: bool = False

    @property
    def scale(self) -> float:
        """The text size as a factor (1.0–2.0)."""
        return self.text_scale / 100

    @property
    def loudness(self) -> float:
        """The volume to play at, 0.0–1.0 (0 when muted)."""
        return 0.0 if self.muted else self.volume / 100


@dataclass(frozen=True)
class Loaded:
    """Settings read from a file, and what was wrong with the file (None when nothing)."""

    settings: Settings
    problem: str | None = None


def config_dir() -> Path:
    """`$ESCAPE_ROOM_CONFIG` when set, else the user's config folder."""
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    import platformdirs  # (only when no folder is given: it takes a moment to import)

    return Path(platformdirs.user_config_dir("escape-room", appauthor=False))


def settings_file() -> Path:
    return config_dir() / FILE_NAME


def load(path: Path) -> Loaded:
    """The settings kept in `path`; defaults (with a note) for whatever is missing or wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Loaded(Settings())
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return Loaded(Settings(), f"{path}: could not be read ({error}); using the defaults.")
    if not isinstance(raw, dict):
        return Loaded(Settings(), f"{path}: not a settings file; using the defaults.")
    settings, wrong = Settings(), []
    for field in fields(Settings):
        if field.name not in raw:
            continue
        value = raw[field.name]
        if _valid(field.name, value):
            setattr(settings, field.name, value)
        else:
            wrong.append(field.name)
    if wrong:
        return Loaded(settings, f"{path}: {', '.join(wrong)} reset to the default.")
    return Loaded(settings)


def _valid(name: str, value: object) -> bool:
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if name == "text_scale":
        return value in TEXT_SCALES and not isinstance(value, bool)
    if name == "volume":
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100
    return isinstance(value, str) and 0 < len(value) <= 8


def save(settings: Settings, path: Path) -> str | None:
    """Write the settings to `path` (atomically); a problem to show, or None."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(".tmp")
        scratch.write_text(json.dumps(asdict(settings), indent=2) + "\n", encoding="utf-8")
        os.replace(scratch, path)
    except OSError as error:
        return f"The settings could not be saved: {error}"
    return None
