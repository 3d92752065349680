"""Read scaling: an act imported on the primary is found by a search that
reads from a streaming replica (``actdesk --read-db``), and the catalog's
reads (show, export, stats, lists, RUSMARC, a reader's web pages) go there
too; with the replica stopped they answer from the primary and say so. A
desk that only searches needs no originals folder.

The primary and its replica are private servers (tests/pgserver.py:
initdb, pg_basebackup -R, pg_ctl, unix sockets only)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cli import main
from search import index as ix
from search.engine import pg_engine, pg_store
from ingest.catalog import FundError
from ingest.fund import Fund
from ingest.replica import READ_URL_ENV
from search.web import auth
from search.web.app import App
from tests.fixtures import PASSWORD, Client, Clock, fund_of_texts, resolution
from tests.pgserver import pause_replay, start_server, wait_for_replay


ACT = resolution("14.02.2025", "212-п", "Об организации сезонной ярмарки саженцев на Привокзальной площади", """\
В соответствии с Уставом Заречного муниципального округа Тестовской области
администрация Заречного муниципального округа постановляет:
1. Провести сезонную ярмарку саженцев плодовых деревьев и ягодных кустарников
с 20 апреля по 20 мая 2025 года на Привокзальной площади города Заречный.
2. Отделу торговли определить схему размещения торговых мест.
""")


@pytest.fixture(scope="module")
def primary():
    srv = start_server(("wal_level=replica", "max_wal_senders=8"))
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def servers(primary):
    replica = primary.start_replica()
    try:
        yield primary, replica
    finally:
        replica.stop()


@pytest.fixture
def own_replica(primary):
    """A replica of its own, for a test that stops it."""
    replica = primary.start_replica()
    try:
        yield replica
    finally:
        replica.stop()


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
    ix.close_engines()   # only this test's engine open (earlier modules' closed)
    monkeypatch.setenv(pg_store.URL_ENV, primary.url())
    monkeypatch.setattr(pg_engine, "REPLICA_RETRY_S", 0.0)
    import psycopg
    with psycopg.connect(replica.url(), autocommit=True) as r:
        pause_replay(r)
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


def test_replica_answers_and_the_primary_stands_in(primary, own_replica, tmp_path, monkeypatch):
    replica = own_replica
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


# --- the catalog's reads: show, export, lists, stats, the web card ------------------

SNOW = resolution("03.03.2025", "301-п", "Об утверждении порядка вывоза снега с улиц и дворовых территорий", """\
В соответствии с Правилами благоустройства территории Заречного муниципального
округа Тестовской области администрация Заречного муниципального округа
постановляет:
1. Утвердить порядок вывоза снега с улиц и дворовых территорий (приложение).
2. Вывоз снега производить на площадку у Лесной улицы в ночное время.
""")
FAIR = "Об организации сезонной ярмарки саженцев на Привокзальной площади"
SNOW_TITLE = "Об утверждении порядка вывоза снега с улиц и дворовых территорий"


def deliver(root, name: str, text: str):
    folder = root / name.split()[-1].removesuffix(".txt")
    folder.mkdir()
    (folder / name).write_text(text, "utf-8")
    return folder


def ingest(home, folder, *extra: str):
    res = cli("--home", str(home), *extra, "ingest", "--jobs", "1", str(folder))
    ix.close_engines()
    return res


def titles(jsonl: str) -> list[str]:
    return sorted(json.loads(line)["title"] for line in jsonl.splitlines() if line.strip())


def replicated(tmp_path, monkeypatch, primary, replica, name: str, text: str):
    """A fund on ``primary`` with one act, replayed on ``replica``, which
    is then the read replica (``ACTDESK_READ_DATABASE_URL``)."""
    monkeypatch.setenv(pg_store.URL_ENV, primary.url())
    home = tmp_path / "fund"
    ingest(home, deliver(tmp_path, name, text))
    wait_for_replay(primary, replica)
    monkeypatch.setenv(READ_URL_ENV, replica.url())
    return home


def snow_id(home, url: str | None = None) -> str:
    fund = Fund(home, create=False, url=url)
    try:
        (rid,) = [r.id for r in fund.iter_records() if r.number == "301-п"]
    finally:
        fund.close()
    return rid


def reads(home, replica, *args: str):
    """A command with --read-db, and the same on the primary alone."""
    on_replica = CliRunner().invoke(main, ["--home", str(home), "--read-db", replica.url(),
                                           *args], catch_exceptions=False)
    on_primary = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    ix.close_engines()
    return on_replica, on_primary


def test_catalog_reads_go_to_the_replica(servers, tmp_path, monkeypatch):
    """Replay paused: an act imported after the pause is on the primary only;
    show, export, stats, a list and RUSMARC with --read-db do not see it,
    which proves where they read; once replayed, they do."""
    primary, replica = servers
    monkeypatch.setenv(pg_store.URL_ENV, primary.url())
    home = tmp_path / "fund"
    ingest(home, deliver(tmp_path, "Постановление 212-п.txt", ACT))
    wait_for_replay(primary, replica)
    import psycopg
    with psycopg.connect(replica.url(), autocommit=True) as r:
        pause_replay(r)
        try:
            ingest(home, deliver(tmp_path, "Постановление 301-п.txt", SNOW))
            rid = snow_id(home)

            rep, prim = reads(home, replica, "show", rid)
            assert rep.exit_code == 1 and f"записи с номером «{rid}» нет" in rep.output
            assert prim.exit_code == 0 and SNOW_TITLE in prim.stdout

            rep, prim = reads(home, replica, "export")
            assert titles(rep.stdout) == [FAIR]
            assert titles(prim.stdout) == sorted([FAIR, SNOW_TITLE])

            rep, prim = reads(home, replica, "stats", "--format", "json")
            assert json.loads(rep.stdout)["records"] == 1
            assert json.loads(prim.stdout)["records"] == 2

            rep, prim = reads(home, replica, "biblist", "--kind", "постановление",
                              "--format", "txt")
            assert FAIR in rep.stdout and SNOW_TITLE not in rep.stdout, rep.stderr
            assert FAIR in prim.stdout and SNOW_TITLE in prim.stdout, prim.stderr
            assert "реплика" not in rep.stderr

            # the last batch as the replica knows it: the first delivery
            marc = cli("--home", str(home), "--read-db", replica.url(), "marc", "--batch",
                       "last", "-o", str(tmp_path / "last.xml"))
            ix.close_engines()
            assert "1 зап." in marc.stderr
            assert "ярмарки саженцев" in (tmp_path / "last.xml").read_text("utf-8")
            assert "снега" not in (tmp_path / "last.xml").read_text("utf-8")
        finally:
            r.execute("SELECT pg_wal_replay_resume()")
    wait_for_replay(primary, replica)
    rep, _ = reads(home, replica, "show", rid, "--format", "json")
    assert json.loads(rep.stdout)["title"] == SNOW_TITLE and rep.stderr == ""
    rep, _ = reads(home, replica, "export")
    assert titles(rep.stdout) == sorted([FAIR, SNOW_TITLE])


def test_a_reader_fund_never_writes(servers, tmp_path, monkeypatch):
    """Opened for reading, on the replica: a write by mistake is an error
    said at once, and the replica's connection refuses one too."""
    home = replicated(tmp_path, monkeypatch, *servers, "Постановление 212-п.txt", ACT)
    fund = Fund(home, create=False, reading=True)
    try:
        assert fund.count_records() == 1 and fund.on_replica and fund.read_only
        assert fund.db.execute("SELECT pg_is_in_recovery()").fetchone()[0]
        with pytest.raises(FundError, match="opened for reading only"):
            fund.set_state("arrivals", "2025-03-01")
        with pytest.raises(FundError, match="writes go to the primary"):
            fund.transaction()
        import psycopg
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            fund.db.execute("INSERT INTO state VALUES ('x', 'y')")
    finally:
        fund.close()


def test_a_stopped_replica_leaves_catalog_reads_on_the_primary(primary, own_replica, tmp_path,
                                                               monkeypatch):
    monkeypatch.setenv(pg_store.URL_ENV, primary.url())
    home = tmp_path / "fund"
    ingest(home, deliver(tmp_path, "Постановление 301-п.txt", SNOW))
    rid = snow_id(home)
    own_replica.stop()
    for args in (("show", rid), ("export",), ("stats",)):
        res = cli("--home", str(home), "--read-db", own_replica.url(), *args)
        assert SNOW_TITLE in res.stdout or "Записей: 1" in res.stdout
        assert res.stderr.count("реплика для чтения") == 1, res.stderr
        assert "не отвечает" in res.stderr and "основному серверу" in res.stderr
    # a search reads the catalog and the index: the fallback said once
    res = cli("--home", str(home), "--read-db", own_replica.url(), "biblist", "вывоз снега")
    assert SNOW_TITLE in res.stdout
    assert res.stderr.count("реплика для чтения") == 1, res.stderr
    ix.close_engines()


def test_ingest_and_migrate_never_read_the_replica(primary, tmp_path, monkeypatch):
    """Whatever the read URL says (here: a server that is not there), the
    writers go to the primary and never ask it."""
    nowhere = f"postgresql://nobody@/fund?host={tmp_path / 'no-server'}&port=5"
    monkeypatch.setenv(READ_URL_ENV, nowhere)
    monkeypatch.setenv(pg_store.URL_ENV, primary.url())
    home = tmp_path / "fund"
    res = ingest(home, deliver(tmp_path, "Постановление 301-п.txt", SNOW))
    assert "реплика" not in res.output
    monkeypatch.delenv(pg_store.URL_ENV)
    desk = tmp_path / "desk"
    ingest(desk, deliver(tmp_path, "Постановление 212-п.txt", ACT), "--db", "")
    res = cli("--home", str(desk), "migrate", "--to", primary.url() + "&schema=moved")
    assert "реплика" not in res.output
    res = cli("--home", str(desk), "--db", primary.url() + "&schema=moved", "export")
    assert titles(res.stdout) == [FAIR]


def test_the_web_card_reads_the_replica(servers, tmp_path, monkeypatch):
    """A reader's page (no staff session) reads the catalog on the replica:
    the act imported after the pause has no card there yet."""
    primary, replica = servers
    home = replicated(tmp_path, monkeypatch, primary, replica, "Постановление 212-п.txt", ACT)
    fund = Fund(home, create=False)
    auth.add_user(fund.db, "librarian", PASSWORD)
    fund.close()
    logged: list[str] = []
    app = App(home, clock=Clock(), log=logged.append)
    on_primary = App(home, clock=Clock(), log=logged.append)
    import psycopg
    with psycopg.connect(replica.url(), autocommit=True) as r:
        pause_replay(r)
        try:
            ingest(home, deliver(tmp_path, "Постановление 301-п.txt", SNOW))
            rid = snow_id(home)
            assert Client(app).get(f"/act/{rid}").status == 404
            # a librarian's pages read the primary, where the session is written
            staff = Client(app)
            assert staff.login().status == 303
            assert SNOW_TITLE in staff.get(f"/act/{rid}").text
            monkeypatch.delenv(READ_URL_ENV)
            page = Client(on_primary).get(f"/act/{rid}")
            assert page.status == 200 and SNOW_TITLE in page.text
            monkeypatch.setenv(READ_URL_ENV, replica.url())
        finally:
            r.execute("SELECT pg_wal_replay_resume()")
    wait_for_replay(primary, replica)
    page = Client(app).get(f"/act/{rid}")
    assert page.status == 200 and SNOW_TITLE in page.text
    assert not [m for m in logged if "реплика" in m]
    ix.close_engines()


def test_a_search_desk_without_the_originals_folder(servers, tmp_path, monkeypatch):
    """Another desk of the region: the fund's shared folder is not mounted
    (the path does not exist) or is an empty folder; searching, cards and
    lists work from the database, an original says where it is not."""
    primary, replica = servers
    url = primary.url() + "&schema=district"
    home = tmp_path / "fund"
    ingest(home, deliver(tmp_path, "Постановление 301-п.txt", SNOW), "--db", url)
    wait_for_replay(primary, replica)
    rid = snow_id(home, url)
    empty = tmp_path / "empty"
    empty.mkdir()
    for desk in (tmp_path / "not-mounted", empty):
        for read in ((), ("--read-db", replica.url())):
            res = cli("--home", str(desk), "--db", url, *read, "search", "вывоз снега",
                      "--format", "json")
            assert found(res) == [SNOW_TITLE]
            res = cli("--home", str(desk), "--db", url, *read, "show", rid)
            assert SNOW_TITLE in res.stdout
            res = cli("--home", str(desk), "--db", url, *read, "biblist", "вывоз снега")
            assert SNOW_TITLE in res.stdout
            ix.close_engines()
        monkeypatch.setenv(pg_store.URL_ENV, url)
        client = Client(App(desk, clock=Clock(), log=lambda m: None))
        assert SNOW_TITLE in client.get("/?q=вывоз+снега").text
        assert SNOW_TITLE in client.get(f"/act/{rid}").text
        got = client.get(f"/file/{rid}")
        assert got.status == 503
        assert "Папка оригиналов фонда" in got.text and "недоступна" in got.text
        monkeypatch.delenv(pg_store.URL_ENV)
        ix.close_engines()
    assert not (tmp_path / "not-mounted").exists()


def test_the_web_desk_falls_back_when_its_replica_stops(primary, own_replica, tmp_path,
                                                       monkeypatch):
    """The replica stops under a running desk: the reader's next page comes
    from the primary, and the log says why."""
    home = replicated(tmp_path, monkeypatch, primary, own_replica, "Постановление 301-п.txt", SNOW)
    rid = snow_id(home)
    logged: list[str] = []
    client = Client(App(home, clock=Clock(), log=logged.append))
    assert SNOW_TITLE in client.get(f"/act/{rid}").text
    assert not [m for m in logged if "реплика" in m]
    own_replica.stop()
    page = client.get(f"/act/{rid}")
    assert page.status == 200 and SNOW_TITLE in page.text
    said = [m for m in logged if "реплика для чтения" in m]
    assert len(said) == 1 and "основному серверу" in said[0]
    assert not [m for m in logged if "Traceback" in m]    # a replica gone is not a bug
    assert Client(App(home, clock=Clock(), log=logged.append)).get(
        f"/api/records/{rid}").json()["record"]["title"] == SNOW_TITLE
    ix.close_engines()


def test_the_web_desk_tries_the_replica_again(servers, tmp_path, monkeypatch):
    """A desk opened while the replica lacked the fund reads the primary,
    and after ingest.replica.RETRY_S (here at once) the replica again."""
    from ingest import replica as replica_choice
    primary, replica = servers
    monkeypatch.setenv(pg_store.URL_ENV, primary.url())
    monkeypatch.setenv(READ_URL_ENV, replica.url())
    monkeypatch.setattr(replica_choice, "RETRY_S", 0.0)
    logged: list[str] = []
    import psycopg
    with psycopg.connect(replica.url(), autocommit=True) as r:
        pause_replay(r)
        try:
            home = tmp_path / "fund"
            ingest(home, deliver(tmp_path, "Постановление 301-п.txt", SNOW))
            rid = snow_id(home)
            app = App(home, clock=Clock(), log=logged.append)
            assert SNOW_TITLE in Client(app).get(f"/act/{rid}").text
            reader = app._readers.get_nowait()
            assert not reader.on_replica
            app._readers.put(reader)
            said = [m for m in logged if "реплика для чтения" in m]
            assert said and "ещё не получила" in said[0]
        finally:
            r.execute("SELECT pg_wal_replay_resume()")
    wait_for_replay(primary, replica)
    assert SNOW_TITLE in Client(app).get(f"/act/{rid}").text
    reader = app._readers.get_nowait()
    assert reader.on_replica and reader.db.execute("SELECT pg_is_in_recovery()").fetchone()[0]
    ix.close_engines()
