"""Import throughput, measured against the raw parsers in the same run.

    .venv/bin/python bench/ingest.py [--copies 20] [--out bench/out]

Builds a delivery of text PDFs and DOCX made from the real documents of
../shared/realdocs (each copy made unique by a trailing comment so that
duplicate detection does not skip it), then measures:

* raw PDFium and raw pdfplumber text extraction of the same pages (the
  baselines), and our whole import (read + requisites + rubrics + catalog)
  with --jobs 1 and --jobs 2;
* DOCX documents per second;
* peak resident memory of an import of one 500-page text PDF (child process).

Figures are printed as a table with ratios against the baselines; the
"per CPU-second" rows divide the pages by the CPU time spent (every process
of an import), which still compares when other work shares the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
FILES = REPO.parent / "shared" / "realdocs" / "files"
TEXT_PDFS = ["09", "16", "35"]  # clean text layers throughout (17 has image pages: OCR)
DOCX = ["15", "21"]


def realdoc(prefix: str) -> Path:
    return sorted(FILES.glob(f"{prefix}_*"))[0]


def make_delivery(dest: Path, prefixes: list[str], copies: int) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for p in prefixes:
        src = realdoc(p)
        data = src.read_bytes()
        for i in range(copies):
            f = dest / f"{src.stem}-{i:03d}{src.suffix}"
            if src.suffix == ".pdf":
                f.write_bytes(data + f"\n%copy {i}\n".encode())
            else:  # DOCX: a zip tolerates a trailing comment change; rewrite the comment
                import zipfile
                with zipfile.ZipFile(src) as zin, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as zout:
                    zout.comment = f"copy {i}".encode()
                    for item in zin.infolist():
                        zout.writestr(item, zin.read(item.filename))
            out.append(f)
    return out


def count_pages(pdfs: list[Path]) -> int:
    import pypdfium2 as pdfium
    n = 0
    for f in pdfs:
        doc = pdfium.PdfDocument(f)
        n += len(doc)
        doc.close()
    return n


def raw_pdfium(pdfs: list[Path]) -> float:
    from bench.readers import raw_pdfium as one_file
    t = time.perf_counter()
    c = time.process_time()
    for f in pdfs:
        one_file(f)
    CPU["pdfium"] = time.process_time() - c
    return time.perf_counter() - t


# CPU seconds of the last measures: on a machine shared with other work the
# wall clock says little, CPU time per page still compares with PDFium's
CPU: dict[str, float] = {}


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:
        return float("nan")
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def raw_pdfplumber(pdfs: list[Path]) -> float:
    from bench.readers import raw_pdfplumber as one_file
    t = time.perf_counter()
    for f in pdfs:
        one_file(f)
    return time.perf_counter() - t


def run_import(paths: list[Path], jobs: int, home: Path) -> float:
    cmd = [str(REPO / ".venv" / "bin" / "actdesk"), "--home", str(home), "ingest",
           "--jobs", str(jobs), *map(str, paths)]
    if not Path(cmd[0]).exists():
        cmd = [sys.executable, "-m", "cli", *cmd[1:]]
    t = time.perf_counter()
    c = _children_cpu()
    subprocess.run(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    CPU[f"jobs{jobs}"] = _children_cpu() - c  # every process of the import
    return time.perf_counter() - t


def peak_rss_import(pdf: Path, home: Path) -> float | None:
    """Peak RSS (MB) of a whole import of one file, in a child process."""
    code = ("import resource, sys; from pathlib import Path; "
            "from ingest.fund import Fund; from ingest.pipeline import Batch; "
            "Batch(Fund(Path(sys.argv[1])), jobs=1).run([Path(sys.argv[2])]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    try:
        import resource  # noqa: F401  (POSIX only)
    except ImportError:
        return None
    out = subprocess.run([sys.executable, "-c", code, str(home), str(pdf)], cwd=REPO,
                         capture_output=True, text=True)
    try:
        return int(out.stdout.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        print(out.stderr, file=sys.stderr)
        return None


def make_big_pdf(dest: Path, pages: int) -> Path:
    import pypdfium2 as pdfium
    src = pdfium.PdfDocument(realdoc("16"))
    doc = pdfium.PdfDocument.new()
    while len(doc) < pages:
        doc.import_pages(src, list(range(min(len(src), pages - len(doc)))))
    doc.save(dest)
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=20, help="copies of each real document")
    ap.add_argument("--out", type=Path, default=None, help="also write the figures as JSON here")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="actdesk-bench-"))
    try:
        pdfs = make_delivery(work / "pdf", TEXT_PDFS, args.copies)
        docx = make_delivery(work / "docx", DOCX, args.copies * 2)
        pages = count_pages(pdfs)
        t_pdfium = raw_pdfium(pdfs)
        c_pdfium = CPU["pdfium"]
        sample = pdfs[: max(1, len(pdfs) // 10)]  # pdfplumber is slow: a tenth, scaled
        t_plumber = raw_pdfplumber(sample) * pages / count_pages(sample)
        t_j1 = run_import(pdfs, 1, work / "f1")
        t_j2 = run_import(pdfs, 2, work / "f2")
        c_j1, c_j2 = CPU["jobs1"], CPU["jobs2"]
        t_docx = run_import(docx, 1, work / "f3")
        t_pdfium2 = raw_pdfium(pdfs)  # again: the machine may be shared (see the load)
        big = make_big_pdf(work / "big-500.pdf", 500)
        rss = peak_rss_import(big, work / "f4")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rate = lambda t: pages / t
    rows = [
        ("raw PDFium text (baseline)", f"{rate(t_pdfium):.0f} pages/s", "1.00"),
        ("raw PDFium text, after the imports", f"{rate(t_pdfium2):.0f} pages/s",
         f"{t_pdfium / t_pdfium2:.2f}"),
        ("raw pdfplumber text", f"{rate(t_plumber):.0f} pages/s", f"{t_pdfium / t_plumber:.2f}"),
        ("actdesk import, --jobs 1", f"{rate(t_j1):.0f} pages/s", f"{t_pdfium / t_j1:.2f}"),
        ("actdesk import, --jobs 2", f"{rate(t_j2):.0f} pages/s", f"{t_pdfium / t_j2:.2f}"),
        ("--jobs 2 / --jobs 1", f"{t_j1 / t_j2:.2f}x", ""),
        ("per CPU-second: raw PDFium", f"{pages / c_pdfium:.0f} pages/s", "1.00"),
        ("per CPU-second: import --jobs 1", f"{pages / c_j1:.0f} pages/s", f"{c_pdfium / c_j1:.2f}"),
        ("per CPU-second: import --jobs 2", f"{pages / c_j2:.0f} pages/s", f"{c_pdfium / c_j2:.2f}"),
        ("actdesk import DOCX, --jobs 1", f"{len(docx) / t_docx:.1f} docs/s", ""),
        ("peak RSS, import of a 500-page PDF", f"{rss:.0f} MB" if rss else "n/a (no resource module)", ""),
    ]
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"{len(pdfs)} text PDFs, {pages} pages; {len(docx)} DOCX; {os.cpu_count()} cores; "
          f"load average at the end {load} (1/5/15 min)\n")
    w = max(len(r[0]) for r in rows)
    print(f"{'measure':<{w}}  {'figure':>16}  ratio to PDFium")
    for name, fig, ratio in rows:
        print(f"{name:<{w}}  {fig:>16}  {ratio}")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "ingest.json").write_text(json.dumps({
            "pages": pages, "pdfium_s": t_pdfium, "pdfium_again_s": t_pdfium2,
            "pdfplumber_s": t_plumber,
            "import_jobs1_s": t_j1, "import_jobs2_s": t_j2, "docx": len(docx),
            "cpu_pdfium_s": c_pdfium, "cpu_import_jobs1_s": c_j1, "cpu_import_jobs2_s": c_j2,
            "docx_s": t_docx, "peak_rss_mb_500_pages": rss}, indent=2))


if __name__ == "__main__":
    main()
