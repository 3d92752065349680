"""The Whoosh index on disk: schema, version stamp, health, building and
updating; the only module that writes it.

* ``open_index(dir, records=None, on_message=None)`` — open, or heal: an
  index that is missing, outdated (``SCHEMA_VERSION`` or analyzer changed,
  see the stamp file ``actdesk-index.json`` beside the segments) or corrupt
  (missing ``.toc``, unreadable segment) is rebuilt from ``records`` (a
  callable returning records; by default the fund at ``dir.parent``) with a
  message through ``on_message`` (and logging).
* ``rebuild(dir, records, progress=None)`` — build a fresh index in a
  sibling directory and swap it in (readers keep their open files).
* ``update(dir, records)`` / ``delete(dir, ids)`` — incremental; the pipeline
  hook is ``on_catalog_commit(index_dir, records)``. ``update(…, procs=N)``
  has N worker processes analyse the records and write them as new segments
  (Whoosh's own ``SegmentWriter(_lk=False)``, as its multiprocessing writer
  does) while this process, holding the one writer, deletes the old versions
  and lists the segments in the table of contents: an import's analysis and
  posting writing leave the process that commits the catalog.
* One writer at a time (search/engine/lock.py).
"""
from __future__ import annotations

import atexit
import json
import os
import shutil
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Iterable

from whoosh import fields as wf
from whoosh import index as wi
from whoosh.writing import SegmentWriter

from ingest.records import Record
from search import analysis
from search.engine import whoosh_patches  # noqa: F401  (applied before any index is read)
from search.engine.documents import SCHEMA_VERSION, Document, document
from search.engine.interface import Message, RecordSource, SearchIndexError, say
from search.engine.lock import writer_lock

STAMP_FILE = "actdesk-index.json"
ENGINE = "whoosh"


# --- schema ----------------------------------------------------------------------

def make_schema() -> wf.Schema:
    ru = analysis.RussianAnalyzer()
    return wf.Schema(
        id=wf.ID(stored=True, unique=True),
        kind=wf.ID(stored=True),
        number=wf.ID,
        number_base=wf.ID,
        date=wf.ID(sortable=True),
        year=wf.ID,
        received=wf.ID(sortable=True),
        received_day=wf.ID,
        rubric=wf.KEYWORD(commas=True),
        level=wf.ID,
        status=wf.ID,
        body=wf.ID,
        publication=wf.ID,
        region=wf.ID,
        municipality=wf.ID,
        district=wf.ID,
        territory=wf.KEYWORD(commas=True),
        title=wf.TEXT(analyzer=ru, phrase=False),
        text=wf.TEXT(analyzer=ru, phrase=False),
        meta=wf.TEXT(analyzer=ru, phrase=False),
        pairs=wf.KEYWORD(scorable=True),
        data=wf.STORED,
    )


def whoosh_fields(doc: Document) -> dict:
    """The keyword arguments of Whoosh's ``add_document``: an empty text
    field is one empty term, a list of keys (rubrics) one comma-separated
    string (``KEYWORD(commas=True)``)."""
    out = {
        "id": doc.id,
        "title": doc.title or [""],
        "text": doc.text or [""],
        "meta": doc.meta or [""],
        "pairs": doc.pairs or [""],
        "data": doc.data,
    }
    for name, value in doc.keys.items():
        out[name] = ",".join(value) if isinstance(value, list) else value
    return out


# --- stamp and health --------------------------------------------------------------

def _stamp() -> dict:
    return {"schema_version": SCHEMA_VERSION, "engine": ENGINE,
            "morphology": analysis.MORPHOLOGY}


def _read_stamp(d: Path) -> dict | None:
    try:
        return json.loads((d / STAMP_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def check(index_dir) -> str | None:
    """Why the index cannot be used as is (None when healthy)."""
    d = Path(index_dir)
    if not d.is_dir():
        return "missing"
    st = _read_stamp(d)
    if st is None:
        return "missing version stamp"
    if st != _stamp():
        return (f"outdated (schema {st.get('schema_version')}, "
                f"needs {SCHEMA_VERSION})")
    try:
        if not wi.exists_in(str(d)):
            return "missing table of contents (.toc)"
        ix = wi.open_dir(str(d))
        try:
            with ix.searcher() as s:
                r = s.reader()
                n = r.doc_count_all()
                for fname in ("id", "kind"):
                    for _ in zip(range(3), r.lexicon(fname)):
                        pass
                if n:
                    r.stored_fields(n - 1)
                    r.stored_fields(0)
                    for t in zip(range(2), r.lexicon("id")):
                        list(r.postings("id", t[1]).all_ids())
        finally:
            ix.close()
    except Exception as e:  # any engine error here means: rebuild
        return f"corrupt ({type(e).__name__}: {e})"
    return None


def _default_source(d: Path) -> RecordSource | None:
    try:
        from ingest.fund import Fund  # the catalog; home = parent of index dir
    except ImportError:
        return None
    if not Fund.has_catalog(d.parent):
        return None
    try:
        fund = Fund(d.parent, create=False)
    except Exception:  # no fund there: nothing to rebuild from
        return None
    # linked copies (duplicate_of) are not indexed: the act is found once
    return lambda: (r for r in fund.iter_records() if not r.duplicate_of)


def open_index(index_dir, records: RecordSource | None = None,
               on_message: Message | None = None, timeout: float = 600.0) -> Path:
    """Make sure a usable index is at ``index_dir``, rebuilding it from
    ``records()`` (default: the fund at ``index_dir.parent``) when missing,
    outdated or corrupt. Returns the directory."""
    d = Path(index_dir)
    why = check(d)
    if why is None:
        return d
    src = records or _default_source(d)
    if src is None:
        raise SearchIndexError(f"search index {d} is {why} and no catalog to rebuild it "
                               f"from; run `actdesk reindex`")
    with writer_lock(d, timeout, on_message):
        why = check(d)  # someone may have healed it while we waited
        if why is None:
            return d
        say(on_message, f"search index {d} is {why}; rebuilding it from the catalog…")
        n = _rebuild_locked(d, src(), None)
        say(on_message, f"search index rebuilt: {n} records")
    return d


# --- writing ---------------------------------------------------------------------

def rebuild(index_dir, records: Iterable[Record], progress: Callable[[int], None] | None = None,
            on_message: Message | None = None, timeout: float = 600.0,
            procs: int | None = None, limitmb: int | None = None) -> int:
    """Build a fresh index from ``records`` and swap it in. Returns the count.

    ``limitmb``: Whoosh's posting pool per writer before it spills a sorted
    run to disk (merged at commit); default 256 MB in-process, 1024 MB per
    writer process when ``procs > 1`` (the processes end with the build):
    at 10 k records that took a 2-process build from 257 to 448 records/s."""
    d = Path(index_dir)
    with writer_lock(d, timeout, on_message):
        return _rebuild_locked(d, records, progress, procs=procs, limitmb=limitmb)


def _rebuild_locked(d: Path, records: Iterable[Record], progress, procs=None,
                    limitmb: int | None = None) -> int:
    tmp = d.parent / f".{d.name}.building-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True)
    try:
        ix = wi.create_in(str(tmp), make_schema())
        if procs is None:
            procs = 1
        if limitmb is None:
            limitmb = 1024 if procs > 1 else 256
        if procs > 1:
            w = ix.writer(procs=procs, multisegment=True, limitmb=limitmb)
        else:
            w = ix.writer(limitmb=limitmb)
        n = 0
        try:
            for r in records:
                w.add_document(**whoosh_fields(document(r)))
                n += 1
                if progress and n % 500 == 0:
                    progress(n)
        except BaseException:
            w.cancel()
            raise
        w.commit()
        ix.close()
        if progress:
            progress(n)
        (tmp / STAMP_FILE).write_text(json.dumps(_stamp()), "utf-8")
        _swap(tmp, d)
        return n
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _swap(new: Path, d: Path) -> None:
    old = None
    if d.exists():
        old = d.parent / f".{d.name}.old-{uuid.uuid4().hex[:8]}"
        os.rename(d, old)
    os.rename(new, d)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _ensure_writable(d: Path, on_message: Message | None) -> None:
    why = check(d)
    if why is not None:
        raise SearchIndexError(f"search index {d} is {why}; run `actdesk reindex`")


# Below this many records per worker a segment is written here: handing
# the records over would cost more than it saves.
MIN_SEGMENT = 32

_pool: tuple[int, ProcessPoolExecutor] | None = None


def _segment_pool(procs: int) -> ProcessPoolExecutor:
    """The processes that write segments, kept for the life of this process
    (their lemma caches warm up over an import)."""
    global _pool
    if _pool is None or _pool[0] != procs:
        close_segment_pool()
        _pool = (procs, ProcessPoolExecutor(procs))
    return _pool[1]


@atexit.register
def close_segment_pool() -> None:
    global _pool
    if _pool is not None:
        _pool[1].shutdown(wait=True, cancel_futures=True)
        _pool = None


def write_segment(index_dir: str, records: list[Record]):
    """In a worker: analyse ``records`` and write them as one new segment of
    the index at ``index_dir``, not yet listed in its table of contents (the
    caller holds the writer lock and lists it, or a later commit removes the
    unlisted files). Returns Whoosh's segment object."""
    ix = wi.open_dir(index_dir)
    w = SegmentWriter(ix, _lk=False)
    try:
        for r in records:
            w.add_document(**whoosh_fields(document(r)))
        return w._finalize_segment()
    except BaseException:
        w._close_segment()
        raise
    finally:
        ix.close()


def _chunks(records: list[Record], n: int) -> list[list[Record]]:
    size = -(-len(records) // n)
    return [records[i:i + size] for i in range(0, len(records), size)]


def _update_in_workers(d: Path, records: list[Record], procs: int) -> bool:
    """``update`` with the segments written by ``procs`` workers; this
    process deletes the replaced documents, runs the merge policy and
    commits the table of contents (the one writer). False when the workers
    failed (nothing was committed: the caller writes the records itself)."""
    ix = wi.open_dir(str(d))
    w = ix.writer()
    try:
        pool = _segment_pool(procs)
        futures = [pool.submit(write_segment, str(d), c) for c in _chunks(records, procs)]
        for r in records:
            w.delete_by_term("id", r.id)
        try:
            segments = [f.result() for f in futures]
        except Exception:
            close_segment_pool()   # a worker died (killed, out of memory): start afresh
            w.cancel()
            return False
        final = w._merge_segments(None, None, None)
        if w._added:  # the merge policy copied small segments into this writer
            final.append(w._finalize_segment())
        else:
            w._close_segment()
        w._commit_toc(final + segments)
        w._finish()
        return True
    except BaseException:
        if not w.is_closed:
            w.cancel()
        raise
    finally:
        ix.close()


def update(index_dir, records: Iterable[Record], on_message: Message | None = None,
           timeout: float = 600.0, source: RecordSource | None = None, procs: int = 1) -> int:
    """Add or replace ``records`` (by id). Heals the index first if needed
    (from ``source``/the fund; the new records are in the catalog already).
    ``procs`` > 1: the records are analysed and written by that many worker
    processes (see ``write_segment``); the index is the same."""
    d = Path(index_dir)
    # a record given twice is written once, the last (update_document cannot
    # replace a document added by the same writer)
    records = list({r.id: r for r in records}.values())
    if check(d) is not None:
        open_index(d, source, on_message, timeout)
        return len(records)  # the rebuild read them from the catalog
    with writer_lock(d, timeout, on_message):
        if procs > 1 and len(records) >= 2 * MIN_SEGMENT:
            procs = min(procs, len(records) // MIN_SEGMENT)
            if _update_in_workers(d, records, procs):
                return len(records)
        ix = wi.open_dir(str(d))
        w = ix.writer()
        try:
            for r in records:
                w.update_document(**whoosh_fields(document(r)))
        except BaseException:
            w.cancel()
            raise
        w.commit()
        ix.close()
    return len(records)


def delete(index_dir, ids: Iterable[str], on_message: Message | None = None,
           timeout: float = 600.0) -> int:
    """Remove records by id; returns how many documents were deleted."""
    d = Path(index_dir)
    _ensure_writable(d, on_message)
    with writer_lock(d, timeout, on_message):
        ix = wi.open_dir(str(d))
        w = ix.writer()
        n = 0
        try:
            for i in ids:
                n += w.delete_by_term("id", i)
        except BaseException:
            w.cancel()
            raise
        w.commit()
        ix.close()
    return n


def on_catalog_commit(index_dir, records: Iterable[Record],
                      on_message: Message | None = None) -> int:
    """The pipeline hook: called after the catalog commit with the new or
    changed records (ingest, tag, retag)."""
    return update(index_dir, records, on_message)


def stats(index_dir) -> dict:
    d = Path(index_dir)
    size = sum(f.stat().st_size for f in d.glob("*") if f.is_file())
    ix = wi.open_dir(str(d))
    try:
        n = ix.doc_count()
        segs = len(ix._segments())
    finally:
        ix.close()
    return {"records": n, "bytes": size, "segments": segs, **_stamp()}
