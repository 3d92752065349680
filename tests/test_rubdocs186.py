"""Rubric classes taught by sample rubrics_heldout96 (rubdocs186; approving acts — «Об утверждении Положения /
Порядка / Правил / административного регламента …», «О создании …» — of 17 regions, gathered by those formulas with a
year or a kind of body only).

Cases in our own wording (a fictional Озёрская область, its Луговой округ and Сосновский район); the first two
failed before their rules, the others hold the rules to their class.
"""
import pytest

from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# A fair's place named in the municipal service that lists it («включение мест проведения ярмарок на земельных
# участках, в зданиях, строениях, находящихся в частной собственности, в план …»; Федеральный закон от 28.12.2009
# № 381-ФЗ, ст. 11) says where the fair stands: trade, no land topic.
@pytest.mark.parametrize("title,text", [
    ("Об утверждении административного регламента предоставления муниципальной услуги «Включение мест проведения "
     "ярмарок на земельных участках, в зданиях, строениях, находящихся в частной собственности, в план ярмарок "
     "Лугового округа на следующий год»",
     "В соответствии с Федеральным законом «Об организации предоставления государственных и муниципальных услуг» "
     "администрация Лугового округа постановляет: 1. Утвердить административный регламент предоставления "
     "муниципальной услуги по включению мест проведения ярмарок на земельном участке, в здании, находящихся в "
     "частной собственности, в план ярмарок."),
])
def test_a_fairs_place_on_a_land_plot_says_where_the_fair_stands(real, title, text):
    got = filed(real, title, text)
    assert "business" in got and "land" not in got, got


# Land plots given for fairs are still land plots given (the order of the words is the land's).
def test_land_plots_given_for_fairs_stay_land(real):
    got = ruled(real, "Об утверждении Порядка предоставления земельных участков для проведения ярмарок в Луговом "
                      "округе")
    assert {"land", "business"} <= got, got


# A body created for the making of programmes, its purpose clause saying so («в целях совершенствования процесса
# формирования целевых программ …») and no title read: the programme process, economy.
def test_a_council_for_making_programmes_is_the_programmes(real):
    text = ("В целях совершенствования процесса формирования целевых программ Озёрской области, внедрения "
            "программно-целевых принципов в работу органов исполнительной власти Правительство Озёрской области "
            "постановляет:\n1. Создать Программный совет Озёрской области.\n"
            "2. Утвердить прилагаемые Положение о Программном совете и его состав.")
    got = ruled(real, None, text)
    assert "economy" in got, got


# The budget's drafting in the purpose clause is no programme.
def test_the_budgets_drafting_in_the_purpose_clause_is_no_programme(real):
    text = ("В целях формирования проекта бюджета Сосновского района на следующий год администрация района "
            "постановляет:\n1. Утвердить прилагаемый график подготовки проекта бюджета.")
    got = filed(real, None, text)
    assert "economy" not in got and "budget" in got, got
