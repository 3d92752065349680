"""Delivered files in the shapes held-out sample 34 found in real delivered files
(issue 12, helper heldout34): Word documents saved by LibreOffice as HTML, each
paragraph a ``<P>`` whose lines are broken by ``<BR>`` and whose source wraps
inside words' runs: a heading in title case (every word capitalised, as a web
copy pasted into Word keeps it), a head's распоряжение printing its date and
number only under the signature, a title in capitals going on after a comma in
its next paragraph.

Each file is composed here, in our own wording, for the fictional Тестовская
область; what is asserted is what a librarian reads off the page.
"""
from __future__ import annotations

import pytest

from ingest.heading import is_garbage
from tests.test_binary_shapes import act_of
from tests.test_delivered_shapes3 import _fields

_HEAD = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML>\n<HEAD>\n'
         '<META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=utf-8">\n'
         '<META NAME="GENERATOR" CONTENT="LibreOffice 4.1.6.2 (Linux)">\n</HEAD>\n<BODY LANG="ru-RU">\n')


def _p(text: str, align: str = "CENTER", bold: bool = False) -> str:
    """A paragraph as LibreOffice writes it: lines joined by ``<BR>``, the source
    wrapped at a space inside the run."""
    inner = "<BR>".join(line.replace(" ", "\n", 1) for line in text.split("\n"))
    inner = f"<B>{inner}</B>" if bold else inner
    return (f'<P ALIGN={align} STYLE="margin-bottom: 0.14in; line-height: 150%">\n'
            f'<FONT FACE="Arial, serif"><FONT SIZE=3>{inner}</FONT></FONT></P>\n')


def _html(tmp_path, *paragraphs: str):
    path = tmp_path / "act.html"
    path.write_text(_HEAD + "".join(paragraphs) + "</BODY>\n</HTML>\n", encoding="utf-8")
    return act_of(path)[1]


TEXT = _p("В соответствии со статьей 12 Закона Тестовской области от 5 мая 2015 г. N 44-ОЗ приказываю:", "JUSTIFY")


def test_a_heading_in_title_case_keeps_its_title_whole(tmp_path):
    """``Об Утверждении Порядка …<BR>Для Обеспечения …``: the capitalised words of a
    preamble's opening, in a title set in title case, go on with the title."""
    act = _html(tmp_path, _p("Министерство Культуры Тестовской Области"), _p("Приказ\nОт 1 Декабря 2023 Г. N 607"),
                _p("Об Утверждении Порядка Предоставления Субсидий\nДля Обеспечения Деятельности Народных Дружин\n"
                   "В Сельских Поселениях"), TEXT, _p("Министр\nИ.И.ИВАНОВ", "RIGHT"))
    _fields(act, "приказ", "607", "2023-12-01", "Министерство Культуры Тестовской Области",
            "Об утверждении порядка предоставления субсидий для обеспечения деятельности народных дружин "
            "в сельских поселениях")


def test_a_heads_order_dated_under_its_signature_takes_no_cited_acts_requisites(tmp_path):
    """``РАСПОРЯЖЕНИЕ`` / ``ГУБЕРНАТОРА …`` / ``1. Отменить … от … N 145-рг "О …"`` …
    ``5 мая 2024 года<BR>N 160-рг``: the act's date and number are the tail's, no title."""
    act = _html(tmp_path, _p("РАСПОРЯЖЕНИЕ", bold=True), _p("ГУБЕРНАТОРА ТЕСТОВСКОЙ ОБЛАСТИ", bold=True),
                _p("1. Отменить согласование проектов, предусмотренное распоряжением Губернатора Тестовской "
                   "области от 12 марта 2020 г. N 145-рг \"О порядке подготовки проектов правовых актов\".",
                   "JUSTIFY"),
                _p("2. Руководителю аппарата Губернатора обеспечить исполнение настоящего распоряжения.",
                   "JUSTIFY"),
                _p("Губернатор\nТестовской области\nИ.И.ИВАНОВ", "RIGHT"), _p("5 мая 2024 года\nN 160-рг", "LEFT"))
    assert (act.kind, act.number, act.date, act.title) == ("распоряжение", "160-рг", "2024-05-05", None)


def test_a_title_in_capitals_goes_on_after_a_comma_in_its_next_paragraph(tmp_path):
    """``ОБ УТВЕРЖДЕНИИ ПЛАНА 17-23, ПЛАНА 18-23,`` / ``ПЛАНА 19-23, ПЛАНА 24-23``:
    two centred paragraphs, one title."""
    act = _html(tmp_path, _p("КОМИССИЯ ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ", bold=True),
                _p("ЗАРЕЧНОГО РАЙОНА ТЕСТОВСКОЙ ОБЛАСТИ", bold=True), _p("<BR>", "JUSTIFY"),
                _p("РЕШЕНИЕ", bold=True), _p("от 24 мая 2023 г. N 13-18-03", bold=True), _p("<BR>", "JUSTIFY"),
                _p("ОБ УТВЕРЖДЕНИИ ПЛАНА 17-23, ПЛАНА 18-23,", bold=True),
                _p("ПЛАНА 19-23, ПЛАНА 24-23", bold=True), _p("<BR>", "JUSTIFY"),
                _p("Заслушав сообщение отдела гражданской обороны, комиссия решила:", "JUSTIFY"))
    _fields(act, "решение", "13-18-03", "2023-05-24",
            "КОМИССИЯ ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ ЗАРЕЧНОГО РАЙОНА ТЕСТОВСКОЙ ОБЛАСТИ",
            "Об утверждении плана 17-23, плана 18-23, плана 19-23, плана 24-23")


@pytest.mark.parametrize("line, debris", [
    ("НОРМ 19-13, НОРМ 24-13", False), ("ПЛАНА 19-23, ПЛАНА 24-23", False),
    ("ГОСТ 12.1.004-91, СП 4.13130", False), ("форм 1/2, 3/4", False),
    ("/ U u jU >", True), ("11 /1 Ш 1-1 ||| 7", True),
])
def test_a_line_of_designations_with_their_numbers_is_no_ocr_debris(line, debris):
    """The numbers of designations a title lists (``19-13``, ``12.1.004-91``) are
    typed, like a year; symbols among a few letters are still a scan's debris."""
    assert is_garbage(line) is debris
