"""Whoosh and PostgreSQL side by side: the same fund, the same query mix.

    .venv/bin/python bench/engines.py --n 20000 [--queries 40] [--db postgresql://…]
        [--keep DIR | --reuse DIR] [--only CLASS,…]

Generates N records with bench/search.py's generator, indexes them in both
engines (Whoosh in a temporary folder; PostgreSQL in the database of
``--db`` / ``ACTDESK_DATABASE_URL``, or in a private server started from
the Debian binaries as the tests do: tests/pgserver.py), then runs
bench/search.py's query mix through search.query.search on both engines,
query by query in turn (a loaded machine slows both alike), and prints
p50/p95 per class, their ratios, build rate, and recall@10 agreement: the share of
Whoosh's top-10 ids PostgreSQL also returns (and the share of queries whose
top 10 is the same list in the same order).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench.search import Fund, dir_size, pct, table  # noqa: E402


def _use(url: str | None) -> None:
    """Select the engine for search.index: a URL is PostgreSQL, None Whoosh."""
    from search.engine import pg_store
    if url:
        os.environ[pg_store.URL_ENV] = url
    else:
        os.environ.pop(pg_store.URL_ENV, None)


def _top(idx, q) -> list[str]:
    from search.query import search
    return [h.id for h in search(idx, q).hits]


def agreement(whoosh_tops: list[list[str]], pg_tops: list[list[str]]) -> tuple[float, float, int]:
    """(recall@10 of PostgreSQL against Whoosh, share of identical top
    lists, queries counted): queries Whoosh finds nothing for are left out."""
    shares, same, n = [], 0, 0
    for w, p in zip(whoosh_tops, pg_tops):
        if not w:
            continue
        n += 1
        shares.append(len(set(w) & set(p)) / len(w))
        same += w == p
    return (sum(shares) / n if n else 1.0), (same / n if n else 1.0), n


def interleaved(idx: Path, mix, engines, warm: int = 5) -> dict[str, dict[str, list]]:
    """Each query on every engine in turn (the first engine alternating),
    so a machine loaded by others slows both alike: {engine: {class: ms}}."""
    for name, u in engines:
        _use(u)
        for _, q in mix[:warm]:
            _top(idx, q)
    out = {name: {} for name, _ in engines}
    for i, (cls, q) in enumerate(mix):
        turn = engines if i % 2 == 0 else engines[::-1]
        for name, u in turn:
            _use(u)
            t = time.perf_counter()
            _top(idx, q)
            ms = (time.perf_counter() - t) * 1000
            out[name].setdefault(cls, []).append(ms)
            out[name].setdefault("ALL", []).append(ms)
    for by in out.values():  # ALL last, as bench/search.py's table prints it
        by["ALL"] = by.pop("ALL")
    return out


def ratios(times: dict[str, dict[str, list]]) -> None:
    """PostgreSQL's p50/p95 over Whoosh's, per class (same run)."""
    w, p = times["whoosh"], times["postgresql"]
    print("\nPostgreSQL / Whoosh, same run (1.0: as fast)")
    print(f"{'class':<12}{'p50':>8}{'p95':>8}")
    for cls in w:
        print(f"{cls:<12}{pct(p[cls], 50) / pct(w[cls], 50):>8.2f}"
              f"{pct(p[cls], 95) / pct(w[cls], 95):>8.2f}")


def build(idx: Path, fund, url: str, procs: int) -> None:
    """The same fund indexed by Whoosh at ``idx`` and by PostgreSQL at ``url``."""
    from search import index as ix
    _use(None)
    t = time.perf_counter()
    n = ix.rebuild(idx, fund.records(), procs=procs)
    dt = time.perf_counter() - t
    print(f"whoosh build: {n} records in {dt:.0f} s = {n / dt:.0f} rec/s "
          f"(generation included), {dir_size(idx) / 1e6:.0f} MB")
    _use(url)
    t = time.perf_counter()
    n = ix.rebuild(idx, fund.records())
    dt = time.perf_counter() - t
    print(f"postgresql build: {n} records in {dt:.0f} s = {n / dt:.0f} rec/s "
          f"(generation included), {ix.stats(idx)['bytes'] / 1e6:.0f} MB")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--queries", type=int, default=40, help="queries per class")
    ap.add_argument("--procs", type=int, default=1,
                    help="Whoosh build processes (1: document numbers in load order, as "
                         "in PostgreSQL, so equal scores tie the same way in both)")
    ap.add_argument("--db", help="PostgreSQL URL (default: ACTDESK_DATABASE_URL, else a "
                                 "private server in a temporary folder)")
    ap.add_argument("--keep", help="build into this directory and keep it (with --db)")
    ap.add_argument("--reuse", help="skip the builds: this directory and --db were built "
                                    "with --keep")
    ap.add_argument("--only", help="query classes to run, comma-separated (default: all)")
    a = ap.parse_args(argv)

    from search import index as ix
    from search.engine import pg_store

    url = a.db or pg_store.database_url()
    server = None
    if not url:
        from tests.pgserver import create_database, start_server
        server = start_server()
        url = create_database(server, "bench")
        print(f"private PostgreSQL in {server.folder}")
    try:
        fund = Fund(a.n)
        work = Path(a.reuse or a.keep or tempfile.mkdtemp(prefix="actdesk-engines-"))
        work.mkdir(parents=True, exist_ok=True)
        idx = work / "index"
        print(f"fund: {a.n} records, seed {fund.seed}; dir {work}")
        if not a.reuse:
            build(idx, fund, url, a.procs)

        mix = fund.queries(a.queries)
        if a.only:
            keep = set(a.only.split(","))
            mix = [m for m in mix if m[0] in keep]
        engines = (("whoosh", None), ("postgresql", url))
        times = interleaved(idx, mix, engines)
        for name, _ in engines:
            table(f"{name}: search.query.search, same mix as bench/search.py", times[name])
        ratios(times)
        tops = {}
        for name, u in engines:
            _use(u)
            tops[name] = [_top(idx, q) for _, q in mix]
        by_class: dict[str, tuple[list, list]] = {}
        for (cls, _), w, p in zip(mix, tops["whoosh"], tops["postgresql"]):
            ws, ps = by_class.setdefault(cls, ([], []))
            ws.append(w)
            ps.append(p)
        print("\nrecall@10 of PostgreSQL against Whoosh (same top 10 in the same order)")
        for cls, (ws, ps) in [*by_class.items(), ("ALL", (tops["whoosh"], tops["postgresql"]))]:
            rec, same, k = agreement(ws, ps)
            print(f"{cls:<12}{k:>5} queries  recall@10 {rec:.3f}  identical {same:.3f}")
        ix.close_engines()
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
