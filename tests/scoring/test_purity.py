"""The scoring package is pure core: importing every module of it never imports pygame."""

from __future__ import annotations

import subprocess
import sys

_IMPORT_ALL = """
import importlib, pkgutil, sys
import escape_room.scoring as scoring
for module in pkgutil.iter_modules(scoring.__path__):
    importlib.import_module(f"escape_room.scoring.{module.name}")
assert "pygame" not in sys.modules, "pygame was imported"
"""


def test_scoring_never_imports_pygame() -> None:
    result = subprocess.run([sys.executable, "-c", _IMPORT_ALL], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
