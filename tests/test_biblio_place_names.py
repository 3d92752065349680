"""Names of districts and towns that are not -ский adjectives keep their capital in a
list's description when the body was printed in capitals («СОВЕТ ДЕПУТАТОВ
ЦЕНТРАЛЬНОГО РАЙОНА» → «Совет депутатов Центрального района»), while the words that
only say what kind of district or town it is stay lower case (qa79's note).
Fictional bodies of Тестовская область."""
from __future__ import annotations

import pytest

from search.biblio import sentence_case


@pytest.mark.parametrize("caps, sentence", [
    ("СОВЕТ ДЕПУТАТОВ ЦЕНТРАЛЬНОГО РАЙОНА", "Совет депутатов Центрального района"),
    ("ДУМА ЗАРЕЧНОГО РАЙОНА", "Дума Заречного района"),
    ("АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНОГО", "Администрация города Заречного"),
    ("АДМИНИСТРАЦИЯ ЛЕНИНСКОГО РАЙОНА ГОРОДА ЗАРЕЧНОГО",
     "Администрация Ленинского района города Заречного"),
    ("СОВЕТ ДЕПУТАТОВ ГОРОДА НОВОГО УРЕНГОЯ", "Совет депутатов города Нового Уренгоя"),
    ("АДМИНИСТРАЦИЯ ГОРОДА ОБЛАСТНОГО ЗНАЧЕНИЯ ЗАРЕЧНЫЙ",
     "Администрация города областного значения Заречный"),
    ("ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ПЕРВОМАЙСКОГО РАЙОНА", "Избирательная комиссия Первомайского района"),
])
def test_a_district_or_town_name_keeps_its_capital(caps, sentence):
    assert sentence_case(caps) == sentence


@pytest.mark.parametrize("caps, sentence", [
    ("ОКРУЖНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ОДНОМАНДАТНОГО ИЗБИРАТЕЛЬНОГО ОКРУГА № 5",
     "Окружная избирательная комиссия одномандатного избирательного округа № 5"),
    ("АДМИНИСТРАЦИЯ ВНУТРИГОРОДСКОГО РАЙОНА", "Администрация внутригородского района"),
    ("О ПОДДЕРЖКЕ ЖИТЕЛЕЙ ГОРОДА СТАРШЕГО ВОЗРАСТА", "О поддержке жителей города старшего возраста"),
    ("О ЗАСТРОЙКЕ ЖИЛОГО РАЙОНА", "О застройке жилого района"),
    ("АДМИНИСТРАЦИЯ ГОРОДА ОБЛАСТНОГО ЗНАЧЕНИЯ", "Администрация города областного значения"),
])
def test_words_that_only_say_what_kind_of_place_stay_lower_case(caps, sentence):
    assert sentence_case(caps) == sentence


def test_victory_day_is_a_holidays_name():
    assert (sentence_case("О ПРАЗДНОВАНИИ ДНЯ ПОБЕДЫ В ЗАРЕЧНОМ МУНИЦИПАЛЬНОМ ОКРУГЕ В 2025 ГОДУ")
            == "О праздновании Дня Победы в Заречном муниципальном округе в 2025 году")
