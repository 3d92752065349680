"""Delivered files in further shapes (issue 12, helper delivered19): the
heading in a text box of the page header of a Word 97 file, the two digits
of the year typed into a blank's ``20__``, a scanner's own text layer whose
heading words mix Latin and Cyrillic letters, a distribution list beside
the heading.

Each file is composed here, in our own wording, for the fictional Заречный
муниципальный округ Тестовской области; what is asserted is what a
librarian reads off the page.
"""
from __future__ import annotations

import shutil

import docx as python_docx
import pytest
from docx.oxml import parse_xml

from tests.blanks import convert
from tests.test_binary_shapes import HEAD, TEXT, TITLE, _text_box, act_of, check

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


@needs_soffice
def test_doc_heading_in_a_text_box_of_the_first_page_header_goes_on_top(tmp_path):
    document = python_docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0]._p.append(parse_xml(_text_box(HEAD + ["", "ПОСТАНОВЛЕНИЕ"])))
    for line in ["", "12.03.2024\t\t\t\t\t\t№ 145-п", "г. Заречный", "", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    check(act_of(convert([tmp_path / "act.docx"], "doc", tmp_path / "doc")[0])[1])


def _scanned_pdf(tmp_path, heading, image=True, number="№ 145-п"):
    from tests.test_formats import write_pdf
    lines = heading + ["", "ПОСТАНОВЛЕНИЕ"]
    items = [(170, 800 - 14 * i, x) for i, x in enumerate(lines) if x]
    items += [(70, 720, "12.03.2024"), (470, 720, number), (70, 690, TITLE)]
    items += [(70, 660 - 14 * i, x) for i, x in enumerate(TEXT)]
    path = write_pdf(tmp_path / "act.pdf", [items], images=(0,) if image else ())
    if image:  # the page image drawn over its text layer, as a scanner lays it: same length, same offsets
        data = path.read_bytes()
        start = data.index(_IMAGE)
        end = data.index(b"\nendstream", start)
        path.write_bytes(data[:start] + data[start + len(_IMAGE) + 1:end] + b"\n" + _IMAGE + data[end:])
    return path


_IMAGE = b"q 595 0 0 842 0 0 cm /Im1 Do Q"


def test_scanners_text_layer_with_latin_and_digit_lookalikes_in_the_heading(tmp_path):
    """A scanner's own OCR under the page image prints ``AДMИHИCTPAЦИЯ``
    with Latin A, M, H, C, P, T and ``3`` for ``З``: read as the letters printed."""
    heading = ["AДMИHИCTPAЦИЯ", "3АРЕЧНОГО МУНИЦИПАЛЬНОГО OKPУГA", "ТЕСТОВСКОЙ ОБЛАСТИ"]
    parsed, act = act_of(_scanned_pdf(tmp_path, heading))
    check(act)
    # a born-digital text layer is never repaired: its words stay as printed
    parsed, _ = act_of(_scanned_pdf(tmp_path, heading, image=False))
    assert "AДMИHИCTPAЦИЯ" in parsed.text


@pytest.mark.parametrize("sign", ["N9", "Nq", "Ng", "Ne"])
def test_scanners_number_sign_read_as_n_and_a_digit_or_letter(tmp_path, sign):
    """``№`` read by a scanner's OCR as ``N9``/``Nq``/``Ne``: the sign, not a number 9."""
    from ingest.requisites import extract_acts
    lines = HEAD + ["ПОСТАНОВЛЕНИЕ", f"12.03.2024\t\t\t{sign} 145-п", TITLE] + TEXT
    check(extract_acts("\n".join(lines))[0])


def test_n_and_a_digit_before_a_date_stays_a_number():
    from ingest.requisites.date_number import find_number
    assert find_number("№9 12.03.2024")[0] == "9"
    assert find_number("N9 12.03.2024")[0] == "9"


@pytest.mark.parametrize("line", ["от «_12_» ___03___ 20_24_ г.\t\t\t№ _145-п_",
                                  "от «12» 03 20 24 г.\t\t\t\t№ 145-п"])
def test_docx_blank_whose_month_and_year_digits_are_typed_over_its_rules(tmp_path, line):
    """The month typed as digits and the year's last two into the printed ``20__``."""
    document = python_docx.Document()
    for x in HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", line, "г. Заречный", "", TITLE] + TEXT:
        document.add_paragraph(x)
    document.save(tmp_path / "act.docx")
    check(act_of(tmp_path / "act.docx")[1])


def test_an_empty_blank_with_a_digit_month_keeps_no_year():
    from ingest.requisites.lines import _typed_year
    assert _typed_year("от «__» __03__ 20__ г.") == "от «__» __03__ 20__ г."


def test_pdf_distribution_list_beside_the_heading_is_not_the_title(tmp_path):
    """The heading block left, a ``Разослано:`` list in the right column: the
    text layer prints the list after the heading's place line, over the title."""
    from tests.test_formats import write_pdf
    left = HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", "от 12.03.2024 № 145-п", "г. Заречный"]
    items = [(60, 800 - 14 * i, x) for i, x in enumerate(left) if x]
    items += [(360, 800 - 14 * i, x) for i, x in enumerate(["Разослано:", "прокуратура округа,",
                                                              "МКУ «Заречный парк»"])]
    items += [(60, 690, TITLE)] + [(60, 660 - 14 * i, x) for i, x in enumerate(TEXT)]
    check(act_of(write_pdf(tmp_path / "act.pdf", [items]))[1])


@needs_soffice
def test_doc_emblem_cell_beside_the_heading_cell_is_no_part_of_the_body(tmp_path):
    """antiword prints the emblem's picture as ``[pic]`` in its cell."""
    from tests.delivered_samples import _arms, _cell
    document = python_docx.Document()
    table = document.add_table(rows=2, cols=2)
    _arms(table.rows[0].cells[0].paragraphs[0], tmp_path)
    _cell(table.rows[0].cells[1], HEAD)
    _cell(table.rows[1].cells[0].merge(table.rows[1].cells[1]), ["ПОСТАНОВЛЕНИЕ"])
    for line in ["12.03.2024\t\t\t\t\t\t№ 145-п", "г. Заречный", "", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    check(act_of(convert([tmp_path / "act.docx"], "doc", tmp_path / "doc")[0])[1])


@pytest.mark.parametrize("sign", ["JVo", "JV»", "JV"])
def test_scanners_layer_reading_the_number_sign_as_jv(tmp_path, sign):
    parsed, act = act_of(_scanned_pdf(tmp_path, HEAD, number=f"{sign} 145-п"))
    check(act)
