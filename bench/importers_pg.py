"""Importers into one regional fund in PostgreSQL: one beside two, same run.

    .venv/bin/python bench/importers_pg.py [--n 2000] [--repeat 2] [--db postgresql://…]

Generates N TXT acts in the house style (bench/ingest_parallel.py's
generator), then, alternating, ``--repeat`` times each: one ``actdesk
ingest --jobs 1`` of all N into a fresh schema, and two importers at once
(``--jobs 1`` each, half the delivery each, as two district libraries)
into another fresh schema. Prints docs/s per run, the medians and their
ratio (two against one), the load average around each run, and checks
that the two importers left every act once. On a loaded machine the ratio
is the figure to read; the absolute rates are not.

Without ``--db`` a private server is started in a temporary folder
(tests/pgserver.py), and its CPU seconds are counted too (Linux: the
postmaster's ended backends'): with the importers and the server on the
same cores, two importers can only beat one by the cores one leaves idle.
The CPU a document, importers and server apart, and the bound they set are
printed, and hold on a loaded machine where the wall-clock ratio does not:
one importer (``--jobs 1``) is one chain, the importer waiting on its
backend and the backend on it, so its time is at least its CPU and its
server's; two take at least all their CPU spread over the cores, so two /
one is at most cores × (CPU a document, one) / (CPU a document, two). On
separate machines, as the issue's libraries are, only the server's share
is common.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.append(str(REPO / "bench"))  # after the repo: bench/ingest.py is not the package

from ingest_parallel import ServerCpu, _actdesk, _children_cpu, _load, make_delivery  # noqa: E402


def _split(delivery: Path, work: Path, parts: int) -> list[Path]:
    files = sorted(p for p in delivery.rglob("*.txt"))
    out = []
    for k in range(parts):
        d = work / f"part{k}"
        d.mkdir(parents=True)
        for p in files[k::parts]:
            os.link(p, d / p.name)
        out.append(d)
    return out


def server_cpu(server) -> float | None:
    """CPU seconds of a private server's ended backends so far (None where
    /proc is not there)."""
    return None if server is None else ServerCpu(server).total()


def run(deliveries: list[Path], url: str, home: Path, server=None, code: Path = REPO) -> dict:
    """``code``: the checkout whose ``actdesk`` imports (another one: run by
    this interpreter from its folder)."""
    cmd = _actdesk() if code == REPO else [sys.executable, "-m", "cli"]
    env = dict(os.environ, ACTDESK_DATABASE_URL=url)
    load0, t0, cpu0 = _load(), time.perf_counter(), _children_cpu()
    srv0 = server_cpu(server)
    procs = [subprocess.Popen([*cmd, "--home", str(home), "ingest", "--no-ocr",
                               "--jobs", "1", str(d)], cwd=code, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for d in deliveries]
    errs = [p.communicate()[1] for p in procs]
    wall = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    time.sleep(0.5)   # the backends end (and are reaped) after their clients
    srv = None if srv0 is None else server_cpu(server) - srv0
    for p, e in zip(procs, errs):
        if p.returncode not in (0, 1):
            raise SystemExit(f"import failed ({p.returncode}): {e.decode()[-2000:]}")
        if p.returncode:   # some file refused: said, and the count below tells
            print(f"  an importer ended with status 1: {e.decode()[-1500:]}", flush=True)
    os.environ["ACTDESK_DATABASE_URL"] = url
    try:
        from ingest.fund import Fund
        fund = Fund(home)
        n = fund.count_records()
        acts = fund.stats()["acts"]
        fund.close()
    finally:
        os.environ.pop("ACTDESK_DATABASE_URL", None)
    return {"importers": len(deliveries), "records": n, "acts": acts, "wall": wall,
            "cpu": cpu, "server_cpu": srv, "load": (load0, _load())}


def summary(runs: dict[int, list[dict]], name: str) -> None:
    """Rates, their ratio, the CPU a document and the bound it sets."""
    rate = {k: statistics.median(r["records"] / r["wall"] for r in runs[k]) for k in (1, 2)}
    print(f"\n{name}: median one importer {rate[1]:.1f} docs/s, two at once {rate[2]:.1f} "
          f"docs/s combined; two / one = {rate[2] / rate[1]:.2f} (cores: {os.cpu_count()}; "
          f"wall clock: read it only on a quiet machine)")
    if any(r["server_cpu"] is None for k in (1, 2) for r in runs[k]):
        return
    cores = os.cpu_count() or 1
    split = {}
    for k in (1, 2):
        def ms(f) -> float:
            return statistics.median(1e3 * f(r) / r["records"] for r in runs[k])
        split[k] = (ms(lambda r: r["cpu"]), ms(lambda r: r["server_cpu"]),
                    ms(lambda r: r["cpu"] + r["server_cpu"]))
        print(f"  CPU a document, {'one importer ' if k == 1 else 'two importers'}: importers "
              f"{split[k][0]:.2f} ms, server {split[k][1]:.2f} ms, all {split[k][2]:.2f} ms")
    # one importer: a chain (its time is all its CPU, its server's
    # included); two: all their CPU over the cores at best
    bound = min(2.0, cores * split[1][2] / split[2][2])
    print(f"  bound on {cores} free cores from the CPU seconds: two / one at most {bound:.2f}x "
          f"(one importer kept {split[1][2] * rate[1] / 1e3:.2f} of {cores} cores busy here)")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000,
                    help="acts in the delivery (each importer's start, ~2 s, is in the timing)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each")
    ap.add_argument("--db", help="a PostgreSQL URL (default: a private server)")
    ap.add_argument("--baseline", type=Path, default=None, metavar="DIR",
                    help="another checkout run beside this one, alternating "
                         "(git archive main | tar -x -C DIR)")
    a = ap.parse_args(argv)
    server = None
    url = a.db
    if not url:
        from tests.pgserver import create_database, start_server
        server = start_server()
        url = create_database(server, "bench")
    work = Path(tempfile.mkdtemp(prefix="actdesk-importers-"))
    sep = "&" if "?" in url else "?"
    try:
        delivery = work / "delivery"
        make_delivery(delivery, a.n)
        halves = _split(delivery, work, 2)
        codes = [REPO] + ([a.baseline.resolve()] if a.baseline else [])
        runs = {code: {1: [], 2: []} for code in codes}
        k = 0
        for _ in range(a.repeat):
            for code in codes:
                for deliveries in ([delivery], halves):
                    k += 1
                    r = run(deliveries, f"{url}{sep}schema=bench{k}", work / f"home{k}", server,
                            code)
                    runs[code][r["importers"]].append(r)
                    srv = "" if r["server_cpu"] is None else f", server's {r['server_cpu']:.1f} s"
                    print(f"{'base: ' if code != REPO else ''}{r['importers']} importer(s): "
                          f"{r['records']} records ({r['acts']} acts) in {r['wall']:.1f} s = "
                          f"{r['records'] / r['wall']:.1f} docs/s, importers' CPU "
                          f"{r['cpu']:.1f} s{srv}; load {r['load'][0]:.1f} -> "
                          f"{r['load'][1]:.1f}", flush=True)
                    if r["records"] != a.n or r["acts"] != a.n:
                        raise SystemExit(f"expected {a.n} records and acts, got {r}")
        for code in codes:
            summary(runs[code], f"base ({code})" if code != REPO else "this checkout")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if server:
            server.stop()


if __name__ == "__main__":
    main()
