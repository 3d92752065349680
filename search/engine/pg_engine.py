"""The PostgreSQL engine: plans (search/engine/nodes.py) run as SQL on the
tables of search/engine/pg_store.py.

A plan becomes one WHERE condition (GIN on the word fields, b-tree on the
exact ones) and one score expression: BM25 per term, computed as Whoosh's
BM25F computes it (same idf, K1, B, quantised lengths and average lengths),
summed along the plan as search/engine/ranking.py sums (an ``And`` scores
only when all its items match), times each term's boost; exact fields
score their boost. Ties go to the lower document number, as in Whoosh, so
the two engines give the same order. Totals are exact (``count(*)``, or a
lone word's document frequency), facets are ``GROUP BY`` on the facet
columns of the matches.

A ranked search is one statement: the matches (through bitmaps of the
indexes, never a walk testing rows) scored once into a CTE, from which the
total, the facet counts and the page with its stored fields are read. The
costly part of scoring was reading term frequencies: ``text`` terms come
from their ``postings`` rows joined to the matches (see ``_Sql``). Plans
of shingles alone rank by field length, and a common shingle walks an
index shortest first to the page (``_length_ordered``). RUM (ordered GIN)
was measured and left: its order is ts_rank's, not BM25F, so its top 10 is
not Whoosh's, and the exact total still needs the matches counted. A plan
of words — a word, an ``And`` of words, a word with its kin words, a
phrase — with the filters of the desk visits none of its matches: its
postings lists read whole and matched, counted, faceted and scored as
arrays against the acts' columns the engine keeps in memory
(search/engine/pg_columns.py); a word in most acts takes its facet counts
as the writers keep them (search/engine/pg_counts.py). (Until stop 23 a
word in most acts was ranked from the best blocks of its postings,
block-max: at 300,000 acts it took 820-1,090 ms where the columns take
55-80 ms, so it went.)
"""
from __future__ import annotations

import math
import os
import threading
import time
from contextlib import contextmanager

from search.engine import pg_columns, pg_counts, pg_store
from search.engine.documents import FACET_FIELDS
from search.engine.interface import EngineHit, EngineResult, Message, RecordSource
from search.engine.nodes import All, And, DisMax, Node, Not, Or, Range, Term, negatives, positives
from search.engine.ranking import natural_key

K1, B = pg_store.K1, pg_store.B   # Whoosh's BM25F defaults
_TEXT = set(pg_store.TEXT_FIELDS)
_KEYS = set(pg_store.KEY_FIELDS) | {"id"}


def _tsquery(term: str) -> str:
    """A one-lexeme tsquery taken verbatim (no parser, no normalisation)."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class _Sql:
    """A plan compiled: ``cond`` and ``score`` SQL with their parameters.

    Made with ``candidates`` (how many documents match: the count has been
    taken), the scoring reads word terms from joins where that is cheaper:
    a ``text`` term's frequencies from its ``postings`` rows (cost: its
    document frequency, ~0.2 µs a document) instead of each candidate's
    ``text_tf`` (decompressed for every term of every candidate, ~35 µs),
    and whether a ``pairs`` shingle is present from its GIN index instead of
    each candidate's ``pairs_tsv``. A term far more frequent than the
    candidates (a common word beside a rare phrase) is still read in the row.
    """

    # a join pays off while the term's documents are at most this many times
    # the candidates: a posting joined costs ~0.2-0.5 µs against ~35 µs for
    # a candidate's text_tf; a shingle's GIN match ~5 µs against ~120 µs for
    # a candidate's pairs_tsv (20 k acts, EXPLAIN ANALYZE, loaded machine)
    JOIN_RATIO = {"text": 100, "pairs": 20}

    def __init__(self, eng: "Engine", candidates: int | None = None):
        self.eng = eng
        self.candidates = candidates
        self.joins: dict[tuple[str, str], tuple[str, str, list]] = {}

    def joined(self, f: str, t: str) -> str | None:
        """The alias of term ``t`` of field ``f`` joined to the candidates
        (its rows: ``d`` the document, ``f`` the frequency), or None: read it
        in the candidate's row."""
        ratio = self.JOIN_RATIO.get(f)
        if self.candidates is None or ratio is None:
            return None
        got = self.joins.get((f, t))
        if got is not None:
            return got[0]
        if self.eng.doc_frequency(f, t) > ratio * max(self.candidates, 1):
            return None
        alias, s = f"j{len(self.joins)}", self.eng.s
        if f in pg_store.POSTED_FIELDS:
            # grouped by document (each is there once) so the planner knows
            # the documents are distinct and hashes this side, not the matches
            sql = (f"SELECT d, min(f) AS f FROM (SELECT unnest(p.docs) AS d, unnest(p.tfs) AS f "
                   f"FROM {s}.postings p WHERE p.field = %s AND p.term = %s) u GROUP BY d")
            args = [f, t]
        else:
            sql = f"SELECT docnum AS d FROM {s}.docs WHERE {f}_tsv @@ %s::tsquery"
            args = [_tsquery(t)]
        self.joins[(f, t)] = (alias, sql, args)
        return alias

    def join_sql(self, on: str) -> tuple[str, list]:
        """The LEFT JOINs of the terms :meth:`joined` chose, on document ``on``."""
        parts, args = [], []
        for alias, sql, a in self.joins.values():
            parts.append(f" LEFT JOIN ({sql}) {alias} ON {alias}.d = {on}")
            args += a
        return "".join(parts), args

    def cond(self, node: Node) -> tuple[str, list]:
        if isinstance(node, Term):
            f, t = node.field, node.text
            if f in _TEXT:
                alias = self.joined(f, t)
                if alias is not None:
                    return f"{alias}.d IS NOT NULL", []
                return f"{f}_tsv @@ %s::tsquery", [_tsquery(t)]
            if f in pg_store.ARRAY_FIELDS:
                return f"{f} @> ARRAY[%s]::text[]", [t]
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
                # looked up once (joined, or its jsonb detoasted); no such term: 0
                alias = self.joined(f, t)
                tf, targs = (f"{alias}.f", []) if alias else (f"({f}_tf->>%s::text)::float8", [t])
                return (f"coalesce(%s - %s * (%s + %s * len_{f}) / ({tf} + %s + %s * len_{f}), 0)",
                        [c, c, a, b, *targs, a, b])
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


def _length_ordered(node: Node | None) -> str | None:
    """The set field (term frequency 1) whose length alone orders the
    matches of ``node``: its scored terms all of that field, their BM25
    ``c / (1 + a + b·length)`` summed, falls as the length grows. Whoosh
    breaks ties by document number, so ``length, docnum`` is its order."""
    terms = [node] if isinstance(node, Term) else positives(node) if isinstance(node, And) else []
    fields = {t.field for t in terms if isinstance(t, Term) and t.boost > 0}
    if terms and len(fields) == 1 and len(terms) == sum(isinstance(t, Term) for t in terms):
        f = fields.pop()
        return f if f in pg_store.SET_FIELDS else None
    return None


class Engine:
    """One connection on one index schema — on the read replica when one is
    set and answers (ingest.replica.read_database_url), else on the primary; the
    statistics BM25 needs are re-read when a writer commits (the ``state``
    generation)."""

    # a common shingle's matches are walked shortest first (an index) while
    # matches² ≥ this × page end × documents: the walk reads ~page end ×
    # documents / matches rows, each decompressing a pairs_tsv (~120 µs),
    # against ~10 µs a match to score them all (20 k acts, loaded machine)
    ORDERED_SCAN = 12
    # a plan of word terms (a word, an And of words, a word with its kin
    # words, a phrase's shingles), with filters the columns
    # tell, over at least this many matches (upper bound), for a page ending
    # by COLUMNS_PAGE: matched, counted and ranked from its postings lists
    # and the columns in memory (pg_columns). Each match visited cost ~15 µs
    # (scored, its facets read); the arrays cost ~1-2 ms a term at a million
    # acts whatever its matches; at 20,000 acts all of the mix's word plans
    # (~3,000 matches) ran faster so (2-3 words p50 3.0 -> 1.5 × Whoosh).
    # A plan with exact terms (a requisite lookup's number, date, kind) is
    # one too: the columns tell them, and no match's row is read from the
    # heap (at a million acts a cold lookup read ~1,000 rows, 20-75 ms)
    COLUMNS_MIN = 1000
    COLUMNS_PAGE = 1000
    # an index of at least this many acts has its columns read by a thread
    # of its own while the searches take the rows' statement: at a million
    # acts the read takes ~13 s, which the first search after a regional
    # server's start waited for (a desk's fund: ~0.7 s at 100,000, read inline)
    BACKGROUND_COLUMNS = 200_000

    def __init__(self, st: pg_store.Store, on_message: Message | None = None):
        self.store = st
        self.s = st.schema
        self._lock = threading.RLock()
        self.conn, self.on_replica = st.connect_read(on_message)
        self.opened = time.monotonic()
        # the planner prices a seq scan by the table's own pages, not by the
        # tsvectors it would detoast per row (3 k acts: 60 ms against 1 ms
        # through the GIN index); a plan with no indexable condition (All,
        # a lone Not) still scans. For the same reason no plain index scan
        # (a walk of the primary key testing every row's words: 1.1 s against
        # 60 ms for a common word at 20 k acts, chosen to merge-join the
        # postings) nor merge join: documents are reached through bitmaps,
        # and a bitmap stays exact (no recheck of rows) up to millions of
        # matches with this work_mem. The walk by length turns index scans
        # back on for its one statement (_walk). No nested loops either: a
        # term's postings joined to many matches were re-read per match when
        # the matches were guessed few (the page's stored fields are fetched
        # by ``= ANY`` of its document numbers). No JIT: a disabled seq scan
        # that stays (the one-row state table, a plan of All) prices the
        # statement past jit_above_cost, and compiling took 1.2 s of a
        # 1.3 s requisite lookup.
        for setting in ("enable_seqscan = off", "enable_indexscan = off",
                        "enable_mergejoin = off", "enable_nestloop = off",
                        "work_mem = '64MB'", "jit = off"):
            self.conn.execute(f"SET {setting}")
        self._gen = None
        self._columns: pg_columns.Columns | None = None   # made on first use
        self._reading: threading.Thread | None = None      # reading them in the background
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
                self._prefixes: dict = {}
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
                    # the query layer asks a word's title, meta and text
                    # frequencies in turn: one round trip reads all its fields
                    rows = dict(self.conn.execute(
                        f"SELECT field, df FROM {self.s}.terms WHERE term = %s AND field = "
                        f"ANY(%s)", (term, list(pg_store.TEXT_FIELDS))).fetchall())
                    for f in pg_store.TEXT_FIELDS:
                        self._df[(f, term)] = rows.get(f, 0)
                    got = rows.get(field, 0)
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
        return self.terms_with_prefixes(field, [prefix], scan)[prefix]

    def terms_with_prefixes(self, field: str, prefixes, scan: int = 30
                            ) -> dict[str, list[tuple[str, int]]]:
        """Kept until a writer commits, as document frequencies are; the
        prefixes not kept read in one statement (the kin words of a lemma
        ask for six or so: one round trip each cost ~6 ms a word under load)."""
        with self._lock:
            prefixes = list(dict.fromkeys(prefixes))
            missing = [p for p in prefixes if (field, p, scan) not in self._prefixes]
            if missing:
                got: dict[str, list] = {p: [] for p in missing}
                for p, t, df in self.conn.execute(
                        f"SELECT p, x.term, x.df FROM unnest(%s::text[]) p, LATERAL "
                        f"(SELECT term, df FROM {self.s}.terms WHERE field = %s AND term >= p "
                        f"COLLATE \"C\" AND term < (p || %s) COLLATE \"C\" ORDER BY term "
                        f"LIMIT %s) x ORDER BY p, x.term",
                        (missing, field, "\U0010ffff", scan)).fetchall():
                    got[p].append((t, df))
                if len(self._prefixes) > 10_000:
                    self._prefixes.clear()
                for p, rows in got.items():
                    self._prefixes[(field, p, scan)] = rows
            return {p: list(self._prefixes[(field, p, scan)]) for p in prefixes}

    def key_values(self, field: str, limit: int = 5000) -> list[tuple[str, int]]:
        if field not in _KEYS or field in pg_store.ARRAY_FIELDS:
            raise ValueError(f"not an exact field: {field!r}")
        with self._lock:
            return [(t, n) for t, n in self.conn.execute(
                f"SELECT {field}, count(*) FROM {self.s}.docs WHERE {field} <> '' "
                f"GROUP BY {field} ORDER BY {field} COLLATE \"C\" LIMIT %s", (limit,)).fetchall()]

    def lookup(self, record_id: str) -> EngineHit | None:
        with self._lock:
            row = self.conn.execute(f"SELECT docnum, data, z FROM {self.s}.docs WHERE id = %s",
                                    (record_id,)).fetchone()
        return _hit(row[0], 0.0, row[1], row[2]) if row else None

    # -- search
    def _body_labels(self, keys) -> dict[str, str]:
        """Body keys ``keys`` shown as printed by their first record (as
        Whoosh), kept until a writer commits. Only the bodies a facet shows
        are looked up, each by its first entry of the (body, docnum) index:
        reading every record's body took 0.7 s at 100 k acts, each commit."""
        if self._labels is None:
            self._labels = {}
        missing = sorted({k for k in keys if k not in self._labels})
        if missing:
            s = self.s
            rows = self._walk(f"SELECT b, (SELECT d.data->>'body' FROM {s}.docs d WHERE "
                              f"d.body = b ORDER BY d.docnum LIMIT 1) FROM unnest(%s::text[]) b",
                              [missing])
            self._labels.update({k: v or k for k, v in rows})
        return self._labels

    def execute(self, must: Node | None, filters=(), sort: str = "relevance", offset: int = 0,
                limit: int = 10, facets: bool = True, exclude_ids=(),
                range_counts: dict[str, Range] | None = None) -> EngineResult:
        with self._lock:
            # a ranked search checks the generation in its own statement
            ranked = (sort == "relevance" and must is not None and limit > 0
                      and not _length_ordered(must))
            if not ranked:
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
            if (sort == "relevance" and must is not None and limit > 0
                    and all(pg_columns.filterable(f) for f in filters)
                    and not ex and offset + limit <= self.COLUMNS_PAGE
                    and all(pg_columns.filterable(node) for _, node in ranges)
                    and pg_columns.plan_terms(must)
                    and self._estimate(must) >= self.COLUMNS_MIN):
                res = self._from_columns(must, list(filters), offset, limit, facets, ranges)
                if res is not None:
                    return res
            if ranked:
                res = self._ranked(must, where, args, offset, limit, facets, ranges)
                if res is None:  # a writer committed since the statistics were read
                    self.fresh()
                    res = self._ranked(must, where, args, offset, limit, facets, ranges,
                                       stale_ok=True)
                return res
            if must_alone := (not facets and not filters and not ex):
                total = self._df_total(must)
            if not must_alone or total is None:
                total, fc = self._count(where, args, facets, ranges)
            else:
                fc = {}
            hits: list[EngineHit] = []
            if total and limit > 0 and offset < total and sort == "number":
                # natural order of the number key (98-п before 145-п), as Whoosh
                # sorts it: read the matches' keys, sort here, fetch the page
                keyed = self.conn.execute(f"SELECT docnum, number FROM {self.s}.docs "
                                          f"WHERE {where}", args).fetchall()
                keyed.sort(key=lambda r: ((0, natural_key(r[1])) if r[1] else (1, ()), r[0]))
                hits = self._page_hits([(dn, 0.0) for dn, _ in keyed[offset:offset + limit]])
            elif total and limit > 0 and offset < total:
                if sort == "oldest":
                    order, sargs, score = "date ASC NULLS LAST, docnum", [], "0::float8"
                    joins, jargs = "", []
                elif sort == "date" or must is None:
                    # newest first, and so within a day too: Whoosh's reversed
                    # sort puts the later document first among equal dates
                    order, sargs, score = "date DESC NULLS LAST, docnum DESC", [], "0::float8"
                    joins, jargs = "", []
                else:
                    ssql = _Sql(self, total)
                    score, sargs = ssql.score(must, known=True)
                    joins, jargs = ssql.join_sql(f"{self.s}.docs.docnum")
                    order = "score DESC, docnum"
                    lf = _length_ordered(must)
                    if lf and total * total >= self.ORDERED_SCAN * (offset + limit) * self._n:
                        order = f"len_{lf}, docnum"
                sql = (f"WITH p AS (SELECT {self.s}.docs.docnum, {score} AS score "
                       f"FROM {self.s}.docs{joins} WHERE {where} ORDER BY {order} "
                       f"LIMIT %s OFFSET %s) SELECT docnum, score, data, z FROM p "
                       f"JOIN {self.s}.docs USING (docnum) WHERE {self.s}.docs.docnum = "
                       f"ANY(ARRAY(SELECT docnum FROM p)) ORDER BY {order}")
                params = [*sargs, *jargs, *args, limit, offset]
                rows = (self._walk(sql, params) if order.startswith("len_")
                        else self.conn.execute(sql, params).fetchall())
                hits = [_hit(dn, sc, data, z) for dn, sc, data, z in rows]
            return EngineResult(total, hits, fc)

    def _walk(self, sql: str, params: list) -> list:
        """``sql`` run with index scans allowed (a walk of an index in its
        order: by length, a body's first record). Pipelined: BEGIN, SET
        LOCAL, the statement and COMMIT sent at once, one wait for the
        server instead of four (each costs most on a loaded machine)."""
        with self.conn.pipeline():
            with self.conn.transaction():
                self.conn.execute("SET LOCAL enable_indexscan = on")
                cur = self.conn.execute(sql, params)
        return cur.fetchall()

    def _ranked(self, must: Node, where: str, args: list, offset: int, limit: int,
                facets: bool, ranges: list, stale_ok: bool = False) -> EngineResult | None:
        """The page by score, the total and the facet counts in one statement
        (the matches found and scored once; one round trip, which counts on
        a loaded machine). Which terms are joined is decided on an upper
        bound of the matches from document frequencies (no count first).
        None when the statement saw another generation than the statistics
        the scores were computed with (unless ``stale_ok``)."""
        s = self.s
        ssql = _Sql(self, self._estimate(must))
        score, sargs = ssql.score(must, known=True)
        joins, jargs = ssql.join_sql(f"{s}.docs.docnum")
        cols, cargs = "", []
        parts = [f"SELECT '#gen', NULL, gen::float8, NULL, NULL FROM {s}.state",
                 f"SELECT '#hit', t.docnum::text COLLATE \"C\", t.score, d.data, d.z FROM t "
                 f"JOIN {s}.docs d ON d.docnum = t.docnum "
                 f"WHERE d.docnum = ANY(ARRAY(SELECT docnum FROM t))"]
        if facets:
            cols = ", " + ", ".join(FACET_FIELDS)
            for i, (_, node) in enumerate(ranges):
                c, a = _Sql(self).cond(node)
                cols += f", coalesce(({c}), false) AS r{i}"
                cargs += a
            parts = _facet_parts("count(*)::float8, NULL::jsonb, NULL::bytea", len(ranges)) + parts
        else:
            parts.insert(0, "SELECT '' COLLATE \"C\", NULL, count(*)::float8, NULL::jsonb, "
                            "NULL::bytea FROM m")
        rows = self.conn.execute(
            f"WITH m AS MATERIALIZED (SELECT {s}.docs.docnum, {score} AS score{cols} "
            f"FROM {s}.docs{joins} WHERE {where}), t AS (SELECT docnum, score FROM m "
            f"ORDER BY score DESC, docnum LIMIT %s OFFSET %s) " + " UNION ALL ".join(parts),
            [*sargs, *cargs, *jargs, *args, limit, offset]).fetchall()
        if not stale_ok and int(next(k for f, _, k, _, _ in rows if f == "#gen")) != self._gen:
            return None
        total = int(next(k for f, _, k, _, _ in rows if f == ""))
        hits = sorted((_hit(int(dn), sc, data, z) for f, dn, sc, data, z in rows if f == "#hit"),
                      key=lambda h: (-h.score, h.docnum))
        fc = {}
        if facets:
            fc = self._facet_counts([(f, v, int(k)) for f, v, k, _, _ in rows
                                     if f and not f.startswith("#")])
            if ranges:
                got = {f: int(k) for f, _, k, _, _ in rows}
                fc["ranges"] = {name: got.get(f"#{i}", 0) for i, (name, _) in enumerate(ranges)}
        return EngineResult(total, hits, fc)

    def _from_columns(self, must: Node, filters: list, offset: int, limit: int, facets: bool,
                      ranges: list) -> EngineResult | None:
        """The page, total and facet counts of a plan of word terms from its
        whole postings lists and the acts' columns kept in memory
        (pg_columns), its ``filters`` told by the columns, in one snapshot
        with the statistics of its generation; None when a posting names an
        act the columns lack."""
        import numpy as np
        with self._snapshot(f"gen, n, '{self.s}.docs'::regclass::oid") as (gen, n, table):
            cols = self._ready_columns(n)
            if cols is None:
                return None
            cols.sync(self.conn, self.s, (table, gen), n)
            lists = pg_columns.postings(self.conn, self.s, cols, must,
                                        lambda key: self.doc_frequency(*key) > 0)
            if lists is None:
                return None
            at = np.flatnonzero(pg_columns.matches(must, lists))
            for f in filters:   # told at the matches only (a kind's Or of twenty kinds)
                at = at[cols.where(f, at)]
            used = {t.field for t in pg_columns.plan_terms(must) or []}
            lengths = {f: v[at].astype(np.float64) for f, v in cols.length.items() if f in used}
            sc = pg_columns.scores(self, must, lists, at, lengths)
            docs = cols.docnum[at]
            best = np.arange(len(sc))
            if len(sc) > offset + limit:   # the page's candidates: not below its last score
                cut = np.partition(sc, len(sc) - offset - limit)[len(sc) - offset - limit]
                best = np.flatnonzero(sc >= cut)
            order = best[np.lexsort((docs[best], -sc[best]))][offset:offset + limit]
            hits = self._page_hits([(int(docs[i]), float(sc[i])) for i in order])
            # a lone common word: its facets as the writers count them
            kept = (pg_counts.read(self.conn, self.s, word, ranges)
                    if facets and not filters and len(at) >= pg_counts.MINIMUM
                    and (word := pg_counts.lone_word(
                        pg_columns.summands(must) or [])) else None)
        fc: dict = {}
        if kept:
            fc = self._facet_counts(kept[1])
            if ranges:
                fc["ranges"] = kept[2]
        elif facets:
            fc = self._facet_counts(cols.facet_rows(at))
            if ranges:
                fc["ranges"] = {name: int(cols.where(node, at).sum())
                                for name, node in ranges}
        return EngineResult(len(docs), hits, fc)

    def _ready_columns(self, n: int) -> pg_columns.Columns | None:
        """The columns, made here for a fund under BACKGROUND_COLUMNS acts;
        for a larger one None until a thread has read them (started by the
        first call), the search meanwhile answered by the rows' statement
        (the same answers)."""
        if self._columns is None and n < self.BACKGROUND_COLUMNS:
            self._columns = pg_columns.Columns()
        if self._columns is None and self._reading is None:
            self._reading = threading.Thread(target=self._read_columns, daemon=True,
                                             name="actdesk-columns")
            self._reading.start()
        return self._columns

    def _read_columns(self) -> None:
        """Every act's columns read on a connection of this thread's own,
        in one snapshot, then handed to the searches (under the lock); a
        failure is said, and the next search starts another read."""
        try:
            conn, _ = self.store.connect_read()
            try:
                cols = pg_columns.Columns()
                with conn.transaction():
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    gen, n, table = conn.execute(
                        f"SELECT gen, n, '{self.s}.docs'::regclass::oid "
                        f"FROM {self.s}.state").fetchone()
                    cols.sync(conn, self.s, (table, gen), n)
            finally:
                conn.close()
            with self._lock:
                self._columns = cols
        except Exception as ex:   # the rows' statement goes on answering
            say(None, f"reading the acts' columns failed ({ex}); searches take the "
                      f"slower statement until they are read")
        finally:
            self._reading = None

    def columns_ready(self, wait: float = 0.0) -> bool:
        """Are the columns read (waiting up to ``wait`` seconds for the
        thread reading them): a benchmark's warm-up waits for them."""
        t = self._reading
        if t is not None and wait:
            t.join(wait)
        return self._columns is not None

    @contextmanager
    def _snapshot(self, columns: str):
        """A read-only REPEATABLE READ transaction yielding the ``state``
        row's ``columns`` (``gen`` first): every statement in it sees one
        snapshot, and the statistics BM25 reads are re-read in that same
        snapshot when a writer committed since they were read, so scores,
        totals and the page all agree with one generation."""
        with self.conn.transaction():
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            row = self.conn.execute(f"SELECT {columns} FROM {self.s}.state").fetchone()
            if row[0] != self._gen:
                self.fresh()
            yield row

    def _page_hits(self, page: list[tuple[int, float]]) -> list[EngineHit]:
        """The hits of ``page`` (document number, score), in its order, with
        their stored fields read in one statement."""
        rows = self.conn.execute(f"SELECT docnum, data, z FROM {self.s}.docs "
                                 f"WHERE docnum = ANY(%s)", [[d for d, _ in page]]).fetchall()
        by = {dn: (data, z) for dn, data, z in rows}
        return [_hit(dn, sc, *by[dn]) for dn, sc in page]

    def _estimate(self, node: Node) -> int:
        """At least as many as the documents ``node`` matches, from the
        document frequencies the scoring reads anyway (cached)."""
        if isinstance(node, Term) and node.field in _TEXT:
            return self.doc_frequency(node.field, node.text)
        if isinstance(node, (Or, DisMax)):
            return min(self._n, sum(self._estimate(n) for n in node.items))
        if isinstance(node, And):
            return min((self._estimate(n) for n in positives(node)), default=self._n)
        return self._n

    def _df_total(self, must: Node | None) -> int | None:
        """The total of a lone word term, kept by the writers (``terms``):
        no need to visit its matches to count them."""
        if isinstance(must, Term) and must.field in _TEXT:
            return self.doc_frequency(must.field, must.text)
        return None

    def _count(self, where: str, args: list, facets: bool, ranges: list, top: int = 20
               ) -> tuple[int, dict]:
        """The exact total, and with ``facets`` the counts per facet value and
        per range: one statement, the matches found once."""
        sql = _Sql(self)
        rcols, rargs = [], []
        for i, (_, node) in enumerate(ranges):
            c, a = sql.cond(node)
            rcols.append(f", coalesce(({c}), false) AS r{i}")
            rargs += a
        if not facets:
            row = self.conn.execute(f"SELECT count(*) FROM {self.s}.docs WHERE {where}",
                                    args).fetchone()
            return row[0], {}
        parts = _facet_parts("count(*)", len(ranges))
        cols = ", ".join(FACET_FIELDS)
        rows = self.conn.execute(f"WITH m AS MATERIALIZED (SELECT {cols}{''.join(rcols)} "
                                 f"FROM {self.s}.docs WHERE {where}) "
                                 + " UNION ALL ".join(parts), [*rargs, *args]).fetchall()
        total = next(k for f, _, k in rows if f == "")
        fc = self._facet_counts([r for r in rows if r[0] and not r[0].startswith("#")], top)
        if ranges:
            got = {f: k for f, _, k in rows}
            fc["ranges"] = {name: got.get(f"#{i}", 0) for i, (name, _) in enumerate(ranges)}
        return total, fc

    def _facet_counts(self, rows: list, top: int = 20) -> dict[str, dict[str, int]]:
        """(field, value, count) rows -> per facet field its ``top`` values
        by count (ties by label), bodies shown as printed."""
        bodies = [v for f, v, _ in rows if f == "body"]
        labels = {"body": self._body_labels(bodies)} if bodies else {}
        out: dict[str, dict[str, int]] = {f: {} for f in FACET_FIELDS}
        for f, v, k in rows:
            label = labels.get(f, {}).get(v, v)
            out[f][label] = out[f].get(label, 0) + k
        return {f: dict(sorted(c.items(), key=lambda x: (-x[1], x[0]))[:top])
                for f, c in out.items()}


def _facet_parts(counted: str, ranges: int = 0) -> list[str]:
    """``SELECT field, value, {counted}`` over the matches ``m``: field ''
    the total, ``#i`` the matches in range ``i`` (column ``ri``), else a
    facet field and one of its values (rubrics: each of a document's
    codes). The total, the ranges and the one-valued facets are grouping
    sets of one aggregate: one pass over the matches, where a statement
    each read them ten times (at 50 k matches ~5 ms a pass)."""
    scalar = [f for f in FACET_FIELDS if f not in pg_store.ARRAY_FIELDS]
    flags = [f"r{i}" for i in range(ranges)]
    field = " ".join([f"WHEN GROUPING({f}) = 0 THEN '{f}'" for f in scalar]
                     + [f"WHEN GROUPING({r}) = 0 THEN '#{r[1:]}'" for r in flags])
    value = " ".join(f"WHEN GROUPING({f}) = 0 THEN {f}" for f in scalar)
    keep = " ".join([f"WHEN GROUPING({f}) = 0 THEN {f} IS NOT NULL" for f in scalar]
                    + [f"WHEN GROUPING({r}) = 0 THEN {r}" for r in flags])
    sets = ", ".join(["()"] + [f"({k})" for k in scalar + flags])
    parts = [f"SELECT (CASE {field} ELSE '' END) COLLATE \"C\", CASE {value} END, {counted} "
             f"FROM m GROUP BY GROUPING SETS ({sets}) HAVING CASE {keep} ELSE true END"]
    for f in FACET_FIELDS:
        if f in pg_store.ARRAY_FIELDS:
            # unnest in the select list (ProjectSet): as a lateral function
            # scan it cost 8 µs a match (80 ms of 140 for 10 k matches)
            parts.append(f"SELECT '{f}', v, {counted} FROM (SELECT unnest({f}) AS v "
                         f"FROM m) r GROUP BY v")
    return parts


# a territory's keys as the record writes them (ingest.territory.territory):
# ``data`` is jsonb, which keeps keys shortest first (district before
# municipality), and a hit's JSON printed differently from Whoosh's
_TERRITORY_ORDER = {"region": 0, "municipality": 1, "district": 2}


def _hit(docnum: int, score: float, data: dict, z) -> EngineHit:
    data = dict(data)
    t = data.get("territory")
    if isinstance(t, dict) and len(t) > 2:
        data["territory"] = dict(sorted(t.items(), key=lambda kv: _TERRITORY_ORDER.get(kv[0], 3)))
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
