"""qa83: the regional deployment path (PostgreSQL catalog and index)
against the desk's own (SQLite and Whoosh) for what a librarian sees:
each case failed before its fix. Composed acts of a fictional district."""
from __future__ import annotations

import pytest

from search import index as ix
from search.engine import pg_store, whoosh_store
from search.query import Query, search
from tests.fixtures import make_record

ZR = "Администрация Заречного района"


def _tied_records() -> list:
    """Acts of one day (a council's session day) and acts with no date read
    (a charter, a form): the date order has ties the engines must break
    alike."""
    R = [make_record(i, "решение", f"{i}-р", "2024-03-18", "Совет депутатов Заречного района",
                     f"О внесении изменений в решение о бюджете № {i}",
                     "Совет депутатов Заречного района решил внести изменения в бюджет.",
                     ["budget"]) for i in range(1, 6)]
    R += [make_record(i, "устав", None, None, ZR, f"Устав учреждения № {i}",
                      "Устав муниципального учреждения Заречного района, бюджет учреждения.",
                      ["budget"]) for i in range(6, 10)]
    R += [make_record(10, "решение", "10-р", "2024-04-01", "Совет депутатов Заречного района",
                      "О бюджете района", "Бюджет Заречного района на 2024 год.", ["budget"])]
    return R


@pytest.fixture(scope="module")
def tied(tmp_path_factory, pg_server):
    from tests.pgserver import create_database
    url = create_database(pg_server, "qa83_tied")
    wd = tmp_path_factory.mktemp("w") / "index"
    pd = tmp_path_factory.mktemp("p") / "index"
    whoosh_store.rebuild(wd, _tied_records())
    pg_store.rebuild(pd, _tied_records(), url=url)
    yield wd, pd, url
    ix.close_engines()


def _ids(d, q, monkeypatch, url=None):
    if url:
        monkeypatch.setenv(pg_store.URL_ENV, url)
    else:
        monkeypatch.delenv(pg_store.URL_ENV, raising=False)
    res = search(d, q)
    return res.total, [h.id for h in res.hits]


@pytest.mark.parametrize("q", [
    Query(text="бюджет", sort="date", per_page=20),
    Query(rubric=["budget"], per_page=20),                 # no words: newest first
    Query(kind=["решение"], sort="date", per_page=3, page=2),
    Query(kind=["устав"], per_page=2, page=2),
], ids=str)
def test_acts_of_one_day_and_undated_acts_come_in_the_same_order_on_both_engines(
        tied, q, monkeypatch):
    """The date order's ties (acts of one session day, acts without a date)
    were broken by Whoosh newest arrival first and by PostgreSQL oldest
    first: the page a reader turned to differed between the desk and the
    regional fund (a rubric browsed without words, 18.03.2021 decisions)."""
    wd, pd, url = tied
    w = _ids(wd, q, monkeypatch)
    assert w[0] > 0
    assert _ids(pd, q, monkeypatch, url) == w
