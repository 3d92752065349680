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
