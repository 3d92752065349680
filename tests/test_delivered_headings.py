"""Requisites of delivered files in the heading shapes of
``tests/delivered_samples.py`` (issue 12): each composed DOCX, RTF or PDF
gives the kind, number, date, body and title a librarian reads off it."""
from __future__ import annotations

import pytest

from tests.delivered_samples import CASES, misses, read_case


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_delivered_file_gives_its_requisites(case, tmp_path):
    act = read_case(case, tmp_path)
    wrong = {f: (getattr(act, f), case.truth[f]) for f in misses(case, act)}
    assert not wrong, wrong


def test_an_incoming_register_stamp_over_a_law_is_not_its_date_or_number():
    from ingest.requisites import extract_acts
    text = "\n".join([
        "№ 4417-2024-118", "от 18.12.24", "", "ТЕСТОВСКАЯ ОБЛАСТЬ", "", "ОБЛАСТНОЙ ЗАКОН", "",
        "О поддержке добровольческой деятельности в Тестовской области", "",
        "(Принят Тестовской областной Думой", "29 ноября 2024 года)", "",
        "Статья 1. Предмет регулирования",
        "Настоящий областной закон регулирует отношения в сфере добровольческой деятельности."])
    act = extract_acts(text, {})[0]
    assert (act.kind, act.date, act.number) == ("закон", "2024-11-29", None)
