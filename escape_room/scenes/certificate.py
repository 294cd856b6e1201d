"""The team's certificate: one printable HTML page, with everything inline so it opens and
prints without a network — the pack, the team and its nicknames, the date, the score and
time, and the stars per learning objective."""

from __future__ import annotations

import html
import re
from pathlib import Path

from escape_room import paths
from escape_room.scenes.common import format_time
from escape_room.scenes.debrief_data import DebriefData
from escape_room.ui.context import GameContext

FOLDER = "certificates"
_STYLE = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 0; color: #181e2c; }
.page { border: 12px double #26549f; margin: 24px; padding: 32px 48px; text-align: center; }
h1 { font-size: 42px; margin: 8px 0; color: #26549f; }
h2 { font-size: 30px; margin: 8px 0 0; }
.names { font-size: 20px; margin: 4px 0 18px; }
.figures { font-size: 22px; margin: 12px 0 18px; }
table { margin: 0 auto; border-collapse: collapse; font-size: 18px; }
td { padding: 6px 14px; border-bottom: 1px solid #96a0b0; text-align: left; }
.stars { font-size: 26px; letter-spacing: 4px; white-space: nowrap; }
.date { margin-top: 24px; font-size: 16px; }
@media print { .page { margin: 0; } }
"""


def certificate_html(ctx: GameContext, data: DebriefData) -> str:
    """The certificate as one HTML document, in the game's language."""
    from escape_room.scenes.debrief import STARS, stars

    t, e = ctx.t, html.escape
    nicknames = ", ".join(ctx.team.nicknames) if ctx.team else ""
    seconds = sum(room.seconds for room in data.rooms)
    rows = "".join(
        f'<tr><td>{e(line.title)}</td><td class="stars" aria-label="{stars(line)}/{STARS}">'
        f"{'★' * stars(line)}{'☆' * (STARS - stars(line))}</td></tr>"
        for line in data.objectives
    )
    figures = " · ".join(
        (
            t("debrief.points", score=data.score, max_score=data.max_score),
            t("certificate.time", time=format_time(seconds)),
        )
    )
    return (
        f'<!DOCTYPE html><html lang="{e(ctx.lang)}"><head><meta charset="utf-8">'
        f"<title>{e(t('certificate.title'))}</title><style>{_STYLE}</style></head><body>"
        f'<div class="page"><p>{e(ctx.text(ctx.pack.model.title))}</p>'
        f"<h1>{e(t('certificate.title'))}</h1><h2>{e(data.team)}</h2>"
        f'<p class="names">{e(nicknames)}</p>'
        f'<p class="figures">{e(figures)}</p><table>{rows}</table>'
        f'<p class="date">{e(ctx.now().astimezone().strftime("%Y-%m-%d"))}</p></div>'
        "</body></html>\n"
    )


def save_certificate(ctx: GameContext, data: DebriefData, folder: Path | None) -> Path:
    """Write the certificate into `certificates/` of `folder` (the data folder unless given)."""
    where = (folder or paths.data_dir()) / FOLDER
    where.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w-]+", "-", data.team, flags=re.UNICODE).strip("-") or "team"
    path = where / f"{name}-{ctx.now().strftime('%Y%m%d-%H%M')}.html"
    path.write_text(certificate_html(ctx, data), encoding="utf-8")
    return path
