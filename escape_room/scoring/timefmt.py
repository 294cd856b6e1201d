"""Instants as the store and exports write them: ISO 8601 UTC with a `Z`, to the millisecond."""

from __future__ import annotations

from datetime import datetime, timezone


def utc_text(moment: datetime) -> str:
    """'2026-03-02T09:15:02.123Z'; a naive datetime is refused, since its zone is unknown."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a time zone is needed to store {moment!r}; pass an aware datetime")
    utc = moment.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_utc(text: str) -> datetime:
    """The aware UTC datetime of a text written by :func:`utc_text`."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def utc_now() -> datetime:
    """The current time, aware, in UTC: the one wall clock of the game and the commands
    (tests and replays pass their own instead)."""
    return datetime.now(timezone.utc)
