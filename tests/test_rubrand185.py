"""Rubric classes taught by sample rubrics_heldout95 (rubrand185; untargeted, region + kind + body queries only).

Cases in our own wording (a fictional Заречный городской округ, город Заречный, Сосновский район); each failed
before its rule.
"""
import pytest

from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# The structure of the representative body (its committees, commissions, presidium; 131-ФЗ, ст. 35: the council's own
# organisation, as its staff and work plan are) is local government's; the administration's structure already was.
@pytest.mark.parametrize("title", [
    "О структуре Думы Заречного городского округа седьмого созыва",
    "Об утверждении структуры Совета депутатов города Заречного",
    "О внесении изменений в структуру Собрания депутатов Сосновского района",
])
def test_structure_of_the_council_is_lsg(real, title):
    assert "lsg" in ruled(real, title), title


# A programme named by the one word «Безопасность» is the programme of public safety, as «Безопасный город» is.
@pytest.mark.parametrize("title", [
    'О внесении изменений в муниципальную программу города Заречного "Безопасность" на 2020 - 2024 годы',
    "О подпрограмме «Безопасность» муниципальной программы Сосновского района",
])
def test_programme_named_safety_is_safety(real, title):
    assert "safety" in ruled(real, title), title


# A name given to a square, a park, a street («О присвоении скверу официального названия …», «о присвоении
# наименования улице …») is an address (land), whatever order the words take; a name given in someone's memory
# («Сквер Памяти жертв политических репрессий») is commemoration (culture), and the victims named in a memorial's name
# are nobody supported (no social).
@pytest.mark.parametrize("title", [
    "О присвоении скверу официального названия «Сквер Победы»",
    "О присвоении парку в Заречном районе названия «Парк Дружбы»",
])
def test_name_given_to_a_place_is_land(real, title):
    assert "land" in ruled(real, title), title


@pytest.mark.parametrize("title", [
    "О присвоении парку названия «Парк Памяти жертв политических репрессий»",
    "Об установке памятника жертвам политических репрессий в городе Заречном",
])
def test_memory_of_the_repressed_is_commemoration_not_support(real, title):
    got = ruled(real, title)
    assert "culture" in got and "social" not in got, got


# guards (held before the rules too): the living supported, the adopted act's own lsg, property given to an enterprise
def test_support_of_the_rehabilitated_stays_social(real):
    got = ruled(real, "О мерах социальной поддержки реабилитированных лиц и лиц, признанных пострадавшими от "
                      "политических репрессий")
    assert "social" in got, got


# The council's formula of adopting an act it sends to the head for signing («О принятии муниципального правового акта
# города Заречного "Положение о …"») names the act's form: its topic is the adopted act's name, no local government.
@pytest.mark.parametrize("title, field", [
    ('О принятии муниципального правового акта города Заречного "Муниципальная целевая программа "Профилактика '
     'правонарушений в городе Заречном" на 2021 год"', "safety"),
    ('О принятии муниципального правового акта города Заречного "Положение о порядке предоставления земельных '
     'участков"', "land"),
])
def test_adopting_a_named_municipal_act_is_its_topic(real, title, field):
    got = ruled(real, title)
    assert field in got and "lsg" not in got, got


def test_adopted_act_on_local_government_stays_lsg(real):
    got = ruled(real, 'О принятии муниципального правового акта города Заречного "Положение о публичных слушаниях"')
    assert "lsg" in got, got


# Municipal unitary enterprises named as a subsidy's recipients («субсидий муниципальным унитарным предприятиям на
# возмещение затрат …») say to whom the money goes, no municipal property; property given to such an enterprise stays.
def test_unitary_enterprises_receiving_a_subsidy_are_no_property(real):
    got = ruled(real, "Об утверждении Порядка предоставления субсидий муниципальным унитарным предприятиям на "
                      "возмещение недополученных доходов от оказания банных услуг")
    assert "budget" in got and "land" not in got, got


def test_property_given_to_a_unitary_enterprise_stays_land(real):
    got = ruled(real, "О закреплении имущества за муниципальным унитарным предприятием «Заречный водоканал» на "
                      "праве хозяйственного ведения")
    assert "land" in got, got
