"""Read scaling: an act imported on the primary is found by a search that
reads from a streaming replica (``actdesk --read-db``); with the replica
stopped the search answers from the primary and says so.

The primary and its replica are private servers (tests/pgserver.py:
initdb, pg_basebackup -R, pg_ctl, unix sockets only)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cli import main
from search import index as ix
from search.engine import pg_engine, pg_store
from tests.fixtures import fund_of_texts
from tests.pgserver import start_server, wait_for_replay

ACT = """АДМИНИСТРАЦИЯ
ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА
ТЕСТОВСКОЙ ОБЛАСТИ

ПОСТАНОВЛЕНИЕ

от 14.02.2025 № 212-п

г. Заречный

Об организации сезонной ярмарки саженцев на Привокзальной площади

В соответствии с Уставом Заречного муниципального округа Тестовской области
администрация Заречного муниципального округа постановляет:
1. Провести сезонную ярмарку саженцев плодовых деревьев и ягодных кустарников
с 20 апреля по 20 мая 2025 года на Привокзальной площади города Заречный.
2. Отделу торговли определить схему размещения торговых мест.

Глава Заречного муниципального округа И.В. Соколов
"""


@pytest.fixture(scope="module")
def servers():
    primary = start_server(("wal_level=replica", "max_wal_senders=4"))
    try:
        replica = primary.start_replica()
        try:
            yield primary, replica
        finally:
            replica.stop()
    finally:
        primary.stop()


def cli(*args: str):
    res = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res


def found(res) -> list[str]:
    return [h["title"] for h in json.loads(res.stdout)["hits"]]


def test_a_lagging_replica_is_not_read_until_it_has_the_index(servers, tmp_path,
                                                             monkeypatch):
    """Replay paused: the new fund's index is on the primary only, the
    search says so and reads there; once replayed, the replica is tried again."""
    primary, replica = servers
    monkeypatch.setenv(pg_store.URL_ENV, primary.url())
    monkeypatch.setattr(pg_engine, "REPLICA_RETRY_S", 0.0)
    import psycopg
    with psycopg.connect(replica.url(), autocommit=True) as r:
        r.execute("SELECT pg_wal_replay_pause()")
        try:
            home = fund_of_texts(tmp_path, {"Постановление 212-п.txt": ACT})
            res = cli("--home", str(home), "--read-db", replica.url(), "search", "саженцы",
                      "--format", "json")
        finally:
            r.execute("SELECT pg_wal_replay_resume()")
    assert len(found(res)) == 1
    assert "ещё не получила" in res.stderr
    wait_for_replay(primary, replica)
    res = cli("--home", str(home), "--read-db", replica.url(), "search", "саженцы",
              "--format", "json")
    assert len(found(res)) == 1 and res.stderr == ""
    (e,) = pg_engine._ENGINES.values()
    assert e.on_replica
    ix.close_engines()


def test_replica_answers_and_the_primary_stands_in(servers, tmp_path, monkeypatch):
    primary, replica = servers
    monkeypatch.setenv(pg_store.URL_ENV, primary.url())
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    (delivery / "Постановление 212-п.txt").write_text(ACT, "utf-8")
    home = tmp_path / "fund"
    cli("--home", str(home), "ingest", "--jobs", "1", str(delivery))
    ix.close_engines()
    wait_for_replay(primary, replica)

    res = cli("--home", str(home), "--read-db", replica.url(), "search", "ярмарка саженцев",
              "--format", "json")
    assert found(res) == ["Об организации сезонной ярмарки саженцев на Привокзальной площади"]
    assert "реплика" not in res.stderr
    (e,) = pg_engine._ENGINES.values()
    assert e.on_replica
    assert e.conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]

    replica.stop()
    res = cli("--home", str(home), "--read-db", replica.url(), "search", "ярмарка саженцев",
              "--format", "json")
    assert found(res) == ["Об организации сезонной ярмарки саженцев на Привокзальной площади"]
    assert "реплика для чтения" in res.stderr and "основному серверу" in res.stderr
    (e,) = pg_engine._ENGINES.values()
    assert not e.on_replica
    ix.close_engines()


def test_read_db_needs_the_primary(tmp_path, monkeypatch):
    """A replica without the primary's URL is a mistake, not a silent Whoosh search."""
    monkeypatch.delenv(pg_store.URL_ENV, raising=False)
    home = fund_of_texts(tmp_path, {"Постановление 212-п.txt": ACT})
    res = CliRunner().invoke(main, ["--home", str(home), "--read-db",
                                    "postgresql://desk@replica/fund", "search", "ярмарка"])
    assert res.exit_code == 2
    assert pg_store.URL_ENV in res.output
    res = CliRunner().invoke(main, ["--home", str(home), "--read-db", "replica:5432",
                                    "search", "ярмарка"])
    assert res.exit_code == 2 and "--read-db" in res.output
