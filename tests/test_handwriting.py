"""Hand-filled dates and numbers on scanned forms (ingest/formats/handwriting.py):
the constrained date decoder on made-up recogniser output, the requisites
line found from Tesseract's boxes, and real Bryansk and Rybinsk scans whose
date and number were written by pen."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pypdfium2 as pdfium
import pytest

from ingest.formats import handwriting as hw
from ingest.formats import ocr
from ingest.formats.limits import DEFAULT_LIMITS
from ingest.requisites import extract_acts
from tests.conftest import realdoc

needs_tesseract = pytest.mark.skipif(not ocr.available(), reason="tesseract with rus data not installed")
needs_model = pytest.mark.skipif(not hw.installed(), reason="pip install actdesk[handwriting]")
TODAY = dt.date(2026, 11, 26)

# -- the decoder on made-up recogniser output ---------------------------------

CHARS = ["\0"] + list("0123456789.,-/NoraTYabcdefghijklmnpqstuvwxyz_") + [" "]


def frames(*spec) -> np.ndarray:
    """Probabilities frame by frame: each item is a char (p=0.9) or a dict
    {char: p}; every char is followed by a blank frame, as CTC output is."""
    rows = []
    for item in spec:
        row = np.full(len(CHARS), 1e-4)
        probs = {item: 0.9} if isinstance(item, str) else item
        for c, p in probs.items():
            row[CHARS.index(c)] = p
        rows.append(row / row.sum())
        blank = np.full(len(CHARS), 1e-4)
        blank[0] = 0.95
        rows.append(blank / blank.sum())
    return np.array(rows)


def classes(*spec) -> hw._Classes:
    return hw._Classes(frames(*spec), CHARS)


def test_date_is_read_where_the_recogniser_is_sure():
    line = classes("o", "r", *"03.06.2024", "N", *"2067", "-", "2", "1", "7")
    date, cost, ends = hw.decode_date([line], TODAY)
    assert date == "03.06.2024" and cost < 0.5
    digits, prob, suffix = hw.decode_number(line, ends[0] + 1)
    assert digits == "2067" and prob > 0.8
    assert suffix  # "-217" was written after the digits: the number is not whole


def test_a_letter_that_only_looks_like_a_digit_is_decided_by_the_calendar():
    # the year's "2" read as "a" (with "2" second): only 2024 makes a date
    line = classes(*"07.05.", {"a": 0.6, "2": 0.3}, *"024")
    assert hw.decode_date([line], TODAY)[0] == "07.05.2024"


def test_impossible_months_and_future_years_are_never_chosen():
    # "18" as a month and 2070 as a year: the cheapest real date differs in
    # one digit each; no impossible date can come out
    line = classes(*"04.", {"1": 0.9, "0": 0.05}, {"8": 0.5, "2": 0.4}, ".", *"20", {"7": 0.6, "2": 0.35}, "0")
    date, _, _ = hw.decode_date([line], TODAY)
    assert date == "04.12.2020"


def test_dates_written_without_dots_are_read():
    # the gaps between the parts read as a space or nothing
    gap = {" ": 0.5, "\0": 0.4}
    line = classes(*"09", gap, *"08", gap, *"2024")
    assert hw.decode_date([line], TODAY)[0] == "09.08.2024"


def test_junk_gives_no_date():
    line = classes(*"Ta bcdefgh")
    assert hw.decode_date([line], TODAY)[0] is None


def test_two_equally_likely_dates_give_none():
    # the year's last digit is a coin toss: no date rather than a guess
    line = classes(*"29.03.202", {"4": 0.45, "1": 0.45})
    assert hw.decode_date([line], TODAY)[0] is None


def test_the_number_starts_after_the_no_sign():
    line = classes("N", "o", *"340")
    digits, prob, suffix = hw.decode_number(line, 0, anchored=True)
    assert (digits, suffix) == ("340", False)
    assert hw.decode_number(classes(*"340"), 0, anchored=True)[0] is None


# -- the requisites line from Tesseract's boxes -------------------------------


def _lines(*rows):
    words = []
    for i, (y, text, conf) in enumerate(rows, 1):
        x = 300
        for j, t in enumerate(text.split(), 1):
            words.append(ocr._Word(i, 1, 1, x, y, 40 * len(t), 50, conf, t))
            x += 40 * len(t) + 30
    return ocr._lines(words)


def test_printed_requisites_are_left_to_tesseract():
    lines = _lines((900, "ПОСТАНОВЛЕНИЕ", 95), (1100, "от 12 марта 2024 г. № 145-п", 93),
                   (1300, "Об утверждении порядка", 95))
    assert hw.find_line(lines, (2480, 3500)) is None


def test_hand_filled_line_is_found_under_a_heading_set_on_three_lines():
    lines = _lines((700, "ПОСТАНОВЛЕНИЕ", 95), (780, "АДМИНИСТРАЦИИ", 95),
                   (860, "Рыбинского муниципального района", 94),
                   (1000, "от 20905 20/7 № 95970", 40), (1250, "О создании учреждения", 95))
    box = hw.find_line(lines, (2480, 3500))
    assert box is not None
    left, top, right, bottom = box
    assert 910 <= top <= 1000 and 1050 <= bottom <= 1250


# -- real scans ---------------------------------------------------------------


def _first_page(prefix: str):
    doc = pdfium.PdfDocument(str(realdoc(prefix)))
    try:
        return doc[0].render(scale=ocr.RENDER_DPI / 72, grayscale=True).to_pil()
    finally:
        doc.close()


@needs_tesseract
@needs_model
def test_bryansk_scan_date_written_by_hand_is_read():
    page = ocr.ocr_image(_first_page("06"), DEFAULT_LIMITS, ocr.RENDER_DPI, first_page=True)
    assert page.hand["date"] == "03.06.2024"
    # the number is "2067-зп": the digits are read, the Cyrillic suffix is not,
    # so the record gets no number rather than half of one
    assert page.hand["number_digits"] == "2067" and page.hand["number"] is None
    act = extract_acts(page.text)[0]
    assert act.date == "2024-06-03" and act.number is None
    assert act.kind == "постановление"
    assert "Об организации и проведении" in act.title
    meta = ocr._summary([page])
    assert ocr.hand_warnings(meta) == ["handwritten_requisites", "handwriting_unread"]


@needs_tesseract
@needs_model
def test_rybinsk_scan_date_left_number_right_both_read():
    page = ocr.ocr_image(_first_page("18"), DEFAULT_LIMITS, ocr.RENDER_DPI, first_page=True)
    act = extract_acts(page.text)[0]
    assert (act.date, act.number) == ("2011-03-04", "340")
    assert act.title.startswith("О создании Муниципального казенного")


@needs_tesseract
def test_without_the_recogniser_the_line_is_reported_unread(monkeypatch):
    monkeypatch.setattr(hw, "installed", lambda: False)
    page = ocr.ocr_image(_first_page("06"), DEFAULT_LIMITS, ocr.RENDER_DPI, first_page=True)
    assert "not installed" in page.hand["unread"]
    assert ocr.hand_warnings(ocr._summary([page])) == ["handwriting_unread"]
    assert extract_acts(page.text)[0].date is None


@needs_tesseract
@needs_model
def test_scanner_layer_keeps_its_text_and_takes_the_handwritten_line():
    # realdocs 01: an ABBYY layer that turned "21.05.2024 № 1797-п" into junk
    from ingest.formats.pdf_ocr import read_pdf

    parsed = read_pdf(realdoc("01"))
    act = extract_acts(parsed.text)[0]
    assert act.date == "2024-05-21" and act.number is None
    assert act.body == "БРЯНСКАЯ ГОРОДСКАЯ АДМИНИСТРАЦИЯ"
    assert "handwritten_requisites" in parsed.warnings
    assert parsed.meta["handwritten"]["date"] == "21.05.2024"


def test_splicing_a_handwritten_line_into_a_layer():
    from ingest.formats.pdf_ocr import _with_hand_line

    layer = "БРЯНСКАЯ ГОРОДСКАЯ АДМИНИСТРАЦИЯ\nПОСТАНОВЛЕНИЕ\n\nо-, Р7. 05, iLC'A& х.\nг. Брянск\nОб утверждении"
    out = _with_hand_line(layer, {"date": "07.05.2025", "number": None})
    assert out.split("\n")[3] == "от 07.05.2025"
    # a line the layer read with a date is not touched; nothing read, nothing done
    printed = layer.replace("о-, Р7. 05, iLC'A& х.", "от 07.05.2025 № 1824-п")
    assert _with_hand_line(printed, {"date": "07.05.2025", "number": None}) is None
    assert _with_hand_line(layer, {"date": None, "number": None}) is None


@needs_tesseract
@needs_model
def test_handwritten_digits_are_kept_in_the_record_and_found_by_number(tmp_path):
    """A scan whose number suffix stayed unread: the record has no number,
    but the hand-read digits are in the record (export) and a question
    with the number finds the act."""
    import json
    import shutil

    from ingest.fund import Fund
    from ingest.pipeline import Batch
    from ingest.settings import scheme_path
    from search.card import format_card
    from search.query import search
    from search.sync import sync_index

    delivery = tmp_path / "in"
    delivery.mkdir()
    for p in ("06", "09"):
        shutil.copy(realdoc(p), delivery / realdoc(p).name)
    home = tmp_path / "fund"
    fund = Fund(home, create=True)
    Batch(fund, jobs=1, scheme_path=scheme_path(home)).run([delivery])
    sync_index(fund)
    rec = next(r for r in fund.iter_records() if r.source.file_name.startswith("06_"))
    assert rec.number is None and rec.date == "2024-06-03"
    assert rec.handwritten == {"date": "2024-06-03", "number": None, "number_digits": "2067"}
    assert json.loads(json.dumps(rec.to_dict()))["handwritten"]["number_digits"] == "2067"
    assert "2067…" in format_card(rec)
    hits = search(fund.index_dir, "постановление № 2067-зп от 03.06.2024").hits
    assert hits and hits[0].id == rec.id
    # the digits alone find it (the date is not asked); the other act does not come first
    hits = search(fund.index_dir, "№ 2067").hits
    assert hits and hits[0].id == rec.id
    fund.close()


# -- the year decided by the act's own dates -----------------------------------

SCHEDULE = """ПОСТАНОВЛЕНИЕ
от 08.02.2023
Об организации и проведении специализированных ярмарок
В соответствии с постановлением Правительства Брянской области
от 21.08.2015 № 404-п «Об утверждении Порядка организации ярмарок»
1. Разрешить проведение ярмарки с 06.03.2024 по 10.03.2024 согласно приложению.
2. Срок представления отчёта — до 15.03.2024.
"""


def test_event_years_leave_out_citations_of_other_acts():
    assert hw.event_years(SCHEDULE.replace("08.02.2023", "")) == {"2024": 3}
    assert hw.event_years("от 22.02.2022 588-п; с 01.06.2025") == {"2025": 1}
    assert hw.event_years("утверждено 22.02.2022 № 588") == {}


def test_a_close_year_named_by_the_schedule_wins():
    hand = {"date": "08.02.2023", "other_years": ["08.02.2022", "08.02.2024"]}
    pages, out = hw.settle_year([SCHEDULE], hand)
    assert out["date"] == "08.02.2024" and out["year_from_text"] == "2023->2024"
    assert "от 08.02.2024\n" in pages[0] and "21.08.2015" in pages[0]


def test_the_read_year_stays_when_the_text_names_it_or_nothing_decides():
    hand = {"date": "08.02.2023", "other_years": ["08.02.2024"]}
    # the text names 2023 too: the reading stands
    text = SCHEDULE.replace("10.03.2024", "10.03.2023")
    assert hw.settle_year([text], hand)[1]["date"] == "08.02.2023"
    # fewer than three dates of the other year: too little to overrule the pen
    text = SCHEDULE.replace("до 15.03.2024", "до конца месяца")
    assert hw.settle_year([text], hand)[1]["date"] == "08.02.2023"
    # no close alternative: nothing to choose from
    assert hw.settle_year([SCHEDULE], {"date": "08.02.2023"})[1]["date"] == "08.02.2023"


@needs_tesseract
@needs_model
def test_bryansk_scan_year_written_like_a_three_is_taken_from_its_schedule():
    from ingest.formats import read

    parsed = read(realdoc("10"))
    hand = parsed.meta["handwritten"]
    assert hand["date"] == "08.02.2024" and hand["year_from_text"] == "2023->2024"
    assert extract_acts(parsed.text)[0].date == "2024-02-08"


def test_cuts_that_differ_in_a_repeated_digit_keep_the_longer_reading():
    # CTC merges a digit written twice unless it sees a gap between them: the
    # cut that read 1110 saw the gaps the cuts reading 110 missed
    assert hw.agreed_digits([("1110", 0.75, True), ("110", 0.87, True), ("110", 0.92, True)], 3) == "1110"
    assert hw.agreed_digits([("166", 0.72, False), ("166", 0.95, False), ("16", 0.9, False)], 3) == "166"
    # a different digit or more written after the number: the majority stands
    assert hw.agreed_digits([("2067", 0.82, True), ("2063", 0.81, True), ("2067", 0.84, True)], 3) == "2067"
    assert hw.agreed_digits([("1824", 0.79, True), ("18241", 0.74, False), ("1824", 0.84, True)], 3) == "1824"
    assert hw.agreed_digits([("340", 0.9, True), (None, None, False), ("56", 0.9, True)], 3) is None


def test_the_date_at_the_left_of_the_line_is_read_alone_when_the_whole_line_gives_none(monkeypatch):
    # "28.10.2016   г. Заречный   № 166": glued into one line with the printed
    # place and number, the date is lost in junk; its own ink, at the left, reads
    from PIL import Image

    left, place, right = (0, 100), (120, 200), (220, 300)
    read = {(left,): "28.10.2016", (right,): "166"}
    monkeypatch.setattr(hw, "_session", lambda: object())
    monkeypatch.setattr(hw, "find_line", lambda lines, size: (0, 0, 300, 60))
    monkeypatch.setattr(hw, "_ink_box", lambda crop, unit: (0, 50, [left, place, right]))
    monkeypatch.setattr(hw, "_compose", lambda crop, top, bottom, segs, gap: tuple(segs))
    monkeypatch.setattr(hw, "probabilities", lambda segs: (frames(*read.get(segs, "Ta bcdefgh")), CHARS))
    got = hw.read_requisites(Image.new("L", (300, 60), 255), _lines((10, "ПРИКАЗ", 95)), TODAY)
    assert got.date == "28.10.2016"
    assert got.digits == "166" and got.number is None  # digits of the last ink alone: never the number
