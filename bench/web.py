"""Server-side time, page weight and latency under load of the search page.

    .venv/bin/python bench/web.py [--n 100000] [--queries 20] [--keep DIR | --reuse DIR]
        [--clients 20 --seconds 30 --import-files 120] [--skip-mix]
        [--compare REF [--rounds 3]] [--no-cache]

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

Under load (``--clients``, issue 15 part 6): the production server
(waitress, search/web/server.py) serves the same application on a local
port, and a separate client process (so that the clients do not share the
server's interpreter) keeps ``--clients`` keep-alive connections busy for
``--seconds``, each asking the mix's search pages one after another, as
browsers do (gzip accepted). Reported: requests per second, p50 / p95 /
p99 / max latency from request to last byte, errors. Then the same load
while an import runs in the server as a staff upload does (the upload
queue's worker thread: reading, requisites, rubrics, catalog, index
commits): ``--import-files`` text acts of the sample municipality
(corpus/acts.py), each made unique by its number; the latencies of the
requests started while the import ran are reported apart.

Before and after a change (``--compare REF``, e.g. ``--compare main``): the
code of the git revision REF is unpacked into a temporary folder and each
version serves the mix in a process of its own, in alternate rounds
(``--rounds``), so both see the same machine load; each query's time is
the fastest of its rounds, and the tables give per class the mean and p95
per page of both and their ratio — the first time each question is asked
in a fresh process, and asked again (the engine's caches warm, the results
cache still off with ``--no-cache``) — in CPU time of the serving thread
(what bounds the requests a second; little moved by other processes) and
in wall time. ``ACTDESK_BENCH_CODE`` (set by the
parent) points a process at the other version's code.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from wsgiref.util import setup_testing_defaults

REPO = Path(__file__).resolve().parent.parent
CODE = Path(os.environ.get("ACTDESK_BENCH_CODE") or REPO)   # --compare: the other version
sys.path.insert(0, str(CODE))
sys.path.insert(0, str(CODE / "bench"))

from bench.search import Fund as GenFund, pct  # noqa: E402


# --- load: a client process over HTTP ---------------------------------------------------

async def _client(host: str, port: int, targets: list[str], first: int, deadline: float,
                  out: list) -> None:
    """One browser: a keep-alive connection, one request after another."""
    import asyncio
    reader, writer = await asyncio.open_connection(host, port)
    k = first
    try:
        while time.time() < deadline:
            path = targets[k % len(targets)]
            k += 1
            started, t0 = time.time(), time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                         "Accept-Encoding: gzip\r\nUser-Agent: bench\r\n\r\n".encode("ascii"))
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            status = int(lines[0].split()[1])
            hdrs = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
            if "content-length" in hdrs:
                await reader.readexactly(int(hdrs["content-length"]))
            elif hdrs.get("transfer-encoding", "").lower() == "chunked":
                while True:
                    size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                    await reader.readexactly(size + 2)
                    if size == 0:
                        break
            out.append((started, (time.perf_counter() - t0) * 1000, status))
            if hdrs.get("connection", "").lower() == "close":
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
    finally:
        writer.close()


def client_main(url: str, clients: int, seconds: float, targets_file: str) -> None:
    """The client process: prints one JSON list of [start, ms, status]."""
    import asyncio
    from urllib.parse import urlsplit
    u = urlsplit(url)
    targets = Path(targets_file).read_text(encoding="utf-8").split("\n")
    out: list = []
    deadline = time.time() + seconds

    async def run():
        await asyncio.gather(*(_client(u.hostname, u.port, targets, i * 7, deadline, out)
                               for i in range(clients)))
    asyncio.run(run())
    print(json.dumps(out))


def _stats(rows: list, seconds: float) -> dict:
    ms = [r[1] for r in rows]
    errors = sum(1 for r in rows if r[2] != 200)
    if not ms:
        return {"n": 0}
    return {"n": len(ms), "rps": len(ms) / seconds, "p50": pct(ms, 50), "p95": pct(ms, 95),
            "p99": pct(ms, 99), "max": max(ms), "errors": errors}


def _line(label: str, st: dict) -> str:
    if not st.get("n"):
        return f"  {label:<34} no requests"
    return (f"  {label:<34}{st['n']:>7}{st['rps']:>8.1f}{st['p50']:>9.1f}{st['p95']:>9.1f}"
            f"{st['p99']:>9.1f}{st['max']:>9.1f}{st['errors']:>7}")


def import_delivery(dest: Path, n: int) -> list[Path]:
    """``n`` text acts of the sample municipality, each unique by its number."""
    from dataclasses import replace as dc_replace
    from corpus.acts import ALL
    from corpus.build import txt_bytes
    dest.mkdir(parents=True, exist_ok=True)
    files = []
    run = int(time.time()) % 1_000_000        # a new run imports new acts, not duplicates
    for i in range(n):
        act = ALL[i % len(ALL)]
        act = dc_replace(act, number=f"{act.number}-{run}{i:04d}")
        f = dest / f"act_{i:04d}.txt"
        f.write_bytes(txt_bytes(act, "utf-8"))
        files.append(f)
    return files


def load(app, mix, clients: int, seconds: float, import_files: int, threads: int | None) -> dict:
    """Latency under ``clients`` concurrent connections, then again during an import."""
    import threading
    from search.web import server as srv
    from search.web.params import search_url
    from search.web.uploads import Job, new_job_id
    kw = {"threads": threads} if threads else {}
    server = srv.make_server(app, "127.0.0.1", 0, log_requests=False, **kw)
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    url = f"http://127.0.0.1:{server.effective_port}"
    work = Path(tempfile.mkdtemp(prefix="actdesk-load-"))
    targets = work / "targets.txt"
    targets.write_text("\n".join(search_url(q) for _cls, q in mix), encoding="utf-8")

    def run_clients(secs: float) -> list:
        p = subprocess.run([sys.executable, __file__, "--client", url, "--clients", str(clients),
                            "--seconds", str(secs), "--targets", str(targets)],
                           capture_output=True, text=True, check=True)
        return json.loads(p.stdout)
    out = {}
    try:
        run_clients(3)                                     # warm: searchers, templates, morphology
        rows = run_clients(seconds)
        out["steady"] = _stats(rows, seconds)
        if import_files:
            files = import_delivery(work / "delivery", import_files)
            job = Job(new_job_id(), "bench", work / "delivery", files)
            box: dict = {}

            def start_import():
                time.sleep(1.0)
                box["t0"] = time.time()
                app.uploads.submit(job)
                app.uploads.wait(job.id)
                box["t1"] = time.time()
            imp = threading.Thread(target=start_import)
            imp.start()
            rows = run_clients(seconds)
            imp.join()
            during = [r for r in rows if box["t0"] <= r[0] <= box["t1"]]
            out["import"] = _stats(during, max(0.001, min(box["t1"], rows[-1][0]) - box["t0"]))
            out["import_seconds"] = box["t1"] - box["t0"]
            out["import_state"] = job.state
            out["import_records"] = job.summary.get("records", 0)
    finally:
        srv.stop(server)
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    from search.web.views import search as search_view
    gate = getattr(search_view, "GATE", None)
    print(f"\nunder load: {clients} clients (keep-alive, gzip), {seconds:.0f} s each, "
          f"waitress threads {server.adj.threads}, backlog {server.adj.backlog}, "
          f"searches at a time {gate._initial_value if gate else 'any'}")
    print(f"  {'':<34}{'n':>7}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"
          f"{'errors':>7}")
    print(_line("steady", out["steady"]))
    if "import" in out:
        print(_line(f"during the import ({out['import_seconds']:.0f} s)", out["import"]))
        print(f"  the import: {import_files} files, {out['import_records']} records, "
              f"{out['import_state']}")
    return out


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


# --- before and after: two versions of the code, alternate processes --------------------

def pages_child(home: Path, mix, no_cache: bool) -> None:
    """One version's pass over the mix, twice: prints JSON ``{"first": [ms…],
    "again": [ms…], "first_cpu": …, "again_cpu": …}`` in the mix's order
    (wall time and the CPU time of the thread that served the page)."""
    import logging
    logging.getLogger("waitress").setLevel(logging.ERROR)
    from search.query import cache
    from search.web.app import App
    from search.web.params import search_url
    if no_cache:
        cache.SIZE = 0
    app = App(home, log=lambda m: None)
    for _cls, q in mix[:5]:   # warm: templates, morphology, the searcher (other words)
        call(app, search_url(replace(q, text=q.text + " администрация")))
    out = {}
    for name in ("first", "again"):
        ms, cpu = [], []
        for _cls, q in mix:
            t, c = time.perf_counter(), time.thread_time()
            status, _b, _h = call(app, search_url(q))
            ms.append((time.perf_counter() - t) * 1000)
            cpu.append((time.thread_time() - c) * 1000)
            assert status == 200, (status, q)
        out[name], out[name + "_cpu"] = ms, cpu
    print(json.dumps(out))


def unpack_revision(ref: str, dest: Path) -> Path:
    """The tracked files of git revision ``ref`` of this repository in ``dest``."""
    import tarfile
    tar = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", ref],
                         capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
        if hasattr(tarfile, "data_filter"):    # 3.11.4+: no links or paths out of dest
            tf.extractall(dest, filter="data")
        else:
            tf.extractall(dest)
    return dest


def compare(ref: str, reuse: Path, a, mix) -> dict:
    """Per-page time of ``ref``'s code and this one's, alternate rounds."""
    work = Path(tempfile.mkdtemp(prefix="actdesk-compare-"))
    base = unpack_revision(ref, work / "code")
    args = [sys.executable, str(Path(__file__).resolve()), "--pages-child", "--reuse", str(reuse),
            "--n", str(a.n), "--queries", str(a.queries)] + (["--no-cache"] if a.no_cache else [])
    runs: dict[str, list[dict]] = {"before": [], "after": []}
    try:
        for r in range(a.rounds):
            for label, code in (("before", base), ("after", REPO)):
                env = dict(os.environ, ACTDESK_BENCH_CODE=str(code))
                p = subprocess.run(args, capture_output=True, text=True, env=env)
                if p.returncode:
                    raise SystemExit(f"{label} ({code}) failed:\n{p.stderr[-3000:]}")
                runs[label].append(json.loads(p.stdout.strip().splitlines()[-1]))
                print(f"  round {r + 1}/{a.rounds}: {label} done", flush=True)
    finally:
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    classes = [cls for cls, _q in mix]
    out: dict = {}
    print(f"\nper-page server time, {ref} (before) and this tree (after), fastest of "
          f"{a.rounds} alternate rounds per query; results cache "
          f"{'off' if a.no_cache else 'on (each question asked once per pass)'}")
    for name, what in (("first_cpu", "CPU time, each question the first time in a fresh process"),
                       ("again_cpu", "CPU time, asked again: engine caches warm"),
                       ("first", "wall time, first time"), ("again", "wall time, again")):
        print(f"\n{what}")
        print(f"{'class':<12}{'n':>4}{'before mean':>13}{'after mean':>12}{'ratio':>7}"
              f"{'before p95':>12}{'after p95':>11}{'ratio':>7}")
        best = {label: [min(run[name][i] for run in runs[label]) for i in range(len(mix))]
                for label in runs}
        for cls in list(dict.fromkeys(classes)) + ["ALL"]:
            idx = [i for i, c in enumerate(classes) if cls in (c, "ALL")]
            b = [best["before"][i] for i in idx]
            f = [best["after"][i] for i in idx]
            bm, fm = statistics.mean(b), statistics.mean(f)
            row = {"n": len(idx), "before_mean": bm, "after_mean": fm, "before_p95": pct(b, 95),
                   "after_p95": pct(f, 95)}
            out.setdefault(name, {})[cls] = row
            print(f"{cls:<12}{len(idx):>4}{bm:>13.1f}{fm:>12.1f}{fm / bm:>7.2f}"
                  f"{row['before_p95']:>12.1f}{row['after_p95']:>11.1f}"
                  f"{row['after_p95'] / row['before_p95']:>7.2f}")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=20, help="queries per class")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--keep", help="build the fund into this directory and keep it")
    ap.add_argument("--reuse", help="use the fund already built in this directory")
    ap.add_argument("--clients", type=int, default=20, help="concurrent connections (0: no load test)")
    ap.add_argument("--seconds", type=float, default=30, help="length of each load run")
    ap.add_argument("--import-files", type=int, default=120,
                    help="acts imported during the second load run (0: none)")
    ap.add_argument("--threads", type=int, default=None, help="waitress threads (default: the server's)")
    ap.add_argument("--skip-mix", action="store_true", help="only the load test")
    ap.add_argument("--gate", type=int, default=None,
                    help="searches rendered at a time (default: search/web/views/search.py)")
    ap.add_argument("--no-cache", action="store_true",
                    help="run every search (search/query/cache.py off): the worst case")
    ap.add_argument("--compare", metavar="REF",
                    help="per-page time of git revision REF's code against this tree's "
                         "(alternate processes; no load test)")
    ap.add_argument("--rounds", type=int, default=3, help="alternate rounds of --compare")
    ap.add_argument("--pages-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--json", help="write the load figures to this file")
    ap.add_argument("--client", help=argparse.SUPPRESS)     # the client process
    ap.add_argument("--targets", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.client:
        client_main(a.client, a.clients, a.seconds, a.targets)
        return
    from search.web.app import App
    work = Path(a.reuse or a.keep or tempfile.mkdtemp(prefix="actdesk-webbench-"))
    home = work / "fund"
    if not a.reuse:
        home.mkdir(parents=True, exist_ok=True)
        build(home, a.n, a.procs)
    gen = GenFund(a.n)
    mix = [(cls, q) for cls, q in gen.queries(a.queries)]
    if a.pages_child:
        pages_child(home, mix, a.no_cache)
        return
    print(f"fund {home}: {a.n} generated records; {len(mix)} searches "
          f"({a.queries} per class, as bench/search.py)")
    if a.compare:
        out = compare(a.compare, work, a, mix)
        if a.json:
            Path(a.json).write_text(json.dumps(out, indent=2), encoding="utf-8")
        return
    import logging
    logging.getLogger("waitress").setLevel(logging.ERROR)   # "Task queue depth is 12"
    try:
        from search.query import cache
    except ImportError:          # the code before the results cache (a baseline run)
        cache = None
    if a.no_cache and cache is not None:
        cache.SIZE = 0
    if a.gate:
        import threading
        from search.web.views import search as search_view
        search_view.GATE = threading.BoundedSemaphore(a.gate)
    app = App(home, log=lambda m: None)
    if not a.skip_mix:
        p95 = run_mix(app, mix, "search page, server-side time (whole page: query, facets, "
                                "snippets, rendering)")
        weight(app, mix)
        print(f"\nsearch page p95 at {a.n} records: {p95:.1f} ms (target ≤ 100 ms)")
    if a.clients:
        out = load(app, mix, a.clients, a.seconds, a.import_files, a.threads)
        if cache is not None:
            print(f"  results cache ({'off' if a.no_cache else f'{cache.SIZE} kept'}): "
                  f"{cache.stats['hits']} reused, {cache.stats['misses']} searched")
        print("\ntargets: p99 ≤ 200 ms under load, p95 ≤ 300 ms during an import")
        if a.json:
            Path(a.json).write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
