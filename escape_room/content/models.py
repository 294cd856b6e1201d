"""The puzzle-pack format: pydantic models that are the single source of truth.

A pack is a folder holding `pack.yaml` (a :class:`PackFile`), one file per room in
`rooms/<room-id>.yaml` (a :class:`RoomFile`), and the room's puzzles in
`rooms/<room-id>/*.yaml` (each a :class:`PuzzleFile` holding one or more puzzles).
Validation, the JSON Schema and the examples in the authoring guide all derive from these models.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from escape_room.content.text import LocalText

Id = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        max_length=64,
        description="Short name: lower-case letters, digits, '-' and '_', e.g. 'bus-stop'.",
    ),
]
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2}$", description="ISO 639-1 code, e.g. 'en'.")]
Point = tuple[float, float]
SceneName = Literal["street", "railway", "schoolyard"]
Prop = Literal[
    "sign",
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
]
SCENE_WIDTH = 1280
SCENE_HEIGHT = 720


class Strict(BaseModel):
    """Base of every format model: unknown keys are errors, so a misspelt key is caught."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


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
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


class Image(Strict):
    """A picture from the pack's assets folder, or a scene the game draws itself."""

    image: LocalText | None = Field(
        None, description="Path inside the pack's assets folder; may differ per language."
    )
    scene: SceneName | None = Field(None, description="A scene the game draws instead of an image.")

    @model_validator(mode="after")
    def _exactly_one(self) -> Image:
        if (self.image is None) == (self.scene is None):
            raise ValueError("give exactly one of 'image' or 'scene'")
        return self


class Hint(Strict):
    text: LocalText
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
    correct: LocalText | None = None
    incorrect: LocalText | None = None


# --- puzzles ------------------------------------------------------------------------


class PuzzleBase(Strict):
    id: Id
    title: LocalText
    prompt: LocalText
    objectives: list[Id] = Field(min_length=1, description="Ids of the pack's learning objectives.")
    source: str = Field(min_length=1, description="Where the facts in this puzzle come from.")
    difficulty: Literal[1, 2, 3] = 1
    points: int = Field(10, ge=0)
    hints: list[Hint] = Field(default_factory=list)
    feedback: Feedback = Field(default_factory=Feedback)
    explanation: LocalText | None = Field(
        None, description="Shown after the puzzle and in the debrief when it was missed."
    )
    reward: Reward | None = None
    image: Image | None = None


class Option(Strict):
    id: Id
    text: LocalText
    correct: bool = False
    feedback: LocalText | None = Field(None, description="Shown when this option is chosen.")


class MultipleChoice(PuzzleBase):
    type: Literal["multiple_choice"]
    options: list[Option] = Field(min_length=2, max_length=8)
    shuffle: bool = True

    @model_validator(mode="after")
    def _some_correct(self) -> MultipleChoice:
        if not any(option.correct for option in self.options):
            raise ValueError("mark at least one option with 'correct: true'")
        return self


class TrueFalse(PuzzleBase):
    type: Literal["true_false"]
    answer: bool
    feedback_true: LocalText | None = None
    feedback_false: LocalText | None = None


class Step(Strict):
    id: Id
    text: LocalText


class Ordering(PuzzleBase):
    type: Literal["ordering"]
    steps: list[Step] = Field(
        min_length=2, max_length=8, description="The steps in their correct order."
    )


class Pair(Strict):
    left: LocalText
    right: LocalText


class Matching(PuzzleBase):
    type: Literal["matching"]
    pairs: list[Pair] = Field(min_length=2, max_length=6)


class Category(Strict):
    id: Id
    label: LocalText


class CategorizedItem(Strict):
    text: LocalText
    category: Id


class Categorize(PuzzleBase):
    type: Literal["categorize"]
    categories: list[Category] = Field(min_length=2, max_length=4)
    items: list[CategorizedItem] = Field(min_length=2, max_length=10)


class Target(Strict):
    id: Id
    label: LocalText
    shape: Shape


class HotspotPuzzle(PuzzleBase):
    type: Literal["hotspot"]
    image: Image = Field(description="The picture in which hazards are found.")
    targets: list[Target] = Field(min_length=1, max_length=12)
    find: int | None = Field(None, ge=1, description="How many to find; all targets when omitted.")

    @model_validator(mode="after")
    def _find_fits(self) -> HotspotPuzzle:
        if self.find is not None and self.find > len(self.targets):
            raise ValueError(f"'find' is {self.find} but only {len(self.targets)} targets are given")
        return self


class Numeric(PuzzleBase):
    type: Literal["numeric"]
    answer: float
    tolerance: float = Field(0, ge=0)
    unit: LocalText | None = None


class TextAnswer(PuzzleBase):
    type: Literal["text"]
    answer: LocalText
    accept: list[LocalText] = Field(default_factory=list, description="Other accepted answers.")


class CodeLock(PuzzleBase):
    type: Literal["code_lock"]
    digits_from: list[Id] = Field(
        min_length=1, max_length=8, description="Puzzles whose digit rewards make the code, in order."
    )


Puzzle = Annotated[
    MultipleChoice
    | TrueFalse
    | Ordering
    | Matching
    | Categorize
    | HotspotPuzzle
    | Numeric
    | TextAnswer
    | CodeLock,
    Field(discriminator="type"),
]
PUZZLE_TYPES = (
    "multiple_choice",
    "true_false",
    "ordering",
    "matching",
    "categorize",
    "hotspot",
    "numeric",
    "text",
    "code_lock",
)


class PuzzleFile(Strict):
    """A file in `rooms/<room-id>/` holding one or more puzzles of that room."""

    puzzles: list[Puzzle] = Field(min_length=1)


# --- rooms --------------------------------------------------------------------------


class Opens(Strict):
    """What a hotspot opens: exactly one of a puzzle, a clue text or an item."""

    puzzle: Id | None = None
    clue: LocalText | None = None
    item: Id | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Opens:
        if sum(value is not None for value in (self.puzzle, self.clue, self.item)) != 1:
            raise ValueError("give exactly one of 'puzzle', 'clue' or 'item'")
        return self


class Hotspot(Strict):
    id: Id
    label: LocalText
    shape: Shape
    opens: Opens
    prop: Prop | None = Field(
        None, description="An object the game draws in this area on a drawn scene, e.g. 'sign'."
    )
    requires: list[Id] = Field(
        default_factory=list, description="Items the team must hold before this opens."
    )


class Item(Strict):
    id: Id
    name: LocalText
    description: LocalText | None = None


class Lock(Strict):
    """How the exit opens: exactly one way."""

    code_from: list[Id] | None = Field(
        None,
        min_length=1,
        max_length=8,
        description="Puzzles whose digit rewards, in this order, make the door code.",
    )
    items: list[Id] | None = Field(None, min_length=1, description="Items that open the door.")
    all_puzzles: bool | None = Field(None, description="The door opens once every puzzle is solved.")

    @model_validator(mode="after")
    def _exactly_one(self) -> Lock:
        given = [v for v in (self.code_from, self.items, self.all_puzzles) if v]
        if len(given) != 1:
            raise ValueError("give exactly one of 'code_from', 'items' or 'all_puzzles: true'")
        return self


class Exit(Strict):
    label: LocalText
    shape: Shape
    lock: Lock


class HintPolicy(Strict):
    cost: int = Field(5, ge=0, description="Points each hint costs unless the hint says otherwise.")


class RoomFile(Strict):
    """A room: `rooms/<room-id>.yaml`. Its puzzles live in `rooms/<room-id>/*.yaml`."""

    id: Id
    title: LocalText
    intro: LocalText
    outro: LocalText
    background: Image
    time_limit: int = Field(ge=60, le=7200, description="Seconds the team has to escape.")
    hint_policy: HintPolicy = Field(default_factory=HintPolicy)
    items: list[Item] = Field(default_factory=list)
    hotspots: list[Hotspot] = Field(min_length=1)
    exit: Exit


# --- the pack -----------------------------------------------------------------------


class Objective(Strict):
    id: Id
    title: LocalText
    description: LocalText | None = None
    curriculum: str | None = Field(None, description="Reference in the school curriculum.")


class AgeRange(Strict):
    min: int = Field(ge=4, le=99)
    max: int = Field(ge=4, le=99)

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.min > self.max:
            raise ValueError("'min' must not be greater than 'max'")
        return self


class CheckItem(Strict):
    """One question of the knowledge check, linked to a learning objective."""

    id: Id
    objective: Id
    prompt: LocalText
    options: list[Option] = Field(min_length=2, max_length=6)
    source: str = Field(min_length=1)

    @model_validator(mode="after")
    def _one_correct(self) -> CheckItem:
        if sum(option.correct for option in self.options) != 1:
            raise ValueError("a knowledge-check item has exactly one option with 'correct: true'")
        return self


class KnowledgeCheck(Strict):
    """Two parallel forms of the same length, asked before the first room and after the last."""

    form_a: list[CheckItem] = Field(min_length=1)
    form_b: list[CheckItem] = Field(min_length=1)


class PackFile(Strict):
    """`pack.yaml`: what the pack is, its objectives, its rooms in order."""

    id: Id
    title: LocalText
    version: str
    authors: list[str] = Field(min_length=1)
    licence: str
    languages: list[LanguageCode] = Field(min_length=1)
    age: AgeRange
    description: LocalText | None = None
    objectives: list[Objective] = Field(min_length=1)
    rooms: list[Id] = Field(min_length=1, description="Room ids in playing order.")
    knowledge_check: KnowledgeCheck | None = None
    assets: str = Field("assets", description="Folder of the pack's images, relative to pack.yaml.")

    @field_validator("languages")
    @classmethod
    def _unique_languages(cls, languages: list[str]) -> list[str]:
        if len(set(languages)) != len(languages):
            raise ValueError("each language is listed once")
        return languages
