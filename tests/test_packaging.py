"""The wheel carries the bundled pack and assets, so a plain install finds them from any folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    return next(out.glob("escape_room-*.whl"))


def test_the_wheel_holds_the_bundled_pack_and_fonts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "escape_room/_bundled/puzzles/pack.yaml" in names
    assert "escape_room/_bundled/assets/fonts/DejaVuSans.ttf" in names
    assert "escape_room/_bundled/assets/ORIGINS.md" in names


def test_an_installed_wheel_loads_its_pack_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    # given the wheel installed into a bare folder, away from the source tree
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    script = (
        "import escape_room.paths as p; from escape_room.content.pack import load_pack;"
        "print(p.bundled_pack()); print(load_pack(p.bundled_pack()).model.id);"
        "print((p.assets_dir() / 'fonts' / 'DejaVuSans.ttf').is_file())"
    )
    # when it is used from an unrelated folder
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    )
    # then the pack and fonts come from inside the installed package
    pack_path, pack_id, has_font = result.stdout.split()
    assert pack_path.startswith(str(target))
    assert pack_id == "traffic-safety" and has_font == "True"
