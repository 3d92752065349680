"""An import under ``--jobs``: worker processes write the index segments.

The acts are TXT files in the house style of corpus/acts.py (the fictional
Заречный муниципальный округ), made by the generator of
bench/ingest_parallel.py. The index written through the workers must answer
as one rebuilt from the catalog (the same ids, scores, totals and facet
counts; among equal scores the order is the order of indexing, which a
rebuild takes from the catalog) and exactly as the same import indexed by
this process alone.
"""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from ingest.formats import Limits
from ingest.fund import Fund
from ingest.pipeline import Batch
from search import index as ix
from search.engine import whoosh_store
from search.query import Query, search
from search.sync import sync_index
from tests.fixtures import records_written

BENCH = Path(__file__).resolve().parent.parent / "bench" / "ingest_parallel.py"

QUERIES = [
    "благоустройство территории",
    "ярмарки",
    "родительской платы",
    '"санитарной очистке"',
    "постановление № 12-п",
    "Садовая",
    "публичные слушания бюджет",
]


def _generator():
    spec = importlib.util.spec_from_file_location("bench_ingest_parallel", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _answers(index_dir, ties_by_id: bool = False) -> list:
    out = []
    for text in QUERIES:
        r = search(index_dir, Query(text=text, per_page=50, facets=True), snippets=False)
        hits = [(h.id, round(h.score, 9)) for h in r.hits]
        if ties_by_id:
            hits.sort(key=lambda h: (-h[1], h[0]))
        out.append((text, r.total, hits, r.facets))
    return out


def _found(answers: list) -> list:
    """What each query finds, scores aside."""
    return [(q, total, sorted(i for i, _ in hits), facets) for q, total, hits, facets in answers]


def _import(delivery, home: Path, procs: int) -> Fund:
    fund = Fund(home, create=True)
    Batch(fund, jobs=2, limits=Limits(ocr=False), commit_every=30,
          on_commit=lambda: sync_index(fund, procs=procs)).run(delivery)
    return fund


@pytest.fixture()
def imported(tmp_path, monkeypatch):
    """90 acts imported with two parse workers and two index workers; the
    index hand-overs that went through the workers are counted."""
    delivery = _generator().make_delivery(tmp_path / "delivery", 90)
    monkeypatch.setattr(whoosh_store, "MIN_SEGMENT", 8)
    handed = []
    real = whoosh_store._update_in_workers

    def counting(d, records, procs):
        done = real(d, records, procs)
        handed.append((len(records), procs, done))
        return done

    monkeypatch.setattr(whoosh_store, "_update_in_workers", counting)
    fund = _import(delivery, tmp_path / "fund", procs=2)
    yield fund, handed, delivery
    ix.close_engines()
    whoosh_store.close_segment_pool()


def test_index_written_by_workers_answers_as_a_rebuild(imported, tmp_path):
    fund, handed, delivery = imported
    # the first hook builds the index from the catalog; the later ones hand
    # their records to the two workers
    assert len(handed) >= 2 and all(done and procs == 2 for _, procs, done in handed)
    assert not fund.index_queue()
    indexed = [r for r in fund.iter_records() if not r.duplicate_of]
    assert ix.stats(fund.index_dir)["records"] == len(indexed) == 90

    rebuilt = tmp_path / "rebuilt"
    ix.rebuild(rebuilt, indexed)
    got = _answers(fund.index_dir)
    want = _answers(rebuilt, ties_by_id=True)
    assert all(total for _, total, _, _ in want)     # every query finds something
    assert _answers(fund.index_dir, ties_by_id=True) == want
    alone = _import(delivery, tmp_path / "alone", procs=1)
    assert _answers(alone.index_dir) == got


def test_records_given_again_replace_their_documents(imported, tmp_path):
    """A second hand-over of the same records (the journal replayed after a
    crash between the index commit and the queue's clearing) leaves one
    document per record, as this process's own update does."""
    fund, _, _ = imported
    before = _answers(fund.index_dir, ties_by_id=True)
    again = list(fund.iter_records())[:40]
    alone = tmp_path / "alone-index"
    shutil.copytree(fund.index_dir, alone)
    whoosh_store.update(fund.index_dir, again, procs=2)
    whoosh_store.update(alone, again, procs=1)
    assert ix.stats(fund.index_dir)["records"] == ix.stats(alone)["records"] == 90
    got = _answers(fund.index_dir, ties_by_id=True)
    assert got == _answers(alone, ties_by_id=True)
    # replaced documents stay in Whoosh's statistics until a merge: scores
    # move a little, what is found does not
    assert _found(got) == _found(before)


def test_a_segment_left_unlisted_is_removed_by_the_next_commit(imported):
    """A worker's segment written but never listed (the import killed before
    the index commit) is not searched, and the next commit deletes its files."""
    fund, _, _ = imported
    d = fund.index_dir
    before = _answers(d)
    orphan = whoosh_store.write_segment(str(d), list(fund.iter_records())[:10])
    name = orphan.segment_id()
    assert any(p.name.startswith(name) for p in d.iterdir())
    assert ix.check(d) is None and ix.stats(d)["records"] == 90
    whoosh_store.update(d, list(fund.iter_records())[:3])
    assert not any(p.name.startswith(name) for p in d.iterdir())
    assert _found(_answers(d)) == _found(before)


def test_merges_run_in_a_worker_beside_the_import(tmp_path, monkeypatch):
    """Past MAX_SEGMENTS a worker merges a run of segments while the batch
    goes on; the merged segment is listed at a later catch-up or when the
    batch ends, and the index answers as one rebuilt from the catalog."""
    delivery = _generator().make_delivery(tmp_path / "delivery", 90)
    monkeypatch.setattr(whoosh_store, "MIN_SEGMENT", 8)
    monkeypatch.setattr(whoosh_store, "MAX_SEGMENTS", 3)
    monkeypatch.setattr(whoosh_store, "MERGE_RUN", 2)
    begun = []
    real = whoosh_store.merge_run

    def spying(sizes):
        run = real(sizes)
        if run:
            begun.append(sum(sizes[run[0]:run[1]]))
        return run

    monkeypatch.setattr(whoosh_store, "merge_run", spying)
    fund = Fund(tmp_path / "fund", create=True)
    Batch(fund, jobs=2, limits=Limits(ocr=False), commit_every=20,
          on_commit=lambda: sync_index(fund, procs=2)).run(delivery)
    try:
        d = fund.index_dir
        assert begun and not whoosh_store._merges
        assert not list(d.parent.glob(".index.merging-*"))   # the scratch folders are gone
        st = ix.stats(d)
        assert st["records"] == 90 and st["segments"] <= 6
        indexed = [r for r in fund.iter_records() if not r.duplicate_of]
        rebuilt = tmp_path / "rebuilt"
        ix.rebuild(rebuilt, indexed)
        got, want = _answers(d), _answers(rebuilt)
        assert _found(got) == _found(want)
        # a merged segment keeps Whoosh's one-byte field lengths, not the
        # exact ones (as Whoosh's own merges do): the mean length, and with
        # it every score, moves a little
        for (_, _, hits, _), (_, _, ref, _) in zip(got, want):
            ref = dict(ref)
            assert all(abs(score - ref[i]) <= 0.01 * ref[i] for i, score in hits)
    finally:
        ix.close_engines()


def test_records_deleted_while_their_segments_merge_stay_deleted(imported, tmp_path,
                                                                 monkeypatch):
    """Records given again while a worker merges the segments that hold
    their old versions: the merged segment is listed with those versions
    deleted (one document per record), as when this process does it all."""
    from concurrent.futures import ProcessPoolExecutor

    from ingest import workpool

    fund, _, _ = imported
    d = fund.index_dir
    records = list(fund.iter_records())
    alone = tmp_path / "alone-index"
    shutil.copytree(d, alone)
    monkeypatch.setattr(whoosh_store, "MAX_SEGMENTS", 2)
    monkeypatch.setattr(whoosh_store, "MERGE_RUN", 2)
    with ProcessPoolExecutor(2) as pool, workpool.lent(pool):
        whoosh_store.update(d, records[:30], procs=2)      # begins a merge
        assert d in whoosh_store._merges
        sources = {sid for sid, _, _ in whoosh_store._merges[d].sources}
        whoosh_store.update(d, records, procs=2)           # every old version deleted
    assert not whoosh_store._merges and sources
    assert not sources & {s.segment_id() for s in whoosh_index_segments(d)}
    for again in (records[:30], records):
        whoosh_store.update(alone, again)
    assert ix.stats(d)["records"] == ix.stats(alone)["records"] == 90
    assert _found(_answers(d)) == _found(_answers(alone))


def whoosh_index_segments(d):
    from whoosh import index as wi
    x = wi.open_dir(str(d))
    try:
        return x._segments()
    finally:
        x.close()


def test_the_merge_policy_keeps_100k_acts_in_few_segments_copied_twice():
    """The log merge policy played through an import of 100,000 acts caught
    up 1,000 at a time by two workers (segments of 500)."""
    sizes, copied, largest, most = [1000], 0, 0, 0
    for _ in range(99):
        run = whoosh_store.merge_run(sizes)
        if run:
            merged = sum(sizes[run[0]:run[1]])
            copied, largest = copied + merged, max(largest, merged)
            sizes[run[0]:run[1]] = [merged]
        sizes += [500, 500]
        most = max(most, len(sizes))
    assert sum(sizes) == 100_000
    assert most <= 16 and copied <= 2 * 100_000 and largest <= 20_000


def test_postgresql_rows_made_by_the_workers_answer_as_a_rebuild(tmp_path, pg_server,
                                                                 monkeypatch):
    """On the PostgreSQL engine the workers analyse the records and make
    the rows (tsvectors, term counts); this process only sends them."""
    from search.engine import pg_store
    from tests.pgserver import create_database

    monkeypatch.setenv(pg_store.URL_ENV, create_database(pg_server, "ingest_parallel"))
    monkeypatch.setattr(pg_store, "MIN_ROWS", 8)
    delivery = _generator().make_delivery(tmp_path / "delivery", 60)
    sent = []
    real = pg_store.Store.update

    def counting(self, records, prepared=None):
        sent.append(prepared is not None)
        return real(self, records, prepared)

    monkeypatch.setattr(pg_store.Store, "update", counting)
    fund = Fund(tmp_path / "fund", create=True)
    Batch(fund, jobs=2, limits=Limits(ocr=False), commit_every=20,
          on_commit=lambda: sync_index(fund, procs=2)).run(delivery)
    try:
        # the first catch-up too: a new fund's index is the journal replayed
        assert len(sent) >= 3 and all(sent)
        assert not fund.index_queue()
        indexed = [r for r in fund.iter_records() if not r.duplicate_of]
        assert ix.stats(fund.index_dir)["records"] == len(indexed) == 60
        rebuilt = tmp_path / "rebuilt"
        ix.rebuild(rebuilt, indexed)
        # among equal scores the order is the order of indexing
        assert _answers(fund.index_dir, ties_by_id=True) == _answers(rebuilt, ties_by_id=True)
    finally:
        ix.close_engines()


def test_a_record_changed_while_the_index_is_written_stays_in_the_journal(tmp_path, pg_server,
                                                                          monkeypatch):
    """On PostgreSQL the rows go to the database beside the import; a record
    the import changes meanwhile (a later act repeals it) is not cleared
    from the journal with the others, and the next catch-up writes it."""
    from concurrent.futures import ProcessPoolExecutor
    from dataclasses import replace

    from ingest import workpool
    from search.engine import pg_store
    from tests.pgserver import create_database

    monkeypatch.setenv(pg_store.URL_ENV, create_database(pg_server, "journal_race"))
    monkeypatch.setattr(pg_store, "MIN_ROWS", 8)
    fund = Fund(tmp_path / "fund", create=True)
    Batch(fund, jobs=1, limits=Limits(ocr=False)).run(
        _generator().make_delivery(tmp_path / "delivery", 40))
    rec = next(r for r in fund.iter_records() if not r.duplicate_of)
    changed = replace(rec, status={"state": "repealed", "by": "постановление № 7-п"})
    try:
        with ProcessPoolExecutor(2) as pool, workpool.lent(pool):
            sync_index(fund, procs=2)       # the rows are on their way
            with fund.transaction() as db:
                fund.update_record_data(db, changed)
        assert fund.index_queue() == [(rec.id, "update")]
        assert ix.stats(fund.index_dir)["records"] == 40
        in_force = Query(in_force=True, per_page=50)
        assert rec.id in {h.id for h in search(fund.index_dir, in_force, snippets=False).hits}
        sync_index(fund)
        assert not fund.index_queue()
        assert rec.id not in {h.id for h in search(fund.index_dir, in_force,
                                                   snippets=False).hits}
    finally:
        ix.close_engines()


_KILLED_IMPORT = """
import sys
from pathlib import Path
from ingest.formats import Limits
from ingest.fund import Fund
from ingest.pipeline import Batch
from search.engine import whoosh_store
from search.sync import sync_index
whoosh_store.MIN_SEGMENT, whoosh_store.MAX_SEGMENTS, whoosh_store.MERGE_RUN = 4, 3, 2
fund = Fund(sys.argv[1], create=True)
Batch(fund, jobs=2, limits=Limits(ocr=False), commit_every=10,
      on_commit=lambda: sync_index(fund, procs=2)).run([Path(sys.argv[2])])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
@pytest.mark.parametrize("engine_name", ["whoosh", "postgresql"])
def test_kill_9_while_workers_write_the_index_then_rerun(tmp_path, engine_name, request):
    """An import killed (with its workers) while segments are written and
    merged, or rows sent: the rerun replays the journal and the index
    answers as one rebuilt from the catalog."""
    import os
    import signal
    import subprocess
    import time

    env = dict(os.environ, PYTHONPATH=str(BENCH.parent.parent))
    env.pop("ACTDESK_DATABASE_URL", None)
    if engine_name == "postgresql":
        from tests.pgserver import create_database
        env["ACTDESK_DATABASE_URL"] = create_database(request.getfixturevalue("pg_server"),
                                                      "killed_import")
    delivery = _generator().make_delivery(tmp_path / "delivery", 150)[0]
    home = tmp_path / "fund"
    cmd = [sys.executable, "-c", _KILLED_IMPORT, str(home), str(delivery)]
    proc = subprocess.Popen(cmd, env=env, start_new_session=True, stderr=subprocess.PIPE)
    # the catalog is where the importer writes it: the database of the URL
    # (catalog and index both in PostgreSQL), else catalog.sqlite
    url = env.get("ACTDESK_DATABASE_URL", "")

    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if home.exists() and records_written(home, url) >= 60:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the import ended before the kill"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert records_written(home, url) < 150
    subprocess.run(cmd, env=env, check=True, stderr=subprocess.DEVNULL)
    fund = Fund(home, url=url)
    assert not fund.index_queue() and fund.count_records() == 150
    with pytest.MonkeyPatch.context() as mp:
        if engine_name == "postgresql":
            mp.setenv("ACTDESK_DATABASE_URL", env["ACTDESK_DATABASE_URL"])
        else:
            mp.delenv("ACTDESK_DATABASE_URL", raising=False)
        try:
            indexed = [r for r in fund.iter_records() if not r.duplicate_of]
            assert ix.stats(fund.index_dir)["records"] == len(indexed)
            rebuilt = tmp_path / "rebuilt"
            ix.rebuild(rebuilt, indexed)
            assert _found(_answers(fund.index_dir)) == _found(_answers(rebuilt))
        finally:
            ix.close_engines()
