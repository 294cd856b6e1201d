"""From the debrief: save a copy of the team's scores in another folder (a USB stick), in the
format `scores merge` takes, for a class whose computers are not connected or whose data folder
failed. No native dialog: the team types a folder, or picks one of the removable drives found.
The screen says where the copy went, or in plain words why it could not be written.
"""

from __future__ import annotations

import errno
import getpass
import os
import string
from collections.abc import Callable, Iterable
from pathlib import Path

import pygame

from escape_room.ui import layout, theme
from escape_room.ui.context import GameContext
from escape_room.ui.scene import ModalScene
from escape_room.ui.widgets import Button, TextInput, Widget

_PANEL = pygame.Rect(120, 40, 1040, 640)
_SHOWN = 4
"""At most this many drives are offered."""
_PLAIN = {
    errno.ENOSPC: "copy.full",
    errno.EACCES: "copy.read_only",
    errno.EROFS: "copy.read_only",
    errno.EPERM: "copy.read_only",
    errno.ENOENT: "copy.gone",
}
"""The plain reason for each error a copy may meet (others: the system's own words)."""


def removable_folders(roots: Iterable[Path] | None = None) -> list[Path]:
    """Folders that look like USB sticks or other removable drives: the mounts under
    /media/USER, /run/media/USER and /Volumes, and the drive letters D: to Z: (Windows)."""
    if roots is None:
        roots = _mount_roots()
    found: list[Path] = []
    for root in roots:
        try:
            found += sorted(p for p in root.iterdir() if p.is_dir() and p.name != "Macintosh HD")
        except OSError:
            continue
    if os.name == "nt":
        found += [Path(f"{d}:\\") for d in string.ascii_uppercase[3:] if Path(f"{d}:\\").exists()]
    return found


def _mount_roots() -> list[Path]:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    return [Path("/media") / user, Path("/run/media") / user, Path("/Volumes")]


class SaveCopyScene(ModalScene[Path | None]):
    """Ends (Back or Esc) with the path of the copy written, or None when none was."""

    def __init__(self, ctx: GameContext, drives: list[Path] | None = None) -> None:
        super().__init__(ctx)
        self.drives = (removable_folders() if drives is None else drives)[:_SHOWN]
        start = self.drives[0] if self.drives else Path.home()
        self.folder = TextInput("copy:folder", "", (0, 0, 0, 0), str(start), max_length=240)
        self.folder.on_submit = self.save
        self.message, self.failed = "", False
        self.written: Path | None = None

    def enter(self) -> None:
        self.settings_changed()
        self.focus.set("copy:save")

    def settings_changed(self) -> None:
        t = self.ctx.t
        _, field, drives, _, foot = self._regions()
        self.folder.label, self.folder.rect = t("copy.folder"), field
        self.items = [self.folder]
        for n, (drive, box) in enumerate(zip(self.drives, self._drive_boxes(drives), strict=False)):
            pick = self._picker(drive)
            self.items.append(Button(f"copy:drive:{n}", str(drive), box, pick, "quiet"))
        back, save = layout.columns(foot, (1.0, 1.0), theme.SPACE)
        self.items += [
            Button("copy:back", t("common.back"), back, self._back, "quiet"),
            Button("copy:save", t("copy.save"), save, self.save),
        ]

    def _back(self) -> None:
        self.dismiss(self.written)

    def escape_result(self) -> tuple[Path | None]:
        return (self.written,)

    def _regions(self) -> tuple[pygame.Rect, ...]:
        """The explanation, the folder box, the drives, the message and the buttons."""
        look = self.look
        inner = layout.inset(_PANEL, 2 * theme.SPACE, theme.SPACE)
        _, rest = layout.top(inner, look.px(theme.HEADING) + 16)
        explain, rest = layout.top(rest, look.height(self.ctx.t("copy.explain"), rest.width))
        field, rest = layout.top(rest, look.px(theme.BODY) + 30, theme.SPACE)
        foot, rest = layout.bottom(rest, look.px(theme.BODY) + 36, theme.SPACE)
        note, drives = layout.bottom(rest, 2 * look.px(theme.BODY) + 16, theme.SPACE)
        return explain, field, drives, note, foot

    def _drive_boxes(self, area: pygame.Rect) -> list[pygame.Rect]:
        height = self.look.px(theme.BODY) + 20
        count = (area.height + layout.GAP) // (height + layout.GAP)
        return layout.rows(area, count, tallest=height) if count else []

    def _picker(self, drive: Path) -> Callable[[], None]:
        def pick() -> None:
            self.folder.value = str(drive)
            self.message = ""

        return pick

    def save(self) -> None:
        """Write the copy into the folder typed, and say where it went or why it did not."""
        t, scores = self.ctx.t, self.ctx.scores
        folder = Path(self.folder.value.strip()).expanduser()
        self.failed = True
        if scores is None:
            self.message = t("copy.nothing")
        elif not self.folder.value.strip() or not folder.is_dir():
            self.message = t("copy.no_folder", folder=folder)
        else:
            try:
                path = scores.save_copy(folder)
            except ValueError:
                self.message = t("copy.nothing")
            except OSError as error:
                self.message = t("copy.failed", why=self._why(error))
            else:
                self.message, self.failed, self.written = t("copy.saved", path=path), False, path
                print(self.message, flush=True)
                self.focus.set("copy:back")

    def _why(self, error: OSError) -> str:
        key = _PLAIN.get(error.errno or 0)
        return self.ctx.t(key) if key else (error.strerror or str(error))

    def widgets(self) -> list[Widget]:
        return self.items

    def draw(self, surface: pygame.Surface) -> None:
        look, t = self.look, self.ctx.t
        look.panel(surface, _PANEL, theme.PAPER)
        explain, _, _, note, _ = self._regions()
        title = pygame.Rect(_PANEL.x, _PANEL.y + theme.SPACE, _PANEL.width, look.px(theme.HEADING))
        look.heading(surface, t("copy.title"), title)
        look.text(surface, t("copy.explain"), explain, style="body")
        self.draw_widgets(surface)
        if self.message:
            colour = theme.BAD if self.failed else theme.GOOD
            look.text(surface, self.message, note, style="body.bold", colour=colour)
