"""Rubric classes taught by sample rubrics_heldout91 (rubrand174; untargeted, 28 municipal, regional and federal acts
of 23 regions, gathered for recall: acts that belong under two rubrics).

Cases in our own wording (a fictional Заречный район, Сосновское сельское поселение, Тестовская область); each failed
before its rule.
"""
import pytest

from tests.rubric_helpers import ruled, scheme_fixture

real = scheme_fixture()


# The newer name of the fires the forest rules fight — «ландшафтные (природные) пожары», steppe and peat fires — is
# fought on the land the environment guards: the fight named in the title is environment beside safety, as the forest
# fire's is.
@pytest.mark.parametrize("title", [
    "Об утверждении Порядка тушения ландшафтных (природных) пожаров на территории Заречного района",
    "О мерах по борьбе с природными пожарами в Сосновском сельском поселении",
    "О предупреждении и ликвидации ландшафтных пожаров в Тестовской области в весенне-летний период",
    "О профилактике степных и торфяных пожаров на землях Заречного района",
])
def test_fighting_landscape_fires_is_environment_beside_safety(real, title):
    got = ruled(real, title)
    assert {"environment", "safety"} <= got, (title, got)


# A threat of such fires, or the villages it threatens, stays safety's alone (the forest fire's convention).
def test_villages_threatened_by_landscape_fires_stay_safety(real):
    got = ruled(real, "Об утверждении перечня населенных пунктов Заречного района, подверженных угрозе ландшафтных "
                      "(природных) пожаров")
    assert "safety" in got and "environment" not in got, got


# The drug situation (the spread of drug use and addiction the monitoring measures) is the population's health
# beside safety's anti-drug measures, as the prevention of addiction is.
@pytest.mark.parametrize("title", [
    "Об утверждении Положения о мониторинге наркоситуации в Заречном муниципальном районе",
    "О состоянии наркоситуации на территории Сосновского сельского поселения и мерах по ее стабилизации",
])
def test_drug_situation_is_health_beside_safety(real, title):
    got = ruled(real, title)
    assert {"health", "safety"} <= got, (title, got)


# A tax act that names citizens with three or more children — with words between: who lives with them, which
# children — names the taxpayers it relieves: social beside the tax.
def test_tax_relief_to_families_with_three_children_named_with_words_between_is_social(real):
    got = ruled(real, "О внесении изменений в решение Совета депутатов Сосновского сельского поселения "
                      "«Об установлении земельного налога»",
                "1. Пункт 5 изложить в следующей редакции: «5. Граждане, постоянно проживающие на территории "
                "поселения, имеющие проживающих совместно с ними трех и более несовершеннолетних родных, "
                "усыновленных или приемных детей, в отношении одного земельного участка, предоставленного для "
                "индивидуального жилищного строительства».")
    assert {"budget", "social"} <= got, got


def test_families_with_three_children_in_keeping_are_social(real):
    got = ruled(real, "О порядке учета граждан, имеющих на иждивении трех и более детей, в целях предоставления "
                      "земельных участков в Заречном районе")
    assert "social" in got, got


# The children's «места отдыха и оздоровления» are their camps, no recreation area of the improvement rules.
def test_childrens_places_of_rest_and_recovery_are_no_recreation_area(real):
    got = ruled(real, "Об организации сопровождения групп детей к местам отдыха и оздоровления и обратно "
                      "в летний период 2026 года")
    assert "housing" not in got and "social" in got, got
