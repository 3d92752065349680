"""The PostgreSQL engine: plans (search/engine/nodes.py) run as SQL on the
tables of search/engine/pg_store.py.

A plan becomes one WHERE condition (GIN on the word fields, b-tree on the
exact ones) and one score expression: BM25 per term, computed as Whoosh's
BM25F computes it (same idf, K1, B, quantised lengths and average lengths),
summed along the plan as search/engine/ranking.py sums (an ``And`` scores
only when all its items match), times each term's boost; exact fields
score their boost. Ties go to the lower document number, as in Whoosh, so
the two engines give the same order. Totals are exact (``count(*)``),
facets are ``GROUP BY`` on the facet columns of the matches.
"""
from __future__ import annotations

import math
import os
import threading
import time

from search.engine import pg_store
from search.engine.documents import FACET_FIELDS
from search.engine.interface import EngineHit, EngineResult, Message, RecordSource
from search.engine.nodes import All, And, DisMax, Node, Not, Or, Range, Term, negatives, positives
from search.engine.ranking import natural_key

K1, B = 1.2, 0.75      # Whoosh's BM25F defaults (the Whoosh engine's weighting)
_TEXT = set(pg_store.TEXT_FIELDS)
_KEYS = set(pg_store.KEY_FIELDS) | {"id"}


def _tsquery(term: str) -> str:
    """A one-lexeme tsquery taken verbatim (no parser, no normalisation)."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class _Sql:
    """A plan compiled: ``cond`` and ``score`` SQL with their parameters."""

    def __init__(self, eng: "Engine"):
        self.eng = eng

    def cond(self, node: Node) -> tuple[str, list]:
        if isinstance(node, Term):
            f, t = node.field, node.text
            if f in _TEXT:
                return f"{f}_tsv @@ %s::tsquery", [_tsquery(t)]
            if f == "rubric":
                return "rubric @> ARRAY[%s]::text[]", [t]
            if f in _KEYS:
                return f"{f} = %s", [t]
            raise ValueError(f"unknown field {f!r} in {node!r}")
        if isinstance(node, And):
            parts, args = [], []
            for n in positives(node):
                c, a = self.cond(n)
                parts.append(f"({c})")
                args += a
            for n in negatives(node):
                c, a = self.cond(n.node)
                parts.append(f"NOT coalesce(({c}), false)")
                args += a
            return (" AND ".join(parts) or "true"), args
        if isinstance(node, (Or, DisMax)):
            parts, args = [], []
            for n in node.items:
                c, a = self.cond(n)
                parts.append(f"({c})")
                args += a
            return (" OR ".join(parts) or "false"), args
        if isinstance(node, Range):
            if node.field not in _KEYS:
                raise ValueError(f"range on field {node.field!r}")
            parts, args = [f"{node.field} IS NOT NULL"], []
            if node.lo:
                parts.append(f"{node.field} >= %s")
                args.append(node.lo)
            if node.hi:
                parts.append(f"{node.field} <= %s")
                args.append(node.hi)
            return " AND ".join(parts), args
        if isinstance(node, All):
            return "true", []
        if isinstance(node, Not):
            c, a = self.cond(node.node)
            return f"NOT coalesce(({c}), false)", a
        raise ValueError(f"unknown plan node {node!r}")

    def score(self, node: Node, known: bool = False) -> tuple[str, list]:
        """The score of ``node`` per row; ``known``: the row is known to
        match it (the plan is the WHERE): no condition is tested again, as
        each test detoasts the row's tsvector."""
        if isinstance(node, Term):
            f, t = node.field, node.text
            if f in _TEXT:
                c = self.eng.idf(f, t) * (K1 + 1) * node.boost
                a = K1 * (1 - B)
                b = K1 * B / self.eng.avg_length(f)
                if f in pg_store.SET_FIELDS:   # term frequency 1: no lookup
                    if known:
                        return f"(%s / (1 + %s + %s * len_{f}))", [c, a, b]
                    cond, ca = self.cond(node)
                    return (f"(CASE WHEN {cond} THEN %s / (1 + %s + %s * len_{f}) ELSE 0 END)",
                            [*ca, c, a, b])
                # c·tf/(tf + n) written as c - c·n/(tf + n): the frequency is
                # looked up (its jsonb detoasted) once; no such term: 0
                return (f"coalesce(%s - %s * (%s + %s * len_{f}) / (({f}_tf->>%s::text)::float8 "
                        f"+ %s + %s * len_{f}), 0)", [c, c, a, b, t, a, b])
            if known:
                return "%s::float8", [node.boost]
            c, args = self.cond(node)
            return f"(CASE WHEN {c} THEN %s::float8 ELSE 0 END)", [*args, node.boost]
        if isinstance(node, (Or, DisMax)):
            parts, args = [], []
            for n in node.items:
                s, a = self.score(n, known and len(node.items) == 1)
                parts.append(s)
                args += a
            return "(" + " + ".join(parts or ["0"]) + ")", args
        if isinstance(node, And):
            parts, args = [], []
            for n in positives(node):
                s, a = self.score(n, known)
                parts.append(s)
                args += a
            total = " + ".join(parts or ["0"])
            if known:
                return f"({total})", args
            c, ca = self.cond(node)
            return f"(CASE WHEN {c} THEN {total} ELSE 0 END)", [*ca, *args]
        return "0", []


class Engine:
    """One connection on one index schema — on the read replica when one is
    set and answers (ingest.replica.read_database_url), else on the primary; the
    statistics BM25 needs are re-read when a writer commits (the ``state``
    generation)."""

    def __init__(self, st: pg_store.Store, on_message: Message | None = None):
        self.store = st
        self.s = st.schema
        self._lock = threading.RLock()
        self.conn, self.on_replica = st.connect_read(on_message)
        self.opened = time.monotonic()
        # the planner prices a seq scan by the table's own pages, not by the
        # tsvectors it would detoast per row (3 k acts: 60 ms against 1 ms
        # through the GIN index); a plan with no indexable condition (All,
        # a lone Not) still scans
        self.conn.execute("SET enable_seqscan = off")
        self._gen = None
        self.fresh()

    def close(self):
        try:
            self.conn.close()
        except Exception:
            pass

    def fresh(self) -> "Engine":
        with self._lock:
            row = self.conn.execute(f"SELECT * FROM {self.s}.state").fetchone()
            if row[0] != self._gen:
                self._gen, self._n = row[0], row[1]
                self._totals = dict(zip(pg_store.TEXT_FIELDS, row[2:]))
                self._df: dict = {}
                self._labels = None
        return self

    # -- statistics
    def avg_length(self, f: str) -> float:
        return (self._totals[f] / self._n) if self._n else 1.0

    def idf(self, f: str, t: str) -> float:
        n = self.doc_frequency(f, t)
        return math.log(max(self._n, 1) / (n + 1)) + 1

    # -- vocabulary
    def doc_count(self) -> int:
        with self._lock:
            return self.fresh()._n

    def doc_frequency(self, field: str, term: str) -> int:
        with self._lock:
            key = (field, term)
            got = self._df.get(key)
            if got is None:
                if field in _TEXT:
                    row = self.conn.execute(f"SELECT df FROM {self.s}.terms WHERE field = %s "
                                            f"AND term = %s", key).fetchone()
                    got = row[0] if row else 0
                else:
                    c, a = _Sql(self).cond(Term(field, term))
                    got = self.conn.execute(f"SELECT count(*) FROM {self.s}.docs WHERE {c}",
                                            a).fetchone()[0]
                if len(self._df) > 100_000:  # a long-running desk: bounded
                    self._df.clear()
                self._df[key] = got
            return got

    def similar_terms(self, field: str, word: str, maxdist: int = 1,
                      prefix: int = 1, limit: int = 5) -> list[tuple[str, int]]:
        """Terms within ``maxdist`` edits (Levenshtein, as Whoosh's
        automaton) sharing the first ``prefix`` letters, most frequent first."""
        if field not in _TEXT:
            return []
        p = word[:prefix]
        with self._lock:
            rows = self.conn.execute(
                f"SELECT term, df FROM {self.s}.terms WHERE field = %s AND term >= %s "
                f"AND term < %s AND length(term) BETWEEN %s AND %s",
                (field, p, p + "\U0010ffff", len(word) - maxdist, len(word) + maxdist)).fetchall()
        out = [(t, df) for t, df in rows if t != word and _within(word, t, maxdist)]
        out.sort(key=lambda x: (-x[1], x[0]))
        return out[:limit]

    def terms_with_prefix(self, field: str, prefix: str, scan: int = 30) -> list[tuple[str, int]]:
        with self._lock:
            return [tuple(r) for r in self.conn.execute(
                f"SELECT term, df FROM {self.s}.terms WHERE field = %s AND term >= %s "
                f"AND term < %s ORDER BY term LIMIT %s",
                (field, prefix, prefix + "\U0010ffff", scan)).fetchall()]

    def lookup(self, record_id: str) -> EngineHit | None:
        with self._lock:
            row = self.conn.execute(f"SELECT docnum, data, z FROM {self.s}.docs WHERE id = %s",
                                    (record_id,)).fetchone()
        return _hit(row[0], 0.0, row[1], row[2]) if row else None

    # -- search
    def _body_labels(self) -> dict[str, str]:
        """Each body key shown as printed by its first record (as Whoosh)."""
        if self._labels is None:
            rows = self.conn.execute(
                f"SELECT DISTINCT ON (body) body, data->>'body' FROM {self.s}.docs "
                f"WHERE body IS NOT NULL ORDER BY body, docnum").fetchall()
            self._labels = {k: v or k for k, v in rows}
        return self._labels

    def execute(self, must: Node | None, filters=(), sort: str = "relevance", offset: int = 0,
                limit: int = 10, facets: bool = True, exclude_ids=(),
                range_counts: dict[str, Range] | None = None) -> EngineResult:
        with self._lock:
            self.fresh()
            sql = _Sql(self)
            conds, args = [], []
            for n in ([must] if must is not None else []) + list(filters):
                c, a = sql.cond(n)
                conds.append(f"({c})")
                args += a
            ex = [i for i in exclude_ids]
            if ex:
                conds.append("NOT (id = ANY(%s))")
                args.append(ex)
            where = " AND ".join(conds) or "true"
            ranges = list((range_counts or {}).items()) if facets else []
            rsql, rargs = [], []
            for _, node in ranges:
                c, a = sql.cond(node)
                rsql.append(f", count(*) FILTER (WHERE {c})")
                rargs += a
            row = self.conn.execute(f"SELECT count(*){''.join(rsql)} FROM {self.s}.docs "
                                    f"WHERE {where}", [*rargs, *args]).fetchone()
            total = row[0]
            fc = self._facets(where, args) if facets else {}
            if ranges:
                fc["ranges"] = {name: row[i + 1] for i, (name, _) in enumerate(ranges)}
            hits: list[EngineHit] = []
            if total and limit > 0 and offset < total and sort == "number":
                # natural order of the number key (98-п before 145-п), as Whoosh
                # sorts it: read the matches' keys, sort here, fetch the page
                keyed = self.conn.execute(f"SELECT docnum, number FROM {self.s}.docs "
                                          f"WHERE {where}", args).fetchall()
                keyed.sort(key=lambda r: ((0, natural_key(r[1])) if r[1] else (1, ()), r[0]))
                page = [dn for dn, _ in keyed[offset:offset + limit]]
                rows = self.conn.execute(
                    f"SELECT docnum, data, z FROM {self.s}.docs WHERE docnum = ANY(%s)",
                    [page]).fetchall()
                by = {dn: (data, z) for dn, data, z in rows}
                hits = [_hit(dn, 0.0, *by[dn]) for dn in page]
            elif total and limit > 0 and offset < total:
                if sort == "oldest":
                    order, sargs, score = "date ASC NULLS LAST, docnum", [], "0::float8"
                elif sort == "date" or must is None:
                    order, sargs, score = "date DESC NULLS LAST, docnum", [], "0::float8"
                else:
                    score, sargs = sql.score(must, known=True)
                    order = "score DESC, docnum"
                rows = self.conn.execute(
                    f"SELECT docnum, score, data, z FROM (SELECT docnum, {score} AS score "
                    f"FROM {self.s}.docs WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s) p "
                    f"JOIN {self.s}.docs USING (docnum) ORDER BY {order}",
                    [*sargs, *args, limit, offset]).fetchall()
                hits = [_hit(dn, sc, data, z) for dn, sc, data, z in rows]
            return EngineResult(total, hits, fc)

    def _facets(self, where: str, args: list, top: int = 20) -> dict[str, dict[str, int]]:
        parts = []
        for f in FACET_FIELDS:
            if f == "rubric":
                parts.append(f"SELECT 'rubric', v, count(*) FROM m, unnest(m.rubric) v GROUP BY v")
            else:
                parts.append(f"SELECT '{f}', {f}, count(*) FROM m WHERE {f} IS NOT NULL "
                             f"GROUP BY {f}")
        cols = ", ".join(FACET_FIELDS)
        rows = self.conn.execute(f"WITH m AS (SELECT {cols} FROM {self.s}.docs WHERE {where}) "
                                 + " UNION ALL ".join(parts), args).fetchall()
        labels = {"body": self._body_labels()} if any(r[0] == "body" for r in rows) else {}
        out: dict[str, dict[str, int]] = {f: {} for f in FACET_FIELDS}
        for f, v, k in rows:
            label = labels.get(f, {}).get(v, v)
            out[f][label] = out[f].get(label, 0) + k
        return {f: dict(sorted(c.items(), key=lambda x: (-x[1], x[0]))[:top])
                for f, c in out.items()}


def _hit(docnum: int, score: float, data: dict, z) -> EngineHit:
    data = dict(data)
    data["z"] = bytes(z) if z is not None else None
    return EngineHit(int(docnum), float(score or 0.0), data)


def _within(a: str, b: str, k: int) -> bool:
    """Levenshtein distance of ``a`` and ``b`` at most ``k``."""
    if abs(len(a) - len(b)) > k:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > k:
            return False
        prev = cur
    return prev[-1] <= k


_ENGINES: dict[tuple, Engine] = {}
_ENGINES_LOCK = threading.Lock()
REPLICA_RETRY_S = 60.0   # an engine fallen back to the primary tries the replica again


def _key(st: pg_store.Store) -> tuple:
    return st.url, st.schema, os.environ.get(pg_store.READ_URL_ENV) or None


def _retry_replica(e: Engine) -> bool:
    """A long-running server (the web desk) searches on the primary after
    the replica failed; once in a while it tries the replica again."""
    return (not e.on_replica and bool(os.environ.get(pg_store.READ_URL_ENV))
            and time.monotonic() - e.opened > REPLICA_RETRY_S)


def engine(index_dir, records: RecordSource | None = None,
           on_message: Message | None = None, url: str | None = None) -> Engine:
    """The process-wide open engine for ``index_dir`` (healed on first use)."""
    st = pg_store.store(index_dir, url)
    key = _key(st)
    with _ENGINES_LOCK:
        e = _ENGINES.get(key)
        if e is not None and _retry_replica(e):
            _ENGINES.pop(key).close()
            e = None
        if e is None:
            # checked and healed on the primary: a replica is never written
            pg_store.open_index(index_dir, records, on_message, url=url)
            e = _ENGINES[key] = Engine(st, on_message)
            return e
    try:
        return e.fresh()
    except Exception:  # connection lost, schema dropped: heal and reopen
        with _ENGINES_LOCK:
            _ENGINES.pop(key, None)
        e.close()
        return engine(index_dir, records, on_message, url)


def recover(index_dir, on_message: Message | None = None, url: str | None = None) -> Engine:
    st = pg_store.store(index_dir, url)
    with _ENGINES_LOCK:
        e = _ENGINES.pop(_key(st), None)
    if e is not None:
        e.close()
    return engine(index_dir, on_message=on_message, url=url)


def close_engines() -> None:
    with _ENGINES_LOCK:
        for e in _ENGINES.values():
            e.close()
        _ENGINES.clear()
