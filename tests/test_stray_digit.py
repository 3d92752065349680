"""A site's item number or a stray digit run into the kind word at the top
(``0Решение``, ``1 Решение``) is no part of the issuing body (stop 35's left-alone
list). Fictional acts of Сосновское сельское поселение."""
from __future__ import annotations

import pytest

from ingest.requisites import extract_acts

_ACT = """{first}
Совета депутатов Сосновского сельского поселения
от 12 марта 2018 г. № 5
О бюджете поселения

Совет депутатов решил:
1. Решение вступает в силу со дня его опубликования.
"""


@pytest.mark.parametrize("first", ["0Решение", "1 Решение", "12 РЕШЕНИЕ", "Решение"])
def test_a_stray_digit_before_the_kind_word_is_not_the_body(first):
    a = extract_acts(_ACT.format(first=first))[0]
    assert (a.kind, a.number, a.date) == ("решение", "5", "2018-03-12")
    assert a.body == "Совет депутатов Сосновского сельского поселения"
    assert a.title == "О бюджете поселения"


def test_a_numbered_clause_opening_with_the_kind_word_keeps_its_number():
    a = extract_acts(_ACT.format(first="Решение"))[0]
    assert "1. Решение вступает в силу" in a.text
