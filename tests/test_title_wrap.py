"""A title gives the same requisites however it is wrapped (issue 12).

A delivered file prints the title in a narrow block over several lines, a
web page on one long line (bench/title_wrap.py re-wraps the titles of real
acts). Each text here is written by us for the fictional Тестовская область /
Заречный район, the title cut where a narrow block cuts it.
"""
from __future__ import annotations

import textwrap

import pytest

from ingest.requisites import extract_acts
from tests.gold import same

HEAD = "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\nТЕСТОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\nот 14.02.2022 № 31\n\n"
TEXT = "\n\nВ соответствии с Уставом Заречного района администрация постановляет:\n1. Внести изменения."


def title_of(lines: list[str], head: str = HEAD) -> str:
    acts = extract_acts(head + "\n".join(lines) + TEXT)
    assert len(acts) == 1
    a = acts[0]
    assert same("number", "31", a.number) and same("date", "2022-02-14", a.date)
    return a.title


def wrapped(title: str, width: int) -> list[str]:
    return textwrap.wrap(title, width, break_long_words=False, break_on_hyphens=False)


# --- A. a line ending in a preposition or a conjunction goes on ---------------------

@pytest.mark.parametrize("lines", [
    ["О ВНЕСЕНИИ ИЗМЕНЕНИЙ В", "ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ", "ОТ 10.09.2021 № 512"],
    ["О ВНЕСЕНИИ ИЗМЕНЕНИЙ И ДОПОЛНЕНИЙ В", "РЕШЕНИЕ СОВЕТА ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСОВЕТА",
     "ОТ 10.09.2021 № 12"],
    ["О ВНЕСЕНИИ ИЗМЕНЕНИЙ В", "УСТАВ ЗАРЕЧНОГО РАЙОНА"],
])
def test_a_title_in_capitals_ending_in_a_preposition_goes_on_under_a_kind_word(lines):
    assert title_of(lines) == " ".join(lines)


# --- B. a year, a date, an abbreviation cut from their line -------------------------

@pytest.mark.parametrize("lines", [
    ["Об утверждении муниципальной", "программы «Развитие культуры", "Заречного района» на 2024", "год"],
    ["Об утверждении районной целевой", "программы «Дороги Заречного", "района» в 2023-2025", "гг."],
    ["Об утверждении районной целевой программы", "«Дороги Заречного района»",
     "в 2023-2025 гг."],
    ["Об образовании избирательных участков", "для проведения выборов депутатов",
     "Совета депутатов Заречного района", "12 сентября 2021 года"],
])
def test_a_year_or_a_date_ending_the_title_on_its_own_line_stays(lines):
    want = " ".join(lines)
    assert title_of(lines) == want


def test_the_editions_of_a_database_print_are_still_no_title():
    head = ("Решение Совета депутатов Заречного района от 14 февраля 2022 г. N 31\n"
            "\"О внесении изменений в решение Совета депутатов от 10.11.2005 N 7 \"Об установлении "
            "земельного налога\"\n2 мая 2007 г., 24 февраля, 13 мая 2009 г.\n")
    a = extract_acts(head + "В соответствии с Налоговым кодексом Совет депутатов решил:\n1. Внести.")[0]
    assert a.title == "О внесении изменений в решение Совета депутатов от 10.11.2005 N 7 " \
                      "\"Об установлении земельного налога\""


# --- D. an abbreviation's stop inside an open bracket is no end ---------------------

def test_an_edition_note_cut_after_its_abbreviation_goes_on():
    lines = ["О внесении изменений в решение", "Совета депутатов от 18.04.2018",
             "№ 425 «О бюджетном процессе» (в ред.", "решения от 21.11.2019 № 508)"]
    assert title_of(lines) == " ".join(lines)


# --- D'. a number cut from its sign; a short last line under a title in lower case ---

def test_a_number_cut_from_its_sign_keeps_its_closing_bracket():
    lines = ["О внесении изменений в решение Совета", "депутатов (в редакции решения от 17.12.2020 №",
             "113-5/н)"]
    assert title_of(lines) == " ".join(lines)


def test_a_heading_in_capitals_under_a_short_last_line_is_no_title():
    lines = ["О внесении изменений в решение Совета", "депутатов (в редакции решения от",
             "17.12.2020 № 113-5/н)"]
    assert title_of(lines + ["О ВНЕСЕНИИ ИЗМЕНЕНИЙ В РЕШЕНИЕ СОВЕТА ДЕПУТАТОВ"]) == " ".join(lines)


# --- E. a short word or a year alone on its line ---------------------------------

def test_a_cited_name_opening_a_line_with_a_short_word_goes_on():
    lines = ["О Законе Тестовской области", "\"Об", "административно-территориальном",
             "устройстве Тестовской области\""]
    assert title_of(lines) == "О Законе Тестовской области \"Об административно-территориальном " \
                              "устройстве Тестовской области\""


@pytest.mark.parametrize("lines", [
    ["Об утверждении календарного плана", "спортивной работы на 2024-2025 учебный", "год"],
    ["О внесении изменений в", "Положение о конкурсе «Лучший двор", "Заречного района» в", "2024", "году"],
    ["О Законе Тестовской области «О", "статусе депутатов Заречного районного Совета»"],
])
def test_a_short_last_or_middle_line_stays(lines):
    assert title_of(lines) == " ".join(lines)


# --- F. a long title in a narrow block is read whole --------------------------------

LONG = ("Об утверждении Порядка предоставления из бюджета Заречного муниципального района "
        "Тестовской области субсидий юридическим лицам (за исключением субсидий государственным "
        "(муниципальным) учреждениям), индивидуальным предпринимателям, а также физическим лицам "
        "- производителям товаров, работ, услуг на возмещение части затрат, связанных с "
        "организацией регулярных перевозок пассажиров и багажа автомобильным транспортом "
        "общего пользования по муниципальным маршрутам в границах Заречного района")


@pytest.mark.parametrize("width", [28, 40, 55, 75, 1000])
def test_a_long_title_is_read_whole_at_any_width(width):
    assert title_of(wrapped(LONG, width)) == LONG


@pytest.mark.parametrize("width", [28, 40, 75])
def test_a_long_quoted_title_loses_its_outer_quotes_at_any_width(width):
    head = ("Постановление Администрации Заречного района Тестовской области от 14 февраля 2022 г. N 31\n")
    lines = wrapped(f'"{LONG} «Дороги Заречного района»"', width)
    a = extract_acts(head + "\n".join(lines) + TEXT)[0]
    assert a.title == f"{LONG} «Дороги Заречного района»"


# --- G. a kind word opening a line of a wrapped title is the cited act's ------------

def test_a_listing_line_over_a_wrapped_title_citing_an_act_of_its_kind():
    text = ("Решение от 14.02.2022 г № 31\n\nО внесении изменений в\nРешение сельского Совета\n"
            "народных депутатов «О\nвведении в действие на\nтерритории Сосновского\nсельсовета земельного\n"
            "налога»\n\n"
            "Внести в решение Совета депутатов от 11.10.2005 № 11 следующие изменения:\n1. Пункт 3 дополнить.")
    a = extract_acts(text)[0]
    assert (a.kind, a.number, a.date) == ("решение", "31", "2022-02-14")
    assert a.title == "О внесении изменений в Решение сельского Совета народных депутатов «О введении " \
                      "в действие на территории Сосновского сельсовета земельного налога»"


def test_a_page_title_wrapped_over_the_cited_kind_word_above_the_heading():
    text = ("О внесении изменений в\nУстав Сосновского сельского поселения\n\n"
            "СОВЕТ ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\n\nРЕШЕНИЕ\n\nот 26.11.2019 № 51\n\n"
            "О внесении изменений в Устав Сосновского сельского поселения\n\nСовет депутатов решил:\n1. Внести.")
    a = extract_acts(text)[0]
    assert (a.kind, a.number, a.date) == ("решение", "51", "2019-11-26")
    assert a.body == "СОВЕТ ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ"


# --- H. a database's cover over the printed heading, its title in a narrow block --------

COVER_TITLE = ("О реализации в 2024 - 2025 годах мер социальной поддержки граждан, жилые помещения "
               "которых утрачены в результате паводка на реке Заречной, и граждан, проживающих в "
               "населенных пунктах Заречного района, которые были подтоплены или остаются в зоне "
               "подтопления, на территории Тестовской области")


@pytest.mark.parametrize("width", [28, 40, 1000])
def test_a_cover_title_in_a_narrow_block_over_the_printed_heading(width):
    text = ("Постановление Правительства Тестовской области от 07.08.2024 N 635-пп\n(ред. от 29.08.2025)\n"
            + "\n".join(wrapped(f'"{COVER_TITLE}"', width))
            + "\n(вместе с \"Порядком предоставления выплат гражданам\")\n"
            "Документ предоставлен КонсультантПлюс\n\nПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\n"
            "от 7 августа 2024 г. N 635-пп\n\n"
            + "\n".join(wrapped(COVER_TITLE.upper(), 55))
            + "\n\nПравительство Тестовской области постановляет:\n1. Утвердить.")
    a = extract_acts(text)[0]
    assert (a.number, a.date) == ("635-пп", "2024-08-07")
    assert a.title.casefold() == COVER_TITLE.casefold()


# --- I. narrower still: a cited act's date and number, the approving act ----------------

@pytest.mark.parametrize("lines", [
    ["О ВНЕСЕНИИ ИЗМЕНЕНИЙ В", "РЕШЕНИЕ СЕЛЬСКОГО", "СОВЕТА СОСНОВСКОГО", "СЕЛЬСОВЕТА", "ОТ 18 ДЕКАБРЯ 2019",
     "ГОДА № 48 «О БЮДЖЕТЕ", "СОСНОВСКОГО СЕЛЬСОВЕТА", "НА 2020 ГОД»"],
    ["Об утверждении", "муниципальной", "программы и о признании", "утратившим силу", "постановления",
     "администрации", "Заречного", "района от", "22 декабря 2015 года N", "3594-НПА \"Об", "утверждении",
     "муниципальной", "программы \"Дороги\" на", "2016 - 2024 годы\""],
    ["О внесении изменений в ведомственную целевую программу",
     "\"Развитие архивного дела в Заречном районе\", утвержденную",
     "постановлением администрации Заречного района от 24.09.2015 N 674"],
])
def test_a_cited_act_s_date_number_or_approving_act_on_their_own_line_stay(lines):
    assert title_of(lines) == " ".join(lines)


def test_a_quoted_title_opening_with_its_preposition_alone():
    head = "Постановление Администрации Заречного района Тестовской области от 14 февраля 2022 г. N 31\n"
    lines = ["\"Об", "антитеррористической", "комиссии Заречного", "района\""]
    a = extract_acts(head + "\n".join(lines) + TEXT)[0]
    assert a.title == "Об антитеррористической комиссии Заречного района"
