"""The search index: building, incremental updates, healing, the writer lock.

Records: ``tests.fixtures.sample_records`` (requisites and titles from
../shared/realdocs/gold.jsonl, texts written in the acts' own style).
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import time

import pytest

from ingest.numbers import number_base, number_key
from ingest.records import Record
from search import index as ix
from search import analysis
from search.engine import whoosh_store
from tests.fixtures import sample_records


@pytest.fixture()
def built(tmp_path):
    d = tmp_path / "index"
    n = ix.rebuild(d, sample_records())
    assert n == 13
    yield d
    ix.close_engines()


def test_analyzer_morphology_and_yo():
    a = analysis.RussianAnalyzer()
    got = [t.text for t in a("Ярмарки ярмарок ЁЛОЧНЫХ базаров 131-ФЗ 12/3")]
    assert got.count("ярмарка") == 2
    assert "елочный" in got and "ё" not in "".join(got)
    assert "131-фз" in got and "12/3" in got
    # й stays й (no generic accent folding)
    assert analysis.lemma("района") == "район"


def test_analyzer_is_picklable():
    import pickle
    a = pickle.loads(pickle.dumps(analysis.RussianAnalyzer()))
    assert [t.text for t in a("выборах")] == ["выборы"]


def test_requisite_normalisation():
    assert number_key("№ 145 - П") == "145-п"
    assert number_key("12 / 3") == "12/3"
    assert number_base("06") == "6"
    assert number_base("17-л/с") == "17"
    assert ix.norm_body("ФЕДЕРАЛЬНАЯ СЛУЖБА (ФСТЭК России)") == "федеральная служба"
    assert ix.rubric_keys(["social.disabled", "budget"]) == ["social", "social.disabled", "budget"]


def test_build_stamp_and_stats(built):
    st = json.loads((built / ix.STAMP_FILE).read_text())
    assert st["schema_version"] == ix.SCHEMA_VERSION
    assert ix.check(built) is None
    s = ix.stats(built)
    assert s["records"] == 13


def test_update_and_delete(built):
    from search.query import search
    r = sample_records()[0]
    changed = Record(**{**r.__dict__, "title": "О переносе кладбища в деревню Снежка"})
    ix.update(built, [changed])
    assert search(built, "Снежка").total == 1
    assert search(built, "Фокинского").total == 0
    assert ix.stats(built)["records"] == 13
    assert ix.delete(built, ["r01"]) == 1
    assert search(built, "Снежка").total == 0
    assert ix.on_catalog_commit(built, [r]) == 1
    assert search(built, "Фокинского").total == 1


def _heal_and_check(d, why_part):
    why = ix.check(d)
    assert why is not None and why_part in why
    msgs = []
    ix.open_index(d, records=sample_records, on_message=msgs.append)
    assert ix.check(d) is None
    assert any("rebuilding" in m for m in msgs)
    assert ix.stats(d)["records"] == 13


def test_heal_missing_toc(built):
    for f in built.glob("*.toc"):
        f.unlink()
    _heal_and_check(built, ".toc")


def test_heal_corrupt_segment(built):
    seg = max(built.glob("*.seg"), key=lambda f: f.stat().st_size)
    data = seg.read_bytes()
    seg.write_bytes(data[: len(data) // 3])
    _heal_and_check(built, "corrupt")


def test_heal_garbage_segment(built):
    seg = max(built.glob("*.seg"), key=lambda f: f.stat().st_size)
    seg.write_bytes(os.urandom(seg.stat().st_size))
    _heal_and_check(built, "corrupt")


def test_heal_version_mismatch(built):
    st = json.loads((built / ix.STAMP_FILE).read_text())
    st["schema_version"] = ix.SCHEMA_VERSION - 1
    (built / ix.STAMP_FILE).write_text(json.dumps(st))
    _heal_and_check(built, "outdated")


def test_heal_missing_dir_and_no_source(tmp_path, monkeypatch):
    monkeypatch.setattr(whoosh_store, "_default_source", lambda d: None)
    with pytest.raises(ix.SearchIndexError, match="actdesk reindex"):
        ix.open_index(tmp_path / "nothing" / "index")
    # an empty catalog is a valid, empty index
    d = tmp_path / "empty" / "index"
    ix.open_index(d, records=lambda: [])
    assert ix.check(d) is None


def _hold_lock(d, seconds, ready):
    with ix.writer_lock(d):
        ready.set()
        time.sleep(seconds)


def test_second_writer_waits_with_message(built):
    ctx = mp.get_context("fork")
    ready = ctx.Event()
    p = ctx.Process(target=_hold_lock, args=(str(built), 1.0, ready))
    p.start()
    try:
        assert ready.wait(10)
        msgs = []
        t = time.monotonic()
        ix.update(built, sample_records()[:1], on_message=msgs.append)
        assert time.monotonic() - t >= 0.5
        assert msgs and "waiting" in msgs[0]
        assert f"pid {p.pid}" in msgs[0]  # the holder is named
    finally:
        p.join(10)


def test_a_killed_writer_leaves_no_stale_lock(built):
    """The operating system releases the lock of a writer that dies (kill -9):
    the next writer goes on at once."""
    ctx = mp.get_context("fork")
    ready = ctx.Event()
    p = ctx.Process(target=_hold_lock, args=(str(built), 60.0, ready))
    p.start()
    assert ready.wait(10)
    p.kill()
    p.join(10)
    t = time.monotonic()
    assert ix.update(built, sample_records()[:1], timeout=5) == 1
    assert time.monotonic() - t < 5


def test_writer_gives_up_with_clear_error(built):
    ctx = mp.get_context("fork")
    ready = ctx.Event()
    p = ctx.Process(target=_hold_lock, args=(str(built), 2.0, ready))
    p.start()
    try:
        assert ready.wait(10)
        with pytest.raises(ix.IndexBusy, match="still being written"):
            ix.update(built, sample_records()[:1], timeout=0.3)
    finally:
        p.join(10)


def test_search_while_writing(built):
    """A reader keeps answering from the last commit while a writer works."""
    from search.query import search
    assert search(built, "ярмарка").total >= 2
    with ix.writer_lock(built):
        assert search(built, "ярмарка").total >= 2


def test_rebuild_swaps_under_open_searcher(built):
    from search.query import search
    assert search(built, "выборы").total == 3
    ix.rebuild(built, sample_records()[:8])
    assert search(built, "выборы").total == 2


def test_own_scoring_equals_whooshs_exhaustive_scoring(built, monkeypatch):
    """Engine scores many matches leaf by leaf from posting blocks instead of
    Whoosh's matcher tree: same scores, same order (ties by document number)
    as Whoosh scoring every match — also with deletions and several
    segments, NOTs, phrases, requisites and filters."""
    from search.query import Query, search, more_like_this
    r = sample_records()
    # a second segment and a deletion in the first one
    ix.update(built, [Record(**{**r[1].__dict__, "title": r[1].title + " и базаров"})])
    ix.delete(built, ["r05"])
    queries = [Query(text=t) for t in (
        "ярмарка", "выборы депутатов", "спортивная школа", "организации ярмарки",
        '"местного самоуправления"', "выборы -ученического", "похороны",
        "постановление 145", "решение № 12/3", "кладбище OR ярмарка",
        "приказ 17", "муниципальной программы 2024 года")]
    queries += [Query(text="выборы", kind=["распоряжение"]),
                Query(text="организации", date_from="2003-01-01", date_to="2024-06-30"),
                Query(text="учреждение", sort="relevance", per_page=3, page=2)]

    def run(mode):
        monkeypatch.setattr(ix.Engine, "SCORER", mode)
        monkeypatch.setattr(ix.Engine, "SCORE_ALL", mode == "whoosh")
        out = [[(h.id, round(h.score, 6)) for h in search(built, q).hits] for q in queries]
        out.append([(h.id, round(h.score, 6)) for h in more_like_this(built, "r02").hits])
        return out

    own, whoosh = run("own"), run("whoosh")
    assert own == whoosh
    assert all(own[:5]) and "r05" not in {i for hits in own for i, _ in hits}


def test_date_range_by_whole_years_equals_the_dates_in_range(built):
    """A date range is read as whole years (the year field) plus the dates
    of the years it cuts; the documents are those of every date in range."""
    ix.update(built, [Record(**{**sample_records()[6].__dict__, "id": "r99", "date": "2023"})])
    e = ix.engine(built)
    for lo, hi in [("2024-01-01", "2024-12-31"), ("2003-01-01", "2024-06-03"),
                   ("2014-05-21", "2023-09-14"), ("2011-03-05", ""), ("", "2019-08-27"),
                   ("2023-01-01", "2023-12-31"), ("2023", "2023-06-01"), ("2030-01-01", ""),
                   ("2022-02-10", "2022-02-10"), ("", "")]:
        assert e._date_range_mask(lo, hi) == e._terms_range_mask("date", lo, hi), (lo, hi)
    assert e._date_range_mask("2024-01-01", "2024-12-31").bit_count() == 4


def test_segment_files_are_read_through_the_mmap_without_a_copy():
    """Whoosh's compound segments hand sub-files to ``BufferFile``; ours
    reads through the memoryview (no BytesIO copy of the whole sub-file)."""
    import pickle
    from whoosh.filedb import compound
    from search.engine.whoosh_patches import _ViewFile
    assert compound.BufferFile is _ViewFile
    data = pickle.dumps((1, 2, "x"), 2) + pickle.dumps([3], 2) + b"abc\n" + b"y" * 9000 + b"\nend"
    f = _ViewFile(memoryview(data))
    assert f.read_pickle() == (1, 2, "x") and f.read_pickle() == [3]
    assert f.readline() == b"abc\n" and f.readline() == b"y" * 9000 + b"\n"
    assert f.read() == b"end" and f.read() == b""
    f.seek(-3, 2)
    assert f.tell() == len(data) - 3 and f.get(0, 2) == data[:2]
    sub = f.subset(len(data) - 3, 3)
    assert sub.read() == b"end"


def test_the_whoosh_backend_has_the_interface_the_query_layer_calls(built):
    """search/engine/interface.py writes down what the query layer calls; the
    facade (the Whoosh backend) and its engine have every member, with at
    least the parameters named there."""
    import inspect
    from search.engine import interface

    for proto, obj in ((interface.Backend, ix), (interface.Engine, ix.engine(built))):
        names = {n for n in [*vars(proto), *proto.__annotations__] if not n.startswith("_")}
        assert names, proto
        for name in names:
            assert hasattr(obj, name), (proto.__name__, name)
            want = getattr(proto, name, None)
            if callable(want):
                params = list(inspect.signature(want).parameters)[1:]  # less self
                have = inspect.signature(getattr(obj, name)).parameters
                assert set(params) <= set(have), (proto.__name__, name)


def _windows_rename(blocked, real=os.rename):
    """os.rename as Windows behaves while another program holds a file in ``blocked``
    (how many more times it refuses: a list of one int)."""
    def rename(src, dst):
        if blocked[0] and os.path.basename(str(src)) == "index":
            blocked[0] -= 1
            raise PermissionError(13, "The process cannot access the file because it is being used")
        return real(src, dst)
    return rename


def test_a_rebuild_waits_for_a_brief_hold_on_the_index(built, monkeypatch):
    """An antivirus or a reader holding a file for a moment: the swap is tried again."""
    from search.query import search
    monkeypatch.setattr(whoosh_store, "SWAP_WAIT", 0.01)
    monkeypatch.setattr(whoosh_store.os, "rename", _windows_rename([2]))
    ix.rebuild(built, sample_records()[:8])
    assert search(built, "выборы").total == 2


def test_a_rebuild_over_an_index_held_open_says_so_and_keeps_the_old_one(built, monkeypatch):
    from search.query import search
    monkeypatch.setattr(whoosh_store, "SWAP_WAIT", 0.01)
    monkeypatch.setattr(whoosh_store.os, "rename", _windows_rename([99]))
    with pytest.raises(ix.SearchIndexError, match="in use by another program.*reindex"):
        ix.rebuild(built, sample_records()[:8])
    monkeypatch.undo()
    assert search(built, "выборы").total == 3      # the index in use is unchanged
    assert not [p for p in built.parent.iterdir() if p.name not in ("index", "index.lock")]  # no copy left
