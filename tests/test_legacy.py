"""Legacy formats: Word 97 .doc (antiword, catdoc, LibreOffice), RTF with and
without a code page (also named .doc), ODT built here and a corrupt one."""
from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from ingest.formats import legacy, read
from ingest.formats.limits import Limits
from ingest.records import IngestError, NeedsReader
from ingest.requisites import extract_acts
from tests.conftest import gold, realdoc
from tests.gold import same

needs_antiword = pytest.mark.skipif(not shutil.which("antiword"), reason="antiword not installed")


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


@needs_antiword
def test_doc_keeps_date_and_number_on_one_line():
    parsed = read(realdoc("22"))
    assert parsed.media_type == "application/msword" and parsed.meta["reader"] == "antiword"
    assert "от 27.08.2019 года\t№ 01.04/81" in lines_of(parsed.text)
    act = extract_acts(parsed.text)[0]
    g = gold()[realdoc("22").name]
    for f in ("kind", "number", "date", "title"):
        assert same(f, g[f], getattr(act, f)), f


@needs_antiword
def test_doc_tables_become_cell_lines():
    text = read(realdoc("27")).text
    assert "Председатель Правительства\tВ. Путин" in lines_of(text)


@pytest.mark.skipif(not shutil.which("catdoc"), reason="catdoc not installed")
def test_catdoc_is_the_fallback(monkeypatch):
    real = legacy._which
    monkeypatch.setattr(legacy, "_which", lambda name: None if name == "antiword" else real(name))
    parsed = read(realdoc("22"))
    assert parsed.meta["reader"] == "catdoc"
    assert "ПРИКАЗ" in parsed.text and "01.04/81" in parsed.text
    assert "摧" not in parsed.text  # the binary tail catdoc prints is dropped


def test_no_doc_tool_keeps_the_file_pending_and_says_what_to_install(monkeypatch):
    monkeypatch.setattr(legacy, "_which", lambda name: None)
    monkeypatch.setattr(legacy, "soffice_path", lambda: None)
    with pytest.raises(NeedsReader, match="no .doc reader is installed.*antiword"):
        read(realdoc("22"))


def test_a_hanging_tool_is_stopped(tmp_path, monkeypatch):
    fake = tmp_path / "antiword"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(legacy, "_which", lambda name: str(fake) if name == "antiword" else None)
    with pytest.raises(IngestError, match="antiword took over 1 s"):
        legacy.read_doc(realdoc("22"), Limits(legacy_seconds=1))


def test_rtf_without_codepage_is_guessed():
    parsed = read(realdoc("32"))
    assert parsed.media_type == "application/rtf"
    assert lines_of(parsed.text)[:2] == ["ФЕДЕРАЛЬНЫЙ ЗАКОН", "О ПРОКУРАТУРЕ РОССИЙСКОЙ ФЕДЕРАЦИИ"]
    act = extract_acts(parsed.text)[0]
    assert act.kind == "закон" and same("title", "О прокуратуре Российской Федерации", act.title)


def test_rtf_named_doc_is_read_as_rtf():
    parsed = read(realdoc("23"))
    assert parsed.media_type == "application/rtf"
    act = extract_acts(parsed.text)[0]
    g = gold()[realdoc("23").name]
    for f in ("kind", "number", "date", "body", "title"):
        assert same(f, g[f], getattr(act, f)), f


def _rtf(body: str, header: bytes = b"{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}") -> bytes:
    escaped = "".join(f"\\'{b:02x}" if b >= 0x80 else chr(b) for b in body.encode("cp1251"))
    return header + escaped.encode("ascii") + b"}"


def test_rtf_codepage_guessed_from_escapes_alone(tmp_path):
    text = "ПОСТАНОВЛЕНИЕ\\par от 12.03.2024 № 145-п\\par Об утверждении порядка предоставления субсидий"
    path = tmp_path / "act.rtf"
    path.write_bytes(_rtf(text))
    parsed = read(path)
    assert parsed.meta["rtf_codepage"] == "guessed"
    assert lines_of(parsed.text) == ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п",
                                     "Об утверждении порядка предоставления субсидий"]


def test_rtf_font_charset_wins_over_ansicpg_and_unicode_escapes(tmp_path):
    data = (b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fcharset204 Arial;}}"
            b"{\\*\\generator Word;}{\\info{\\title x}}"
            b"\\f0 \\'cf\\'d0\\'c8\\'ca\\'c0\\'c7\\par \\uc1\\u1040?\\u1041?\\cell \\u1042?\\row}")
    path = tmp_path / "x.rtf"
    path.write_bytes(data)
    assert lines_of(read(path).text) == ["ПРИКАЗ", "АБ\tВ"]


def _odt(path: Path, content: str) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    return path


ODT_XML = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>
<text:p>АДМИНИСТРАЦИЯ ГОРОДА</text:p><text:h>ПОСТАНОВЛЕНИЕ</text:h>
<table:table><table:table-row><table:table-cell><text:p>12.03.2024</text:p><text:p>г. Брянск</text:p></table:table-cell>
<table:table-cell><text:p>№<text:s/>145-п</text:p></table:table-cell></table:table-row></table:table>
<text:p>Об утверждении<text:line-break/>порядка</text:p>
</office:text></office:body></office:document-content>"""


def test_odt_paragraphs_and_heading_table(tmp_path):
    parsed = read(_odt(tmp_path / "act.odt", ODT_XML))
    assert parsed.media_type == "application/vnd.oasis.opendocument.text"
    assert lines_of(parsed.text) == ["АДМИНИСТРАЦИЯ ГОРОДА", "ПОСТАНОВЛЕНИЕ", "12.03.2024\t№ 145-п",
                                     "г. Брянск", "Об утверждении", "порядка"]


def test_corrupt_odt_fails_with_the_damage_named():
    with pytest.raises(IngestError, match="damaged ODT"):
        read(realdoc("33"))
