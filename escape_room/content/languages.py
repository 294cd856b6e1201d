"""Checking that every text is written in every language the pack declares, and in no other."""

from __future__ import annotations

from pathlib import Path

from escape_room.content.messages import Key
from escape_room.content.problems import listing
from escape_room.content.report import Reporter


def check_text(
    key: Key, text: dict[str, str], path: Path, languages: list[str], report: Reporter
) -> None:
    """Warn when a text lacks one of the pack's `languages` or has one the pack does not declare.

    Plain strings are shown in every language, so only per-language texts come here.
    """
    if len(text) == len(languages) and all(code in text for code in languages):
        return
    declared = listing(languages)
    for code in (code for code in languages if code not in text):
        message = f"{report.name(path, key)} has no '{code}' text (pack languages: {declared})"
        report.warning(path, key, message)
    for code in (code for code in text if code not in languages):
        message = f"'{code}' is not one of the pack's languages ({declared}); add it to "
        report.warning(path, (*key, code), message + "'languages' in pack.yaml or remove it")
