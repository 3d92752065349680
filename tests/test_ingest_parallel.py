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
from pathlib import Path

import pytest

from ingest.formats import Limits
from ingest.fund import Fund
from ingest.pipeline import Batch
from search import index as ix
from search.engine import whoosh_store
from search.query import Query, search
from search.sync import sync_index

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
