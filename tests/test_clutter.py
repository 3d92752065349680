"""What a computer leaves inside a delivered folder or zip is not a delivery
(ingest/clutter.py): Word's owner file, Thumbs.db, a Mac's resource forks
used to become records of garbage or failed files (qawatch110)."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

from cli import main
from ingest.clutter import is_clutter

ACT = """АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 03.03.2025 № 12

Об установлении особого противопожарного режима

1. Установить особый противопожарный режим с 10 апреля 2025 года.

Глава поселения                                   В.И. Сосновский
"""


def _files(report: Path) -> list[str]:
    return sorted(Path(r["file"]).name for r in json.loads(report.read_text(encoding="utf-8")))


def test_a_folder_s_clutter_is_not_imported(runner, tmp_path):
    d = tmp_path / "пакет"
    (d / "__MACOSX").mkdir(parents=True)
    (d / "12 пожарный режим.txt").write_text(ACT, encoding="utf-8")
    (d / "~$12 пожарный режим.docx").write_bytes(b"\x0b" + "Иванова И.И.".encode("utf-16-le") + b"\0" * 150)
    (d / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 60)
    (d / ".DS_Store").write_bytes(b"\0\0\0\x01Bud1")
    (d / "__MACOSX" / "._12 пожарный режим.txt").write_bytes(b"\0\x05\x16\x07")
    report = tmp_path / "r.json"
    res = runner.invoke(main, ["--home", str(tmp_path / "fund"), "ingest", "--no-ocr", "-j", "1",
                               "--report", str(report), str(d)])
    assert res.exit_code == 0, res.output
    assert _files(report) == ["12 пожарный режим.txt"]


def test_a_zip_s_clutter_is_kept_in_the_archive_not_read(runner, tmp_path):
    z = tmp_path / "акты.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("акты/12.txt", ACT.encode("utf-8"))
        zf.writestr("__MACOSX/акты/._12.txt", b"\0\x05\x16\x07 resource fork")
        zf.writestr("акты/.DS_Store", b"\0\0\0\x01Bud1")
    report = tmp_path / "r.json"
    res = runner.invoke(main, ["--home", str(tmp_path / "fund"), "ingest", "--no-ocr", "-j", "1",
                               "--report", str(report), str(z)])
    assert res.exit_code == 0, res.output
    assert _files(report) == ["12.txt", "акты.zip"]


def test_a_file_named_on_the_command_line_is_always_read(runner, tmp_path):
    odd = tmp_path / "~$12.txt"       # a clerk's odd name for a real act: asked for by name
    odd.write_text(ACT, encoding="utf-8")
    report = tmp_path / "r.json"
    runner.invoke(main, ["--home", str(tmp_path / "fund"), "ingest", "--no-ocr", "-j", "1",
                         "--report", str(report), str(odd)])
    assert _files(report) == ["~$12.txt"]
    assert [is_clutter(p) for p in ("a/Thumbs.db", "__MACOSX/a/._b.pdf", "~$акт.docx", ".~lock.акт.odt#",
                                    "акт.docx", "папка/акт.pdf", "._")] == \
        [True, True, True, True, False, False, True]
