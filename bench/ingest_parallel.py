"""Import of plain-text acts, ``--jobs 1`` beside ``--jobs 2`` in the same run.

    .venv/bin/python bench/ingest_parallel.py [--n 3000] [--repeat 2] [--jobs 1 2]
        [--engine whoosh postgresql] [--baseline DIR] [--profile]
        [--growth 100000 [--files DIR] [--step 10000]]

The whole measurement on a quiet machine (issue 16: ``--jobs 2`` at least
1.8x ``--jobs 1`` on both engines, 100,000 acts in at most 15 minutes),
beside the code of main::

    git archive main | tar -x -C /tmp/base    # an empty folder
    .venv/bin/python bench/ingest_parallel.py --n 5000 --repeat 3 \
        --engine whoosh postgresql --baseline /tmp/base --growth 100000

Generates N TXT acts in the house style of ``corpus/acts.py`` (the fictional
Заречный муниципальный округ: its headings, kinds, requisites lines and
signatures; paragraphs drawn from the sample acts and varied with invented
streets, people and sums, so that every file is new and the vocabulary has a
long tail), then imports them with ``actdesk ingest`` into a fresh fund for
each ``--jobs`` value, ``--repeat`` times, alternating, and prints docs/s per
run, the median and the spread, the ratio of the medians, the CPU seconds of
every process of each import and the load average around each run (the
machine may be shared: the CPU seconds still compare). ``--engine
postgresql`` puts each import's index in a fresh database of a private
server started as the tests start theirs (tests/pgserver.py), whose CPU
seconds are counted too (Linux: its ended backends; the catalog
connection's backend, which the main process waits on at every file,
sampled apart). The table gives the CPU a document of the main process,
its workers and the server, and the bound they set on the cores
(``speedup_bound``): what ``--jobs 2`` can reach over ``--jobs 1`` with the
cores to itself, the figure to read on a loaded machine, where the wall
clock ratio is not. ``--baseline DIR`` runs the checkout in DIR too, by
this interpreter, alternating with this one.

``--growth N`` imports N acts once with ``--jobs 2`` (Whoosh). The acts
are generated first, untimed, into ``--files DIR`` (kept there and reused
by the next run; by default in the work folder), then only the import is
timed: the catalog's record count is sampled every two seconds and the rate
of each ``--step`` records (10,000) is printed as it is reached, so a fund
that slows as it grows shows; a run stopped short projects 100,000 from the
last step's rate. The issue's 100,000 acts in at most 15 minutes::

    .venv/bin/python bench/ingest_parallel.py --n 0 --growth 100000 --files /tmp/acts-100k

The main process's own CPU seconds are printed
beside every import's (``--jobs 2`` only scales while it is the smaller
share). ``--profile`` runs one ``--jobs 2``
import of the main process under cProfile and prints its top functions.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "corpus"))

import acts as A  # noqa: E402  (corpus/acts.py: the house style)
from build import iso_to_ru, txt_bytes  # noqa: E402

KINDS = (("ПОСТАНОВЛЕНИЕ", "п", A.ADM, A.ADM_BODY), ("РАСПОРЯЖЕНИЕ", "р", A.ADM, A.ADM_BODY),
         ("РЕШЕНИЕ", "", A.COUNCIL, A.COUNCIL_BODY), ("ПРИКАЗ", "од", A.EDU, A.EDU_BODY))
STREETS = ("Садовая", "Лесная", "Заводская", "Молодёжная", "Речная", "Полевая", "Школьная",
           "Луговая", "Береговая", "Кооперативная", "Первомайская", "Сосновая")
PEOPLE = ("Соколова А.П.", "Ермаков В.Н.", "Кузнецова Е.С.", "Белов Д.А.", "Гусева Т.И.",
          "Орлов С.В.", "Зайцева Н.М.", "Павлов И.Г.", "Морозова О.Л.", "Лебедев Р.К.")
VILLAGES = ("Липовка", "Каменка", "Ольховка", "Горелово", "Сосновка", "Верхние Ключи",
            "Нижняя Слобода", "Покровское", "Дубрава", "Красный Бор")


def _paragraphs() -> list[str]:
    out = []
    for act in A.ALL:
        out += [p for p in act.paras if not p.startswith("## ") and len(p) > 40]
    return out


def make_act(i: int, paras: list[str], rnd: random.Random) -> A.Act:
    """One act: a sample act's title, a draw of paragraphs and invented
    specifics (address, person, sum, village) so that no two are alike."""
    kind, suffix, heading, _ = rnd.choice(KINDS)
    base = rnd.choice(A.ALL)
    year = rnd.randint(2015, 2025)
    date = f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    body = rnd.sample(paras, k=rnd.randint(4, 9))
    specifics = (f"Обеспечить выполнение работ по адресу: г. Заречный, ул. {rnd.choice(STREETS)}, "
                 f"д. {rnd.randint(1, 120)}, в срок до {rnd.randint(1, 28):02d}."
                 f"{rnd.randint(1, 12):02d}.{year} за счёт средств бюджета округа в сумме "
                 f"{rnd.randint(10, 9999)},{rnd.randint(0, 99):02d} тыс. рублей; ответственный — "
                 f"{rnd.choice(PEOPLE)}, населённый пункт {rnd.choice(VILLAGES)} (заявка "
                 f"№ {i}-з).")
    body.insert(rnd.randrange(1, len(body)), specifics)
    number = f"{i + 1}-{suffix}" if suffix else str(i + 1)
    return replace(base, key=f"gen{i}", heading=heading, kind=kind, date=iso_to_ru(date),
                   number=number, paras=tuple(body), truth={})


def make_delivery(dest: Path, n: int, seed: int = 20261205) -> list[Path]:
    """N TXT files (UTF-8 and cp1251, as delivered), 1,000 to a folder."""
    rnd = random.Random(seed)
    paras = _paragraphs()
    for i in range(n):
        folder = dest / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        enc = "cp1251" if i % 3 == 0 else "utf-8"
        (folder / f"act-{i:06d}.txt").write_bytes(txt_bytes(make_act(i, paras, rnd), enc))
    return [dest]


def _children_cpu() -> float:
    """CPU seconds of the finished imports and their workers (0 on Windows)."""
    t = os.times()
    return t.children_user + t.children_system


class ServerCpu:
    """CPU seconds of a private PostgreSQL server (Linux /proc; None
    elsewhere): the postmaster's ended children (its backends, reaped:
    cutime/cstime) in ``total``, and, sampled while an import runs, each
    live backend's own, so the one that lived longest — the catalog's
    connection, which the importer's main process waits on at every file —
    is told from the index writes' short-lived ones (``longest``)."""

    def __init__(self, server):
        self.server = server
        self.seen: dict[int, tuple[int, float]] = {}   # pid -> (samples, CPU s)

    def _pid(self) -> int | None:
        try:
            return int((self.server.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError, AttributeError):
            return None

    @staticmethod
    def _stat(pid: int) -> list[str] | None:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None

    def total(self) -> float | None:
        pid = self._pid()
        f = self._stat(pid) if pid else None
        if f is None:
            return None
        return sum(int(x) for x in f[11:15]) / os.sysconf("SC_CLK_TCK")

    def sample(self) -> None:
        pid = self._pid()
        if pid is None:
            return
        try:
            kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return
        for k in map(int, kids):
            f = self._stat(k)
            try:
                cmd = Path(f"/proc/{k}/cmdline").read_bytes()
            except OSError:
                continue
            if f is None or b"[local]" not in cmd:   # a backend, not the checkpointer &c
                continue
            n, _ = self.seen.get(k, (0, 0.0))
            self.seen[k] = (n + 1, (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK"))

    def longest(self) -> float:
        """The sampled CPU of the backend seen in most samples."""
        return max(self.seen.values(), default=(0, 0.0))[1]


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def _actdesk() -> list[str]:
    exe = REPO / ".venv" / "bin" / "actdesk"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "cli"]


def count_records(home: Path, url: str | None = None) -> int:
    """Records in the catalog: the fund's SQLite file, or the PostgreSQL
    catalog of ``url`` (a URL puts catalog and index in the database)."""
    if url:
        from ingest.fund import Fund
        try:
            f = Fund(home, url=url)
            try:
                return f.count_records()
            finally:
                f.close()
        except Exception:   # the importer is still creating the catalog
            return 0
    db = home / "catalog.sqlite"
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM records").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


# ``actdesk`` in this interpreter, printing the main process's CPU seconds
# last (atexit runs in reverse: after the index workers are joined)
_MAIN_CPU = ("import atexit, sys, time\n"
             "def main_cpu():\n"
             "    sys.stderr.write(f'\\nMAIN-CPU {time.process_time()}\\n')\n"
             "atexit.register(main_cpu)\n"
             "sys.argv[0] = 'actdesk'\n"
             "from cli import main\n"
             "main()\n")


def run_import(delivery: list[Path], jobs: int, home: Path, sample_every: float = 0.0,
               prefix: list[str] | None = None, code: Path = REPO,
               env: dict | None = None, on_sample=None, server=None) -> dict:
    """One ``actdesk ingest`` into a fresh fund: wall and CPU seconds, load.
    ``code``: the checkout whose ``actdesk`` runs (another one: the
    baseline, run by this interpreter from its folder). ``on_sample(t, n)``:
    each sample of the records written, as it is taken."""
    args = ["--home", str(home), "ingest", "--no-ocr", "--jobs", str(jobs), *map(str, delivery)]
    if prefix:   # the profiler runs the console script
        cmd = prefix + [_actdesk()[0] if _actdesk()[0] != sys.executable else "-m cli"] + args
    else:        # the CLI, reporting its own CPU seconds (the main process) at exit
        cmd = [sys.executable, "-c", _MAIN_CPU, *args]
    samples: list[tuple[float, int]] = []
    url = (env or os.environ).get("ACTDESK_DATABASE_URL")
    srv = ServerCpu(server) if server is not None else None
    srv0 = srv.total() if srv else None
    load0 = _load()
    c0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env)
    err: list[bytes] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)
    reader.start()
    while proc.poll() is None:
        time.sleep(sample_every or 0.2)
        if srv:
            srv.sample()
        if sample_every:
            samples.append((time.perf_counter() - t0, count_records(home, url)))
            if on_sample:
                on_sample(*samples[-1])
    wall = time.perf_counter() - t0
    reader.join()
    server_cpu = catalog_cpu = None
    if srv and srv0 is not None:
        time.sleep(0.5)   # the backends end (and are reaped) after their client
        server_cpu, catalog_cpu = srv.total() - srv0, srv.longest()
    n = count_records(home, url)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"import failed ({proc.returncode}): {b''.join(err).decode()[-2000:]}")
    tail = b"".join(err).decode("utf-8", "replace").rsplit("MAIN-CPU ", 1)
    main_cpu = float(tail[1].split()[0]) if len(tail) == 2 else float("nan")
    return {"jobs": jobs, "records": n, "wall": wall, "cpu": _children_cpu() - c0,
            "main_cpu": main_cpu, "server_cpu": server_cpu, "catalog_cpu": catalog_cpu,
            "load": (load0, _load()), "samples": samples}


class Engine:
    """Where the imports' index goes: Whoosh in the fund's folder, or a
    fresh database per import on a private PostgreSQL server started from
    the Debian binaries as the tests start theirs (tests/pgserver.py)."""

    URL = "ACTDESK_DATABASE_URL"

    def __init__(self, name: str):
        self.name, self.server, self.n = name, None, 0

    def __enter__(self) -> "Engine":
        if self.name == "postgresql":
            sys.path.insert(0, str(REPO))
            from tests.pgserver import start_server
            self.server = start_server()
        return self

    def __exit__(self, *exc) -> None:
        if self.server is not None:
            self.server.stop()

    def env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if k != self.URL}
        if self.server is not None:
            from tests.pgserver import create_database
            self.n += 1
            env[self.URL] = create_database(self.server, f"bench{self.n}")
        return env


def cpu_split(runs: list[dict]) -> dict:
    """Median CPU milliseconds a document: the main process, its workers,
    the PostgreSQL server (0 for Whoosh), of it the catalog connection's
    backend (the one the main process waits on), all of them."""
    def ms(f) -> float:
        return statistics.median(1000 * f(x) / x["records"] for x in runs)
    return {"main": ms(lambda x: x["main_cpu"]),
            "workers": ms(lambda x: x["cpu"] - x["main_cpu"]),
            "server": ms(lambda x: x["server_cpu"] or 0.0),
            "catalog": ms(lambda x: x["catalog_cpu"] or 0.0),
            "all": ms(lambda x: x["cpu"] + (x["server_cpu"] or 0.0))}


def speedup_bound(one: dict, par: dict, cores: int) -> tuple[float, str]:
    """What ``--jobs N`` can reach over ``--jobs 1`` on ``cores`` cores of
    its own, from the CPU a document (``cpu_split``): ``--jobs 1`` is one
    chain (the main process, and the server while it waits on it), so its
    time is all its CPU; ``--jobs N`` takes at least the longer of the main
    process's chain (its own CPU and its catalog backend's, which it waits
    for at each file) and all the CPU shared over the cores."""
    chain = par["main"] + par["catalog"]
    spread = par["all"] / cores
    why = (f"--jobs 1 {one['all']:.2f} ms a doc; --jobs N: main process and its catalog "
           f"backend {chain:.2f} ms, all {par['all']:.2f} ms over {cores} cores "
           f"{spread:.2f} ms; bound by the {'main chain' if chain > spread else 'cores'}")
    return one["all"] / max(chain, spread), why


def compare(delivery: list[Path], n: int, jobs: list[int], repeat: int, work: Path,
            baseline: Path | None = None, engine: Engine | None = None) -> None:
    """Each ``--jobs`` value (and each on the ``baseline`` checkout), the
    runs alternating so that a change of load hits all alike."""
    engine = engine or Engine("whoosh")
    variants = [(j, REPO) for j in jobs] + ([(j, baseline) for j in jobs] if baseline else [])

    def label(v) -> str:
        return f"{'base ' if v[1] != REPO else ''}--jobs {v[0]}"

    runs: dict[tuple, list[dict]] = {v: [] for v in variants}
    for r in range(repeat):
        for v in variants:
            home = work / f"fund-{'b' if v[1] != REPO else ''}j{v[0]}-{r}"
            res = run_import(delivery, v[0], home, code=v[1], env=engine.env(),
                             server=engine.server)
            shutil.rmtree(home, ignore_errors=True)
            runs[v].append(res)
            srv = ("" if res["server_cpu"] is None else
                   f", server {res['server_cpu']:.1f} s (catalog's backend "
                   f"{res['catalog_cpu']:.1f} s)")
            print(f"  run {r + 1} {label(v)}: {res['records']} records, {res['wall']:.1f} s, "
                  f"{res['records'] / res['wall']:.1f} docs/s, CPU {res['cpu']:.1f} s "
                  f"(main process {res['main_cpu']:.1f} s){srv}, "
                  f"load {res['load'][0]:.2f} -> {res['load'][1]:.2f}", flush=True)
    print(f"\n{n} TXT acts, {engine.name} index, {os.cpu_count()} cores, {repeat} runs each "
          f"(alternating)"
          + (f"; base: {baseline}" if baseline else ""))
    print(f"{'':>13}  {'docs/s median':>13}  {'runs (docs/s)':<24}  "
          f"{'ms CPU a doc: main':>18}  {'workers':>7}  {'server':>6}  {'(catalog)':>9}  "
          f"{'all':>5}")
    med, split = {}, {}
    for v in variants:
        rates = [x["records"] / x["wall"] for x in runs[v]]
        med[v] = statistics.median(rates)
        split[v] = cpu_split(runs[v])
        c = split[v]
        print(f"{label(v):>13}  {med[v]:>13.1f}  {', '.join(f'{x:.1f}' for x in rates):<24}  "
              f"{c['main']:>18.2f}  {c['workers']:>7.2f}  {c['server']:>6.2f}  "
              f"{c['catalog']:>9.2f}  {c['all']:>5.2f}")
    for code in (REPO, baseline) if baseline else (REPO,):
        if len(jobs) < 2:
            break
        lo, hi = (jobs[0], code), (jobs[-1], code)
        ratios = [(b["records"] / b["wall"]) / (a["records"] / a["wall"])
                  for a, b in zip(runs[lo], runs[hi])]
        print(f"{label(hi)} / {label(lo)}: {med[hi] / med[lo]:.2f}x of the medians "
              f"(per run pair: {', '.join(f'{x:.2f}' for x in ratios)}; wall clock: read it "
              f"only on a quiet machine)")
        cores = min(hi[0], os.cpu_count() or 1)
        b, why = speedup_bound(split[lo], split[hi], cores)
        print(f"  bound on {cores} free cores from the CPU seconds: {b:.2f}x ({why})")
    if baseline:
        for j in jobs:
            print(f"--jobs {j} / base --jobs {j}: {med[(j, REPO)] / med[(j, baseline)]:.2f}x")


def growth_files(n: int, folder: Path) -> list[Path]:
    """The growth run's N acts, generated once (untimed) into ``folder`` and
    reused by later runs: a folder that holds them already (its
    ``made-N.txt`` stamp, written last) is taken as it is."""
    stamp = folder / f"made-{n}.txt"
    if stamp.exists():
        print(f"{n} acts already generated in {folder}", flush=True)
    else:
        t0 = time.perf_counter()
        shutil.rmtree(folder, ignore_errors=True)
        make_delivery(folder / "acts", n)
        stamp.write_text(f"{n} TXT acts of bench/ingest_parallel.py, seed 20261205\n", "utf-8")
        print(f"{n} acts generated in {folder} in {time.perf_counter() - t0:.0f} s "
              f"(not timed below)", flush=True)
    return [folder / "acts"]


def growth(n: int, work: Path, jobs: int = 2, files: Path | None = None,
           step: int = 10_000, code: Path = REPO) -> None:
    """Only the import is timed; the rate of each ``step`` records is
    printed as it is reached, so a fund that slows as it grows shows.
    ``code``: the checkout that imports (``--baseline``: that one too)."""
    delivery = growth_files(n, files or work / f"growth-{n}")
    home = work / "fund-growth"
    shutil.rmtree(home, ignore_errors=True)
    print(f"\n{'base ' if code != REPO else ''}--growth {n}: {code}")
    print(f"{'records':>9}  {'min':>6}  {'docs/s in step':>14}  {'docs/s so far':>13}  load",
          flush=True)
    mark = [step, 0.0, 0]   # next mark, time and count at the last one
    rates: list[float] = []

    def seen(t: float, c: int) -> None:
        if c >= mark[0] and c > mark[2]:
            rates.append((c - mark[2]) / (t - mark[1]))
            print(f"{c:>9}  {t / 60:>6.1f}  {rates[-1]:>14.1f}  {c / t:>13.1f}  {_load():.2f}",
                  flush=True)
            mark[:] = [(c // step + 1) * step, t, c]

    res = run_import(delivery, jobs, home, sample_every=2.0, on_sample=seen, code=code)
    print(f"\n{res['records']} TXT acts, --jobs {jobs}: {res['wall']:.0f} s "
          f"({res['wall'] / 60:.1f} min), {res['records'] / res['wall']:.1f} docs/s, CPU "
          f"{res['cpu']:.0f} s (main process {res['main_cpu']:.0f} s), load "
          f"{res['load'][0]:.2f} -> {res['load'][1]:.2f}")
    if rates and rates[-1] > 0 and res["records"] < 100_000:
        rest = (100_000 - res["records"]) / rates[-1]
        print(f"100,000 acts projected: {(res['wall'] + rest) / 60:.1f} min "
              f"(the last step's rate held for the rest; a slowing fund takes longer)")
    shutil.rmtree(home, ignore_errors=True)


def profile(delivery: list[Path], work: Path) -> None:
    out = work / "main.prof"
    res = run_import(delivery, 2, work / "fund-prof",
                     prefix=[sys.executable, "-m", "cProfile", "-o", str(out)])
    print(f"{res['records']} records in {res['wall']:.1f} s under the profiler")
    import pstats
    st = pstats.Stats(str(out))
    st.sort_stats("cumulative").print_stats(35)
    st.sort_stats("tottime").print_stats(25)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=3000, help="acts in the delivery")
    ap.add_argument("--repeat", type=int, default=2, help="imports per --jobs value")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--profile", action="store_true", help="profile the main process (--jobs 2)")
    ap.add_argument("--growth", type=int, default=0, metavar="N",
                    help="also import N acts with --jobs 2, sampling the rate as the fund grows")
    ap.add_argument("--files", type=Path, default=None, metavar="DIR",
                    help="where --growth's acts are generated once and reused (else the work folder)")
    ap.add_argument("--step", type=int, default=10_000,
                    help="--growth: print the rate every this many records")
    ap.add_argument("--keep", type=Path, default=None, help="work folder to keep (else a temp one)")
    ap.add_argument("--engine", nargs="+", default=["whoosh"], choices=["whoosh", "postgresql"],
                    help="index engines to compare on (postgresql: a private server, as the tests')")
    ap.add_argument("--baseline", type=Path, default=None, metavar="DIR",
                    help="another checkout to run beside this one (git archive main | tar -x -C DIR)")
    args = ap.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="actdesk-bench-par-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.n:
            delivery = make_delivery(work / f"txt-{args.n}", args.n)
            if args.profile:
                profile(delivery, work)
            else:
                for name in args.engine:
                    with Engine(name) as engine:
                        compare(delivery, args.n, args.jobs, args.repeat, work, args.baseline,
                                engine)
        if args.growth:
            for code in (REPO, args.baseline) if args.baseline else (REPO,):
                growth(args.growth, work, files=args.files, step=args.step, code=code)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
