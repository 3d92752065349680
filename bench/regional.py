"""A regional fund on PostgreSQL: bulk load, search latency, size, growth.

    .venv/bin/python bench/regional.py --sizes 100000,300000,1000000 \\
        [--db postgresql://…] [--queries 40] [--jobs 2] [--compare-at 100000] \\
        [--json bench/out/regional.json] [--keep DIR | --reuse DIR]

Issue 16 asks whether one PostgreSQL server carries a region's fund (a
region: 200–600 municipalities, up to a million acts). The acts come from
bench/search.py's deterministic generator, varied as a region's are: 300
municipalities (a regional centre, towns and villages: Zipf-distributed
output) and act lengths from a few dozen to thousands of words (log-normal,
median 450). They are bulk loaded into the tables of
search/engine/pg_store.py (the same rows it writes; COPY, the indexes built
after the load, word statistics counted while loading), into ``--db`` (its
schema ``regional_bench`` is replaced) or a private server started from the
Debian binaries (tests/pgserver.py). At
each size the database grows to (the rows already loaded stay) it prints
the load rate, search p50/p95 for bench/search.py's query mix run through
search.query.search — with facets on every query, as the desk's search page
asks, and as bench/search.py defines it — the requisite lookups' p95, and
the database size per act. At ``--compare-at`` it builds the Whoosh index
of the same acts and runs the same queries there (latency, and recall@10
agreement as bench/engines.py counts it). A JSON summary is written after
every step, so a long run that is stopped keeps what it measured.

``--keep DIR`` makes the private server in ``DIR/server`` and leaves it
there, loaded (and the Whoosh index of ``--compare-at`` in ``DIR/work``);
``--reuse DIR`` starts that server again and runs only the queries, at the
size it holds (Whoosh beside it when its index is there): the engine
changed, the million acts not loaded twice. The load writes every table
and index the engine reads (``postings`` made by the workers beside the
rows; pg_store.bulk_tables / bulk_indexes / bulk_finish).
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from multiprocessing import get_context
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench.engines import _use, agreement  # noqa: E402
from bench.search import BODY_T, PLACES, Fund, dir_size, pct, run_mix, table  # noqa: E402
from search.engine import pg_store  # noqa: E402
from search.engine.documents import document  # noqa: E402

MUNICIPALITIES = 300
SERVER_SETTINGS = ("shared_buffers=1GB", "maintenance_work_mem=1GB", "work_mem=64MB",
                   "effective_cache_size=8GB", "max_wal_size=8GB", "checkpoint_timeout=30min")
SCHEMA = "regional_bench"


class RegionalFund(Fund):
    """bench/search.py's acts, spread over a region's municipalities and
    given a region's spread of lengths (deterministic per act number)."""

    def __init__(self, n: int, seed: int = 20240312):
        super().__init__(n, seed)
        rnd = random.Random(seed + 1)
        syll = "ба ве ри ко ло ми на по ра со ту фе ха ше ель ин ов ам ор ле ду".split()
        names = list(PLACES)
        while len(names) < MUNICIPALITIES:
            w = "".join(rnd.choice(syll) for _ in range(rnd.randint(2, 3))) + "ского"
            if w.capitalize() not in names:
                names.append(w.capitalize())
        self.municipalities = names
        # Zipf: the regional centre issues most, villages a few acts a year
        self._cum = list(itertools.accumulate(1 / (k + 1) for k in range(len(names))))

    def record(self, i: int):
        r = super().record(i)
        rnd = random.Random(self.seed * 7_000_003 + i)
        m = rnd.choices(self.municipalities, cum_weights=self._cum)[0]
        words = r.text.split(" ")
        target = min(6000, max(60, int(rnd.lognormvariate(math.log(450), 0.7))))
        k = 1
        while len(words) < target:   # a long act: more of the generator's text
            words += super().record(i + k * 10_000_019).text.split(" ")
            k += 1
        return replace(r, body=rnd.choice(BODY_T).format(p=m), text=" ".join(words[:target]))


# --- bulk load -------------------------------------------------------------------------

COLUMNS = re.search(r"\((.*?)\) VALUES", pg_store._insert_sql("s")).group(1).split(", ")
TSV = [(k, c[:-len("_tsv")]) for k, c in enumerate(COLUMNS) if c.endswith("_tsv")]
POSTED = [(COLUMNS.index(f"{f}_tf"), COLUMNS.index(f"len_{f}"), f)
          for f in pg_store.POSTED_FIELDS]   # the raw length follows the length code
_FUND: RegionalFund | None = None


def _tsvector(terms: list[str]) -> str:
    """The text form of a tsvector of exactly these lexemes (quoted: the
    server keeps them verbatim, as ``array_to_tsvector`` does)."""
    return " ".join("'" + t.replace("\\", "\\\\").replace("'", "''") + "'" for t in terms)


def _init(n: int, seed: int) -> None:
    global _FUND
    _FUND = RegionalFund(n, seed)


def _rows(bounds: tuple[int, int]):
    """Rows for acts ``[lo, hi)`` (pg_store's own row with its document
    number ``i + 1``, tsvectors in text form for COPY), their ``postings``
    rows, their words' document frequencies, the CPU seconds."""
    lo, hi = bounds
    cpu = time.process_time()
    rows, df = [], {f: Counter() for f in pg_store.TEXT_FIELDS}
    for i in range(lo, hi):
        row = pg_store._row(document(_FUND.record(i)))
        for k, f in TSV:
            df[f].update(row[k])     # a set: each word once per act
            row[k] = _tsvector(row[k])
        rows.append([i + 1, *row])
    postings = [p for k, n, f in POSTED
                for p in pg_store.postings_rows(f, ((r[0], json.loads(r[k + 1]), r[n + 1],
                                                     r[n + 2]) for r in rows))]
    return rows, postings, df, time.process_time() - cpu


def _backend_cpu(conn) -> float:
    """CPU seconds of the server process behind ``conn`` (0 when /proc
    cannot tell: another machine, another OS)."""
    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    try:
        f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0


class Loader:
    """Grows the bench schema to a size, indexes built after each load."""

    def __init__(self, url: str, fund: RegionalFund, jobs: int):
        self.full_url = url
        self.url, self.s = pg_store.split_url(url, ".")
        self.fund, self.jobs = fund, jobs
        self.df = {f: Counter() for f in pg_store.TEXT_FIELDS}
        self.n = 0
        with pg_store.connect(self.url) as c:
            c.execute(f"DROP SCHEMA IF EXISTS {self.s} CASCADE")
            for q in pg_store.bulk_tables(self.s):
                c.execute(q)
            c.execute(f"INSERT INTO {self.s}.stamp VALUES (%s::jsonb)",
                      (json.dumps(pg_store._stamp()),))
            c.execute(f"INSERT INTO {self.s}.state VALUES (0, 0"
                      f"{', 0' * len(pg_store.TEXT_FIELDS)})")

    def _drop_indexes(self, c) -> None:
        names = c.execute("SELECT i.indexname FROM pg_indexes i WHERE i.schemaname = %s "
                          "AND i.tablename = 'docs' AND NOT EXISTS (SELECT 1 FROM "
                          "pg_constraint k WHERE k.conname = i.indexname)",
                          (self.s,)).fetchall()
        for (name,) in names:
            c.execute(f"DROP INDEX {self.s}.{name}")

    def _build_index(self, q: str) -> None:
        with pg_store.connect(self.url) as c:
            c.execute("SET maintenance_work_mem = '1GB'")
            c.execute(q)

    def grow(self, size: int, chunk: int = 500) -> dict:
        s, lo = self.s, self.n
        t0, main_cpu, work_cpu = time.perf_counter(), time.process_time(), 0.0
        bounds = [(a, min(a + chunk, size)) for a in range(lo, size, chunk)]
        ctx = get_context("fork" if hasattr(os, "fork") else "spawn")
        # the workers start before the connection opens: none inherits it
        with ctx.Pool(self.jobs, _init, (self.fund.n, self.fund.seed)) as pool, \
                pg_store.connect(self.url) as c:
            self._drop_indexes(c)
            server_cpu0 = _backend_cpu(c)
            # a second connection: one connection runs one COPY at a time
            pc = pg_store.connect(self.url)
            with c.cursor() as cur, pc.cursor() as pcur, \
                    cur.copy(f"COPY {s}.docs (docnum, {', '.join(COLUMNS)}) FROM STDIN") as cp, \
                    pcur.copy(f"COPY {s}.postings (field, term, lo, docs, tfs, maxsat, avgl) "
                               f"FROM STDIN") as pp:
                pp.set_types(["text", "text", "int8", "int8[]", "int4[]", "float8", "float8"])
                done = lo
                ahead = threading.Semaphore(self.jobs * 4)   # rows in memory: bounded

                def feed():
                    for b in bounds:
                        ahead.acquire()
                        yield b
                for rows, postings, df, cpu in pool.imap(_rows, feed()):
                    ahead.release()
                    work_cpu += cpu
                    for r in rows:
                        cp.write_row(r)
                    for r in postings:
                        pp.write_row(r)
                    for f, d in df.items():
                        self.df[f].update(d)
                    done += len(rows)
                    if done % 50_000 < chunk:
                        dt = time.perf_counter() - t0
                        print(f"  loaded {done} ({(done - lo) / dt:.0f} acts/s)", flush=True)
            server_cpu = _backend_cpu(c) - server_cpu0 + _backend_cpu(pc)
            pc.close()
        main_cpu = time.process_time() - main_cpu
        t1 = time.perf_counter()
        with ThreadPoolExecutor(max(1, self.jobs)) as ex:
            list(ex.map(self._build_index, pg_store.bulk_indexes(s)))
        t2 = time.perf_counter()
        with pg_store.connect(self.url) as c, c.transaction(), c.cursor() as cur:
            cur.execute(f"TRUNCATE {s}.terms")
            with cur.copy(f"COPY {s}.terms (field, term, df) FROM STDIN") as cp:
                for f, d in self.df.items():
                    for t, k in d.items():
                        cp.write_row((f, t, k))
            pg_store.bulk_finish(cur, s)
        t3 = time.perf_counter()
        added, self.n = size - lo, size
        return {"added": added, "load_s": round(t1 - t0, 1), "index_s": round(t2 - t1, 1),
                "stats_s": round(t3 - t2, 1), "acts_per_s": round(added / (t3 - t0), 1),
                # CPU per act while loading (the machine is shared: wall time
                # is not the cost): generating + analysing, COPY, the server
                "cpu_ms_per_act": {"workers": round(work_cpu / added * 1e3, 2),
                                   "main": round(main_cpu / added * 1e3, 2),
                                   "server": round(server_cpu / added * 1e3, 2)}}

    def size(self) -> int:
        """The schema's tables with their indexes and TOAST, as ``actdesk stats``."""
        return pg_store.Store(self.full_url, ".").stats()["bytes"]


# --- measuring ---------------------------------------------------------------------------

def summary(by: dict) -> dict:
    return {cls: {"n": len(v), "p50": round(pct(v, 50), 1), "p95": round(pct(v, 95), 1)}
            for cls, v in by.items()}


def measure(idx: Path, mix, name: str, tops: dict | None = None, warm=()) -> dict:
    """The mix as bench/search.py defines it and with facets on every
    query; ``tops`` collects each query's top 10 ids (agreement); ``warm``
    the warm-up queries."""
    from search.query import search

    def run(q):
        ids = [h.id for h in search(idx, q).hits]
        if tops is not None:
            tops[id(q)] = ids

    def timed(queries) -> tuple[dict, dict]:
        """Latencies, and CPU ms per query — of the database server's
        backend, and of this process (the query layer: parsing, snippets;
        all of Whoosh): what sizing needs, whatever else the machine does.
        Each pass on a fresh engine, warmed up (the acts' columns read) by
        queries of another seed, whose postings lists are then forgotten:
        a list is read from the database at its first query of the pass
        (a desk's engine keeps the lists it read; bench/search.py's mix
        repeats its topics' words)."""
        from search import index as ix
        ix.close_engines()
        for i, (_, q) in enumerate(warm):
            run(q)
            ready = getattr(ix.engine(idx), "columns_ready", None) if i == 0 else None
            if ready is not None:
                # a large fund's columns are read by a thread the first query
                # starts: the rest of the warm-up runs as the pass will
                ready(wait=1800)
        cols = getattr(ix.engine(idx), "_columns", None)
        if cols is not None:   # the warm-up's lists forgotten, the columns kept
            cols.forget_lists()
        cpu0 = _search_cpu(idx)
        by = run_mix(run, queries, warm=0)
        return by, {k: round((v - cpu0[k]) / len(queries) * 1e3, 1)
                    for k, v in _search_cpu(idx).items()}

    as_defined, cpu = timed(mix)
    table(f"{name}: bench/search.py's mix as defined (facets on the faceted class; "
          f"CPU ms/query {cpu})", as_defined)
    faceted, fcpu = timed([(c, replace(q, facets=True)) for c, q in mix])
    table(f"{name}: the same mix, facets on every query (the search page; "
          f"CPU ms/query {fcpu})", faceted)
    return {"mix": summary(as_defined), "with_facets": summary(faceted),
            "cpu_ms_per_query": {"mix": cpu, "with_facets": fcpu}}


def warmup(fund: RegionalFund) -> list:
    """Queries of every class, none of the mix's (another seed)."""
    return fund.queries(1, seed=1)


def _search_cpu(idx: Path) -> dict[str, float]:
    from search import index as ix
    conn = getattr(ix.engine(idx), "conn", None)
    return {"server": _backend_cpu(conn) if conn is not None else 0.0,
            "client": time.process_time()}


def compare_whoosh(fund: RegionalFund, work: Path, mix, url: str, pg_tops: dict,
                   procs: int) -> dict:
    """The Whoosh index of ``fund`` built in ``work`` (kept there when it
    holds as many acts: a --reuse run), the mix run on it, agreement."""
    from search import index as ix
    _use(None)
    widx = work / "whoosh-index"
    out: dict = {}
    if not (widx.exists() and ix.check(widx) is None and ix.stats(widx)["records"] == fund.n):
        t = time.perf_counter()
        n = ix.rebuild(widx, fund.records(), procs=procs)
        dt = time.perf_counter() - t
        print(f"whoosh build: {n} acts in {dt:.0f} s = {n / dt:.0f} acts/s (generation "
              f"included), {dir_size(widx) / 1e6:.0f} MB")
        out["build_acts_per_s"] = round(n / dt, 1)
    w_tops: dict = {}
    out.update({"whoosh": measure(widx, mix, "whoosh", w_tops, warmup(fund)),
                "whoosh_bytes": dir_size(widx)})
    ix.close_engines()
    _use(url)
    by: dict[str, tuple[list, list]] = {}
    for cls, q in [*mix, *((("ALL", q) for _, q in mix))]:
        ws, ps = by.setdefault(cls, ([], []))
        ws.append(w_tops[id(q)])
        ps.append(pg_tops[id(q)])
    print("\nrecall@10 of PostgreSQL against Whoosh (same top 10 in the same order)")
    out["agreement"] = {}
    for cls, (ws, ps) in by.items():
        rec, same, k = agreement(ws, ps)
        out["agreement"][cls] = {"queries": k, "recall@10": round(rec, 3),
                                 "identical": round(same, 3)}
        print(f"{cls:<12}{k:>5} queries  recall@10 {rec:.3f}  identical {same:.3f}")
    return out


def growth_table(steps: list[dict]) -> None:
    print("\ngrowth (each figure, and its ratio to the first size)")
    base = steps[0]
    cols = [("load acts/s", lambda s: s["load"]["acts_per_s"]),
            ("p50 facets", lambda s: s["pg"]["with_facets"]["ALL"]["p50"]),
            ("p95 facets", lambda s: s["pg"]["with_facets"]["ALL"]["p95"]),
            ("p95 mix", lambda s: s["pg"]["mix"]["ALL"]["p95"]),
            ("p95 requisite", lambda s: s["pg"]["mix"]["requisite"]["p95"]),
            ("server CPU ms/q", lambda s: s["pg"]["cpu_ms_per_query"]["with_facets"]["server"]),
            ("bytes/act", lambda s: s["bytes_per_act"])]
    print(f"{'acts':>9}" + "".join(f"{c:>22}" for c, _ in cols))
    for s in steps:
        print(f"{s['size']:>9}" + "".join(
            f"{f(s):>13.1f} ({f(s) / f(base):>4.2f}x)" for _, f in cols))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000000",
                    help="comma-separated sizes the database grows through")
    ap.add_argument("--queries", type=int, default=40, help="queries per class")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                    help="processes generating and analysing acts")
    ap.add_argument("--compare-at", type=int, default=100_000,
                    help="size at which Whoosh runs the same queries (0: never)")
    ap.add_argument("--whoosh-procs", type=int, default=1,
                    help="Whoosh build processes (1: the same tie order as PostgreSQL)")
    ap.add_argument("--db", help="PostgreSQL URL (default: ACTDESK_DATABASE_URL, else a "
                                 "private server in a temporary folder)")
    ap.add_argument("--json", type=Path, default=REPO / "bench" / "out" / "regional.json")
    keep = ap.add_mutually_exclusive_group()
    keep.add_argument("--keep", type=Path, metavar="DIR",
                      help="the private server made in DIR (new or empty) and kept there, "
                           "loaded, with the Whoosh index of --compare-at")
    keep.add_argument("--reuse", type=Path, metavar="DIR",
                      help="start the server --keep left in DIR and measure the queries "
                           "only, at the size loaded there (no load; Whoosh compared when "
                           "its index is there too)")
    a = ap.parse_args(argv)
    sizes = sorted(int(x) for x in a.sizes.split(","))
    if (a.keep or a.reuse) and a.db:
        ap.error("--keep and --reuse keep a private server: not with --db")

    kept = a.keep or a.reuse
    work = kept / "work" if kept else Path(tempfile.mkdtemp(prefix="actdesk-regional-"))
    work.mkdir(parents=True, exist_ok=True)   # the Whoosh index
    try:
        with database(a.db, a.keep, a.reuse) as url:
            url += ("&" if "?" in url else "?") + f"schema={SCHEMA}"
            if a.reuse:
                remeasure(a, url, work)
            else:
                run(a, sizes, url, work)
    finally:
        if not kept:
            shutil.rmtree(work, ignore_errors=True)


@contextmanager
def database(url: str | None, keep: Path | None = None, reuse: Path | None = None):
    """``url``, else ``ACTDESK_DATABASE_URL``, else a private server for
    the run (tests/pgserver.py) given a server's memory — made in ``keep``
    and left there, or the one left in ``reuse`` started again."""
    url = None if keep or reuse else url or pg_store.database_url()
    if url:
        yield url
        return
    from tests.pgserver import create_database, reopen_server, start_server
    if reuse:
        server = reopen_server(reuse / "server", SERVER_SETTINGS)
    else:
        server = start_server(SERVER_SETTINGS, keep / "server" if keep else None)
    try:
        print(f"private PostgreSQL in {server.folder} ({', '.join(SERVER_SETTINGS)})")
        yield server.url("regional") if reuse else create_database(server, "regional")
    finally:
        server.stop(keep=bool(keep or reuse))


def remeasure(a, url: str, work: Path) -> None:
    """--reuse: the queries on the fund a --keep run loaded (its size read
    from the index), Whoosh beside it when that run built its index."""
    from search import index as ix
    with pg_store.connect(pg_store.split_url(url, ".")[0]) as c:
        size = c.execute(f"SELECT n FROM {SCHEMA}.state").fetchone()[0]
    print(f"\n== {size} acts (loaded by an earlier --keep run) ==", flush=True)
    fund = RegionalFund(size)
    mix = fund.queries(a.queries)
    _use(url)
    ix.close_engines()
    pg_tops: dict = {}
    step = {"size": size, "reused": True,
            "pg": measure(work / "index", mix, f"postgresql, {size} acts", pg_tops,
                          warmup(fund)),
            "loadavg": [round(x, 2) for x in os.getloadavg()]}
    out = {"sizes": [size], "queries_per_class": a.queries, "server": list(SERVER_SETTINGS),
           "steps": [step]}
    a.json.parent.mkdir(parents=True, exist_ok=True)
    a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), "utf-8")
    if (work / "whoosh-index").exists():
        step["compare"] = compare_whoosh(fund, work, mix, url, pg_tops, a.whoosh_procs)
        a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), "utf-8")
    print(f"\nJSON: {a.json}")
    ix.close_engines()


def run(a, sizes: list[int], url: str, work: Path) -> None:
    from search import index as ix
    idx = work / "index"
    out = {"sizes": sizes, "queries_per_class": a.queries, "jobs": a.jobs,
           "cpus": os.cpu_count(), "server": None if a.db else list(SERVER_SETTINGS),
           "steps": []}
    a.json.parent.mkdir(parents=True, exist_ok=True)
    loader = Loader(url, RegionalFund(max(sizes)), a.jobs)
    for size in sizes:
        print(f"\n== {size} acts ==", flush=True)
        load = loader.grow(size)
        nbytes = loader.size()
        print(f"load: {load}; database {nbytes / 1e6:.0f} MB = "
              f"{nbytes / size / 1e3:.1f} kB/act", flush=True)
        fund = RegionalFund(size)
        mix = fund.queries(a.queries)
        _use(url)
        ix.close_engines()
        pg_tops: dict = {}
        step = {"size": size, "load": load, "bytes": nbytes,
                "bytes_per_act": round(nbytes / size, 1),
                "pg": measure(idx, mix, f"postgresql, {size} acts", pg_tops, warmup(fund)),
                "loadavg": [round(x, 2) for x in os.getloadavg()]}
        out["steps"].append(step)
        a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), "utf-8")
        if size == a.compare_at:
            step["compare"] = compare_whoosh(fund, work, mix, url, pg_tops, a.whoosh_procs)
            a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), "utf-8")
    growth_table(out["steps"])
    print(f"\nJSON: {a.json}")
    ix.close_engines()


if __name__ == "__main__":
    main()
