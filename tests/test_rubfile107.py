"""rubfile107 (sample 62 of issue 12): acts whose title says little — «О внесении изменений в постановление … от …
№ …», a repeal by number, a print that lost its title — filed from what their operative points say.

Cases are written for these tests (fictional municipalities), not copied from the sample.
"""
from __future__ import annotations

import pytest

from tests.test_rubric_classes import assert_filed, real, top  # noqa: F401 - the fixture and helpers shared


# --- the amending clause: a date written with «г.» does not end it ------------------------------------------------
# «Внести в приложение к постановлению … от 12 марта 2019 г. № 45 «О тарифах …» следующие изменения»: the «г.» of the
# date is no full stop; the amended act's quoted title after it says what is amended.
@pytest.mark.parametrize("date", ["от 12 марта 2019 г. № 45", "от 12.03.2019 г. N 45", "от 12 марта 2019 года № 45"],
                         ids=["words-g", "digits-g", "words-goda"])
def test_amending_clause_reads_past_the_year_abbreviation(real, date):
    title = "О внесении изменений в приложение к постановлению администрации Заречного района " + date
    text = (f"Администрация Заречного района постановляет:\n1. Внести в приложение к постановлению администрации "
            f"Заречного района {date} «О тарифах на перевозку пассажиров автобусами по муниципальным маршрутам» "
            f"следующие изменения:\nв пункте 2 слова «18 рублей» заменить словами «22 рубля».")
    assert_filed(real, title, {"budget", "transport"}, text=text)


# ... the amended act's title so read may quote the budget's section («… по разделу «Сельское хозяйство и
# рыболовство»»): agriculture's money, no fish stocks protected.
def test_budget_section_agriculture_and_fishery_is_no_environment(real):
    title = "О внесении изменений в постановление главы администрации Заречной области от 14 марта 2024 г. № 70"
    text = ("В целях более эффективного использования средств областного бюджета постановляю:\nВнести в постановление "
            "главы администрации области от 14 марта 2024 г. № 70 «Об утверждении порядков финансирования мероприятий "
            "по разделу «Сельское хозяйство и рыболовство» в 2024 году» следующие изменения:\n1. В приложении № 2 "
            "пункт 4 исключить.")
    assert_filed(real, title, {"business", "budget"}, {"environment"}, text=text)


# --- the amending clause: a service's name longer than 300 characters ------------------------------------------------
# A regulation of a service named in full («Выдача специального разрешения на движение … участкам таких
# автомобильных дорог») runs past 300 characters before its closing quote: the clause still names it.
LONG_SERVICE = ("«Выдача специального разрешения на движение по автомобильным дорогам местного значения Сосновского "
                "сельского поселения тяжеловесного и (или) крупногабаритного транспортного средства в случае, если "
                "маршрут такого транспортного средства проходит по автомобильным дорогам местного значения поселения "
                "и не проходит по автомобильным дорогам федерального, регионального или межмуниципального значения, "
                "участкам таких автомобильных дорог»")


def test_amending_clause_names_a_long_service_name(real):
    assert len(LONG_SERVICE) > 300
    title = "О внесении изменений в постановление администрации Сосновского сельского поселения от 03.04.2018 № 27"
    text = ("Администрация Сосновского сельского поселения постановляет:\n1. Внести в административный регламент "
            f"предоставления муниципальной услуги {LONG_SERVICE}, утвержденный постановлением администрации от "
            "03.04.2018 № 27, следующие изменения:\n1.1. пункт 2.4 изложить в новой редакции.")
    assert_filed(real, title, {"lsg", "transport"}, text=text)


# --- the finance body told to pay: its other names, «своевременное» financing ---------------------------------------
# «Бюджетно-казначейскому управлению … обеспечить своевременное финансирование мероприятий»: the act orders the
# event paid for, as «Финансовому управлению обеспечить финансирование» does (+ budget, w37 of the house).
@pytest.mark.parametrize("body", [
    "Бюджетно-казначейскому управлению администрации города Заречного (Петрова А.А.) обеспечить своевременное "
    "финансирование мероприятий за счет выделенных ассигнований на 2026 год.",
    "Финансовому управлению администрации района обеспечить своевременное финансирование спартакиады.",
    "Казначейству администрации округа обеспечить полное финансирование мероприятий в пределах ассигнований.",
], ids=["budget-treasury", "timely", "treasury-full"])
def test_finance_body_ordered_to_pay_adds_budget(real, body):
    title = "О проведении спартакиады трудовых коллективов города Заречного"
    text = f"Постановляю:\n1. Провести спартакиаду трудовых коллективов с 1 по 7 марта.\n2. {body}"
    assert_filed(real, title, {"culture", "budget"}, text=text)


# ... a finance body named as the one who drafts a list names no money.
def test_finance_body_drafting_stays_without_budget(real):
    title = "О проведении спартакиады трудовых коллективов города Заречного"
    text = ("Постановляю:\n1. Провести спартакиаду трудовых коллективов с 1 по 7 марта.\n2. Отделу по физической "
            "культуре и спорту подготовить положение о спартакиаде.")
    assert_filed(real, title, {"culture"}, {"budget"}, text=text)


# --- the budget's money allocated for the act's topic ------------------------------------------------------------------
# «Утвердить объемы средств, выделяемых из районного бюджета на проведение общественных работ»: the budget pays.
def test_funds_allocated_from_the_budget_add_budget(real):
    title = "Об организации общественных работ в Заречном районе в 2026 году"
    text = ("В целях обеспечения временной занятости населения постановляю:\n1. Утвердить:\nплан создания рабочих мест "
            "и объемы средств, выделяемых из районного бюджета на проведение общественных работ (приложение № 1);\n"
            "виды общественных работ (приложение № 2).")
    assert_filed(real, title, {"labor", "budget"}, text=text)


# --- a programme amended in a point after the first ----------------------------------------------------------------------
# A print with no title: «1. Утвердить Положение о предоставлении субсидий … 2. Внести в подпрограмму «…»
# государственной программы «…» следующие изменения»: the programme is amended (economy + its field).
def test_programme_amended_in_a_later_point_adds_economy(real):
    text = ("В соответствии со статьей 139 Бюджетного кодекса Российской Федерации Правительство Заречной области "
            "постановляет:\n1. Утвердить Положение о предоставлении субсидий из областного бюджета местным бюджетам "
            "на строительство очистных сооружений в целях охраны окружающей среды (прилагается).\n2. Внести в "
            "подпрограмму «Чистая вода Заречной области», являющуюся приложением 3 к государственной программе "
            "Заречной области «Охрана окружающей среды», следующие изменения:\n1) в паспорте подпрограммы строку "
            "«Объемы финансирования» изложить в новой редакции.")
    assert_filed(real, None, {"economy", "environment", "budget"}, text=text)


# --- words that only say who -------------------------------------------------------------------------------------------
# «пенсионерам, имеющим звание «Ветеран труда»»: the title of a veteran names whom support is given to, no award.
def test_veteran_status_is_no_award(real):
    text = ("1. Внести в решение Думы от 10.12.2020 № 55 «О дополнительных мерах социальной поддержки отдельных "
            "категорий граждан» изменение, дополнив пункт 1 подпунктом 12: «12) неработающим пенсионерам, имеющим "
            "звание «Ветеран военной службы», нуждающимся в санаторно-курортном лечении».")
    assert_filed(real, None, {"social"}, {"personnel"}, text=text)


# ... an honorary title conferred stays personnel.
def test_honorary_title_conferred_stays_personnel(real):
    assert_filed(real, "О присвоении звания «Почетный гражданин Заречного района»", {"personnel"})


# A repeal of Soviet-era decisions: «социалистическое соревнование» of towns for their upkeep is no sport, and the
# trade-union council that co-signed the repealed decision («… и президиума областного совета профессиональных
# союзов») says who issued it, not that labour is the topic.
def test_repealed_socialist_competition_is_no_sport_nor_labour(real):
    text = ("В целях приведения нормативной правовой базы области в соответствие с действующим законодательством "
            "Администрация Заречной области постановляет:\nПризнать утратившими силу:\nрешение исполнительного комитета "
            "Заречного областного Совета депутатов трудящихся и президиума областного совета профессиональных союзов "
            "от 12.03.1970 N 40 «Об организации социалистического соревнования городов области за лучшее "
            "благоустройство и санитарное содержание».")
    assert_filed(real, None, {"housing"}, {"culture", "labor"}, text=text)


# ... a sports competition stays sport.
def test_sports_competition_stays_culture(real):
    assert_filed(real, "О проведении соревнований по лыжным гонкам среди школьников", {"culture"})


# «капитальные вложения в объекты муниципальной собственности» (Бюджетный кодекс, ст. 79.1) is the budget's
# investment: whose objects they are says no property act.
def test_capital_investments_into_municipal_objects_are_no_property(real):
    text = ("Правительство Заречной области постановляет:\n1. Утвердить Положение о предоставлении субсидий из "
            "областного бюджета местным бюджетам на софинансирование капитальных вложений в объекты муниципальной "
            "собственности в сфере водоснабжения населения (прилагается).")
    assert_filed(real, None, {"budget"}, {"land"}, text=text)


# ... a municipal property act stays land.
def test_municipal_property_act_stays_land(real):
    assert_filed(real, "Об учете объектов муниципальной собственности Заречного района", {"land"})
