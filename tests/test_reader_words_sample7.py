"""A reader's words against acts in their own: the classes the seventh sample
of reader questions showed (issue 12, bench/out/questions_heldout7: requisites
said the ways a reader or a deputy says them, and topics in readers' words,
over realdocs and realdocs2's odd half, written before any search ran).

* a number said in words after the kind word (``постановление тысяча сто
  сорок два``, ``указ четыреста тридцать один``, ``решение номер двадцать
  один``): the act's number, as if typed in digits; elsewhere (``три дня``,
  ``сто лет району``) the words stay words of the topic;
* a date said with its day in words (``от семнадцатого июля 1997 года``,
  ``от двадцать первого марта 2019``, the year in words too: ``две тысячи
  восьмого года``; or the day in digits with an ordinal ending, ``от
  17-го июля 1997``): the act's date, as ``17.07.1997``; after a preposition
  of time (``к девятому мая 2004``) the day is what the act is about, as for
  a day in digits, and no date of the act is asked;
* a kind word cut short before a number (``реш. 186``, ``пост. 96``,
  ``расп. 324``, ``распор.``, ``постан.``): the kind; a short word not
  before a number (``пост охраны``) stays a word.

The records are written in this project's own wording (the fictional
Заречный район).
"""
from __future__ import annotations

import pytest

from search.query import parse_text, search
from tests.fixtures import make_record as _rec
from tests.test_reader_words import _index, ids

ADM = "Администрация Заречного муниципального района"
SOVET = "Совет депутатов Заречного района"


def _records():
    R = []

    def add(i, title, text, number, date, rubric="lsg", kind="постановление", body=ADM):
        R.append(_rec(i, kind, number, date, body, title, text, [rubric]))

    add(1, "О порядке выдачи разрешений на проезд по дорогам района",
        "Утвердить порядок выдачи разрешений.", "1142", "2019-10-01", "transport")
    add(2, "Об учреждении почетного знака «За заслуги перед Заречным районом»",
        "Учредить почетный знак.", "431", "2002-08-20", "lsg", kind="решение", body=SOVET)
    add(3, "Об обучении населения мерам пожарной безопасности",
        "Организовать обучение населения.", "841", "2000-11-02", "safety")
    add(4, "О создании резерва материальных ресурсов",
        "Создать резерв материальных ресурсов для ликвидации чрезвычайных ситуаций.",
        "449", "1997-07-17", "safety")
    add(5, "О земельном налоге", "Установить ставки земельного налога.", "20",
        "2012-11-14", "finance", kind="решение", body=SOVET)
    add(6, "О бюджетном процессе в Заречном районе",
        "Утвердить Положение о бюджетном процессе.", "186", "2005-12-19", "finance",
        kind="решение", body=SOVET)
    # acts that hold the same numbers and days in their text, not as their own
    add(7, "О дорожном движении в июле",
        "Ограничить движение с 17 июля 1997 года; 449 машин; 1142 метра; 841 знак.",
        "17", "1997-07-01", "transport")
    add(8, "О сроках уплаты налогов",
        "Срок уплаты -- 14 ноября 2012 года; 186 плательщиков; 431 квитанция.", "14",
        "2012-11-02", "finance", kind="решение", body=SOVET)
    add(9, "О порядке работы поста охраны общественного порядка",
        "Пост охраны работает три дня в неделю; сто лет району отметить.", "96",
        "2024-01-29", "safety")
    add(10, "О распоряжении муниципальным имуществом",
         "Порядок распоряжения имуществом района.", "324", "2004-04-05", "property")
    add(11, "О праздновании Дня Победы",
         "Провести мероприятия к 9 мая 2004 года.", "324-р", "2004-04-05", "culture",
         kind="распоряжение")
    add(12, "Об утверждении плана работы комиссии",
         "Утвердить план работы.", "21", "2013-02-18", "lsg", kind="приказ")
    add(13, "О штатном расписании", "Утвердить штатное расписание.", "61", "2008-03-18",
        "lsg", kind="приказ")
    return R


@pytest.fixture(scope="module")
def idx(tmp_path_factory, engine):
    yield from _index(tmp_path_factory, "sample7", _records())


# --- a number said in words -----------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("постановление тысяча сто сорок два", "1142"),
    ("указ четыреста тридцать один", "431"),
    ("решение четыреста тридцать один", "431"),
    ("постановление восемьсот сорок один от 2000 г.", "841"),
    ("решение номер сто восемьдесят шесть", "186"),
    ("приказ двадцать один", "21"),
    ("распоряжение № триста двадцать четыре", "324"),
    ("постановление две тысячи сто", "2100"),
    ("решение девятнадцать", "19"),
])
def test_a_number_said_in_words_is_the_number(text, number):
    p = parse_text(text)
    assert p.numbers == [number] or p.numbers_or_years == [number], p
    assert not p.topic, p


@pytest.mark.parametrize("text", ["три дня на обжалование", "сто лет району",
                                  "пять лет стажа постановление",
                                  "о сорока семи участках"])
def test_number_words_of_a_topic_stay_words(text):
    p = parse_text(text)
    assert not p.numbers and not p.numbers_or_years, p


@pytest.mark.parametrize("text, rid", [("постановление тысяча сто сорок два", "r01"),
                                       ("решение четыреста тридцать один", "r02"),
                                       ("постановление восемьсот сорок один от 2000 г.", "r03")])
def test_a_number_said_in_words_finds_the_act(idx, text, rid):
    assert ids(search(idx, text))[:1] == [rid], ids(search(idx, text))


# --- a date said with its day in words -----------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("постановление от семнадцатого июля 1997 года", "1997-07-17"),
    ("решение от четырнадцатого ноября 2012", "2012-11-14"),
    ("от двадцать первого марта 2019 г.", "2019-03-21"),
    ("приказ 61 от восемнадцатого марта две тысячи восьмого года", "2008-03-18"),
    ("от первого сентября тысяча девятьсот девяносто седьмого года", "1997-09-01"),
    ("от тридцатого декабря двухтысячного года", "2000-12-30"),
    ("от третьего янв. 2010", "2010-01-03"),
    ("от четвёртого мая 2020", "2020-05-04"),
    ("постановление от 17-го июля 1997 года", "1997-07-17"),
    ("решение от второго февраля две тысячи двадцать первого", "2021-02-02"),
])
def test_a_date_said_in_words_is_the_date(text, iso):
    p = parse_text(text)
    assert p.dates == [iso], p
    assert not p.tokens, p


@pytest.mark.parametrize("text", ["мероприятия к девятому мая 2004 года",
                                  "до первого сентября",
                                  "от тридцать второго мая 2004",
                                  "первого числа каждого месяца"])
def test_a_day_in_words_that_is_no_date_of_an_act(text):
    assert parse_text(text).dates == [], parse_text(text)


def test_a_year_said_in_words_after_a_kind(idx):
    p = parse_text("приказ двадцать один две тысячи тринадцатого года")
    assert p.numbers == ["21"] and "2013" in p.years + p.numbers_or_years, p


@pytest.mark.parametrize("text, rid", [("постановление от семнадцатого июля 1997 года", "r04"),
                                       ("решение от четырнадцатого ноября 2012 года", "r05"),
                                       ("приказ от восемнадцатого марта две тысячи восьмого",
                                        "r13")])
def test_a_date_said_in_words_finds_the_act(idx, text, rid):
    assert ids(search(idx, text))[:1] == [rid], ids(search(idx, text))


# --- a kind word cut short before a number --------------------------------------------

@pytest.mark.parametrize("text, kind", [("реш. 186 от дек. 2005", "решение"),
                                        ("реш 186", "решение"),
                                        ("пост. 96", "постановление"),
                                        ("постан. 96", "постановление"),
                                        ("расп. 324", "распоряжение"),
                                        ("распор. 324-р", "распоряжение"),
                                        ("прик. 21", "приказ")])
def test_a_kind_word_cut_short_is_the_kind(text, kind):
    p = parse_text(text)
    assert p.kinds == [kind] and not p.topic, p


@pytest.mark.parametrize("text", ["пост охраны", "пост охраны 2024", "расписание поста",
                                  "решето"])
def test_a_short_word_not_before_a_number_is_a_word(text):
    assert parse_text(text).kinds == [], parse_text(text)


def test_a_kind_word_cut_short_finds_the_act(idx):
    assert ids(search(idx, "реш. 186 от дек. 2005"))[:1] == ["r06"], ids(search(idx, "реш. 186 от дек. 2005"))
    assert ids(search(idx, "расп. 324 2004"))[:1] == ["r11"], ids(search(idx, "расп. 324 2004"))
    assert "r09" in ids(search(idx, "пост охраны"))
