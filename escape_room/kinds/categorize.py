"""Categorize: sort each item into its category.

Response: for each item in order, the id of the category the team put it in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from escape_room.content.models import Id, PuzzleBase, Strict
from escape_room.content.problems import did_you_mean, listing
from escape_room.content.textfield import LocalText
from escape_room.kinds.base import Finding, PuzzleKind

if TYPE_CHECKING:
    from escape_room.content.pack import Room


class Category(Strict):
    """A box that items are sorted into."""

    id: Id = Field(description="The category's id, unique in its puzzle.")
    label: LocalText = Field(description="The category's name as the team reads it.")


class CategorizedItem(Strict):
    """A thing to sort, and the category it belongs in."""

    text: LocalText = Field(description="The thing as the team reads it.")
    category: Id = Field(description="Id of the category it belongs in.")


class Categorize(PuzzleBase):
    """Sort each item into its category."""

    type: Literal["categorize"] = Field(description="The puzzle type.")
    categories: list[Category] = Field(
        min_length=2, max_length=4, description="Two to four categories."
    )
    items: list[CategorizedItem] = Field(
        min_length=2, max_length=10, description="Two to ten items to sort."
    )


class CategorizeKind(PuzzleKind[Categorize, tuple[str, ...]]):
    model = Categorize
    order = 5
    id_lists = (("categories", "category"),)

    def is_correct(self, puzzle: Categorize, response: tuple[str, ...], room: Room) -> bool:
        return tuple(response) == self.correct_response(puzzle, room)

    def correct_response(self, puzzle: Categorize, room: Room) -> tuple[str, ...]:
        return tuple(item.category for item in puzzle.items)

    def describe(self, puzzle: Categorize, response: tuple[str, ...], lang: str) -> str:
        return ",".join(str(part) for part in response)

    def findings(self, puzzle: Categorize) -> Iterator[Finding]:
        """An error for an item in an undeclared category, a warning for an empty category."""
        declared = [category.id for category in puzzle.categories]
        for index, item in enumerate(puzzle.items):
            if item.category not in declared:
                hint = (
                    did_you_mean(item.category, declared) or f" (categories: {listing(declared)})"
                )
                message = f"the category '{item.category}' is not one of this puzzle's categories"
                yield ("items", index, "category"), "error", message + hint
        used = {item.category for item in puzzle.items}
        for index, category_id in enumerate(declared):
            if category_id not in used:
                message = f"no item belongs in the category '{category_id}'"
                yield ("categories", index, "id"), "warning", message
