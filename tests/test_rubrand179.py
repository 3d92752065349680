"""Rubric classes taught by sample rubrics_heldout94 (rubrand179; an untargeted sample gathered by kinds, years
and bodies only: municipal and regional acts of 24 regions).

Cases in our own wording (a fictional Заречная область / Заречный край, its districts and towns); each failed
before its rule.
"""
import pytest

from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# A compulsory medical insurance fund's budget named as the second of a pair (Бюджетный кодекс, ст. 8, 21: a
# budget classification, a procedure applied to the region's budget and the fund's) says which budgets: no health.
@pytest.mark.parametrize("title,text", [
    ("О внесении изменений в Порядок применения целевых статей расходов краевого бюджета и бюджета "
     "территориального фонда обязательного медицинского страхования Заречного края", ""),
    ("О внесении изменений в указания о порядке применения бюджетной классификации в части, относящейся к "
     "областному бюджету и бюджету территориального фонда обязательного медицинского страхования Заречной области",
     "В соответствии со статьей 8 Бюджетного кодекса Российской Федерации приказываю: внести изменения в перечень "
     "кодов целевых статей расходов областного бюджета и бюджета территориального фонда обязательного "
     "медицинского страхования."),
])
def test_the_insurance_funds_budget_beside_the_regions_says_which_budget(real, title, text):
    got = filed(real, title, text)
    assert "budget" in got and "health" not in got, got


# The fund's own budget as the subject is no pair and keeps health.
def test_the_insurance_funds_own_budget_keeps_health(real):
    got = ruled(real, "О бюджете территориального фонда обязательного медицинского страхования Заречной области "
                      "на 2031 год")
    assert {"budget", "health"} <= got, got


# The pandemic as the circumstance of something done («в условиях сохранения рисков распространения новой
# коронавирусной инфекции») says when, no epidemic measure of the act's own.
def test_the_pandemic_as_a_circumstance_in_the_body_is_no_epidemic(real):
    got = filed(real, "О внесении изменений в приказ министерства финансов Заречной области от 5 мая 2030 года № 71",
                "Дополнить перечень целевых статей строкой: «Гранты в форме субсидий на организацию отдыха детей "
                "и их оздоровления в условиях сохранения рисков распространения новой коронавирусной инфекции "
                "(COVID-19)». Расходы областного бюджета отражаются по указанной целевой статье.")
    assert "health" not in got, got


def test_measures_against_the_pandemic_in_a_title_stay_health(real):
    got = ruled(real, "О мерах по предупреждению распространения новой коронавирусной инфекции на территории "
                      "Заречного района")
    assert "health" in got, got


# The Budget Code's recipients of a subsidy (ст. 78) in an amending clause read as the title, with the state
# institutions excepted in brackets, say who receives: no small-business topic.
def test_subsidy_recipients_in_a_clause_read_as_title_are_no_small_business(real):
    got = filed(real, None,
                "Внести в Порядок предоставления субсидий на возмещение затрат юридическим лицам (за исключением "
                "государственных (муниципальных) учреждений) и индивидуальным предпринимателям в сфере "
                "экономической политики, утвержденный приказом министерства Заречной области, следующие "
                "изменения:\n1. Пункт 4 изложить в новой редакции.")
    assert "business" not in got and "budget" in got, got


# A field named «в сфере (в области) экономической политики» is the economy's.
@pytest.mark.parametrize("title", [
    "Об утверждении Порядка предоставления субсидий некоммерческим организациям в сфере экономической политики",
    "О совете по вопросам в области экономической политики при главе Заречного округа",
])
def test_economic_policy_as_a_field_is_economy(real, title):
    assert "economy" in ruled(real, title), title


# The founder's control over the activity of state or municipal institutions (7-ФЗ, ст. 32, п. 5.1) is the
# organisation of administration (lsg): it had no rubric at all.
@pytest.mark.parametrize("title", [
    "Об утверждении Порядка осуществления контроля за деятельностью муниципальных бюджетных и казенных учреждений "
    "Заречного района",
    "Об утверждении Порядка осуществления контроля за деятельностью областных государственных учреждений",
])
def test_control_over_institutions_activity_is_lsg(real, title):
    assert "lsg" in ruled(real, title), title
