"""Legal databases' exports saved as PDF (issue 12, helper garantpdf): what the
text layer of a narrow or pocket page does to the database's own notes.

Garant's status note (``<repealing act> настоящее постановление признано
утратившим силу``) is one paragraph in the export; a PDF's text layer breaks it
wherever the column ends, so its halves stand on two to seven lines. The texts
are ours (fictional Тестовская область, Заречный район, Сосновское поселение),
wrapped here at the widths such pages have.
"""
from __future__ import annotations

import textwrap

import pytest

from ingest.status import read_status

HEADING = ("Постановление администрации Сосновского сельского поселения Заречного района "
           "Тестовской области от 12 марта 2019 г. N 14 \"Об утверждении Порядка содержания "
           "мест захоронения\" (с изменениями и дополнениями)")
EDITIONS = "С изменениями и дополнениями от:\n4 июля 2021 г., 9 октября 2022 г."
NOTES = {
    "постановление": ("Постановлением администрации Сосновского сельского поселения Заречного района "
                      "Тестовской области от 25 декабря 2026 г. N 28 настоящее постановление "
                      "признано утратившим силу"),
    "решение": ("Решением Совета депутатов Сосновского сельского поселения от 3 февраля 2025 г. "
                "N 7/41 настоящее решение признано утратившим силу"),
    "приказ": ("Приказом Контрольно-счетного органа Заречного района от 17 июня 2022 г. N 102 "
               "настоящий приказ признан утратившим силу"),
}
BY = {"постановление": "постановление администрации Сосновского сельского поселения Заречного района "
                       "Тестовской области от 25 декабря 2026 г. № 28",
      "решение": "решение Совета депутатов Сосновского сельского поселения от 3 февраля 2025 г. № 7/41",
      "приказ": "приказ Контрольно-счетного органа Заречного района от 17 июня 2022 г. № 102"}
BODY = ("В соответствии с Федеральным законом от 06.10.2003 N 131-ФЗ \"Об общих принципах "
        "организации местного самоуправления в Российской Федерации\" постановляю:\n"
        "1. Утвердить Порядок (прилагается).\n"
        "2. Настоящее постановление вступает в силу со дня его официального опубликования.\n")


def _wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) if width else text


@pytest.mark.parametrize("kind", sorted(NOTES))
@pytest.mark.parametrize("width", [0, 100, 70, 45, 32])
def test_garants_status_note_wrapped_by_the_page_is_read_as_a_repeal(kind, width):
    text = "\n".join([_wrapped(HEADING, width), EDITIONS, _wrapped(NOTES[kind], width),
                      "ГАРАНТ:", "См. справку о документах, изменяющих настоящее " + kind, BODY])
    st = read_status(text)
    assert st is not None and st.state == "repealed"
    assert st.repealed_by == BY[kind]
    assert "\n" not in st.note and st.note.endswith("утратившим силу")


@pytest.mark.parametrize("width", [0, 70, 32])
def test_an_act_that_cites_an_act_and_then_a_clause_of_its_own_has_no_status(width):
    """An instrumental reference in the preamble and a numbered clause with
    «настоящее постановление» further down are not a note, however the page wraps."""
    text = "\n".join([
        "АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 14",
        "О порядке содержания мест захоронения",
        _wrapped("Решением Совета депутатов Сосновского сельского поселения от 3 февраля 2025 г. "
                 "N 7/41 утвержден Порядок содержания кладбищ, в связи с чем постановляю:", width),
        "1. Постановление администрации от 14.05.2019 № 12 отменить.",
        "2. Настоящее постановление отменено быть не может до утверждения нового порядка."])
    assert read_status(text) is None


KODEKS_HEAD = ("Российская Федерация\nТестовская область\nПОСТАНОВЛЕНИЕ\n"
               "Администрации Сосновского сельского поселения Заречного района\n22.11.2024 N 226-п\n")
KODEKS_TAIL = ("Документ с изменениями, внесенными:\n"
               "постановлением Администрации Сосновского сельского поселения от 2 апреля 2025 года N 17.\n"
               "В соответствии с Федеральным законом от 06.10.2003 N 131-ФЗ, Уставом постановляет:\n"
               "1. Утвердить прилагаемое Положение.\n")
CAPS_TITLE = "ОБ УТВЕРЖДЕНИИ ПОЛОЖЕНИЯ О ПОРЯДКЕ СОДЕРЖАНИЯ МЕСТ ЗАХОРОНЕНИЯ НА ТЕРРИТОРИИ ПОСЕЛЕНИЯ"


@pytest.mark.parametrize("width", [24, 30, 38, 50])
@pytest.mark.parametrize("note", ["(с изменениями на 2 апреля 2025 года)", "(с изменениями на: 02.04.2025)"])
def test_a_title_in_capitals_whose_wrapped_edition_note_shares_its_last_line(width, note):
    """Kodeks prints its own edition after the act's title; a narrow column
    breaks it so that its lower-case opening («(с», «(с изменениями на 2»)
    stands on the title's last line in capitals: the title goes on there."""
    tail = KODEKS_TAIL if width > 30 else KODEKS_TAIL.replace("изменениями, внесенными", "изменениями,\nвнесенными")
    text = KODEKS_HEAD + _wrapped(CAPS_TITLE + " " + note, width) + "\n" + tail
    from ingest.requisites import extract_acts
    assert extract_acts(text, {})[0].title.upper() == CAPS_TITLE


GARANT_ONE_LINE = ("Постановление администрации Сосновского сельского поселения Заречного района от 24 января "
                   "2015 г. N 99-п \"Об установлении размера платы за содержание жилого помещения\" "
                   "(с изменениями и дополнениями)")
GARANT_DATES = "2 ноября 2016 г., 3 апреля 2017 г., 7 ноября 2019 г., 14 мая 2021 г."
GARANT_SEE = "См. справку о документах, изменяющих настоящее постановление"
GARANT_CHANGE = ("Пункт 2 изменен с 2 ноября 2016 г. - Постановление администрации Сосновского сельского "
                 "поселения Заречного района от 2 ноября 2016 г. N 119")


@pytest.mark.parametrize("width", [0, 90, 60, 46, 38])
def test_garants_notes_wrapped_by_the_page_are_no_act_of_their_own(width):
    """Garant's notes under its one-line heading (the editions' dates, «ГАРАНТ:»
    with «См. справку …», «Информация об изменениях:») break over lines in a
    narrow column; the word a note's line ends on («… изменяющих настоящее» /
    «постановление», «… 7 ноября» / «2019 г.») never opens an act of its own."""
    from ingest.requisites import extract_acts
    text = "\n".join([_wrapped(GARANT_ONE_LINE, width), "С изменениями и дополнениями от:",
                      _wrapped(GARANT_DATES, width), "ГАРАНТ:", _wrapped(GARANT_SEE, width),
                      "Информация об изменениях:", _wrapped(GARANT_CHANGE, width),
                      "См. предыдущую редакцию", BODY])
    act = extract_acts(text, {})[0]
    assert (act.number, act.date) == ("99-п", "2015-01-24")
    assert act.title == "Об установлении размера платы за содержание жилого помещения"


def test_garants_note_set_inside_a_wrapped_title_leaves_the_titles_next_line_to_it():
    """Garant sets «ГАРАНТ: / См. справку …» between a title's lines too: the
    line in lower case after it is the title's, not the note's."""
    from ingest.requisites import extract_acts
    text = ("СОВЕТ ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nРЕШЕНИЕ\nот 06.10.2022 N 16/3\n\n"
            "Об утверждении Положения о порядке управления и распоряжения\n\nГАРАНТ:\n"
            "См. справку о порядке применения настоящего решения\n\n"
            "имуществом, находящимся в собственности поселения\n\n"
            "Совет депутатов поселения решил:\n1. Утвердить Положение.\n")
    assert extract_acts(text, {})[0].title == ("Об утверждении Положения о порядке управления и "
                                                "распоряжения имуществом, находящимся в собственности поселения")


TYPO_NOTE = ("В официальном тексте документа, видимо, допущена опечатка: следует читать \"пункта 2\". - "
             "Примечание изготовителя базы данных.")
PLAIN_TITLE = "О мерах по охране лесов от пожаров на территории поселения в весенне-летний период"


@pytest.mark.parametrize("width", [0, 80, 50, 34, 26])
def test_the_databases_note_of_a_misprint_wrapped_under_the_title_is_no_part_of_it(width):
    """Kodeks' note of a misprint in the official text («В официальном тексте
    документа, видимо, допущена опечатка: … - Примечание изготовителя базы
    данных.») broken over lines right under the title."""
    from ingest.requisites import extract_acts
    text = (KODEKS_HEAD + _wrapped(PLAIN_TITLE, width) + "\n" + _wrapped(TYPO_NOTE, width) + "\n"
            + BODY)
    assert extract_acts(text, {})[0].title == PLAIN_TITLE


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_a_range_of_years_broken_after_its_dash_joins_without_a_space(dash):
    from ingest.requisites import extract_acts
    title = f"Об утверждении муниципальной программы «Развитие культуры в поселении» на 2024{dash}2026 годы"
    head, tail = title.split(f"2024{dash}")
    text = KODEKS_HEAD + head + f"2024{dash}\n" + "2026 годы\n" + BODY
    assert extract_acts(text, {})[0].title == title



KODEKS_PAGE_TITLE = "Об установлении размера платы за содержание жилого помещения"


@pytest.mark.parametrize("reference", [
    "Распоряжение Мэрии города\nСосновска от 28 июня 2013 года N\n38-рс",
    "Распоряжение Администрации\nСосновского сельского поселения от\n28 июня 2013 года N 38-рс",
    "Распоряжение Администрации\nСосновского сельского поселения от 28 июня 2013 года N\n38-рс",
    "Распоряжение\nМэрии города\nСосновска Заречного\nрайона Тестовской\nобласти от\n28 июня 2013 года N 38-рс"])
def test_kodeks_reference_under_its_wrapped_page_heading_is_read_whole(reference):
    """Kodeks' page heading (the title and «(с изменениями на …)») over the act's
    one-line reference, both broken by a narrow column, the date or number too
    («… года N» / «38-рс»): the reference is joined, and the heading block under
    it gives the title, not its territory lines."""
    from ingest.requisites import extract_acts
    text = "\n".join([
        "Недействующий", "Редакция от 9 сентября 2017 года",
        "Об установлении размера платы за\nсодержание жилого помещения (с\nизменениями на 9 сентября 2017\nгода)",
        reference, "Информация об изменениях",
        "РОССИЙСКАЯ ФЕДЕРАЦИЯ", "ТЕСТОВСКАЯ ОБЛАСТЬ", "РАСПОРЯЖЕНИЕ МЭРИИ", "ГОРОДА", "СОСНОВСКА",
        "от 28 июня 2013 г. N 38-рс", "г. Сосновск", _wrapped(KODEKS_PAGE_TITLE, 32),
        "(с изменениями на 9 сентября", "2017 года)", "Документ с изменениями,", "внесенными:", BODY])
    act = extract_acts(text, {})[0]
    assert (act.number, act.date, act.title) == ("38-рс", "2013-06-28", KODEKS_PAGE_TITLE)


@pytest.mark.parametrize("number", ["71-рс", "12-п", "3/4-р"])
def test_a_references_number_broken_at_its_hyphen_is_read_whole(number):
    from ingest.requisites import extract_acts
    head, tail = number.rsplit("-", 1)
    text = "\n".join([
        "Об утверждении Порядка содержания мест захоронения (с изменениями на", "17 ноября 2017 года)",
        "Постановление Администрации", "Сосновского муниципального",
        f"округа от 17 января 2015 года N {head}-", tail, "Информация об изменениях",
        "Российская Федерация", "Тестовская область", "Администрация Сосновского", "муниципального округа",
        "ПОСТАНОВЛЕНИЕ", f"от 17.01.2015 N {number}", "Об утверждении Порядка содержания мест захоронения",
        "(с изменениями на 17 ноября 2017 года)", BODY])
    act = extract_acts(text, {})[0]
    assert (act.number, act.date) == (number, "2015-01-17")
    assert act.title == "Об утверждении Порядка содержания мест захоронения"


@pytest.mark.parametrize("note", [" (с изменениями и дополнениями)", " (с изменениями и\nдополнениями)", ""])
def test_garants_one_line_heading_broken_right_before_its_quoted_title(note):
    """Garant's one-line heading («Решение … N 55/150 "О …" (с изменениями и
    дополнениями)») broken by the page right before the title's quote: the
    title on its line is read without its quotes and the database's edition mark."""
    from ingest.requisites import extract_acts
    title = "О проведении месячника по благоустройству территории поселения"
    text = "\n".join([
        "Решение Совета депутатов Сосновского сельского поселения Заречного района от 27 января 2014 г. N 55/150",
        f"\"{title}\"{note}", "С изменениями и дополнениями от:", "28 января 2018 г.", "ГАРАНТ:",
        "См. справку о документах, изменяющих настоящее решение", BODY])
    act = extract_acts(text, {})[0]
    assert (act.number, act.date, act.title) == ("55/150", "2014-01-27", title)


def test_a_range_of_years_broken_after_its_dash_inside_garants_wrapped_one_line_heading():
    from ingest.requisites import extract_acts
    text = "\n".join([
        "Система ГАРАНТ", "Распоряжение Администрации", "Сосновского сельского поселения от 19 ноября 2025 г. N 25-р",
        "\"О внесении изменений в", "распоряжение от 9 ноября 2017 г. № 69 \"Об",
        "утверждении муниципальной", "программы \"Чистая вода\" на 2021–", "2025 годы\" (с изменениями и",
        "дополнениями)", "С изменениями и дополнениями от:", "16 февраля 2026 г.", BODY])
    from tests.gold import same
    assert same("title", extract_acts(text, {})[0].title, "О внесении изменений в распоряжение от 9 ноября 2017 г. № 69 "
                "«Об утверждении муниципальной программы «Чистая вода» на 2021–2025 годы»")


@pytest.mark.parametrize("second", ["«Город Сосновск» от 25 июня", "«Город Сосновск»"])
def test_garants_wrapped_one_line_heading_whose_line_opens_with_a_name_in_guillemets(second):
    from ingest.requisites import extract_acts
    rest = "от 25 июня\n" if second == "«Город Сосновск»" else ""
    text = ("Постановление Администрации\nмуниципального образования\n" + second + "\n" + rest
            + "2021 г. N 31/222 \"О внесении\nизменений в постановление\nот 13 декабря 2012 года № 112-п \"Об\n"
            + "утверждении Положения о\nмуниципальной службе\"\nГАРАНТ:\nСм. справку о документах,\n"
            + "изменяющих настоящее\nпостановление\n" + BODY)
    act = extract_acts(text, {})[0]
    assert (act.number, act.date) == ("31/222", "2021-06-25")
    assert act.body == "Администрация муниципального образования «Город Сосновск»"
    assert act.title.startswith("О внесении изменений в постановление от 13 декабря 2012 года № 112-п")
