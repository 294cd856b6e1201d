"""Errors raised at the scoring package's edges, each with a message a facilitator can act on."""

from __future__ import annotations


class StoreError(Exception):
    """The score database cannot be used; the message names the file and what to do."""


class ImportProblem(Exception):
    """A file given to `scores merge` is not an export of this game, or does not fit the store."""
