"""Classes of rubric mistakes on acts of federal and regional bodies (sample rubrics_heldout83: ministries'
orders, regional governments' decrees, governors' decrees, regional laws), each pinned by acts of our own
wording for the fictional Заречная область, its Заречный муниципальный район and Сосновское сельское
поселение. A case names the class of wording, not a page."""
from __future__ import annotations

import pytest

from tests.rubric_helpers import scheme_fixture, top

real = scheme_fixture()


# --- the statute of a body of the state is its field, not local self-government ------------------------------
# A department, committee or directorate of a region («… Заречной области», «… края», «… Республики …», a region's
# own name) or of a federal ministry («… Министерства … Российской Федерации») is a body of the state; its statute is
# its field alone (realdocs2 f13, f15), as the departments of Moscow and St Petersburg already were. A municipal
# body's statute names the administration, the district, the town or the settlement before the region and stays
# local government's.

@pytest.mark.parametrize("title,topic,text", [
    ("Об утверждении Положения о департаменте имущества и земельных отношений Заречной области", "land",
     "1. Утвердить прилагаемое Положение. 2. Установить предельную штатную численность департамента в количестве "
     "40 единиц. Департамент осуществляет полномочия в сфере земельных отношений и управления имуществом области."),
    ("Об утверждении Положения о Департаменте лесного хозяйства Заречного края", "environment", ""),
    ("Об утверждении Положения о комитете по охране объектов животного мира Республики Заречье", "environment", ""),
    ("Об утверждении Положения об управлении ветеринарии Заречной области", "business", ""),
    # the ministry's name goes with the title's names of bodies: the statute's first clause says what the body is
    ("Об утверждении Положения о Департаменте транспорта и дорожного хозяйства Министерства транспорта "
     "Российской Федерации", "transport",
     "1.1. Департамент транспорта и дорожного хозяйства является структурным подразделением Министерства "
     "транспорта Российской Федерации."),
    ("Положение о департаменте дорожного хозяйства", "transport",
     "1.1. Департамент дорожного хозяйства является исполнительным органом государственной власти Заречной "
     "области отраслевой компетенции."),
])
def test_rubfed155_the_statute_of_a_regional_or_federal_department_is_its_field(real, title, topic, text):
    got = top(real, title, text)
    assert topic in got and "lsg" not in got, (title, got)


@pytest.mark.parametrize("title", [
    "Об утверждении Положения о комитете по управлению имуществом администрации Заречного района Заречной области",
    "Положение об отделе культуры Заречного муниципального района Заречной области",
    "Положение о комитете по культуре администрации Заречного района",
    "Об утверждении Положения об управлении образования г. Заречного Заречной области",
    "Об утверждении Положения об отделе финансов администрации Сосновского сельского поселения Заречной области",
])
def test_rubfed155_a_municipal_bodys_statute_stays_local_government(real, title):
    text = "1.1. Отдел является отраслевым (функциональным) органом администрации Заречного муниципального района."
    assert "lsg" in top(real, title, text), title


# --- a head of a region leaving office and an acting head appointed: personnel ---------------------------------
# «Принять отставку губернатора … по собственному желанию», «Назначить Иванова Петра Сергеевича временно
# исполняющим обязанности губернатора …» (184-ФЗ, ст. 19; 414-ФЗ, ст. 23): people leaving and taking a post. The
# early end of a governor's or a republic's head's powers is the region's, not local self-government.

def test_rubfed155_an_acting_head_appointed_in_the_body_is_personnel(real):
    text = ("В связи с заявлением губернатора Заречной области Петрова И.И. постановляю: 1. Принять отставку "
            "губернатора Заречной области Петрова И.И. по собственному желанию. 2. Назначить Сидорова Андрея "
            "Викторовича временно исполняющим обязанности губернатора Заречной области до вступления в должность "
            "лица, избранного губернатором.")
    got = top(real, "О досрочном прекращении полномочий губернатора Заречной области", text)
    assert "personnel" in got and "lsg" not in got, got


def test_rubfed155_an_acting_head_of_an_administration_appointed_in_the_body_is_personnel(real):
    text = ("1. Назначить Орлову Марину Петровну исполняющей обязанности главы администрации Сосновского сельского "
            "поселения с 1 марта 2024 года.")
    assert "personnel" in top(real, None, text)


def test_rubfed155_a_municipal_heads_powers_ended_early_stay_local_government(real):
    assert "lsg" in top(real, "О досрочном прекращении полномочий главы Сосновского сельского поселения")


def test_rubfed155_those_retired_are_no_resignation(real):
    text = ("1. Установить ежемесячную доплату к пенсии лицам, вышедшим в отставку с должностей муниципальной службы "
            "Заречного района.")
    assert "personnel" not in top(real, None, text)


# --- days declared off and a holiday celebrated ---------------------------------------------------------------
# «Объявить 10, 11 и 12 апреля выходными днями», «Считать 21 апреля нерабочим праздничным днем» (Трудовой кодекс,
# ст. 112; the republics' laws on holidays): working time, labour's; the holiday whose celebration the act arranges
# («В целях создания условий для празднования праздника …», «к празднованию …») is culture's, as the celebration of
# Victory Day is (realdocs2 w37); a celebration that only says when (safety at a holiday's time) is not.

def test_rubfed155_days_declared_off_are_working_time(real):
    text = ("В целях создания жителям республики условий для празднования праздника Ураза-байрам: 1. Объявить "
            "10 и 11 апреля 2024 года нерабочими праздничными днями. 2. Министерству внутренних дел обеспечить "
            "общественный порядок в праздничные дни.")
    got = top(real, None, text)
    assert {"labor", "culture"} <= got, got


def test_rubfed155_a_day_declared_off_under_a_title_is_working_time(real):
    text = "1. Объявить 3 мая 2024 года выходным днем для работников органов исполнительной власти Заречной области."
    assert "labor" in top(real, "О праздновании Дня Заречной области", text)


def test_rubfed155_safety_at_a_holidays_time_is_no_celebration(real):
    text = ("В целях обеспечения общественного порядка и безопасности граждан в период празднования Нового года: "
            "1. Отделу полиции организовать дежурство нарядов в местах массового пребывания людей.")
    assert "culture" not in top(real, None, text)


# --- housing support of young families ---------------------------------------------------------------------------
# Part of the interest on a mortgage young families take to buy or build a home paid back, a payment for a home
# («ипотечные кредиты, привлекаемые молодыми семьями на приобретение или строительство жилья», «социальные выплаты
# молодым семьям на приобретение жилья»): social support tied to housing (realdocs2 f03; samples 49).

def test_rubfed155_young_families_mortgage_support_is_social_and_housing(real):
    text = ("14 марта 2011 г.\nКабинет Министров Заречной Республики постановляет:\n1. Внести изменения в следующие "
            "постановления Кабинета Министров Заречной Республики:\n1) от 12 марта 2010 г. № 45 «Об утверждении Порядка "
            "возмещения части затрат на уплату процентов по кредитам» (с изменениями, внесенными постановлениями "
            "Кабинета Министров Заречной Республики от 3 февраля 2011 г. № 12, от 14 мая 2012 г. № 160):\nв Порядке "
            "возмещения части затрат на уплату процентов по ипотечным кредитам, привлекаемым молодыми семьями на "
            "приобретение или строительство жилья за счет средств республиканского бюджета, утвержденном указанным "
            "постановлением:\nв абзаце пятом пункта 2.1 слова «2008 г.» заменить словами «2010 г.»;")
    got = top(real, None, text)
    assert {"social", "housing"} <= got, got
