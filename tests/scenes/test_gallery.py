"""`escape-room gallery`: every sign and prop drawn with what to type for it, as in the guide."""

from __future__ import annotations

from pathlib import Path

import pygame

from escape_room.art.gallery import props_sheet, signs_sheet
from escape_room.cli import main

DOCS = Path(__file__).resolve().parents[2] / "docs" / "gallery"


def test_the_command_writes_the_sign_and_prop_pictures(tmp_path: Path) -> None:
    assert main(["gallery", str(tmp_path / "out")]) == 0
    signs = pygame.image.load(tmp_path / "out" / "signs.png")
    props = pygame.image.load(tmp_path / "out" / "props.png")
    assert signs.get_size() == signs_sheet().get_size()
    assert props.get_size() == props_sheet().get_size()


def test_the_guide_s_pictures_show_every_sign_and_prop_there_is() -> None:
    """When a sign or prop is added, the sheets grow: regenerate with
    `escape-room gallery docs/gallery`."""
    assert pygame.image.load(DOCS / "signs.png").get_size() == signs_sheet().get_size()
    assert pygame.image.load(DOCS / "props.png").get_size() == props_sheet().get_size()


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["gallery", str(blocker / "out")]) == 2
