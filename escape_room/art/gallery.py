"""Render every scene, prop, sign and icon to PNG files, to look at them.

`escape-room gallery OUT_DIR` writes the two pictures for teachers (:func:`write_gallery`):
`signs.png` and `props.png`, each thing labelled with what to type for it. For the art's makers,
`python -m escape_room.art.gallery OUT_DIR` writes those and `scene-<name>.png`,
`in-scene-<name>.png` (the scene with props on it, one highlighted), `room-<id>.png` (each drawn
room of the bundled pack with its hotspot props and exit door) and `icons.png`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame

from escape_room.art import palette as c
from escape_room.art.icons import KINDS, draw_icon
from escape_room.art.panorama import panorama_surface
from escape_room.art.pen import font
from escape_room.art.props import PROPS, draw_door, draw_prop
from escape_room.art.scenes import SCENES, draw_scene
from escape_room.art.signs import draw_sign
from escape_room.content.models import Shape
from escape_room.content.pack import load_pack
from escape_room.content.problems import ContentError
from escape_room.content.signs import SIGNS as SIGN_LIST
from escape_room.paths import bundled_pack

_BACKDROP = (236, 238, 232)
_CELL = (214, 218, 224)
_PLACED = {
    "street": (
        ("sign", (690, 300, 80, 140), False),
        ("traffic-light", (440, 300, 60, 140), False),
        ("car", (140, 470, 240, 100), True),
        ("bicycle", (800, 500, 150, 100), False),
        ("mailbox", (1060, 490, 70, 110), False),
    ),
    "railway": (
        ("railway-crossing", (420, 300, 170, 130), True),
        ("bus-stop", (880, 380, 240, 170), False),
        ("bus", (250, 450, 250, 120), False),
        ("reflector", (60, 480, 70, 90), False),
    ),
    "schoolyard": (
        ("bicycle", (60, 440, 150, 100), False),
        ("backpack", (420, 450, 80, 100), True),
        ("helmet", (560, 470, 110, 80), False),
        ("poster", (860, 280, 70, 90), False),
        ("bench", (700, 500, 160, 80), False),
    ),
}
"""Props put on each scene to judge how they stand out: prop, rect, highlighted."""


def _label(surface: pygame.Surface, text: str, centre: tuple[int, int]) -> None:
    picture = font(13).render(text, True, c.INK)
    surface.blit(picture, picture.get_rect(center=centre))


def _sheet(columns: int, count: int, cell: tuple[int, int]) -> pygame.Surface:
    rows = (count + columns - 1) // columns
    sheet = pygame.Surface((columns * cell[0] + 10, rows * cell[1] + 10))
    sheet.fill(_BACKDROP)
    return sheet


def props_sheet() -> pygame.Surface:
    """Every prop large, small (60 × 60) and highlighted, each in a box showing its rect."""
    sheet = _sheet(6, len(PROPS), (215, 230))
    for i, prop in enumerate(PROPS):
        x, y = 10 + i % 6 * 215, 10 + i // 6 * 230
        for rect, highlight in (
            (pygame.Rect(x, y, 200, 140), False),
            (pygame.Rect(x, y + 146, 60, 60), False),
            (pygame.Rect(x + 70, y + 146, 130, 60), True),
        ):
            pygame.draw.rect(sheet, _CELL, rect, 1)
            draw_prop(sheet, prop, rect, highlight)
        _label(sheet, f"prop: {prop}", (x + 100, y + 218))
    return sheet


def signs_sheet() -> pygame.Surface:
    """Every sign at 140 px and at 48 px, labelled with its KET number (where given) and name."""
    sheet = _sheet(6, len(SIGN_LIST), (215, 250))
    for i, sign in enumerate(SIGN_LIST):
        x, y = 10 + i % 6 * 215, 10 + i // 6 * 250
        draw_sign(sheet, sign.name, pygame.Rect(x + 30, y, 140, 140))
        draw_sign(sheet, sign.name, pygame.Rect(x + 76, y + 146, 48, 48))
        if sign.number is not None:
            _label(sheet, f'sign: "{sign.number}"', (x + 100, y + 208))
        _label(sheet, f"sign: {sign.name}", (x + 100, y + 226))
    return sheet


def write_gallery(out: Path) -> list[Path]:
    """Write `signs.png` and `props.png` to `out`; returns their paths."""
    pygame.init()
    written = []
    for name, sheet in (("signs.png", signs_sheet()), ("props.png", props_sheet())):
        pygame.image.save(sheet, out / name)
        written.append(out / name)
    return written


def icons_sheet() -> pygame.Surface:
    """Every icon at 96 and 40 px, the ten digit tiles, and the exit door shut and open."""
    sheet = _sheet(10, 30, (110, 130))
    for i, kind in enumerate(KINDS):
        x = 10 + i * 110
        digit = "7" if kind == "digit" else None
        draw_icon(sheet, kind, pygame.Rect(x, 10, 96, 96), digit)
        draw_icon(sheet, kind, pygame.Rect(x + 28, 112, 40, 40), digit)
        _label(sheet, kind, (x + 48, 166))
    for n in range(10):
        draw_icon(sheet, "digit", pygame.Rect(10 + n * 56, 186, 48, 48), str(n))
    for i, (locked, highlight) in enumerate(((True, False), (False, False), (True, True))):
        draw_door(sheet, pygame.Rect(620 + i * 160, 186, 150, 200), locked, highlight)
    return sheet


def in_scene(name: str) -> pygame.Surface:
    """Scene `name` with a few props on it, as a room would show them."""
    surface = pygame.Surface((1280, 720))
    draw_scene(surface, name)
    for prop, rect, highlight in _PLACED[name]:
        draw_prop(surface, prop, pygame.Rect(rect), highlight)
    return surface


def _bounds(shape: Shape) -> pygame.Rect:
    return pygame.Rect([round(v) for v in shape.bounds()])


def room_pictures() -> dict[str, pygame.Surface]:
    """Each room of the bundled pack drawn on its scene or whole panorama: background, hotspot
    props, exit door."""
    try:
        pack = load_pack(bundled_pack())
    except ContentError as error:
        print(f"the bundled pack does not load, so no room pictures: {error}", file=sys.stderr)
        return {}
    pictures = {}
    for room in pack.rooms:
        model = room.model
        if model.panorama is not None and model.panorama.scene is not None:
            surface = panorama_surface(model.panorama.scene).copy()
        elif model.background is not None and model.background.scene is not None:
            surface = pygame.Surface((1280, 720))
            draw_scene(surface, model.background.scene)
        else:
            continue
        for hotspot in model.hotspots:
            if hotspot.drawn_prop is not None:
                draw_prop(surface, hotspot.drawn_prop, _bounds(hotspot.shape))
        draw_door(surface, _bounds(model.exit.shape), locked=True)
        pictures[model.id] = surface
    return pictures


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m escape_room.art.gallery OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    for name in SCENES:
        surface = pygame.Surface((1280, 720))
        draw_scene(surface, name)
        pygame.image.save(surface, out / f"scene-{name}.png")
        pygame.image.save(in_scene(name), out / f"in-scene-{name}.png")
    rooms = room_pictures()
    for room_id, picture in rooms.items():
        pygame.image.save(picture, out / f"room-{room_id}.png")
    write_gallery(out)
    pygame.image.save(icons_sheet(), out / "icons.png")
    print(f"wrote {len(SCENES) * 2 + len(rooms) + 3} pictures to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
