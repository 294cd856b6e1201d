"""Small drawings used in several places: a walking person, a tree, a cloud, a wheel, a window."""

from __future__ import annotations

from escape_room.art import palette as c
from escape_room.art.pen import Pen


def walker(pen: Pen, x: float, feet: float, height: float, colour: c.Colour) -> None:
    """A walking person pictogram, feet at (x, feet), facing right."""

    def at(dx: float, dy: float) -> tuple[float, float]:
        return (x + dx * height, feet - dy * height)

    limb = 0.1 * height
    hip, shoulder = at(0.0, 0.44), at(0.05, 0.72)
    pen.circle(*at(0.09, 0.88), 0.1 * height, colour, ink=False)
    pen.stroke([shoulder, hip], colour, 0.14 * height)
    pen.stroke([hip, at(0.12, 0.22), at(0.24, 0.03)], colour, limb)
    pen.stroke([hip, at(-0.06, 0.22), at(-0.2, 0.05)], colour, limb)
    pen.stroke([shoulder, at(0.18, 0.6), at(0.27, 0.5)], colour, limb * 0.8)
    pen.stroke([shoulder, at(-0.09, 0.6), at(-0.2, 0.52)], colour, limb * 0.8)


def tree(pen: Pen, x: float, ground: float, height: float, far: bool = False) -> None:
    """A round leafy tree standing on (x, ground)."""
    leaf, shade = (c.FOLIAGE_FAR, c.FOLIAGE) if far else (c.FOLIAGE, c.FOLIAGE_DARK)
    r = height * 0.3
    pen.rect(x - height * 0.05, ground - height * 0.42, height * 0.1, height * 0.42, c.TRUNK)
    pen.circle(x, ground - height + r, r, leaf)
    pen.circle(x - r * 0.62, ground - height * 0.5, r * 0.72, leaf)
    pen.circle(x + r * 0.62, ground - height * 0.5, r * 0.72, leaf)
    pen.circle(x + r * 0.2, ground - height * 0.48, r * 0.78, shade, ink=False)
    pen.circle(x - r * 0.62, ground - height * 0.52, r * 0.6, leaf, ink=False)
    pen.circle(x, ground - height + r, r * 0.86, leaf, ink=False)
    pen.circle(x - r * 0.3, ground - height + r * 0.7, r * 0.3, c.GRASS_FAR, ink=False)


def cloud(pen: Pen, x: float, y: float, width: float) -> None:
    """A flat cloud whose bottom left corner is at (x, y)."""
    u = width / 10
    pen.rect(x, y - 2 * u, width, 2 * u, c.CLOUD, radius=u)
    pen.circle(x + 3 * u, y - 2.4 * u, 2 * u, c.CLOUD)
    pen.circle(x + 6 * u, y - 3 * u, 2.6 * u, c.CLOUD)
    pen.rect(x + u, y - 1.2 * u, width - 2 * u, 1.2 * u, c.CLOUD_SHADE, radius=u * 0.6)


def wheel(pen: Pen, x: float, y: float, r: float) -> None:
    """A car or bus wheel: tyre, rim and hub."""
    pen.circle(x, y, r, c.TYRE)
    pen.circle(x, y, r * 0.55, c.METAL)
    pen.circle(x, y, r * 0.2, c.METAL_DARK, ink=False)


def window(pen: Pen, x: float, y: float, w: float, h: float, frame: c.Colour = c.WHITE) -> None:
    """A framed window pane with a glint and a cross bar."""
    bar = max(w, h) * 0.08
    pen.rect(x - bar, y - bar, w + 2 * bar, h + 2 * bar, frame)
    pen.rect(x, y, w, h, c.WINDOW)
    pen.poly(
        [(x, y + h * 0.55), (x + w * 0.55, y), (x + w * 0.8, y), (x, y + h * 0.8)], c.WINDOW_SHINE
    )
    pen.rect(x + w / 2 - bar / 2, y, bar, h, frame)
