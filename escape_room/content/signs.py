"""The road signs the game draws: each by the name to type and, where it is given, its number
in the Lithuanian Road Traffic Rules (KET, annex of road signs), with its name in English and in
Lithuanian as the rules give it.

A teacher names a sign by either (`sign: "203"` or `sign: give-way`); :func:`sign_name` turns
either into the name the drawing code knows, and an unknown one into a message with the closest
signs. A hotspot's sign is drawn on a pole: its drawn prop is `sign:<name>` (:func:`on_pole`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True)
class SignInfo:
    """One sign: the name to type, its KET number (None where not given here), what it is."""

    name: str
    number: str | None
    en: str
    lt: str


SIGNS: tuple[SignInfo, ...] = (
    SignInfo("railway-barrier", "101", "Level crossing with a barrier", "Pervaža su užtvaru"),
    SignInfo("children", "105", "Children", "Vaikai"),
    SignInfo("warning", None, "Other danger", "Kiti pavojai"),
    SignInfo("priority-road", "201", "Priority road", "Pagrindinis kelias"),
    SignInfo("give-way", "203", "Give way", "Duoti kelią"),
    SignInfo("stop", "204", "Stop", "Stop"),
    SignInfo("prohibitory", None, "No vehicles", "Eismas draudžiamas"),
    SignInfo("no-entry", None, "No entry", "Įvažiuoti draudžiama"),
    SignInfo("mandatory", "401", "Ahead only", "Važiuoti tiesiai"),
    SignInfo("cycle-path", None, "Cycle path", "Dviračių takas"),
    SignInfo("pedestrian-crossing", None, "Pedestrian crossing", "Pėsčiųjų perėja"),
)
"""Numbers are those of the KET annex of road signs (S11, S12 for the shapes); a sign without
a number here is named only, until its number is checked against the rules."""

_BY_KEY = {key: info for info in SIGNS for key in (info.name, info.number) if key}
SIGN_KEYS = tuple(_BY_KEY)
"""Everything a teacher may type for a sign: every name and every number."""


def sign_name(written: str) -> str:
    """The sign's name for a name or number as written; ValueError naming the closest signs."""
    info = _BY_KEY.get(written.strip())
    if info is not None:
        return info.name
    close = difflib.get_close_matches(written.strip(), SIGN_KEYS, n=3, cutoff=0.5)
    named = [key if key == _BY_KEY[key].name else f"{key} ({_BY_KEY[key].name})" for key in close]
    hint = f"; the closest: {', '.join(named)}" if close else ""
    raise ValueError(
        f"'{written}' is not a sign the game draws{hint}"
        " (every sign, with its number and name, is in the sign gallery of the guide)"
    )


def on_pole(written: str) -> str:
    """The drawn prop of a sign on a pole: `sign:<name>`."""
    return f"sign:{sign_name(written)}"


def sign_table(lang: str = "en") -> str:
    """The guide's Markdown table of every sign: what to type, and its names; the Lithuanian
    guide's (`lang` "lt") gives the Lithuanian name first."""
    lithuanian = lang == "lt"
    heading = (
        "| rašykite | arba | ženklas | angliškai |"
        if lithuanian
        else "| type | or | sign | ženklas |"
    )
    rows = [heading, "| --- | --- | --- | --- |"]
    for sign in SIGNS:
        number = f'`"{sign.number}"`' if sign.number else ""
        names = (sign.lt, sign.en) if lithuanian else (sign.en, sign.lt)
        rows.append(f"| `{sign.name}` | {number} | {names[0]} | {names[1]} |")
    return "\n".join(rows) + "\n"
