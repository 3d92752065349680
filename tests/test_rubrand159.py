"""Rubric classes taught by sample rubrics_heldout86 (rubrand159; untargeted, municipal and regional acts).

Cases in our own wording (a fictional Заречный район, Заречная область, Сосновское сельское поселение); each failed
before its rule.
"""
import pytest

from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# A region's law on the status and the boundaries of its municipalities (131-ФЗ, ст. 10-11): the municipality's
# name or an adjective («существующих») may stand between «границ» and the kind of municipality.
@pytest.mark.parametrize("title", [
    "О статусе и границах Заречного муниципального района Заречной области и сельских поселений в его составе",
    "Об утверждении описаний границ существующих муниципальных районов и городских округов",
    "О границах Сосновского сельского поселения",
    "О статусе и границах Лесного сельсовета",
])
def test_status_and_boundaries_of_municipalities_are_lsg(real, title):
    assert "lsg" in ruled(real, title), title


def test_boundaries_of_municipalities_read_from_a_law_excerpt(real):
    text = ("Приложение N 7\nк Закону\nЗаречной области\nот 12.01.2005 N 4-ОЗ\n\nТерриторию городского округа "
            "Заречный составляют земли города Заречного с прилегающей территорией.")
    got = ruled(real, "ОБ УТВЕРЖДЕНИИ ОПИСАНИЙ ГРАНИЦ СУЩЕСТВУЮЩИХ МУНИЦИПАЛЬНЫХ РАЙОНОВ И ГОРОДСКИХ ОКРУГОВ", text)
    assert "lsg" in got and "land" not in got, got


# «в границах поселения» says where a measure applies; the boundaries of a land plot are land's.
@pytest.mark.parametrize("title, not_code", [
    ("О благоустройстве территории в границах Сосновского сельского поселения", "lsg"),
    ("Об уточнении границ земельного участка в Сосновском сельском поселении", "lsg"),
    ("О мерах по охране лесов в административных границах города Заречного от пожаров", "lsg"),
    ("О мерах по охране лесов в административных границах Сосновского сельского поселения", "lsg"),
])
def test_where_a_measure_applies_is_no_boundary_act(real, title, not_code):
    assert not_code not in ruled(real, title), title


# Local self-government named by its level (городское, районное, поселковое самоуправление) in a charter's heading
# or an older act, and the administrative-territorial units of a charter's article, are local government's, as
# «местное самоуправление» is.
def test_district_self_government_in_a_charter_heading_is_lsg(real):
    text = ("(в ред. решений Комитета Заречного районного самоуправления от 14.03.2006 N 12, от 22.05.2008 N 31,\n"
            "решений Представительного Собрания Заречного муниципального района от 12.04.2010 N 40)\n\n"
            "Принят Решением Комитета районного самоуправления от 3 августа 2005 г. N 60")
    assert "lsg" in filed(real, None, text)


def test_charter_article_on_settlements_within_a_city_is_lsg(real):
    text = ("Статья 8. Поселки на территории города\nПоселок - административно-территориальная единица, "
            "расположенная на территории города. В составе города рабочий поселок Сосновка и село Лесное.\n"
            "<< Статья 7. Районы города |\nРаздел II. >> Основы городского самоуправления |")
    assert "lsg" in filed(real, None, text)


# A park run for leisure (a children's park, a park of culture and rest) is culture's, as a zoo is; the department
# told to clean it only says who.
@pytest.mark.parametrize("title", [
    "О подготовке детского парка к работе в летний период",
    "Об открытии сезона в парке культуры и отдыха города Заречного",
])
def test_leisure_park_is_culture(real, title):
    text = ("1. Уборку территории парка поручить МУ \"Управление образования\" с привлечением трудовых отрядов "
            "общеобразовательных учреждений. 2. Контроль за исполнением постановления оставляю за собой.")
    got = ruled(real, title, text)
    assert "culture" in got and "education" not in got, (title, got)
