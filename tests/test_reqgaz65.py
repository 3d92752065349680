"""A publication's own lines around the acts it reprints (helper reqgaz65,
held-out sample 45): a page's address, a newspaper's source reference and a
collection's item number are page noise, never a title, number or date of an
act. Our own wording, fictional names only."""
import pytest

from ingest.heading import noise_mask
from ingest.press_lines import is_address, is_source_reference


@pytest.mark.parametrize("line", [
    "Газ. «Заречные вести». 2000. – 5 сентября. – № 172. С. 1.",
    "Газ. «Заречные вести». 2000. – 5 сентября. – № 172.  С. 1. Цит. по: Заречный район в документах",
    "«Сосновский вестник», 2009. – 2 сентября. – № 118 (23991). С. 1.",
    "Заречные вести, 2010, сентябрь, 24, № 175",
    "// Береговской вестник. – 2024. – 15 марта (№ 12). – С. 2.",
    "Газ. Заречные вести. 2000. – 5 сентября. – № 172.",
])
def test_a_newspapers_source_reference_is_recognised(line):
    assert is_source_reference(line)


@pytest.mark.parametrize("line", [
    "О бюджете Заречного района на 2019 год № 5",
    "Решение 2019 № 5",
    "Постановление, 2019, от 12 марта № 5",
    "«Заречный вестник» № 12 (345) 15 марта 2024 г.",          # a masthead: ingest.gazette's
    "Заречный вестник · № 12 (345) · 15 марта 2024 г. · стр. 3",  # a running header: ingest.gazette's
    "от 12.03.2019, 2019, № 5",
    "Об утверждении, 2019, порядка № 5",
    "Опубликовано в газете «Заречные вести» № 12 (1234) от 15.03.2019",
])
def test_titles_requisites_and_mastheads_are_no_source_reference(line):
    assert not is_source_reference(line)


@pytest.mark.parametrize("line, address", [
    ("https://zarech-vesti.ru/2019/05/03/ob-utverzhdenii/?share=vk", True),
    ("Источник: http://www.zarech-vesti.ru/oficialno/postanovleniya/2019/", True),
    ("www.zarech-vesti.ru/oficialno", True),
    ("https://zarech-vesti.ru/2019 Об утверждении порядка", False),
    ("Официальный сайт: www.zarech.ru", False),
])
def test_a_web_address_alone_on_its_line(line, address):
    assert is_address(line) is address


def test_an_item_number_is_noise_only_under_a_source_reference():
    lines = ["«Заречные вести», 2009. – 2 сентября. – № 118 (23991). С. 1.", "", "№ 350", "",
             "ПОСТАНОВЛЕНИЕ", "ЗАРЕЧНОЙ РАЙОННОЙ ДУМЫ"]
    assert noise_mask(lines)[:3] == [True, False, True]
    alone = ["№ 350", "", "ПОСТАНОВЛЕНИЕ", "ЗАРЕЧНОЙ РАЙОННОЙ ДУМЫ"]
    assert noise_mask(alone)[0] is False
