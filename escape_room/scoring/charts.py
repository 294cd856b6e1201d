"""Small inline SVG charts for the printable report: no scripts, no external files."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from escape_room.scoring.display import gain, percent
from escape_room.scoring.outcomes import Knowledge

_LABEL_WIDTH = 230
_BAR_WIDTH = 330
_NOTE_WIDTH = 170
_ROW = 30
_TOP = 24
_COLOURS = {"first": "#2b6cb0", "before": "#a0aec0", "after": "#2f855a"}


@dataclass(frozen=True)
class Row:
    """One objective in a chart: its label and the fractions (0–1, or None) to draw."""

    label: str
    values: tuple[float | None, ...]
    note: str = ""


def bar_chart(title: str, rows: list[Row], series: tuple[str, ...], legend: tuple[str, ...]) -> str:
    """Horizontal bars from 0 to 100 %, one bar per series for each row."""
    bar_height = (_ROW - 8) / len(series)
    height = _TOP + _ROW * len(rows) + 24
    width = _LABEL_WIDTH + _BAR_WIDTH + _NOTE_WIDTH
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        _grid(height),
    ]
    for index, row in enumerate(rows):
        top = _TOP + index * _ROW + 4
        parts.append(_label(row.label, top + _ROW / 2 - 2))
        for number, (value, name) in enumerate(zip(row.values, series, strict=True)):
            parts.append(_bar(value, name, top + number * bar_height, bar_height - 2))
        parts.append(_note(row, top + _ROW / 2 - 2))
    parts.append(_legend(series, legend, height - 6))
    parts.append("</svg>")
    return "".join(parts)


def _grid(height: float) -> str:
    lines = []
    for tick in (0, 25, 50, 75, 100):
        x = _LABEL_WIDTH + _BAR_WIDTH * tick / 100
        lines.append(
            f'<line x1="{x:.1f}" y1="{_TOP - 4}" x2="{x:.1f}" y2="{height - 22}" class="grid"/>'
            f'<text x="{x:.1f}" y="{_TOP - 8}" class="tick">{tick}%</text>'
        )
    return "".join(lines)


def _label(text: str, y: float) -> str:
    short = text if len(text) <= 34 else text[:33] + "…"
    return (
        f'<text x="{_LABEL_WIDTH - 8}" y="{y:.1f}" class="label">'
        f"<title>{escape(text)}</title>{escape(short)}</text>"
    )


def _bar(value: float | None, series: str, y: float, height: float) -> str:
    if value is None:
        return f'<text x="{_LABEL_WIDTH + 4}" y="{y + height - 2:.1f}" class="none">—</text>'
    width = max(_BAR_WIDTH * value, 1.5)
    return (
        f'<rect x="{_LABEL_WIDTH}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" '
        f'fill="{_COLOURS[series]}"><title>{percent(value)}</title></rect>'
    )


def _note(row: Row, y: float) -> str:
    text = row.note or " · ".join(percent(v) for v in row.values)
    return (
        f'<text x="{_LABEL_WIDTH + _BAR_WIDTH + 8}" y="{y:.1f}" class="note">{escape(text)}</text>'
    )


def _legend(series: tuple[str, ...], names: tuple[str, ...], y: float) -> str:
    parts = []
    for index, (key, name) in enumerate(zip(series, names, strict=True)):
        x = _LABEL_WIDTH + index * 150
        parts.append(
            f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{_COLOURS[key]}"/>'
            f'<text x="{x + 18}" y="{y}" class="legend">{escape(name)}</text>'
        )
    return "".join(parts)


def gain_note(knowledge: Knowledge) -> str:
    """'40% → 80%, g +0.67' for the before/after chart."""
    before, after = knowledge.before.fraction, knowledge.after.fraction
    if before is None and after is None:
        return "no check items"
    return f"{percent(before)} → {percent(after)}, g {gain(knowledge.gain)}"
