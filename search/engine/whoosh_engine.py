"""The Whoosh engine: plans (search/engine/nodes.py) run on an open searcher.

An ``Engine`` answers in two passes (search/engine/ranking.py): which
documents match, from per-term document bitmasks read off whole posting
blocks and cached per generation (exact totals and facet counts), then
scores for those documents only, cut to the page. ``engine(index_dir)`` keeps one per index
per process and refreshes it when a writer commits or a rebuild is swapped in.
"""
from __future__ import annotations

import collections
import itertools
import math
import os
import threading
from collections import OrderedDict
from pathlib import Path

from whoosh import index as wi
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length

from search.engine import whoosh_patches  # noqa: F401  (applied before any index is read)
from search.engine.documents import FACET_FIELDS, MULTI_VALUED
from search.engine.interface import EngineHit, EngineResult, Message, RecordSource
from search.engine.nodes import All, And, DisMax, Node, Not, Or, Range, Term, negatives, positives
from search.engine.ranking import (
    Candidates, bitmask, count_facets, mask_ids, natural_key, sum_all, sum_any, top_scores,
    without)
from search.engine.whoosh_store import open_index


def _to_whoosh(node: Node) -> wq.Query:
    if isinstance(node, Term):
        return wq.Term(node.field, node.text, boost=node.boost)
    if isinstance(node, And):
        pos = [_to_whoosh(n) for n in positives(node)]
        neg = [_to_whoosh(n.node) for n in negatives(node)]
        q = (pos[0] if len(pos) == 1 else wq.And(pos)) if pos else wq.Every()
        if neg:
            q = wq.AndNot(q, neg[0] if len(neg) == 1 else wq.Or(neg))
        return q
    if isinstance(node, Or):
        subs = [_to_whoosh(n) for n in node.items]
        return subs[0] if len(subs) == 1 else wq.Or(subs)
    if isinstance(node, DisMax):
        # Whoosh's DisjunctionMaxMatcher scores a document with a sub-matcher
        # positioned on another document (text-only hits got the title's
        # score): a plain sum (Or) is used instead.
        subs = [_to_whoosh(n) for n in node.items]
        return subs[0] if len(subs) == 1 else wq.Or(subs)
    if isinstance(node, Range):
        return wq.TermRange(node.field, node.lo or None, node.hi or None)
    if isinstance(node, All):
        return wq.Every()
    if isinstance(node, Not):
        return wq.AndNot(wq.Every(), _to_whoosh(node.node))
    raise ValueError(f"unknown plan node {node!r}")


# a length byte's length (Whoosh's: the top of its bucket) and its bucket's middle
_B2L = [byte_to_length(c) for c in range(256)]
_MID = [0] + [(_B2L[c - 1] + 1 + _B2L[c]) / 2 for c in range(1, 256)]
_BYTE01 = bytes.maketrans(b"\x00\x01", b"01")
_ONES = itertools.repeat(1)


def _consume(it) -> None:
    collections.deque(it, maxlen=0)


class _Done:
    """A spent matcher."""

    @staticmethod
    def is_active() -> bool:
        return False


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
    TERM_INFO_CACHE = 50_000  # terms whose frequency and segments are kept per generation
    SCORE_CACHE = 600_000     # scored postings kept per generation (~60 MB at most)

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
        self._sort_keys: dict[str, list] = {}
        self._lencodes: dict = {}
        self._norms: dict = {}
        # per term: its document frequency and the segments holding it (an
        # index grown by imports has a dozen segments, each looked up apart)
        self._df: dict = {}
        self._holders: dict = {}
        self._scores: OrderedDict = OrderedDict()   # (field, term, boost) -> _term_scores
        self._scored = 0                            # postings held in _scores
        r = self.searcher.reader()
        n = r.doc_count_all()
        self._nbytes = (n + 7) // 8 + 1
        # int bitmask: ~nbytes + 28 bytes each
        self._term_cap = max(64, min(self.TERM_CACHE,
                                     self.TERM_CACHE_MB * 2**20 // (self._nbytes + 100)))
        self._leaves = self.searcher.leaf_searchers()
        full = (1 << n) - 1
        if r.has_deletions():
            full &= ~bitmask((i for i in range(n) if r.is_deleted(i)), self._nbytes)
        self._live = full
        if r.has_deletions():
            self._live_statistics()

    # -- BM25F statistics of the live documents
    #
    # A replaced record (OCR, tag/retag, rubrics confirm, a card edit, status
    # settling) leaves its old version deleted in its segment until a merge,
    # and Whoosh's idf and average field length go on counting it (N =
    # doc_count_all, df over all postings, the segments' total lengths): the
    # desk ranked otherwise than after `actdesk reindex` and than PostgreSQL.
    # With deletions, the searcher asks these two instead (both scorers: the
    # own one below and Whoosh's BM25FScorer call searcher.idf and
    # searcher.avg_field_length), computed once per generation.

    def _live_statistics(self):
        self._idfs: dict = {}
        self._avgfl: dict = {}
        self.searcher.idf = self._live_idf
        self.searcher.avg_field_length = self._live_avg_field_length

    def _live_idf(self, f: str, t: str) -> float:
        """Whoosh's ``log(N / (df + 1)) + 1`` with N the live documents and
        df the live postings (the bit count of the term's live mask)."""
        key = (f, t)
        got = self._idfs.get(key)
        if got is None:
            n = self.searcher.doc_count()
            df = self._term_mask(f, t).bit_count()
            got = math.log(n / (df + 1)) + 1
            if len(self._idfs) > self.TERM_INFO_CACHE:
                self._idfs.clear()
            self._idfs[key] = got
        return got

    def _live_avg_field_length(self, f: str, default=None):
        """The segments' total length of ``f`` less the deleted documents'
        lengths, over the live documents."""
        if not self.searcher.schema[f].scorable:
            return default
        got = self._avgfl.get(f)
        if got is None:
            total = self.searcher.field_length(f)
            for sub, _off in self._leaves:
                if sub.reader().has_deletions():
                    total -= self._deleted_length(sub, f)
            got = self._avgfl[f] = max(total, 0) / (self.searcher.doc_count() or 1)
        return got

    def _deleted_length(self, sub, f: str) -> float:
        """What one segment's total length of ``f`` counts for its deleted
        documents. Only a length byte per document is kept (Whoosh's lossy
        code: exact below 11, above it a bucket up to ~3 % wide). A segment
        built by merging (Whoosh's add_reader) counted each document as its
        byte's length: subtracted as such it is exact. A segment written by
        a writer counted the exact lengths: the bucket's middle is taken
        (mean error 0.02 % against the byte's 1.6 %)."""
        r = sub.reader()
        codes = self._lengths(sub, f)
        dels = [d for d in r.segment().deleted_docs() if d < len(codes)]
        if not dels:
            return 0
        if sum(map(_B2L.__getitem__, codes)) == r.field_length(f):
            return sum(_B2L[codes[d]] for d in dels)
        return sum(_MID[codes[d]] for d in dels)

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
        key = (field, term)
        got = self._df.get(key)
        if got is None:
            got = self.searcher.doc_frequency(field, term)
            if len(self._df) > self.TERM_INFO_CACHE:
                self._df.clear()
            self._df[key] = got
        return got

    def _holding(self, f: str, t: str) -> list:
        """The ``(segment searcher, offset)`` pairs whose segment has the term."""
        key = (f, t)
        got = self._holders.get(key)
        if got is None:
            got = [(sub, off) for sub, off in self._leaves if key in sub.reader()]
            if len(self._holders) > self.TERM_INFO_CACHE:
                self._holders.clear()
            self._holders[key] = got
        return got

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

    def terms_with_prefixes(self, field: str, prefixes, scan: int = 30
                            ) -> dict[str, list[tuple[str, int]]]:
        return {p: self.terms_with_prefix(field, p, scan) for p in prefixes}

    def key_values(self, field: str, limit: int = 5000) -> list[tuple[str, int]]:
        r = self.searcher.reader()
        out = []
        for t in r.lexicon(field):
            t = t.decode("utf-8") if isinstance(t, bytes) else t
            df = r.doc_frequency(field, t)
            if t and df:
                out.append((t, df))
                if len(out) >= limit:
                    break
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
        dense = self.doc_frequency(f, t) * 24 > nb * 8
        b = bytearray(nb * 8 if dense else nb)
        setb = b.__setitem__
        for sub, off in self._holding(f, t):
            pm = sub.reader().postings(f, t)
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

    def mask(self, node: Node) -> int:
        if isinstance(node, Term):
            return self._term_mask(node.field, node.text)
        if isinstance(node, And):
            out = self._live
            for m in sorted((self.mask(n) for n in positives(node)), key=int.bit_count):
                out &= m
                if not out:
                    return 0
            for n in negatives(node):
                out &= ~self.mask(n.node)
            return out
        if isinstance(node, (Or, DisMax)):
            out = 0
            for n in node.items:
                out |= self.mask(n)
            return out
        if isinstance(node, Range):
            m = self._filters.get(node)
            if m is None:
                m = self._range_mask(node.field, node.lo, node.hi)
                self._filters[node] = m
                if len(self._filters) > max(1, self.FILTER_CACHE):
                    self._filters.popitem(last=False)
            return m
        if isinstance(node, All):
            return self._live
        if isinstance(node, Not):
            return self._live & ~self.mask(node.node)
        raise ValueError(f"unknown plan node {node!r}")

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
        return count_facets(self._facet_masks(), docs_mask, {"body": self._labels}, top)

    # -- search
    def execute(self, must: Node | None, filters=(), sort: str = "relevance", offset: int = 0,
                limit: int = 10, facets: bool = True, exclude_ids=(),
                range_counts: dict[str, Range] | None = None) -> EngineResult:
        """Run a plan: ``must`` (scored; None = everything), ``filters``
        (unscored, cached), returns the page, exact total and facet counts.

        ``range_counts`` ({name: Range}) adds, under
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
            m = self._filters.get(f)
            if m is None:
                m = self.mask(f)
                if self.FILTER_CACHE:
                    self._filters[f] = m
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

        def allowed():
            # Whoosh's own search and facets take a set of doc numbers; the
            # own scorer does not (made only when needed: ~1 ms per 10 k docs)
            nonlocal allow
            if allow is None and (restricted or q is None):
                allow = mask_ids(mask if q is None else allow_mask, nb)
            return allow
        if facets and self.FACETS == "groupedby":
            fc = self._groupedby(q, allowed())
        else:
            fc = self.facet_counts(mask) if facets else {}
        hits: list[EngineHit] = []
        want = offset + limit
        if sort in ("oldest", "number"):
            if total and limit > 0 and offset < total:
                keys = self._keys_for(sort)
                page = sorted(mask_ids(mask, nb), key=lambda d: (keys[d], d))[offset:want]
                hits = [EngineHit(dn, 0.0, s.stored_fields(dn)["data"]) for dn in page]
            return EngineResult(total, hits, fc)
        if total and limit > 0 and offset < total:
            qq = q if q is not None else wq.Every()
            if sort == "date" or q is None:
                res = s.search(qq, limit=want, filter=allowed(), sortedby="date",
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
                               filter=allowed(), terms=False)
            sorted_ = sort == "date" or q is None
            for i in range(offset, min(want, res.scored_length())):
                dn = res.docnum(i)
                sc = 0.0 if sorted_ else (res.score(i) or 0.0)
                hits.append(EngineHit(dn, float(sc), s.stored_fields(dn)["data"]))
        return EngineResult(total, hits, fc)

    def _keys_for(self, sort: str) -> list:
        """Each document's key under ``sort`` ("oldest": its date; "number":
        its number key in natural order), read once per generation off the
        field's terms; documents without one sort after the rest."""
        keys = self._sort_keys.get(sort)
        if keys is None:
            f, key = ("date", lambda t: t) if sort == "oldest" else ("number", natural_key)
            keys = [(1, ())] * (self.searcher.doc_count_all() + 1)
            r = self.searcher.reader()
            for t in r.lexicon(f):
                t = t.decode("utf-8") if isinstance(t, bytes) else t
                k = (0, key(t))
                for dn in r.postings(f, t).all_ids():
                    keys[dn] = k
            self._sort_keys[sort] = keys
        return keys

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

    def _own_applicable(self, node: Node) -> bool:
        if isinstance(node, (Term, Not)):
            return True
        if isinstance(node, (And, Or, DisMax)):
            return all(self._own_applicable(n) for n in node.items)
        return False

    def _lengths(self, sub, f: str):
        """The per-document length codes of field ``f`` in one segment
        (one byte each, Whoosh's own encoding), read once per generation."""
        key = (id(sub), f)
        got = self._lencodes.get(key)
        if got is None:
            r = sub.reader()
            pd = getattr(r, "_perdoc", None)
            rd = pd._cached_reader(_lenfield(f), LENGTHS_COLUMN) if pd is not None else None
            if rd is None:
                got = b""
            else:
                got = rd._dbfile.get(rd._basepos, rd._count)
            self._lencodes[key] = got
        return got

    def _leaf_scores(self, f: str, t: str, boost: float, cand: Candidates, cmask: int) -> dict:
        """``{docnum: score}`` of one term for the candidate documents, as
        Whoosh's weighting computes it (BM25F, or the weight for fields that
        are not scorable), times the boost. When nearly all of its documents
        are candidates, none is tested: the few others (and deleted ones)
        stay in, ``cand.loose`` says so and ``_own_top`` drops them."""
        holders = self._holding(f, t)
        if not holders:
            return {}
        tm = self._term_mask(f, t)
        extra = (tm & ~cmask).bit_count()
        test = extra * 4 > tm.bit_count()
        scores, raw = self._term_scores(f, t, boost, holders)
        if test:
            ids_in = cand.ids()
            return {d: scores[d] for d in scores.keys() & ids_in}
        if extra or raw:
            cand.loose = True
        return dict(scores)          # the caller sums into it

    def _term_scores(self, f: str, t: str, boost: float, holders: list) -> tuple[dict, bool]:
        """Every posting of the term scored (``{docnum: score}``), and whether
        deleted documents may be among them; kept per generation within
        SCORE_CACHE entries (the same words come back in other questions:
        reading and scoring their postings again was most of a search)."""
        key = (f, t, boost)
        got = self._scores.get(key)
        if got is not None:
            self._scores.move_to_end(key)
            return got
        s = self.searcher
        out: dict = {}
        raw = False
        w = s.weighting
        bm25 = s.schema[f].scorable
        if bm25:
            B = getattr(w, "_field_B", {}).get(f, getattr(w, "B", 0.75))
            K1 = getattr(w, "K1", 1.2)
            avgfl = s.avg_field_length(f) or 1
            norm = self._norms.get(f)
            if norm is None:
                norm = [K1 * ((1 - B) + B * byte_to_length(k) / avgfl) for k in range(256)]
                self._norms[f] = norm
            c = s.idf(f, t) * (K1 + 1) * boost
            one = [c / (1.0 + norm[k]) for k in range(256)]  # weight 1.0
        for sub, off in holders:
            r = sub.reader()
            codes = self._lengths(sub, f) if bm25 else b""
            pm = r.postings(f, t)
            if not hasattr(pm, "_read_ids"):
                # deletions: Whoosh wraps the postings in a FilterMatcher;
                # read the raw blocks, the deleted are no candidates
                pm = getattr(pm, "child", pm)
                raw = True
            if not hasattr(pm, "_read_ids"):  # another codec: the slow way
                while pm.is_active():
                    x = pm.weight()
                    out[pm.id() + off] = (c * x / (x + norm[codes[pm.id()]])) if bm25 else x * boost
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
                out.update(zip([i + off for i in ids] if off else ids, vals))
                pm._next_block()
        got = (out, raw)
        if len(out) <= self.SCORE_CACHE // 4:
            self._scores[key] = got
            self._scored += len(out)
            while self._scored > self.SCORE_CACHE:
                old, _raw = self._scores.popitem(last=False)[1]
                self._scored -= len(old)
        return got

    def _own_eval(self, node: Node, cand: Candidates, cmask: int) -> dict:
        if isinstance(node, Term):
            return self._leaf_scores(node.field, node.text, node.boost, cand, cmask)
        if isinstance(node, (Or, DisMax)):
            return sum_any([self._own_eval(n, cand, cmask) for n in node.items])
        if isinstance(node, And):
            out = sum_all([self._own_eval(n, cand, cmask) for n in positives(node)])
            negs = [n.node for n in negatives(node)]
            if negs and out:
                out = without(out, self.mask(Or(negs)), self._nbytes)
            return out
        raise ValueError(f"not scored leaf by leaf: {node!r}")

    def _own_top(self, must: Node | None, mask: int, total: int, want: int):
        """The top ``want`` ``(docnum, score)`` of ``must`` among ``mask``,
        or None when Whoosh's own search is the better way."""
        if must is None or total < self.OWN_MIN_MATCHES or not self._own_applicable(must):
            return None
        cand = Candidates(mask, self._nbytes)
        scores = self._own_eval(must, cand, mask)
        # loose: some scored documents may be no match after all
        mb = mask.to_bytes(self._nbytes, "little") if cand.loose else None
        return top_scores(scores, want, mb)

    def _groupedby(self, q, allow):
        from whoosh import sorting
        facets = {f: sorting.FieldFacet(f, allow_overlap=(f in MULTI_VALUED), maptype=sorting.Count)
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
