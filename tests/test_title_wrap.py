"""A title gives the same requisites however it is wrapped (issue 12).

A delivered file prints the title in a narrow block over several lines, a
web page on one long line (bench/title_wrap.py re-wraps the titles of real
acts). Each text here is written by us for the fictional Тестовская область /
Заречный район, the title cut where a narrow block cuts it.
"""
from __future__ import annotations

import textwrap

import pytest

from ingest.requisites import extract_acts
from tests.gold import same

HEAD = "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\nТЕСТОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\nот 14.02.2022 № 31\n\n"
TEXT = "\n\nВ соответствии с Уставом Заречного района администрация постановляет:\n1. Внести изменения."


def title_of(lines: list[str], head: str = HEAD) -> str:
    acts = extract_acts(head + "\n".join(lines) + TEXT)
    assert len(acts) == 1
    a = acts[0]
    assert same("number", "31", a.number) and same("date", "2022-02-14", a.date)
    return a.title


def wrapped(title: str, width: int) -> list[str]:
    return textwrap.wrap(title, width, break_long_words=False, break_on_hyphens=False)


# --- A. a line ending in a preposition or a conjunction goes on ---------------------

@pytest.mark.parametrize("lines", [
    ["О ВНЕСЕНИИ ИЗМЕНЕНИЙ В", "ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ", "ОТ 10.09.2021 № 512"],
    ["О ВНЕСЕНИИ ИЗМЕНЕНИЙ И ДОПОЛНЕНИЙ В", "РЕШЕНИЕ СОВЕТА ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСОВЕТА",
     "ОТ 10.09.2021 № 12"],
    ["О ВНЕСЕНИИ ИЗМЕНЕНИЙ В", "УСТАВ ЗАРЕЧНОГО РАЙОНА"],
])
def test_a_title_in_capitals_ending_in_a_preposition_goes_on_under_a_kind_word(lines):
    assert title_of(lines) == " ".join(lines)
