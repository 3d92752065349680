"""Rubric classes taught by sample rubrics_heldout93 (rubrand178; untargeted, municipal acts of 23 regions as
municipal sites and legal-database prints hold them).

Cases in our own wording (a fictional Заречный район, Сосновское сельское поселение, город Заречный); each failed
before its rule.
"""
import pytest

from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# A unit of the municipal administration renamed, reorganised or abolished is the administration's structure (lsg);
# the unit's own field stays beside it.
@pytest.mark.parametrize("title", [
    "О переименовании отдела по делам молодежи администрации Заречного муниципального района",
    "О реорганизации комитета по культуре администрации города Заречный",
    "Об упразднении сектора архитектуры администрации Сосновского сельского поселения",
])
def test_unit_of_the_administration_reshaped_is_lsg(real, title):
    assert "lsg" in ruled(real, title), title


def test_renaming_clause_of_an_act_printed_without_title_is_lsg_and_the_units_field(real):
    text = ("На основании статьи 41 Федерального закона от 6 октября 2003 года N 131-ФЗ \"Об общих принципах "
            "организации местного самоуправления в Российской Федерации\", Устава Заречного городского округа "
            "Совет депутатов Заречного городского округа решил:\n"
            "1. Переименовать отдел по делам молодежи администрации Заречного муниципального района в управление "
            "по делам молодежи администрации Заречного городского округа.\n"
            "2. Утвердить Положение об управлении по делам молодежи администрации Заречного городского округа.\n")
    got = ruled(real, None, text)
    assert {"lsg", "culture"} <= got, got


def test_a_street_renamed_is_no_unit_of_the_administration(real):
    assert "lsg" not in ruled(real, "О переименовании улицы Садовой в поселке Сосновка Заречного района")


# Housing given to those in need («Социальное жилье») is social support beside housing.
@pytest.mark.parametrize("title", [
    "Об утверждении муниципальной программы «Социальное жилье» города Заречный на 2026–2030 годы",
    "О внесении изменений в муниципальную программу \"Социальное жильё\"",
])
def test_social_housing_programme_is_social_and_housing(real, title):
    got = ruled(real, title)
    assert {"social", "housing"} <= got, got


# The usual ban on bathing in unequipped water bodies or places is people's safety on water, not the water body's
# protection; its warning boards («щиты (аншлаги) с запрещающими надписями») are no street-name signs.
@pytest.mark.parametrize("title", [
    "Запретить купание в необорудованных водоемах и в местах, где выставлены щиты (аншлаги) с запрещающими "
    "надписями, на территории Заречного муниципального округа в летний период",
    "О запрете купания в неприспособленных водоемах на территории Сосновского сельского поселения",
])
def test_bathing_ban_is_safety_alone(real, title):
    got = filed(real, title)
    assert "safety" in got and not ({"environment", "housing"} & got), got


def test_street_name_boards_stay_improvement(real):
    assert "housing" in ruled(real, "Об установке аншлагов с наименованиями улиц в поселке Сосновка")
