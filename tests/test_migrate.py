"""``actdesk migrate --to postgresql://…``: a desk's SQLite fund into the
regional database: everything comes, twice changes nothing, an interrupted
run completes, and two desks holding the same act make one act.
"""
from __future__ import annotations

import json

import pytest

from cli import main
from ingest.catalog import URL_ENV
from ingest.catalog.migrate import migrate
from ingest.fund import Fund
from tests.test_catalog_pg import act_text, deliver

_DBS = iter(range(1, 10**6))


@pytest.fixture
def region(pg_server):
    from tests.pgserver import create_database
    return create_database(pg_server, f"mig{next(_DBS)}") + "&schema=region"


def desk(runner, home, delivery) -> None:
    """A desk's fund: an import, a librarian's rubric, a dossier, a staff account."""
    for args, given in ((["ingest", "--jobs", "1", str(delivery)], None),
                        (["user", "add", "smena", "--password-stdin"], "вечерняя-смена-1\n"),
                        (["dossier", "create", "Детские сады", "--query", "плата присмотр"], None)):
        r = runner.invoke(main, ["--home", str(home), *args], input=given)
        assert r.exit_code == 0, r.output


def exported(runner, home, *db) -> list[dict]:
    r = runner.invoke(main, ["--home", str(home), *db, "export"])
    assert r.exit_code == 0, r.output
    return [json.loads(x) for x in r.output.splitlines()]


def test_a_desk_moves_whole_and_a_second_run_changes_nothing(tmp_path, runner, region):
    home = tmp_path / "desk"
    delivery = deliver(tmp_path / "in", range(1, 6))
    (delivery / "copy.txt").write_text(act_text(2, "ЦБС"), encoding="utf-8")
    desk(runner, home, delivery)
    r = runner.invoke(main, ["--home", str(home), "migrate", "--to", region, "--json"])
    assert r.exit_code == 0, r.output
    first = json.loads(r.output[r.output.index("{"):])
    assert first["records"] == 6 and first["files"] == 6 and first["linked"] == 0
    again = runner.invoke(main, ["--home", str(home), "--db", region, "migrate", "--json"])
    assert json.loads(again.output[again.output.index("{"):]) == {
        "originals": 0, "files": 0, "records": 0, "linked": 0, "rows": 0}
    # the same records, times and batches included; the desk's fund is as it was
    assert exported(runner, home, "--db", region) == exported(runner, home)
    assert (home / "catalog.sqlite").exists()
    on = ["--home", str(home), "--db", region]
    found = runner.invoke(main, [*on, "search", "плата за присмотр", "--format", "json"])
    assert len(json.loads(found.output)["hits"]) == 5          # the copy is not an act
    listed = runner.invoke(main, [*on, "user", "list", "--json"])
    assert [u["name"] for u in json.loads(listed.output)] == ["smena"]
    dossiers = runner.invoke(main, [*on, "dossier", "list", "--json"])
    assert json.loads(dossiers.output)[0]["total"] == 5


def test_an_interrupted_migration_completes_when_run_again(tmp_path, runner, region, monkeypatch):
    home = tmp_path / "desk"
    desk(runner, home, deliver(tmp_path / "in", range(10, 20)))
    source = Fund(home, url="")
    target = Fund(tmp_path / "desk", url=region)
    from search.web.auth import ensure_schema
    ensure_schema(target.db)

    def cut(what, n):
        if what == "records" and n >= 4:
            raise KeyboardInterrupt   # the librarian's Ctrl+C, a lost network
    with pytest.raises(KeyboardInterrupt):
        migrate(source, target, chunk=2, progress=cut)
    assert 4 <= target.count_records() < 10
    rest = migrate(source, target, chunk=2)
    assert rest.records == 10 - 4 and target.count_records() == 10
    source.close(), target.close()
    monkeypatch.delenv(URL_ENV, raising=False)
    assert exported(runner, home, "--db", region) == exported(runner, home)


def test_two_desks_with_the_same_act_make_one_act_in_the_region(tmp_path, runner, region):
    """Each desk got its own copy of act № 7-п (other bytes); in the region
    the second desk's becomes a linked copy of the first's."""
    desk(runner, tmp_path / "a", deliver(tmp_path / "in-a", (6, 7), "Заречная ЦБС"))
    desk(runner, tmp_path / "b", deliver(tmp_path / "in-b", (7, 8), "Сельская библиотека"))
    region_home = tmp_path / "region"
    for d in ("a", "b"):
        r = runner.invoke(main, ["--home", str(tmp_path / d), "migrate", "--to", region,
                                 "--to-home", str(region_home), "--json"])
        assert r.exit_code == 0, r.output
    assert json.loads(r.output[r.output.index("{"):])["linked"] == 1
    recs = exported(runner, region_home, "--db", region)
    seven = [d for d in recs if d["number"] == "7-п"]
    assert len(recs) == 4 and len(seven) == 2
    assert sorted(bool(d["duplicate_of"]) for d in seven) == [False, True]
    # the originals of both desks are in the region's folder, by content address
    fund = Fund(region_home, url=region)
    assert all(fund.original_path(f.sha256).exists() for f in fund.files())
    fund.close()
