"""The export formats, one registry: each has a name, a file suffix and `write(sessions, path,
extras)`, which writes the sessions to `path` (and files beside it) and returns what it wrote.

The command line's `--format` choices, the class results screen's save button and the format
list of docs/facilitator.md all read :data:`FORMATS`, so adding a format means adding its
writer here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from escape_room.scoring.sessiondata import SessionData

if TYPE_CHECKING:
    from escape_room.content.pack import Pack


@dataclass(frozen=True)
class Extras:
    """What some formats need besides the sessions: the time of the export, and the pack (for
    the report's titles and explanations; None when it cannot be loaded)."""

    now: datetime
    pack: Pack | None = None


class ExportFormat(Protocol):
    """One export format; see the module docstring."""

    @property
    def name(self) -> str:
        """What `--format` takes: 'csv'."""

    @property
    def label(self) -> str:
        """What people call it, as the docs and screens name it: 'CSV'."""

    @property
    def suffix(self) -> str:
        """The file name's ending: '.csv'."""

    @property
    def tail(self) -> str:
        """What a saved file's name has after the session's name, before the suffix: '-report'
        (empty for CSV, whose second file takes '-summary')."""

    @property
    def uses_pack(self) -> bool:
        """Whether it shows texts from the pack (then `Extras.pack` is loaded for it)."""

    @property
    def on_screen(self) -> bool:
        """Whether the class results screen saves it."""

    def write(self, sessions: Sequence[SessionData], path: Path, extras: Extras) -> list[Path]:
        """Write the sessions to `path` (whole or not at all); the paths written, main first."""


def _registry() -> dict[str, ExportFormat]:
    from escape_room.scoring.csvexport import CSV, EXCEL
    from escape_room.scoring.jsonexport import JSON
    from escape_room.scoring.report import REPORT
    from escape_room.scoring.xapi import XAPI

    formats: tuple[ExportFormat, ...] = (REPORT, CSV, EXCEL, JSON, XAPI)
    return {fmt.name: fmt for fmt in formats}


FORMATS: dict[str, ExportFormat] = _registry()
"""Every export format by name, in the order the command line and the docs list them."""


def screen_formats() -> list[ExportFormat]:
    """The formats the class results screen saves, in registry order."""
    return [fmt for fmt in FORMATS.values() if fmt.on_screen]


def file_name(fmt: ExportFormat, stem: str) -> str:
    """The name of a file of this format for `stem`: '7B-K7M-2QX-report.html'."""
    return f"{stem}{fmt.tail}{fmt.suffix}"
