"""The puzzle-pack format: pydantic models that are the single source of truth.

A pack is a folder holding `pack.yaml` (a :class:`PackFile`), one file per room in
`rooms/<room-id>.yaml` (a :class:`RoomFile`), and the room's puzzles in
`rooms/<room-id>/*.yaml` (each a :class:`~escape_room.content.puzzlefile.PuzzleFile` holding
one or more puzzles). Each puzzle type's model lives in its kind's module in
:mod:`escape_room.kinds`, on :class:`PuzzleBase`. Validation, the JSON Schema and the examples
in the authoring guide all derive from these models.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from escape_room.content.signs import on_pole, sign_name
from escape_room.content.textfield import LocalText

Id = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        max_length=64,
        description="Short name: lower-case letters, digits, '-' and '_', e.g. 'bus-stop'.",
    ),
]
LanguageCode = Annotated[
    str, Field(pattern=r"^[a-z]{2}$", description="ISO 639-1 code, e.g. 'en'.")
]
Point = tuple[float, float]
SceneName = Literal["street", "railway", "schoolyard"]
PanoramaName = Literal["crossroads"]
SignKind = Literal[
    "railway-barrier",
    "children",
    "warning",
    "priority-road",
    "give-way",
    "stop",
    "prohibitory",
    "no-entry",
    "mandatory",
    "cycle-path",
    "pedestrian-crossing",
    "101",
    "105",
    "201",
    "203",
    "204",
    "401",
]
"""The traffic signs the game draws in their Vienna-convention shapes, by name or KET number
(:mod:`escape_room.content.signs` says which is which; a test keeps the two lists the same)."""


def _known_sign(value: object) -> object:
    """A sign the game draws, by its name (a KET number is read as the sign's name), or a
    message naming the closest ones."""
    return sign_name(value) if isinstance(value, str) else value


Sign = Annotated[SignKind, BeforeValidator(_known_sign)]
Prop = Literal[
    "sign",
    "stop-sign",
    "give-way-sign",
    "warning-sign",
    "prohibitory-sign",
    "priority-sign",
    "mandatory-sign",
    "traffic-light",
    "crosswalk",
    "bus-stop",
    "bus",
    "car",
    "bicycle",
    "helmet",
    "reflector",
    "phone",
    "backpack",
    "poster",
    "railway-crossing",
    "bench",
    "tree",
    "lamp-post",
    "child-seat",
    "mailbox",
    "pedestrian",
    "pedestrian-phone",
    "child-ball",
    "cyclist",
    "vest",
    "ticket-machine",
    "barrier",
    "e-scooter",
]


def _number_of(value: object) -> object:
    """A whole number written as text ('2', as YAML is read) as that number, for a choice of
    numbers, which pydantic does not convert by itself."""
    return int(value) if isinstance(value, str) and value.strip().isdigit() else value


Difficulty = Annotated[Literal[1, 2, 3], BeforeValidator(_number_of)]
SCENE_WIDTH = 1280
SCENE_HEIGHT = 720
PANORAMA_WIDTH = 3840
"""The width of a drawn panorama: three screens for the full turn."""


class Strict(BaseModel):
    """Base of every format model: unknown keys are errors, so a misspelt key is caught.

    Files are read with every value as text; pydantic turns a text into a number or true/false
    where a field wants one (`0715` is 715 there, and stays '0715' where a text is wanted).
    Infinity and not-a-number are refused. Validators are built at the first validation
    (`defer_build`): the game plays from a cache of checked packs and never needs them.
    """

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        coerce_numbers_to_str=True,
        allow_inf_nan=False,
        defer_build=True,
    )


# --- shared pieces -----------------------------------------------------------------


class Shape(Strict):
    """An area on the 1280×720 scene: exactly one of `rect`, `circle` or `polygon`."""

    rect: tuple[float, float, float, float] | None = Field(
        None, description="[x, y, width, height] in scene pixels."
    )
    circle: tuple[float, float, float] | None = Field(
        None, description="[centre x, centre y, radius] in scene pixels."
    )
    polygon: list[Point] | None = Field(
        None, min_length=3, description="Corner points [[x, y], ...], at least three."
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> Shape:
        given = [name for name in ("rect", "circle", "polygon") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of 'rect', 'circle' or 'polygon'")
        if self.rect is not None and (self.rect[2] <= 0 or self.rect[3] <= 0):
            raise ValueError("a rect needs a positive width and height: [x, y, width, height]")
        if self.circle is not None and self.circle[2] <= 0:
            raise ValueError("a circle needs a positive radius: [x, y, radius]")
        return self

    def contains(self, x: float, y: float) -> bool:
        """Whether the point lies inside the shape."""
        if self.rect is not None:
            rx, ry, rw, rh = self.rect
            return rx <= x <= rx + rw and ry <= y <= ry + rh
        if self.circle is not None:
            cx, cy, r = self.circle
            return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
        return _inside_polygon(self.polygon or [], x, y)

    def bounds(self) -> tuple[float, float, float, float]:
        """The enclosing rectangle as (x, y, width, height)."""
        if self.rect is not None:
            return self.rect
        if self.circle is not None:
            cx, cy, r = self.circle
            return (cx - r, cy - r, 2 * r, 2 * r)
        xs = [p[0] for p in self.polygon or []]
        ys = [p[1] for p in self.polygon or []]
        return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _inside_polygon(points: list[Point], x: float, y: float) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


class Image(Strict):
    """A picture: from the pack's assets folder, or a scene, sign or object the game draws."""

    image: LocalText | None = Field(
        None, description="Path inside the pack's assets folder; may differ per language."
    )
    scene: SceneName | None = Field(None, description="A scene the game draws instead of an image.")
    sign: Sign | None = Field(
        None,
        description="A traffic sign the game draws, shown beside a question: its KET number"
        " or name, e.g. '203' or 'give-way'.",
    )
    prop: Prop | None = Field(
        None, description="An object the game draws (a traffic light, a level crossing ...)."
    )
    alt: LocalText | None = Field(
        None,
        description="What the picture shows, in words: read out, and said where it is not seen."
        " Needed for a sign or prop.",
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> Image:
        given = [k for k in ("image", "scene", "sign", "prop") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of 'image', 'scene', 'sign' or 'prop'")
        if (self.sign is not None or self.prop is not None) and self.alt is None:
            raise ValueError("a drawn sign or prop needs 'alt': what it shows, in words")
        return self

    @property
    def is_small(self) -> bool:
        """Whether it is a sign or object shown beside a question, not a whole scene."""
        return self.sign is not None or self.prop is not None


def whole_scene(image: Image, what: str) -> Image:
    """`image`, checked to be a whole scene or picture (`what` names it in the message)."""
    if image.is_small:
        raise ValueError(f"{what} is a 'scene' or an 'image', not a 'sign' or 'prop'")
    return image


class Hint(Strict):
    """A hint the team can ask for; hints are shown in the order they are written."""

    text: LocalText = Field(description="The hint shown to the team.")
    cost: int | None = Field(
        None, ge=0, description="Points this hint costs; the room's hint policy when left out."
    )


class Reward(Strict):
    """What solving a puzzle gives: a clue text, a code digit, an item, or several of them."""

    clue: LocalText | None = Field(None, description="A clue shown and kept in the inventory.")
    digit: str | None = Field(
        None, pattern=r"^[0-9]$", description="One digit of a code lock, as a string: '7'."
    )
    item: Id | None = Field(None, description="Id of an item declared in the room.")

    @model_validator(mode="after")
    def _not_empty(self) -> Reward:
        if self.clue is None and self.digit is None and self.item is None:
            raise ValueError("a reward gives at least one of 'clue', 'digit' or 'item'")
        return self


class Feedback(Strict):
    """What the game says after an answer."""

    correct: LocalText | None = Field(None, description="Shown after a right answer.")
    incorrect: LocalText | None = Field(None, description="Shown after a wrong answer.")


# --- puzzles ------------------------------------------------------------------------


class PuzzleBase(Strict):
    """The keys every puzzle has, whatever its type."""

    id: Id = Field(description="The puzzle's id, unique in the whole pack.")
    title: LocalText = Field(description="A short name shown above the puzzle.")
    prompt: LocalText = Field(description="The question or task the team reads.")
    objectives: list[Id] = Field(min_length=1, description="Ids of the pack's learning objectives.")
    source: str = Field(min_length=1, description="Where the facts in this puzzle come from.")
    difficulty: Difficulty = Field(1, description="1 easy, 2 medium, 3 hard.")
    points: int = Field(10, ge=0, description="Points for solving it at the first try.")
    hints: list[Hint] = Field(default_factory=list, description="Hints, cheapest first.")
    feedback: Feedback = Field(
        default_factory=Feedback, description="What the game says after a right or wrong answer."
    )
    explanation: LocalText | None = Field(
        None, description="Shown after the puzzle and in the debrief when it was missed."
    )
    reward: Reward | None = Field(None, description="What solving the puzzle gives the team.")
    image: Image | None = Field(None, description="A picture shown with the prompt.")


class Option(Strict):
    """One answer to choose from."""

    id: Id = Field(description="The option's id, unique in its question.")
    text: LocalText = Field(description="The answer as the team reads it.")
    correct: bool = Field(False, description="Whether choosing this option is right.")
    feedback: LocalText | None = Field(None, description="Shown when this option is chosen.")


class AgeRange(Strict):
    """The ages the pack is written for."""

    min: int = Field(ge=4, le=99, description="Youngest age, in years.")
    max: int = Field(ge=4, le=99, description="Oldest age, in years.")

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.min > self.max:
            raise ValueError("'min' must not be greater than 'max'")
        return self


# --- rooms --------------------------------------------------------------------------


class Opens(Strict):
    """What a hotspot opens: exactly one of a puzzle, a clue text or an item."""

    puzzle: Id | None = Field(None, description="Id of a puzzle of this room.")
    clue: LocalText | None = Field(None, description="A clue shown and kept in the inventory.")
    item: Id | None = Field(None, description="Id of an item of this room the team picks up.")

    @model_validator(mode="after")
    def _exactly_one(self) -> Opens:
        if sum(value is not None for value in (self.puzzle, self.clue, self.item)) != 1:
            raise ValueError("give exactly one of 'puzzle', 'clue' or 'item'")
        return self


class Hotspot(Strict):
    """A place in the room the team can click or select."""

    id: Id = Field(description="The hotspot's id, unique in its room.")
    label: LocalText = Field(description="Its name, read out and shown on focus.")
    shape: Shape = Field(description="Where it is on the 1280×720 scene or the panorama.")
    opens: Opens = Field(description="What selecting it opens.")
    prop: Prop | None = Field(
        None, description="An object the game draws in this area on a drawn scene, e.g. 'sign'."
    )
    sign: Sign | None = Field(
        None,
        description="A road sign on a pole drawn here, by its KET number or name, e.g. '203'"
        " or 'cycle-path'; with a sign prop, or alone.",
    )
    requires: list[Id] = Field(
        default_factory=list, description="Items the team must hold before this opens."
    )

    @model_validator(mode="after")
    def _sign_on_a_sign(self) -> Hotspot:
        if self.sign is not None and self.prop is not None and not self.prop.endswith("sign"):
            raise ValueError(
                f"a 'sign' is drawn on a pole, not on a '{self.prop}': leave out 'prop' or"
                " write 'prop: sign'"
            )
        return self

    @property
    def drawn_prop(self) -> str | None:
        """What the game draws here: the prop, or the sign on its pole (`sign:<name>`)."""
        return on_pole(self.sign) if self.sign is not None else self.prop


class Item(Strict):
    """Something the team can pick up and carry, e.g. a key."""

    id: Id = Field(description="The item's id, unique in its room.")
    name: LocalText = Field(description="Its name in the inventory.")
    description: LocalText | None = Field(None, description="Shown when the item is looked at.")


class Lock(Strict):
    """How the exit opens: exactly one way."""

    code_from: list[Id] | None = Field(
        None,
        min_length=1,
        max_length=8,
        description="Puzzles whose digit rewards, in this order, make the door code.",
    )
    items: list[Id] | None = Field(None, min_length=1, description="Items that open the door.")
    all_puzzles: bool | None = Field(
        None, description="The door opens once every puzzle is solved."
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> Lock:
        given = [v for v in (self.code_from, self.items, self.all_puzzles) if v]
        if len(given) != 1:
            raise ValueError("give exactly one of 'code_from', 'items' or 'all_puzzles: true'")
        return self


class Exit(Strict):
    """The door out of the room, and how it opens."""

    label: LocalText = Field(description="Its name, read out and shown on focus.")
    shape: Shape = Field(description="Where it is on the 1280×720 scene or the panorama.")
    lock: Lock = Field(description="How the door opens.")


class HintPolicy(Strict):
    """How hints are paid for in this room."""

    cost: int = Field(5, ge=0, description="Points each hint costs unless the hint says otherwise.")


class Landmark(Strict):
    """A named place on a panorama's compass strip, e.g. the bus stop."""

    at: float = Field(ge=0, description="Where it is: the x of the panorama, from 0.")
    label: LocalText = Field(description="Its name on the compass strip.")


class Panorama(Strict):
    """A scene wider than the screen that wraps around: the team turns to look at all of it.

    Hotspots and the exit are placed in its pixels: x runs from 0 to `width` and on past the
    seam, where the picture joins up again at 0; y from 0 to 720 as on a flat scene.
    """

    scene: PanoramaName | None = Field(
        None, description="A panorama the game draws (3840 wide) instead of a picture."
    )
    image: LocalText | None = Field(
        None,
        description="A panoramic picture in the pack's assets folder; may differ per language.",
    )
    width: int = Field(
        PANORAMA_WIDTH,
        ge=2 * SCENE_WIDTH,
        le=8 * SCENE_WIDTH,
        description="The panorama's width in scene pixels for the full turn (it is 720 high).",
    )
    start: float = Field(0, ge=0, description="The x the team faces first, in the screen's middle.")
    landmarks: list[Landmark] = Field(
        default_factory=list,
        description="Places named on the compass strip; north, east, south and west when none.",
    )

    @model_validator(mode="after")
    def _fits(self) -> Panorama:
        if (self.image is None) == (self.scene is None):
            raise ValueError("give exactly one of 'image' or 'scene'")
        if self.scene is not None and self.width != PANORAMA_WIDTH:
            raise ValueError(f"a drawn panorama is {PANORAMA_WIDTH} wide: leave out 'width'")
        beyond = [at for at in (self.start, *(m.at for m in self.landmarks)) if at >= self.width]
        if beyond:
            raise ValueError(
                f"x {beyond[0]:g} lies beyond the panorama, which runs from 0 to {self.width}"
            )
        return self


class RoomFile(Strict):
    """A room: `rooms/<room-id>.yaml`. Its puzzles live in `rooms/<room-id>/*.yaml`."""

    id: Id = Field(description="The room's id: the same as its file name without '.yaml'.")
    title: LocalText = Field(description="The room's name.")
    intro: LocalText = Field(description="Read when the room starts: the story and the task.")
    outro: LocalText = Field(description="Read when the team escapes.")
    background: Image | None = Field(
        None, description="The scene behind the hotspots; or give 'panorama' instead."
    )
    panorama: Panorama | None = Field(
        None, description="A scene the team turns around in, instead of a 'background'."
    )
    time_limit: int = Field(ge=60, le=7200, description="Seconds the team has to escape.")
    hint_policy: HintPolicy = Field(
        default_factory=HintPolicy, description="What hints cost in this room."
    )
    items: list[Item] = Field(default_factory=list, description="Things the team can pick up.")
    hotspots: list[Hotspot] = Field(min_length=1, description="The places the team can open.")
    exit: Exit = Field(description="The door out, and its lock.")
    age: AgeRange | None = Field(
        None, description="The ages this room is written for, when narrower than the pack's."
    )

    @field_validator("background")
    @classmethod
    def _a_scene(cls, image: Image | None) -> Image | None:
        return image and whole_scene(image, "a room's background")

    @model_validator(mode="after")
    def _one_scene(self) -> RoomFile:
        if (self.background is None) == (self.panorama is None):
            raise ValueError("give exactly one of 'background' or 'panorama'")
        return self

    @property
    def drawn(self) -> bool:
        """Whether the game draws the scene (and the hotspots' props) rather than a picture."""
        scenery = self.panorama or self.background
        return scenery is not None and scenery.scene is not None


# --- the pack -----------------------------------------------------------------------


class Objective(Strict):
    """Something the students learn; puzzles and knowledge-check items name it by id."""

    id: Id = Field(description="The objective's id, unique in the pack.")
    title: LocalText = Field(description="A short name, shown in reports.")
    description: LocalText | None = Field(None, description="What students should know or do.")
    curriculum: str | None = Field(None, description="Reference in the school curriculum.")


class CheckItem(Strict):
    """One question of the knowledge check, linked to a learning objective."""

    id: Id = Field(description="The item's id, unique in the knowledge check.")
    objective: Id = Field(description="Id of the learning objective it measures.")
    prompt: LocalText = Field(description="The question.")
    options: list[Option] = Field(
        min_length=2, max_length=6, description="Two to six options; exactly one correct."
    )
    source: str = Field(min_length=1, description="Where the fact asked comes from.")
    image: Image | None = Field(
        None, description="A sign or object shown with the question (its 'alt' says it in words)."
    )

    @model_validator(mode="after")
    def _one_correct(self) -> CheckItem:
        if sum(option.correct for option in self.options) != 1:
            raise ValueError("a knowledge-check item has exactly one option with 'correct: true'")
        return self


class KnowledgeCheck(Strict):
    """Two parallel forms of the same length, asked before the first room and after the last."""

    form_a: list[CheckItem] = Field(min_length=1, description="Asked before the first room.")
    form_b: list[CheckItem] = Field(min_length=1, description="Asked after the last room.")


class PackFile(Strict):
    """`pack.yaml`: what the pack is, its objectives, its rooms in order."""

    id: Id = Field(description="The pack's id.")
    title: LocalText = Field(description="The pack's name, shown on the title screen.")
    version: str = Field(description="The pack's version, e.g. '1.0'; scores record it.")
    authors: list[str] = Field(min_length=1, description="Who wrote the pack.")
    licence: str = Field(description="The licence of the content, e.g. 'CC-BY-4.0'.")
    languages: list[LanguageCode] = Field(
        min_length=1, description="Languages every text is written in; the first is the default."
    )
    age: AgeRange = Field(description="Youngest and oldest age of the players, in years.")
    description: LocalText | None = Field(None, description="A few lines for the teacher.")
    objectives: list[Objective] = Field(min_length=1, description="The learning objectives.")
    rooms: list[Id] = Field(min_length=1, description="Room ids in playing order.")
    knowledge_check: KnowledgeCheck | None = Field(
        None, description="Questions asked before and after playing, to measure learning."
    )
    assets: str = Field("assets", description="Folder of the pack's images, relative to pack.yaml.")

    @field_validator("languages")
    @classmethod
    def _unique_languages(cls, languages: list[str]) -> list[str]:
        if len(set(languages)) != len(languages):
            raise ValueError("each language is listed once")
        return languages
