"""Rubric classes taught by sample rubrics_heldout92 (rubreg175; acts of regional and federal bodies gathered by
kind and plain-topic queries).

Cases in our own wording (a fictional Заречная область, its governor and government, the town of Заречный); each
failed before its rule.
"""
import pytest

from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# A kind of sport named by its name (Всероссийский реестр видов спорта: футбол, хоккей, волейбол, лыжные гонки …)
# is sport's, as «спорт» and «соревнование» are: a governor's plan for children's football, hockey or volleyball
# developed carried nothing but the sport's name and went to the best guess.
@pytest.mark.parametrize("title", [
    "О Плане мероприятий по развитию детско-юношеского футбола в Заречной области на 2031 - 2034 годы",
    "О развитии хоккея с шайбой в Заречной области",
    "О поддержке волейбола среди граждан старшего возраста",
    "О развитии биатлона в Заречном районе",
    "О поддержке мини-футбола и баскетбола в общеобразовательных организациях",
    "О строительстве футбольного поля с искусственным покрытием в городе Заречном",
    "О популяризации шахмат среди детей Заречной области",
    "О развитии легкой атлетики в Заречной области",
])
def test_a_kind_of_sport_named_is_sport(real, title):
    assert "culture" in ruled(real, title), title


# The chessboard order of a layout («в шахматном порядке») is no chess.
def test_a_chessboard_layout_is_no_sport(real):
    got = filed(real, "Об утверждении схемы размещения нестационарных торговых объектов в шахматном порядке "
                      "на ярмарочной площади города Заречного")
    assert "culture" not in got, got
