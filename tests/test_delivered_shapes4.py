"""Delivered files in further shapes (issue 12, helper delivered21): the date
and number in a row under the title; the kind word in the middle cell of the
row between the date and the number; a PDF printed from Word whose blank
(emblem, organ, kind word, the blank's «от» and «№») is a picture, the typed
values and the act's text its only text.

Each file is composed here, in our own wording, for the fictional Заречный
муниципальный округ and Сосновское сельское поселение of Тестовская область;
what is asserted is what a librarian reads off the page.
"""
from __future__ import annotations

import docx as python_docx
import pytest

from tests.test_binary_shapes import HEAD, TEXT, TITLE, act_of
from tests.test_delivered_shapes3 import _cells, _fields
from tests.test_formats import write_pdf

VILLAGE = ["АДМИНИСТРАЦИЯ", "СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ЗАРЕЧНОГО РАЙОНА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
VILLAGE_BODY = "Администрация Сосновского сельского поселения Заречного района Тестовской области"
BODY = "Администрация Заречного муниципального округа Тестовской области"
COUNCIL = ["СОВЕТ ДЕПУТАТОВ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
COUNCIL_BODY = "Совет депутатов Заречного муниципального округа Тестовской области"
SNOW = "О мерах по очистке улиц от снега в зимний период 2024–2025 годов"
ORDER = ["В целях обеспечения безопасности дорожного движения в зимний период:",
         "1. Организовать очистку улиц поселения от снега.",
         "2. Контроль за исполнением распоряжения оставляю за собой.",
         "Глава Сосновского сельского поселения\tВ.В. Лебедев"]


def _docx(tmp_path, before, row, after):
    """A DOCX: paragraphs ``before``, a row of cells (each a list of lines), ``after``."""
    document = python_docx.Document()
    for line in before:
        document.add_paragraph(line)
    if row:
        _cells(document.add_table(rows=1, cols=len(row)).rows[0].cells, *row)
    for line in after:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    return act_of(tmp_path / "act.docx")[1]


@pytest.mark.parametrize("date, number, iso", [
    ("от 19.04.2024г.", "№ 12/3-п", "2024-04-19"),
    ("от «19» апреля 2024 г.", "№ 145-па", "2024-04-19"),
    ("19 апреля 2024 года", "№ 6-55Р", "2024-04-19"),
])
@pytest.mark.parametrize("gap", [True, False])
def test_date_and_number_in_a_row_under_the_title_end_it(tmp_path, date, number, iso, gap):
    """The title right under the kind word, the date and number in a row of two
    cells below it (a blank line between or not): that row is no title line."""
    act = _docx(tmp_path, HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", TITLE] + ([""] if gap else []),
                [[date], [number]], ["г. Заречный", ""] + TEXT)
    _fields(act, "постановление", number[2:], iso, BODY, TITLE)


def test_date_and_number_under_the_title_on_one_paragraph(tmp_path):
    act = _docx(tmp_path, HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", TITLE, "12.03.2024\t\t\t\t\t\t№ 145-п"], None, TEXT)
    _fields(act, "постановление", "145-п", "2024-03-12", BODY, TITLE)


def test_a_title_naming_an_act_keeps_that_acts_date_and_number(tmp_path):
    """A title citing an act goes on with the act's date and number on the
    next line (the act's own requisites printed over it)."""
    cited = "О признании утратившим силу постановления администрации Заречного муниципального округа"
    act = _docx(tmp_path, HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", "12.03.2024\t\t\t\t\t\t№ 145-п", "", cited,
                                  "от 19.04.2021 № 12/3-п"], None, TEXT)
    _fields(act, "постановление", "145-п", "2024-03-12", BODY, cited + " от 19.04.2021 № 12/3-п")


def test_a_title_citing_an_act_in_full_then_the_acts_own_row(tmp_path):
    """The title names an act with its date, number and quoted title; the
    decision's own date and number in the row under it are not the title's."""
    cited = ("О внесении изменений в решение Совета депутатов Заречного муниципального округа от 14.12.2023 "
             "№ 4-31Р «О бюджете Заречного муниципального округа на 2024 год»")
    act = _docx(tmp_path, COUNCIL + ["", "РЕШЕНИЕ", "", cited, ""], [["21.05.2024"], ["№ 6-55Р"]],
                ["", "В соответствии с Бюджетным кодексом Российской Федерации Совет депутатов Заречного "
                     "муниципального округа решил:", "1. Внести изменения согласно приложению.",
                 "Председатель Совета депутатов\tН.Н. Орлова", "Глава Заречного муниципального округа\tИ.В. Соколов"])
    _fields(act, "решение", "6-55Р", "2024-05-21", COUNCIL_BODY, cited)


def test_a_title_naming_a_second_act_goes_on_with_its_date_and_number(tmp_path):
    cited = ("О признании утратившими силу постановления администрации от 01.02.2020 № 3 и постановления "
             "администрации Заречного муниципального округа")
    act = _docx(tmp_path, HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", "12.03.2024\t\t\t\t\t\t№ 145-п", "", cited,
                                  "от 19.04.2021 № 12/3-п"], None, TEXT)
    _fields(act, "постановление", "145-п", "2024-03-12", BODY, cited + " от 19.04.2021 № 12/3-п")


@pytest.mark.parametrize("session", ["СОРОК ПЯТАЯ (ВНЕОЧЕРЕДНАЯ) СЕССИЯ", "тридцатое (внеочередное) заседание",
                                     "5-я (внеочередная) сессия", "ДВАДЦАТЬ ВТОРАЯ (ОЧЕРЕДНАЯ) СЕССИЯ"])
def test_a_session_qualified_in_brackets_over_the_kind_word_is_no_part_of_the_body(tmp_path, session):
    """A council's name over four lines, its convocation in brackets, the
    session (``внеочередная`` in brackets after its ordinal) over the kind word."""
    act = _docx(tmp_path, ["СОВЕТ ДЕПУТАТОВ", "СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА",
                           "ТЕСТОВСКОЙ ОБЛАСТИ", "(четвертого созыва)", "", session, "", "РЕШЕНИЕ", "",
                           "от 12 марта 2024 года\t\t\t\t№ 45/3", "с. Сосновка", "", SNOW], None,
                ["В целях обеспечения безопасности Совет депутатов Сосновского сельского поселения решил:",
                 "1. Организовать очистку улиц поселения от снега.",
                 "Председатель Совета депутатов\tО.П. Лесная", "Глава Сосновского сельского поселения\tВ.В. Лебедев"])
    _fields(act, "решение", "45/3", "2024-03-12",
            "Совет депутатов Сосновского сельского поселения Заречного муниципального района Тестовской области", SNOW)


@pytest.mark.parametrize("kind, word", [("распоряжение", "РАСПОРЯЖЕНИЕ"), ("постановление", "ПОСТАНОВЛЕНИЕ"),
                                        ("распоряжение", "Р А С П О Р Я Ж Е Н И Е")])
@pytest.mark.parametrize("date", ["05.11.2024г.", "от «05» ноября 2024 г."])
def test_the_kind_word_in_the_cell_between_the_date_and_the_number(tmp_path, kind, word, date):
    """A row of three cells under the organ's name: the date left, the kind word
    in the middle, the number right."""
    act = _docx(tmp_path, VILLAGE + [""], [[date], [word], ["№ 45-р"]], ["с. Сосновка", "", SNOW] + ORDER)
    _fields(act, kind, "45-р", "2024-11-05", VILLAGE_BODY, SNOW)


@pytest.mark.parametrize("gap", ["  ", "          "])
def test_the_kind_word_between_the_date_and_the_number_on_a_pdf_line(tmp_path, gap):
    """The same row as a PDF's text layer gives it: one line."""
    items = [(200, 800 - 14 * i, x) for i, x in enumerate(VILLAGE)]
    items += [(70, 730, f"05.11.2024{gap}РАСПОРЯЖЕНИЕ{gap}№ 45-р"), (250, 716, "с. Сосновка"), (70, 690, SNOW)]
    items += [(70, 660 - 14 * i, x.replace("\t", "   ")) for i, x in enumerate(ORDER)]
    _fields(act_of(write_pdf(tmp_path / "act.pdf", [items]))[1], "распоряжение", "45-р", "2024-11-05",
            VILLAGE_BODY, SNOW)


@pytest.mark.parametrize("line, number", [("12.03.2024                              145-п", "145-п"),
                                          ("12 марта 2024 г.                        6-55Р", "6-55Р"),
                                          ("12.03.2024                              37", "37"),
                                          ("12.03.2024\n145-п", "145-п"),
                                          ("12      марта              24                145-п", "145-п"),
                                          ("«12»      марта              24                37", "37")])
def test_a_blank_printed_as_a_picture_the_values_typed_alone(tmp_path, line, number):
    """A PDF printed from Word whose blank is a picture: the text layer opens with
    the date and the number typed without their «от» and «№» (the picture's; the
    number a little lower, or the day, the month and the year's last two digits
    typed into the gaps of «от «__» ______ 20__ г.»), then the title and the text
    whose formula names the issuer."""
    items = [(70, 668 - 16 * i, x) for i, x in enumerate(line.split("\n"))]
    items += [(70, 620, "Об установлении тарифов на услуги муниципального"),
             (70, 606, "бюджетного учреждения «Заречный парк»")]
    items += [(70, 570 - 14 * i, x) for i, x in enumerate(
        ["В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации",
         "местного самоуправления в Российской Федерации», администрация Заречного муниципального",
         "округа Тестовской области постановляет:", "1. Установить тарифы согласно приложению.",
         "2. Опубликовать настоящее постановление в газете «Заречный вестник»."])]
    act = act_of(write_pdf(tmp_path / "act.pdf", [items]))[1]
    assert (act.kind, act.number, act.date, act.title) == ("постановление", number, "2024-03-12", TITLE)


@pytest.mark.parametrize("lines, title", [
    (["Об утверждении перечня автомо-", "бильных дорог общего пользова-", "ния местного значения Заречного",
      "муниципального округа"],
     "Об утверждении перечня автомобильных дорог общего пользования местного значения Заречного "
     "муниципального округа"),
    (["О проведении военно-", "патриотического месячника в Соснов-", "ском сельском поселении"],
     "О проведении военно-патриотического месячника в Сосновском сельском поселении"),
])
def test_a_title_copied_out_of_a_pdf_hyphenated_at_its_line_ends(tmp_path, lines, title):
    """A text copied out of a PDF: a word hyphenated at a line's end is one word
    again (its first part is never split as two glued words); a compound keeps
    its hyphen."""
    text = HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", "12.03.2024                                   № 145-п", ""] + lines + \
        [""] + TEXT
    (tmp_path / "act.txt").write_bytes("\r\n".join(text).encode("cp1251"))
    _fields(act_of(tmp_path / "act.txt")[1], "постановление", "145-п", "2024-03-12", BODY, title)


@pytest.mark.parametrize("register", ["по основной деятельности", "по личному составу",
                                      "по административно-хозяйственной деятельности"])
def test_an_orders_register_line_under_its_kind_word_is_no_title(tmp_path, register):
    """``ПРИКАЗ`` / ``по основной деятельности``: the register the order is
    numbered in; the title is the line under the date and number."""
    title = "Об организации и проведении государственной итоговой аттестации в 2024 году"
    act = _docx(tmp_path, ["МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ",
                           "«СОСНОВСКАЯ СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА»", "", "ПРИКАЗ", register, "",
                           "12.03.2024г.\t\t\t\t\t\t№ 45-од", "с. Сосновка", "", title], None,
                ["В соответствии с приказом Министерства просвещения Российской Федерации приказываю:",
                 "1. Назначить ответственного за организацию аттестации.",
                 "2. Контроль за исполнением приказа оставляю за собой.", "Директор школы\tА.А. Ясенев"])
    _fields(act, "приказ", "45-од", "2024-03-12",
            "Муниципальное бюджетное общеобразовательное учреждение «Сосновская средняя общеобразовательная школа»",
            title)


@pytest.mark.parametrize("signature", ["Заместитель главы округа                       П.П. Петров",
                                       "Заместитель главы округа Петров П.П."])
def test_a_covering_letter_before_an_act_whose_blank_is_a_picture(tmp_path, signature):
    """A covering letter («Направляем Вам …») on the first page; on the second the
    act's blank is a picture, the date and number typed alone: the act is read
    after the letter's signature, not from the letter's own requisites."""
    letter = [(70, 800 - 14 * i, x) for i, x in enumerate(
        ["АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "14.03.2024 № 01-15/512", "Прокурору Заречного района",
         "Направляем Вам постановление администрации Заречного муниципального округа",
         "от 12.03.2024 № 145-п для проведения антикоррупционной экспертизы.", "Приложение: на 1 л.", signature])]
    page = [(90, 655, "12.03.2024"), (455, 655, "145-п"), (70, 620, "Об установлении тарифов на услуги муниципального"),
            (70, 606, "бюджетного учреждения «Заречный парк»")]
    page += [(70, 570 - 14 * i, x) for i, x in enumerate(
        ["В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ администрация Заречного муниципального",
         "округа Тестовской области постановляет:", "1. Установить тарифы согласно приложению."])]
    act = act_of(write_pdf(tmp_path / "act.pdf", [letter, page]))[1]
    assert (act.kind, act.number, act.date, act.title) == ("постановление", "145-п", "2024-03-12", TITLE)
