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
