"""Server-side time and page weight of the reference-desk search page.

    .venv/bin/python bench/web.py [--n 100000] [--queries 20] [--keep DIR | --reuse DIR]

Builds (or reuses) a fund whose index holds N generated records — the same
deterministic generator and query mix as bench/search.py — then requests the
search page for every query of the mix through the WSGI application, in
process: the time is what the server spends (query layer, facet counts,
rendering), without the network. Every page is the full page: facets on,
snippets for the 10 hits. Each query runs once, in a fresh process, after
five warm-up pages (as bench/search.py does), and the share of the query
layer (search.query.search) is reported beside the page time.

Page weight: the HTML of the search page plus its stylesheet and script,
as sent uncompressed and gzip-compressed (the server compresses when the
browser asks, as every browser does).
"""
from __future__ import annotations

import argparse
import gzip
import io
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from wsgiref.util import setup_testing_defaults

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench.search import Fund as GenFund, pct  # noqa: E402


def call(app, target: str, gzip_ok: bool = False) -> tuple[int, bytes, dict]:
    path, _, qs = target.partition("?")
    env: dict = {}
    setup_testing_defaults(env)
    env.update(REQUEST_METHOD="GET", PATH_INFO=path, QUERY_STRING=qs, HTTP_HOST="localhost",
               **({"HTTP_ACCEPT_ENCODING": "gzip"} if gzip_ok else {}))
    env["wsgi.input"] = io.BytesIO(b"")
    got = {}

    def start_response(status, headers):
        got["status"], got["headers"] = status, dict(headers)
    body = b"".join(app(env, start_response))
    return int(got["status"].split()[0]), body, got["headers"]


def build(home: Path, n: int, procs: int) -> None:
    from ingest.fund import Fund
    from search import index as ix
    Fund(home).db  # an (empty) catalog: the web needs a fund; the index is what is searched
    t = time.perf_counter()
    k = ix.rebuild(home / "index", GenFund(n).records(), procs=procs,
                   progress=lambda i: print(f"  indexed {i}", end="\r", flush=True)
                   if i % 10000 == 0 else None)
    print(f"index: {k} records in {time.perf_counter() - t:.0f} s")


def run_mix(app, mix, label: str):
    import search.query as sq
    from search.web.params import search_url
    spent = []
    real = sq.search

    def timed(*a, **kw):
        t = time.perf_counter()
        try:
            return real(*a, **kw)
        finally:
            spent.append((time.perf_counter() - t) * 1000)
    sq.search = timed  # the app imports it at call time
    try:
        for _cls, q in mix[:5]:  # warm: searcher, morphology
            call(app, search_url(replace(q, text=q.text + " администрация")))
        by: dict[str, list[tuple[float, float]]] = {}
        for cls, q in mix:
            target = search_url(q)
            spent.clear()
            t = time.perf_counter()
            status, body, _h = call(app, target)
            dt = (time.perf_counter() - t) * 1000
            assert status == 200, (status, target)
            by.setdefault(cls, []).append((dt, sum(spent)))
    finally:
        sq.search = real
    by["ALL"] = [v for vs in by.values() for v in vs]
    print(f"\n{label}")
    print(f"{'class':<12}{'n':>5}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}{'search p95':>12}"
          f"{'render p95':>12}")
    for cls, vs in by.items():
        page = [a for a, _ in vs]
        query = [b for _, b in vs]
        rest = [a - b for a, b in vs]
        print(f"{cls:<12}{len(vs):>5}{pct(page, 50):>10.1f}{pct(page, 95):>10.1f}"
              f"{max(page):>10.1f}{pct(query, 95):>12.1f}{pct(rest, 95):>12.1f}")
    return pct([a for a, _ in by["ALL"]], 95)


def weight(app, mix) -> None:
    from search.web import static
    from search.web.params import search_url
    css = len(static.FILES["app.css"][1])
    js = len(static.FILES["app.js"][1])
    css_gz = len(gzip.compress(static.FILES["app.css"][1], 5))
    js_gz = len(gzip.compress(static.FILES["app.js"][1], 5))
    sizes, gz = [], []
    for _cls, q in mix:
        _s, body, _h = call(app, search_url(q))
        _s, zbody, h = call(app, search_url(q), gzip_ok=True)
        sizes.append(len(body))
        gz.append(len(zbody))
    biggest = max(sizes)
    print("\npage weight of the search page (HTML + app.css + app.js; no images, no fonts):")
    print(f"  HTML: median {statistics.median(sizes) / 1024:.1f} KB, largest {biggest / 1024:.1f} KB"
          f" (gzip: median {statistics.median(gz) / 1024:.1f} KB, largest {max(gz) / 1024:.1f} KB)")
    print(f"  CSS {css / 1024:.1f} KB (gzip {css_gz / 1024:.1f}), JS {js / 1024:.1f} KB "
          f"(gzip {js_gz / 1024:.1f})")
    total = biggest + css + js
    total_gz = max(gz) + css_gz + js_gz
    print(f"  heaviest page in total: {total / 1024:.1f} KB uncompressed, {total_gz / 1024:.1f} KB "
          f"transferred with gzip (target < 200 KB)")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=20, help="queries per class")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--keep", help="build the fund into this directory and keep it")
    ap.add_argument("--reuse", help="use the fund already built in this directory")
    a = ap.parse_args(argv)
    from search.web.app import App
    work = Path(a.reuse or a.keep or tempfile.mkdtemp(prefix="actdesk-webbench-"))
    home = work / "fund"
    if not a.reuse:
        home.mkdir(parents=True, exist_ok=True)
        build(home, a.n, a.procs)
    gen = GenFund(a.n)
    mix = [(cls, q) for cls, q in gen.queries(a.queries)]
    print(f"fund {home}: {a.n} generated records; {len(mix)} searches "
          f"({a.queries} per class, as bench/search.py)")
    app = App(home, log=lambda m: None)
    p95 = run_mix(app, mix, "search page, server-side time (whole page: query, facets, "
                            "snippets, rendering)")
    weight(app, mix)
    print(f"\nsearch page p95 at {a.n} records: {p95:.1f} ms (target ≤ 100 ms)")


if __name__ == "__main__":
    main()
