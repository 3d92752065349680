"""ГОСТ Р 7.0.100–2018 descriptions: whole strings, element by element.

Real records: the hand-checked requisites of ../shared/realdocs (gold.jsonl),
so the expected strings test the description, not the readers. Forms the
real data lacks (an act in a newspaper, an article, an electronic original
with a URL) are built as realistic records.
"""
from __future__ import annotations

import json

import pytest

from ingest.records import Publication, Record, Rubric, Source
from search.biblio import (describe, format_pub_date, genitive, sentence_case)
from tests.conftest import REALDOCS

MEDIA = {"pdf": "application/pdf", "html": "text/html", "txt": "text/plain",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "doc": "application/msword", "rtf": "application/rtf", "png": "image/png",
         "odt": "application/vnd.oasis.opendocument.text"}
RECEIVED = "2026-11-20T10:00:00+00:00"


def rec(*, kind=None, number=None, date=None, body=None, title=None, level=None,
        publication=None, media="application/pdf", rid="x-1", received=RECEIVED,
        rubrics=()) -> Record:
    return Record(id=rid, source=Source("f", "0" * 64, media, None), received_at=received,
                  kind=kind, number=number, date=date, body=body, level=level, title=title,
                  publication=publication, rubrics=tuple(Rubric(c, c) for c in rubrics),
                  text="", warnings=())


def gold_records() -> dict[str, Record]:
    path = REALDOCS / "gold.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        pub = d.get("publication")
        if isinstance(pub, str):  # the portal's line, as the reader splits it
            pub = Publication("Официальный интернет-портал правовой информации (www.pravo.gov.ru)",
                              "0001202105240012", "2021-05-24", None)
        elif pub:
            pub = Publication(**pub)
        out[d["file"][:2]] = rec(kind=d["kind"], number=d["number"], date=d["date"],
                                 body=d["body"], title=d["title"], level=d["level"],
                                 publication=pub, media=MEDIA[d["file"].rsplit(".", 1)[1]],
                                 rid=d["file"][:2])
    return out


NP = "Текст : непосредственный."

EXPECTED = {
    # a municipal resolution; the body put in the genitive
    "01": "О создании места погребения в р.п. Белые Берега Фокинского района города Брянска : "
          "постановление Брянской городской администрации от 21 мая 2024 г. № 1797-п. – " + NP,
    "04": "О закрытии для новых захоронений кладбищ в р.п. Бежичи, р.п. Бордовичи, р.п. Чайковичи, "
          "р.п. Радица-Крыловка, р.п. Большое Полпино, р.п. Белые Берега, на станции Снежетьской, "
          "ул. Абашева : постановление Брянской городской администрации от 7 декабря 2020 г. "
          "№ 3344-п. – " + NP,
    # a page without its heading: the title is formulated in brackets
    "05": "[Без заглавия] : постановление. – " + NP,
    "09": "Об утверждении Положения о порядке содержания кладбищ в городе Брянске : постановление "
          "Брянской городской администрации от 8 сентября 2004 г. № 3077-п. – " + NP,
    # body printed in capitals; N -> №, straight quotes -> «»
    "15": "О внесении изменений в постановление Брянской городской администрации от 08.09.2004 "
          "№ 3077-п «Об утверждении положения о порядке содержания кладбищ в городе Брянске» : "
          "постановление Брянской городской администрации от 12 мая 2020 г. № 1164-п. – " + NP,
    # a federal law: no body, "Федеральный закон"
    "16": "О погребении и похоронном деле : Федеральный закон от 12 января 1996 г. № 8-ФЗ. – " + NP,
    # not an act: the body is the statement of responsibility; no period after "!"
    "17": "Мы против коррупции в сфере оказания ритуальных услуг! / Прокуратура Челябинской "
          "области. – " + NP,
    # "администрация" is a common noun: lower case after the kind
    "18": "О создании Муниципального казенного образовательного учреждения дополнительного "
          "образования детей Рыбинского муниципального района «Детско-юношеская спортивная школа» : "
          "постановление администрации Рыбинского муниципального района от 4 марта 2011 г. № 340. – " + NP,
    "20": "О назначении на должность Григорьева М.В : распоряжение администрации Рыбинского "
          "муниципального района от 21 мая 2014 г. № 17-л/с. – " + NP,
    # a charter: its title names it; no date or number known
    "21": "Устав Муниципального учреждения «Спортивная школа Рыбинского муниципального района» "
          "(новая редакция). – " + NP,
    # an organisational form stays lower case; the name in quotes: sentence case
    "22": "Об утверждении плана работы на 2019-2020 тренировочный год : приказ муниципального "
          "учреждения «Спортивная школа Рыбинского муниципального района» от 27 августа 2019 г. "
          "№ 01.04/81. – " + NP,
    # ТЮМЕНСКАЯ ГОРОДСКАЯ ДУМА -> Тюменской городской Думы
    "23": "О Генеральном плане городского округа город Тюмень : решение Тюменской городской Думы "
          "от 27 марта 2008 г. № 9. – " + NP,
    "24": "О внесении изменений в решение Тюменской городской Думы от 27.03.2008 № 9 «О Генеральном "
          "плане городского округа город Тюмень» : решение Тюменской городской Думы от 26 марта "
          "2009 г. № 257. – " + NP,
    "26": "О реализации отдельных норм Федерального закона «О порядке выезда из Российской Федерации "
          "и въезда в Российскую Федерацию» : постановление Правительства Российской Федерации от "
          "1 октября 1998 г. № 1142. – " + NP,
    "30": "Об утверждении Положения об организации обучения населения в области гражданской обороны : "
          "постановление Правительства Российской Федерации от 2 ноября 2000 г. № 841. – " + NP,
    # a long capitals name: only the head noun inflects
    "29": None,  # checked for its body part below (the title is very long)
    "34": "Заявление о переустройстве и (или) перепланировке жилого помещения / Администрация "
          "г. Кирова. – " + NP,
    # the parenthesised abbreviation is dropped; the name in sentence case
    "35": "Об утверждении Требований о защите информации, не составляющей государственную тайну, "
          "содержащейся в государственных информационных системах : приказ Федеральной службы по "
          "техническому и экспортному контролю от 11 февраля 2013 г. № 17. – " + NP,
    # an abbreviation does not decline
    "36": "Требования о защите информации, не составляющей государственную тайну, содержащейся в "
          "государственных информационных системах : приказ ФСТЭК России от 11 февраля 2013 г. "
          "№ 17. – " + NP,
    # a regional law; "г." ends the element, so the period is not doubled
    "38": "Об экологическом образовании, просвещении и формировании экологической культуры в "
          "Ленинградской области : закон Ленинградской области от 29 июня 2016 г. – " + NP,
    # an HTML page: electronic; the source URL is not known
    "39": "О передаче осуществления части полномочий по решению вопросов местного значения "
          "Краснопольского сельского поселения муниципальному образованию «Торбеевский "
          "муниципальный район Республики Мордовия» : решение Совета депутатов Краснопольского "
          "сельского поселения Торбеевского муниципального района Республики Мордовия от "
          "4 февраля 2021 г. № 2. – Текст : электронный.",
    "41": "Об утверждении правил работы с персональными данными в Государственном комитете "
          "Республики Башкортостан по строительству и архитектуре : приказ Государственного "
          "комитета Республики Башкортостан по строительству и архитектуре от 31 декабря 2014 г. "
          "№ 380. – Текст : электронный.",
    # published on the official portal: analytic, electronic, URL and date of access
    "42": "Об утверждении федерального государственного образовательного стандарта высшего "
          "образования – специалитет по специальности 38.05.01 Экономическая безопасность : приказ "
          "Министерства науки и высшего образования Российской Федерации от 14 апреля 2021 г. "
          "№ 293. – Текст : электронный // Официальный интернет-портал правовой информации. – "
          "2021. – 24 мая (№ 0001202105240012). – URL: "
          "http://publication.pravo.gov.ru/Document/View/0001202105240012 "
          "(дата обращения: 20.11.2026).",
}


@pytest.mark.parametrize("key", sorted(k for k, v in EXPECTED.items() if v))
def test_real_records_whole_strings(key):
    assert describe(gold_records()[key]) == EXPECTED[key]


def test_at_least_fifteen_real_records_are_checked():
    assert len([v for v in EXPECTED.values() if v]) >= 15


def test_long_capitals_body_only_head_inflects():
    d = describe(gold_records()["29"])
    assert (": приказ Министерства Российской Федерации по делам гражданской обороны, "
            "чрезвычайным ситуациям и ликвидации последствий стихийных бедствий от 29 июня 2006 г. "
            "№ 386. – Текст : непосредственный.") in d
    assert d.startswith("Об утверждении Административного регламента Министерства Российской")


# --- forms the real data lacks ---------------------------------------------------------

ANDROPOV = dict(kind="постановление", number="145-п", date="2024-03-12",
                body="Администрация Андроповского муниципального округа Ставропольского края",
                title="Об утверждении муниципальной программы «Развитие культуры»",
                level="municipal")


def test_act_as_separate_document_matches_the_issue_example():
    assert describe(rec(**ANDROPOV)) == (
        "Об утверждении муниципальной программы «Развитие культуры» : постановление администрации "
        "Андроповского муниципального округа Ставропольского края от 12 марта 2024 г. № 145-п. – "
        "Текст : непосредственный.")


def test_act_in_a_newspaper_is_an_analytic_description():
    r = rec(**ANDROPOV, publication=Publication("Призыв", "21", "2024-03-15", "3"))
    assert describe(r) == (
        "Об утверждении муниципальной программы «Развитие культуры» : постановление администрации "
        "Андроповского муниципального округа Ставропольского края от 12 марта 2024 г. № 145-п. – "
        "Текст : непосредственный // Призыв. – 2024. – 15 марта (№ 21). – С. 3.")


def test_newspaper_article_under_its_author():
    r = rec(kind="публикация", date="2024-03-15", body="Иванова А. В.",
            title="Как получить субсидию на оплату жилья",
            publication=Publication("Призыв", None, "2024-03-15", "2"))
    assert describe(r) == ("Иванова, А. В. Как получить субсидию на оплату жилья / А. В. Иванова. – "
                           "Текст : непосредственный // Призыв. – 2024. – 15 марта. – С. 2.")


def test_article_with_three_and_four_authors():
    pub = Publication("Призыв", "21", "2024-02-20", "2-3")
    three = rec(kind="публикация", body="Иванова А. В., Петров П. П., Сидоров С. С.",
                title="Новые тарифы", publication=pub)
    assert describe(three) == ("Иванова, А. В. Новые тарифы / А. В. Иванова, П. П. Петров, "
                               "С. С. Сидоров. – Текст : непосредственный // Призыв. – 2024. – "
                               "20 февр. (№ 21). – С. 2–3.")
    four = rec(kind="публикация", body="Иванова А. В., Петров П. П., Сидоров С. С., Кузнецов К. К.",
               title="Новые тарифы", publication=pub)
    assert describe(four).startswith("Новые тарифы / А. В. Иванова, П. П. Петров, С. С. Сидоров "
                                     "[и др.]. – Текст : непосредственный // Призыв.")


def test_article_without_author():
    r = rec(kind="публикация", title="Ярмарка выходного дня",
            publication=Publication("Брянск", "12", "2024-09-06", None))
    assert describe(r) == ("Ярмарка выходного дня. – Текст : непосредственный // Брянск. – 2024. – "
                           "6 сент. (№ 12).")


def test_electronic_original_with_known_url():
    r = rec(**ANDROPOV, media="text/html", received="2024-03-20T08:00:00+00:00")
    assert describe(r, url="https://andropovsky.ru/docs/145-p") == (
        "Об утверждении муниципальной программы «Развитие культуры» : постановление администрации "
        "Андроповского муниципального округа Ставропольского края от 12 марта 2024 г. № 145-п. – "
        "Текст : электронный. – URL: https://andropovsky.ru/docs/145-p (дата обращения: 20.03.2024).")


def test_pdf_from_a_site_is_electronic_when_its_url_is_known():
    r = rec(**ANDROPOV)
    assert "Текст : непосредственный" in describe(r)
    assert "Текст : электронный. – URL: https://a.ru/1.pdf (дата обращения: 20.11.2026)." \
        in describe(r, url="https://a.ru/1.pdf")


def test_collection_of_legislation_uses_number_and_article():
    r = rec(kind="закон", number="8-ФЗ", date="1996-01-12", level="federal",
            title="О погребении и похоронном деле",
            publication=Publication("Собрание законодательства Российской Федерации", "3",
                                    "1996-01-15", "ст. 146"))
    assert describe(r) == ("О погребении и похоронном деле : Федеральный закон от 12 января 1996 г. "
                           "№ 8-ФЗ. – Текст : непосредственный // Собрание законодательства "
                           "Российской Федерации. – 1996. – № 3. – Ст. 146.")


def test_decree_of_the_president():
    r = rec(kind="указ", number="204", date="2018-05-07", body="Президент Российской Федерации",
            title="О национальных целях и стратегических задачах развития Российской Федерации "
                  "на период до 2024 года", level="federal")
    assert describe(r) == ("О национальных целях и стратегических задачах развития Российской "
                           "Федерации на период до 2024 года : указ Президента Российской Федерации "
                           "от 7 мая 2018 г. № 204. – Текст : непосредственный.")


@pytest.mark.parametrize("body,gen", [
    ("Брянская городская администрация", "Брянской городской администрации"),
    ("Совет депутатов Краснопольского сельского поселения",
     "Совета депутатов Краснопольского сельского поселения"),
    ("ТЮМЕНСКАЯ ГОРОДСКАЯ ДУМА", "Тюменской городской Думы"),
    ("ФЕДЕРАЛЬНАЯ СЛУЖБА ПО ТЕХНИЧЕСКОМУ И ЭКСПОРТНОМУ КОНТРОЛЮ",
     "Федеральной службы по техническому и экспортному контролю"),
    ("ПРАВИТЕЛЬСТВО БРЯНСКОЙ ОБЛАСТИ", "Правительства Брянской области"),
    ("Глава города Брянска", "главы города Брянска"),
    ("Законодательное собрание Ленинградской области", "Законодательного собрания Ленинградской области"),
    ("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ «УПРАВЛЕНИЕ КУЛЬТУРЫ»",
     "муниципального казенного учреждения «Управление культуры»"),
    ("Министерство внутренних дел Российской Федерации",
     "Министерства внутренних дел Российской Федерации"),
])
def test_genitive_of_bodies(body, gen):
    assert genitive(body) == gen


@pytest.mark.parametrize("caps,sentence", [
    ("ОБ УТВЕРЖДЕНИИ ПОЛОЖЕНИЯ О ПОРЯДКЕ СОДЕРЖАНИЯ КЛАДБИЩ В ГОРОДЕ БРЯНСКЕ",
     "Об утверждении положения о порядке содержания кладбищ в городе Брянске"),
    ("О ВНЕСЕНИИ ИЗМЕНЕНИЙ В СТ. 5 ГРАЖДАНСКОГО КОДЕКСА РОССИЙСКОЙ ФЕДЕРАЦИИ",
     "О внесении изменений в ст. 5 Гражданского кодекса Российской Федерации"),
    ("ОБ УТВЕРЖДЕНИИ ПОРЯДКА ПРЕДОСТАВЛЕНИЯ СУБСИДИЙ МБУ «ДОРОЖНОЕ ХОЗЯЙСТВО» Г. РЫБИНСКА",
     "Об утверждении порядка предоставления субсидий МБУ «Дорожное хозяйство» г. Рыбинска"),
    ("О БЮДЖЕТЕ НА 2024 Г. И ПЛАНОВЫЙ ПЕРИОД", "О бюджете на 2024 г. и плановый период"),
    ("УСТАВ Муниципального учреждения", "Устав Муниципального учреждения"),
])
def test_sentence_case(caps, sentence):
    assert sentence_case(caps) == sentence


def test_months_are_abbreviated_per_gost_7_0_12():
    assert [format_pub_date(f"2024-{m:02d}-01") for m in range(1, 13)] == [
        "1 янв.", "1 февр.", "1 марта", "1 апр.", "1 мая", "1 июня", "1 июля", "1 авг.",
        "1 сент.", "1 окт.", "1 нояб.", "1 дек."]


def test_only_en_dash_separators_and_no_doubled_periods():
    for r in gold_records().values():
        d = describe(r)
        assert " - " not in d and " — " not in d
        assert ".." not in d and ". . " not in d
        assert d.endswith(".")
