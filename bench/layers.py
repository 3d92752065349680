"""Which PDF pages to OCR: our per-page rule beside Tika's AUTO strategy and
ingest-file's Type3-font rule, on the realdocs PDFs.

    .venv/bin/python bench/layers.py

Each page's text layer is judged three ways:

- **Tika AUTO** (PDFParser, OCR strategy ``auto``, default thresholds): OCR a
  page with fewer than 10 characters or more than 10 characters without a
  Unicode mapping (PDFium's ``FPDFText_HasUnicodeMapError``, the same test as
  PDFBox's unmapped-character count);
- **ingest-file** (Aleph): OCR a page without text or whose fonts include a
  Type3 font (read from the page's ``/Resources /Font`` with pdfminer, which
  pdfplumber brings);
- **actdesk**: ``ingest.formats.pdf.read_pdf``'s pending pages (no text with
  an image, or a garbled layer by the share of word-like tokens) plus the
  scanned pages with a text layer that ``pdf_ocr`` OCRs and compares.

The truth does not use any of these rules: a page with fewer than 20 letters
has **no text**; otherwise it is **readable** when at least half of its
Cyrillic words of 3+ letters are in the Russian dictionary (pymorphy3), else
**garbled**. Scanner OCR layers (realdocs 01, 03, 04, 05) are readable pages
over a full-page image: a rule that OCRs them gets the chance to replace a
poor layer (kept when ours is not better).

The second table is what each rule gives the search index on the files with
garbled layers: requisites of the first act against gold, reading the layer
where the rule keeps it. For the pages a rule would OCR, our OCR text is used
for every rule alike (from the fund cached by bench/search_quality.py, or by
reading the file again with OCR when the cache is missing).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
import pypdfium2.raw as pdfium_c  # noqa: E402

from ingest.formats import pdf as pdf_reader  # noqa: E402
from ingest.formats import pdf_ocr  # noqa: E402
from ingest.morph import is_known  # noqa: E402
from ingest.records import NeedsReader  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import REALDOCS, load_gold, same  # noqa: E402

FILES = REALDOCS / "files"
SCANNER_LAYERS = {"01", "03", "04", "05"}
FIELDS = ("kind", "number", "date", "body", "title")


def truth(text: str) -> str:
    letters = len(re.findall(r"[А-Яа-яЁёA-Za-z]", text))
    if letters < 20:
        return "no text"
    words = re.findall(r"[А-Яа-яЁё]{3,}", text)
    tokens = re.findall(r"[А-Яа-яЁёA-Za-z]{3,}", text)
    known = sum(1 for w in words[:400] if is_known(w))
    return "readable" if tokens and known >= 0.5 * min(len(tokens), 400) else "garbled"


def tika_auto(textpage) -> bool:
    n = textpage.count_chars()
    text = textpage.get_text_range()
    chars = sum(1 for c in text if not c.isspace())
    unmapped = sum(1 for k in range(n) if pdfium_c.FPDFText_HasUnicodeMapError(textpage.raw, k) == 1)
    return chars < 10 or unmapped > 10


def type3_pages(path: Path) -> set[int]:
    out = set()
    with pdfplumber.open(path) as doc:
        for i, page in enumerate(doc.pages, 1):
            fonts = (page.page_obj.resources or {}).get("Font") or {}
            try:
                fonts = fonts.resolve() if hasattr(fonts, "resolve") else fonts
                for ref in dict(fonts).values():
                    spec = ref.resolve() if hasattr(ref, "resolve") else ref
                    subtype = spec.get("Subtype") if isinstance(spec, dict) else None
                    if subtype is not None and getattr(subtype, "name", str(subtype)) == "Type3":
                        out.add(i)
            except Exception:
                continue
    return out


def ours(path: Path, count: int) -> set[int]:
    try:
        parsed = pdf_reader.read_pdf(path)
    except NeedsReader:
        return set(range(1, count + 1))
    return set(parsed.pending_pages) | set(pdf_ocr._scanned_text_pages(path, parsed))


def main() -> int:
    rows = []
    decisions = {}
    for path in sorted(FILES.glob("*.pdf")):
        doc = pdfium.PdfDocument(str(path))
        count = len(doc)
        t3 = type3_pages(path)
        mine = ours(path, count)
        per = []
        for i in range(count):
            page = doc[i]
            tp = page.get_textpage()
            text = tp.get_text_range()
            kind = truth(text)
            if path.name[:2] in SCANNER_LAYERS and kind == "readable":
                kind = "scanner layer"
            tika = tika_auto(tp)
            ingest = not text.strip() or (i + 1) in t3
            per.append((i + 1, kind, tika, ingest, (i + 1) in mine))
            rows.append((path.name, i + 1, kind, tika, ingest, (i + 1) in mine))
            tp.close()
            page.close()
        doc.close()
        decisions[path.name] = per

    groups = ["no text", "garbled", "readable", "scanner layer"]
    print(f"{len(rows)} pages in {len(decisions)} PDFs; pages sent to OCR per rule:\n")
    print(f"{'page truth':16} {'pages':>5}  {'Tika AUTO':>10} {'ingest-file':>12} {'actdesk':>8}")
    for g in groups:
        sel = [r for r in rows if r[2] == g]
        if not sel:
            continue
        print(f"{g:16} {len(sel):5}  {sum(r[3] for r in sel):10} {sum(r[4] for r in sel):12} "
              f"{sum(r[5] for r in sel):8}")
    print("\n(want: every no-text and garbled page OCR'd, no readable page; scanner layers are\n"
          " OCR'd to be compared, the layer kept unless our text reads better)")

    wrong = [r for r in rows if (r[2] in ("no text", "garbled")) != r[5] and r[2] != "scanner layer"]
    for name, page, kind, *_ in wrong:
        print(f"  actdesk differs from the truth: {name} p.{page} ({kind})")

    # what each rule gives on the garbled-layer files
    from tests.gold import readable  # noqa: F401  (same module as the gold rules)
    print("\nrequisites of the first act on files with garbled pages (gold fields matched):")
    gold = {g["file"]: g for g in load_gold()}
    ocr_text = _ocr_texts([n for n, per in decisions.items() if any(k == "garbled" for _, k, *_ in per)])
    totals = Counter()
    for name, per in decisions.items():
        if not any(k == "garbled" for _, k, *_ in per) or name not in gold:
            continue
        layer = _layer_pages(FILES / name)
        ocred = ocr_text.get(name)
        cells = []
        for col, rule in ((2, "Tika AUTO"), (3, "ingest-file"), (4, "actdesk")):
            pages = [ocred[p - 1] if (per[p - 1][col] and ocred) else layer[p - 1]
                     for p in range(1, len(per) + 1)]
            act = extract_acts("\n\n".join(pages))[0]
            hits = sum(same(f, gold[name][f], getattr(act, f)) for f in FIELDS
                       if gold[name].get(f) is not None)
            total = sum(1 for f in FIELDS if gold[name].get(f) is not None)
            totals[rule] += hits
            totals[rule + "/total"] += total
            cells.append(f"{rule} {hits}/{total}")
        print(f"  {name[:40]:40} " + "   ".join(cells))
    print("  " + "   ".join(f"{r}: {totals[r]}/{totals[r + '/total']}"
                            for r in ("Tika AUTO", "ingest-file", "actdesk")))
    return 0


def _layer_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    doc.close()
    return out


def _ocr_texts(names: list[str]) -> dict[str, list[str]]:
    """Our OCR text of every page of these files (OCR of all pages)."""
    from ingest.formats import ocr

    out = {}
    for name in names:
        doc = pdfium.PdfDocument(str(FILES / name))
        pages = []
        for i in range(len(doc)):
            image = doc[i].render(scale=ocr.RENDER_DPI / 72, grayscale=True).to_pil()
            pages.append(ocr.ocr_image(image, dpi=ocr.RENDER_DPI, first_page=i == 0).text)
        doc.close()
        out[name] = pages
    return out


if __name__ == "__main__":
    sys.exit(main())
