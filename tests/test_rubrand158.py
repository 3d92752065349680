"""Rubric classes taught by sample rubrics_heldout85 (rubrand158; untargeted, municipal and regional acts).

Cases in our own wording (a fictional Заречный район, Заречная область, город Заречный); each failed before its rule,
and the counter-cases guard what the rule must leave alone.
"""
from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# The procedure of a municipality's law-making (131-ФЗ, ст. 46: drafts of municipal legal acts, who brings them and
# with which papers) is local government's own subject: a form of the explanatory note that must go with a draft
# decision of the council, or the order of bringing drafts of municipal legal acts, names no other field.
def test_explanatory_note_form_to_a_draft_council_decision_is_lsg(real):
    text = ("Приложение 3 к Положению\n\n            ПОЯСНИТЕЛЬНАЯ ЗАПИСКА\n        К ПРОЕКТУ РЕШЕНИЯ СОВЕТА "
            "ДЕПУТАТОВ\n          ЗАРЕЧНОГО РАЙОНА\nОбоснование необходимости принятия, цели и ожидаемые "
            "последствия\n________________________\nИсполнитель            Подпись            Дата")
    assert "lsg" in filed(real, None, text)


def test_order_of_bringing_drafts_of_municipal_legal_acts_is_lsg(real):
    text = ("1. Утвердить прилагаемый Порядок внесения проектов муниципальных правовых актов на рассмотрение "
            "Заречной районной Думы.\n2. Настоящее решение вступает в силу со дня опубликования.")
    assert "lsg" in ruled(real, None, text)


def test_explanatory_note_to_a_draft_budget_decision_stays_budget(real):
    text = ("ПОЯСНИТЕЛЬНАЯ ЗАПИСКА к проекту решения Совета депутатов Заречного района «О бюджете Заречного района "
            "на 2024 год и на плановый период 2025 и 2026 годов»\nДоходы районного бюджета прогнозируются в сумме "
            "412 млн рублей, расходы бюджета — 420 млн рублей, дефицит бюджета — 8 млн рублей.")
    got = ruled(real, None, text)
    assert "budget" in got and "lsg" not in got


def test_a_draft_considered_in_a_preamble_adds_no_lsg(real):
    text = ("Рассмотрев проект решения «О внесении изменений в Правила благоустройства территории города "
            "Заречного», Заречная городская Дума решила:\n1. Внести в Правила благоустройства территории города "
            "Заречного изменения: уборку дворовых территорий и вывоз снега проводить ежедневно.")
    assert "lsg" not in ruled(real, None, text)


# A capital repair of buildings the region or the municipality owns («капитальный ремонт зданий, находящихся в
# государственной (муниципальной) собственности») keeps public property in order — the property's (land), no
# housing stock; the repair of apartment blocks stays housing.
def test_capital_repair_of_state_owned_buildings_is_no_housing(real):
    text = ("1. Утвердить прилагаемую областную целевую программу «Капитальный ремонт зданий, находящихся в "
            "государственной собственности Заречной области, на 2015-2017 годы».\n2. Финансирование программы "
            "осуществлять за счет средств областного бюджета.")
    got = filed(real, None, text)
    assert "housing" not in got and "land" in got


def test_capital_repair_of_apartment_blocks_stays_housing(real):
    text = ("1. Утвердить краткосрочный план реализации региональной программы капитального ремонта общего "
            "имущества в многоквартирных домах на территории Заречного района на 2024 год.\n2. Капитальный ремонт "
            "многоквартирных домов проводить за счет взносов собственников помещений.")
    assert "housing" in ruled(real, None, text)
