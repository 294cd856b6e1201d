"""Answers in the bundled pack never read like the game's own buttons (a student would take
"Atgal", the Back button's word, for a way out of the puzzle)."""

from __future__ import annotations

from escape_room import paths
from escape_room.content.pack import load_pack
from escape_room.i18n import TABLES

BUTTONS = ("common.back", "common.next", "common.close", "common.continue", "common.cancel")


def test_no_option_of_the_pack_reads_like_a_button_of_the_game() -> None:
    pack = load_pack(paths.bundled_pack())
    words = {TABLES[lang][key].casefold() for lang in TABLES for key in BUTTONS}
    asked = [(p.id, p) for room in pack.rooms for p in room.puzzles.values()]
    check = pack.model.knowledge_check
    if check is not None:
        asked += [(item.id, item) for item in (*check.form_a, *check.form_b)]
    clashes = []
    for where, question in asked:
        for option in getattr(question, "options", []):
            texts = option.text.values() if isinstance(option.text, dict) else [option.text]
            clashes += [(where, text) for text in texts if text.casefold() in words]
    assert not clashes
