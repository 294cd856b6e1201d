"""Where things stand on each scene the game draws: its ground lines and landmarks.

The drawing code (`art/scenes.py`, `art/panorama.py`) takes its heights and places from here, and
the authoring guide's table of ground lines is generated from here (`reference.update`), so the
guide always says where the drawn ground really is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# street
STREET_PAVEMENT_TOP = 392
STREET_ROAD = (437, 565)
STREET_KERB = 8
STREET_CROSSING = (515, 665)
# railway
RAILWAY_HORIZON = 292
RAILWAY_TRACK = (372, 428)
RAILWAY_ROAD_MIDDLE = 640
RAILWAY_PLATFORM = (464, 598)
# schoolyard
SCHOOLYARD_YARD_TOP = 420
SCHOOLYARD_RACKS = (50, 380, 500)
SCHOOLYARD_FENCE = (548, 608)
SCHOOLYARD_GATE = (560, 720)
SCHOOLYARD_HOPSCOTCH = (900, 1126)
# crossroads (panorama)
CROSSROADS_HORIZON = 330
CROSSROADS_BUILDINGS = CROSSROADS_HORIZON + 96
CROSSROADS_PAVEMENT = 430
CROSSROADS_ROADS = {"ahead": 480, "right": 1440, "behind": 2400, "left": 3360}
CROSSROADS_ZEBRA = (470, 540)
CROSSROADS_RAILWAY = (388, 420)
CROSSROADS_BUS_BAY = (452, 560)
PLAY_TOP, PLAY_BOTTOM = 70, 610
"""What the clock (above) and the inventory (below) leave free on every scene."""


@dataclass(frozen=True)
class Mark:
    """A height (`y`) or a place across (`x`) on a scene, and what is there, in English and in
    Lithuanian (the guides' tables)."""

    axis: Literal["x", "y"]
    at: tuple[int, ...]
    what: str
    lt: str

    def where(self) -> str:
        """'y 437', 'y 372–428' or 'x 515–665'."""
        return f"{self.axis} {_span(self.at)}"


def _span(values: tuple[int, ...]) -> str:
    return "–".join(str(v) for v in values)


def _street() -> tuple[Mark, ...]:
    top, bottom = STREET_ROAD
    return (
        Mark(
            "y",
            (STREET_PAVEMENT_TOP,),
            "the houses and the school stand here; the back pavement starts",
            "čia stovi namai ir mokykla; prasideda galinis šaligatvis",
        ),
        Mark(
            "y",
            (top,),
            "the back pavement ends and the road starts: stand signs and people here",
            "baigiasi galinis šaligatvis ir prasideda važiuojamoji dalis: čia statykite kelio"
            " ženklus ir žmones",
        ),
        Mark(
            "y",
            (top, bottom),
            "the road: cars and buses stand with their wheels on it",
            "važiuojamoji dalis: automobiliai ir autobusai stovi ratais ant jos",
        ),
        Mark(
            "y",
            (bottom + STREET_KERB,),
            "the front pavement starts, after the kerb",
            "už bortelio prasideda priekinis šaligatvis",
        ),
        Mark("x", STREET_CROSSING, "the zebra crossing", "pėsčiųjų perėja"),
    )


def _railway() -> tuple[Mark, ...]:
    return (
        Mark(
            "y", (RAILWAY_HORIZON,), "the horizon: the fields start", "horizontas: prasideda laukai"
        ),
        Mark(
            "y",
            RAILWAY_TRACK,
            "the railway track, across the whole scene",
            "geležinkelio bėgiai per visą sceną",
        ),
        Mark(
            "y",
            (RAILWAY_TRACK[1],),
            "the track ends; the grass in front of it starts",
            "baigiasi bėgiai; prasideda žolė prieš juos",
        ),
        Mark(
            "x",
            (RAILWAY_ROAD_MIDDLE,),
            "the middle of the road, which widens towards the bottom",
            "kelio vidurys; kelias į apačią platėja",
        ),
        Mark(
            "y",
            RAILWAY_PLATFORM,
            "the bus-stop platform, right of the road",
            "autobusų stotelės aikštelė kelio dešinėje",
        ),
    )


def _schoolyard() -> tuple[Mark, ...]:
    left, right, base = SCHOOLYARD_RACKS
    return (
        Mark(
            "y",
            (SCHOOLYARD_YARD_TOP,),
            "the school stands here; the yard starts",
            "čia stovi mokykla; prasideda kiemas",
        ),
        Mark(
            "y",
            (base,),
            f"the bike racks stand here, x {left}–{right}",
            f"čia stovi dviračių stovai, x {left}–{right}",
        ),
        Mark(
            "y",
            SCHOOLYARD_FENCE,
            "the fence along the front of the yard",
            "tvora kiemo priekyje",
        ),
        Mark("x", SCHOOLYARD_GATE, "the gate: the gap in the fence", "vartai: tarpas tvoroje"),
        Mark(
            "y",
            (SCHOOLYARD_FENCE[1],),
            "the pavement outside the fence starts",
            "už tvoros prasideda šaligatvis",
        ),
        Mark("x", SCHOOLYARD_HOPSCOTCH, "the hopscotch squares", "„klasių“ žaidimo langeliai"),
    )


def _crossroads() -> tuple[Mark, ...]:
    roads = CROSSROADS_ROADS
    return (
        Mark("y", (CROSSROADS_HORIZON,), "the horizon", "horizontas"),
        Mark(
            "y",
            (CROSSROADS_BUILDINGS,),
            "the houses, the school and the trees stand here",
            "čia stovi namai, mokykla ir medžiai",
        ),
        Mark(
            "y",
            (CROSSROADS_PAVEMENT,),
            "the pavement round the crossroads starts",
            "prasideda šaligatvis aplink sankryžą",
        ),
        Mark(
            "x",
            (roads["ahead"],),
            f"the road ahead; its zebra crossing y {_span(CROSSROADS_ZEBRA)}",
            f"kelias priekyje; jo pėsčiųjų perėja y {_span(CROSSROADS_ZEBRA)}",
        ),
        Mark(
            "x",
            (roads["right"],),
            "the road to the right, with a cycle lane",
            "kelias dešinėje, su dviračių eismo juosta",
        ),
        Mark(
            "x",
            (roads["behind"],),
            f"the road behind; its bus bay y {_span(CROSSROADS_BUS_BAY)}",
            f"kelias už nugaros; jo autobusų sustojimo aikštelė y {_span(CROSSROADS_BUS_BAY)}",
        ),
        Mark(
            "x",
            (roads["left"],),
            f"the road to the left; the railway y {_span(CROSSROADS_RAILWAY)}",
            f"kelias kairėje; geležinkelis y {_span(CROSSROADS_RAILWAY)}",
        ),
    )


GROUND: dict[str, tuple[Mark, ...]] = {
    "street": _street(),
    "railway": _railway(),
    "schoolyard": _schoolyard(),
    "crossroads": _crossroads(),
}
"""Every scene and panorama the game draws, with its marks, top to bottom."""
_HEADINGS = {"en": "| scene | where | what is there |", "lt": "| scena | kur | kas ten yra |"}


def ground_table(lang: str = "en") -> str:
    """The guide's Markdown table of every drawn scene's ground lines and landmarks, in `lang`
    ("en" or "lt")."""
    rows = [_HEADINGS[lang], "| --- | --- | --- |"]
    for scene, marks in GROUND.items():
        rows += [
            f"| `{scene}` | {mark.where()} | {mark.lt if lang == 'lt' else mark.what} |"
            for mark in marks
        ]
    return "\n".join(rows) + "\n"
