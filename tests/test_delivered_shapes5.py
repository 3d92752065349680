"""Delivered files in the shapes of ``bench/bodies_files.py`` (issue 12, helper
bodyfiles): the heading blocks of ``bench/bodies.py`` laid out as Word
templates lay out a blank — the body in a table's wide cell beside the
emblem's, the kind word with the body's name in the genitive on its line.

Each file is composed here, in our own wording, for fictional municipalities
(Сосновский муниципальный округ of a city of federal significance, Заречный
район of a Тестовская область); what is asserted is what a librarian reads off
the page.
"""
from __future__ import annotations

import docx as python_docx
import pytest
from docx.shared import Cm

from tests.test_binary_shapes import act_of
from tests.test_delivered_shapes3 import _cells, _fields

TEXT = ["В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации "
        "местного самоуправления в Российской Федерации», Уставом РЕШИЛ:",
        "1. Утвердить прилагаемый документ.", "Председатель\tИ.И. Иванов"]
TITLE = "О внесении изменений в бюджет на 2024 год"


def _heading_table(tmp_path, heading: list[str], date_line: str):
    """An emblem cell, the heading in the wide cell beside it, an empty cell;
    the date line, the title and the text under the table."""
    document = python_docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.autofit = False
    for col, w in zip(table.columns, (Cm(2.5), Cm(11), Cm(3))):
        for cell in col.cells:
            cell.width = w
    _cells(table.rows[0].cells, [""], heading, [""])
    for line in [date_line, "", TITLE, ""] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    return act_of(tmp_path / "act.docx")[1]


@pytest.mark.parametrize("city, town", [("САНКТ-ПЕТЕРБУРГА", "САНКТ-ПЕТЕРБУРГ"), ("МОСКВЫ", "МОСКВА")])
def test_an_intra_city_okrugs_own_name_after_the_city_in_the_genitive(tmp_path, city, town):
    """``… МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ САНКТ-ПЕТЕРБУРГА`` / ``МУНИЦИПАЛЬНЫЙ ОКРУГ``
    / ``СОСНОВСКИЙ``: the okrug's kind after the city's name (a noun in the
    genitive, hyphenated or not) names no okrug yet, so the adjective under it
    is the name's, not a place line over the convocation and the date."""
    act = _heading_table(tmp_path, ["РОССИЙСКАЯ ФЕДЕРАЦИЯ", town,
                                    "РЕШЕНИЕ МУНИЦИПАЛЬНОГО СОВЕТА ВНУТРИГОРОДСКОГО",
                                    f"МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ {city}", "МУНИЦИПАЛЬНЫЙ ОКРУГ",
                                    "СОСНОВСКИЙ", "ЧЕТВЁРТОГО СОЗЫВА"], "от 18.10.2024 № 51/315")
    _fields(act, "решение", "51/315", "2024-10-18",
            f"Муниципальный совет внутригородского муниципального образования {city.title()} "
            "муниципальный округ Сосновский", TITLE)


def test_a_heads_blank_in_centred_paragraphs_naming_an_intra_city_okrug(tmp_path):
    """The head's own blank, one centred paragraph a line, the name wrapped at
    any word (``САНКТ-ПЕТЕРБУРГА МУНИЦИПАЛЬНЫЙ`` / ``ОКРУГ`` / ``СОСНОВСКИЙ``)
    over the kind word: the whole name, the okrug's own name included."""
    document = python_docx.Document()
    for line in ["ГЛАВА ВНУТРИГОРОДСКОГО МУНИЦИПАЛЬНОГО", "ОБРАЗОВАНИЯ", "САНКТ-ПЕТЕРБУРГА МУНИЦИПАЛЬНЫЙ",
                 "ОКРУГ", "СОСНОВСКИЙ", "ПОСТАНОВЛЕНИЕ", "«04» февраля 2019 года\t№ 100", "",
                 "О мерах по обеспечению пожарной безопасности", ""] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _fields(act_of(tmp_path / "act.docx")[1], "постановление", "100", "2019-02-04",
            "Глава внутригородского муниципального образования Санкт-Петербурга муниципальный округ Сосновский",
            "О мерах по обеспечению пожарной безопасности")


def test_a_city_names_hyphen_at_a_pdf_line_end_is_printed():
    """PDFium marks every hyphen it finds at a line end as a word broken
    there; ``САНКТ-`` / ``ПЕТЕРБУРГА`` in a narrow heading cell is a
    hyphenated city's name (its second part a place the dictionary knows,
    the whole no word): the hyphen stays, in capitals as in lower case."""
    from ingest.textio import clean
    assert clean("ОБРАЗОВАНИЯ САНКТ\ufffeПЕТЕРБУРГА") == "ОБРАЗОВАНИЯ САНКТ-ПЕТЕРБУРГА"
    assert clean("образования Санкт\ufffeПетербурга") == "образования Санкт-Петербурга"
    assert clean("МУНИЦИ\ufffeПАЛЬНОГО") == "МУНИЦИПАЛЬНОГО"   # a word broken: joined
    assert clean("ПРИ\ufffeОЗЁРНОГО") == "ПРИОЗЁРНОГО"           # not a place's noun after it
