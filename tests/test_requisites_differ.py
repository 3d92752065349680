"""A requisite question half remembered (issue 12's desk questions, qa74's note):
requisites rank, they do not filter, so the act with the right number and
another date comes first, and the hit says which half differs."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from search.present import format_results_table, requisites_differ
from search.query import Results


@dataclass
class _Hit:
    id: str
    kind: str | None
    number: str | None
    date: str | None
    title: str | None = "О проведении ярмарки выходного дня в Заречном районе"
    body: str | None = None
    rubrics: tuple = ()
    snippet: str | None = None

    def marked(self, what: str = "snippet") -> str:
        return self.title if what == "title" else (self.snippet or "")


def _res(understood: dict, *hits: _Hit) -> Results:
    return Results(total=len(hits), hits=list(hits), facets={}, understood=understood, page=1, per_page=10)


ASKED = {"numbers": ["145-п"], "dates": ["2024-03-15"], "kinds": ["постановление"]}


@pytest.mark.parametrize("number,date,differ", [
    ("145-п", "2024-03-12", ("date",)),      # the number right, the day misremembered
    ("145-П", "2024-03-12", ("date",)),      # the case of the number's letter does not count
    ("147-п", "2024-03-15", ("number",)),    # the day right, the number misremembered
    ("145-п", "2024-03-15", ()),             # both right: nothing to say
    ("12", "2023-01-10", ()),                # neither: a topic's act, not a near miss
    ("145-п", None, ("date",)),              # an undated record with the number asked
])
def test_which_half_differs(number, date, differ):
    hit = _Hit("a1", "постановление", number, date)
    assert requisites_differ(_res(ASKED, hit)).get(hit.id, ()) == differ


def test_a_question_without_both_requisites_remarks_on_nothing():
    hit = _Hit("a1", "постановление", "145-п", "2024-03-12")
    assert requisites_differ(_res({"numbers": ["145-п"]}, hit)).get(hit.id, ()) == ()
    assert requisites_differ(_res({"dates": ["2024-03-15"]}, hit)).get(hit.id, ()) == ()


def test_no_remark_when_the_act_asked_for_is_among_the_hits():
    exact = _Hit("a1", "постановление", "145-п", "2024-03-15")
    same_day = _Hit("a2", "постановление", "146-п", "2024-03-15")
    res = _res(ASKED, exact, same_day)
    assert requisites_differ(res).get(same_day.id, ()) == () and requisites_differ(res).get(exact.id, ()) == ()


def test_the_terminal_table_names_the_wrong_half_on_the_hit_line():
    right = _Hit("a1", "постановление", "145-п", "2024-03-12")
    other = _Hit("a2", "постановление", "12", "2023-01-10")
    out = format_results_table(_res(ASKED, right, other), facets=False)
    line_1 = next(s for s in out.splitlines() if "[a1]" in s)
    line_2 = next(s for s in out.splitlines() if "[a2]" in s)
    assert "дата не та, что в запросе" in line_1
    assert "запросе" not in line_2
