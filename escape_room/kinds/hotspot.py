"""Hotspot: find the hazards in a picture by clicking on them.

Response: the ids of the targets the team found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator, model_validator

from escape_room.content.models import Id, Image, Prop, PuzzleBase, Shape, Strict, whole_scene
from escape_room.content.textfield import LocalText
from escape_room.kinds.base import PuzzleKind

if TYPE_CHECKING:
    from escape_room.content.pack import Room


class Target(Strict):
    """Something to find in a picture."""

    id: Id = Field(description="The target's id, unique in its puzzle.")
    label: LocalText = Field(description="What it is, shown once it is found.")
    shape: Shape = Field(description="Where it is in the picture.")
    prop: Prop | None = Field(
        None, description="An object the game draws there when the picture is a drawn scene."
    )


class HotspotPuzzle(PuzzleBase):
    """Find the hazards in a picture by clicking on them."""

    type: Literal["hotspot"] = Field(description="The puzzle type.")
    image: Image = Field(description="The picture in which hazards are found.")
    targets: list[Target] = Field(
        min_length=1, max_length=12, description="One to twelve things to find in the picture."
    )
    find: int | None = Field(None, ge=1, description="How many to find; all targets when omitted.")

    @field_validator("image")
    @classmethod
    def _a_scene(cls, image: Image) -> Image:
        return whole_scene(image, "the picture of a hotspot puzzle")

    @model_validator(mode="after")
    def _find_fits(self) -> HotspotPuzzle:
        if self.find is not None and self.find > len(self.targets):
            given = len(self.targets)
            raise ValueError(f"'find' is {self.find} but only {given} targets are given")
        return self


class HotspotKind(PuzzleKind[HotspotPuzzle, frozenset[str]]):
    model = HotspotPuzzle
    order = 6
    id_lists = (("targets", "target"),)

    def is_correct(self, puzzle: HotspotPuzzle, response: frozenset[str], room: Room) -> bool:
        found = frozenset(response) & {target.id for target in puzzle.targets}
        return len(found) >= (puzzle.find or len(puzzle.targets))

    def correct_response(self, puzzle: HotspotPuzzle, room: Room) -> frozenset[str]:
        return frozenset(t.id for t in puzzle.targets[: puzzle.find or len(puzzle.targets)])

    def describe(self, puzzle: HotspotPuzzle, response: frozenset[str], lang: str) -> str:
        return ",".join(sorted(response))
