"""Requisites on heading shapes seen across regions (issue 12).

Each text is written by us for the fictional Tестовская область / Заречный
округ, in a shape found on municipal sites, legal-database prints and
delivered files of many regions: bodies over several lines, convocation
lines, parent bodies above a department, pages with no heading block (an
aggregator line, breadcrumbs, the operative formula or the signature names
the issuer), requisites above the kind word or after the date without a
sign, spaced-out kind words, wrapped titles.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ingest.requisites import extract_acts
from tests.gold import same


def one(text: str):
    acts = extract_acts(text)
    assert len(acts) == 1
    return acts[0]


def check(a, **want):
    """Each field as wanted; a list under a field lists every accepted value."""
    for k, v in want.items():
        accepted = v if isinstance(v, list) else [v]
        assert any(same(k, w, getattr(a, k)) for w in accepted), \
            f"{k}: got {getattr(a, k)!r}, want {v!r}"


# --- 1. bodies printed over several lines ------------------------------------------

def test_head_of_municipality_over_three_lines():
    a = one("ГЛАВА\nМУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\nЗАРЕЧНЫЙ РАЙОН\n\nПОСТАНОВЛЕНИЕ\n\n"
            "от 12.03.2024 № 14\n\nО проведении районного смотра-конкурса\n\n"
            "В целях поддержки самодеятельного творчества постановляю:\n1. Провести смотр.")
    check(a, body="ГЛАВА МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ЗАРЕЧНЫЙ РАЙОН", number="14",
          date="2024-03-12", title="О проведении районного смотра-конкурса")


def test_council_under_the_municipality_name_convocation_and_number_left_out():
    a = one("МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «ПРИОЗЁРНЫЙ МУНИЦИПАЛЬНЫЙ ОКРУГ»\nТЕСТОВСКОГО КРАЯ\n"
            "СОВЕТ ДЕПУТАТОВ\nтретьего созыва\n\nРЕШЕНИЕ\n№ 11\n\n"
            "«21» ноября 2023 г.\nс. Приозёрное\n\n"
            "О ставках земельного налога на 2024 год\n\n"
            "Совет депутатов решил:\n1. Установить ставки.")
    check(a, body="МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «ПРИОЗЁРНЫЙ МУНИЦИПАЛЬНЫЙ ОКРУГ» ТЕСТОВСКОГО КРАЯ "
                  "СОВЕТ ДЕПУТАТОВ",
          number="11", date="2023-11-21", title="О ставках земельного налога на 2024 год")


@pytest.mark.parametrize("convocation", ["ВТОРОГО СОЗЫВА", "второго созыва", "(четвёртый созыв)",
                                          "6-го созыва"])
def test_convocation_line_is_not_the_body(convocation):
    a = one(f"СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО ГОРОДСКОГО ПОСЕЛЕНИЯ\n{convocation}\n\nРЕШЕНИЕ\n\n"
            "от 05.06.2023 № 7/2\n\nОб отчёте главы поселения за 2022 год\n\nСовет депутатов решил:")
    check(a, body="СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО ГОРОДСКОГО ПОСЕЛЕНИЯ", number="7/2")


def test_convocation_in_a_spaced_web_copy():
    a = one("РЕШЕНИЕ от 05.06.2023 № 7/2\n\nСОВЕТ ДЕПУТАТОВ ЛЕСНОГО РАЙОНА\n\nпервого созыва\n\n"
            "РЕШЕНИЕ\n\nот 05.06.2023 № 7/2\n\nОб отчёте главы района за 2022 год\n\n"
            "В соответствии с Уставом Лесного района\n\nСовет депутатов Лесного района первого созыва\n\n"
            "РЕШАЕТ:\n\n1. Принять отчёт к сведению.")
    check(a, body="СОВЕТ ДЕПУТАТОВ ЛЕСНОГО РАЙОНА", title="Об отчёте главы района за 2022 год")


def test_administration_above_the_full_name_of_its_municipality():
    a = one("АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА\nТЕСТОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\n"
            "12.03.2024                                       № 145-п\n\nг. Заречный\n\n"
            "Об организации ярмарки выходного дня\n\nАдминистрация постановляет:")
    check(a, body="АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА ТЕСТОВСКОЙ ОБЛАСТИ",
          number="145-п", date="2024-03-12")


@pytest.mark.parametrize("parent, unit", [
    ("ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ ОБЛАСТИ", "КОМИТЕТ ПО КУЛЬТУРЕ ТЕСТОВСКОЙ ОБЛАСТИ"),
    ("АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНОГО", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"),
    ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ФИНАНСОВОЕ УПРАВЛЕНИЕ"),
])
def test_department_printed_under_its_parent_body(parent, unit):
    a = one(f"{parent}\n{unit}\n\nПРИКАЗ\n\n03.04.2024 № 37-од\n\n"
            "О проведении муниципального этапа олимпиады\n\nПРИКАЗЫВАЮ:\n1. Провести этап.")
    check(a, body=f"{parent} {unit}", number="37-од")
    assert a.level in ("regional", "municipal")


@pytest.mark.parametrize("above", [
    "РОССИЙСКАЯ ФЕДЕРАЦИЯ\nТЕСТОВСКАЯ ОБЛАСТЬ, ЛЕСНОЙ РАЙОН",
    "ТЕСТОВСКАЯ ОБЛАСТЬ",
    "МУНИЦИПАЛЬНЫЙ РАЙОН «ЛЕСНОЙ РАЙОН»",
])
def test_territory_lines_above_a_complete_administration_stay_out(above):
    a = one(f"{above}\nАДМИНИСТРАЦИЯ ЗАРЕЧНОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\n\nПОСТАНОВЛЕНИЕ\n\n"
            "15.05.2012 № 134\n\nОб утверждении порядка выдачи выписок\n\nпостановляю:")
    check(a, body="АДМИНИСТРАЦИЯ ЗАРЕЧНОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ")


def test_council_under_the_legal_name_of_the_city_district():
    a = one("Городской округ «Город Заречный Тестовской области»\nСОВЕТ ДЕПУТАТОВ ГОРОДА ЗАРЕЧНОГО\n"
            "РЕШЕНИЕ\n18 марта 2021 г. № 6-55Р\nг. Заречный\n\nО внесении изменений в Положение о "
            "приватизации\n\nСовет депутатов РЕШИЛ:")
    check(a, body="Городской округ «Город Заречный Тестовской области» СОВЕТ ДЕПУТАТОВ ГОРОДА ЗАРЕЧНОГО")


def test_head_in_the_genitive_under_the_administration_takes_its_territory():
    a = one("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nГОРОДСКАЯ УПРАВА Г. ЗАРЕЧНОГО\nРАСПОРЯЖЕНИЕ\nГОРОДСКОГО ГОЛОВЫ\n"
            "23 апреля 2002 г. N 1766-р\nО ПРОВЕДЕНИИ ВЕСЕННЕЙ ЯРМАРКИ\n\nВ целях развития торговли:")
    check(a, body="Городской Голова г. Заречного", number="1766-р",
          title="О ПРОВЕДЕНИИ ВЕСЕННЕЙ ЯРМАРКИ")


# --- 2. no heading block --------------------------------------------------------------

def test_aggregator_line_and_the_council_in_the_operative_formula():
    a = one("Решение от 12.04.2011 г № 37\n\nО внесении изменений в Положение о бюджетном "
            "процессе\n\nВ соответствии с Бюджетным кодексом РФ, руководствуясь Уставом, "
            "Лесной районный Совет депутатов решил:\n1. Внести изменения.")
    check(a, kind="решение", number="37", date="2011-04-12",
          body="Лесной районный Совет депутатов",
          title="О внесении изменений в Положение о бюджетном процессе")


def test_operative_formula_of_an_administration_in_lower_case():
    a = one("Главная > Документы > Постановления\nСкачать документ\n"
            "Постановление от 5 марта 2019 года № 18\n"
            "Об установлении особого противопожарного режима\n"
            "В связи с повышением пожарной опасности администрация Заречного сельсовета "
            "постановляет:\n1. Установить режим.")
    check(a, kind="постановление", number="18", date="2019-03-05",
          body="администрация Заречного сельсовета",
          title="Об установлении особого противопожарного режима")


def test_signature_names_the_issuer_when_the_formula_is_in_the_first_person():
    a = one("Распоряжение от 01.10.2008 г № 315-Р\n\nОб утверждении Положения о школьном округе\n\n"
            "В целях развития образования:\n1. Утвердить Положение (прилагается).\n"
            "2. Опубликовать настоящее распоряжение.\nГубернатор Тестовской области\nИ.И.Петров")
    check(a, number="315-Р", body="Губернатор Тестовской области")


def test_aggregator_line_names_the_body_in_the_genitive():
    a = one("Постановление Администрации Лесного района Тестовской области от 14 июня 2015 г. N 211\n"
            "\"О мерах по охране лесов от пожаров\"\n\nВ целях охраны лесов постановляю:")
    check(a, body="Администрация Лесного района Тестовской области", number="211",
          date="2015-06-14", title="О мерах по охране лесов от пожаров")


def test_no_issuer_named_anywhere_leaves_the_body_empty():
    a = one("Решение от 14.11.2012 г № 20\n\nОб установлении земельного налога\n\n"
            "В соответствии с Налоговым кодексом РФ решил:\n1. Установить налог.")
    assert a.body is None


# --- 4. titles --------------------------------------------------------------------------

def test_title_in_capitals_ends_where_the_text_in_lower_case_begins():
    a = one("20 августа 2002 года N 431\n-----------------------------\nУКАЗ\n"
            "ПРЕЗИДЕНТА РЕСПУБЛИКИ ТЕСТОВИЯ\nОБ УЧРЕЖДЕНИИ ПАМЯТНОГО ЗНАКА\n"
            "\"100 ЛЕТ ТЕСТОВСКОЙ РЕСПУБЛИКЕ\"\n"
            "В ознаменование столетия республики постановляю:\n1. Учредить знак.")
    check(a, kind="указ", number="431", date="2002-08-20", body="Президент Республики Тестовия",
          title='ОБ УЧРЕЖДЕНИИ ПАМЯТНОГО ЗНАКА "100 ЛЕТ ТЕСТОВСКОЙ РЕСПУБЛИКЕ"')


def test_title_wrapped_after_a_trailing_conjunction():
    a = one("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА\n\nПОСТАНОВЛЕНИЕ\n\n01.02.2024 № 50\n\n"
            "Об утверждении порядка содержания мест погребения и\n"
            "деятельности специализированной службы\n\nАдминистрация постановляет:")
    check(a, title="Об утверждении порядка содержания мест погребения и деятельности "
                   "специализированной службы")


def test_a_place_name_unknown_to_the_dictionary_is_kept_as_printed():
    a = one("АДМИНИСТРАЦИЯ КУЗЕЛЬГИНСКОГО СЕЛЬСОВЕТА\n\nПОСТАНОВЛЕНИЕ\n\n01.02.2024 № 5\n\n"
            "О благоустройстве деревни Кузельгино\n\nпостановляю:")
    check(a, body="АДМИНИСТРАЦИЯ КУЗЕЛЬГИНСКОГО СЕЛЬСОВЕТА", title="О благоустройстве деревни Кузельгино")


# --- 5. numbers and dates --------------------------------------------------------------

def test_number_without_a_sign_after_the_date():
    a = one("СОВЕТ ДЕПУТАТОВ ГОРОДА ЗАРЕЧНОГО\nРЕШЕНИЕ\n18 марта 2021\t6-59Р\nг. Заречный\n\n"
            "О бюджетном процессе\n\nСовет депутатов РЕШИЛ:")
    check(a, number="6-59Р", date="2021-03-18")


def test_date_with_a_space_after_the_dot():
    a = one("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\n\nПОСТАНОВЛЕНИЕ\n15.05. 2012 № 134 "
            "п. Заречный\nОб утверждении регламента\n\nпостановляю:")
    check(a, number="134", date="2012-05-15")


def test_spaced_out_kind_word_and_requisites_below():
    a = one("АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНОГО\n\nР А С П О Р Я Ж Е Н И Е\n\n"
            "от 17.10.2022 № 58-р\n\nОб уборке снега\n\n1. Организовать уборку.")
    check(a, kind="распоряжение", number="58-р", date="2022-10-17", title="Об уборке снега")


def test_law_adopted_and_signed_lines():
    a = one("ТЕСТОВСКАЯ ОБЛАСТЬ\n\nЗАКОН\n\nО профилактике правонарушений в Тестовской области\n\n"
            "Принят Законодательным Собранием Тестовской области 25 марта 2014 года\n\n"
            "Статья 1. Предмет регулирования\n...\n\nГубернатор Тестовской области\nИ.И.Петров\n"
            "г. Тестов\n3 апреля 2014 года\n№ 283-ОЗ")
    check(a, kind="закон", number="283-ОЗ", date="2014-04-03", body="ТЕСТОВСКАЯ ОБЛАСТЬ",
          title="О профилактике правонарушений в Тестовской области")


def test_a_file_holding_only_an_annex_takes_the_act_from_its_stamp():
    a = one("Приложение\nк постановлению\nадминистрации города Заречного\n\nот 06.03.2025 № 01-02-252\n\n"
            "ПЕРЕЧЕНЬ\nобщеобразовательных организаций, закрепленных за территориями\n\n"
            "№ п/п\tНаименование\tАдрес\n1.\tМАОУ «Школа № 1»\tул. Мира, 1\n")
    check(a, kind="постановление", number="01-02-252", date="2025-03-06",
          body="администрация города Заречного")
    assert a.title is None and "annex_only" in a.warnings


def test_annex_stamp_over_a_regulation_files_it_under_the_approving_act():
    # the realdocs gold convention (a file holding only an annex is the act its
    # stamp names, realdocs2 07): a reader asks for «решение № 12/4»
    b = one("Приложение\nк решению Совета депутатов\nСосновского сельского поселения\nот 05.06.2023 № 12/4\n\n"
            "ПОЛОЖЕНИЕ\nо старосте сельского населённого пункта\n\n1. Общие положения\n")
    assert (b.kind, b.number, b.date) == ("решение", "12/4", "2023-06-05") and "annex_only" in b.warnings
    assert b.title == "ПОЛОЖЕНИЕ о старосте сельского населённого пункта"


def test_approval_stamp_over_a_regulation_keeps_the_regulation_as_the_document():
    a = one("УТВЕРЖДЕНО\nпостановлением администрации\nЗаречного округа\nот 12.03.2024 № 145-п\n\n"
            "ПОЛОЖЕНИЕ\nо порядке организации ярмарок\n\n1. Общие положения\n")
    assert a.kind == "положение" and a.number == "145-п"


def test_blank_stamp_over_a_charter_keeps_the_charter_as_the_document():
    a = one("УТВЕРЖДЕН\nпостановлением администрации\nЗаречного района\nот ____________ № ______\n\n"
            "УСТАВ\nмуниципального бюджетного учреждения «Заречная библиотека»\n\n1. Общие положения\n")
    assert a.kind == "устав" and a.number is None and a.date is None


# --- more print and page shapes (legal-database prints, municipal sites) -------------

SHAPES = [
    # a table row with the date and number above the heading (RTF/DOCX of a database)
    ("от 12.03.2024\t\t№ 145-п\nАДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\n\n"
     "О порядке организации ярмарок\n\nАдминистрация постановляет:\n",
     dict(kind="постановление", number="145-п", date="2024-03-12", body="АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА",
          title="О порядке организации ярмарок")),
    # a database's one-line title above the printed heading
    ("Постановление Администрации Заречного округа от 12.03.2024 N 145\n\"О ярмарках выходного дня\"\n"
     "Документ предоставлен КонсультантПлюс\n\nАДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА\n\nПОСТАНОВЛЕНИЕ\n"
     "от 12 марта 2024 г. N 145\n\nО ЯРМАРКАХ ВЫХОДНОГО ДНЯ\n\nАдминистрация постановляет:\n",
     dict(number="145", date="2024-03-12", body="АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА",
          title="О ЯРМАРКАХ ВЫХОДНОГО ДНЯ")),
    # Garant: the one-line title is all there is; the signature block is a table
    ("Постановление Администрации г. Заречного Тестовской области от 26 ноября 2008 г. N 812\n"
     "\"О признании утратившим силу постановления о нестационарной торговле\"\n"
     "В связи с изменением законодательства постановляю:\n1. Признать утратившим силу.\n"
     "Глава города |\nИ.И. Петров |\n",
     dict(number="812", date="2008-11-26", body="Администрация г. Заречного Тестовской области",
          title="О признании утратившим силу постановления о нестационарной торговле")),
    # a municipal site: menu, breadcrumbs, download link and copyright around the act
    ("Главная / Документы / Постановления\nСкачать документ (DOC, 45 КБ)\n"
     "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО СЕЛЬСОВЕТА\nПОСТАНОВЛЕНИЕ\n05.03.2019 № 18\n"
     "Об установлении особого противопожарного режима\nВ связи с сухой погодой постановляю:\n"
     "1. Установить режим.\n© 2024 Администрация Заречного сельсовета\n",
     dict(number="18", date="2019-03-05", body="АДМИНИСТРАЦИЯ ЗАРЕЧНОГО СЕЛЬСОВЕТА",
          title="Об установлении особого противопожарного режима")),
    # an aggregator's line and title over a text without its heading
    ("Постановление Администрации Города Тестова от 05.09.2011 № 965\n"
     "О начале отопительного периода\nВ связи с понижением температуры:\n1. Начать отопительный период.\n",
     dict(number="965", date="2011-09-05", body="Администрация Города Тестова",
          title="О начале отопительного периода")),
    # a council of people's deputies named by the aggregator line
    ("Решение Совета народных депутатов Заречного района от 12.04.2011 № 37\n"
     "Об утверждении Положения о публичных слушаниях\nСовет народных депутатов решил:\n",
     dict(kind="решение", number="37", date="2011-04-12", body="Совет народных депутатов Заречного района",
          title="Об утверждении Положения о публичных слушаниях")),
    # a regional law: territory heading, adoption line, requisites after the signature
    ("ЗАКОН\nТЕСТОВСКОЙ ОБЛАСТИ\n\nО бесплатной юридической помощи\n\n"
     "Принят Тестовской областной Думой\n25 марта 2014 года\n\nСтатья 1\n...\n"
     "Губернатор Тестовской области\nИ.И. Петров\n3 апреля 2014 года\n№ 283-ОЗ\n",
     dict(kind="закон", number="283-ОЗ", date="2014-04-03", body="Тестовская область",
          title="О бесплатной юридической помощи")),
    # a title wrapped after «и» at the line end
    ("ГЛАВА ЗАРЕЧНОГО ГОРОДСКОГО ОКРУГА\n\nПОСТАНОВЛЕНИЕ\n\n01.02.2024 № 50\n\n"
     "О создании комиссии по чрезвычайным ситуациям и\nобеспечению пожарной безопасности\n\n"
     "постановляю:\n",
     dict(number="50", body="ГЛАВА ЗАРЕЧНОГО ГОРОДСКОГО ОКРУГА",
          title="О создании комиссии по чрезвычайным ситуациям и обеспечению пожарной безопасности")),
    # the number before the date, the kind letter-spaced, the date in quotes
    ("СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА\n\nР Е Ш Е Н И Е\n\n№ 12/3\t\t«19» декабря 2023 г.\n\n"
     "О бюджете округа на 2024 год\n\nСовет депутатов решил:\n",
     dict(kind="решение", number="12/3", date="2023-12-19", title="О бюджете округа на 2024 год")),
    # a title printed wholly in quotes after the requisites line
    ("МЭРИЯ ГОРОДА ЗАРЕЧНОГО\nРАСПОРЯЖЕНИЕ\nот 17 октября 2022 года № 58-р «Об уборке снега в зимний "
     "период»\n\n1. Организовать уборку.\n",
     dict(kind="распоряжение", number="58-р", date="2022-10-17", body="МЭРИЯ ГОРОДА ЗАРЕЧНОГО",
          title="Об уборке снега в зимний период")),
]


@pytest.mark.parametrize("text, want", SHAPES, ids=[f"shape{i}" for i in range(len(SHAPES))])
def test_print_and_page_shapes(text, want):
    check(extract_acts(text)[0], **want)


def test_heading_run_into_one_paragraph_is_laid_out_again():
    a = one("БИБ: информационный бюллетень. № 38 / Министерство культуры Тестовской области\n\n"
            "7 МИНИСТЕРСТВО КУЛЬТУРЫ ТЕСТОВСКОЙ ОБЛАСТИ ГОСУДАРСТВЕННОЕ ОБЛАСТНОЕ БЮДЖЕТНОЕ "
            "УЧРЕЖДЕНИЕ КУЛЬТУРЫ «ТЕСТОВСКАЯ ОБЛАСТНАЯ БИБЛИОТЕКА» ПРИКАЗ 14 марта 2025 г. № 41-ОД "
            "г. Тестов О проведении областного конкурса библиотек «Победа» С целью "
            "совершенствования работы библиотек п р и к а з ы в а ю: 1. Провести конкурс.")
    check(a, kind="приказ", number="41-ОД", date="2025-03-14",
          body="ГОСУДАРСТВЕННОЕ ОБЛАСТНОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ КУЛЬТУРЫ «ТЕСТОВСКАЯ ОБЛАСТНАЯ БИБЛИОТЕКА»",
          title="О проведении областного конкурса библиотек «Победа»")


def test_a_place_adjective_glued_in_typed_text_is_not_split_into_a_name():
    a = one("АДМИНИСТРАЦИЯ ЕКАТЕРИНКИНСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\n\nПОСТАНОВЛЕНИЕ\n\n01.02.2024 № 8\n\n"
            "О мерах по пропуску паводковых вод\n\nпостановляю:")
    check(a, body="АДМИНИСТРАЦИЯ ЕКАТЕРИНКИНСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ")


def test_portal_metadata_rows_are_never_the_body_or_title():
    a = one("Основная информация\nДата опубликования:\t20 февраля 2015г.\nНомер документа:\tRU16000201500080\n"
            "Принявший орган:\tСовет депутатов Заречного сельского поселения\nТип документа:\tРешения\n"
            "Бесплатная консультация\nТекущая редакция документа\n"
            "СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nРЕШЕНИЕ\nот 12.02.2015 № 21\n"
            "О внесении изменений в Устав поселения\n\nСовет депутатов решил:\n")
    check(a, body="СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", number="21", date="2015-02-12",
          title="О внесении изменений в Устав поселения")


# --- shapes from an independent sample of municipal sites and database prints ------

HELD_OUT_SHAPES = [
    # Garant: outer and inner closing quotes merged, then the dates of its editions
    ("Решение Совета депутатов Заречного района от 12 марта 2009 г. N 19\n"
     "\"О внесении изменений в решение Совета депутатов от 10.11.2005 N 7 \"Об установлении "
     "земельного налога\"\n2 мая 2007 г., 24 февраля, 13 мая 2009 г.\n"
     "В соответствии с Налоговым кодексом Совет депутатов решил:\n",
     dict(number="19", title="О внесении изменений в решение Совета депутатов от 10.11.2005 N 7 "
                             "\"Об установлении земельного налога\"")),
    # a document listing: the number before the date, no issuer
    ("Распоряжение № 12-р от 02.11.2018 г. \"Об отопительном сезоне\"\n",
     dict(kind="распоряжение", number="12-р", date="2018-11-02", body=None,
          title="Об отопительном сезоне")),
    ("Постановление Коллегии Администрации Заречного района №375 от 13.09.2013\n"
     "О мерах по подготовке к зиме\n",
     dict(number="375", date="2013-09-13", body="Коллегия Администрации Заречного района")),
    # a listing: date, number, quoted title and the download link on one line
    ("Решение от 12.08.2010 г. № 57 \"О налоге на имущество физических лиц\". Скачать (формат - .doc)\n",
     dict(kind="решение", number="57", date="2010-08-12", title="О налоге на имущество физических лиц")),
    # a governor's decree whose first sentence follows the title
    ("УКАЗ\nГУБЕРНАТОРА ТЕСТОВСКОЙ ОБЛАСТИ\nот 10.08.2020 № 233-уг\nОб исполнении обязанностей\n"
     "Губернатора Тестовской области\nУбываю в служебную командировку в г. Москву с 11 по 14 августа.\n",
     dict(number="233-уг", body="Губернатор Тестовской области",
          title="Об исполнении обязанностей Губернатора Тестовской области")),
    # a region's line over a council's decision; the adoption line names the council
    ("Тестовская область\nРешение от 22 июня 2012 года № 78\nО порядке управления имуществом\n"
     "Принято\nЗаречной городской Думой (Тестовская обл.)\n22 июня 2012 года\n"
     "Заречная городская Дума решила:\n",
     dict(number="78", date="2012-06-22", body="Заречная городская Дума")),
    # a session line under the body
    ("СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО СЕЛЬСОВЕТА\nОдиннадцатая сессия шестого созыва\nРЕШЕНИЕ\n"
     "от 14.11.2022 № 45\nО бюджете сельсовета\nСовет депутатов решил:\n",
     dict(body="СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО СЕЛЬСОВЕТА", number="45")),
    # a body wrapped so that one genitive word stands alone
    ("МИНИСТЕРСТВО ФИНАНСОВ ТЕСТОВСКОЙ\nОБЛАСТИ\nПРИКАЗ\nот 01.03.2021 № 17н\nО порядке учёта\n",
     dict(body="МИНИСТЕРСТВО ФИНАНСОВ ТЕСТОВСКОЙ ОБЛАСТИ", number="17н", date="2021-03-01")),
    # a cabinet of ministers named after the kind word
    ("ПОСТАНОВЛЕНИЕ\nКАБИНЕТА МИНИСТРОВ\nТЕСТОВСКОЙ РЕСПУБЛИКИ\n09.08.2018 г.\nN 638\n"
     "О республиканской программе\n",
     dict(body="КАБИНЕТ МИНИСТРОВ ТЕСТОВСКОЙ РЕСПУБЛИКИ", number="638", date="2018-08-09",
          title="О республиканской программе")),
    # the kind word alone in lower case
    ("Правительство Тестовской области\nпостановление\nот 15 марта 2017 года № 59\n"
     "О внесении изменений в постановление Правительства области\n\nПравительство постановляет:\n",
     dict(kind="постановление", number="59", date="2017-03-15", body="Правительство Тестовской области")),
    # letter-spacing with a space lost, the issuer glued to its region, the date glued
    ("УК А З\nГУБЕРНАТОРАТЕСТОВСКОЙ ОБЛАСТИ\n10августа 2020года № 233-уг\nОб исполнении "
     "обязанностей\n\nпостановляю:\n",
     dict(kind="указ", number="233-уг", date="2020-08-10", body="ГУБЕРНАТОР ТЕСТОВСКОЙ ОБЛАСТИ",
          title="Об исполнении обязанностей")),
    # a district council named in the genitive by an aggregator (окружной, not окружный)
    ("Решение окружного Совета депутатов Заречного округа от 14.02.2019 № 8\n\"О старостах\"\n",
     dict(body="окружной Совет депутатов Заречного округа", number="8")),
    # the requisites printed under the title and an adoption line
    ("СОБРАНИЕ ДЕПУТАТОВ ЗАРЕЧНОГО СЕЛЬСОВЕТА\nРЕШЕНИЕ\nО земельном налоге\nПринято Собранием "
     "депутатов\n№ 65   31.10. 2018 года\n\nСобрание депутатов решило:\n",
     dict(number="65", date="2018-10-31", title="О земельном налоге")),
    # a Cyrillic Н as the number sign
    ("Постановление Администрации Заречного района от 23 ноября 2009 г. Н 655\n"
     "\"О муниципальной службе\"\n",
     dict(number="655", date="2009-11-23")),
]


@pytest.mark.parametrize("text, want", HELD_OUT_SHAPES, ids=[f"held{i}" for i in range(len(HELD_OUT_SHAPES))])
def test_held_out_shapes(text, want):
    check(extract_acts(text)[0], **want)


SECOND_SAMPLE_SHAPES = [
    # a regulation's heading followed by its first sentence
    ("ПОЛОЖЕНИЕ\nО Почётной грамоте главы города Заречного\nНастоящее Положение регламентирует порядок "
     "награждения.\n1. Общие положения\n",
     dict(kind="положение", title="О Почётной грамоте главы города Заречного")),
    # a database's remark in angle brackets under the title
    ("УКАЗ\nГУБЕРНАТОРА ТЕСТОВСКОЙ ОБЛАСТИ\nот 10.02.2015 № 12\nО мерах поддержки\n"
     "‹Утратил силу: указ Губернатора Тестовской области от 01.03.2019 № 40>\nпостановляю:\n",
     dict(number="12", title="О мерах поддержки")),
    # a site's list line with no quotes and the org block above it
    ("Администрация\nЗаречного сельского поселения\nЗаречного района Тестовской области\n"
     "Постановление № 20 от 09.02.2017 г. Об утверждении Порядка учёта граждан\nСкачать (DOC)\n",
     dict(kind="постановление", number="20", date="2017-02-09",
          title="Об утверждении Порядка учёта граждан")),
    # adjectives agree with the head noun (Собрание is neuter)
    ("Решение Заречного городского Собрания депутатов от 12.05.2016 № 33\n\"О публичных слушаниях\"\n",
     dict(body="Заречное городское Собрание депутатов", number="33")),
    # a list counter and a stray sign before the title
    ("РЕШЕНИЕ\nСОВЕТА ДЕПУТАТОВ ЗАРЕЧНОГО ОКРУГА\nот 01.02.2020 № 9\n9 О Законе Тестовской области "
     "о старостах\n\nСовет депутатов решил:\n",
     dict(number="9", title="О Законе Тестовской области о старостах")),
    # a bracketed qualifier under the kind word of a blank form
    ("РАСПОРЯЖЕНИЕ\n(по аппарату)\nот ________ № ____\n\n1. Назначить.\n",
     dict(kind="распоряжение", number=None, date=None, title=None)),
    # a flattened print: the number runs into the next heading's kind word
    ("Закон Тестовской области от 09.01.2007 № 56ЗАКОН ТЕСТОВСКОЙ ОБЛАСТИ О наделении полномочиями\n",
     dict(kind="закон", number="56", date="2007-01-09")),
    # a capitalised hyphenated place name is not split
    ("АДМИНИСТРАЦИЯ ИТУМ-КАЛИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\nот 01.02.2021 № 4\n"
     "О ДОРОГАХ ИТУМ-КАЛИНСКОГО РАЙОНА\n\nпостановляю:\n",
     dict(body="АДМИНИСТРАЦИЯ ИТУМ-КАЛИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", title="О ДОРОГАХ ИТУМ-КАЛИНСКОГО РАЙОНА")),
]


@pytest.mark.parametrize("text, want", SECOND_SAMPLE_SHAPES,
                         ids=[f"second{i}" for i in range(len(SECOND_SAMPLE_SHAPES))])
def test_second_sample_shapes(text, want):
    check(extract_acts(text)[0], **want)


SCAN_HEAD = ("АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНОГО\nДЕПАРТАМЕНТ КУЛЬТУРЫ\n\nПРИКАЗ\n\nKALI\tг. Заречный\t№ 766 4\n\n"
             "О приёме на работу\n\nПРИКАЗЫВАЮ:\n")


def test_two_readings_of_a_handwritten_number_that_differ_leave_it_empty():
    # Tesseract read the pen's 166 as 766; the handwriting reader read 166 after the "№"
    meta = {"ocr_pages": 1, "handwritten": {"date": None, "number": None, "number_digits": "166",
                                            "digits_anchored": True}}
    a = extract_acts(SCAN_HEAD, meta)[0]
    assert a.number is None and "number_disputed" in a.warnings


def test_digits_from_the_last_ink_alone_do_not_dispute_a_reading():
    meta = {"ocr_pages": 1, "handwritten": {"date": None, "number": None, "number_digits": "66",
                                            "digits_anchored": False}}
    assert extract_acts(SCAN_HEAD, meta)[0].number == "766"


def test_digits_from_the_last_ink_that_change_a_digit_dispute_a_reading():
    # the last ink segment read alone may lose a digit at its edge (66 of 766),
    # never change one: 166 against Tesseract's 766 means one of them is wrong
    meta = {"ocr_pages": 1, "handwritten": {"date": None, "number": None, "number_digits": "166",
                                            "digits_anchored": False}}
    a = extract_acts(SCAN_HEAD, meta)[0]
    assert a.number is None and "number_disputed" in a.warnings


THIRD_SAMPLE_SHAPES = [
    # no heading: the operative formula names the issuer and gives the kind
    ("Руководствуясь Уставом, Администрация Заречного района постановляет:\n1. Утвердить порядок.\n",
     dict(kind="постановление", body="Администрация Заречного района")),
    # no heading: a title, a first-person formula, the signer's office over three lines
    ("О праздновании Дня посёлка Заречный\nВ целях сохранения традиций п о с т а н о в л я ю:\n"
     "1. Провести праздник.\n2. Контроль оставляю за собой.\nГлава администрации\nпосёлка Заречный\n"
     "Тестовской области И.И. Иванов\n",
     dict(kind="постановление", title="О праздновании Дня посёлка Заречный",
          body="Глава администрации посёлка Заречный Тестовской области")),
    # a register's card: key | value rows
    ("Номер: | 16 |\nДата: | 28.05.2012 |\nСодержание: | Об утверждении порядка выдачи справок |\n"
     "Принявший орган: | Администрация Заречного наслега |\nАДМИНИСТРАЦИЯ ЗАРЕЧНОГО НАСЛЕГА ПОСТАНОВЛЕНИЕ "
     "Об утверждении порядка выдачи справок В целях упорядочения постановляю:\n",
     dict(number="16", date="2012-05-28", title="Об утверждении порядка выдачи справок")),
    # a number run into the next heading's kind word
    ("Постановление Кабинета Министров Тестовской Республики от 12.03.2014 № 567Постановление Кабинета "
     "Министров Тестовской Республики\n",
     dict(number="567", date="2014-03-12")),
    # the kind word and number on one line, the date under it
    ("Постановление № 25\nот 24 апреля 2013 г.\nОб утверждении правил содержания домашних животных\n"
     "\nпостановляю:\n",
     dict(kind="постановление", number="25", date="2013-04-24",
          title="Об утверждении правил содержания домашних животных")),
    # a site's status label over the title
    ("Приказ министерства образования Тестовской области от 05.02.2019 № 3460\nОсновной документ\n"
     "Об утверждении перечня олимпиад\n",
     dict(number="3460", title="Об утверждении перечня олимпиад")),
]


@pytest.mark.parametrize("text, want", THIRD_SAMPLE_SHAPES,
                         ids=[f"third{i}" for i in range(len(THIRD_SAMPLE_SHAPES))])
def test_third_sample_shapes(text, want):
    check(extract_acts(text)[0], **want)


def test_a_page_title_starting_with_a_kind_word_is_not_the_act():
    a = extract_acts("Положение об Общественном совете Заречного района\n\nСОБРАНИЕ ДЕПУТАТОВ ЗАРЕЧНОГО "
                     "РАЙОНА\nРЕШЕНИЕ\nот 12.10.2016 № 18/114\nОб утверждении Положения об Общественном "
                     "совете\n\nСобрание депутатов решило:\n")[0]
    check(a, kind="решение", number="18/114", date="2016-10-12", body="СОБРАНИЕ ДЕПУТАТОВ ЗАРЕЧНОГО РАЙОНА")


def test_requisites_inside_a_quoted_title_are_the_cited_acts():
    a = extract_acts("№ 17 |\nПостановление Кабинета Министров Тестовской Республики \"О внесении изменения в "
                     "Положение о наградах, утвержденное постановлением Кабинета Министров от 31.12.2009 № 915\"\n"
                     "\nКабинет Министров постановляет:\n")[0]
    assert a.date != "2009-12-31" and a.number != "915"


def test_place_date_and_number_lines_of_a_law_are_not_its_title():
    a = extract_acts("З А К О Н\nТестовской Республики\nг. Тестов,\n9 октября 2008 года № 85-IV\n"
                     "О внесении изменений в Закон о выборах\n\nСтатья 1\n")[0]
    check(a, kind="закон", number="85-IV", date="2008-10-09", title="О внесении изменений в Закон о выборах")


def test_convocation_after_a_genitive_body_under_the_kind_word():
    a = extract_acts("РЕШЕНИЕ\nСобрания депутатов Заречного района третьего созыва\nот 12.03.2015 № 5\n"
                     "О бюджете\n")[0]
    check(a, body="Собрание депутатов Заречного района", number="5")


# --- through the readers: a delivered file's table row above the heading ---------------

def test_docx_table_row_with_date_and_number_above_the_heading(tmp_path):
    from docx import Document

    from ingest.formats import read
    doc = Document()
    doc.add_paragraph('Постановление Администрации Заречного округа от 12.03.2024 N 145-п '
                      '"О порядке организации ярмарок"')
    row = doc.add_table(rows=1, cols=2)
    row.cell(0, 0).text = "12 марта 2024 года"
    row.cell(0, 1).text = "N 145-п"
    for line in ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА", "ПОСТАНОВЛЕНИЕ", "О ПОРЯДКЕ ОРГАНИЗАЦИИ ЯРМАРОК",
                 "Администрация постановляет:"):
        doc.add_paragraph(line)
    path = tmp_path / "print.docx"
    doc.save(path)
    parsed = read(path)
    check(extract_acts(parsed.text, dict(parsed.meta))[0], kind="постановление", number="145-п",
          date="2024-03-12", body="АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА", title="О ПОРЯДКЕ ОРГАНИЗАЦИИ ЯРМАРОК")


def test_rtf_table_row_with_date_and_number_above_the_heading(tmp_path):
    from ingest.formats import read

    def cp(s: str) -> str:  # RTF's \'xx escapes of the cp1251 bytes
        return "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in s.encode("cp1251"))
    rtf = ("{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
           "\\trowd\\cellx4000\\cellx8000\n\\intbl " + cp("от 12.03.2024") + "\\cell " + cp("№ 145-п")
           + "\\cell\\row\n\\pard " + cp("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА") + "\\par\n"
           + cp("ПОСТАНОВЛЕНИЕ") + "\\par\n" + cp("О ярмарках выходного дня") + "\\par\n}")
    path = tmp_path / "print.rtf"
    path.write_bytes(rtf.encode("ascii"))
    parsed = read(path)
    check(extract_acts(parsed.text, dict(parsed.meta))[0], kind="постановление", number="145-п",
          date="2024-03-12", body="АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА", title="О ярмарках выходного дня")


@pytest.mark.parametrize("how", ["saved again as utf-8", "declared latin-1"])
def test_a_page_of_cp1251_read_as_latin1_is_read_as_russian(tmp_path, how):
    from ingest.formats import read
    act = ("ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 9 марта 2007 г. N 65\n"
           "О порядке предоставления субсидий сельхозпроизводителям\n\nПравительство постановляет:\n")
    if how == "saved again as utf-8":
        data = ("<html><head><meta charset='utf-8'></head><body><pre>"
                + act.encode("cp1251").decode("cp1252") + "</pre></body></html>").encode("utf-8")
    else:
        data = (b"<html><head><meta charset='iso-8859-1'></head><body><pre>"
                + act.encode("cp1251") + b"</pre></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(data)
    parsed = read(path)
    check(extract_acts(parsed.text, dict(parsed.meta))[0], kind="постановление", number="65",
          date="2007-03-09", body="ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ ОБЛАСТИ")


@pytest.mark.parametrize("verb, kind", [("решили", "решение"), ("решило", "решение"),
                                        ("решает", "решение"), ("постановляю", "постановление"),
                                        ("приказываю", "приказ"), ("распоряжаюсь", "распоряжение")])
def test_every_operative_verb_gives_its_kind(verb, kind):
    a = one(f"О сходе граждан села Заречье\nВ соответствии с Уставом {verb}:\n1. Провести сход.\n")
    assert a.kind == kind


# --- fourth to seventh samples (issue 12), kept as data, one file a sample:
# fourth (requisite_shapes.yaml): legal-database prints, regional portals,
#   bilingual blanks;
# fifth: rulings and conclusions, collapsed nested quotes, edition-date lines,
#   spaced and split dates, suffixes after a space, joint acts;
# sixth: prints of legal databases of federal acts — the registration with the
#   Ministry of Justice in a lead sentence, reference lines under a site's menu,
#   titles not opening with «О», numbers ending in «@», glued inline elements;
# seventh: municipal and regional acts of regions nobody had tuned on — repeal
#   notes typed with a Latin letter, long annex stamps, bracketed running
#   numbers, first-person acts signed over one initial, nested straight quotes,
#   glued words of a copied heading;
# eighth: a reference line shortening the printed number, headings in table
#   cells or run into one paragraph around an edition note, a page title's
#   tail over a spaced kind word, a sitting's date over the kind word;
# ninth: laws run into one paragraph with the number glued to the kind word,
#   a letter-spaced ЗАКОН over its territory, an administration under its
#   government, a database's edition dates under an untitled act;
# tenth: typed headings naming places the dictionary does not know — a town
#   of two dictionary words, a name one capital short of a word, a hyphenated
#   name wrapped at its hyphen: no scan repair alters them;
# eleventh: a number in a table cell of its own, a run-on heading's council in
#   the genitive, a database's heading line wrapped inside the name, a kind
#   word glued to its date, a title ending with an abbreviation;
# twelfth: a site's card of the act over a letter-spaced kind word (no
#   masthead), a download link under the title;
# thirteenth: a database's quoted title ending in a cited act's edition note --
# thirtieth (sample 25): a site's card with each value under its key, a site's
#   listing line «№ … от … «О …»» with no kind word;
# thirtyfourth (sample 27): a law's section or letter-spaced article under its
#   title, a title printed twice, a flattened line's edition note, a law's
#   adoption by a resolution under the title, a blank's cells on their lines,
#   amendments adopted by a decision;
# thirtyfifth (sample 28): the act's own date line under its title, a place glued
#   to the title, a download link under a charter's page title, an untitled
#   order over its signature, a reference line misprinting the number, a site's
#   cut title over a heading whose words ran together;
# thirtysixth (sample 29): a converter's list bullets before the heading's lines,
#   a convocation line that lost its ordinal, a commission named by a «-ческая»
#   adjective over its parent, a republic's district line under «муниципального
#   района» on a page with no kind word;
# thirtyseventh (sample 30): a blank's telephone line under the name, the place
#   the act was issued in between the name and the kind word, a region's
#   second name after a dash in the genitive;
# heldout31 (sample 31): a sitting's line whose convocation ordinal is split
#   from its ending by a spaced dash, a town's quoted name before the council in
#   the operative formula, a listing line with the kind, number and quoted title
#   but no date;
# heldout32 (sample 32, delivered-file texts and print views): a letterhead's
#   rule of underscores at the end of the name's last line, a council or an
#   administration named by its adjectives in the nominative under the kind word;
# heldout34 (sample 34, real delivered files saved as HTML): the date and number
#   under the signature of a heading printing none, its first point citing an
#   act; a title going on past a blank line after a comma; a title in title case;
# reqmun48 (sample 36, municipal headings of republics, okrugs, Moscow's and St
#   Petersburg's municipalities, ZATO): an annex stamp quoting the approving act's
#   title after its issuer; an act printed from its preamble and then its annex
#   under the stamp over the approved document's kind word; a site's numbered
#   list of acts (the item's ordinal before the kind word);
# sweep56 (pool 56, read without gold by bench/plausible.py): a law's acceptance
#   line run onto its territory's line, a council's number with the sitting's
#   index in brackets inside it, a site's posting date over a title run into the
#   preamble, a charter's adoption stamp naming the reading on a line of its own;
# titleless (stop 32, the rubric tagger's lost titles): a title in capitals
#   wrapped inside a cited programme's quotes onto lines with a word in lower case; a site's page
#   card (its menu's «Статистика», registered and last changed on) over the act;
# reqreg68 (heldout46, regional acts): an approved programme or procedure printed alone under a
#   database's stamp naming a regional law or decree; an annex's stamp quoted as an amended annex's
#   new wording; a title's closing quote alone on its line; an annex's stamp without its kind word;
# reqdept76 (heldout49, acts of departments, institutions and officials): a collegium's, commission's
#   or council's text opening with what the body notes or found («Коллегия отмечает, что …») on a
#   hard-wrapped line under a wrapped title;
# reqportal81 (heldout51, acts shown as a site's or database's document card): a card's «Вид
#   документа» listing the sorts of the document (the act's own kind after what it approves); a
#   programme's approval line with the number printed before the date, its sign glued to it;
#   a charter's registration stamps (ЗАРЕГИСТРИРОВАН …) between its adoption stamp and «УСТАВ»;
# reqfile90 (heldout53, the text of a delivered Word/PDF file): a number glued to the next heading
#   word where the file's breaks were lost; a draft's «ПРОЕКТ» over a letter-spaced body word; a
#   place line naming a numbered settlement; a monospace heading's region and district lines; a
#   heading flattened into one paragraph;
# reqfile97 (heldout54, the text of a delivered Word/PDF file again): the organ named in the
#   genitive on the kind line under the municipality's legal name («РЕШЕНИЕ СОВЕТА»); a site's
#   line for a draft («Проект постановления «…»»); the title run onto the date-and-number row
#   after the place and wrapped after a preposition; a listing line whose title opens «" О …»;

# reqfed152 (heldout76, federal and regional executive bodies' acts as databases print them): the
#   issuer and the kind word on one heading line over the date row; a garant annex page whose
#   «(утв. …)» line runs past a hundred characters; an «УТВЕРЖДЕНО» stamp under a regulation's name
#   naming its issuer; a page's own title line with a document's code over a federal heading;

# every tests/requisite_shapes_NAME.yaml (the fourth sample's file has no suffix; the
# metamorphic file holds pairs, not cases: tests/test_requisites_metamorphic.py reads it),
# found rather than listed: a sample's file runs from the moment it is added, and branches
# that each add one no longer collide on this line
SHAPE_FILES = {"fourth": "requisite_shapes.yaml",
               **{p.stem.removeprefix("requisite_shapes_"): p.name
                  for p in sorted(Path(__file__).parent.glob("requisite_shapes_*.yaml"))
                  if p.name != "requisite_shapes_metamorphic.yaml"}}
SAMPLE_SHAPES = [
    pytest.param(case, id=f"{sample}{i}")
    for sample, name in SHAPE_FILES.items()
    for i, case in enumerate(yaml.safe_load((Path(__file__).parent / name)
                                            .read_text(encoding="utf-8"))["cases"])]


@pytest.mark.parametrize("case", SAMPLE_SHAPES)
def test_sample_shapes(case):
    check(extract_acts(case["text"])[0], **case["want"])


@pytest.mark.parametrize("kind_line", ["П Р И К А З", "Р А С П О Р Я Ж Е Н И Е от 2 июня 2021г. № 4 «О дежурстве»"])
def test_a_letter_spaced_kind_word_over_a_date_and_number_is_no_newspapers_masthead(kind_line):
    """A site's card (``Дата:…`` / ``Время:…``) over a heading whose kind word is
    letter-spaced: the date-and-number line under it is the act's, not an issue's."""
    from ingest.gazette import read_issue
    text = ("Дата:02.06.2021\nВремя:09:00:05\n\nАДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\n\n"
            f"{kind_line}\n\nОт 2 июня 2021г. № 4\n\nО дежурстве в выходные дни\n")
    assert read_issue(text) is None


@pytest.mark.parametrize("line, sitting", [
    ("шестого созыва (двадцатая сессия)", True), ("Тридцать седьмое заседание", True),
    ("51 сессии", True), ("( седьмое заседание второго созыва)", True),
    ("О созыве очередной сессии", False), ("Об очередном заседании Думы", False),
    ("СОВЕТ ДЕПУТАТОВ", False), ("ЗАРЕЧНОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", False),
])
def test_convocation_session_and_sitting_lines_are_told_from_names_and_titles(line, sitting):
    from ingest.requisites.vocabulary import CONVOCATION
    assert bool(CONVOCATION.match(line)) is sitting


def test_a_kind_word_wrapped_after_a_titles_preposition_starts_no_further_act():
    """«О внесении изменений в» / «Постановление Администрации … от … N …»:
    the amended act's requisites under the title were read as a second act."""
    case = next(c for c in yaml.safe_load((Path(__file__).parent / SHAPE_FILES["eighth"])
                                          .read_text(encoding="utf-8"))["cases"]
                if c["shape"].startswith("an amending act's title wrapped"))
    a = one(case["text"])
    check(a, **case["want"])


# Sample 27's classes over their variants (our own wording): a law's first
# section under its title, its adoption by a resolution under the title, a
# blank's cells printed each on its line.
@pytest.mark.parametrize("section", ["Раздел I. Общие положения", "РАЗДЕЛ II", "Раздел 1. Плательщики сбора",
                                     "Раздел 3"])
def test_a_laws_title_ends_at_its_first_section(section):
    text = (f"ТЕСТОВСКАЯ ОБЛАСТЬ\nЗАКОН\nО туристском сборе в Тестовской области\n{section}\n"
            "Статья 1. Настоящий Закон вводит туристский сбор.\n")
    check(one(text), kind="закон", title="О туристском сборе в Тестовской области")


@pytest.mark.parametrize("adoption", [
    "Принят\nПостановлением Тестовской областной Думы\nот 29 апреля 2010 г. N 1200",
    "Принят постановлением Тестовской областной Думы\nот 29 апреля 2010 г. N 1200",
    "Принят Постановлением Тестовской областной Думы от 29 апреля 2010 г. N 1200",
    "Одобрен\nрешением Тестовского областного Собрания депутатов\nот 29.04.2010 № 1200",
])
def test_a_laws_own_line_over_its_heading_outweighs_the_adopting_resolution(adoption):
    text = (f"14 мая 2010 года N 52-ЗТО\n\n------------------------------\nТЕСТОВСКАЯ ОБЛАСТЬ\n\nЗАКОН\n\n"
            f"О ЗЕМЕЛЬНОМ НАЛОГЕ\n\n{adoption}\n\nСтатья 1. Установить земельный налог.\n")
    check(one(text), kind="закон", number="52-ЗТО", date="2010-05-14", title="О ЗЕМЕЛЬНОМ НАЛОГЕ")


@pytest.mark.parametrize("date, number, iso", [
    ("12. 03. 2021 г.", "47", "2021-03-12"), ("12 .03.2021", "47", "2021-03-12"),
    ("05.10.2022", "118", "2022-10-05"), ("5. 10. 2022 года", "12-п", "2022-10-05"),
])
def test_a_blanks_cells_on_their_lines_give_date_and_number(date, number, iso):
    text = ("АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\n\nП О С Т А Н О В Л Е Н И Е\n\n от\n\n"
            f"{date}\n\n{number}\n\nО подготовке к отопительному сезону\n\n"
            "Администрация Сосновского сельского поселения ПОСТАНОВЛЯЕТ:\n")
    check(one(text), kind="постановление", number=number, date=iso, title="О подготовке к отопительному сезону")
# --- a site's contact block above a regulation with no heading block (sample 33 of issue 12) ----------

@pytest.mark.parametrize("label", ["Наш адрес", "Приемная", "Приёмная"])
def test_a_sites_contact_labels_are_never_the_title(label):
    # «Тестовская область, станица Заречная, ул. Красная, 1 / Наш адрес / +7 (800) 100-20-30 / Приемная»: the
    # page's header; the regulation's own heading is the title, also when its «o» is a Latin letter (the kind
    # word then goes unread: «Положение o резерве …»)
    a = one("Размер:\nAAA\nОбычная версия сайта\nПоиск\nТестовская область, станица Заречная, ул. Красная, 1\n"
            f"{label}\n+7 (800) 100-20-30\nПриемная\n\nПоложение o резерве управленческих кадров\n\n"
            "1. Общие положения\n\n1. Настоящее положение определяет порядок формирования резерва управленческих "
            "кадров муниципального образования Заречный район.")
    assert a.title and "резерве управленческих кадров" in a.title, a.title


# Sample 29's classes over their variants (our own wording): a converter's list
# marks before the heading's lines, a body named by a «-ческий» adjective over
# its parent, a republic's district line under «муниципального района».
@pytest.mark.parametrize("mark", ["•", "●", "▪", "◦"])
def test_a_converters_list_marks_before_the_heading_lines_are_no_text(mark):
    text = (f"СОВЕТ ДЕПУТАТОВ\n{mark} СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\n{mark} ЗАРЕЧНОГО РАЙОНА\n\n"
            f"{mark} РЕШЕНИЕ\n\nот 12.02.2024 № 8\n\nО плане работы на 2024 год\n\nСовет депутатов решил:\n")
    check(one(text), kind="решение", number="8", date="2024-02-12",
          body="СОВЕТ ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ ЗАРЕЧНОГО РАЙОНА",
          title="О плане работы на 2024 год")


@pytest.mark.parametrize("name", ["САНИТАРНО-ЭПИДЕМИОЛОГИЧЕСКАЯ КОМИССИЯ", "НАУЧНО-ТЕХНИЧЕСКИЙ СОВЕТ",
                                  "ЭКОНОМИЧЕСКИЙ СОВЕТ", "МЕТОДИЧЕСКАЯ КОМИССИЯ"])
def test_a_body_named_by_an_adjective_in_cheskiy_takes_its_parent_below(name):
    text = (f"{name}\nПРАВИТЕЛЬСТВА ТЕСТОВСКОЙ ОБЛАСТИ\n\nРЕШЕНИЕ\nот 14 марта 2012 г. № 2\n\n"
            "О ПЛАНЕ РАБОТЫ НА 2012 ГОД\n\nВ Тестовской области в 2011 году работа велась.\n")
    check(one(text), body=f"{name} ПРАВИТЕЛЬСТВА ТЕСТОВСКОЙ ОБЛАСТИ", number="2")


@pytest.mark.parametrize("district", ["Заречный район Республики Тестовия", "ЗАРЕЧНЫЙ РАЙОН РЕСПУБЛИКИ ТЕСТОВИЯ",
                                      "Заречный район", "split"])
def test_a_republics_district_line_ends_the_name_on_a_page_without_kind_word(district):
    head = "Администрация сельского поселения\nСосновский сельсовет\nмуниципального района\n"
    if district == "split":  # the settlement's kind on a line of its own, its name under it
        head, district = "Администрация\nсельского поселения\nСосновский сельсовет\nмуниципального района\n", "Заречный район"
    if district.isupper():
        head = head.upper()
    text = (f"{head}{district}\n\nОб утверждении порядка уборки территории\n\n"
            "В целях обеспечения чистоты на территории поселения, руководствуясь Уставом,\n")
    a = one(text)
    check(a, title="Об утверждении порядка уборки территории")
    assert a.body.casefold().endswith(district.casefold())


# A region's name with a second name after a dash («… автономный округ - Заречье»): when the name is
# put in the nominative, the second name goes with it; a body of that region keeps it in the genitive.
@pytest.mark.parametrize("printed,want", [
    ("ТЕСТОВСКОГО АВТОНОМНОГО ОКРУГА - ЗАРЕЧЬЯ", "ТЕСТОВСКИЙ АВТОНОМНЫЙ ОКРУГ - ЗАРЕЧЬЕ"),
    ("Тестовского автономного округа – Заречья", "Тестовский автономный округ – Заречье"),
    ("Тестовской области - Заречья", "Тестовская область - Заречье"),
    ("Тестовской Республики - Заречья", "Тестовская Республика - Заречье"),
    ("Правительства Тестовской области - Заречья", "Правительство Тестовской области - Заречья"),
    ("Думы Тестовского автономного округа - Заречья", "Дума Тестовского автономного округа - Заречья"),
])
def test_dashed_region_name_in_nominative(printed, want):
    from ingest.requisites.names import nominative
    assert nominative(printed) == want


# Sample 31's classes over their variants (our own wording): a convocation's ordinal cut from
# its ending by a dash of any width, a municipality's quoted name before the council in the
# operative formula, a listing line «Kind № N "title"» with no date.
@pytest.mark.parametrize("sitting", ["Двадцать третье заседание 6 – го созыва", "двадцать третье заседание 6 — го созыва",
                                     "6 – го созыва", "(6 – го созыва)", "Сорок восьмое заседание 5 –го созыва",
                                     "Третье заседание VI – го созыва"])
def test_a_sitting_line_with_a_dash_inside_the_ordinal_is_not_the_body(sitting):
    text = ("СОВЕТ ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nЗАРЕЧНОГО РАЙОНА\n\n"
            f"{sitting}\n\nРЕШЕНИЕ\n\nот 14.03.2019 № 7\n\nО плане работы на 2019 год\n\nСовет депутатов решил:\n")
    check(one(text), body="СОВЕТ ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ ЗАРЕЧНОГО РАЙОНА", number="7",
          title="О плане работы на 2019 год")


@pytest.mark.parametrize("town, council, verb, want", [
    ('городское поселение "Город Заречный"', "городская Дума", "РЕШИЛА", "городская Дума"),
    ("городское поселение «Город Заречный»", "городская Дума", "решила", "городская Дума"),
    ("«Заречное»", "Совет депутатов", "решил", "Совет депутатов"),
    ('"Поселок Лесной"', "поселковый Совет", "РЕШИЛ", "поселковый Совет"),
])
def test_a_quoted_name_before_the_council_in_the_formula_is_the_charters(town, council, verb, want):
    text = ("Решение от 12.05.2015 г № 18\n\nО порядке содержания зеленых насаждений\n\n\n"
            f"В соответствии с Уставом муниципального образования {town} {council}\n{verb}:\n1. Утвердить порядок.\n")
    check(one(text), body=want, number="18")


@pytest.mark.parametrize("kind, number", [("Решение", "4.12"), ("Решение", "15"), ("Постановление", "7/3")])
@pytest.mark.parametrize("quotes", ['""', "«»"])
def test_a_listing_line_with_kind_number_and_quoted_title_but_no_date(kind, number, quotes):
    title = "О порядке участия граждан в уборке территории Сосновского сельского поселения"
    line = f"{kind} №{number} {quotes[0]}{title}{quotes[1]}"
    text = (f"ЗАРЕЧНЫЙ ТЕРРИТОРИАЛЬНЫЙ ОТДЕЛ\n\nОфициальный сайт\n\n{line}\n\n"
            "О порядке участия граждан в уборке территории\n\nСосновского сельского поселения\n\n"
            "В соответствии с Уставом Собрание депутатов Сосновского сельского поселения решило:\n1. Утвердить.\n")
    check(one(text), kind=kind.lower(), number=number, date=None, title=title,
          body="Собрание депутатов Сосновского сельского поселения")


_LETTER_CORNER = ("МИНИСТЕРСТВО\nРуководителям территориальных\nОБРАЗОВАНИЯ И НАУКИ\tуправлений министерства\n"
                  "ТЕСТОВСКОЙ ОБЛАСТИ\tобразования и науки\n443099, г. Заречный,\tТестовской области\n"
                  "ул. Лесная, 38/16\n{contact}\nE-mail: main@zarechny.test\nD4. 08, 2046 №\t289-7\nНа Ne\n\n"
                  "Уважаемые коллеги!\n\nМинистерство образования и науки Тестовской области сообщает, что "
                  "разработан портал поддержки инклюзивного образования.\n")


@pytest.mark.parametrize("contact", ["Телефон: (846) 332-11-07, факс: 332-04-59", "тел. 8 (846) 332-11-07",
                                     "Факс: 332-04-59"])
def test_a_blanks_telephone_line_is_never_the_title(contact):
    """A letter's corner block on a scan (the addressee beside the name, the garbled
    date line under the telephone): no line of the blank's contacts is a title."""
    assert extract_acts(_LETTER_CORNER.format(contact=contact))[0].title is None


def test_a_title_naming_an_address_stays_a_title():
    text = ("АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nТел. 2-11-33, факс 2-11-34\n12 марта 2027 г. № 15\n\n"
            "О присвоении адреса: 123456, Тестовская область, с. Сосновка, ул. Лесная, д. 5\n\n"
            "В соответствии с постановлением администрация постановляет:\n1. Присвоить адрес.\n")
    act = extract_acts(text)[0]
    assert act.title.startswith("О присвоении адреса: 123456") and act.number == "15"
