"""Format detection and readers on the real delivered files and on small
files built here (hand-written PDFs, python-docx documents, HTML), with
every kind of bad input a batch meets refused with a reason naming it."""
from __future__ import annotations

import hashlib
import random
import shutil
import time
import zipfile
from pathlib import Path

import docx as python_docx
import pypdfium2 as pdfium
import pytest

from tests.gold import REALDOCS
from tests.pdfwrite import serialize

from ingest import textio
from ingest.detect import EmptyFile, detect, detect_file
from ingest.formats import READERS, read
from ingest.formats.docx import read_docx
from ingest.formats.limits import Limits
# The text-layer reader itself: ``read`` adds OCR of the pages it cannot
# trust (tests/test_ocr.py).
from ingest.formats.pdf import read_pdf, wordlike_share
from ingest.records import IngestError, NeedsReader

FILES = REALDOCS / "files"

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
PDF = "application/pdf"

# What each real file is by content (SOURCES.tsv says 24 is RTF, but its
# bytes are an OLE2 Word file; 41 is named .html but holds no markup).
EXPECTED = {
    **{f"{n:02d}": PDF for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 35, 36, 37)},
    "15": DOCX, "21": DOCX,
    **{n: "application/msword" for n in ("22", "24", "25", "26", "27", "28", "29", "30", "31")},
    "23": "application/rtf", "32": "application/rtf", "34": "application/rtf",
    "33": ODT,
    "38": "image/png",
    "39": "text/html", "42": "text/html",
    "40": "text/plain", "41": "text/plain", "43": "text/plain", "44": "text/plain", "45": "text/plain",
}

GARBLED = ("02", "18", "20", "36")
IMAGE_ONLY = {"06": 4, "07": 4, "08": 4, "10": 8, "11": 6, "12": 8, "13": 6, "14": 6, "37": 4}
OCR_LAYER = ("01", "03", "04", "05")
CLEAN = ("09", "16", "17", "35")


def realdoc(prefix: str) -> Path:
    hits = sorted(FILES.glob(f"{prefix}_*"))
    if not hits:
        pytest.skip(f"real document {prefix}_* not found in {FILES}")
    return hits[0]


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


# -- small PDFs written by hand ----------------------------------------
# Helvetica with a /Differences encoding that names Cyrillic glyphs by
# their Adobe names: PDFium maps the names to Unicode, so Russian text
# comes back without embedding a font.

# Adobe numbers Ё/ё between Е and Ж, so the alphabet skips one there.
_CYR_NAMES = (
    [(0xC0 + i, f"afii{10017 + i + (i >= 6)}") for i in range(32)]
    + [(0xE0 + i, f"afii{10065 + i + (i >= 6)}") for i in range(32)]
    + [(0xA8, "afii10023"), (0xB8, "afii10071"), (0xB9, "afii61352")]
)
_FONT = (
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
    "/BaseEncoding /WinAnsiEncoding /Differences ["
    + " ".join(f"{code} /{name}" for code, name in sorted(_CYR_NAMES))
    + "] >> >>"
).encode()
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1251")
    return b"(" + b"".join(
        bytes([c]) if 32 <= c < 127 and c not in b"()\\" else b"\\%03o" % c for c in raw
    ) + b")"


def _content(items: list[tuple[float, float, str]], image: bool = False) -> bytes:
    ops = [b"q 595 0 0 842 0 0 cm /Im1 Do Q"] if image else []
    for x, y, text in items:
        ops.append(b"BT /F1 11 Tf %.1f %.1f Td %s Tj ET" % (x, y, _pdf_string(text)))
    return b"\n".join(ops)


def write_pdf(path: Path, pages: list[list[tuple[float, float, str]]], *, images: tuple[int, ...] = (),
              encrypt_with: str | None = None, shared_pages: int = 0) -> Path:
    """A minimal valid PDF: one content stream per page (or ``shared_pages``
    pages all showing the first one, for huge page counts), optional full
    page images, optional RC4 (R2) encryption with a user password."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    tree = add(b"")
    font = add(_FONT)
    image = add(b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream")
    kids = []
    page_specs = pages if not shared_pages else pages[:1] * shared_pages
    streams: dict[int, int] = {}
    for i, items in enumerate(page_specs):
        key = 0 if shared_pages else i
        if key not in streams:
            body = _content(items, image=i in images)
            streams[key] = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                        % (tree, streams[key], font, image)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    file_id = hashlib.md5(str(path).encode()).digest()
    encrypt = None
    if encrypt_with is not None:
        encrypt = add(_rc4_encrypt_dict(encrypt_with, file_id))
    trailer = b"/ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode())
    if encrypt:
        trailer += b" /Encrypt %d 0 R" % encrypt
    path.write_bytes(serialize(objects, catalog, trailer))
    return path


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _rc4_encrypt_dict(user_password: str, file_id: bytes) -> bytes:
    """Standard security handler, revision 2 (PDF 1.7, algorithms 2-4)."""
    padded = (user_password.encode() + _PAD)[:32]
    owner = _rc4(hashlib.md5(padded).digest()[:5], padded)
    permissions = -44
    key = hashlib.md5(padded + owner + permissions.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    user = _rc4(key, _PAD)
    return b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        owner.hex().encode(), user.hex().encode(), permissions)


BODY = [
    (72, 560, "В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ"),
    (72, 545, "администрация города постановляет утвердить прилагаемый порядок"),
    (72, 530, "предоставления субсидий и опубликовать настоящее постановление."),
]


# -- detection -----------------------------------------------------------


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_detects_every_real_file_by_content(prefix):
    assert detect_file(realdoc(prefix)) == EXPECTED[prefix]


def test_head_alone_tells_docx_odt_and_rtf_named_doc():
    assert detect(realdoc("15").read_bytes()[:8192]) == DOCX
    # The damaged ODT: its central directory is unreadable, the stored
    # mimetype entry at the start still says what it is.
    assert detect(realdoc("33").read_bytes()[:8192], "x.odt") == ODT
    assert detect(realdoc("23").read_bytes()[:8192], "x.doc") == "application/rtf"


def test_detects_small_kinds_from_content():
    assert detect(b"\xef\xbb\xbf  \r\n<!DOCTYPE html><html><body>x") == "text/html"
    assert detect("<p>Постановление</p>".encode("cp1251")) == "text/html"
    assert detect("\n <html><body>Решение</body></html>".encode("utf-16")) == "text/html"
    assert detect("Постановление № 5".encode("utf-16")) == "text/plain"
    assert detect(b"<?xml version='1.0'?><root/>") == "application/xml"
    assert detect(b"a;b\n1;2\n", "table.csv") == "text/csv"
    assert detect(b"a;b\n1;2\n", "table.txt") == "text/plain"
    assert detect(b"Received: from mx.example\nFrom: clerk@adm.ru\nSubject: act\n\nbody") == "message/rfc822"
    assert detect(b"From clerk@adm.ru Mon Jan 1 00:00:00 2024\nFrom: clerk@adm.ru\n"
                  b"Message-ID: <1@adm>\n\nbody") == "application/mbox"
    assert detect(b"Date: 12.03.2024\nNo: 145\n\nnot a mail") == "text/plain"
    assert detect(b"\xff\xd8\xff\xe0\x00\x10JFIF") == "image/jpeg"
    assert detect(b"II*\x00\x08\x00\x00\x00") == "image/tiff"
    assert detect(b"PK\x03\x04" + b"\x00" * 40) == "application/zip"
    assert detect(random.Random(7).randbytes(4096), "junk.txt") == "application/octet-stream"


def test_ole2_containers_are_told_apart(tmp_path):
    def ole(name: str, *streams: str) -> Path:
        path = tmp_path / name
        directory = b"".join(s.encode("utf-16-le").ljust(128, b"\x00") for s in ("Root Entry", *streams))
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + directory)
        return path

    assert detect_file(ole("a.doc", "WordDocument", "1Table")) == "application/msword"
    assert detect_file(ole("a.xls", "Workbook")) == "application/vnd.ms-excel"
    protected = ole("a.docx", "EncryptionInfo", "EncryptedPackage")
    assert detect_file(protected) == "application/x-tika-ooxml-protected"
    with pytest.raises(IngestError, match="^password-protected Office document: needs a password$"):
        read(protected)


def test_empty_head_raises():
    with pytest.raises(EmptyFile):
        detect(b"")


def test_every_detected_type_has_a_registry_entry():
    for media in set(EXPECTED.values()):
        assert media in READERS


# -- text decoding -------------------------------------------------------


def test_legacy_code_pages_decode_to_the_utf8_text():
    utf8 = read(realdoc("40")).text
    koi8 = read(realdoc("44"))
    assert koi8.meta["encoding"] == "koi8_r"
    # The KOI8-R copy was made by a tool that wrote '?' for '№'.
    assert koi8.text == utf8.replace("№", "?")
    cp1251 = read(realdoc("43"))
    cp866 = read(realdoc("45"))
    assert (cp1251.meta["encoding"], cp866.meta["encoding"]) == ("cp1251", "cp866")
    # cp866 has no «», the converter wrote '?'; everything else is equal.
    assert len(cp1251.text) == len(cp866.text)
    assert all(a == b or b == "?" for a, b in zip(cp1251.text, cp866.text))
    assert "СОВЕТ ДЕПУТАТОВ" in cp866.text and "04.02.2021 Г. №2" in cp866.text


def test_bom_is_used_and_dropped():
    data = realdoc("40").read_bytes()
    decoded = textio.decode(data)
    assert decoded.how == "bom" and not decoded.text.startswith("\ufeff")
    assert read(realdoc("40")).text.startswith("ФЕДЕРАЛЬНАЯ СЛУЖБА")


def test_cp1251_wins_over_mac_cyrillic():
    text = "Решение Совета депутатов Краснопольского сельского поселения №2 от 04.02.2021"
    assert textio.decode(text.encode("cp1251")).text == text
    assert textio.russian_score(text) > textio.russian_score(text.encode("cp1251").decode("mac_cyrillic"))


def test_utf16_without_bom_and_clean_up(tmp_path):
    text = "Постановление\r\nот\u00a012.03.2024 № 145-п\r\nо благо\u00adустройстве, ёлки\x00"
    assert textio.decode(text.encode("utf-16-le")).text == text
    cleaned = textio.tidy(text)
    assert cleaned == "Постановление\nот 12.03.2024 № 145-п\nо благоустройстве, ёлки"
    assert textio.tidy("a   b\n\n\n\nc\t\t d") == "a b\n\nc\td"
    path = tmp_path / "act.txt"
    path.write_bytes(text.encode("cp1251"))
    assert read(path).pages == (cleaned,)


def test_join_cells_keeps_visual_lines():
    assert textio.join_cells([["12.03.2024", "г. Брянск"], [], ["№ 145-п"]]) == [
        "12.03.2024\t№ 145-п", "г. Брянск"]


# -- real documents ------------------------------------------------------


@pytest.mark.parametrize("prefix", CLEAN + OCR_LAYER)
def test_text_pdfs_keep_every_page(prefix):
    parsed = read_pdf(realdoc(prefix))
    assert parsed.media_type == PDF
    assert parsed.page_count == len(parsed.pages)
    assert "garbled_text_layer" not in parsed.warnings
    assert all(parsed.pages[i - 1] == "" for i in parsed.pending_pages)
    assert sum(1 for p in parsed.pages if p) >= parsed.page_count - len(parsed.pending_pages)


def test_pdf_headings_come_back_on_one_line():
    assert "от 8 сентября 2004 г. N 3077-п" in lines_of(read(realdoc("09")).text)
    assert "11 февраля 2013 г. Москва № 17" in lines_of(read(realdoc("35")).text)


def test_ocr_layer_split_into_false_columns_reads_in_order():
    page = read_pdf(realdoc("01")).pages[0]
    assert "В целях организации ритуальны^ услуг в соответствии со" in lines_of(page)
    assert "ПОСТАНОВЛЯЮ:" in lines_of(page)


def test_two_column_brochure_keeps_stream_order():
    page = read(realdoc("17")).pages[18]
    assert "ВЗЯТКА СЧИТАЕТСЯ\nПОЛУЧЕННОЙ, КОГДА" in page
    assert "\t" not in page


@pytest.mark.parametrize("prefix", GARBLED)
def test_garbled_text_layers_need_ocr(prefix):
    with pytest.raises(NeedsReader, match="garbled PDF text layer: needs OCR"):
        read_pdf(realdoc(prefix))


@pytest.mark.parametrize("prefix,pages", sorted(IMAGE_ONLY.items()))
def test_scans_need_ocr(prefix, pages):
    with pytest.raises(NeedsReader, match=rf"image-only PDF: needs OCR \({pages} pages\)"):
        read_pdf(realdoc(prefix))


def test_mixed_pdfs_list_pending_pages():
    vcp = read_pdf(realdoc("19"))  # scanned decree with a born-digital appendix
    assert vcp.pending_pages == (1,) and vcp.warnings == ("garbled_text_layer",)
    assert vcp.pages[0] == "" and "Ведомственная целевая программа" in vcp.pages[1]
    brochure = read_pdf(realdoc("17"))  # page 9 is a picture
    assert brochure.pending_pages == (9,) and brochure.warnings == ("image_only_pages",)


def test_garbled_measure_separates_real_pages():
    assert wordlike_share("IIOCTAHOBTEHI,IE o,,/8!i {olf Ns ,{0f,6-n r. Epxucx O6 yreepxAeHrru "
                          "crorrMocrrr ycJlyr, IIpeAocTaBrqeMbrx couracHo rapa HTr{poBaHHoMy") < 0.6
    assert wordlike_share("ijbdZahf NKLWD Jhkkbb hln_\\jZey]ã 17 Lj_[h\\Zgby h aZsbl_ bgnhjfZpbbg_ "
                          "khklZ\\eyxs_c ]hkm^Zjkl\\_ggmx lZcgm kh^_j`Zs_cky") < 0.6
    assert wordlike_share("В целях организации ритуальны^ услуг в соответствии со ст. 16 "
                          "Федерального закона РФ от 06. 10.2013 № 131-ФЗ «Об общих") > 0.85


def test_docx_reads_paragraphs_and_tables_in_order():
    text = read(realdoc("15")).text
    assert "от 12 мая 2020 года N 1164-п" in lines_of(text)
    ustav = read(realdoc("21")).text
    assert ustav.index("УСТАВ") < ustav.index("СОГЛАСОВАНО:") < ustav.index("1. Общие положения")


def test_html_gives_the_act_without_css_or_scripts():
    page = read(realdoc("39"))
    assert page.media_type == "text/html"
    assert page.meta["html_title"] == "Решение Коломенского муниципального района МО от 05"
    assert "Коломенского" not in page.text  # the wrong <title> is metadata only
    assert "04.02.2021 Г. №2" in lines_of(page.text) and "РЕШЕНИЕ" in lines_of(page.text)
    assert "font-family" not in page.text and "{" not in page.text
    pravo = read(realdoc("42")).text
    assert "14.04.2021 N 293" in lines_of(pravo) and "ПРИКАЗ" in lines_of(pravo)
    assert "contextPath" not in pravo and "jquery" not in pravo.lower()
    assert lines_of(pravo)[1].startswith("ОПУБЛИКОВАНО:\tОФИЦИАЛЬНЫЙ ИНТЕРНЕТ-ПОРТАЛ")


def test_a_dos_text_file_s_end_mark_and_stray_controls_are_not_text(tmp_path):
    """A DOS editor ends a file with Ctrl-Z; it reached the record's text and a
    dossier's full text (qa93). Tabs and line ends stay."""
    p = tmp_path / "postanovlenie_12.txt"
    p.write_bytes("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА\r\n\r\nПОСТАНОВЛЕНИЕ\r\n"
                  "от 12.03.2024\t№ 12\r\n\x07О субботнике\x1b\r\n\x1a".encode("cp866"))
    text = read(p).text
    assert not any(c in text for c in "\x1a\x07\x1b\r")
    assert text.endswith("О субботнике") and "от 12.03.2024\t№ 12" in text


def test_html_named_file_without_markup_is_read_as_text():
    text = read(realdoc("41")).text
    assert lines_of(text)[:2] == ["ГУБЕРНАТОР КАМЧАТСКОГО КРАЯ",
                                  "Государственный комитет Республики Башкортостан по строительству и архитектуре"]
    assert "31 декабря 2014 года № 380" in lines_of(text)


@pytest.mark.parametrize("prefix,reason", [
    ("38", "image: needs OCR (--no-ocr)"),
    ("37", "image-only PDF: needs OCR (--no-ocr)"),
])
def test_formats_without_a_reader_yet_are_pending(prefix, reason):
    # .doc, RTF and ODT have readers now (tests/test_legacy.py); OCR'd
    # formats are pending when OCR is off (--no-ocr) or Tesseract missing
    with pytest.raises(NeedsReader) as caught:
        read(realdoc(prefix), Limits(ocr=False))
    assert caught.value.reason == reason


# -- built documents: headings laid out as tables ------------------------


def test_pdf_heading_table_puts_date_and_number_on_one_line(tmp_path):
    # Word writes a table cell by cell: the date cell (two lines), then the
    # number cell on the date's baseline at the right.
    heading = [
        (200, 760, "АДМИНИСТРАЦИЯ ГОРОДА БРЯНСКА"),
        (240, 730, "ПОСТАНОВЛЕНИЕ"),
        (72, 700, "12.03.2024"),
        (72, 686, "г. Брянск"),
        (450, 700, "№ 145-п"),
        (72, 650, "Об утверждении порядка предоставления субсидий"),
    ]
    parsed = read(write_pdf(tmp_path / "act.pdf", [heading + BODY]))
    assert lines_of(parsed.text)[:5] == [
        "АДМИНИСТРАЦИЯ ГОРОДА БРЯНСКА", "ПОСТАНОВЛЕНИЕ", "12.03.2024\t№ 145-п", "г. Брянск",
        "Об утверждении порядка предоставления субсидий"]
    assert parsed.page_count == 1 and parsed.warnings == ()


def test_pdf_image_pages_are_pending(tmp_path):
    path = write_pdf(tmp_path / "mixed.pdf", [BODY, [(500, 30, "2")], BODY], images=(1,))
    parsed = read_pdf(path)
    assert parsed.pending_pages == (2,) and parsed.warnings == ("image_only_pages",)
    assert parsed.pages[1] == "" and "131-ФЗ" in parsed.pages[2]


def _docx_heading(path: Path, *, nested: bool = False) -> Path:
    document = python_docx.Document()
    document.sections[0].header.paragraphs[0].text = "Бланк администрации"
    document.add_paragraph("АДМИНИСТРАЦИЯ ГОРОДА БРЯНСКА")
    document.add_paragraph("ПОСТАНОВЛЕНИЕ")
    table = document.add_table(rows=1, cols=3)
    left, middle, right = table.rows[0].cells
    left.paragraphs[0].text = "12.03.2024"
    left.add_paragraph("г. Брянск")
    right.paragraphs[0].text = "№ 145-п"
    if nested:
        inner = middle.add_table(rows=1, cols=2)
        inner.rows[0].cells[0].paragraphs[0].text = "вх."
        inner.rows[0].cells[1].paragraphs[0].text = "17"
    document.add_paragraph("Об утверждении порядка\tпредоставления субсидий")
    document.save(path)
    return path


def test_docx_heading_table_keeps_date_and_number_on_one_line(tmp_path):
    parsed = read(_docx_heading(tmp_path / "act.docx"))
    assert parsed.media_type == DOCX and parsed.page_count is None
    assert parsed.text.split("\n\n") == [
        "Бланк администрации", "АДМИНИСТРАЦИЯ ГОРОДА БРЯНСКА", "ПОСТАНОВЛЕНИЕ",
        "12.03.2024\t№ 145-п\nг. Брянск", "Об утверждении порядка\tпредоставления субсидий"]


def test_docx_nested_table_stays_in_its_cell(tmp_path):
    text = read(_docx_heading(tmp_path / "act.docx", nested=True)).text
    assert "12.03.2024\tвх.\t17\t№ 145-п\nг. Брянск" in text


# -- built HTML ------------------------------------------------------------


PAGE = """<!DOCTYPE html><html><head><title>Администрация — новости</title>
<link rel="canonical" href="https://adm.example/acts/145">
<style>p {{ color: red }}</style><script>var menu = "Главная";</script></head>
<body><header><nav><a href="/">Главная</a> | <a href="/docs">Документы</a></nav></header>
<div class="menu">Карта сайта</div>
<main><h1>ПОСТАНОВЛЕНИЕ</h1>
<table><tr><td><p>12.03.2024</p><p>г.&nbsp;Брянск</p></td><td><p>№ <span>14</span><span>5-п</span></p></td></tr></table>
<p><b>Об утверждении</b><i> порядка</i> &laquo;предо<span>ставления</span>&raquo; субсидий</p>
<p>1. Утвердить порядок.<br>2. Опубликовать.</p><div style="display:none">скрытый текст</div>
<form><input value="Поиск"><button>Найти</button></form></main>
<footer>© Администрация, {year}</footer></body></html>"""


def test_html_drops_chrome_and_joins_inline_elements(tmp_path):
    path = tmp_path / "act.html"
    path.write_bytes(PAGE.format(year=2024).encode("cp1251").replace(b"<head>", b"<head><meta charset=windows-1251>"))
    parsed = read(path)
    assert parsed.text == ("ПОСТАНОВЛЕНИЕ\n\n12.03.2024\t№ 145-п\nг. Брянск\n\n"
                           "Об утверждении порядка «предоставления» субсидий\n\n1. Утвердить порядок.\n2. Опубликовать.")
    assert parsed.meta == {"encoding": "cp1251", "html_title": "Администрация — новости",
                           "url": "https://adm.example/acts/145"}


def test_html_unclosed_menu_does_not_swallow_the_act(tmp_path):
    path = tmp_path / "act.html"
    path.write_text("<html><body><div class='menu'>Главная<p>РЕШЕНИЕ</p><p>от 04.02.2021 № 2</p></body></html>",
                    encoding="utf-8")
    assert "от 04.02.2021 № 2" in read(path).text


# -- bad input -------------------------------------------------------------


def _reason(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(IngestError) as caught:
        read(path, limits)
    return caught.value.reason


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert _reason(path) == "empty file: 0 bytes"


def test_truncated_pdf(tmp_path):
    data = realdoc("35").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) * 6 // 10])
    assert _reason(path) == "truncated or damaged PDF: no cross-reference table"


def test_encrypted_pdf(tmp_path):
    path = write_pdf(tmp_path / "secret.pdf", [BODY], encrypt_with="secret")
    assert _reason(path) == "encrypted PDF: needs a password"


def test_zero_page_pdf(tmp_path):
    path = tmp_path / "zero.pdf"
    document = pdfium.PdfDocument.new()
    document.save(path)
    document.close()
    assert _reason(path) == "PDF has no pages"


def test_huge_pdf_is_refused_by_the_page_limit_before_parsing(tmp_path):
    path = write_pdf(tmp_path / "huge.pdf", [BODY], shared_pages=5000)
    start = time.perf_counter()
    assert _reason(path) == "PDF has 5000 pages, over the limit of 2000 pages"
    assert time.perf_counter() - start < 2
    document = pdfium.PdfDocument(path)  # a valid file: refused for its size only
    assert len(document) == 5000
    document.close()


def test_word_97_renamed_docx(tmp_path):
    path = tmp_path / "act.docx"
    shutil.copy(realdoc("22"), path)
    parsed = read(path)  # read as the Word 97 file it is (antiword), not refused as a DOCX
    assert parsed.media_type == "application/msword" and "01.04/81" in parsed.text


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "act.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("act.txt", "Постановление № 145-п")
    assert _reason(path) == "zip archive, not a document: expand it first"
    with pytest.raises(IngestError, match=r"^not a DOCX: zip without word/document\.xml$"):
        read_docx(path)


def test_binary_junk_named_txt(tmp_path):
    path = tmp_path / "act.txt"
    path.write_bytes(random.Random(1).randbytes(20_000))
    assert _reason(path) == "binary data, not text or a known document format"
    from ingest.formats.text import read_text
    with pytest.raises(IngestError, match="^binary data, not text$"):
        read_text(path)


def test_docx_zip_bomb_is_refused_before_python_docx(tmp_path):
    path = _docx_heading(tmp_path / "bomb.docx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/image1.png", b"\x00" * (8 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    reason = _reason(path, Limits(max_unzipped_bytes=4 * 1024 * 1024))
    assert reason == "zip bomb: DOCX unpacks to 8 MB, over the limit of 4 MB"


def test_docx_bomb_lying_about_its_size_is_refused(tmp_path):
    path = _docx_heading(tmp_path / "liar.docx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/image1.png", b"\x00" * (8 * 1024 * 1024))
    data = bytearray(path.read_bytes())
    entry = data.rindex(b"PK\x01\x02")  # directory entry of the bomb, appended last
    data[entry + 24: entry + 28] = (1000).to_bytes(4, "little")  # declared size
    path.write_bytes(bytes(data))
    # zipfile never inflates past the declared size, and the CRC then fails.
    reason = _reason(path, Limits(max_unzipped_bytes=4 * 1024 * 1024))
    assert reason == "damaged DOCX: Bad CRC-32 for file 'word/media/image1.png'"


def test_file_over_the_size_limit(tmp_path):
    path = write_pdf(tmp_path / "act.pdf", [BODY])
    assert _reason(path, Limits(max_file_bytes=100)).startswith("file too large:")


def test_scanner_layers_are_told_from_pages_printed_over_a_picture():
    """A scanner draws its OCR layer under the page image (realdocs 01, 04,
    05) or invisible (03): those pages are OCR'd and compared. An
    illustrated memo (realdocs 17) draws its background picture first and
    prints real text over it: its layer is kept, no OCR run is spent."""
    from ingest.formats import pdf as pdf_reader
    from ingest.formats import pdf_ocr
    from tests.conftest import realdoc

    for prefix in ("01", "03", "04", "05"):
        parsed = pdf_reader.read_pdf(realdoc(prefix))
        assert 1 in pdf_ocr._scanned_text_pages(realdoc(prefix), parsed), prefix
    memo = pdf_reader.read_pdf(realdoc("17"))
    assert pdf_ocr._scanned_text_pages(realdoc("17"), memo) == []
