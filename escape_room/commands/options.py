"""Command-line options that several commands share."""

from __future__ import annotations

import argparse


def frame_count(text: str) -> int:
    """The value of `--frames`: a whole number of frames, 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}': give a whole number of frames, 1 or more")
    return value
