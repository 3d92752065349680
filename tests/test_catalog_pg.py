"""The catalog in PostgreSQL: the same answers as SQLite, several importers
at once, a kill -9 and a server restart mid-batch (ingest/catalog/).

One private server for the run (tests/pgserver.py, the ``pg_server``
fixture); each test takes a fresh database. Importers are real processes
of the installed ``actdesk`` command, as on the machines of a region.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.catalog import URL_ENV
from ingest.fund import Fund
from tests.conftest import REPO
from tests.fixtures import records_written

_DBS = iter(range(1, 10**6))
HEAD = ("АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА\nТЕСТОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\n"
        "от {day:02d}.03.2025{pad}№ {n}-п\nг. Заречный\n\n")
BODY = ("Об установлении размера платы за присмотр и уход за детьми в группе № {n}\n\n"
        "В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в "
        "Российской Федерации», руководствуясь Уставом Заречного муниципального округа "
        "Тестовской области, администрация Заречного муниципального округа Тестовской "
        "области постановляет:\n"
        "1. Установить размер платы в сумме {fee} рублей в месяц.\n"
        "2. Опубликовать настоящее постановление в газете «Заречный вестник».\n\n"
        "Глава Заречного муниципального округа                       И.В. Соколов\n")


def act_text(n: int, library: str = "") -> str:
    """Act № n-п in the house style; ``library`` changes the bytes (another
    library's copy: the same act, another file)."""
    text = HEAD.format(day=1 + n % 28, n=n, pad=" " * 40) + BODY.format(n=n, fee=1000 + n)
    return text + (f"\nКопия верна. {library}\n" if library else "")


def deliver(folder: Path, numbers, library: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"postanovlenie-{n}{'-' + library if library else ''}.txt").write_text(
            act_text(n, library), encoding="utf-8")
    return folder


def actdesk() -> list[str]:
    exe = Path(sys.executable).with_name("actdesk")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "cli"]


def run_env(url: str | None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop(URL_ENV, None)
    if url:
        env[URL_ENV] = url
    return env


@pytest.fixture(autouse=True)
def _desk_unless_engine(request, monkeypatch):
    """Tests that choose their catalog themselves start from a desk (the
    module-wide ``engine`` fixture may have set the URL for its tests)."""
    if "engine" not in request.fixturenames:
        monkeypatch.delenv(URL_ENV, raising=False)


@pytest.fixture
def pg_url(pg_server):
    from tests.pgserver import create_database
    return create_database(pg_server, f"cat{next(_DBS)}")


@pytest.fixture
def on_pg(pg_url, monkeypatch):
    """This process's catalog and index in a fresh database."""
    from search import index as ix
    monkeypatch.setenv(URL_ENV, pg_url)
    yield pg_url
    ix.close_engines()


def view(home: Path) -> tuple:
    """What an import leaves, without its times and batch names."""
    fund = Fund(home, create=False)
    try:
        recs = [{k: v for k, v in r.to_dict().items() if k not in ("received_at", "batch")}
                for r in fund.iter_records()]
        files = sorted((f.sha256, f.status, f.file_name) for f in fund.files())
        originals = sorted(p.name for p in (home / "originals").rglob("*") if p.is_file())
        return recs, files, originals
    finally:
        fund.close()


# --- the same answers ----------------------------------------------------------

def test_export_jsonl_of_a_postgresql_fund_equals_the_sqlite_funds(tmp_path, pg_url, runner):
    """One delivery into a desk's SQLite fund and into a regional PostgreSQL
    one: ``export --format jsonl`` gives the same records, line for line;
    stats, the last batch, search and user accounts answer alike."""
    from cli import main
    delivery = deliver(tmp_path / "in", range(1, 7))
    (delivery / "postanovlenie-3-copy.txt").write_text(act_text(3, "ЦБС"), encoding="utf-8")
    for name in ("05_zarechny_12p_roditelskaya_plata_cp1251.txt", "07_zarechny_sovet_12-3_byudzhet.rtf",
                 "01_zarechny_145p_yarmarka.docx", "02_zarechny_145p_yarmarka.pdf"):
        (delivery / name).write_bytes((REPO / "corpus" / "files" / name).read_bytes())
    out = {}
    for label, extra in (("sqlite", []), ("pg", ["--db", pg_url])):
        home = ["--home", str(tmp_path / label), *extra]
        r = runner.invoke(main, [*home, "ingest", "--jobs", "1", str(delivery)])
        assert r.exit_code == 0, r.output
        r = runner.invoke(main, [*home, "export", "--format", "jsonl"])
        assert r.exit_code == 0, r.output
        lines = [json.loads(x) for x in r.output.splitlines()]
        for d in lines:
            d.pop("received_at"), d.pop("batch")
        stats = runner.invoke(main, [*home, "stats", "--format", "json"])
        found = runner.invoke(main, [*home, "search", "плата за присмотр", "--format", "json"])
        users = runner.invoke(main, [*home, "user", "add", "smena", "--password-stdin"],
                              input="вечерняя-смена-1\n")
        listed = runner.invoke(main, [*home, "user", "list", "--json"])
        assert users.exit_code == 0, users.output
        out[label] = (lines, json.loads(stats.output),
                      sorted(h["id"] for h in json.loads(found.output)["hits"]),
                      [u["name"] for u in json.loads(listed.output)])
        assert (tmp_path / label / "catalog.sqlite").exists() == (label == "sqlite")
    assert out["pg"] == out["sqlite"]
    lines = out["pg"][0]
    assert len(lines) == 11 and sum(1 for d in lines if d["duplicate_of"]) == 2  # 145-п, 3-п
    assert URL_ENV not in os.environ        # --db lasted one command


def test_the_catalog_answers_alike_on_both_backends(tmp_path, engine):
    """Manual decisions, state, dossiers, staff sessions, short ids and the
    rubric counts through the same Fund calls (``engine``: SQLite + Whoosh,
    then PostgreSQL for both)."""
    from ingest.pipeline import Batch
    from search.dossier import store
    from search.sync import sync_index
    from search.web import auth
    fund = Fund(tmp_path / "fund")
    try:
        Batch(fund, jobs=1, scheme_path=REPO / "rubrics.yaml").run(
            [deliver(tmp_path / "in", (11, 12, 13))])
        sync_index(fund)
        assert fund.db.dialect == ("sqlite" if engine == "whoosh" else "postgresql")
        rid = sorted(r.id for r in fund.iter_records())[0]
        assert fund.find_record_ids(rid[:6].upper()) == sorted(r.id for r in fund.iter_records()
                                                             if r.id.startswith(rid[:6]))
        with fund.transaction() as db:
            fund.set_manual_tags(db, rid, {"education"}, {"budget"})
            fund.set_manual_tags(db, rid, set(), {"education"})      # replaces the '+'
            fund.set_manual_fields(db, rid, {"title": "О плате за детский сад"})
        assert fund.manual_tags(rid) == (set(), {"budget", "education"})
        assert fund.apply_manual_fields(fund.get_record(rid)).title == "О плате за детский сад"
        fund.set_state("last_sdi", "2025-03-01")
        fund.set_state("last_sdi", "2025-03-02")
        assert fund.get_state("last_sdi") == "2025-03-02"
        assert sorted(fund.batch_record_ids("last")) == sorted(r.id for r in fund.iter_records())
        from collections import Counter
        counts = Counter(r.code for rec in fund.iter_records() for r in rec.rubrics)
        assert counts and fund.rubric_counts() == dict(counts)
        assert fund.stats()["by_year"] == {"2025": 3}
        d, n = store.create(fund, "Детские сады", {"text": "плата присмотр"})
        assert n == 3 and [m.record.id for m in store.members(fund, d)] != []
        assert store.names(fund) == ["Детские сады"]
        assert auth.add_user(fund.db, "smena", "вечерняя-смена-1")
        sessions = auth.Sessions()
        token = sessions.create(fund.db, "smena")
        assert sessions.get(fund.db, token).user == "smena"
        assert auth.set_disabled(fund.db, "smena") == 1
        assert sessions.get(fund.db, token) is None
        assert not auth.check_password(fund.db, "smena", "вечерняя-смена-1")
    finally:
        fund.close()


# --- many importers at once ----------------------------------------------------

def test_importers_at_once_record_each_file_and_each_act_once(tmp_path, pg_url):
    """Three ``actdesk ingest`` processes into one regional fund at once:
    overlapping deliveries (the same bytes from two libraries) and each
    library's own copy of the same acts (other bytes, the same act). Every
    file is recorded once; every act has exactly one record that is not a
    linked copy, whoever won; nothing is lost; the index holds each act once."""
    numbers = range(100, 130)
    home = tmp_path / "region"
    procs = []
    for k, library in enumerate(("Заречная ЦБС", "Сельская библиотека", "Школьная библиотека")):
        folder = tmp_path / f"lib{k}"
        deliver(folder / "shared", numbers[k * 5: k * 5 + 15])     # overlapping, same bytes
        # the same acts in the library's own file: one transaction of 30 acts
        # that another importer's acts must wait for, not slip past
        (folder / "own.txt").write_text("\n\n".join(act_text(n) for n in numbers)
                                        + f"\nКопия верна. {library}\n", encoding="utf-8")
        procs.append(subprocess.Popen([*actdesk(), "--home", str(home), "ingest", "--jobs", "1",
                                       str(folder)], cwd=REPO, env=run_env(pg_url),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    for p in procs:
        _, err = p.communicate(timeout=900)
        assert p.returncode == 0, err.decode("utf-8", "replace")[-3000:]
    os.environ[URL_ENV] = pg_url
    try:
        fund = Fund(home, create=False)
        recs = list(fund.iter_records())
        shas = [f.sha256 for f in fund.files()]
        assert len(shas) == len(set(shas)) == 25 + 3
        assert len(recs) == 25 + 3 * 30 and {r.source.sha256 for r in recs} == set(shas)
        acts: dict[str, list] = {}
        for r in recs:
            acts.setdefault(r.number, []).append(r)
        assert sorted(acts) == sorted(f"{n}-п" for n in numbers)
        for number, same in acts.items():
            held = [r for r in same if r.duplicate_of is None]
            assert len(held) == 1, (number, [(r.id, r.duplicate_of) for r in same])
            assert all(r.duplicate_of == held[0].id for r in same if r is not held[0])
        assert fund.index_queue() == []
        from search import index as ix
        assert ix.stats(fund.index_dir)["records"] == len(numbers)
        fund.close()
    finally:
        os.environ.pop(URL_ENV, None)
        from search import index as ix
        ix.close_engines()


def _view_on(home: Path, url: str) -> tuple:
    os.environ[URL_ENV] = url
    try:
        return view(home)
    finally:
        os.environ.pop(URL_ENV, None)


def _hit_mid_batch(tmp_path: Path, url: str, hit, n_files: int = 40):
    """Import ``n_files`` acts into a PostgreSQL fund and ``hit(proc)`` once
    some records are committed; wait for the importer. Returns its exit
    code and stderr, the command (to run it again) and the delivery."""
    delivery = deliver(tmp_path / "in", range(200, 200 + n_files))
    home = tmp_path / "hit"
    cmd = [*actdesk(), "--home", str(home), "ingest", "--jobs", "1", str(delivery)]
    errors = tmp_path / "stderr.txt"
    with open(errors, "wb") as err:
        proc = subprocess.Popen(cmd, cwd=REPO, env=run_env(url), stdout=subprocess.DEVNULL,
                                stderr=err)
    deadline = time.time() + 180
    while time.time() < deadline:
        assert proc.poll() is None, "the import ended before the hit: " + errors.read_text()
        if records_written(home, url) >= 5:
            break
        time.sleep(0.1)
    hit(proc)
    assert proc.poll() is not None or records_written(home, url) < n_files, "the hit came too late"
    proc.wait(timeout=600)
    return proc.returncode, errors.read_text("utf-8", "replace"), cmd, delivery


def _clean_view(tmp_path: Path, url: str, delivery: Path) -> tuple:
    """One undisturbed import of ``delivery`` into its own schema."""
    clean_url = url + "&schema=clean"
    subprocess.run([*actdesk(), "--home", str(tmp_path / "clean"), "ingest", "--jobs", "1",
                    str(delivery)], cwd=REPO, env=run_env(clean_url), check=True,
                   stdout=subprocess.DEVNULL)
    return _view_on(tmp_path / "clean", clean_url)


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_two_importers_creating_a_new_funds_folder_at_once_both_go_on(tmp_path, monkeypatch):
    """Two importers started at once on a shared folder that does not exist
    yet both see it missing; the one that creates it second (here: the folder
    made between the check and the mkdir) must open the fund, not stop its
    whole batch with "cannot create the fund … File exists" (seen with
    bench/importers_pg.py: a library's delivery left unimported)."""
    import pathlib
    home = tmp_path / "region" / "share"
    real_exists = pathlib.Path.exists

    def not_yet(self):   # the other importer's mkdir lands after this check
        if self == home and not real_exists(self):
            home.mkdir(parents=True)
            return False
        return real_exists(self)
    monkeypatch.setattr(pathlib.Path, "exists", not_yet)
    fund = Fund(home, url="")
    monkeypatch.setattr(pathlib.Path, "exists", real_exists)
    assert fund.home.is_dir() and not fund.read_only
    fund.close()


def test_kill_9_of_an_importer_then_a_rerun_loses_nothing(tmp_path, pg_url):
    """As the SQLite crash test (test_pipeline.py): the killed batch's open
    transaction is rolled back by the server; the rerun completes it and the
    fund equals one clean import."""
    code, _err, cmd, delivery = _hit_mid_batch(tmp_path, pg_url,
                                               lambda p: p.send_signal(signal.SIGKILL))
    assert code == -signal.SIGKILL
    killed = _view_on(tmp_path / "hit", pg_url)
    assert 5 <= len(killed[0]) < 40, "the kill should land mid-batch"
    subprocess.run(cmd, cwd=REPO, env=run_env(pg_url), check=True, stdout=subprocess.DEVNULL)
    rerun = _view_on(tmp_path / "hit", pg_url)
    assert rerun == _clean_view(tmp_path, pg_url, delivery)
    assert len(rerun[0]) == 40


def test_a_postgresql_restart_mid_batch_loses_nothing(tmp_path, pg_server, pg_url):
    """``pg_ctl restart`` under an importer: the batch reconnects and goes
    on, or stops naming the failure (no traceback); a rerun completes, and
    the fund equals one clean import."""
    code, err, cmd, delivery = _hit_mid_batch(tmp_path, pg_url, lambda p: pg_server.restart())
    assert code == 0 or (("Error:" in err or "Ошибка:" in err) and "Traceback" not in err), err[-3000:]
    subprocess.run(cmd, cwd=REPO, env=run_env(pg_url), check=True, stdout=subprocess.DEVNULL)
    rerun = _view_on(tmp_path / "hit", pg_url)
    assert len(rerun[0]) == 40
    assert rerun == _clean_view(tmp_path, pg_url, delivery)


# --- the web page and the librarian's commands on both catalogs -----------------

def test_the_web_desk_works_on_both_catalogs(tmp_path, engine):
    """Login (staff tables), the card with its linked copies, the API,
    corrected requisites and rubrics (manual_fields, manual_tags), logout."""
    from search.web.app import App
    from tests.fixtures import Client, Clock, fund_of_texts
    home = fund_of_texts(tmp_path, {"act-31.txt": act_text(31), "act-32.txt": act_text(32),
                                    "act-31-copy.txt": act_text(31, "Сельская библиотека")})
    fund = Fund(home)
    held = next(r for r in fund.iter_records() if r.number == "31-п" and not r.duplicate_of)
    copy = next(r for r in fund.iter_records() if r.duplicate_of)
    fund.close()
    client = Client(App(home, clock=Clock(), log=lambda m: None))
    assert client.login().status == 303
    card = client.get(f"/act/{held.id}").text
    assert copy.id in card or "act-31-copy.txt" in card
    api = client.get(f"/api/records/{held.id}").json()
    assert api["record"]["number"] == "31-п" and copy.id in json.dumps(api, ensure_ascii=False)
    token = client.csrf(f"/act/{held.id}")
    r = client.post(f"/act/{held.id}/requisites", {"csrf": token, "kind": "постановление",
                                                   "number": "31-па", "date": "04.03.2025",
                                                   "body": "Администрация Заречного округа",
                                                   "title": "О плате за присмотр"})
    assert r.status == 303
    r = client.post(f"/act/{held.id}/rubrics", {"csrf": token, "add": "education"})
    assert r.status == 303
    assert "31-па" in client.get(f"/act/{held.id}?saved=1").text
    fund = Fund(home)
    assert fund.manual_fields(held.id)["number"] == "31-па"
    assert "education" in fund.manual_tags(held.id)[0]
    fund.close()


COMMANDS = (
    ["stats", "--format", "json"],
    ["search", "плата", "--format", "json"],
    ["search", "постановление 42-п", "--format", "json"],
    ["show", "{held}", "--format", "json"],
    ["tag", "{held}", "+education", "-budget"],
    ["rubrics", "review"],
    ["rubrics", "tree"],
    ["biblist", "плата"],
    ["arrivals"],
    ["dossier", "create", "Сады", "--query", "присмотр"],
    ["dossier", "add", "Сады", "{copy}"],
    ["dossier", "list", "--json"],
    ["dossier", "show", "Сады"],
    ["dossier", "seen", "Сады"],
    ["marc", "плата", "-o", "{home}/acts.xml"],
    ["user", "add", "smena", "--password-stdin"],
    ["user", "disable", "smena"],
    ["user", "list", "--json"],
    ["ocr", "--pending"],
    ["export"],
)


def test_every_command_answers_alike_on_sqlite_and_postgresql(tmp_path, pg_url, runner):
    """The same commands on a desk's fund and on a regional one answer the
    same (times and batch names aside)."""
    import re
    from cli import main
    delivery = deliver(tmp_path / "in", (40, 41, 42))
    (delivery / "copy.txt").write_text(act_text(41, "ЦБС"), encoding="utf-8")
    said = {}
    for label, extra in (("sqlite", []), ("pg", ["--db", pg_url])):
        home = ["--home", str(tmp_path / label), *extra]
        assert runner.invoke(main, [*home, "ingest", "--jobs", "1", str(delivery)]).exit_code == 0
        fund_env = {URL_ENV: pg_url} if extra else {}
        os.environ.update(fund_env)
        try:
            fund = Fund(tmp_path / label)
            recs = list(fund.iter_records())
            fund.close()
        finally:
            os.environ.pop(URL_ENV, None)
        ids = {"held": next(r.id for r in recs if r.number == "41-п" and not r.duplicate_of),
               "copy": next(r.id for r in recs if r.duplicate_of), "home": tmp_path / label}
        out = []
        for cmd in COMMANDS:
            r = runner.invoke(main, [*home, *(a.format(**ids) for a in cmd)],
                              input="вечерняя-смена-1\n")
            text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\+00:00|Z)?|\d{8}T\d{6}Z-[0-9a-f]{6}"
                          r"|\d\d\.\d\d\.\d{4} \d\d:\d\d|\"\w*_ms\": [\d.]+", "<time>", r.output)
            out.append((cmd[0], r.exit_code, text.replace(str(tmp_path / label), "<home>")))
        said[label] = out
    for (cmd, code_s, text_s), (_c, code_p, text_p) in zip(said["sqlite"], said["pg"]):
        assert (code_p, text_p) == (code_s, text_s), cmd
    assert [(cmd, code) for cmd, code, _t in said["pg"] if code and cmd != "ocr"] == []
    marc = [re.sub(r'(tag="005">)[^<]*', r"\1", (tmp_path / label / "acts.xml").read_text("utf-8"))
            for label in ("sqlite", "pg")]     # 005: when the record was written
    assert marc[0] == marc[1] and "40-п" in marc[0]


def test_an_entry_queued_again_while_the_index_caught_up_stays_queued(tmp_path, on_pg):
    """Importer A reads the index queue; importer B changes a record and
    queues it again; A clears what it indexed: B's change still waits."""
    from ingest.pipeline import Batch
    Batch(Fund(tmp_path / "fund"), jobs=1).run([deliver(tmp_path / "in", (51, 52))])
    a, b = Fund(tmp_path / "fund"), Fund(tmp_path / "fund")
    queue = a.index_queue()
    assert len(queue) == 2
    rec = b.get_record(queue[0][0])
    with b.transaction() as db:
        b.update_record_data(db, rec)          # B: the same record, queued again
    a.clear_index_queue(rid for rid, _ in queue)
    assert a.index_queue() == [(rec.id, "update")]
    a.close(), b.close()


def test_importers_at_once_each_catch_the_index_up_on_what_they_wrote(tmp_path, on_pg):
    """While B imports, A's catch-up indexes A's records and leaves B's in
    the journal for B (both taking the shared journal did the work twice);
    with B gone, a catch-up takes the rest."""
    from ingest.pipeline import Batch
    from search import index as ix
    from search.sync import sync_index
    a, b = Fund(tmp_path / "fund"), Fund(tmp_path / "fund")
    with b.importing():
        b_ids = {r for f in Batch(b, jobs=1).run([deliver(tmp_path / "b", (61, 62))])
                 for r in f.records}
        a_ids = {r for f in Batch(a, jobs=1, on_commit=lambda: sync_index(a)).run(
            [deliver(tmp_path / "a", (63, 64, 65))]) for r in f.records}
        assert len(a_ids) == 3 and len(b_ids) == 2
        assert a.others_importing() and not b.others_importing()
        assert {rid for rid, _ in a.index_queue()} == b_ids
        assert ix.stats(a.index_dir)["records"] == 3
    assert not a.others_importing()
    sync_index(a)
    assert a.index_queue() == [] and ix.stats(a.index_dir)["records"] == 5
    a.close(), b.close()
