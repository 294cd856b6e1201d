"""Where things live: the bundled pack and assets, the folder that keeps the scores, and the
cache of checked packs."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_bundled"
TEMPLATES = _PACKAGE / "templates"
"""The commented starting points `escape-room new` writes."""
DATA_ENV = "ESCAPE_ROOM_DATA"
CACHE_ENV = "ESCAPE_ROOM_CACHE"


def _shipped(name: str) -> Path:
    """A top-level folder of the source tree, or its copy inside an installed wheel."""
    inside = _BUNDLED / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def assets_dir() -> Path:
    return _shipped("assets")


def bundled_pack() -> Path:
    return _shipped("puzzles")


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` when given, else `$ESCAPE_ROOM_DATA`, else the user's data folder."""
    if explicit:
        return Path(explicit)
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    import platformdirs  # (only when no folder is given: it takes a moment to import)

    return Path(platformdirs.user_data_dir("escape-room", appauthor=False))


def packs_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where `escape-room pack import` installs packs: `packs` in the data folder."""
    return data_dir(explicit) / "packs"


def installed_packs(explicit: str | os.PathLike[str] | None = None) -> list[Path]:
    """The folders of the packs installed with `pack import`, in order of their ids."""
    folder = packs_dir(explicit)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if (p / "pack.yaml").is_file())


def cache_dir() -> Path:
    """`$ESCAPE_ROOM_CACHE` when set, else the user's cache folder (checked packs kept there)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    import platformdirs  # (only when no folder is given: it takes a moment to import)

    return Path(platformdirs.user_cache_dir("escape-room", appauthor=False))
