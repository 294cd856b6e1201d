"""Finding a pack's folder from any file or folder inside it, without loading anything."""

from __future__ import annotations

import os
from pathlib import Path

PACK_FILE = "pack.yaml"
ROOMS_DIR = "rooms"


def find_pack_root(path: Path) -> Path | None:
    """The nearest folder holding `pack.yaml`: `path` itself or a folder above it."""
    start = Path(os.path.abspath(path if path.is_dir() else path.parent))
    for folder in (start, *start.parents):
        if (folder / PACK_FILE).is_file():
            return folder if path.is_absolute() else Path(os.path.relpath(folder))
    return None
