"""`escape-room pack export | import | list`: packs shared as zip files, unsafe archives refused."""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from escape_room.commands.play import installed_or_given

ALLKINDS = Path(__file__).resolve().parents[1] / "fixtures" / "allkinds"
Cli = Callable[..., tuple[int, str, str]]


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_a_pack_exported_and_imported_is_installed_by_its_id_and_played_by_it(
    cli: Cli, tmp_path: Path
) -> None:
    archive, data = tmp_path / "allkinds.zip", tmp_path / "data"
    code, out, _ = cli("pack", "export", ALLKINDS, "-o", archive)
    assert (code, out.strip()) == (0, f"wrote {archive} (pack 'allkinds', version 1.0)")
    code, out, _ = cli("pack", "import", archive, "--data-dir", data)
    installed = data / "packs" / "allkinds"
    assert code == 0 and f"installed 'allkinds' in {installed}" in out
    assert _files(installed) == _files(ALLKINDS)
    assert cli("pack", "list", "--data-dir", data)[1].startswith("allkinds  Every kind of puzzle")
    assert installed_or_given(Path("allkinds"), str(data)) == installed
    assert installed_or_given(ALLKINDS, str(data)) == ALLKINDS
    code, _, err = cli("pack", "import", archive, "--data-dir", data)
    assert code == 1 and "a pack with the id 'allkinds' is already installed" in err


def test_a_pack_with_errors_is_not_exported(cli: Cli, tmp_path: Path, starter: Path) -> None:
    (starter / "rooms" / "first-room.yaml").write_text("id: first-room\n")
    code, _, err = cli("pack", "export", starter, "-o", tmp_path / "out.zip")
    assert code == 1 and err.rstrip().endswith("the pack has errors; nothing exported")
    assert not (tmp_path / "out.zip").exists()


def _zip(path: Path, entries: dict[str, bytes], link: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return path


PACK = (ALLKINDS / "pack.yaml").read_bytes()


@pytest.mark.parametrize(
    ("entries", "link", "message"),
    [
        ({"p/pack.yaml": PACK, "../evil.yaml": b"x"}, None, "'../evil.yaml' leads out of"),
        ({"p/pack.yaml": PACK, "/tmp/evil.yaml": b"x"}, None, "'/tmp/evil.yaml' leads out of"),
        ({"p/pack.yaml": PACK}, "p/rooms/link.yaml", "'p/rooms/link.yaml' is a link"),
        ({"p/pack.yaml": PACK, "p/bomb.png": b"\0" * 30_000_000}, None, "may be a zip bomb"),
        ({f"p/f{i}.txt": b"" for i in range(2_001)}, None, "holds 2,001 files"),
        ({"a/pack.yaml": PACK, "b/pack.yaml": PACK}, None, "one pack folder with pack.yaml"),
    ],
    ids=["dot-dot", "absolute", "link", "bomb", "too-many", "two-folders"],
)
def test_an_unsafe_archive_is_refused_with_nothing_written(
    cli: Cli, tmp_path: Path, entries: dict[str, bytes], link: str | None, message: str
) -> None:
    archive, data = _zip(tmp_path / "in.zip", entries, link), tmp_path / "data"
    code, _, err = cli("pack", "import", archive, "--data-dir", data)
    assert code == 1 and message in err and err.rstrip().endswith("nothing installed")
    assert not (tmp_path / "evil.yaml").exists()
    assert list((data / "packs").iterdir() if (data / "packs").exists() else []) == []


def test_a_file_that_is_not_a_zip_or_a_broken_pack_is_refused(cli: Cli, tmp_path: Path) -> None:
    fake, data = tmp_path / "fake.zip", tmp_path / "data"
    fake.write_text("hello")
    code, _, err = cli("pack", "import", fake, "--data-dir", data)
    assert code == 1 and "this is not a zip file" in err
    broken = _zip(tmp_path / "broken.zip", {"p/pack.yaml": b"id: [\n"})
    code, _, err = cli("pack", "import", broken, "--data-dir", data)
    assert code == 1 and f"{broken}:p/pack.yaml:2:1: error: YAML syntax" in err
    assert list((data / "packs").iterdir()) == []
