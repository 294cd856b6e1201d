"""How figures are shown on screen and in the report, in one place so the debrief and report agree.

A missing figure (no answers, or a gain when everything was already right before) shows as "—".
"""

from __future__ import annotations

MISSING = "—"


def percent(value: float | None) -> str:
    """0.754 → '75%'."""
    return MISSING if value is None else f"{round(value * 100)}%"


def gain(value: float | None) -> str:
    """Normalised gain with its sign, two decimals: 0.5 → '+0.50', −0.25 → '−0.25'."""
    if value is None:
        return MISSING
    sign = "+" if value >= 0 else "−"
    return f"{sign}{abs(value):.2f}"


def clock(seconds: float) -> str:
    """754.6 → '12:35'; an hour or more → '1:02:05'."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def ratio(part: int, whole: int) -> str:
    """'3 / 4'."""
    return f"{part} / {whole}"
