"""Options shared by several commands."""

from __future__ import annotations

import argparse

import pytest

from escape_room.commands.options import frame_count


def test_a_frame_count_is_a_whole_number_of_one_or_more() -> None:
    assert frame_count("90") == 90
    for text in ("0", "-3", "abc", "1.5"):
        with pytest.raises(argparse.ArgumentTypeError, match=f"'{text}': give a whole number"):
            frame_count(text)
