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
  posting writing leave the process that commits the catalog. Merging them
  is a worker's job as well (``merge_run``), running beside the import in a
  folder beside the index and listed by a later commit.
* One writer at a time (search/engine/lock.py).
"""
from __future__ import annotations

import bisect
import json
import math
import os
import shutil
import time
import uuid
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from whoosh import fields as wf
from whoosh import index as wi
from whoosh.writing import SegmentWriter

from ingest import workpool
from ingest.records import Record
from search import analysis
from search.engine import whoosh_patches  # noqa: F401  (applied before any index is read)
from search.engine import workers
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
            procs: int | None = None, limitmb: int | None = None, heal: bool = False
            ) -> int | None:
    """Build a fresh index from ``records`` and swap it in. Returns the count.
    ``heal``: only if the index is still unusable once the lock is held,
    else None (another process built it meanwhile).

    ``limitmb``: Whoosh's posting pool per writer before it spills a sorted
    run to disk (merged at commit); default 256 MB in-process, 1024 MB per
    writer process when ``procs > 1`` (the processes end with the build):
    at 10 k records that took a 2-process build from 257 to 448 records/s."""
    d = Path(index_dir)
    with writer_lock(d, timeout, on_message):
        if heal and check(d) is None:
            return None
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


# On Windows a folder cannot be renamed while a program holds a file in it
# open (the web page reading the index, an antivirus scanning the new
# segments); the hold is often brief, so the rename is tried again a few times.
SWAP_TRIES = 6
SWAP_WAIT = 0.25   # seconds, doubled each time (about 8 s in all)


def _rename(src: Path, dst: Path, tries: int = SWAP_TRIES, wait: float = SWAP_WAIT) -> None:
    for attempt in range(tries):
        try:
            os.rename(src, dst)
            return
        except PermissionError:
            if attempt == tries - 1:
                raise
            time.sleep(wait * (2 ** attempt))


def _swap(new: Path, d: Path) -> None:
    """Put the rebuilt index ``new`` in place of ``d``; the old one is kept
    until the new one stands, and put back when it cannot be moved in."""
    old = None
    if d.exists():
        old = d.parent / f".{d.name}.old-{uuid.uuid4().hex[:8]}"
        try:
            _rename(d, old)
        except PermissionError as ex:
            raise SearchIndexError(
                f"search index {d} is in use by another program (the web page `actdesk serve`, "
                f"another `actdesk`, an antivirus) and cannot be replaced: {ex.strerror or ex}; "
                "stop it and run `actdesk reindex` again (the index in use is unchanged)") from ex
    try:
        _rename(new, d)
    except OSError:
        if old is not None:
            os.rename(old, d)   # the old index back where it was
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _ensure_writable(d: Path, on_message: Message | None) -> None:
    why = check(d)
    if why is not None:
        raise SearchIndexError(f"search index {d} is {why}; run `actdesk reindex`")


# Below this many records per worker a segment is written here: handing
# the records over would cost more than it saves.
MIN_SEGMENT = 32
# An import under --jobs adds a segment per worker at every catch-up and
# merges nothing in the process that commits. Past MAX_SEGMENTS a worker
# merges MERGE_RUN adjacent segments of one size level (log base MERGE_RUN
# of the document count) into one, as Lucene's log merge policy does, while
# the import goes on (Whoosh copies about 330 documents a second: a merge
# waited for would stall it); the next catch-up lists the merged segment.
# 100,000 acts in segments of 500: each document copied about twice, at
# most 16 segments, the largest merge 18,500 documents
# (tests/test_ingest_parallel.py plays the policy through).
MAX_SEGMENTS = 10
MERGE_RUN = 6
# Whoosh's posting pool of a merge before it spills sorted runs to disk and
# merges them back (its default, 128 MB, spilled from 3,000 documents on:
# spilling and merging the runs were a third of a merge, and the merges the
# larger part of a worker's time at 12,000 acts, so an import slowed as its
# fund grew). One merge runs at a time, in one worker; a rebuild under
# --jobs takes as much per process. 9,000 acts merged: 3.2 -> 1.8 ms CPU a
# document, 620 MB resident. Desk PCs with little memory get less: an
# eighth of the machine's memory, never under Whoosh's default.
def _merge_limit_mb(ceiling: int = 1024, floor: int = 128) -> int:
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):   # Windows: no sysconf
        return floor * 2
    return max(floor, min(ceiling, total // 8 // 2**20))


MERGE_LIMITMB = _merge_limit_mb()


# the pool is search/engine/workers.py's (kept here under the old name)
close_segment_pool = workers.close_pool


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


def merge_segments(index_dir: str, scratch: str, segments: list):
    """In a worker: copy the live documents of ``segments`` (listed in the
    index at ``index_dir``, with the deletions marked when the merge began)
    into one new segment written in the folder ``scratch`` (outside the
    index: its commits delete unlisted segments), in their order. Returns
    it, or None when nothing in them is live."""
    from whoosh.reading import SegmentReader

    ix = wi.open_dir(index_dir)
    sx = wi.create_in(scratch, ix.schema)
    w = SegmentWriter(sx, _lk=False, limitmb=MERGE_LIMITMB)
    try:
        for seg in segments:
            r = SegmentReader(ix.storage, w.schema, seg)
            try:
                w.add_reader(r)
            finally:
                r.close()
        merged = w._finalize_segment()
        return merged if merged.doc_count_all() else None
    except BaseException:
        w._close_segment()
        raise
    finally:
        sx.close()
        ix.close()


def size_level(docs: int) -> int:
    return int(math.log(max(docs, 1), MERGE_RUN) + 1e-9)


def merge_run(sizes: list[int]) -> tuple[int, int] | None:
    """The adjacent segments (``[start, end)`` of ``sizes``, their document
    counts in index order) to merge into one: past ``MAX_SEGMENTS``, the
    first run of ``MERGE_RUN`` of the lowest level that has one; else None.
    Adjacent, so documents keep the order they were indexed in (the order
    of ties)."""
    if len(sizes) <= MAX_SEGMENTS:
        return None
    levels = [size_level(n) for n in sizes]
    for level in sorted(set(levels)):
        run = 0
        for i, lv in enumerate(levels):
            run = run + 1 if lv == level else 0
            if run == MERGE_RUN:
                return i + 1 - MERGE_RUN, i + 1
    return None


@dataclass
class _Merge:
    """A merge running in a worker: its sources as they were when it began."""

    future: Future
    scratch: Path
    sources: list[tuple[str, int, list[int]]]   # segment id, documents, deleted (sorted)


_merges: dict[Path, _Merge] = {}


def _begin_merge(d: Path, listed: list, pool) -> None:
    run = merge_run([s.doc_count_all() for s in listed])
    if run is None:
        return
    segs = listed[run[0]:run[1]]
    for left in d.parent.glob(f".{d.name}.merging-*"):   # by a batch killed an hour ago
        try:
            if left.stat().st_mtime < time.time() - 3600:
                shutil.rmtree(left, ignore_errors=True)
        except OSError:
            pass
    scratch = d.parent / f".{d.name}.merging-{uuid.uuid4().hex[:8]}"
    scratch.mkdir()
    fut = pool.submit(merge_segments, str(d), str(scratch), segs)
    _merges[d] = _Merge(fut, scratch, [(s.segment_id(), s.doc_count_all(),
                                        sorted(s.deleted_docs())) for s in segs])


def _adopt_merge(d: Path, listed: list, wait: bool) -> bool:
    """Put the merged segment of ``d``'s finished merge in the place of its
    sources in ``listed`` (the segments about to be committed), with the
    deletions marked on them since. A merge whose sources changed (merged
    by another writer) or which failed is dropped. False while it runs."""
    m = _merges.get(d)
    if m is None:
        return True
    if not wait and not m.future.done():
        return False
    del _merges[d]
    try:
        try:
            merged = m.future.result()
        except Exception:
            workers.failed()
            return True
        ids = [s.segment_id() for s in listed]
        first = m.sources[0][0]
        start = ids.index(first) if first in ids else -1
        if start < 0 or ids[start:start + len(m.sources)] != [sid for sid, _, _ in m.sources]:
            return True
        if merged is not None:
            base = 0
            for seg, (_, count, before) in zip(listed[start:], m.sources):
                for n in sorted(set(seg.deleted_docs()) - set(before)):
                    merged.delete_document(base + n - bisect.bisect_left(before, n))
                base += count - len(before)
            for f in m.scratch.glob(merged.segment_id() + "*"):
                os.replace(f, d / f.name)
        listed[start:start + len(m.sources)] = [merged] if merged is not None else []
        return True
    finally:
        shutil.rmtree(m.scratch, ignore_errors=True)


@contextmanager
def _listing_writer(d: Path) -> Iterator[SegmentWriter]:
    """The index's writer for a commit that only lists segments
    (``_list``); cancelled if the block fails before."""
    ix = wi.open_dir(str(d))
    w = ix.writer()
    try:
        yield w
    except BaseException:
        if not w.is_closed:
            w.cancel()
        raise
    finally:
        ix.close()


def _list(w: SegmentWriter, segments: list) -> None:
    """Commit the table of contents listing ``segments`` (and delete the
    files of those no longer listed)."""
    w._close_segment()
    w._commit_toc(segments)
    w._finish()


def _finish_merge(d: Path, timeout: float = 600.0) -> None:
    """Before the batch takes its workers back: wait for the merge still
    running and list its segment."""
    if d not in _merges:
        return
    with writer_lock(d, timeout, None), _listing_writer(d) as w:
        listed = list(w.segments)
        _adopt_merge(d, listed, wait=True)
        _list(w, listed)


def _update_in_workers(d: Path, records: list[Record], procs: int) -> bool:
    """``update`` with the segments written by ``procs`` workers; this
    process only deletes the replaced documents and commits the table of
    contents (the one writer). Merging is a worker's job too (``merge_run``):
    under a batch's workers it goes on beside the import and is listed at a
    later catch-up, or when the batch ends; otherwise it is waited for.
    False when the workers failed (nothing was committed: the caller writes
    the records itself)."""
    with _listing_writer(d) as w:
        pool = workers.pool(procs)
        futures = [pool.submit(write_segment, str(d), c) for c in workers.chunks(records, procs)]
        for r in records:
            w.delete_by_term("id", r.id)
        listed = list(w.segments)   # with the deletions just marked
        lent = workpool.borrow() is pool
        if _adopt_merge(d, listed, wait=False) and d not in _merges:
            _begin_merge(d, listed, pool)
            if lent and d in _merges:
                workpool.when_returned(pool, ("whoosh", d), lambda: _finish_merge(d))
        try:
            segments = [f.result() for f in futures]
        except Exception:
            workers.failed()
            w.cancel()
            return False
        if not lent:
            _adopt_merge(d, listed, wait=True)
        _list(w, listed + segments)
        return True


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


def compact(index_dir) -> None:
    """Nothing to do: the import merges segments as it goes (``merge_run``),
    where the PostgreSQL index needs its postings put in term order."""
    return None


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
