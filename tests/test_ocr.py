"""OCR on real scans (a few pages only: Tesseract takes 2-4 s a page), line
order rebuilt from Tesseract's TSV, --no-ocr and `actdesk ocr --pending`."""
from __future__ import annotations

import json

import pytest

from ingest.formats import ocr, read
from ingest.formats.limits import Limits
from ingest.formats.pdf_ocr import read_pdf, text_quality
from ingest.fund import Fund
from ingest.records import NeedsReader
from ingest.requisites import extract_acts
from cli import main
from tests.conftest import gold, realdoc
from tests.gold import same

needs_tesseract = pytest.mark.skipif(not ocr.available(), reason="tesseract with rus data not installed")
FIELDS = ("kind", "number", "date", "body", "title")


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


# -- without Tesseract -------------------------------------------------------


def _tsv(*words) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    rows = [f"5\t1\t{b}\t1\t{ln}\t{i}\t{x}\t{y}\t{w}\t40\t95\t{t}" for i, (b, ln, x, y, w, t) in enumerate(words, 1)]
    return head + "\n".join(rows) + "\n"


def test_date_left_and_number_right_stay_on_one_line():
    # Tesseract puts the number at the right of the heading in a block of
    # its own, after the place line: the reader joins it to the date.
    words = ocr.parse_tsv(_tsv(
        (1, 1, 900, 100, 500, "ПОСТАНОВЛЕНИЕ"),
        (2, 1, 300, 300, 250, "12.03.2024"),
        (2, 2, 300, 360, 60, "г."), (2, 2, 370, 360, 200, "Брянск"),
        (3, 1, 1900, 302, 40, "№"), (3, 1, 1950, 302, 150, "145-п"),
        (4, 1, 300, 500, 80, "Об"), (4, 1, 390, 500, 400, "утверждении"),
    ))
    assert lines_of(ocr.page_text(words)) == ["ПОСТАНОВЛЕНИЕ", "12.03.2024\t№ 145-п", "г. Брянск",
                                              "Об утверждении"]


def test_columns_side_by_side_keep_reading_order():
    words = ocr.parse_tsv(_tsv(*[(1, i, 100, 100 + 60 * i, 600, f"левая{i}") for i in range(1, 5)],
                               *[(2, i, 1300, 100 + 60 * i, 600, f"правая{i}") for i in range(1, 5)]))
    assert lines_of(ocr.page_text(words)) == [f"левая{i}" for i in range(1, 5)] + \
        [f"правая{i}" for i in range(1, 5)]


def test_russian_fixes_of_ocr_output():
    russian = "\nВ соответствии с федеральными законами об общих принципах организации"
    text = "ЬРЯНСКАЯ ГОРОДСКАЯ АДМИНИСТРАЦИЯ\nO назначении Ha должность (MYCII no ВПД)\nmusp-br@mail.ru"
    assert ocr.fix_script(text + russian) == ("БРЯНСКАЯ ГОРОДСКАЯ АДМИНИСТРАЦИЯ\nО назначении На должность "
                                              "(МУСП по ВПД)\nmusp-br@mail.ru" + russian)
    assert ocr.fix_script("Mostly English text: no change") == "Mostly English text: no change"


def test_quality_prefers_words_to_junk():
    assert text_quality("пгЛМ67ШЧ № {Щ -П ijbdZ") < 0.5 < text_quality("от 21.05.2024 № 1797-п О создании")


def test_missing_tesseract_keeps_scans_pending_and_says_so(monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    with pytest.raises(NeedsReader, match="tesseract is not installed: image-only PDF kept pending"):
        read(realdoc("37"))
    with pytest.raises(NeedsReader, match="tesseract is not installed: image kept pending"):
        read(realdoc("38"))


def test_no_ocr_leaves_scans_pending():
    no_ocr = Limits(ocr=False)
    with pytest.raises(NeedsReader, match=r"needs OCR \(--no-ocr\)"):
        read(realdoc("20"), no_ocr)
    vcp = read(realdoc("19"), no_ocr)  # garbled first page, born-digital appendix
    assert vcp.pending_pages == (1,) and "ocr_pending" in vcp.warnings


# -- with Tesseract ----------------------------------------------------------


@needs_tesseract
def test_png_page_is_read():
    parsed = read(realdoc("38"))
    assert parsed.media_type == "image/png" and "ocr" in parsed.warnings
    assert parsed.meta["ocr_confidence"] > 85
    assert "ОБЛАСТНОЙ ЗАКОН" in lines_of(parsed.text)
    act = extract_acts(parsed.text)[0]
    assert act.kind == "закон"
    assert same("title", gold()[realdoc("38").name]["title"], act.title)


@needs_tesseract
def test_scan_page_keeps_the_heading_line_and_the_page_limit():
    parsed = read_pdf(realdoc("37"), Limits(max_ocr_pages=1))
    assert parsed.pending_pages == (2, 3, 4)
    assert {"ocr", "ocr_pages_limit", "ocr_pending", "image_only_pages"} <= set(parsed.warnings)
    heading = [line for line in lines_of(parsed.pages[0]) if "мая 2020" in line]
    assert heading and "№ 75" in heading[0]  # date at the left, number at the right: one line
    act = extract_acts(parsed.text)[0]
    assert (act.kind, act.number) == ("приказ", "75")


@needs_tesseract
def test_garbled_layer_is_replaced_by_ocr():
    parsed = read(realdoc("20"))
    assert {"garbled_text_layer", "ocr"} <= set(parsed.warnings) and not parsed.pending_pages
    act = extract_acts(parsed.text)[0]
    assert act.kind == "распоряжение"
    assert same("body", gold()[realdoc("20").name]["body"], act.body)


@needs_tesseract
def test_a_page_on_its_side_is_turned_upright():
    from PIL import Image
    with Image.open(realdoc("38")) as im:
        top = im.crop((0, 0, im.width, im.height // 3)).rotate(90, expand=True)
    result = ocr.ocr_image(top)
    assert result.rotation in (90, 270)
    assert "ОБЛАСТНОЙ ЗАКОН" in result.text


# The floor: requisites on a few OCR'd files (the full measurement over all
# of gold is bench/ocr.py). 13's handwritten date is read (handwriting.py).
FLOOR_FILES = {"20": None, "38": None, "37": 1, "13": 1}
FLOOR = 14 / 19  # reached: every printed field and 13's handwritten date; missed are
                 # 20's date and number (left unread: two dates equally likely, a
                 # suffix "-л/с"), 13's "4984-зп" (suffix), 37's handwritten day
                 # and 38's body, which gold annotates beyond the heading


@needs_tesseract
def test_requisites_floor_on_ocr_files():
    hits = total = 0
    missed = []
    for prefix, pages in FLOOR_FILES.items():
        limits = Limits(max_ocr_pages=pages) if pages else Limits()
        path = realdoc(prefix)
        act = extract_acts(read_pdf(path, limits).text if path.suffix == ".pdf" else read(path).text)[0]
        g = gold()[path.name]
        for f in FIELDS:
            if g.get(f) is None:
                continue
            total += 1
            if same(f, g[f], getattr(act, f)):
                hits += 1
            else:
                missed.append((prefix, f, getattr(act, f)))
    assert hits / total >= FLOOR, f"{hits}/{total}; missed {missed}"


@needs_tesseract
def test_no_ocr_import_then_ocr_pending(tmp_path, runner, batch_dir):
    delivery = batch_dir("38")
    home = tmp_path / "fund"
    res = runner.invoke(main, ["--home", str(home), "ingest", "--jobs", "1", "--no-ocr", str(delivery),
                               "--report", str(tmp_path / "r.json")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    entry = json.loads((tmp_path / "r.json").read_text("utf-8"))[0]
    assert entry["status"] == "pending" and entry["reason"] == "image: needs OCR (--no-ocr)"
    res = runner.invoke(main, ["--home", str(home), "ocr", "--pending", "--jobs", "1"],
                        catch_exceptions=False)
    assert res.exit_code == 0, res.output
    fund = Fund(home)
    assert [f.status for f in fund.files()] == ["read"]
    (rec,) = list(fund.iter_records())
    assert rec.kind == "закон" and "ocr" in rec.warnings
