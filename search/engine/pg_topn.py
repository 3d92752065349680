"""The top of a common word's ranking without scoring every match
(block-max over ``postings``), for search/engine/pg_engine.py.

A word in most acts matched every act, and every match was scored and
sorted for a page of ten: at 100,000 acts ~600 ms of a 1.25 s search, and
growing with the fund. A plan that only sums word terms of the posted
fields (a lemma: ``DisMax`` of its title, meta and text terms; with its kin
words an ``Or`` of such) scores each document as the sum of its terms'
BM25, and each postings row keeps the highest BM25 saturation of its
documents (pg_store ``maxsat``): the row's best possible BM25. Summed
per block of document numbers over the plan's terms, that bounds every
document of the block. Blocks are read best bound first, their documents
scored exactly; the walk stops when the page's last score is above the
next block's bound (strictly: a document there with an equal score and a
lower number would come first, as Whoosh breaks ties). The scores are
computed here with the same floating-point operations, in the same order,
as the SQL of ``_Sql.score``, so the page, its scores and its order are
the ones the full ranking gives (tests/test_pg_engine.py compares both
with Whoosh).
"""
from __future__ import annotations

import heapq

from search.engine import pg_store
from search.engine.nodes import DisMax, Node, Or, Term, leaves

_POSTED = set(pg_store.POSTED_FIELDS)
# a bound is a float sum like the scores it bounds: widened by far more
# than their rounding, so that rounding never cuts a block that holds the
# page's document
_SLACK = 1e-9
# blocks scored in the first round trip (each further round doubles): most
# pages of a common word are settled in the first few best blocks
FIRST_BLOCKS = 8


def summands(node: Node) -> list[Term] | None:
    """The word terms whose BM25 sum is ``node``'s score, or None when the
    plan is anything else (a condition, a phrase, an exact field)."""
    return leaves(node, (Or, DisMax), lambda t: t.field in _POSTED and t.boost >= 0)


class Weights:
    """BM25 of each term as ``_Sql.score`` writes it:
    ``c - c·(a + b·len) / (tf + a + b·len)``, no such term: 0."""

    def __init__(self, eng, terms: list[Term]):
        from search.engine.pg_engine import B, K1
        self.of = {}
        self.avg = {t.field: eng.avg_length(t.field) for t in terms}
        for t in terms:
            self.of[t] = (eng.idf(t.field, t.text) * (K1 + 1) * t.boost, K1 * (1 - B),
                          K1 * B / eng.avg_length(t.field))

    def term(self, t: Term, tf: int | None, length: int) -> float:
        if tf is None:
            return 0
        c, a, b = self.of[t]
        return c - c * (a + b * length) / (tf + a + b * length)

    def bound(self, t: Term, maxsat: float, avgl: float) -> float:
        """The highest BM25 of ``t`` in a postings row: its saturation
        bound was computed under average length ``avgl``; under today's a
        saturation is at most ``today / avgl`` times as high."""
        c = self.of[t][0]
        return c * maxsat * max(1.0, self.avg[t.field] / avgl)

    def score(self, node: Node, tfs: dict, lens: dict) -> float:
        """The plan's score of one document (``tfs``: (field, term) ->
        frequency; ``lens``: field -> length code), summed left to right
        along the plan as the SQL's ``(x + y + z)``."""
        if isinstance(node, Term):
            return self.term(node, tfs.get((node.field, node.text)), lens[node.field])
        parts = [self.score(n, tfs, lens) for n in node.items]
        total = parts[0]
        for p in parts[1:]:
            total = total + p
        return total


def top(eng, must: Node, terms: list[Term], k: int) -> tuple[list, tuple[int, int]]:
    """The ``k`` best ``(docnum, score)`` of plan ``must`` (its ``terms``:
    ``summands``), best first and ties by document number; and how many
    blocks were read of how many hold its terms. Runs on ``eng.conn`` inside the caller's transaction."""
    s, w = eng.s, Weights(eng, terms)
    keys = sorted({(t.field, t.text) for t in terms})
    rows = eng.conn.execute(
        " UNION ALL ".join(f"SELECT field, term, lo, maxsat, avgl FROM {s}.postings "
                           f"WHERE field = %s AND term = %s" for _ in keys),
        [x for key in keys for x in key]).fetchall()
    # per block: the rows of each key, and each key's best BM25 there
    best: dict[int, dict] = {}
    los: dict[int, dict] = {}
    for f, t, lo, maxsat, avgl in rows:
        blk = lo >> pg_store.BLOCK_BITS
        los.setdefault(blk, {}).setdefault((f, t), []).append(lo)
        b = best.setdefault(blk, {})
        for j, term in enumerate(terms):   # a term twice in the plan counts twice
            if (term.field, term.text) == (f, t):
                b[j] = max(b.get(j, 0.0), w.bound(term, maxsat, avgl))
    bound = {blk: sum(b.values()) * (1 + _SLACK) + _SLACK for blk, b in best.items()}
    order = sorted(bound, key=lambda blk: -bound[blk])
    kept: list[tuple[float, int]] = []   # a min-heap of (score, -docnum): the k best
    i, step = 0, FIRST_BLOCKS
    while i < len(order):
        if len(kept) >= k and kept[0][0] > bound[order[i]]:
            break
        chunk, i, step = order[i:i + step], i + step, step * 2
        for dn, sc in _scored(eng, must, w, keys, [los[b] for b in chunk]).items():
            item = (sc, -dn)
            if len(kept) < k:
                heapq.heappush(kept, item)
            elif item > kept[0]:
                heapq.heapreplace(kept, item)
    ranked = sorted(((-n, sc) for sc, n in kept), key=lambda x: (-x[1], x[0]))
    return ranked, (min(i, len(order)), len(order))


def _scored(eng, must: Node, w: Weights, keys: list, blocks: list[dict]) -> dict[int, float]:
    """Exact scores of every document in ``blocks`` (each: key -> its
    rows' ``lo``) that holds one of the plan's terms."""
    s = eng.s
    parts, args = [], []
    for key in keys:
        lo = [x for b in blocks for x in b.get(key, ())]
        if lo:
            parts.append(f"SELECT field, term, u.d, u.f FROM {s}.postings p, "
                         f"unnest(p.docs, p.tfs) u(d, f) "
                         f"WHERE p.field = %s AND p.term = %s AND p.lo = ANY(%s)")
            args += [*key, lo]
    lens = ", ".join(f"x.len_{f}" for f in pg_store.POSTED_FIELDS)
    rows = eng.conn.execute(
        f"WITH e AS MATERIALIZED ({' UNION ALL '.join(parts)}) "
        f"SELECT e.field, e.term, e.d, e.f, {lens} FROM e JOIN {s}.docs x ON x.docnum = e.d "
        f"WHERE x.docnum = ANY(ARRAY(SELECT d FROM e))", args).fetchall()
    tfs: dict[int, dict] = {}
    lengths: dict[int, dict] = {}
    for f, t, d, tf, *ls in rows:
        tfs.setdefault(d, {})[(f, t)] = tf
        lengths[d] = dict(zip(pg_store.POSTED_FIELDS, ls))
    return {d: w.score(must, tf, lengths[d]) for d, tf in tfs.items()}
