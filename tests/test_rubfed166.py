"""Classes of rubric mistakes on acts of federal bodies (sample rubrics_heldout89: ministries', services' and
agencies' orders, the Government's decrees, a federal law), each pinned by wording of our own. A case names the
class of wording, not a page.

1. Water resources and a reservoir are water bodies (Водный кодекс РФ, ст. 1: «водные ресурсы — поверхностные и
   подземные воды, которые находятся в водных объектах»; ст. 5: водохранилища are surface water bodies): the rules of
   use of a reservoir's water resources are environment, as «водный объект» and «водоем» already are.
2. An estimate of expenditure («смета расходов», «смета доходов и расходов») named in the title is the spending
   side of a budget (Бюджетный кодекс, ст. 221: the budget estimate; a fund's or an institution's estimate): budget.
3. Certification of products and services (Федеральный закон от 27.12.2002 № 184-ФЗ «О техническом
   регулировании», гл. 4: подтверждение соответствия) is technical regulation, as «орган по сертификации» and
   «стандартизация» already are: business.
4. An order headed by the statistics service as its issuer («Приказ Росстата от …», a legal database's card line
   before the quoted title) is filed under statistics: the issuer names the field (the house files Rosstat's acts
   statistics alone, realdocs and sample 56's «a statistical form → statistics»).
"""
from __future__ import annotations

import pytest

from tests.rubric_helpers import scheme_fixture, top

real = scheme_fixture()


# --- 1. water resources and reservoirs are water bodies ----------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Правила использования водных ресурсов Заречного водохранилища на реке Сосновке",
    "Об утверждении Правил использования водных ресурсов Верхнесосновского водохранилища",
    "О режиме наполнения и сработки Заречного водохранилища",
    "Об охране и рациональном использовании водных ресурсов Заречной области",
])
def test_rubfed166_water_resources_and_reservoirs_are_environment(real, title):
    got = top(real, title, "")
    assert "environment" in got, (title, got)


@pytest.mark.parametrize("title", [
    # an ice crossing over a reservoir is people's safety, no water's protection
    "О запрете выезда транспортных средств на ледовое покрытие Заречного водохранилища",
])
def test_rubfed166_ice_of_a_reservoir_stays_safety(real, title):
    got = top(real, title, "")
    assert "safety" in got, (title, got)


# --- 2. an estimate of expenditure is budget ---------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Об утверждении положения о составлении территориальным фондом смет расходов на организационные мероприятия",
    "Об утверждении сметы расходов на проведение праздника «День Сосновского сельского поселения»",
    "О порядке составления, утверждения и ведения смет доходов и расходов учреждений Заречного района",
])
def test_rubfed166_an_estimate_of_expenditure_is_budget(real, title):
    got = top(real, title, "")
    assert "budget" in got, (title, got)


# --- 3. certification of products and services is technical regulation ------------------------------------------

@pytest.mark.parametrize("title", [
    "Об утверждении рекомендаций по сертификации. Оплата работ по сертификации продукции и услуг",
    "О порядке проведения сертификации продукции, поставляемой для нужд Заречной области",
    "Об утверждении правил обязательной сертификации услуг",
])
def test_rubfed166_certification_of_products_is_business(real, title):
    got = top(real, title, "")
    assert "business" in got, (title, got)


@pytest.mark.parametrize("title", [
    # a certificate of a person or a workplace is no product's conformity
    "О выдаче сертификатов на материнский (семейный) капитал в Заречном районе",
])
def test_rubfed166_other_certificates_are_no_business(real, title):
    got = top(real, title, "")
    assert "business" not in got, (title, got)


# --- 4. an order headed by the statistics service ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Приказ Росстата от 12.03.2019 N 140 "Об утверждении Методики расчета показателя численности занятых"',
    'Приказ Федеральной службы государственной статистики от 5 мая 2015 г. N 210 "Об утверждении Порядка '
    'расчета индекса"',
])
def test_rubfed166_an_order_headed_by_rosstat_is_statistics(real, text):
    title = text.split('"')[1]
    got = top(real, title, text)
    assert "statistics" in got, (text, got)


def test_rubfed166_rosstat_cited_in_the_body_adds_no_statistics(real):
    title = "Об утверждении Порядка предоставления субсидий сельскохозяйственным товаропроизводителям"
    text = ("В соответствии с данными, представленными территориальным органом Росстата, администрация Заречного "
            "района постановляет: 1. Утвердить Порядок предоставления субсидий.")
    got = top(real, title, text)
    assert "statistics" not in got, got
