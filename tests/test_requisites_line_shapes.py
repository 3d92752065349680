"""The act's requisites line: ``date_number.from_date_number`` (tight, and placed)
and ``requisites_only`` on the shapes where they part (code80). Fictional lines."""
from __future__ import annotations

import pytest

from ingest.requisites.date_number import DateNumber, from_date_number, requisites_only

D = DateNumber
# line: (tight, placed, requisites_only)
SHAPES = {
    # all three: the plain line a form prints under its kind
    "от 14 мая 1998 г. N 412-р": (D("1998-05-14", "412-р"),) * 3,
    # the sign glued to the date: no space for the placed shape to split at
    "от 14.01.2014г.N18": (D("2014-01-14", "18"), None, D("2014-01-14", "18")),
    # a register's letters before the digits: only where the line's place says it
    "от 14 января 2014 г. N РС-18": (None, D("2014-01-14", "РС-18"), D("2014-01-14", "РС-18")),
    # the number first, or no «от»: requisites_only alone reads them
    "№ 65 31.10.2018 года": (None, None, D("2018-10-31", "65")),
    "N 18 от 14.01.2014": (None, None, D("2014-01-14", "18")),
    # an order's series after a space: requisites_only alone
    "от 14.01.2014 N 18 о/д": (None, None, D("2014-01-14", "18 о/д")),
    # a short edition note after the number: the placed shape still gives the first pair
    "от 12.03.2024 № 145-п (в ред. от 01.02.2025 № 12)": (None, D("2024-03-12", "145-п"), None),
    # words between the date and the sign: the placed shape's 40 characters
    "от «14» января 2014 года, дата подписания N 18": (None, D("2014-01-14", "18"), None),
    # a title after the number: none of them
    "от 14.01.2014 № 18 О бюджете поселения": (None, None, None),
    # the tight shape reads the date before the sign only: a dotted number is no date
    "от января 2014 г. N 12.03.2024": (None, None, None),
}


@pytest.mark.parametrize("line", list(SHAPES))
def test_the_three_readings_of_a_requisites_line(line):
    tight, placed, only = SHAPES[line]
    assert from_date_number(line) == tight
    assert from_date_number(line, placed=True) == placed
    assert requisites_only(line) == only
