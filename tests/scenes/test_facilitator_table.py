"""The class results' tables at larger text: figures and words are never broken, columns are
as wide as their texts need, and a table too wide for the panel is cut into parts."""

from __future__ import annotations

from escape_room.scenes.facilitator_table import GAP, parts, units, whole
from escape_room.ui.fonts import font
from escape_room.ui.look import look_for


def test_a_figure_breaks_only_after_its_dot_and_a_name_between_words() -> None:
    assert units("113 / 130", figure=True) == ("113 / 130",)
    assert units("54% · 13/24", figure=True) == ("54% ·", "13/24")
    assert units("Saugaus eismo žvaigždės", figure=False) == ("Saugaus", "eismo", "žvaigždės")
    assert whole(["54% ·", "13/24"], "54% · 13/24", figure=True)
    assert not whole(["113 /", "130"], "113 / 130", figure=True)
    assert not whole(["Ištrūk", "o"], "Ištrūko", figure=False)


def test_a_table_that_fits_is_one_part_as_wide_as_the_panel_with_the_normal_shares() -> None:
    header, rows = ["Team", "Score"], [("Owls", "113 / 130")]
    (part,) = parts(look_for(100), header, rows, [300, 100], 800)
    assert part.columns == (0, 1) and sum(part.widths) + GAP == 800
    assert part.widths[0] == 3 * part.widths[1]


def test_a_table_too_wide_is_cut_into_even_parts_each_with_the_first_column() -> None:
    header = ["Team", "Escaped", "Score", "Time", "Quiz before", "Quiz after", "Gain"]
    rows = [
        (
            "Saugaus eismo žvaigždės",
            "1 / 1",
            "113 / 130",
            "12:00",
            "54% · 13/24",
            "100% · 36/36",
            "+0.82",
        )
    ]
    shares = [300, 104, 130, 96, 168, 168, 156]
    assert len(parts(look_for(100), header, rows, shares, 1152)) == 1
    split = parts(look_for(200), header, rows, shares, 1152)
    assert [part.columns for part in split] == [(0, 1, 2, 3), (0, 4, 5, 6)]
    assert all(sum(part.widths) <= 1152 for part in split)
    one_line = font(look_for(200).min_text).size("100% · 36/36")[0]
    assert split[1].widths[2] >= one_line, "the figures on one line when they fit"
