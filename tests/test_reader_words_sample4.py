"""A reader's words against acts in their own: the classes the fourth sample
gathered apart for issue 12 showed (bench/out/questions_heldout4).

* ``льготы`` are what acts call material or social support and one-off help
  (``материальная помощь``, ``материальная поддержка``), not only «меры
  социальной поддержки»;
* a guide dog: readers say ``собака-поводырь`` and ``слепой``, acts
  ``собака-проводник`` and ``инвалид по зрению`` (``незрячий``);
* burial at the state's cost: readers say ``бесплатные похороны``, acts the
  ``гарантированный перечень услуг по погребению``; ``место под могилу`` is
  the ``участок земли для погребения``; the ``одинокий`` dead are those
  ``не имеющих родственников`` (``невостребованные``);
* walking a dog: ``выгуливать`` finds ``выгул`` (the verb of the -ивать kind
  and the noun acts head with).

The records are written in this project's own wording (the fictional Заречный
район).
"""
from __future__ import annotations

import pytest

from search.query import search
from tests.fixtures import make_record as _rec
from tests.test_reader_words import _index, ids

ADM = "Администрация Заречного муниципального района"


def _records():
    R = []

    def add(i, title, text, rubric="social", kind="постановление", body=ADM, date="2021-04-15"):
        R.append(_rec(i, kind, str(700 + i), date, body, title, text, [rubric]))

    add(1, "Об оказании единовременной материальной помощи многодетным семьям к Дню матери",
        "Выплатить семьям, воспитывающим четырёх и более детей, по 3000 рублей.")
    add(2, "О мерах социальной поддержки многодетных семей Заречного района",
        "Предоставлять многодетным семьям скидку на оплату детского сада.")
    add(3, "Об учёте многодетных семей, желающих получить земельный участок",
        "Вести список семей в порядке поступления заявлений.", "land")
    add(4, "О посещении учреждений культуры с собакой-проводником",
        "Инвалиды по зрению вправе входить в библиотеки района с собакой-проводником.",
        "culture")
    add(5, "О правилах содержания собак в многоквартирных домах",
        "Собак выводят из квартир на поводке.", "housing")
    add(6, "Об утверждении стоимости услуг, предоставляемых согласно гарантированному "
        "перечню услуг по погребению", "Стоимость гроба и перевозки тела умершего "
        "составляет 7000 рублей.")
    add(7, "Об утверждении Порядка деятельности кладбищ Заречного района",
        "Участок земли для погребения размером 5 кв. м предоставляется бесплатно, чтобы "
        "на нём можно было похоронить близкого родственника умершего.", "housing")
    add(8, "О погребении умерших, не имеющих супруга и родственников",
        "Погребение невостребованных умерших поручить специализированной службе.")
    add(9, "Об определении мест для выгула домашних животных",
        "Определить площадку у реки Заречной для выгула.", "environment")
    add(10, "О мерах по отлову собак без владельцев", "Отлов собак проводит бригада "
        "по заявкам жителей; собак передают в приют.", "environment")
    return R


@pytest.fixture(scope="module")
def idx(tmp_path_factory, engine):
    yield from _index(tmp_path_factory, "sample4", _records())


def test_lgoty_are_also_material_help_and_support(idx):
    got = ids(search(idx, "льготы многодетным"))
    assert set(got[:2]) == {"r01", "r02"}, got
    assert "r03" not in got


def test_a_guide_dog_for_the_blind(idx):
    assert ids(search(idx, "собака-поводырь для слепых"))[:1] == ["r04"]
    assert ids(search(idx, "поводырь для незрячих"))[:1] == ["r04"]


@pytest.mark.parametrize("text, act", [
    ("бесплатные похороны", "r06"),            # гарантированный перечень услуг по погребению
    ("размер места под могилу", "r07"),        # участок земли для погребения размером
    ("похороны одиноких умерших", "r08"),      # не имеющих супруга и родственников
    ("где можно выгуливать собак", "r09"),     # места для выгула; never the catching (r10)
])
def test_the_fourth_samples_words(idx, text, act):
    assert ids(search(idx, text))[:1] == [act]
