"""The search index: the only module that imports whoosh.

The catalog (ingest/fund.py) is the source of truth; this index is a cache
rebuilt from it at will. Everything Whoosh-specific stays behind the
functions below, so a faster engine (tantivy, ...) can replace this module
without touching search/query.py:

* ``open_index(dir, records=None, on_message=None)`` — open, or heal: an
  index that is missing, outdated (``SCHEMA_VERSION`` or analyzer changed,
  see the stamp file ``actdesk-index.json`` beside the segments) or corrupt
  (missing ``.toc``, unreadable segment) is rebuilt from ``records`` (a
  callable returning records; by default the fund at ``dir.parent``) with a
  message through ``on_message`` (and logging).
* ``rebuild(dir, records, progress=None)`` — build a fresh index in a
  sibling directory and swap it in (readers keep their open files).
* ``update(dir, records)`` / ``delete(dir, ids)`` — incremental; the pipeline
  hook is ``on_catalog_commit(index_dir, records)``.
* One writer at a time: an exclusive ``flock`` on ``<dir>.lock``; a second
  writer waits (``on_message`` says so once) up to ``timeout`` seconds, then
  raises ``IndexBusy`` naming the holder. Readers never take the lock: they
  see the last committed generation.
* ``Engine`` — what search/query.py executes its engine-neutral plan on:
  tuples ``("term", field, text, boost)``, ``("and", [..])``, ``("or", [..])``,
  ``("not", node)`` (inside "and"), ``("dismax", [..], tiebreak)``,
  ``("range", field, lo, hi)``, ``("all",)``.

Requisites are indexed whole and exact in keyword fields (``number``,
``number_base``, ``date``, ``year``, ``kind``, ``rubric`` with parents,
``level``, ``body``, ``publication``); words are in ``title``, ``text`` and
``meta`` (body and publication words), analysed by
``search.analysis.RussianAnalyzer``; ``pairs`` holds adjacent-lemma
shingles so phrases are exact-term conjunctions, not positional scans.
"""
from __future__ import annotations

import collections
import errno
import fcntl
import heapq
import itertools
import json
import logging
import os
import re
import shutil
import threading
import time
import uuid
import zlib
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field as dc_field
from pathlib import Path
from typing import Callable, Iterable

from whoosh import fields as wf
from whoosh import index as wi
from whoosh import query as wq
from whoosh.qparser import QueryParser  # noqa: F401  (never used on user input)
from whoosh.filedb import compound as _wcompound
from whoosh.filedb.structfile import BufferFile as _BufferFile
from whoosh.codec import whoosh3 as _w3

from ingest.numbers import number_base, number_key
from ingest.records import Record
from search import analysis

log = logging.getLogger("actdesk.search.index")

# 2: received_day (received-period filters and counts); 3: handwritten digits;
# 4: status (in force / repealed: the "только действующие" filter); 5: number keys
# from ingest/numbers.py (U+2010 dashes and ё matched as the catalog matches them)
SCHEMA_VERSION = 5
STAMP_FILE = "actdesk-index.json"
ENGINE = "whoosh"

Message = Callable[[str], None]
RecordSource = Callable[[], Iterable[Record]]


class SearchIndexError(Exception):
    """The index cannot be used and cannot be healed here (the message says
    what to run)."""


class IndexBusy(SearchIndexError):
    """Another writer kept the index longer than we were willing to wait."""


_QUOTES = re.compile(r"[«»„“”\"'`]")


def norm_body(s: str | None) -> str:
    """Issuing body as a filter key: folded, quotes dropped, whitespace
    collapsed, a parenthesised abbreviation removed."""
    if not s:
        return ""
    s = analysis.fold(s)
    # "Правительство РФ" as printed is the same body as "… Российской Федерации"
    s = re.sub(r"(?<![\w])рф(?![\w])", "российской федерации", s)
    s = re.sub(r"\([^)]*\)", " ", s)
    s = _QUOTES.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


def rubric_keys(codes: Iterable[str]) -> list[str]:
    """Codes plus their parents: ``social.disabled`` -> also ``social``."""
    out: list[str] = []
    for c in codes:
        parts = c.split(".")
        for i in range(1, len(parts) + 1):
            k = ".".join(parts[:i])
            if k not in out:
                out.append(k)
    return out


# --- reading segment files without copying them -------------------------------

class _ViewIO:
    """A read-only file over a memoryview (a slice of the segment's mmap).

    Whoosh's compound storage hands each sub-file (postings, term index,
    columns) to ``BufferFile``, which wraps it in ``BytesIO(buf)``: that
    *copies* the whole sub-file into the heap (at 100 k records ~870 MB of
    anonymous memory, plus every page of the mmap touched by the copy). Read
    through the view instead: only the pages a query touches are resident,
    and they are the kernel's (reclaimable) page cache."""

    __slots__ = ("_buf", "_pos", "_len", "closed")

    def __init__(self, buf):
        self._buf = buf
        self._pos = 0
        self._len = len(buf)
        self.closed = False

    def read(self, size=-1):
        p = self._pos
        e = self._len if size is None or size < 0 else min(self._len, p + size)
        if e <= p:
            return b""
        self._pos = e
        return self._buf[p:e].tobytes()

    def peek(self, size=0):
        # lets the C unpickler parse a block header from one prefetch
        # instead of calling read() per opcode
        p = self._pos
        return self._buf[p:min(self._len, p + max(size, 4096))].tobytes()

    def readline(self, size=-1):
        p = self._pos
        e = self._len if size is None or size < 0 else min(self._len, p + size)
        q = p
        while q < e:  # look for the newline a chunk at a time (no big copy)
            i = self._buf[q:min(e, q + 4096)].tobytes().find(b"\n")
            if i >= 0:
                return self.read(q + i + 1 - p)
            q += 4096
        return self.read(e - p)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += self._len
        self._pos = max(0, pos)
        return self._pos

    def tell(self):
        return self._pos

    def close(self):
        self.closed = True
        self._buf = memoryview(b"")


class _ViewFile(_BufferFile):
    """``BufferFile`` without the copy (see ``_ViewIO``)."""

    def __init__(self, buf, name=None, onclose=None):
        self._buf = buf
        self._name = name
        self.file = _ViewIO(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False

    def subset(self, position, length, name=None):
        return _ViewFile(self._buf[position:position + length], name=name or self._name)


_wcompound.BufferFile = _ViewFile
# posting ids are stored as deltas; Whoosh decodes them with a Python
# generator, itertools.accumulate yields the same running sums in C
_w3.delta_decode = itertools.accumulate


def _doc_field_length(self, docnum, fieldname, default=0):
    """Whoosh's ``W3PerDocReader.doc_field_length`` (same results) reading
    the field's length bytes once instead of a column lookup per call: it is
    called for every posting written at commit and every match it scores."""
    if docnum > self._doccount:
        raise IndexError("Asked for docnum %r of %d" % (docnum, self._doccount))
    cache = self.__dict__.get("_actdesk_lengths")
    if cache is None:
        cache = self._actdesk_lengths = {}
    codes = cache.get(fieldname)
    if codes is None:
        rd = self._cached_reader(_w3._lenfield(fieldname), _w3.LENGTHS_COLUMN)
        codes = cache[fieldname] = (False if rd is None
                                    else rd._dbfile.get(rd._basepos, rd._count))
    if codes is False:
        return default
    lbyte = codes[docnum] if docnum < len(codes) else 0
    if lbyte:
        return _w3.byte_to_length(lbyte)


_W3_DOC_FIELD_LENGTH = _w3.W3PerDocReader.doc_field_length  # Whoosh's own
_w3.W3PerDocReader.doc_field_length = _doc_field_length


# --- schema --------------------------------------------------------------------

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
        title=wf.TEXT(analyzer=ru, phrase=False),
        text=wf.TEXT(analyzer=ru, phrase=False),
        meta=wf.TEXT(analyzer=ru, phrase=False),
        pairs=wf.KEYWORD(scorable=True),
        data=wf.STORED,
    )


FACET_FIELDS = ("kind", "year", "rubric", "body", "level")


def _doc(r: Record) -> dict:
    """The index document of a record. Text fields are handed over already
    analysed (term lists), so each text is analysed once for words and
    shingles."""
    title = r.title or ""
    text = r.text or ""
    pub = r.publication.name if r.publication and r.publication.name else ""
    t_title, tprim = analysis.index_terms(title)
    body_terms, prim = analysis.index_terms(text)
    pairs = {f"{a}_{b}" for seq in (tprim, prim) for a, b in zip(seq, seq[1:])}
    meta = analysis.terms(" ".join(x for x in (r.body or "", pub) if x))
    codes = [rb.code for rb in r.rubrics]
    data = {
        "id": r.id, "kind": r.kind, "number": r.number, "date": r.date,
        "title": r.title, "body": r.body, "level": r.level,
        "rubrics": [rb.to_dict() for rb in r.rubrics],
        "file_name": r.source.file_name, "received_at": r.received_at,
        "publication": r.publication.to_dict() if r.publication else None,
        "z": zlib.compress(text.encode("utf-8"), 3),
    }
    doc = {
        "id": r.id,
        "title": t_title or [""],
        "text": body_terms or [""],
        "meta": meta or [""],
        "pairs": sorted(pairs) or [""],
        "data": data,
    }

    def put(name, value):
        if value:
            doc[name] = value

    put("kind", analysis.fold(r.kind) if r.kind else "")
    put("number", number_key(r.number))
    # digits read from handwriting whose suffix stayed unread (2067 of
    # 2067-зп): found by a question with the number, never as the number
    hand = (r.handwritten or {}).get("number_digits") if not r.number else None
    put("number_base", number_base(r.number or hand))
    put("date", r.date or "")
    put("year", (r.date or "")[:4])
    put("received", r.received_at or "")
    put("received_day", (r.received_at or "")[:10])
    put("rubric", ",".join(rubric_keys(codes)))
    put("level", r.level or "")
    # repealed by a note of its print or by an act of the fund (ingest.status);
    # everything else counts as in force for "только действующие"
    put("status", "repealed" if (r.status or {}).get("state") == "repealed" else "in_force")
    put("body", norm_body(r.body))
    put("publication", norm_body(pub))
    return doc


# --- stamp, locking, health ------------------------------------------------------

def _stamp() -> dict:
    return {"schema_version": SCHEMA_VERSION, "engine": ENGINE,
            "morphology": analysis.MORPHOLOGY}


def _read_stamp(d: Path) -> dict | None:
    try:
        return json.loads((d / STAMP_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def _lock_path(d: Path) -> Path:
    return d.parent / (d.name + ".lock")


@contextmanager
def writer_lock(index_dir, timeout: float = 600.0, on_message: Message | None = None,
                poll: float = 0.2):
    """Exclusive writer lock (``flock``: released by the kernel if the
    holder dies, so never stale). Waits with one message, then ``IndexBusy``."""
    d = Path(index_dir)
    d.parent.mkdir(parents=True, exist_ok=True)
    lp = _lock_path(d)
    fd = os.open(lp, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        start = time.monotonic()
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                holder = _lock_holder(lp)
                if not told:
                    _say(on_message, f"search index {d} is being written by another "
                         f"process{holder}; waiting up to {timeout:.0f} s…")
                    told = True
                if time.monotonic() - start >= timeout:
                    raise IndexBusy(
                        f"search index {d} is still being written by another process"
                        f"{holder} after {timeout:.0f} s; try again when it has finished "
                        f"(the lock is released automatically when that process ends)")
                time.sleep(poll)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def _lock_holder(lp: Path) -> str:
    try:
        pid = lp.read_text().strip()
        return f" (pid {pid})" if pid else ""
    except OSError:
        return ""


def _say(on_message: Message | None, msg: str) -> None:
    log.warning(msg)
    if on_message:
        on_message(msg)


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
    if not (d.parent / "catalog.sqlite").exists():
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
        _say(on_message, f"search index {d} is {why}; rebuilding it from the catalog…")
        n = _rebuild_locked(d, src(), None)
        _say(on_message, f"search index rebuilt: {n} records")
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
                w.add_document(**_doc(r))
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


def update(index_dir, records: Iterable[Record], on_message: Message | None = None,
           timeout: float = 600.0, source: RecordSource | None = None) -> int:
    """Add or replace ``records`` (by id). Heals the index first if needed
    (from ``source``/the fund; the new records are in the catalog already)."""
    d = Path(index_dir)
    records = list(records)
    if check(d) is not None:
        open_index(d, source, on_message, timeout)
        return len(records)  # the rebuild read them from the catalog
    with writer_lock(d, timeout, on_message):
        ix = wi.open_dir(str(d))
        w = ix.writer()
        try:
            for r in records:
                w.update_document(**_doc(r))
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


# --- reading: the engine query.py executes on -------------------------------------

@dataclass
class EngineHit:
    docnum: int
    score: float
    data: dict

    def text(self) -> str:
        z = self.data.get("z")
        return zlib.decompress(z).decode("utf-8") if z else ""


@dataclass
class EngineResult:
    total: int
    hits: list[EngineHit]
    facets: dict[str, dict[str, int]] = dc_field(default_factory=dict)


def _to_whoosh(node) -> wq.Query:
    op = node[0]
    if op == "term":
        _, f, t, b = node
        return wq.Term(f, t, boost=b)
    if op == "and":
        pos = [_to_whoosh(n) for n in node[1] if n[0] != "not"]
        neg = [_to_whoosh(n[1]) for n in node[1] if n[0] == "not"]
        q = (pos[0] if len(pos) == 1 else wq.And(pos)) if pos else wq.Every()
        if neg:
            q = wq.AndNot(q, neg[0] if len(neg) == 1 else wq.Or(neg))
        return q
    if op == "or":
        subs = [_to_whoosh(n) for n in node[1]]
        return subs[0] if len(subs) == 1 else wq.Or(subs)
    if op == "dismax":
        # Whoosh's DisjunctionMaxMatcher scores a document with a sub-matcher
        # positioned on another document (text-only hits got the title's
        # score): a plain sum (Or) is used instead.
        subs = [_to_whoosh(n) for n in node[1]]
        return subs[0] if len(subs) == 1 else wq.Or(subs)
    if op == "range":
        _, f, lo, hi = node
        return wq.TermRange(f, lo or None, hi or None)
    if op == "all":
        return wq.Every()
    if op == "not":
        return wq.AndNot(wq.Every(), _to_whoosh(node[1]))
    raise ValueError(f"unknown plan node {op!r}")


_BITS = [tuple(j for j in range(8) if b >> j & 1) for b in range(256)]


def _mask_ids(mask: int, nbytes: int) -> set[int]:
    """The doc numbers of a bitmask (cost ~ bytes + set bits)."""
    out = []
    for i, byte in enumerate(mask.to_bytes(nbytes, "little")):
        if byte:
            base = i << 3
            for j in _BITS[byte]:
                out.append(base + j)
    return set(out)


def _bitmask(ids: Iterable[int], nbytes: int) -> int:
    b = bytearray(nbytes)
    for i in ids:
        b[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(b, "little")


_BYTE01 = bytes.maketrans(b"\x00\x01", b"01")
_ONES = itertools.repeat(1)


def _consume(it) -> None:
    collections.deque(it, maxlen=0)


class _Done:
    """A spent matcher."""

    @staticmethod
    def is_active() -> bool:
        return False


class _Cand:
    """The candidate documents of a scoring run as a set, made only when a
    posting list holds documents that are not candidates."""

    __slots__ = ("mask", "nbytes", "_ids", "loose")

    def __init__(self, mask: int, nbytes: int):
        self.mask, self.nbytes, self._ids = mask, nbytes, None
        self.loose = False  # some scores are of documents that are not candidates

    def ids(self) -> set[int]:
        if self._ids is None:
            self._ids = _mask_ids(self.mask, self.nbytes)
        return self._ids


class Engine:
    """An open searcher on the last committed generation of one index, with
    per-generation caches (filter doc sets, facet bitsets). Get one with
    ``engine(index_dir)``; it refreshes itself when a writer commits."""

    FILTER_CACHE = 256      # filter doc sets kept per generation (0: none)
    TERM_CACHE = 4000       # per-term doc bitmasks (n_docs/8 bytes each) kept,
    TERM_CACHE_MB = 64      # ... and at most this many MB of them (large funds)
    SCORE_ALL = False       # bench ablation: score every match, no top-N
    SCORER = "own"          # bench ablation: "whoosh" (its matcher tree)
    OWN_MIN_MATCHES = 0     # fewer matches: Whoosh's matchers score them
    FACETS = "bitset"       # bench ablation: "groupedby" (Whoosh's own)

    def __init__(self, d: Path):
        self.dir = d
        self._lock = threading.RLock()
        self._open()

    def _open(self):
        self.ix = wi.open_dir(str(self.dir))
        self.searcher = self.ix.searcher()
        self._inode = os.stat(self.dir).st_ino
        self._reset_caches()

    def _reset_caches(self):
        self._filters: OrderedDict = OrderedDict()
        self._terms: OrderedDict = OrderedDict()
        self._facets: dict[str, dict[str, int]] | None = None
        self._lencodes: dict = {}
        self._norms: dict = {}
        r = self.searcher.reader()
        n = r.doc_count_all()
        self._nbytes = (n + 7) // 8 + 1
        # int bitmask: ~nbytes + 28 bytes each
        self._term_cap = max(64, min(self.TERM_CACHE,
                                     self.TERM_CACHE_MB * 2**20 // (self._nbytes + 100)))
        self._leaves = self.searcher.leaf_searchers()
        full = (1 << n) - 1
        if r.has_deletions():
            full &= ~_bitmask((i for i in range(n) if r.is_deleted(i)), self._nbytes)
        self._live = full

    def close(self):
        try:
            self.searcher.close()
            self.ix.close()
        except Exception:
            pass

    def fresh(self) -> "Engine":
        """Pick up a commit or a swapped-in rebuild."""
        with self._lock:
            try:
                ino = os.stat(self.dir).st_ino
            except OSError:
                return self
            if ino != self._inode:
                self.close()
                self._open()
            elif not self.searcher.up_to_date():
                # a fresh reader: Whoosh's refresh(reuse=...) keeps stale
                # deletion sets of reused segments
                old = self.searcher
                self.searcher = self.ix.searcher()
                self._reset_caches()
                old.close()
        return self

    # -- vocabulary
    def doc_count(self) -> int:
        return self.searcher.doc_count()

    def doc_frequency(self, field: str, term: str) -> int:
        return self.searcher.doc_frequency(field, term)

    def similar_terms(self, field: str, word: str, maxdist: int = 1,
                      prefix: int = 1, limit: int = 5) -> list[tuple[str, int]]:
        """Terms of ``field`` within ``maxdist`` edits of ``word``, most
        frequent first (bounded by ``limit``)."""
        r = self.searcher.reader()
        out = []
        for t in r.terms_within(field, word, maxdist, prefix=prefix):
            if t != word:
                out.append((t, r.doc_frequency(field, t)))
        out.sort(key=lambda x: (-x[1], x[0]))
        return out[:limit]

    def terms_with_prefix(self, field: str, prefix: str, scan: int = 30) -> list[tuple[str, int]]:
        """Terms of ``field`` starting with ``prefix`` (at most ``scan`` read
        from the lexicon), with their document frequencies."""
        r = self.searcher.reader()
        out = []
        for i, t in enumerate(r.expand_prefix(field, prefix)):
            if i >= scan:
                break
            t = t.decode("utf-8") if isinstance(t, bytes) else t
            out.append((t, r.doc_frequency(field, t)))
        return out

    def lookup(self, record_id: str) -> EngineHit | None:
        dn = self.searcher.document_number(id=record_id)
        if dn is None:
            return None
        return EngineHit(dn, 0.0, self.searcher.stored_fields(dn)["data"])

    # -- boolean evaluation on cached per-term bitmasks (no scoring)
    def _term_mask(self, f: str, t: str, keep: bool = True) -> int:
        key = (f, t)
        m = self._terms.get(key)
        if m is not None:
            self._terms.move_to_end(key)
            return m
        nb = self._nbytes
        # a frequent term: one byte per document set from C (map), then the
        # bytes read as a binary numeral; a rare one: bits set one by one
        dense = self.searcher.doc_frequency(f, t) * 24 > nb * 8
        b = bytearray(nb * 8 if dense else nb)
        setb = b.__setitem__
        for sub, off in self._leaves:
            r = sub.reader()
            if (f, t) not in r:
                continue
            pm = r.postings(f, t)
            # read whole blocks of ids: far cheaper than matcher.next() per doc
            while pm.is_active():
                if hasattr(pm, "_read_ids"):
                    pm._read_ids()
                    ids = pm._ids
                    pm._next_block()
                else:
                    ids = list(pm.all_ids())
                    pm = _Done
                if dense:
                    _consume(map(setb, map(off.__add__, ids) if off else ids, _ONES))
                else:
                    for i in ids:
                        i += off
                        b[i >> 3] |= 1 << (i & 7)
        if dense:
            m = int(b.translate(_BYTE01)[::-1], 2) & self._live
        else:
            m = int.from_bytes(b, "little") & self._live
        if keep:
            self._terms[key] = m
            while len(self._terms) > self._term_cap:
                self._terms.popitem(last=False)
        return m

    def _range_mask(self, f: str, lo: str, hi: str) -> int:
        if f == "date":
            return self._date_range_mask(lo, hi)
        return self._terms_range_mask(f, lo, hi)

    def _terms_range_mask(self, f: str, lo: str, hi: str) -> int:
        """OR of the masks of every term of ``f`` in ``[lo, hi]`` (not kept
        in the term cache: a range of dates has hundreds of terms)."""
        r = self.searcher.reader()
        m = 0
        for t in r.terms_from(f, lo or ""):
            fn, text = t if isinstance(t, tuple) else (f, t)
            if fn != f:
                break
            text = text.decode("utf-8") if isinstance(text, bytes) else text
            if hi and text > hi:
                break
            m |= self._term_mask(f, text, keep=False)
        return m

    def _first_term(self, f: str, start: str) -> str | None:
        for t in self.searcher.reader().terms_from(f, start):
            fn, text = t if isinstance(t, tuple) else (f, t)
            if fn != f:
                return None
            return text.decode("utf-8") if isinstance(text, bytes) else text
        return None

    def _date_range_mask(self, lo: str, hi: str) -> int:
        """A range of adoption dates as whole years (the ``year`` field is
        ``date[:4]``: one posting list per year) plus the dates of the years
        the range cuts: three years are 3 posting lists, not ~1000."""
        if (lo and len(lo) < 4) or (hi and len(hi) < 4):
            return self._terms_range_mask("date", lo, hi)
        r = self.searcher.reader()
        years = []
        for t in r.lexicon("year"):
            y = t.decode("utf-8") if isinstance(t, bytes) else t
            if len(y) != 4:
                return self._terms_range_mask("date", lo, hi)
            years.append(y)
        after_hi = self._first_term("date", hi + "\x00") if hi else None
        m = 0
        for y in years:
            if (lo and y < lo[:4]) or (hi and y > hi[:4]):
                continue
            # whole year: no date of year y below lo or above hi
            low_ok = not lo or lo[:4] < y or (self._first_term("date", y) or "") >= lo
            high_ok = not hi or hi[:4] > y or not (after_hi or "").startswith(y)
            if low_ok and high_ok:
                m |= self._term_mask("year", y)
            else:
                m |= self._terms_range_mask("date", max(lo, y) if lo else y,
                                            min(hi, y + "\uffff") if hi else y + "\uffff")
        return m

    def mask(self, node) -> int:
        op = node[0]
        if op == "term":
            return self._term_mask(node[1], node[2])
        if op == "and":
            pos = [self.mask(n) for n in node[1] if n[0] != "not"]
            out = self._live
            for m in sorted(pos, key=int.bit_count):
                out &= m
                if not out:
                    return 0
            for n in node[1]:
                if n[0] == "not":
                    out &= ~self.mask(n[1])
            return out
        if op in ("or", "dismax"):
            out = 0
            for n in node[1]:
                out |= self.mask(n)
            return out
        if op == "range":
            key = repr(node)
            m = self._filters.get(key)
            if m is None:
                m = self._range_mask(node[1], node[2], node[3])
                self._filters[key] = m
                if len(self._filters) > max(1, self.FILTER_CACHE):
                    self._filters.popitem(last=False)
            return m
        if op == "all":
            return self._live
        if op == "not":
            return self._live & ~self.mask(node[1])
        raise ValueError(f"unknown plan node {op!r}")

    # -- filters and facets
    def _facet_masks(self):
        if self._facets is None:
            r = self.searcher.reader()
            masks = {}
            self._labels = {}
            for f in FACET_FIELDS:
                fm = {}
                for t in r.lexicon(f):
                    t = t.decode("utf-8") if isinstance(t, bytes) else t
                    fm[t] = m = self._term_mask(f, t)
                    if f == "body" and m:  # show the body as printed
                        first = (m & -m).bit_length() - 1
                        self._labels[t] = r.stored_fields(first)["data"].get("body") or t
                masks[f] = fm
            self._facets = masks
        return self._facets

    def facet_counts(self, docs_mask: int, top: int = 20) -> dict[str, dict[str, int]]:
        out = {}
        for f, fm in self._facet_masks().items():
            c = {}
            labels = self._labels if f == "body" else {}
            for v, m in fm.items():
                k = (m & docs_mask).bit_count()
                if k:
                    c[labels.get(v, v)] = c.get(labels.get(v, v), 0) + k
            out[f] = dict(sorted(c.items(), key=lambda x: (-x[1], x[0]))[:top])
        return out

    # -- search
    def execute(self, must, filters=(), sort: str = "relevance", offset: int = 0,
                limit: int = 10, facets: bool = True, exclude_ids=(),
                range_counts: dict | None = None) -> EngineResult:
        """Run a plan: ``must`` (scored; None = everything), ``filters``
        (unscored, cached), returns the page, exact total and facet counts.

        ``range_counts`` ({name: ("range", field, lo, hi)}) adds, under
        ``facets["ranges"]``, how many matches fall in each range (e.g. the
        received periods the web page offers), from the same bitmasks.
        """
        with self._lock:
            res = self._execute(must, filters, sort, offset, limit, facets, exclude_ids)
            if facets and range_counts:
                mask = self._last_mask
                res.facets["ranges"] = {name: (mask & self.mask(node)).bit_count()
                                        for name, node in range_counts.items()}
            return res

    def _execute(self, must, filters, sort, offset, limit, facets, exclude_ids):
        s = self.searcher
        nb = self._nbytes
        # which documents match: bitmask algebra on cached per-term/filter
        # masks, no scoring; gives the exact total and the facet counts
        allow_mask = self._live
        for f in filters:
            key = repr(f)
            m = self._filters.get(key)
            if m is None:
                m = self.mask(f)
                if self.FILTER_CACHE:
                    self._filters[key] = m
                    if len(self._filters) > self.FILTER_CACHE:
                        self._filters.popitem(last=False)
            allow_mask &= m
        for rid in exclude_ids:
            dn = s.document_number(id=rid)
            if dn is not None:
                allow_mask &= ~(1 << dn)
        restricted = bool(filters) or bool(exclude_ids)
        q = _to_whoosh(must) if must is not None else None
        mask = allow_mask if must is None else (self.mask(must) & allow_mask)
        self._last_mask = mask
        total = mask.bit_count()
        allow = None
        if restricted or q is None:
            allow = _mask_ids(mask if q is None else allow_mask, nb)
        if facets and self.FACETS == "groupedby":
            fc = self._groupedby(q, allow)
        else:
            fc = self.facet_counts(mask) if facets else {}
        hits: list[EngineHit] = []
        want = offset + limit
        if total and limit > 0 and offset < total:
            qq = q if q is not None else wq.Every()
            if sort == "date" or q is None:
                res = s.search(qq, limit=want, filter=allow, sortedby="date",
                               reverse=True, terms=False)
            else:
                top = None
                if self.SCORER == "own" and not self.SCORE_ALL:
                    top = self._own_top(must, mask, total, want)
                if top is not None:
                    for dn, sc in top[offset:want]:
                        hits.append(EngineHit(dn, float(sc), s.stored_fields(dn)["data"]))
                    return EngineResult(total, hits, fc)
                res = s.search(qq, limit=None if self.SCORE_ALL else want,
                               filter=allow, terms=False)
            sorted_ = sort == "date" or q is None
            for i in range(offset, min(want, res.scored_length())):
                dn = res.docnum(i)
                sc = 0.0 if sorted_ else (res.score(i) or 0.0)
                hits.append(EngineHit(dn, float(sc), s.stored_fields(dn)["data"]))
        return EngineResult(total, hits, fc)

    # -- scoring many matches without Whoosh's matcher tree
    #
    # Whoosh scores a match by walking its tree of matchers (several Python
    # calls per posting per document); for an AND of common words its top-N
    # block skipping rarely skips, so every one of ~10 k matches is scored
    # that way (~150 ms at 100 k records). Here the same BM25F sums are
    # computed leaf by leaf from whole posting blocks, only for the documents
    # already known to match (the bitmask), then combined along the plan:
    # the scores and the order (ties: lower document number first) are
    # Whoosh's own.

    def _own_applicable(self, node) -> bool:
        op = node[0]
        if op == "term":
            return True
        if op in ("and", "or", "dismax"):
            return all(self._own_applicable(n) for n in node[1])
        if op == "not":
            return True
        return False

    def _lengths(self, sub, f: str):
        """The per-document length codes of field ``f`` in one segment
        (one byte each, Whoosh's own encoding), read once per generation."""
        key = (id(sub), f)
        got = self._lencodes.get(key)
        if got is None:
            r = sub.reader()
            pd = getattr(r, "_perdoc", None)
            from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
            rd = pd._cached_reader(_lenfield(f), LENGTHS_COLUMN) if pd is not None else None
            if rd is None:
                got = b""
            else:
                got = rd._dbfile.get(rd._basepos, rd._count)
            self._lencodes[key] = got
        return got

    def _leaf_scores(self, f: str, t: str, boost: float, cand: "_Cand", cmask: int) -> dict:
        """``{docnum: score}`` of one term for the candidate documents, as
        Whoosh's weighting computes it (BM25F, or the weight for fields that
        are not scorable), times the boost. When nearly all of its documents
        are candidates, none is tested: the few others (and deleted ones)
        stay in, ``cand.loose`` says so and ``_own_top`` drops them."""
        s = self.searcher
        out: dict = {}
        if not any((f, t) in sub.reader() for sub, _ in self._leaves):
            return out
        tm = self._term_mask(f, t)
        extra = (tm & ~cmask).bit_count()
        test = extra * 4 > tm.bit_count()
        ids_in = cand.ids() if test else None
        if extra and not test:
            cand.loose = True
        w = s.weighting
        bm25 = s.schema[f].scorable
        if bm25:
            from whoosh.util.numeric import byte_to_length
            B = getattr(w, "_field_B", {}).get(f, getattr(w, "B", 0.75))
            K1 = getattr(w, "K1", 1.2)
            avgfl = s.avg_field_length(f) or 1
            norm = self._norms.get(f)
            if norm is None:
                norm = [K1 * ((1 - B) + B * byte_to_length(k) / avgfl) for k in range(256)]
                self._norms[f] = norm
            c = s.idf(f, t) * (K1 + 1) * boost
            one = [c / (1.0 + norm[k]) for k in range(256)]  # weight 1.0
        for sub, off in self._leaves:
            r = sub.reader()
            if (f, t) not in r:
                continue
            codes = self._lengths(sub, f) if bm25 else b""
            pm = r.postings(f, t)
            if not hasattr(pm, "_read_ids"):
                # deletions: Whoosh wraps the postings in a FilterMatcher;
                # read the raw blocks, the deleted are no candidates
                pm = getattr(pm, "child", pm)
                if not test:
                    cand.loose = True
            if not hasattr(pm, "_read_ids"):  # another codec: the slow way
                ids_in = cand.ids()
                while pm.is_active():
                    d = pm.id() + off
                    if d in ids_in:
                        x = pm.weight()
                        out[d] = (c * x / (x + norm[codes[pm.id()]])) if bm25 else x * boost
                    pm.next()
                continue
            while pm.is_active():
                pm._read_ids()
                ids = pm._ids
                if bm25:
                    if pm._data is not None and pm._data[1] is None:  # all weights 1.0
                        vals = [one[codes[i]] for i in ids]
                    else:
                        pm._read_weights()
                        vals = [c * x / (x + norm[codes[i]]) for i, x in zip(ids, pm._weights)]
                else:
                    pm._read_weights()
                    vals = [x * boost for x in pm._weights]
                gids = [i + off for i in ids] if off else ids
                if test:
                    out.update({d: v for d, v in zip(gids, vals) if d in ids_in})
                else:
                    out.update(zip(gids, vals))
                pm._next_block()
        return out

    def _own_eval(self, node, cand: "_Cand", cmask: int):
        op = node[0]
        if op == "term":
            return self._leaf_scores(node[1], node[2], node[3], cand, cmask)
        if op in ("or", "dismax"):
            subs = sorted((self._own_eval(n, cand, cmask) for n in node[1]), key=len)
            if not subs:
                return {}
            out = subs.pop()  # the largest, summed into in place
            for m in subs:
                for d, v in m.items():
                    x = out.get(d)
                    out[d] = v if x is None else x + v
            return out
        if op == "and":
            pos = [self._own_eval(n, cand, cmask) for n in node[1] if n[0] != "not"]
            negs = [n[1] for n in node[1] if n[0] == "not"]
            if not pos:
                return {}
            pos.sort(key=len)
            first, rest = pos[0], pos[1:]
            out = {}
            for d, v in first.items():
                for m in rest:
                    x = m.get(d)
                    if x is None:
                        break
                    v += x
                else:
                    out[d] = v
            if negs and out:
                nb = self.mask(("or", negs)).to_bytes(self._nbytes, "little")
                out = {d: v for d, v in out.items() if not nb[d >> 3] >> (d & 7) & 1}
            return out
        raise ValueError(op)

    def _own_top(self, must, mask: int, total: int, want: int):
        """The top ``want`` ``(docnum, score)`` of ``must`` among ``mask``,
        or None when Whoosh's own search is the better way."""
        if must is None or total < self.OWN_MIN_MATCHES or not self._own_applicable(must):
            return None
        cand = _Cand(mask, self._nbytes)
        scores = self._own_eval(must, cand, mask)
        mb = mask.to_bytes(self._nbytes, "little") if cand.loose else None
        k = want
        while True:
            if len(scores) > k:
                # the k-th best score, then everything at or above it (ties
                # are ordered by document number, as Whoosh orders them)
                kth = heapq.nlargest(k, scores.values())[-1]
                items = [(d, v) for d, v in scores.items() if v >= kth]
            else:
                items = list(scores.items())
            if mb is not None:  # drop what is not a match after all
                items = [(d, v) for d, v in items if mb[d >> 3] >> (d & 7) & 1]
                if len(items) < want and len(scores) > k:
                    k *= 4
                    continue
            break
        items.sort(key=lambda x: (-x[1], x[0]))
        return items[:want]


    def _groupedby(self, q, allow):
        from whoosh import sorting
        facets = {f: sorting.FieldFacet(f, allow_overlap=(f == "rubric"), maptype=sorting.Count)
                  for f in FACET_FIELDS}
        res = self.searcher.search(q if q is not None else wq.Every(), limit=1,
                                   filter=allow, groupedby=facets)
        return {f: dict(sorted(res.groups(f).items(), key=lambda x: -x[1])[:20])
                for f in FACET_FIELDS}


_ENGINES: dict[str, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def engine(index_dir, records: RecordSource | None = None,
           on_message: Message | None = None) -> Engine:
    """The process-wide open engine for ``index_dir`` (healed on first use)."""
    d = Path(index_dir).resolve()
    key = str(d)
    with _ENGINES_LOCK:
        e = _ENGINES.get(key)
        if e is None:
            open_index(d, records, on_message)
            e = _ENGINES[key] = Engine(d)
            return e
    try:
        return e.fresh()
    except Exception:  # .toc gone, index swapped badly...: heal and reopen
        with _ENGINES_LOCK:
            _ENGINES.pop(key, None)
        e.close()
        return engine(d, records, on_message)


def recover(index_dir, on_message: Message | None = None) -> Engine:
    """After an engine error mid-search: drop the open searcher, check the
    index (rebuilding it when corrupt) and open it again."""
    d = Path(index_dir).resolve()
    with _ENGINES_LOCK:
        e = _ENGINES.pop(str(d), None)
    if e is not None:
        e.close()
    return engine(d, on_message=on_message)


def close_engines() -> None:
    with _ENGINES_LOCK:
        for e in _ENGINES.values():
            e.close()
        _ENGINES.clear()
