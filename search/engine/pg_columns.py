"""The matches of a plan of words found, counted, faceted and ranked from
their ``postings`` lists and the acts' facet columns held in memory, for
search/engine/pg_engine.py: no row of a match is visited.

``And`` of words, a word with its kin words (an ``Or``) and other plans of
word terms matched many acts, and each match was visited: its row read
from the heap for the facet columns, its term frequencies joined and
scored in SQL, one by one (at 100,000 acts 14,000 matches of two words
cost ~270 ms in ``EXPLAIN ANALYZE``, ten times that at a million). Here
the engine keeps, per generation of the index, what the facets and BM25
read of every act — document number, the facet columns, the received day
and the quantised lengths of the posted fields — as numpy arrays, brought
up to date with the rows added since (document numbers only grow; a
delete reloads them). A search reads the whole ``postings`` lists of the
plan's terms (binary arrays, one row per block: ~12 bytes a posting),
intersects and unites them as the plan says, and counts and scores the
matches as arrays. Totals and facet counts are exact (the same matches as
the SQL condition); scores are BM25 with the same floating-point
operations, in the same order, as ``_Sql.score`` — IEEE operations on
arrays round as on scalars — so the page, its scores and ties (lower
document number first, as Whoosh) are the full ranking's.
"""
from __future__ import annotations

import numpy as np

from search.engine import pg_store
from search.engine.documents import FACET_FIELDS, MULTI_VALUED
from search.engine.nodes import And, DisMax, Node, Or, Term

_POSTED = set(pg_store.POSTED_FIELDS)
_SETS = set(pg_store.SET_FIELDS)
# the fields whose lengths BM25 reads: the posted ones, and the phrase shingles
_LENGTHS = (*pg_store.POSTED_FIELDS, *pg_store.SET_FIELDS)
_SCALARS = [f for f in FACET_FIELDS if f not in MULTI_VALUED]
_ARRAYS = [f for f in FACET_FIELDS if f in MULTI_VALUED]
_COLUMNS = ["docnum", *_SCALARS, *_ARRAYS, "received_day",
            *(f"len_{f}" for f in _LENGTHS)]
# the binary form of a one-dimensional array (array_send): a 20-byte
# header, then per element its length and its big-endian value
_HEADER = 20
_INT8 = np.dtype([("n", ">i4"), ("v", ">i8")])
_INT4 = np.dtype([("n", ">i4"), ("v", ">i4")])


def plan_terms(node: Node) -> list[Term] | None:
    """The terms of a plan made only of word terms (posted, or phrase
    shingles) under ``Or``, ``DisMax`` and ``And`` (no ``Not``, no exact
    field), or None."""
    if isinstance(node, Term):
        return [node] if node.field in _POSTED or node.field in _SETS else None
    if isinstance(node, (Or, DisMax, And)) and node.items:
        out: list[Term] = []
        for n in node.items:
            got = plan_terms(n)
            if got is None:
                return None
            out += got
        return out
    return None


class Columns:
    """Every act's facet values (codes), received day and posted field
    lengths, by position in ascending document number; as of generation
    ``gen`` of the index."""

    def __init__(self):
        self.gen = None
        self.docnum = np.zeros(0, np.int64)
        self.values: dict[str, list] = {f: [] for f in FACET_FIELDS}   # code -> value
        self._code: dict[str, dict] = {f: {} for f in FACET_FIELDS}
        self.scalar = {f: np.zeros(0, np.int32) for f in _SCALARS}   # -1: no value
        # a multi-valued field: its values' codes and, per value, its act's position
        self.multi = {f: (np.zeros(0, np.int32), np.zeros(0, np.int64)) for f in _ARRAYS}
        self.received = np.zeros(0, "U10")
        self.has_received = np.zeros(0, bool)
        self.length = {f: np.zeros(0, np.float64) for f in _LENGTHS}

    def sync(self, conn, s: str, gen: int, n: int) -> None:
        """Up to date with generation ``gen`` holding ``n`` acts, inside the
        caller's snapshot: the acts added since appended, else (some were
        deleted) all read again."""
        if self.gen == gen:
            return
        if self.gen is not None:
            self._append(conn, s, int(self.docnum[-1]) if len(self.docnum) else 0)
        if len(self.docnum) != n:
            self.__init__()
            self._append(conn, s, 0)
        self.gen = gen

    def _append(self, conn, s: str, after: int) -> None:
        conn.execute("SET LOCAL enable_seqscan = on")   # all acts: a scan, not a bitmap
        try:
            rows = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM {s}.docs "
                                f"WHERE docnum > %s ORDER BY docnum", [after]).fetchall()
        finally:
            conn.execute("SET LOCAL enable_seqscan = off")
        if not rows:
            return
        base = len(self.docnum)
        cols = list(zip(*rows))
        self.docnum = np.concatenate([self.docnum, np.array(cols[0], np.int64)])
        at = 1
        for f in _SCALARS:
            codes = np.array([-1 if v is None else self._of(f, v) for v in cols[at]], np.int32)
            self.scalar[f] = np.concatenate([self.scalar[f], codes])
            at += 1
        for f in _ARRAYS:
            vals, owner = [], []
            for i, arr in enumerate(cols[at]):
                for v in arr or ():
                    if v is not None:
                        vals.append(self._of(f, v))
                        owner.append(base + i)
            old_v, old_o = self.multi[f]
            self.multi[f] = (np.concatenate([old_v, np.array(vals, np.int32)]),
                             np.concatenate([old_o, np.array(owner, np.int64)]))
            at += 1
        days = cols[at]
        self.received = np.concatenate([self.received,
                                        np.array([d or "" for d in days], "U10")])
        self.has_received = np.concatenate([self.has_received,
                                            np.array([d is not None for d in days], bool)])
        at += 1
        for f in _LENGTHS:
            self.length[f] = np.concatenate([self.length[f], np.array(cols[at], np.float64)])
            at += 1

    def _of(self, f: str, v: str) -> int:
        code = self._code[f].get(v)
        if code is None:
            code = self._code[f][v] = len(self.values[f])
            self.values[f].append(v)
        return code

    def facet_rows(self, at: np.ndarray) -> list[tuple[str, str, int]]:
        """``(field, value, count)`` of the acts at positions ``at``."""
        out = []
        for f in _SCALARS:
            codes = self.scalar[f][at]
            counts = np.bincount(codes[codes >= 0], minlength=len(self.values[f]))
            out += [(f, self.values[f][c], int(k)) for c, k in enumerate(counts) if k]
        if len(at):
            mask = np.zeros(len(self.docnum), bool)
            mask[at] = True
            for f in _ARRAYS:
                vals, owner = self.multi[f]
                counts = np.bincount(vals[mask[owner]], minlength=len(self.values[f]))
                out += [(f, self.values[f][c], int(k)) for c, k in enumerate(counts) if k]
        return out

    def in_range(self, at: np.ndarray, lo: str, hi: str) -> int:
        """How many acts at ``at`` were received in ``[lo, hi]`` (empty: open)."""
        ok = self.has_received[at]
        days = self.received[at]
        if lo:
            ok &= days >= lo
        if hi:
            ok &= days <= hi
        return int(ok.sum())


def postings(conn, s: str, keys: list[tuple[str, str]], known=lambda key: True
             ) -> dict[tuple, tuple]:
    """``(field, term) -> (document numbers ascending, frequencies)`` of
    each key, its whole list: a posted term's from ``postings`` (binary
    arrays), a shingle's (frequency 1) from the GIN index of its field (its
    rows' document numbers only, no word vector read); a key ``known``
    says is in no act reads nothing."""
    from search.engine.pg_engine import _tsquery
    got: dict[tuple, tuple[list, list]] = {k: ([], []) for k in keys}
    posted = [k for k in keys if k[0] in _POSTED and known(k)]
    shingles = [k for k in keys if k[0] in _SETS and known(k)]
    parts, args = [], []
    if posted:
        parts.append(f"SELECT p.field, p.term, array_send(p.docs), array_send(p.tfs) "
                     f"FROM {s}.postings p JOIN unnest(%s::text[], %s::text[]) k(f, t) "
                     f"ON p.field = k.f AND p.term = k.t")
        args += [[f for f, _ in posted], [t for _, t in posted]]
    for f, t in shingles:
        parts.append(f"SELECT %s, %s, array_send(ARRAY(SELECT docnum FROM {s}.docs "
                     f"WHERE {f}_tsv @@ %s::tsquery ORDER BY docnum)), NULL::bytea")
        args += [f, t, _tsquery(t)]
    rows = conn.execute(" UNION ALL ".join(parts), args).fetchall() if parts else []
    for f, t, d, tf in rows:
        if len(d) > _HEADER:   # an emptied row has no dimension
            got[(f, t)][0].append(bytes(d)[_HEADER:])
            if tf is not None:
                got[(f, t)][1].append(bytes(tf)[_HEADER:])
    out = {}
    for k, (ds, tfs) in got.items():
        docs = np.frombuffer(b"".join(ds), _INT8)["v"].astype(np.int64)
        freq = (np.frombuffer(b"".join(tfs), _INT4)["v"].astype(np.int64) if k[0] in _POSTED
                else np.ones(len(docs), np.int64))
        if len(docs) > 1 and not bool(np.all(docs[1:] > docs[:-1])):
            order = np.argsort(docs, kind="stable")
            docs, freq = docs[order], freq[order]
        out[k] = (docs, freq)
    return out


def matches(node: Node, lists: dict) -> np.ndarray:
    """The document numbers ``node`` matches, ascending."""
    if isinstance(node, Term):
        return lists[(node.field, node.text)][0]
    parts = [matches(n, lists) for n in node.items]
    got = parts[0]
    for p in parts[1:]:
        got = (np.intersect1d(got, p, assume_unique=True) if isinstance(node, And)
               else np.union1d(got, p))
    return got


def scores(eng, node: Node, lists: dict, docs: np.ndarray, lengths: dict, top: bool = True
           ) -> np.ndarray:
    """BM25 of ``node`` for each of ``docs`` as ``_Sql.score`` computes it
    (``top``: the plan itself, known to match; a nested ``And`` scores only
    where all its items match)."""
    from search.engine.pg_engine import B, K1
    if isinstance(node, Term):
        d, tf = lists[(node.field, node.text)]
        at = np.minimum(np.searchsorted(d, docs), max(len(d) - 1, 0))
        present = d[at] == docs if len(d) else np.zeros(len(docs), bool)
        freq = tf[at].astype(np.float64) if len(d) else np.zeros(len(docs))
        c = eng.idf(node.field, node.text) * (K1 + 1) * node.boost
        a = K1 * (1 - B)
        b = K1 * B / eng.avg_length(node.field)
        n = lengths[node.field]
        if node.field in _SETS:   # frequency 1, as _Sql.score writes it
            return np.where(present, c / (1 + a + b * n), 0.0)
        return np.where(present, c - c * (a + b * n) / (freq + a + b * n), 0.0)
    parts = [scores(eng, n, lists, docs, lengths, False) for n in node.items]
    total = parts[0]
    for p in parts[1:]:
        total = total + p
    if isinstance(node, And) and not top:
        total = np.where(np.isin(docs, matches(node, lists), assume_unique=True), total, 0.0)
    return total
