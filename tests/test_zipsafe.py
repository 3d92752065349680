"""One zip guard for every zip we open: DOCX, ODT and delivered archives say the same."""
import zipfile

import pytest

from ingest.formats import read
from ingest.formats.limits import Limits
from ingest.records import IngestError

CONTENT = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
           'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
           '<text:p>АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА</text:p><text:p>ПОСТАНОВЛЕНИЕ</text:p>'
           '<text:p>от 12.03.2024 № 145-п</text:p>{pad}</office:text></office:body></office:document-content>')


def _odt(path, pad=""):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", CONTENT.format(pad=pad))
    return path


def test_odt_reads_within_limits(tmp_path):
    parsed = read(_odt(tmp_path / "act.odt"))
    assert "145-п" in parsed.pages[0]


def test_odt_whose_content_inflates_past_the_limit_is_a_zip_bomb(tmp_path):
    path = _odt(tmp_path / "bomb.odt", pad="<text:p>" + " " * (8 << 20) + "</text:p>")
    assert path.stat().st_size < 100_000
    with pytest.raises(IngestError, match="^zip bomb: ODT content unpacks to 8 MB, over the limit of 4 MB"):
        read(path, Limits(max_unzipped_bytes=4 << 20))


def test_odt_lying_about_its_size_is_damaged_not_read(tmp_path):
    path = _odt(tmp_path / "liar.odt", pad="<text:p>" + " " * (2 << 20) + "</text:p>")
    data = bytearray(path.read_bytes())
    entry = data.rindex(b"PK\x01\x02")  # content.xml's directory entry, written last
    data[entry + 24: entry + 28] = (1000).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(IngestError, match="^damaged ODT"):
        read(path)


def test_not_a_zip_named_odt_names_the_damage(tmp_path):
    path = tmp_path / "act.odt"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    from ingest.formats.legacy import read_odt
    with pytest.raises(IngestError, match="^damaged ODT: the zip directory cannot be read"):
        read_odt(path)
