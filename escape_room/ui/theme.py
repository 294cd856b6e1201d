"""Colours, spacing and type sizes of the game's screens, chosen for a projector in a lit room.

Text is dark on light panels or white on deep blue (contrast ratios above 7:1), sizes are large,
and the focus ring is a thick orange outline that shows on both.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

Colour = tuple[int, int, int]

WIDTH, HEIGHT = 1280, 720
"""The logical canvas every scene draws on; the window shows it scaled and letterboxed."""
HUD_HEIGHT = 70
INVENTORY_HEIGHT = 110

INK: Colour = (24, 30, 44)
MUTED_INK: Colour = (70, 78, 96)
PAPER: Colour = (250, 248, 240)
PANEL: Colour = (255, 255, 255)
PANEL_EDGE: Colour = (150, 158, 176)
BACKDROP: Colour = (30, 52, 96)
BAR: Colour = (22, 34, 60)
BAR_TEXT: Colour = (255, 255, 255)
LETTERBOX: Colour = (0, 0, 0)
BUTTON: Colour = (38, 84, 166)
BUTTON_HOVER: Colour = (30, 104, 204)
BUTTON_TEXT: Colour = (255, 255, 255)
BUTTON_QUIET: Colour = (226, 230, 240)
BUTTON_DISABLED: Colour = (160, 166, 178)
SELECTED: Colour = (16, 128, 76)
FOCUS: Colour = (255, 140, 0)
GOOD: Colour = (16, 128, 76)
BAD: Colour = (190, 30, 40)
WARN: Colour = (255, 204, 0)
DIM_ALPHA = 150

SPACE = 16
"""The basic gap between things, in logical pixels."""
RADIUS = 10
FOCUS_WIDTH = 4

BODY = 26
"""Body text size in pixels at text size 'normal'."""
HEADING = 40
TITLE = 60
SMALL = 21
MIN_TEXT = 18
"""The smallest readable size at text size 100 %: text is never shrunk below it (scaled by the
text size setting); what does not fit is paged, scrolled or cut with an ellipsis."""


@dataclass(frozen=True)
class Palette:
    """The colours a theme sets: every colour constant above, by its lower-case name."""

    ink: Colour = INK
    muted_ink: Colour = MUTED_INK
    paper: Colour = PAPER
    panel: Colour = PANEL
    panel_edge: Colour = PANEL_EDGE
    backdrop: Colour = BACKDROP
    bar: Colour = BAR
    bar_text: Colour = BAR_TEXT
    button: Colour = BUTTON
    button_hover: Colour = BUTTON_HOVER
    button_text: Colour = BUTTON_TEXT
    button_quiet: Colour = BUTTON_QUIET
    button_disabled: Colour = BUTTON_DISABLED
    selected: Colour = SELECTED
    focus: Colour = FOCUS
    good: Colour = GOOD
    bad: Colour = BAD
    warn: Colour = WARN
    dim_alpha: int = DIM_ALPHA


STANDARD = Palette()
CONTRAST = Palette(
    ink=(0, 0, 0),
    muted_ink=(0, 0, 0),
    paper=(255, 255, 255),
    panel=(255, 255, 255),
    panel_edge=(0, 0, 0),
    backdrop=(0, 0, 0),
    bar=(0, 0, 0),
    button=(0, 40, 120),
    button_hover=(0, 70, 170),
    button_quiet=(255, 255, 255),
    button_disabled=(110, 110, 110),
    selected=(0, 70, 30),
    focus=(200, 0, 200),
    good=(0, 90, 30),
    bad=(160, 0, 0),
    warn=(255, 220, 0),
    dim_alpha=200,
)
"""High contrast: black on white panels, white on black bars, thicker dimming."""
COLOUR_BLIND = {"good": (0, 90, 181), "bad": (200, 80, 0), "selected": (0, 90, 181)}
"""Right in blue and wrong in orange (Okabe–Ito), which colour-blind players tell apart."""


def use_palette(contrast: bool = False, colour_blind: bool = False) -> Palette:
    """Make the theme's colour constants those of the chosen palette; returns it.

    Screens read `theme.INK` and the others when they draw, so a change shows at once.
    """
    chosen = CONTRAST if contrast else STANDARD
    if colour_blind:
        chosen = Palette(
            **{
                **{f.name: getattr(chosen, f.name) for f in fields(chosen)},
                **{k: v for k, v in COLOUR_BLIND.items()},
            }
        )
    for field in fields(chosen):
        globals()[field.name.upper()] = getattr(chosen, field.name)
    return chosen


@dataclass(frozen=True)
class Style:
    """How a kind of text looks: size at 100 %, colour (a palette name), weight, alignment."""

    size: int = BODY
    colour: str = "ink"
    bold: bool = False
    align: str = "left"
    valign: str = "top"


STYLES: dict[str, Style] = {
    "body": Style(),
    "body.bold": Style(bold=True),
    "body.middle": Style(valign="middle"),
    "body.muted": Style(colour="muted_ink", valign="middle"),
    "small": Style(size=SMALL),
    "small.muted": Style(size=SMALL, colour="muted_ink"),
    "heading": Style(size=HEADING, bold=True, align="center", valign="middle"),
    "heading.left": Style(size=HEADING, bold=True, valign="middle"),
    "title": Style(size=TITLE, bold=True, colour="bar_text", align="center", valign="middle"),
    "label": Style(bold=True, valign="middle"),
    "button": Style(bold=True, colour="button_text", align="center", valign="middle"),
    "field": Style(valign="middle"),
    "field.empty": Style(colour="muted_ink", valign="middle"),
    "bar": Style(bold=True, colour="bar_text", valign="middle"),
    "bar.plain": Style(colour="bar_text", valign="middle"),
    "bar.small": Style(size=SMALL, colour="bar_text", align="center", valign="middle"),
    "bar.clock": Style(size=HEADING, bold=True, colour="bar_text", align="center", valign="middle"),
    "bar.warning": Style(size=SMALL, bold=True, colour="warn", align="right", valign="middle"),
    "bar.points": Style(bold=True, colour="bar_text", align="right", valign="middle"),
    "screen.title": Style(
        size=HEADING, bold=True, colour="bar_text", align="center", valign="middle"
    ),
    "screen.text": Style(colour="bar_text"),
    "screen.note": Style(size=SMALL, colour="bar_text", align="center", valign="middle"),
    "card.title": Style(size=HEADING, bold=True, valign="middle"),
    "card.body": Style(),
    "puzzle.title": Style(size=HEADING, bold=True, valign="middle"),
    "puzzle.prompt": Style(valign="middle"),
    "puzzle.caption": Style(bold=True, colour="muted_ink"),
    "puzzle.option": Style(bold=True, align="center", valign="middle"),
    "hint": Style(size=SMALL + 2, bold=True, valign="middle"),
    "hint.offer": Style(size=SMALL + 2, colour="muted_ink", valign="middle"),
    "feedback.wrong": Style(colour="bad", align="center", valign="middle"),
    "feedback.note": Style(bold=True, align="center", valign="middle"),
    "feedback.right": Style(size=HEADING, bold=True, colour="good", valign="middle"),
    "slot": Style(size=SMALL, colour="button_text", valign="middle"),
    "stakes": Style(size=SMALL + 2, colour="muted_ink", align="center", valign="middle"),
    "result.feedback": Style(bold=True),
    "result.body": Style(),
    "reward": Style(bold=True, valign="middle"),
    "table.head": Style(size=SMALL, colour="muted_ink", valign="bottom"),
    "table.cell": Style(size=SMALL, valign="middle"),
    "tile.caption": Style(size=SMALL, colour="muted_ink", align="center", valign="middle"),
    "debrief.title": Style(size=HEADING, bold=True, align="center", valign="middle"),
    "debrief.objective": Style(bold=True, valign="middle"),
    "debrief.figure": Style(size=SMALL, colour="muted_ink", valign="middle"),
}
"""Every named text style; screens ask for text by these names."""
