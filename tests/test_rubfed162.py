"""Classes of rubric mistakes on acts of federal bodies (sample rubrics_heldout87: ministries', services' and
agencies' orders, the Government's decrees, federal laws), each pinned by wording of our own. A case names the class
of wording, not a page.

1. A federal law amending a code names the code as its object: «О внесении изменений в статью 21 Бюджетного кодекса
   Российской Федерации». The scheme drops «кодекса Российской Федерации» after an article's number, because a code
   cited as the basis («предусмотренных статьей 78 Бюджетного кодекса …») says where a power comes from; after
   «изменения в статью N» the code is what the act changes: federal legislation (law) and the code's field (the house
   files a federal law of general scope law + its field, realdocs r16, r33).
2. A federal law's signature block glued to its dates by a legal database's title card («Принят Государственной
   Думой22 июня 2016 года»): still the signature block.
3. Aviation and transport security (Воздушный кодекс, ст. 83; Федеральный закон от 09.02.2007 № 16-ФЗ) are safety,
   besides the transport they protect.
4. Cryptographic protection named without «информации» is information protection (law), as «защита информации» is.
"""
from __future__ import annotations

import pytest

from tests.rubric_helpers import scheme_fixture, top

real = scheme_fixture()


# --- 1. an amended code is the act's object: law + the code's field --------------------------------------------

@pytest.mark.parametrize("title,field", [
    ("О внесении изменений в статью 14 Бюджетного кодекса Российской Федерации", "budget"),
    ("О внесении изменений в статьи 8 и 96 Бюджетного кодекса Российской Федерации", "budget"),
    ("О внесении изменения в статью 184.1 Бюджетного кодекса Российской Федерации", "budget"),
    ("О внесении изменений в Бюджетный кодекс Российской Федерации", "budget"),
    ("О внесении изменений в статью 93 Трудового кодекса Российской Федерации", "labor"),
    ("О внесении изменений в Трудовой кодекс Российской Федерации", "labor"),
    ("О внесении изменения в статью 11 Водного кодекса Российской Федерации", "environment"),
    ("О внесении изменений в статьи 29 и 30 Лесного кодекса Российской Федерации", "environment"),
    ("О внесении изменений в статью 39.5 Земельного кодекса Российской Федерации", "land"),
    ("О внесении изменения в статью 51 Градостроительного кодекса Российской Федерации", "land"),
])
def test_rubfed162_an_amended_code_is_law_and_its_field(real, title, field):
    got = top(real, title, "")
    assert {"law", field} <= got, (title, got)


@pytest.mark.parametrize("title", [
    # a code cited as the basis stays no federal legislation topic (sample 32 of issue 12)
    "О порядке применения статьи 78 Бюджетного кодекса Российской Федерации в Заречном районе",
    "Об утверждении Порядка предоставления субсидий в соответствии со статьей 78 Бюджетного кодекса Российской "
    "Федерации",
    # a municipality's own act amended by its article is no code
    "О внесении изменений в статью 5 Положения о бюджетном процессе в Сосновском сельском поселении",
])
def test_rubfed162_a_code_cited_as_basis_is_no_legislation(real, title):
    got = top(real, title, "")
    assert "law" not in got, (title, got)


# --- 2. the signature block glued to its dates ---------------------------------------------------------------

def test_rubfed162_signature_block_glued_to_dates_is_a_federal_law(real):
    title = "О гидрометеорологической службе"
    text = ("О гидрометеорологической службе\nПринят Государственной Думой14 мая 2019 годаОдобрен Советом "
            "Федерации22 мая 2019 года\nСтатья 1. Предмет регулирования")
    got = top(real, title, text)
    assert "law" in got, got


# --- 3. aviation and transport security are safety ---------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Об утверждении Правил проведения досмотра в целях обеспечения авиационной безопасности в аэропорту Заречный",
    "Об утверждении требований по обеспечению транспортной безопасности объектов транспортной инфраструктуры "
    "Заречного речного порта",
])
def test_rubfed162_aviation_and_transport_security_are_safety(real, title):
    got = top(real, title, "")
    assert {"safety", "transport"} <= got, (title, got)


def test_rubfed162_road_safety_programme_is_unchanged(real):
    # a guard: a transport act naming no security stays transport alone
    got = top(real, "Об утверждении Правил перевозок пассажиров воздушным транспортом в аэропорту Заречный", "")
    assert "safety" not in got, got


# --- 4. cryptographic protection is information protection ------------------------------------------------------

def test_rubfed162_cryptographic_protection_is_law(real):
    title = ("Методика расчета показателя «Число внедренных решений с механизмами криптографической защиты в "
             "отраслях экономики Заречной области»")
    got = top(real, title, "")
    assert "law" in got, got


# --- 5. the reserves of the state extra-budgetary funds are finance -------------------------------------------------
# (the Pension Fund's reserve for compulsory pension insurance, Федеральный закон от 15.12.2001 № 167-ФЗ; the
# normative insurance stock of a compulsory medical insurance fund, Федеральный закон от 29.11.2010 № 326-ФЗ, ст. 26)

@pytest.mark.parametrize("title", [
    "Об утверждении Порядка формирования и использования резерва Фонда пенсионного и социального страхования "
    "Российской Федерации по обязательному пенсионному страхованию",
    "О размере и порядке использования нормированного страхового запаса территориального фонда обязательного "
    "медицинского страхования Заречной области",
])
def test_rubfed162_reserves_of_extrabudgetary_funds_are_budget(real, title):
    got = top(real, title, "")
    assert "budget" in got, (title, got)


def test_rubfed162_a_personnel_reserve_is_no_budget(real):
    got = top(real, "Об утверждении Положения о кадровом резерве департамента социальной защиты Заречной области", "")
    assert "budget" not in got, got
