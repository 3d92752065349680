"""OCR, legacy formats and the whole realdocs set, measured.

    .venv/bin/python bench/ocr.py                 # requisites + import with --jobs 2
    .venv/bin/python bench/ocr.py --dpi           # also: rendering resolution on scan pages
    .venv/bin/python bench/ocr.py --legacy        # also: .doc/.rtf tools compared
    .venv/bin/python bench/ocr.py --skip-import   # requisites only
    .venv/bin/python bench/ocr.py --skip-import --render-dpi 200   # requisites at another resolution

1. Requisites (kind, number, date, body, title) of the first act of every
   gold file read through ``ingest.formats.read`` (OCR included), compared
   with gold under the evaluation's rules (tests/gold.py ``same``), over
   the whole set and separately over groups: image-only scans, garbled
   layers, scanners' OCR layers, legacy Word/RTF/ODT.
2. OCR seconds per page (from the readers' ``meta``).
3. The whole realdocs folder imported into a fresh fund with ``--jobs 2``:
   wall time, and the share of files that become records.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import REALDOCS, load_gold, same  # noqa: E402

TARGET = ("kind", "number", "date", "body", "title")
FILES = REALDOCS / "files"
GROUPS = {
    "scans (image-only)": {"06", "07", "08", "10", "11", "12", "13", "14", "37"},
    "garbled layers": {"02", "18", "19", "20", "36"},
    "scanner OCR layers": {"01", "03", "04", "05"},
    "image (PNG)": {"38"},
    "legacy .doc/.rtf/.odt": {"22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32",
                              "33", "34"},
}


def requisites() -> None:
    from ingest.formats import read

    per_file = []
    ocr_pages, ocr_seconds = 0, 0.0
    started = time.perf_counter()
    for g in load_gold():
        name = g["file"]
        t0 = time.perf_counter()
        try:
            parsed = read(FILES / name)
            acts = extract_acts(parsed.text, dict(parsed.meta))
            act, why = acts[0], ""
            ocr_pages += parsed.meta.get("ocr_pages", 0)
            ocr_seconds += parsed.meta.get("ocr_seconds", 0.0)
            conf = parsed.meta.get("ocr_confidence")
        except Exception as ex:  # NeedsReader / IngestError: counted as misses
            act, why, conf = None, f"{type(ex).__name__}: {getattr(ex, 'reason', ex)}", None
        fields = {f: (g.get(f), getattr(act, f) if act else None) for f in TARGET if g.get(f) is not None}
        hits = {f: same(f, gv, av) for f, (gv, av) in fields.items()}
        per_file.append((name, hits, fields, why, conf, time.perf_counter() - t0))
    total = time.perf_counter() - started

    def table(label: str, rows) -> None:
        h = sum(sum(r[1].values()) for r in rows)
        t = sum(len(r[1]) for r in rows)
        by_field = {f: [r[1][f] for r in rows if f in r[1]] for f in TARGET}
        cells = "  ".join(f"{f} {sum(v)}/{len(v)}" for f, v in by_field.items() if v)
        print(f"{label:24} {h:4}/{t:<4} {h / t if t else 0:6.1%}   {cells}")

    print(f"read + requisites of {len(per_file)} gold files: {total:.0f} s single process")
    print(f"OCR: {ocr_pages} pages, {ocr_seconds:.0f} s, {ocr_seconds / max(ocr_pages, 1):.2f} s/page")
    print()
    print(f"{'group':24} {'matched':>9} {'share':>6}")
    table("WHOLE SET", per_file)
    for label, prefixes in GROUPS.items():
        table(label, [r for r in per_file if r[0][:2] in prefixes])
    print("\nmisses:")
    for name, hits, fields, why, conf, secs in per_file:
        for f, ok in hits.items():
            if not ok:
                print(f"  {name[:38]:38} {f:7} got {str(fields[f][1])[:60]!r}  want {str(fields[f][0])[:60]!r}")
        if why:
            print(f"  {name[:38]:38} not read: {why}")
    confs = [r[4] for r in per_file if r[4] is not None]
    if confs:
        print(f"\nOCR mean confidence per file: median {statistics.median(confs):.1f}, min {min(confs):.1f}")


def import_whole_set(jobs: int = 2) -> None:
    from ingest.fund import Fund
    from ingest.pipeline import Batch

    with tempfile.TemporaryDirectory(prefix="actdesk-bench-") as tmp:
        fund = Fund(Path(tmp) / "fund", create=True)
        t0 = time.perf_counter()
        results = Batch(fund, jobs=jobs).run([FILES])
        wall = time.perf_counter() - t0
        by = {}
        for r in results:
            by.setdefault(r.status, []).append(r)
        recorded = [r for r in results if r.records]
        print(f"\nimport of {len(results)} files with --jobs {jobs}: {wall:.0f} s wall")
        print("statuses: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(by.items())))
        print(f"files that became records: {len(recorded)}/{len(results)} "
              f"({len(recorded) / len(results):.0%}); records: {sum(len(r.records) for r in results)}")
        for r in results:
            if not r.records:
                print(f"  no record: {Path(r.file).name[:45]:45} {r.status:8} {r.reason}")
        fund.close()


def dpi_choice(pages=(("06", 0), ("10", 0), ("18", 0), ("37", 0), ("36", 0), ("20", 0))) -> None:
    import pypdfium2 as pdfium

    from ingest.formats import ocr

    print("\nrendering resolution (mean confidence, seconds) per page:")
    totals = {}
    for prefix, index in pages:
        path = next(FILES.glob(prefix + "_*"))
        doc = pdfium.PdfDocument(str(path))
        cells = []
        for dpi in (200, 300, 400):
            image = doc[index].render(scale=dpi / 72, grayscale=True).to_pil()
            r = ocr.ocr_image(image, dpi=dpi)
            cells.append(f"{dpi}: {r.confidence or 0:5.1f} {r.seconds:4.1f}s")
            t = totals.setdefault(dpi, [0.0, 0.0])
            t[0] += r.confidence or 0
            t[1] += r.seconds
        doc.close()
        print(f"  {path.name[:30]:30} " + "   ".join(cells))
    n = len(pages)
    print("  mean".ljust(33) + "   ".join(f"{d}: {c / n:5.1f} {s / n:4.1f}s" for d, (c, s) in totals.items()))


def legacy_tools() -> None:
    from ingest.formats import legacy

    print("\nlegacy readers: requisites matched / seconds per file")
    gold = {g["file"]: g for g in load_gold()}
    tools = {"antiword": legacy.antiword_text, "catdoc": legacy.catdoc_text,
             "LibreOffice": legacy.soffice_text,
             "rtf (ours)": lambda p, limits=None: legacy.rtf_to_text(p.read_bytes())[0]}
    runs = [(kind, tool) for kind in ("doc", "rtf") for tool in tools
            if not (kind == "doc" and tool == "rtf (ours)") and not (kind == "rtf" and tool == "antiword")]
    for kind, tool in runs:
        fn = tools[tool]
        hits = total = 0
        secs = []
        for name, g in gold.items():
            if name[:2] not in GROUPS["legacy .doc/.rtf/.odt"] or name.endswith(".odt"):
                continue
            if ((FILES / name).read_bytes()[:5] == b"{\\rtf") != (kind == "rtf"):
                continue
            t0 = time.perf_counter()
            try:
                text = fn(FILES / name)
            except Exception:
                text = None
            secs.append(time.perf_counter() - t0)
            act = extract_acts(text)[0] if text else None
            for f in TARGET:
                if g.get(f) is not None:
                    total += 1
                    hits += bool(act) and same(f, g[f], getattr(act, f))
        print(f"  {kind} {tool:12} {hits:3}/{total:<3} {hits / max(total, 1):6.1%}  "
              f"median {statistics.median(secs):.3f} s, max {max(secs):.2f} s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dpi", action="store_true", help="measure rendering resolutions")
    ap.add_argument("--legacy", action="store_true", help="compare .doc/.rtf tools")
    ap.add_argument("--skip-import", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--render-dpi", type=int, help="render PDF pages for OCR at this resolution")
    args = ap.parse_args(argv)
    if args.render_dpi:
        from ingest.formats import ocr
        ocr.RENDER_DPI = args.render_dpi
    if not shutil.which("tesseract"):
        print("note: tesseract is not installed: scans stay pending and count as misses")
    requisites()
    if args.legacy:
        legacy_tools()
    if args.dpi:
        dpi_choice()
    if not args.skip_import:
        import_whole_set(args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
