"""The matches of a plan of words found, counted, faceted and ranked from
their ``postings`` lists and the acts' columns held in memory, for
search/engine/pg_engine.py: no row of a match is visited.

``And`` of words, a word with its kin words (an ``Or``), a phrase and other
plans of word terms matched many acts, and each match was visited: its row
read from the heap for the facet columns, its term frequencies joined and
scored in SQL, one by one (at 100,000 acts 14,000 matches of two words
cost ~270 ms in ``EXPLAIN ANALYZE``, ten times that at a million). Here
the engine keeps, per generation of the index, what facets, filters and
BM25 read of every act — document number, the facet and filter columns,
its days and the quantised lengths of the word fields — as numpy arrays,
brought up to date with the rows added since (document numbers only grow)
and without the deleted ones. A search reads the whole ``postings`` lists
of the plan's terms (binary arrays, ~12 bytes a posting; a phrase's
common shingles there too, its rarer ones from their GIN index, document
numbers only), intersects and
unites them as the plan says, applies the filters, and counts and scores
the matches as arrays. Totals and facet counts are exact (the same
matches as the SQL condition); scores are BM25 with the same
floating-point operations, in the same order, as ``_Sql.score`` — IEEE
operations on arrays round as on scalars — so the page, its scores and
ties (lower document number first, as Whoosh) are the full ranking's.
"""
from __future__ import annotations

from collections import OrderedDict
from itertools import chain

import numpy as np

from search.engine import pg_bitmaps, pg_store
from search.engine.documents import FACET_FIELDS, MULTI_VALUED
from search.engine.nodes import All, And, DisMax, Node, Not, Or, Range, Term, leaves

_POSTED = set(pg_store.POSTED_FIELDS)
_SETS = set(pg_store.SET_FIELDS)
# the fields whose lengths BM25 reads: the posted ones, and the phrase shingles
_LENGTHS = (*pg_store.POSTED_FIELDS, *pg_store.SET_FIELDS)
# the facet fields, the exact fields the desk's filters name (a status,
# a gazette, a district's municipalities) and those a requisite lookup
# scores (an act's number and its base: ``№ 50/8`` is scored over every act
# numbered 50…, at a million acts a thousand rows read from the heap — 20-75
# ms when they were not cached — to keep the two hundred of the asked kind)
_SCALARS = [f for f in FACET_FIELDS if f not in MULTI_VALUED] + [
    "status", "publication", "municipality", "district", "number", "number_base"]
_ARRAYS = [f for f in FACET_FIELDS if f in MULTI_VALUED]
_DAYS = ("received_day", "date")
_COLUMNS = ["docnum", *_SCALARS, *_ARRAYS, *_DAYS, *(f"len_{f}" for f in _LENGTHS)]
# the binary form of a one-dimensional array (array_send): a 20-byte
# header, then per element its length and its big-endian value
_HEADER = 20
_INT8 = np.dtype([("n", ">i4"), ("v", ">i8")])
_INT4 = np.dtype([("n", ">i4"), ("v", ">i4")])
# the postings lists kept between searches of one generation (per act: 4
# bytes a list, 4 MB at a million acts): the desk's words recur — at
# 300,000 acts reading the lists of two common words was 100 ms of 165
LIST_BYTES = 256 << 20


def _day(d: str | None) -> int:
    """``YYYY-MM-DD`` as the number YYYYMMDD; -1: none or another form."""
    if d is None or len(d) != 10 or d[4] != "-" or d[7] != "-":
        return -1
    digits = d[:4] + d[5:7] + d[8:]
    return int(digits) if digits.isascii() and digits.isdigit() else -1


def summands(node: Node) -> list[Term] | None:
    """The word terms whose BM25 sum is ``node``'s score (a lemma: ``DisMax``
    of its title, meta and text terms; with its kin words an ``Or`` of
    such), or None when the plan is anything else."""
    return leaves(node, (Or, DisMax), lambda t: t.field in _POSTED and t.boost >= 0)


def _word(t: Term) -> bool:
    return t.field in _POSTED or t.field in _SETS


def keyed(t: Term) -> bool:
    """Is ``t`` a term of an exact field the columns hold (its matches are
    told in memory, as ``Columns.where`` tells a filter)."""
    return t.field in _SCALARS or t.field in _ARRAYS or t.field in _DAYS


def plan_terms(node: Node) -> list[Term] | None:
    """The terms of a plan made only of word terms (posted, or phrase
    shingles) and terms of the exact fields the columns hold (a requisite
    lookup's number, date, year and kind) under ``Or``, ``DisMax`` and
    ``And`` (no ``Not``), or None."""
    return leaves(node, (Or, DisMax, And), lambda t: _word(t) or keyed(t))


class Columns:
    """Every act's facet values and the exact fields filters name (codes),
    its days and posted field lengths, by position in ascending document
    number; as of generation ``gen`` of the index."""

    def __init__(self):
        self.gen = None
        self.docnum = np.zeros(0, np.int64)
        self.values: dict[str, list] = {f: [] for f in (*_SCALARS, *_ARRAYS)}  # code -> value
        self._code: dict[str, dict] = {f: {} for f in self.values}
        self.scalar = {f: np.zeros(0, np.int32) for f in _SCALARS}   # -1: no value
        # a multi-valued field: its values' codes and, per value, its act's position
        self.multi = {f: (np.zeros(0, np.int32), np.zeros(0, np.int32)) for f in _ARRAYS}
        # days as YYYYMMDD numbers (the order of their ISO text), -1: none or
        # another form, kept as text by position in ``odd``
        self.day = {f: np.zeros(0, np.int32) for f in _DAYS}
        self.odd: dict[str, dict[int, str]] = {f: {} for f in _DAYS}
        self.length = {f: np.zeros(0, np.int32) for f in _LENGTHS}   # length codes
        self._pos = np.zeros(0, np.int32)
        self._start = {f: np.zeros(1, np.int64) for f in _ARRAYS}
        self._generation_caches()

    def _generation_caches(self) -> None:
        """What holds for one generation only: every act's facet counts, and
        the postings lists read (per act, by key), least recently used first."""
        self._every: dict[str, np.ndarray] = {}
        self._lists: OrderedDict = OrderedDict()
        self._list_bytes = 0
        self._posted: dict[tuple, bool] = {}   # (field, shingle) -> has postings rows
        self._bitmapped: dict[tuple, bool] = {}   # (field, term) -> has bitmaps

    def sync(self, conn, s: str, gen: tuple, n: int) -> None:
        """Up to date with generation ``gen`` (the table's oid: a rebuilt
        index starts again; and the index's generation) holding ``n`` acts,
        inside the caller's snapshot: the acts added since appended, the
        deleted ones dropped (their document numbers no longer there)."""
        if self.gen == gen:
            return
        if self.gen is not None and self.gen[0] != gen[0]:
            self.__init__()   # another table: its document numbers start again
        self._append(conn, s, int(self.docnum[-1]) if len(self.docnum) else 0)
        if len(self.docnum) != n:
            there = np.frombuffer(conn.execute(
                f"SELECT substr(array_send(ARRAY(SELECT docnum FROM {s}.docs)), "
                f"{_HEADER + 1})", binary=True).fetchone()[0], _INT8)["v"]
            self._keep(np.isin(self.docnum, there))
        self.gen = gen
        self._generation_caches()
        top = int(self.docnum[-1]) + 1 if len(self.docnum) else 0
        self._pos = np.full(top, -1, np.int32)   # document number -> position
        self._pos[self.docnum] = np.arange(len(self.docnum), dtype=np.int32)
        # where each act's values of a multi-valued field start (their
        # positions ascend): the values of acts i are [start[i], start[i + 1])
        self._start = {f: np.searchsorted(owner, np.arange(len(self.docnum) + 1))
                       for f, (_, owner) in self.multi.items()}

    def _append(self, conn, s: str, after: int, batch: int = 20_000) -> None:
        """The acts after document number ``after``, read in batches (a
        million rows as Python tuples at once took gigabytes)."""
        conn.execute("SET LOCAL enable_seqscan = on")   # all acts: a scan, not a bitmap
        try:
            cur = conn.cursor(name="actdesk_columns")
            cur.itersize = batch
            cur.execute(f"SELECT {', '.join(_COLUMNS)} FROM {s}.docs WHERE docnum > %s "
                        f"ORDER BY docnum", [after])
            while rows := cur.fetchmany(batch):
                self._add(rows)
            cur.close()
        finally:
            conn.execute("SET LOCAL enable_seqscan = off")

    def _add(self, rows: list) -> None:
        """Rows appended; each distinct value looked up once (a call per
        value of a million acts cost seconds)."""
        base = len(self.docnum)
        cols = dict(zip(_COLUMNS, zip(*rows)))
        self.docnum = np.concatenate([self.docnum, np.array(cols["docnum"], np.int64)])
        for f in _SCALARS:
            code = {v: -1 if v is None else self._of(f, v) for v in set(cols[f])}
            self.scalar[f] = np.concatenate([self.scalar[f],
                                             np.array(list(map(code.__getitem__, cols[f])),
                                                      np.int32)])
        for f in _ARRAYS:
            lists = [arr or () for arr in cols[f]]
            flat = list(chain.from_iterable(lists))
            if None in set(flat):   # an empty element counts nowhere
                lists = [[v for v in arr if v is not None] for arr in lists]
                flat = list(chain.from_iterable(lists))
            code = {v: self._of(f, v) for v in set(flat)}
            owner = np.repeat(np.arange(base, base + len(lists), dtype=np.int32),
                              list(map(len, lists)))
            old_v, old_o = self.multi[f]
            self.multi[f] = (np.concatenate([old_v, np.array(list(map(code.__getitem__, flat)),
                                                             np.int32)]),
                             np.concatenate([old_o, owner]))
        for f in _DAYS:
            number = {d: _day(d) for d in set(cols[f])}
            days = np.array(list(map(number.__getitem__, cols[f])), np.int32)
            self.day[f] = np.concatenate([self.day[f], days])
            self.odd[f].update((base + i, cols[f][i]) for i in np.flatnonzero(days < 0).tolist()
                               if cols[f][i] is not None)
        for f in _LENGTHS:
            self.length[f] = np.concatenate([self.length[f],
                                             np.array(cols[f"len_{f}"], np.int32)])

    def _keep(self, keep: np.ndarray) -> None:
        """Only the acts ``keep`` says (by position), the rest dropped."""
        moved = np.cumsum(keep) - 1   # old position -> new
        self.docnum = self.docnum[keep]
        for f in _SCALARS:
            self.scalar[f] = self.scalar[f][keep]
        for f, (vals, owner) in self.multi.items():
            stay = keep[owner]
            self.multi[f] = (vals[stay], moved[owner[stay]].astype(np.int32))
        for f in _DAYS:
            self.day[f] = self.day[f][keep]
            self.odd[f] = {int(moved[i]): d for i, d in self.odd[f].items() if keep[i]}
        for f in _LENGTHS:
            self.length[f] = self.length[f][keep]

    def position(self, docs: np.ndarray) -> np.ndarray | None:
        """The positions of acts ``docs``, or None if one is not here."""
        if not len(docs):
            return np.zeros(0, np.int64)
        if int(docs.max()) >= len(self._pos) or int(docs.min()) < 0:
            return None
        at = self._pos[docs]
        return None if bool((at < 0).any()) else at

    def _of(self, f: str, v: str) -> int:
        code = self._code[f].get(v)
        if code is None:
            code = self._code[f][v] = len(self.values[f])
            self.values[f].append(v)
        return code

    def facet_rows(self, at: np.ndarray) -> list[tuple[str, str, int]]:
        """``(field, value, count)`` of the acts at positions ``at``. Most of
        the fund (a common word) is counted as every act's counts less those
        of the acts left out: at 300,000 acts a word in 98 % of them spent
        21 ms of 77 here."""
        out = []
        rest = None
        if 2 * len(at) > len(self.docnum):
            keep = np.ones(len(self.docnum), bool)
            keep[at] = False
            rest = np.flatnonzero(keep)
        for f in FACET_FIELDS:
            if rest is None:
                counts = self._counts(f, at)
            else:
                if f not in self._every:
                    self._every[f] = self._counts(f, None)
                counts = self._every[f] - self._counts(f, rest)
            out += [(f, self.values[f][c], int(counts[c])) for c in np.flatnonzero(counts)]
        return out

    def _counts(self, f: str, at: np.ndarray | None) -> np.ndarray:
        """Acts per value code of facet ``f`` among those at positions
        ``at`` (None: all)."""
        if f in self.scalar:
            codes = self.scalar[f] if at is None else self.scalar[f][at]
            return np.bincount(codes[codes >= 0], minlength=len(self.values[f]))
        vals, start = self.multi[f][0], self._start[f]
        if at is None:
            return np.bincount(vals, minlength=len(self.values[f]))
        # the values of the acts at ``at`` only, through their offsets
        first, n = start[at], start[at + 1] - start[at]
        ends = np.cumsum(n)
        picked = np.arange(int(ends[-1]) if len(ends) else 0) + np.repeat(first - (ends - n), n)
        return np.bincount(vals[picked], minlength=len(self.values[f]))

    def posted(self, conn, s: str, keys: list[tuple]) -> set[tuple]:
        """The shingles among ``keys`` (field, term) whose lists are in
        ``postings`` (pg_store.PAIR_SHARE), asked once a generation."""
        return self._held(conn, f"{s}.postings", keys, self._posted)

    def bitmapped(self, conn, s: str, keys: list[tuple]) -> set[tuple]:
        """The terms among ``keys`` (field, term) whose lists are also in
        ``bitmaps`` (pg_bitmaps), asked once a generation."""
        return self._held(conn, f"{s}.bitmapped", keys, self._bitmapped)

    @staticmethod
    def _held(conn, table: str, keys: list[tuple], known: dict) -> set[tuple]:
        """The keys with a row in ``table`` (by field and term), the ones
        ``known`` lacks asked in one statement and remembered there."""
        ask = [k for k in keys if k not in known]
        if ask:
            got = set(conn.execute(
                f"SELECT f, t FROM unnest(%s::text[], %s::text[]) x(f, t) WHERE EXISTS "
                f"(SELECT 1 FROM {table} p WHERE p.field = x.f AND p.term = x.t)",
                [[f for f, _ in ask], [t for _, t in ask]]).fetchall())
            known.update((k, k in got) for k in ask)
        return {k for k in keys if known[k]}

    def spread(self, bits: bytes, tf: bytes | None, lo: bytes) -> np.ndarray | None:
        """A list read from ``bitmaps`` rows (in document order) as a
        frequency per act (by position; 0: not there): the rows' bit
        strings (most significant bit first: bit ``k`` is document ``lo +
        k``) laid over the space of document numbers, their frequencies
        (``tf``; None: 1) set where the bits are, then read at each act's
        number — no document number computed per posting. None: a bit
        names no act of the columns."""
        los = np.frombuffer(lo, ">i8")
        shift = pg_bitmaps.BITS
        per_row = len(bits) // max(len(los), 1)   # a string padded to whole bytes
        blocks = (len(self._pos) >> shift) + 1
        at = los >> shift
        if len(at) and int(at.max()) >= blocks:
            return None
        space = np.zeros((blocks, 1 << shift), bool)
        space[at] = np.unpackbits(np.frombuffer(bits, np.uint8).reshape(len(los), per_row),
                                  axis=1)[:, :1 << shift].view(bool)
        space = space.reshape(-1)
        if tf is None:
            got = space[self.docnum].astype(np.int32)
            there = int(np.count_nonzero(space))
        else:
            freqs = np.zeros(len(space), np.int32)
            freqs[space] = np.frombuffer(tf, ">i2")
            got = freqs[self.docnum]
            there = len(tf) // 2
        return got if int(np.count_nonzero(got)) == there else None

    def forget_lists(self) -> None:
        """No list kept (a benchmark's cold start)."""
        self._lists.clear()
        self._list_bytes = 0

    def cached(self, key) -> np.ndarray | None:
        """A list read by an earlier search of this generation."""
        got = self._lists.get(key)
        if got is not None:
            self._lists.move_to_end(key)
        return got

    def keep_list(self, key, values: np.ndarray) -> None:
        """``values`` (per act: a term's frequency) kept for the next
        searches of this generation, the least recently used dropped past
        ``LIST_BYTES``."""
        if values.nbytes > LIST_BYTES:
            return
        values.flags.writeable = False   # shared by the searches that read it
        self._lists[key] = values
        self._list_bytes += values.nbytes
        while self._list_bytes > LIST_BYTES:
            _, old = self._lists.popitem(last=False)
            self._list_bytes -= old.nbytes

    def in_range(self, f: str, lo: str, hi: str, at: np.ndarray | None = None) -> np.ndarray:
        """Per act (those at positions ``at``, else all): is its day ``f`` in
        ``[lo, hi]`` (empty: open) — as SQL compares the text: as numbers
        when both bounds are ISO days, else each distinct day's text
        compared; a day of another form as text."""
        days = self.day[f] if at is None else self.day[f][at]

        def within(text: str) -> bool:
            return (not lo or text >= lo) and (not hi or text <= hi)

        if (not lo or _day(lo) >= 0) and (not hi or _day(hi) >= 0):
            ok = days >= (_day(lo) if lo else 0)
            if hi:
                ok &= days <= _day(hi)
        else:
            known = days >= 0
            uniq = np.unique(days[known])
            hold = np.array([within(f"{u // 10000:04d}-{u // 100 % 100:02d}-{u % 100:02d}")
                             for u in uniq.tolist()], bool)
            ok = np.zeros(len(days), bool)
            if len(uniq):
                ok[known] = hold[np.searchsorted(uniq, days[known])]
        if self.odd[f]:
            where = np.arange(len(days)) if at is None else at
            for i in np.flatnonzero(np.isin(where, list(self.odd[f]))).tolist():
                ok[i] = within(self.odd[f][int(where[i])])
        return ok

    def on_day(self, f: str, text: str, at: np.ndarray | None = None) -> np.ndarray:
        """Per act (those at positions ``at``, else all): is its day ``f``
        the text ``text`` (SQL's equality: a day of another form kept as text
        equals only that text)."""
        days = self.day[f] if at is None else self.day[f][at]
        n = _day(text)
        ok = days == n if n >= 0 else np.zeros(len(days), bool)
        if n < 0 and self.odd[f]:
            where = np.arange(len(days)) if at is None else at
            same = [i for i, d in self.odd[f].items() if d == text]
            ok |= np.isin(where, same)
        return ok

    def where(self, node: Node, at: np.ndarray | None = None) -> np.ndarray:
        """Per act (those at positions ``at``, else all): does filter
        ``node`` (``filterable``) hold, as the SQL condition of _Sql.cond
        does (no value: false; ``Not``: true)."""
        if isinstance(node, All):
            return np.ones(len(self.docnum) if at is None else len(at), bool)
        if isinstance(node, Term) and node.field in _DAYS:
            return self.on_day(node.field, node.text, at)
        if isinstance(node, Term):
            code = self._code[node.field].get(node.text)
            if node.field in self.scalar:
                codes = self.scalar[node.field]
                return (codes if at is None else codes[at]) == (-2 if code is None else code)
            got = np.zeros(len(self.docnum), bool)
            if code is not None:
                vals, owner = self.multi[node.field]
                got[owner[vals == code]] = True
            return got if at is None else got[at]
        if isinstance(node, Range):
            return self.in_range(node.field, node.lo, node.hi, at)
        if isinstance(node, Not):
            return ~self.where(node.node, at)
        got = self.where(node.items[0], at)
        for n in node.items[1:]:
            got = got & self.where(n, at) if isinstance(node, And) else got | self.where(n, at)
        return got


def filterable(node: Node) -> bool:
    """Can ``Columns.where`` tell ``node`` from the columns it keeps."""
    if isinstance(node, All):
        return True
    if isinstance(node, Term):
        return keyed(node)
    if isinstance(node, Range):
        return node.field in _DAYS
    if isinstance(node, Not):
        return filterable(node.node)
    if isinstance(node, (And, Or, DisMax)):
        return bool(node.items) and all(filterable(n) for n in node.items)
    return False


def _shingle_ands(node: Node) -> list[list[Term]]:
    """The ``And`` nodes of a plan made of shingles only (a phrase)."""
    if isinstance(node, And) and all(isinstance(n, Term) and n.field in _SETS
                                     for n in node.items):
        return [list(node.items)]
    if isinstance(node, (And, Or, DisMax)):
        return [g for n in node.items for g in _shingle_ands(n)]
    return []


def postings(conn, s: str, cols: Columns, plan: Node, known=lambda key: True
             ) -> dict[tuple, np.ndarray] | None:
    """``(field, term) -> frequency per act`` (by position in ``cols``; 0:
    not there) of each key of ``plan``, its whole list: a posted term's from
    ``postings`` (binary arrays, joined by the server) — a common term's
    from ``bitmaps`` (pg_bitmaps: bytes ready to send) —, a shingle's
    (frequency 1) from ``postings`` when it is common (posted), else from
    the GIN index of its field (its rows' document numbers only, no word
    vector read) — a phrase's other shingles all at once, their bitmaps
    intersected by the server (a shingle found nowhere else in the plan
    only counts where the phrase matches); a key ``known``
    says is in no act reads nothing; a list an earlier search of the
    generation read is not read again (``Columns.cached``). None: a posting
    names an act the columns lack."""
    from search.engine.pg_engine import _tsquery
    asked = plan_terms(plan) or []
    terms = [t for t in asked if _word(t)]
    keys = sorted({(t.field, t.text) for t in terms})
    uses = {k: 0 for k in keys}
    for t in terms:
        uses[(t.field, t.text)] += 1
    out: dict[tuple, np.ndarray] = {}
    targets: list[tuple] = []   # the cache key each row of the statement fills
    fills: dict[tuple, list[tuple]] = {}   # cache key -> the plan's keys it gives
    parts, args = [], []

    def wanted(key: tuple, gives: list[tuple]) -> bool:
        """Record what ``key`` gives; False when a cached list gives it."""
        fills[key] = gives
        got = cols.cached(key)
        if got is not None:
            for k in gives:
                out[k] = got
            return False
        targets.append(key)
        return True

    def gin(got: list[tuple]) -> None:
        """The acts holding every shingle of ``got``, through their GIN
        index (document numbers only, no word vector read)."""
        cond = " AND ".join(f"{f}_tsv @@ %s::tsquery" for f, _ in got)
        parts.append(f"SELECT {len(targets) - 1}, substr(array_send(ARRAY(SELECT docnum "
                     f"FROM {s}.docs WHERE {cond})), {_HEADER + 1}), NULL::bytea, "
                     f"NULL::bytea")
        args.extend(_tsquery(t) for _, t in got)

    def listed(key: tuple, freqs: bool) -> None:
        """One bytea of a key's ``postings`` rows (and one of their
        frequencies): the arrays in binary without their headers, in any
        order (both aggregates see the rows in the same order; a position
        needs no order): a sort of the rows cost more than the rest."""
        tf = (f"string_agg(substr(array_send(tfs), {_HEADER + 1}), ''::bytea)" if freqs
              else "NULL::bytea")
        parts.append(f"SELECT {len(targets) - 1}, string_agg(substr(array_send(docs), "
                     f"{_HEADER + 1}), ''::bytea), {tf}, NULL::bytea FROM {s}.postings "
                     f"WHERE field = %s AND term = %s")
        args.extend(key)

    def packed(key: tuple, freqs: bool) -> None:
        """A common term's ``bitmaps`` rows: their bit strings (without
        their length words), frequencies and first numbers, each one bytea,
        the rows in document order (the frequencies then follow the bits:
        ``Columns.spread``; a row per 2,048 acts, no cost to sort)."""
        tf = "string_agg(tf, ''::bytea ORDER BY lo)" if freqs else "NULL::bytea"
        parts.append(f"SELECT {len(targets) - 1}, string_agg(substr(varbit_send(bm), 5), "
                     f"''::bytea ORDER BY lo), {tf}, string_agg(int8send(lo), ''::bytea "
                     f"ORDER BY lo) FROM {s}.bitmaps WHERE field = %s AND term = %s")
        args.extend(key)

    posted = cols.posted(conn, s, [k for k in keys if k[0] in _SETS and known(k)])
    for group in _shingle_ands(plan):
        got = [(t.field, t.text) for t in group]
        if all(uses[k] == 1 for k in got):
            rest = [k for k in got if k not in posted]
            every = all(known(k) for k in got)
            if every and rest and wanted(("and", *rest), rest):
                gin(rest)
            for k in got:
                if k not in posted or not every:
                    uses[k] = 0   # read (or matching nothing); a posted one below
    lists = [k for k in keys if (uses[k] if k[0] in _SETS else k[0] in _POSTED) and known(k)]
    bitmapped = cols.bitmapped(conn, s, [k for k in lists if k[0] in _POSTED or k in posted])
    for k in lists:
        if wanted(k, [k]):
            if k in bitmapped:
                packed(k, freqs=k[0] in _POSTED)
            elif k[0] in _POSTED or k in posted:
                listed(k, freqs=k[0] in _POSTED)
            else:
                gin([k])
    rows = (conn.execute(" UNION ALL ".join(parts), args, binary=True).fetchall()
            if parts else [])
    read = {}
    for i, d, tf, lo in rows:
        if d is None:   # no row
            continue
        if lo is None:   # postings arrays, or document numbers from an index
            at = cols.position(np.frombuffer(d, _INT8)["v"])
            if at is None:
                return None
            values = np.zeros(len(cols.docnum), np.int32)
            values[at] = np.frombuffer(tf, _INT4)["v"] if tf is not None else 1
        else:
            values = cols.spread(d, tf, lo)
            if values is None:
                return None
        read[targets[i]] = values
    for key in targets:
        values = read.get(key)
        if values is None:
            values = np.zeros(len(cols.docnum), np.int32)
        cols.keep_list(key, values)
        for k in fills[key]:
            out[k] = values
    lists = {k: out.get(k, np.zeros(len(cols.docnum), np.int32)) for k in keys}
    for t in asked:   # exact fields: 1 where the act holds the value
        if not _word(t) and (t.field, t.text) not in lists:
            lists[(t.field, t.text)] = cols.where(t).view(np.int8)
    return lists


def matches(node: Node, lists: dict) -> np.ndarray:
    """Per act (by position): does ``node`` match it."""
    if isinstance(node, Term):
        return lists[(node.field, node.text)] > 0
    got = matches(node.items[0], lists)
    for n in node.items[1:]:
        got = got & matches(n, lists) if isinstance(node, And) else got | matches(n, lists)
    return got


def scores(eng, node: Node, lists: dict, at: np.ndarray, lengths: dict, top: bool = True
           ) -> np.ndarray:
    """BM25 of ``node`` for each act at positions ``at`` as ``_Sql.score``
    computes it (``top``: the plan itself, known to match; a nested ``And``
    scores only where all its items match). A term in under half of them
    is computed where it occurs only (a word's title and meta terms beside
    its text term; the kin words): each act's score takes the same
    operations in the same order either way."""
    from search.engine.pg_engine import B, K1
    if isinstance(node, Term) and not _word(node):   # as _Sql.score: the boost where it holds
        return np.where(lists[(node.field, node.text)][at] > 0, float(node.boost), 0.0)
    if isinstance(node, Term):
        freq = lists[(node.field, node.text)][at]
        c = eng.idf(node.field, node.text) * (K1 + 1) * node.boost
        a = K1 * (1 - B)
        b = K1 * B / eng.avg_length(node.field)
        n = lengths[node.field]

        def bm25(tf: np.ndarray, bn: np.ndarray) -> np.ndarray:
            if node.field in _SETS:   # frequency 1, as _Sql.score writes it
                return c / (1 + a + bn)
            return c - c * (a + bn) / (tf.astype(np.float64) + a + bn)

        nz = np.flatnonzero(freq)
        if 2 * len(nz) > len(at):
            return np.where(freq > 0, bm25(freq, b * n), 0.0)
        out = np.zeros(len(at))
        out[nz] = bm25(freq[nz], b * n[nz])
        return out
    parts = [scores(eng, n, lists, at, lengths, False) for n in node.items]
    total = parts[0]
    for p in parts[1:]:
        total = total + p
    if isinstance(node, And) and not top:
        total = np.where(matches(node, lists)[at], total, 0.0)
    return total
