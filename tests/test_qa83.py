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


@pytest.mark.parametrize("text", ["решение N3-р", "решение N3", "решение No3-р", "N3-р от 18.03.2024"])
def test_a_number_glued_to_a_latin_n_is_the_acts_number_on_both_engines(tied, text, monkeypatch):
    """«N3-р» (a Latin N glued to the number, as legal databases and readers
    type it) was read as one word and found nothing, while «№3-р» and
    «N 3-р» found the act."""
    from search.query.parse import parse_text
    assert parse_text(text).numbers or parse_text(text).numbers_or_years
    wd, pd, url = tied
    for d, u in ((wd, None), (pd, url)):
        total, got = _ids(d, text, monkeypatch, u)
        assert got and got[0] == "r03", (text, u, got)


@pytest.mark.parametrize("text", ["Nord", "Nota bene", "NOx", "ИНН"])
def test_a_latin_word_beginning_with_n_stays_a_word(text):
    from search.query.parse import parse_text
    p = parse_text(text)
    assert not p.numbers and not p.dates


def test_a_desk_without_the_originals_folder_and_without_schema_is_told_which_fund_to_name(
        tmp_path, pg_server, monkeypatch):
    """A search desk whose ``--home`` is not mounted, its URL without
    ``?schema=``: the schema is named after that folder, and the database
    holds no such fund. The SQLite desk says «no fund at …»; the regional
    one ended in a traceback (relation "records" does not exist) at the
    first read of search, show, export, stats, lists. Now: the same kind of
    message, naming the funds the database holds; nothing created."""
    import psycopg
    from click.testing import CliRunner

    from cli import main
    from ingest.catalog import URL_ENV, split_url
    from tests.pgserver import create_database
    from tests.test_catalog_pg import deliver
    url = create_database(pg_server, "qa83_noschema")
    monkeypatch.delenv(URL_ENV, raising=False)
    home = tmp_path / "fund"
    res = CliRunner().invoke(main, ["--home", str(home), "--db", url, "ingest",
                                    str(deliver(tmp_path / "in", (145,)))])
    assert res.exit_code == 0, res.output
    ix.close_engines()
    schema = split_url(url, home / "index")[1]
    away = tmp_path / "not-mounted"
    for args in (["search", "постановление 145-п"], ["show", "x-1"], ["export"], ["stats"],
                 ["biblist", "плата"]):
        res = CliRunner().invoke(main, ["--home", str(away), "--db", url, *args])
        assert res.exit_code != 0 and not isinstance(res.exception, psycopg.Error), \
            (args, res.output, res.exception)
        assert "фонда в" in res.output and "нет" in res.output and schema in res.output, (args, res.output)
    with psycopg.connect(url) as c:
        made = [r[0] for r in c.execute("SELECT nspname FROM pg_namespace "
                                        "WHERE nspname LIKE 'actdesk%' ORDER BY 1")]
    assert made == [schema, f"{schema}_catalog"]
    # named, the fund answers from a desk with no folder
    res = CliRunner().invoke(main, ["--home", str(away), "--db", f"{url}&schema={schema}",
                                    "search", "постановление 145-п"])
    assert res.exit_code == 0 and "145-п" in res.output, res.output
    ix.close_engines()


def test_a_settlements_territory_is_printed_in_the_records_order_on_both_engines(
        tmp_path, pg_server, monkeypatch):
    """``search --format json`` of a settlement's act: Whoosh printed
    region, municipality, district (the record's order), PostgreSQL
    region, district, municipality (jsonb keeps keys shortest first)."""
    import json

    from tests.pgserver import create_database
    rec = make_record(1, "решение", "20", "2024-02-01",
                      "Совет депутатов Сосновского сельского поселения Заречного района",
                      "О земельном налоге", "Установить земельный налог на территории поселения.",
                      ["budget"])
    from dataclasses import replace
    rec = replace(rec, territory={"region": "Тестовская область",
                                  "municipality": "Сосновское сельское поселение",
                                  "district": "Заречный муниципальный район"})
    url = create_database(pg_server, "qa83_territory")
    wd, pd = tmp_path / "w" / "index", tmp_path / "p" / "index"
    whoosh_store.rebuild(wd, [rec])
    pg_store.rebuild(pd, [rec], url=url)
    out = []
    for d, u in ((wd, None), (pd, url)):
        if u:
            monkeypatch.setenv(pg_store.URL_ENV, u)
        else:
            monkeypatch.delenv(pg_store.URL_ENV, raising=False)
        out.append(json.dumps(search(d, "земельный налог").hits[0].territory, ensure_ascii=False))
    ix.close_engines()
    assert out[0] == out[1]
    assert list(json.loads(out[0])) == ["region", "municipality", "district"]
