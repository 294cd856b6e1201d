"""The pure core — content, kinds, model and scoring — imports and works without pygame."""

from __future__ import annotations

import subprocess
import sys
import textwrap

BLOCKED = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    sys.modules["pygame"] = None  # any `import pygame` now raises ImportError
    packages = ("content", "kinds", "model", "scoring")
    for name in (f"escape_room.{package}" for package in packages):
        package = importlib.import_module(name)
        for module in pkgutil.walk_packages(package.__path__, name + "."):
            importlib.import_module(module.name)
    assert "pygame" not in {m.split(".")[0] for m, v in sys.modules.items() if v is not None}
    print("pure")
    """
)


def test_content_model_and_scoring_import_without_pygame() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "pure"


def test_a_room_is_played_by_the_rules_without_pygame() -> None:
    script = textwrap.dedent(
        """
        import sys
        sys.modules["pygame"] = None
        from escape_room import paths
        from escape_room.content.pack import load_pack
        from escape_room.model.answers import correct_response
        from escape_room.model.run import RoomRun
        room = load_pack(paths.bundled_pack()).rooms[0]
        events = []
        run = RoomRun(room, emit=events.append)
        run.start()
        for hotspot in room.model.hotspots:
            opened = run.open_hotspot(hotspot.id)
            if opened.puzzle_id:
                run.answer(opened.puzzle_id, correct_response(room.puzzles[opened.puzzle_id], room))
        print(run.try_exit(run.exit_code), len(events))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    opened, count = result.stdout.split()
    assert opened == "True" and int(count) > 10
