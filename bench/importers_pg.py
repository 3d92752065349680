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
postmaster's own and its ended backends'): with the importers and the
server on the same cores, two importers can only beat one by the cores
one leaves idle, and the bound printed says how far that is. On separate
machines, as the issue's libraries are, only the server's share is
common.
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

from ingest_parallel import _actdesk, _children_cpu, _load, make_delivery  # noqa: E402


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
    """CPU seconds of a private server so far: the postmaster's and those of
    its backends that have ended (reaped: cutime/cstime); None where /proc
    is not there."""
    if server is None:
        return None
    try:
        pid = int((server.data / "postmaster.pid").read_text().split()[0])
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError, IndexError):
        return None
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def run(deliveries: list[Path], url: str, home: Path, server=None) -> dict:
    env = dict(os.environ, ACTDESK_DATABASE_URL=url)
    load0, t0, cpu0 = _load(), time.perf_counter(), _children_cpu()
    srv0 = server_cpu(server)
    procs = [subprocess.Popen([*_actdesk(), "--home", str(home), "ingest", "--no-ocr",
                               "--jobs", "1", str(d)], cwd=REPO, env=env,
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


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000,
                    help="acts in the delivery (each importer's start, ~2 s, is in the timing)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each")
    ap.add_argument("--db", help="a PostgreSQL URL (default: a private server)")
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
        rates: dict[int, list[float]] = {1: [], 2: []}
        cpus: dict[int, list[float]] = {1: [], 2: []}
        k = 0
        for _ in range(a.repeat):
            for deliveries in ([delivery], halves):
                k += 1
                r = run(deliveries, f"{url}{sep}schema=bench{k}", work / f"home{k}", server)
                rate = r["records"] / r["wall"]
                rates[r["importers"]].append(rate)
                srv = "" if r["server_cpu"] is None else f", server's {r['server_cpu']:.1f} s"
                if r["server_cpu"] is not None:
                    cpus[r["importers"]].append((r["cpu"] + r["server_cpu"]) / r["records"])
                print(f"{r['importers']} importer(s): {r['records']} records ({r['acts']} acts) "
                      f"in {r['wall']:.1f} s = {rate:.1f} docs/s, importers' CPU "
                      f"{r['cpu']:.1f} s{srv}; load {r['load'][0]:.1f} -> {r['load'][1]:.1f}",
                      flush=True)
                if r["records"] != a.n or r["acts"] != a.n:
                    raise SystemExit(f"expected {a.n} records and acts, got {r}")
        one, two = statistics.median(rates[1]), statistics.median(rates[2])
        print(f"median: one importer {one:.1f} docs/s, two at once {two:.1f} docs/s combined; "
              f"two / one = {two / one:.2f} (cores: {os.cpu_count()})")
        if cpus[1] and cpus[2]:
            c1, c2 = statistics.median(cpus[1]), statistics.median(cpus[2])
            cores = os.cpu_count() or 1
            bound = min(2.0, cores / (c2 * one))
            print(f"CPU per act, importers and server together: one {c1 * 1e3:.1f} ms, "
                  f"two {c2 * 1e3:.1f} ms; one importer keeps {c1 * one:.2f} of {cores} cores "
                  f"busy, so on this machine two can reach at most {bound:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if server:
            server.stop()


if __name__ == "__main__":
    main()
