"""Reader throughput: our PDF reader against raw PDFium and raw pdfplumber.

Run: ``.venv/bin/python bench/readers.py [--seconds S]``

Same pages, same run: the text PDFs of ../shared/realdocs (pages with a
readable text layer), read repeatedly for about ``--seconds`` each.

- raw PDFium: ``get_text_range`` per page, nothing else;
- raw PDFium + every char box: what a per-character layout would cost;
- raw pdfplumber: ``extract_text`` per page (the positions reference);
- ours: ``ingest.formats.pdf.read_pdf`` (text, run boxes, layout, garbled
  check, clean-up).

Then how close our lines are to pdfplumber's (share of pdfplumber's lines,
whitespace-normalised, that we give identically), docs/s for DOCX, HTML
and TXT, and peak RSS of reading a generated 500-page text PDF in a fresh
process. Ratios are against the raw-PDFium baseline.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from ingest import textio  # noqa: E402
from ingest.formats import read  # noqa: E402
from ingest.formats.pdf import GARBLED_BELOW, read_pdf, wordlike_share  # noqa: E402
from ingest.records import IngestError  # noqa: E402

FILES = REPO.parent / "shared" / "realdocs" / "files"
TEXT_PDFS = ("01", "03", "04", "05", "09", "16", "17", "19", "35")
OTHER_DOCS = {"DOCX": ("15", "21"), "HTML": ("39", "42"), "TXT": ("40", "43", "44", "45")}


def realdoc(prefix: str) -> Path:
    return sorted(FILES.glob(f"{prefix}_*"))[0]


def timed(fn, paths: list[Path], seconds: float) -> tuple[int, float]:
    """Units processed and elapsed time, repeating passes until ``seconds``."""
    units = 0
    start = time.perf_counter()
    while True:
        for path in paths:
            units += fn(path)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return units, elapsed


def raw_pdfium(path: Path) -> int:
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(doc)
    finally:
        doc.close()


def raw_pdfium_charboxes(path: Path) -> int:
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            for c in range(textpage.count_chars()):
                textpage.get_charbox(c, loose=True)
            textpage.close()
            page.close()
        return len(doc)
    finally:
        doc.close()


def raw_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def ours(path: Path) -> int:
    return read_pdf(path).page_count or 0


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def agreement(path: Path) -> tuple[int, int]:
    """pdfplumber lines (on pages we read as text) that we give identically."""
    parsed = read_pdf(path)
    same = total = 0
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            if number in parsed.pending_pages:
                continue
            theirs = [_norm(x) for x in (page.extract_text() or "").split("\n") if x.strip()]
            mine = {_norm(x) for x in parsed.pages[number - 1].split("\n")}
            total += len(theirs)
            same += sum(1 for line in theirs if line in mine)
    return same, total


def page_shares(path: Path) -> str:
    """Word-like share of every page with enough words, as 'page:share'."""
    doc = pdfium.PdfDocument(str(path))
    shares = []
    for i in range(len(doc)):
        page = doc[i]
        textpage = page.get_textpage()
        share = wordlike_share(textio.tidy(textpage.get_text_range()))
        textpage.close()
        page.close()
        if share is not None:
            shares.append(f"{i + 1}:{share:.2f}")
    doc.close()
    return " ".join(shares[:8]) + (" ..." if len(shares) > 8 else "") or "-"


def docs_per_second(paths: list[Path], seconds: float) -> tuple[int, float]:
    def one(path: Path) -> int:
        read(path)
        return 1
    return timed(one, paths, seconds)


def make_big_pdf(target: Path, pages: int = 500) -> Path:
    """A text PDF of ``pages`` real pages (realdocs 16 and 09 repeated)."""
    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(str(realdoc(p))) for p in ("16", "09")]
    while len(out) < pages:
        for src in sources:
            take = min(len(src), pages - len(out))
            if take > 0:
                out.import_pages(src, list(range(take)))
    out.save(str(target))
    out.close()
    for src in sources:
        src.close()
    return target


_RSS_PROBE = r"""
import json, sys, time
sys.path.insert(0, {repo!r})
what, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
pages = 0
if what == "ours":
    from ingest.formats.pdf import read_pdf
    pages = read_pdf(path).page_count
elif what == "pdfium":
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    texts = []
    for i in range(len(doc)):
        page = doc[i]; tp = page.get_textpage(); texts.append(tp.get_text_range()); tp.close(); page.close()
    pages = len(doc)
else:
    import pypdfium2, pdfplumber
    from ingest.formats import pdf
# Linux keeps ru_maxrss across exec (the forked parent's size leaks in),
# so the peak of this process image is read from VmHWM where there is one.
rss_mb = None
try:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                rss_mb = int(line.split()[1]) / 1024
except OSError:
    try:
        import resource
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rss_mb = rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
    except ImportError:
        pass
print(json.dumps({{"pages": pages, "rss_mb": rss_mb, "seconds": time.perf_counter() - start}}))
"""


def peak_rss(what: str, path: Path) -> dict:
    code = _RSS_PROBE.format(repo=str(REPO))
    out = subprocess.run([sys.executable, "-c", code, what, str(path)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def row(name: str, units: int, elapsed: float, base: float | None, unit: str = "pages") -> str:
    rate = units / elapsed
    ratio = f"{rate / base:6.2f}x" if base else "      -"
    return f"{name:<34} {units:>7} {unit:<5} {elapsed:7.2f} s {rate:10.1f}/s  {ratio}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    args = parser.parse_args()
    if not FILES.is_dir():
        sys.exit(f"realdocs not found at {FILES}")
    pdfs = [realdoc(p) for p in TEXT_PDFS]

    print(f"PDF text pages: realdocs {', '.join(TEXT_PDFS)} "
          f"({sum(len(pdfium.PdfDocument(str(p))) for p in pdfs)} pages a pass)\n")
    print(f"{'reader':<34} {'units':>13} {'time':>9} {'rate':>12}  vs raw PDFium")
    for path in pdfs:  # warm-up: fonts, caches, imports
        raw_pdfium(path)
        ours(path)
    base_units, base_elapsed = timed(raw_pdfium, pdfs, args.seconds)
    base = base_units / base_elapsed
    print(row("raw PDFium (text only)", base_units, base_elapsed, base))
    print(row("ours: read_pdf", *timed(ours, pdfs, args.seconds), base))
    print(row("raw PDFium + every char box", *timed(raw_pdfium_charboxes, pdfs, args.seconds), base))
    print(row("raw pdfplumber extract_text", *timed(raw_pdfplumber, pdfs, args.seconds), base))

    print("\nOther formats (whole read(): detect + decode + extract)")
    for kind, prefixes in OTHER_DOCS.items():
        units, elapsed = docs_per_second([realdoc(p) for p in prefixes], args.seconds / 2)
        print(row(f"{kind}: realdocs {', '.join(prefixes)}", units, elapsed, None, unit="docs"))

    print("\nLines of pdfplumber's extract_text we give identically (text pages)")
    all_same = all_total = 0
    for path in pdfs:
        same, total = agreement(path)
        all_same, all_total = all_same + same, all_total + total
        print(f"  {path.name[:44]:<44} {same:>5}/{total:<5} {same / max(1, total):6.1%}")
    print(f"  {'all':<44} {all_same:>5}/{all_total:<5} {all_same / max(1, all_total):6.1%}")

    print(f"\nGarbled-layer check: word-like share per text page (< {GARBLED_BELOW} = garbled)")
    for path in sorted(FILES.glob("*.pdf")):
        try:
            parsed = read_pdf(path)
            verdict = f"read, pending {list(parsed.pending_pages)}" if parsed.pending_pages else "read"
        except IngestError as ex:
            verdict = ex.reason
        print(f"  {path.name[:40]:<40} {verdict:<38} {page_shares(path)}")

    with tempfile.TemporaryDirectory() as tmp:
        big = make_big_pdf(Path(tmp) / "big.pdf")
        print(f"\nPeak RSS reading a 500-page text PDF ({big.stat().st_size // 1024} KB), fresh process each")
        idle = peak_rss("imports", big)
        for what, label in (("pdfium", "raw PDFium, texts kept"), ("ours", "ours: read_pdf")):
            got = peak_rss(what, big)
            rss = f"{got['rss_mb']:.0f} MB" if got["rss_mb"] is not None else "n/a"
            rate = got["pages"] / got["seconds"]
            print(f"  {label:<30} {rss:>8}  ({rate:.0f} pages/s)")
        idle_rss = f"{idle['rss_mb']:.0f} MB" if idle["rss_mb"] is not None else "n/a"
        print(f"  {'imports only (baseline)':<30} {idle_rss:>8}")


if __name__ == "__main__":
    main()
