"""Delivered files in further shapes (issue 12, helper delivered20): a
republic's bilingual blank whose two columns each hold the whole heading,
the date in the other language included; an annex page delivered before the
act it belongs to.

Each file is composed here, in our own wording, for the fictional Заречный
муниципальный округ of a Тестовская область / Тестовская Республика (the
other language's words are our own, in the shape of a Tatar blank); what is
asserted is what a librarian reads off the page.
"""
from __future__ import annotations

import shutil

import docx as python_docx
import pytest
from docx.enum.text import WD_BREAK

from tests.blanks import convert
from tests.gold import same
from tests.test_binary_shapes import HEAD, TEXT, TITLE, act_of
from tests.test_delivered_shapes import _docx_act

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
REP = ["ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО", "ОКРУГА ТЕСТОВСКОЙ", "РЕСПУБЛИКИ"]
OTHER = ["ТЕСТ РЕСПУБЛИКАСЫ", "ЗАРЕЧНЫЙ МУНИЦИПАЛЬ", "ОКРУГЫ БАШКАРМА", "КОМИТЕТЫ"]


def _fields(act, kind, number, date, body, title):
    got = dict(kind=act.kind, number=act.number, date=act.date, body=act.body, title=act.title)
    want = dict(kind=kind, number=number, date=date, body=body, title=title)
    assert all(same(f, got[f], want[f]) for f in want), (got, want)


def _cells(cells, *lines_of):
    for cell, lines in zip(cells, lines_of):
        cell.paragraphs[0].text = lines[0]
        for x in lines[1:]:
            cell.add_paragraph(x)


def test_bilingual_blank_the_other_columns_date_line_is_not_the_title(tmp_path):
    """Russian left, the other language right, each cell with the organ, the
    kind word and the date as its language writes it (``2024 елның 12 марты
    № 145``): that date line goes with its column."""
    document = python_docx.Document()
    _cells(document.add_table(rows=1, cols=2).rows[0].cells,
           REP + ["", "ПОСТАНОВЛЕНИЕ", "", "12.03.2024 № 145"],
           OTHER + ["", "КАРАР", "", "2024 елның 12 марты № 145"])
    for line in ["", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _fields(act_of(tmp_path / "act.docx")[1], "постановление", "145", "2024-03-12",
            "Исполнительный комитет Заречного муниципального округа Тестовской Республики", TITLE)


def _annex_then_act(tmp_path, services: list[tuple[str, str]]):
    """An annex page (its stamp naming the act, a table of ``services``), a page
    break, then the act's own heading with the same date and number."""
    document = python_docx.Document()
    for line in ["Приложение", "к постановлению администрации", "Заречного муниципального округа",
                 "от 12.03.2024 № 145-п", "", "ТАРИФЫ", "на услуги муниципального бюджетного учреждения"]:
        document.add_paragraph(line)
    rows = document.add_table(rows=len(services) + 1, cols=2).rows
    _cells(rows[0].cells, ["Наименование услуги"], ["Тариф, руб."])
    for row, (name, price) in zip(rows[1:], services):
        _cells(row.cells, [name], [price])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for line in HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", "12.03.2024\t\t\t\t\t\t№ 145-п", "г. Заречный", "", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _fields(act_of(tmp_path / "act.docx")[1], "постановление", "145-п", "2024-03-12",
            "Администрация Заречного муниципального округа Тестовской области", TITLE)


def test_an_annex_page_before_the_act_it_belongs_to(tmp_path):
    """The annex's page (its stamp naming the act, a list) delivered first,
    the act's own heading after the page break with the same date and number:
    the act is read from its heading."""
    _annex_then_act(tmp_path, [("Прокат лодки, 1 час", "300")])


def test_an_annex_alone_stays_an_annex(tmp_path):
    """An annex page whose stamp names the act, with no heading of that act
    after it: its requisites, no title."""
    document = python_docx.Document()
    for line in ["Приложение", "к постановлению администрации", "Заречного муниципального округа",
                 "от 12.03.2024 № 145-п", "", "ТАРИФЫ", "на услуги муниципального бюджетного учреждения",
                 "1. Прокат лодки, 1 час - 300 рублей."]:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    act = act_of(tmp_path / "act.docx")[1]
    assert (act.kind, act.number, act.date, act.title) == ("постановление", "145-п", "2024-03-12", None)
    assert "annex_only" in act.warnings


def test_bilingual_blank_a_row_of_the_date_in_both_languages(tmp_path):
    """The date in a row of two cells, as each language writes it (``«12»
    марта 2024 г.`` | ``2024 елның «12» марты``), the number under it: the
    row read across its cells loses the other language's cell only."""
    document = python_docx.Document()
    table = document.add_table(rows=3, cols=2)
    _cells(table.rows[0].cells, REP + ["", "ПОСТАНОВЛЕНИЕ"], OTHER + ["", "КАРАР"])
    _cells(table.rows[1].cells, ["«12» марта 2024 г."], ["2024 елның «12» марты"])
    _cells([table.rows[2].cells[0].merge(table.rows[2].cells[1])], ["№ 145"])
    for line in ["", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _fields(act_of(tmp_path / "act.docx")[1], "постановление", "145", "2024-03-12",
            "Исполнительный комитет Заречного муниципального округа Тестовской Республики", TITLE)


def test_a_draft_headed_with_its_kind_in_the_genitive(tmp_path):
    """``ПРОЕКТ ПОСТАНОВЛЕНИЯ`` over the blank's empty date and number: the
    kind line of a draft, its body above and its title below read as ever."""
    act = _docx_act(tmp_path, HEAD + ["", "ПРОЕКТ ПОСТАНОВЛЕНИЯ", "", "от «___» __________ 2024 г.\t\t\t\t№ ____",
                                   "г. Заречный", "", TITLE] + TEXT)
    _fields(act, "постановление", None, None, "Администрация Заречного муниципального округа Тестовской области",
            TITLE)


def test_the_blanks_address_lines_between_the_body_and_the_kind_word(tmp_path):
    """A blank printing the administration's address, telephone and
    registration codes under its name: those lines are no part of the body
    and do not hide the name above them."""
    title = "Об утверждении графика дежурств в праздничные дни"
    act = _docx_act(tmp_path, HEAD + ["ул. Ленина, д. 1, г. Заречный, Тестовская область, 123456",
                                   "тел./факс (81234) 2-11-00, e-mail: adm@zar.test, ИНН 1234567890",
                                   "", "РАСПОРЯЖЕНИЕ", "", "12.03.2024\t\t\t\t\t\t№ 145-р", "", title,
                                   "1. Утвердить график дежурств согласно приложению.",
                                   "2. Контроль за исполнением распоряжения оставляю за собой.",
                                   "Глава Заречного муниципального округа\tИ.В. Соколов"])
    _fields(act, "распоряжение", "145-р", "2024-03-12",
            "Администрация Заречного муниципального округа Тестовской области", title)


@needs_soffice
def test_pdf_of_a_bilingual_blank_with_narrow_cells_keeps_the_first_russian_word(tmp_path):
    """Narrow cells beside the arms wrap each word to a line of its own; the
    PDF prints the other language's cell first: ``КОМИТЕТЫ`` / ``ИСПОЛНИТЕЛЬНЫЙ``
    / ``КОМИТЕТ`` - the Russian adjective over the noun it agrees with opens
    the Russian name, it is no word wrapped off the other language's line."""
    document = python_docx.Document()
    table = document.add_table(rows=3, cols=3)
    _cells(table.rows[0].cells, OTHER, [""], REP)
    _cells(table.rows[1].cells, ["КАРАР"], [""], ["ПОСТАНОВЛЕНИЕ"])
    _cells(table.rows[2].cells, ["2024 елның 12 марты"], ["№ 145"], ["12 марта 2024 г."])
    for line in ["", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _fields(act_of(convert([tmp_path / "act.docx"], "pdf", tmp_path / "pdf")[0])[1], "постановление", "145",
            "2024-03-12", "Исполнительный комитет Заречного муниципального округа Тестовской Республики", TITLE)


def test_a_decisions_date_only_in_its_adoption_line(tmp_path):
    """``РЕШЕНИЕ № 6-55Р`` / the title / ``Принято Советом депутатов … 21 мая
    2024 года``: the decision's date is the day it was adopted."""
    title = "О внесении изменений в Устав Заречного муниципального округа Тестовской области"
    act = _docx_act(tmp_path, ["СОВЕТ ДЕПУТАТОВ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ", "",
                            "РЕШЕНИЕ № 6-55Р", "", title, "",
                            "Принято Советом депутатов Заречного муниципального округа 21 мая 2024 года", "",
                            "В соответствии со статьей 44 Федерального закона от 06.10.2003 № 131-ФЗ Совет депутатов "
                            "Заречного муниципального округа решил:",
                            "1. Внести в Устав изменения согласно приложению.",
                            "Глава Заречного муниципального округа\tИ.В. Соколов"])
    _fields(act, "решение", "6-55Р", "2024-05-21", "Совет депутатов Заречного муниципального округа Тестовской области",
            title)


def test_the_blanks_address_opening_with_the_country_and_its_codes(tmp_path):
    """``Россия, 123457, …, ул. Центральная, 3`` / ``ИНН/КПП …, ОГРН …``
    under the name: the postcode between commas marks the address line."""
    title = "О присвоении наименования улице в с. Сосновка"
    act = _docx_act(tmp_path, HEAD + ["Россия, 123457, Тестовская область, г. Заречный, ул. Центральная, 3",
                                   "ИНН/КПП 1234500011/123401001, ОГРН 1051234000011", "", "РАСПОРЯЖЕНИЕ", "",
                                   "02.09.2024\t\t\t\t\t\t№ 56-р", "", title,
                                   "1. Присвоить улице наименование «Луговая».",
                                   "Глава Заречного муниципального округа\tИ.В. Соколов"])
    _fields(act, "распоряжение", "56-р", "2024-09-02",
            "Администрация Заречного муниципального округа Тестовской области", title)


def test_an_approved_document_before_the_act_approving_it(tmp_path):
    """``УТВЕРЖДЕН постановлением … от 12.03.2024 № 145-п`` over a
    ``ПОРЯДОК``, then after the page break the act's own heading with that
    date and number: the act is read from its heading."""
    title = "Об утверждении Порядка предоставления субсидий субъектам малого предпринимательства"
    act = _docx_act(tmp_path, ["УТВЕРЖДЕН", "постановлением администрации", "Заречного муниципального округа",
                            "от 12.03.2024 № 145-п", "", "ПОРЯДОК",
                            "предоставления субсидий субъектам малого предпринимательства",
                            "1. Настоящий Порядок определяет условия предоставления субсидий.", ""]
                 + HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", "12.03.2024\t\t\t\t\t\t№ 145-п", "", title] + TEXT)
    _fields(act, "постановление", "145-п", "2024-03-12",
            "Администрация Заречного муниципального округа Тестовской области", title)


def test_a_long_annex_before_the_act_it_belongs_to(tmp_path):
    """An annex listing seventy items delivered before its act: the act's
    heading stands past the lines read for a heading, and is still found."""
    _annex_then_act(tmp_path, [(f"Услуга {i}: прокат инвентаря", f"{100 + i}") for i in range(1, 70)])


def test_an_approved_regulation_before_the_decision_approving_it(tmp_path):
    """``УТВЕРЖДЕНО решением …`` over a ``ПОЛОЖЕНИЕ`` (a kind line of its
    own), then the decision's heading: the decision is read, not the regulation."""
    title = "Об утверждении Положения о Почетной грамоте Совета депутатов Заречного муниципального округа"
    act = _docx_act(tmp_path, ["УТВЕРЖДЕНО", "решением Совета депутатов", "Заречного муниципального округа",
                            "от 21.05.2024 № 6-55Р", "", "ПОЛОЖЕНИЕ", "о Почетной грамоте Совета депутатов",
                            "1. Почетная грамота является формой поощрения граждан.", "",
                            "СОВЕТ ДЕПУТАТОВ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ", "", "РЕШЕНИЕ", "",
                            "21.05.2024\t\t\t\t\t\t№ 6-55Р", "", title,
                            "В соответствии с Уставом Совет депутатов Заречного муниципального округа решил:",
                            "1. Утвердить Положение о Почетной грамоте.",
                            "Глава Заречного муниципального округа\tИ.В. Соколов"])
    _fields(act, "решение", "6-55Р", "2024-05-21", "Совет депутатов Заречного муниципального округа Тестовской области",
            title)


def test_a_register_cards_fields_over_a_text_without_heading(tmp_path):
    """A register's export: ``Вид акта:``, ``Орган:``, ``Дата принятия:``,
    ``Номер:``, ``Наименование:`` rows over the act's text, no heading printed:
    the card's organ is the body (the formula names it shorter)."""
    lines = ["Вид акта: Постановление", "Орган: Администрация Заречного муниципального округа Тестовской области",
             "Дата принятия: 12.03.2024", "Номер: 145-п", f"Наименование: {TITLE}", "", "Текст:", "",
             "Руководствуясь Уставом округа, администрация Заречного муниципального округа постановляет:",
             "1. Установить тарифы согласно приложению.", "Глава Заречного муниципального округа\tИ.В. Соколов"]
    (tmp_path / "card.txt").write_bytes("\r\n".join(lines).encode("cp1251"))
    _fields(act_of(tmp_path / "card.txt")[1], "постановление", "145-п", "2024-03-12",
            "Администрация Заречного муниципального округа Тестовской области", TITLE)
