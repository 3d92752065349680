"""PDF = the text layer where it can be trusted + OCR where it cannot.

``pdf.read_pdf`` reads the text layer and lists the pages it cannot trust
(``pending_pages``: images without text, garbled layers, broken pages);
this reader OCRs exactly those pages and puts the text in their place. A
page that is a scan *with* a text layer (a full-page image under the
text, as scanners with OCR write: ABBYY FineReader, Canon) is also OCR'd,
and our text replaces the layer only when it reads better
(``text_quality``), so a good layer costs one OCR run and is kept.

When OCR cannot run (``--no-ocr``, Tesseract missing, the per-file page
limit, a page over its time limit) the pages stay pending: a PDF with no
readable page raises ``NeedsReader``; a PDF with readable pages is read
from them with the warning ``ocr_pending`` so that ``actdesk ocr
--pending`` reads it again later.
"""
from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium

from ..records import IngestError, NeedsReader, Parsed
from . import ocr, pdf
from .limits import DEFAULT_LIMITS, Limits

SCAN_COVERAGE = 0.5      # an image over this share of the page: a scanned page
BETTER_BY = 0.03         # our OCR replaces a layer when its quality is higher by this

_TOKEN = re.compile(r"\S+")
_EDGE = "«»()[]{}<>,.;:!?\"'“”„…—–-/\\*•№|_"
_WORD = pdf._WORDLIKE  # a word as the text-layer reader judges one
_NUMBERISH = re.compile(r"[\d.,:;/№N()%-]+[а-яА-Я]{0,3}")


def read_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    path = Path(path)
    try:
        parsed = pdf.read_pdf(path, limits)
    except NeedsReader as ex:
        return _ocr_all(path, limits, ex)
    targets = list(parsed.pending_pages)
    scans = _scanned_text_pages(path, parsed)
    if not targets and not scans:
        return parsed
    if not limits.ocr or not ocr.available():
        return _left_pending(parsed, targets, limits)
    return _ocr_pages(path, limits, parsed, targets, scans)


def _what(reason: str) -> str:
    return "PDF with a garbled text layer" if "garbled" in reason else "image-only PDF"


def _ocr_all(path: Path, limits: Limits, why: NeedsReader) -> Parsed:
    """No page has a usable layer: OCR every page (or stay pending)."""
    ocr.require(_what(why.reason), limits)
    doc = _open(path)
    try:
        count = len(doc)
    finally:
        doc.close()
    warnings = ["garbled_text_layer" if "garbled" in why.reason else "image_only_pages"]
    base = Parsed(media_type=pdf.MEDIA_TYPE, pages=("",) * count, page_count=count,
                  warnings=tuple(warnings), pending_pages=tuple(range(1, count + 1)))
    result = _ocr_pages(path, limits, base, list(range(1, count + 1)), [])
    if not any(p.strip() for p in result.pages):
        if result.pending_pages:
            raise NeedsReader(f"{_what(why.reason)}: OCR could not read any page in time")
        raise IngestError(f"{_what(why.reason)}: OCR found no text on {count} pages")
    return result


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path.read_bytes())
    except (pdfium.PdfiumError, OSError, ValueError) as ex:
        raise IngestError(f"cannot open PDF for OCR: {ex}") from ex


def _left_pending(parsed: Parsed, targets: list[int], limits: Limits) -> Parsed:
    if not targets:
        return parsed  # only scanner layers to check: keep them
    reason = ocr.NO_OCR_REASON if not limits.ocr else "tesseract is not installed"
    meta = dict(parsed.meta, ocr_pending_reason=reason)
    return Parsed(parsed.media_type, parsed.pages, parsed.page_count,
                  tuple(dict.fromkeys(parsed.warnings + ("ocr_pending",))),
                  parsed.pending_pages, meta)


def _scanned_text_pages(path: Path, parsed: Parsed) -> list[int]:
    """Pages with text whose content is a scan: an image over most of the page
    (measured by the text-layer reader while it had the page loaded)."""
    pending = set(parsed.pending_pages)
    coverage = parsed.meta.get("page_image_coverage", {})
    return [i for i, text in enumerate(parsed.pages, 1)
            if text.strip() and i not in pending and coverage.get(str(i), 0.0) >= SCAN_COVERAGE]


def _render(doc: pdfium.PdfDocument, number: int, limits: Limits):
    page = doc[number - 1]
    try:
        width, height = page.get_size()
        dpi = ocr.RENDER_DPI
        pixels = width * height * (dpi / 72) ** 2
        if pixels > limits.max_ocr_pixels:
            dpi = int(dpi * (limits.max_ocr_pixels / pixels) ** 0.5)
        bitmap = page.render(scale=dpi / 72, grayscale=True, draw_annots=True)
        return bitmap.to_pil(), dpi
    finally:
        page.close()


def _ocr_pages(path: Path, limits: Limits, parsed: Parsed, targets: list[int],
               scans: list[int]) -> Parsed:
    pages = list(parsed.pages)
    warnings = list(parsed.warnings)
    pending: list[int] = []
    done: list[ocr.OcrPage] = []
    replaced: list[int] = []
    budget = limits.max_ocr_pages
    doc = _open(path)
    try:
        for number in sorted(set(targets) | set(scans)):
            if budget <= 0:
                if number in targets:
                    pending.append(number)
                    if "ocr_pages_limit" not in warnings:
                        warnings.append("ocr_pages_limit")
                continue
            budget -= 1
            try:
                image, dpi = _render(doc, number, limits)
                result = ocr.ocr_image(image, limits, dpi, first_page=number == 1)
            except ocr._PageTimeout:
                if number in targets:
                    pending.append(number)
                    warnings.append("ocr_timeout")
                continue
            except pdfium.PdfiumError:
                if number in targets:
                    pending.append(number)
                continue
            if number in targets:
                pages[number - 1] = result.text
                done.append(result)
            else:
                # a handwritten line we read replaces the layer's junk one
                # before the two texts are compared, so that it does not
                # tip the comparison by itself
                spliced = _with_hand_line(pages[number - 1], result.hand)
                layer = spliced if spliced is not None else pages[number - 1]
                if text_quality(result.text) > text_quality(layer) + BETTER_BY:
                    pages[number - 1] = result.text
                elif spliced is not None:
                    pages[number - 1] = spliced
                else:
                    continue
                done.append(result)
                replaced.append(number)
    finally:
        doc.close()
    pages, done = ocr._settle_year(pages, done)
    meta = dict(parsed.meta)
    if done:
        warnings.append("ocr")
        meta.update(ocr._summary(done))
        warnings.extend(ocr._low(meta))
        warnings.extend(ocr.hand_warnings(meta))
    if replaced:
        warnings.append("ocr_layer_replaced")
        meta["ocr_layer_replaced_pages"] = replaced
    if pending:
        warnings.append("ocr_pending")
    return Parsed(parsed.media_type, tuple(pages), parsed.page_count,
                  tuple(dict.fromkeys(warnings)), tuple(sorted(pending)), meta)


def _with_hand_line(layer: str, hand: dict | None) -> str | None:
    """A scanner's text layer with the line under the kind heading replaced
    by the date and number our OCR read from handwriting there, or None when
    nothing was read or the layer has no such line or read a date itself."""
    if not hand or not (hand.get("date") or hand.get("number")):
        return None
    from ..ru_dates import find_date
    from .handwriting import is_kind_heading, requisites_line

    lines = layer.split("\n")
    i = next((k for k, line in enumerate(lines[:-1]) if is_kind_heading(line)), None)
    if i is None:
        return None
    j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
    if j is None or find_date(lines[j]):
        return None
    lines[j] = requisites_line(hand.get("date"), hand.get("number"))
    return "\n".join(lines)


def text_quality(text: str) -> float:
    """How readable a page's text is, 0..1: word-like tokens among all tokens.

    A token counts when it is a plausible word (one script, one case
    pattern, as in ``pdf.wordlike_share``) or a number, date or sign
    (``12.03.2024``, ``№``, ``145-п``); junk (``пгЛМ67ШЧ``, ``{Щ``, ``ijbdZ``)
    and one-letter splinters of a word do not.
    """
    tokens = [t.strip(_EDGE) for t in _TOKEN.findall(text)]
    tokens = [t for t in tokens if t]
    if not tokens:
        return 0.0
    good = 0
    for t in tokens:
        if _WORD.fullmatch(t) and (len(t) > 1 or t.lower() in "вкосиуя"):
            good += 1
        elif _NUMBERISH.fullmatch(t) and any(c.isdigit() for c in t):
            good += 1
    return good / len(tokens)
