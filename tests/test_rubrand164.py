"""Rubric classes taught by sample rubrics_heldout88 (rubrand164; untargeted, municipal acts of the rarest central,
north-west, Ural and Volga regions of the earlier samples).

Cases in our own wording (a fictional Заречный район, Сосновское сельское поселение, город Заречный); each failed
before its rule.
"""
import pytest

from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# The staff of the representative body (131-ФЗ, ст. 35: the council's own organisation; «аппарат Думы», «аппарат
# Совета депутатов») is local government's, as its rules of procedure and work plan are.
@pytest.mark.parametrize("title", [
    "Об утверждении Положения об аппарате Заречной городской Думы",
    "О структуре аппарата Совета депутатов Заречного муниципального района",
    "Положение «Об аппарате Районного Собрания депутатов Заречного района»",
    "Об аппарате представительного органа Сосновского сельского поселения",
])
def test_staff_of_the_council_is_lsg(real, title):
    assert "lsg" in ruled(real, title), title


# The rules of procedure named after the municipality («Регламент муниципального образования …», «… Заречного
# муниципального района») are the council's, as «регламент Совета» is; an administrative regulation of a service is
# no council's rules.
@pytest.mark.parametrize("title", [
    "О Регламенте муниципального образования «Заречный муниципальный район»",
    "Об утверждении Регламента Заречного муниципального района",
    "О внесении изменений в Регламент городского округа город Заречный",
    "О Регламенте Сосновского сельского поселения",
])
def test_rules_of_procedure_named_after_the_municipality_are_lsg(real, title):
    assert "lsg" in ruled(real, title), title


def test_administrative_regulation_of_a_municipality_is_no_rules_of_procedure(real):
    got = ruled(real, "Об утверждении административного регламента муниципального образования «Заречный район» "
                      "по выдаче разрешений на вырубку зеленых насаждений")
    assert "environment" in got, got


# The municipality's anthem is one of its official symbols (131-ФЗ, ст. 9), as its arms and flag are; the national
# anthem is not.
@pytest.mark.parametrize("title", [
    "О гимне муниципального образования муниципального района «Заречный»",
    "Об утверждении гимна города Заречного",
    "О гимне Сосновского сельского поселения",
    "Положение о гимне Заречного района",
])
def test_municipal_anthem_is_lsg(real, title):
    assert "lsg" in ruled(real, title), title


def test_national_anthem_is_no_municipal_symbol(real):
    assert "lsg" not in ruled(real, "О проведении конкурса чтецов ко Дню Государственного гимна Российской Федерации")


# Income declarations of municipal servants name whose property is declared: «своих супруги (супруга) и
# несовершеннолетних детей» (273-ФЗ, ст. 8) — who, no minors' property or social protection.
def test_spouse_and_minor_children_of_a_declaration_are_no_social(real):
    title = ("Об утверждении Положения о представлении муниципальными служащими Заречного района сведений о своих "
             "доходах, об имуществе и обязательствах имущественного характера, а также сведений о доходах, об "
             "имуществе и обязательствах имущественного характера своих супруги (супруга) и несовершеннолетних детей")
    got = ruled(real, title)
    assert "lsg" in got and "social" not in got, got


def test_minors_property_stays_social(real):
    got = filed(real, "О порядке выдачи разрешений на совершение сделок с имуществом несовершеннолетних")
    assert "social" in got, got


def test_head_of_the_council_staff_appointed_is_no_staff_statute(real):
    got = ruled(real, "О назначении на должность руководителя аппарата Заречной городской Думы")
    assert "personnel" in got and "lsg" not in got, got
