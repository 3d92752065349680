"""Classes of rubric mistakes on acts of regional bodies (sample rubrics_heldout84: regional governments',
legislatures', governors' and departments' acts of 27 regions), each pinned by acts of our own wording for the
fictional Заречная область. A case names the class of wording, not a page.

The convention settled here: the organisation of the region's own state power — the government's annual report to
the legislature, the structure, system, staff limits and payroll of the region's executive bodies — is filed under
`lsg`, as the house's gold files the organisation of public administration (realdocs 31: the register of a region's
state services; r27: the plan of public services in electronic form; r33: access to information on the activity of
state bodies and local government). A department's statute stays its field alone (f13, f15; tests/test_rubfed155.py).
"""
from __future__ import annotations

import pytest

from tests.rubric_helpers import scheme_fixture, top

real = scheme_fixture()


# --- the organisation of the region's own state power is lsg -------------------------------------------------

@pytest.mark.parametrize("title,also", [
    ("О ежегодном отчете о результатах деятельности Правительства Заречной области за 2024 год", None),
    ("Об отчете Губернатора Заречной области о результатах деятельности Правительства Заречной области", None),
    ("О предельной численности и фонде оплаты труда работников органов исполнительной власти Заречной области",
     "labor"),
    ("О структуре исполнительных органов государственной власти Заречной области", None),
    ("О системе исполнительных органов Заречной области", None),
    ("О штатной численности органов исполнительной власти Республики Заречье", None),
])
def test_rubfed156_the_regions_own_state_power_is_lsg(real, title, also):
    got = top(real, title, "")
    assert "lsg" in got, (title, got)
    if also:
        assert also in got, (title, got)


@pytest.mark.parametrize("title,topic", [
    # a school's, an institution's or a department's report names no state power
    ("Об утверждении отчета о результатах деятельности государственного бюджетного учреждения культуры "
     "«Заречный областной музей»", "culture"),
    ("Об утверждении Положения о департаменте здравоохранения Заречной области", "health"),
])
def test_rubfed156_reports_and_statutes_of_institutions_stay_their_field(real, title, topic):
    got = top(real, title, "")
    assert topic in got and "lsg" not in got, (title, got)


# --- the founder's powers name who; the plan of financial and economic activity is the budget's ----------------

def test_rubfed156_plan_of_financial_activity_is_budget(real):
    title = ("Об утверждении Порядка составления и утверждения плана финансово-хозяйственной деятельности "
             "государственных бюджетных и автономных учреждений, функции и полномочия учредителя которых "
             "осуществляет департамент социальной защиты Заречной области")
    got = top(real, title, "")
    assert "budget" in got and "lsg" not in got, got


# --- the narcotics situation is safety's (anti-drug measures) ------------------------------------------------

def test_rubfed156_monitoring_of_the_narcotics_situation_is_safety(real):
    got = top(real, "О системе мониторинга наркоситуации в Заречной области", "")
    assert "safety" in got, got
    text = ("1. Внести следующие изменения в постановление Правительства Заречной области от 5 мая 2015 года "
            "№ 120-пп «О мониторинге наркоситуации в Заречной области»: в пункте 2 слова «органы исполнительной "
            "власти» заменить словами «исполнительные органы».")
    got = top(real, "О внесении изменений в постановление Правительства Заречной области от 5 мая 2015 года № 120-пп",
              text)
    assert "safety" in got, got


# --- the Budget Code's wording of spending obligations names no local-government matter ---------------------

def test_rubfed156_spending_obligations_of_municipalities_are_budget_not_lsg(real):
    title = ("Об утверждении Перечня расходных обязательств муниципальных образований области, возникающих при "
             "выполнении полномочий органов местного самоуправления по вопросам местного значения, в целях "
             "софинансирования которых предоставляются субсидии из областного бюджета")
    got = top(real, title, "")
    assert "budget" in got and "lsg" not in got, got


# --- the body whose internal labour rules they are only says who ---------------------------------------------

@pytest.mark.parametrize("title", [
    "Об утверждении Правил внутреннего трудового распорядка Министерства культуры Заречной области",
    "Правила внутреннего трудового распорядка Департамента здравоохранения Заречной области",
])
def test_rubfed156_internal_labour_rules_of_a_body_are_labour_alone(real, title):
    got = top(real, title, "")
    assert got == {"labor"}, (title, got)


# --- the region's charter, its legislature's and government's own laws, its administration's programmes -------
# (the same convention; the samples 83 and 84 labelled them lsg: a charter's amendments, a law on the legislature, a
# government's project office, a programme of effective state administration)

@pytest.mark.parametrize("title,text", [
    ("О поправках к Уставу Заречной области", ""),
    ("О проекте закона Заречной области «О внесении изменений в Устав Заречной области»", ""),
    ("О внесении изменений в Устав Заречного края", ""),
    ("Об Уставе Заречной области", ""),
    ("Об организации проектной деятельности в Правительстве Заречной области", ""),
    ("О внесении изменений в постановление Правительства Заречной области от 10.02.2020 № 45",
     "1. Внести в постановление Правительства Заречной области от 10.02.2020 № 45 «О государственной программе "
     "Заречной области «Повышение эффективности государственного управления в Заречной области»» следующие "
     "изменения: 1.1. Паспорт программы изложить в новой редакции."),
])
def test_rubfed156_charter_legislature_and_administration_of_the_region_are_lsg(real, title, text):
    got = top(real, title, text)
    assert "lsg" in got, (title, got)


@pytest.mark.parametrize("title,topic", [
    # a school's charter or a programme of state property management names no state power
    ("Об утверждении Устава государственного бюджетного учреждения культуры «Заречная областная библиотека»",
     "culture"),
    ("О государственной программе Заречной области «Управление государственным имуществом Заречной области»", "land"),
    ("О внесении законопроекта «О физической культуре и спорте в Заречной области» в Законодательное Собрание "
     "Заречной области", "culture"),
    # the charter cited as the basis of a programme says nothing
    ("Об утверждении государственной программы «Развитие культуры Заречной области» В соответствии со статьей 44 "
     "Устава Заречной области, в целях развития библиотечного дела", "culture"),
])
def test_rubfed156_institutions_charters_and_property_programmes_stay_their_field(real, title, topic):
    got = top(real, title, "")
    assert topic in got and "lsg" not in got, (title, got)


# --- a high-alert regime whose measures are masks and distancing is the epidemic's too -----------------------

def test_rubfed156_high_alert_regime_with_masks_and_distancing_is_health(real):
    text = ("1. Внести изменения в указ Губернатора Заречной области от 10.03.2020 № 30 «О введении режима повышенной "
            "готовности»: 1.1. Изложить подпункт 5 в редакции: «5. Проводить занятия с соблюдением социального "
            "дистанцирования и с использованием гигиенических масок.». 2. Опубликовать указ.")
    got = top(real, "О внесении изменений в указ Губернатора Заречной области от 10.03.2020 № 30", text)
    assert {"health", "safety"} <= got, got


def test_rubfed156_a_flood_regime_stays_safety(real):
    text = ("1. Ввести режим повышенной готовности на территории Заречного района в связи с паводком. 2. Организовать "
            "дежурство, обеспечить жителей средствами индивидуальной защиты и питьевой водой.")
    got = top(real, "О введении режима повышенной готовности на территории Заречного района", text)
    assert "safety" in got and "health" not in got, got
