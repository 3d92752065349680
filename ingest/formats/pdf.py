"""PDF with a text layer, page by page, on PDFium alone.

Which library does what (measured by ``bench/readers.py`` on realdocs):

- **PDFium (pypdfium2)** extracts the text of every page (~300 pages/s on
  realdocs text PDFs; our reader runs at ~0.8-1.0x that). pdfplumber gives
  the same words at 5-11 pages/s, too slow for a 200 pages/s ingest, so it
  is not used at run time.
- **Positions** also come from PDFium: each PDFium text line (a run on one
  baseline, in content-stream order) gets the box of its first and last
  character, two calls per run instead of pdfplumber's per-character
  objects (~0.3 ms a page). Runs on one baseline are joined into one
  visual line, left to right, a gap wider than ``WIDE_GAP_CHARS``
  characters becoming ``textio.CELL_SEP``. So a heading laid out as a
  table (``12.03.2024`` at the left, ``№ 145-п`` at the right) is one line,
  and an ABBYY OCR layer that cut the page into two false columns reads in
  order again (realdocs 01). On single-column pages these are pdfplumber's
  lines (100% of them on realdocs 05, 09, 35; 99.8% on 16) at ~40x its
  speed; where they differ pdfplumber splits words (``caiм оуправления``,
  ``П О С Т А Н О В Л Я Ю``) or interleaves columns.
- **Multi-column pages** (newspapers, brochures, wide tables) keep PDFium's
  content-stream order: there, runs on one baseline with a wide gap are
  far apart in the stream (more than ``NEAR_RUNS`` runs), and joining them
  would interleave columns. Only runs near in the stream (the cells of a
  heading table) are still joined. One such row alone is no gutter: a
  number stamped into the form after it was printed is drawn last, but
  read on the date's line.
- **Pages without text** (fewer than ``MIN_LETTERS`` letters) that carry an
  image or drawn outlines are scans: they go to ``pending_pages`` with the
  warning ``image_only_pages``; a PDF with no text at all raises
  ``NeedsReader`` ("image-only PDF: needs OCR (N pages)").
- **Garbled text layers** (scanner fonts without a ToUnicode map give
  ``IIOCTAHOBTEHI,IE``, ``ijbdZahf``) are found per page by the share of
  word-like tokens: a token is word-like when it is all Cyrillic or all
  Latin letters in one case pattern (``слово``, ``Слово``, ``СЛОВО``).
  Readable pages score >= 0.85 (ABBYY layers of realdocs 01, 03, 04
  included), garbled ones <= 0.35 (02, 18, 19 p.1, 20, 36); the cut is
  ``GARBLED_BELOW`` = 0.6. Pages too short to judge follow the majority of
  the document. Garbled pages are pending with ``garbled_text_layer``; when
  no readable page is left the PDF raises ``NeedsReader``.

Documents and pages are closed as soon as they are read; memory does not
grow with the page count beyond the text itself.
"""
from __future__ import annotations

import ctypes
import itertools
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .. import textio
from ..records import IngestError, NeedsReader, Parsed
from .limits import DEFAULT_LIMITS, Limits
from .pdf_cells import side_cells
from .pdfbomb import check_pdf_streams
from ..running import running_spans

MEDIA_TYPE = "application/pdf"

MIN_LETTERS = 20  # fewer letters than this on a page with an image: a scan
MIN_OUTLINE_PATHS = 200  # text drawn as vector outlines: also needs OCR
GARBLED_BELOW = 0.6  # share of word-like tokens under which a page is garbled
MIN_TOKENS_TO_JUDGE = 8
MAX_TOKENS_TO_JUDGE = 300
WIDE_GAP_CHARS = 3.0  # wider gaps are cell gaps or gutters; narrower: OCR splits
NEAR_RUNS = 3  # runs this close in the content stream belong together
# A gutter runs down several rows; one row whose two ends were drawn apart
# (a date and a number stamped in after the form was printed) is a line
GUTTER_ROWS = 2

_LETTER = re.compile(r"[^\W\d_]")
_EDGE = "«»()[]{}<>,.;:!?\"'“”„…—–-/\\*•№"
_WORDLIKE = re.compile(
    r"(?:[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+)(?:-(?:[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+))*"
    r"|(?:[A-Z]?[a-z]+|[A-Z]+)(?:-(?:[A-Z]?[a-z]+|[A-Z]+))*"
)
_RUN = re.compile(r"[^\r\n]+")

_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: "encrypted PDF: needs a password",
    pdfium_c.FPDF_ERR_SECURITY: "encrypted PDF: unsupported security handler",
    pdfium_c.FPDF_ERR_FILE: "cannot open PDF file",
}


@dataclass
class _PageResult:
    text: str = ""
    status: str = "text"  # text | image | blank | garbled | unjudged | broken
    score: float | None = None
    image_coverage: float = 0.0  # largest share of the page under one image


def read_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """Text by page; scans and garbled pages listed as pending for OCR."""
    path = Path(path)
    _check_streams(path, limits)
    doc = _open(path)
    try:
        count = _page_count(doc, limits)
        results = _read_pages(doc, count, limits)
        meta = _meta(doc)
    finally:
        doc.close()
    return _assemble(results, count, meta, truncated=not _has_eof(path))


def _check_streams(path: Path, limits: Limits) -> None:
    """Refuse a decompression bomb before PDFium inflates it (``pdfbomb``)."""
    try:
        data = path.read_bytes()
    except OSError as ex:
        raise IngestError(f"cannot open PDF file: {ex.strerror or ex}") from ex
    check_pdf_streams(data, limits)


def _open(path: Path) -> pdfium.PdfDocument:
    """Open through a Python file object, not a path string: PDFium's own
    fopen cannot open non-ASCII (Cyrillic) file names on Windows. Same
    speed as a path (measured), pages are still read on demand."""
    try:
        fh = path.open("rb")
    except OSError as ex:
        raise IngestError(f"cannot open PDF file: {ex.strerror or ex}") from ex
    try:
        return pdfium.PdfDocument(fh, autoclose=True)
    except pdfium.PdfiumError as ex:
        fh.close()
        raise IngestError(_open_reason(path, getattr(ex, "err_code", None))) from ex
    except (OSError, ValueError) as ex:
        fh.close()
        raise IngestError(f"cannot open PDF: {ex}") from ex


def _open_reason(path: Path, code: int | None) -> str:
    """Why PDFium refused the file, checked against the bytes.

    PDFium's last-error code is global and is not reset by every failure
    (a 0-page file fails with the code of the previous error), so the
    code is believed only when the bytes agree.
    """
    data = path.read_bytes()
    if code in _ERRORS and (code == pdfium_c.FPDF_ERR_FILE or b"/Encrypt" in data):
        return _ERRORS[code]
    if re.search(rb"/Count\s+0\b", data) and not re.search(rb"/Type\s*/Page\b(?!s)", data):
        return "PDF has no pages"
    tail = data[-2048:]
    if b"startxref" not in tail and b"%%EOF" not in tail:
        return "truncated or damaged PDF: no cross-reference table"
    return "damaged PDF: PDFium cannot parse its structure"


def _tail(path: Path, size: int = 2048) -> bytes:
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - size))
        return fh.read()


def _has_eof(path: Path) -> bool:
    return b"%%EOF" in _tail(path)


def _page_count(doc: pdfium.PdfDocument, limits: Limits) -> int:
    """Pages from the page tree, refused before any page is parsed."""
    count = len(doc)
    if count == 0:
        raise IngestError("PDF has no pages")
    if count > limits.max_pdf_pages:
        raise IngestError(
            f"PDF has {count} pages, over the limit of {limits.max_pdf_pages} pages"
        )
    return count


def _meta(doc: pdfium.PdfDocument) -> dict:
    try:
        info = doc.get_metadata_dict(skip_empty=True)
    except Exception:  # metadata is a nicety; a broken Info dict is not fatal
        return {}
    keys = {"Producer": "pdf_producer", "Creator": "pdf_creator", "Title": "pdf_title"}
    return {ours: info[theirs].strip() for theirs, ours in keys.items() if info.get(theirs, "").strip()}


def _read_pages(doc: pdfium.PdfDocument, count: int, limits: Limits) -> list[_PageResult]:
    results: list[_PageResult] = []
    chars = 0
    for index in range(count):
        if chars > limits.max_text_chars:
            results.append(_PageResult(status="cut"))
            continue
        result = _read_page(doc, index)
        chars += len(result.text)
        results.append(result)
    return results


def _read_page(doc: pdfium.PdfDocument, index: int) -> _PageResult:
    try:
        page = doc[index]
    except pdfium.PdfiumError:
        return _PageResult(status="broken")
    try:
        textpage = page.get_textpage()
        try:
            raw = textpage.get_text_range()
            if _few_letters(raw) and _needs_ocr(page):
                return _PageResult(status="image")
            if not raw.strip():
                return _PageResult(status="blank")
            lines = layout_lines(textpage, raw, first_page=index == 0)
        finally:
            textpage.close()
        # measured while the page is loaded (loading costs ~2 ms a page):
        # a text page under a full-page image is a scan with an OCR layer;
        # a picture drawn first with the text printed over it is not
        coverage = image_coverage(page)
        if coverage and not text_under_image(page):
            coverage = 0.0
    except pdfium.PdfiumError:
        return _PageResult(status="broken")
    finally:
        page.close()
    text = _tidy(lines)
    if coverage:
        # the text layer a scanner's OCR laid under the page image: its
        # Latin and digit look-alikes repaired as OCR output is (never a
        # born-digital layer's)
        from .ocr import fix_script
        text = fix_script(text)
    score = wordlike_share(text)
    if score is None:
        return _PageResult(text=text, status="unjudged", image_coverage=coverage)
    status = "garbled" if score < GARBLED_BELOW else "text"
    return _PageResult(text=text, status=status, score=score, image_coverage=coverage)


EDGE_OBJECTS = 24  # scanners draw the page image first or last: look only there


def _edge_indices(count: int):
    """The first and last ``EDGE_OBJECTS`` of ``count`` objects (all when few)."""
    if count <= 2 * EDGE_OBJECTS:
        return range(count)
    return [*range(EDGE_OBJECTS), *range(count - EDGE_OBJECTS, count)]


def text_under_image(page: pdfium.PdfPage) -> bool:
    """Whether the page's text layer is hidden, as a scanner's OCR layer is:
    drawn before (under) the page's largest image, or in the invisible
    render mode. A page whose background picture is drawn first and its
    text printed over it (realdocs 17, an illustrated memo) has a real text
    layer, not a scan's. Looks at the first and last objects only, like
    ``image_coverage``."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    big, big_at, texts, invisible = 0.0, None, [], False
    for i in _edge_indices(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            texts.append(i)
            if pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                invisible = True
        elif kind in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM):
            if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                area = (right.value - left.value) * (top.value - bottom.value)
                if area > big:
                    big, big_at = area, i
    if invisible:
        return True
    # most of the text is drawn before the image that covers it
    return big_at is not None and bool(texts) and sum(i < big_at for i in texts) * 2 > len(texts)


def image_coverage(page: pdfium.PdfPage) -> float:
    """The largest share of the page an image covers, looking at the first
    and last objects of the page (and of forms found there) only.

    Born-digital pages carry thousands of text objects (realdocs 16: ~2,700 a
    page); wrapping each in a Python object cost 14 ms a page, most of an
    import's time. Scanners (ABBYY, Canon) draw the page image, or a form
    holding it, as the first or last object, so the edges are enough.
    """
    width, height = page.get_size()
    area = max(width * height, 1.0)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))

    def edges(count: int, get) -> list:
        return [get(i) for i in _edge_indices(count)]

    best = 0.0
    stack = [(edges(pdfium_c.FPDFPage_CountObjects(page.raw),
                    lambda i: pdfium_c.FPDFPage_GetObject(page.raw, i)), 0)]
    while stack:
        objs, depth = stack.pop()
        for obj in objs:
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
                stack.append((edges(pdfium_c.FPDFFormObj_CountObjects(obj),
                                    lambda i, o=obj: pdfium_c.FPDFFormObj_GetObject(o, i)), depth + 1))
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                    best = max(best, (right.value - left.value) * (top.value - bottom.value) / area)
    return best


def _letters(text: str) -> int:
    return len(_LETTER.findall(text))


def _few_letters(text: str, least: int = MIN_LETTERS) -> bool:
    """``_letters(text) < least``, counting no further than ``least``."""
    return sum(1 for _ in itertools.islice(_LETTER.finditer(text), least)) < least


# textio's patterns, less the matches that would change nothing (a single
# space, a line break without spaces around it): a page has thousands
_SPACES = re.compile(r"[ \u2000-\u200a\u3000]{2,}|[\u2000-\u200a\u3000]")
_AROUND_SEP = re.compile(r" *\t[\t ]*")
_LINE_EDGES = re.compile(r"[ \t]+\n[ \t]*|\n[ \t]+")
_BLANKS = re.compile(r"\n{3,}")


def _tidy(lines: list[str]) -> str:
    """``textio.tidy("\\n".join(lines))`` for lines made of runs that went
    through ``textio.clean`` (which is idempotent): the same substitutions on
    the whole page at once instead of line by line (none of them spans a
    line break), ends of lines stripped by one more."""
    text = _SPACES.sub(" ", "\n".join(lines))
    if "\t" in text:
        text = _AROUND_SEP.sub(textio.CELL_SEP, text)
    if " \n" in text or "\t\n" in text or "\n " in text or "\n\t" in text:
        text = _LINE_EDGES.sub("\n", text)
    text = text.strip(" \t")
    if "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return text.strip("\n")


def _needs_ocr(page: pdfium.PdfPage) -> bool:
    """An image, or enough vector paths to be outlined text, on the page."""
    paths = 0
    for obj in page.get_objects(max_depth=3):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return True
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths >= MIN_OUTLINE_PATHS:
                return True
    return False


def wordlike_share(text: str, sample: int = MAX_TOKENS_TO_JUDGE) -> float | None:
    """Share of word-like tokens among tokens with 2+ letters; None if too few.

    Edge punctuation is stripped first; a token with digits or mixed case
    inside (``O6``, ``ycJlyr``, ``Ns``) is not word-like. A garbled font
    garbles the whole page, so the first ``sample`` tokens are enough.
    """
    tokens = []
    for t in text.split(None, sample * 2)[: sample * 2]:
        t = t.strip(_EDGE)
        if t.isalpha() or len(_LETTER.findall(t)) >= 2:
            tokens.append(t)
            if len(tokens) == sample:
                break
    tokens = [t for t in tokens if len(t) >= 2]
    if len(tokens) < MIN_TOKENS_TO_JUDGE:
        return None
    good = sum(map(bool, map(_WORDLIKE.fullmatch, tokens)))
    return good / len(tokens)


# -- layout -------------------------------------------------------------


@dataclass
class _Run:
    """One PDFium text line: a run of characters on one baseline."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    order: int = 0  # index in content-stream order
    row: int = -1
    start: int = -1  # index of the first character in the text page (-1: unknown)

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.1)

    @property
    def char_width(self) -> float:
        return max(self.x1 - self.x0, 0.1) / max(1, len(self.text))


@dataclass
class _Row:
    middle: float
    height: float
    runs: list[_Run] = field(default_factory=list)


def layout_lines(textpage: pdfium.PdfTextPage, raw: str, first_page: bool = False) -> list[str]:
    """The page's lines in reading order, joining runs on one baseline.

    Two runs on one baseline are joined when the gap between them is
    narrow (a split line of an OCR layer) or when they are near in the
    content stream (cells of a heading table). A wide gap between runs far
    apart in the stream is a column gutter: then the page keeps the stream
    order and joins only such near runs. On the first page, a heading
    table's two tall cells side by side are read cell by cell (``pdf_cells``).
    """
    runs = _runs(textpage, raw)
    if len(runs) < 2:
        return [run.text for run in runs]
    cw = statistics.median(run.char_width for run in runs)
    columns = read_columns(textpage, runs, cw)
    if columns is not None:
        return columns
    rows = _rows(runs)
    gutters = sum(1 for row in rows if any(_far_apart(a, b, cw) for a, b in zip(row.runs, row.runs[1:])))
    if gutters >= GUTTER_ROWS:
        return _stream_lines(runs, cw)
    lines = [_join(row.runs, cw) for row in rows]
    cells = side_cells(rows, cw, _join) if first_page else None  # a heading cell beside a corner's
    if cells is not None:
        end, block = cells
        lines = block + lines[end:]
    return _year_word_back(lines) if first_page else lines


# «года» / «г.» alone on the line under a date cell that ends with the year
_YEAR_WORD = re.compile(r"(?:года?|г\.?)")
_ENDS_WITH_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d\s*$")


def _year_word_back(lines: list[str]) -> list[str]:
    """A heading table's date cell too narrow for «от 12 марта 2024 года»
    wraps the year word under the date, while the number cell stands on the
    date's line: «года» is put back at the end of the date's cell, else it
    opens the title («года Об утверждении …»). Only a lone year word under
    a first cell that ends with a year: any other second line of the cell
    (the place, «г. Заречный») is a line of its own."""
    out: list[str] = []
    for line in lines:
        if out and _YEAR_WORD.fullmatch(line.strip()):
            first, sep, rest = out[-1].partition(textio.CELL_SEP)
            if _ENDS_WITH_YEAR.search(first):
                out[-1] = f"{first.rstrip()} {line.strip()}{sep}{rest}"
                continue
        out.append(line)
    return out


def read_columns(textpage: pdfium.PdfTextPage, runs: list[_Run], cw: float) -> list[str] | None:
    """A newspaper page's lines column by column (``columns.py``), or None
    when the page is not set in columns of running text."""
    from .columns import column_lines
    return column_lines(textpage, runs, cw)


def _runs(textpage: pdfium.PdfTextPage, raw: str) -> list[_Run]:
    """Runs in stream order with the boxes of their first and last characters.

    Character indices of the text page match offsets in ``raw``: PDFium
    counts the line breaks it generates as characters too.
    """
    runs: list[_Run] = []
    # textio.clean changes characters one by one (but for "\r\n", never
    # inside a run): when it leaves the page as it is, it leaves every run
    flat = raw.replace("\r", "")
    unclean = textio.clean(flat) != flat
    # textpage.get_charbox(i, loose=True) without a new struct per call
    rect = pdfium_c.FS_RECTF()
    box = pdfium_c.FPDFText_GetLooseCharBox
    tp = textpage.raw
    for match in _RUN.finditer(raw):
        line = match.group()
        text = (textio.clean(line) if unclean else line).strip()
        if not text:
            continue
        first = match.start() + len(line) - len(line.lstrip())
        last = match.start() + len(line.rstrip()) - 1
        if not box(tp, first, rect):
            raise pdfium.PdfiumError("Failed to get charbox.")
        x0, bottom, top = rect.left, rect.bottom, rect.top
        if not box(tp, last, rect):
            raise pdfium.PdfiumError("Failed to get charbox.")
        last_bottom, x1, last_top = rect.bottom, rect.right, rect.top
        if abs((last_bottom + last_top) / 2 - (bottom + top) / 2) > (top - bottom):
            jump = _jump(tp, rect, first, text, bottom, top) if last - first + 1 == len(text) else None
            if jump is not None:
                base = len(runs)
                runs.extend([_Run(part, *edges, order=base + k, start=at)
                             for k, (part, edges, at) in enumerate(jump)])
                continue
            x1 = x0 + (top - bottom) * 0.5 * len(text)  # wrapped (joined hyphen): estimate
        runs.append(_Run(text, x0, max(x1, x0), bottom, top, order=len(runs),
                         start=first if last - first + 1 == len(text) else -1))
    return runs


def _jump(tp, rect, first: int, text: str, bottom: float, top: float) -> list | None:
    """A run PDFium joined over a line ending in «-» whose next text is not the
    line below but elsewhere on the page (a form's heading or text box drawn
    after the body, at the top) and opens with a capital: the two parts as
    (text, (x0, x1, bottom, top), first character), else None (a word wrapped
    at its hyphen onto the next line, or into the next column in lower case,
    stays joined). Only such runs are looked at character by character."""
    box = pdfium_c.FPDFText_GetLooseCharBox
    height, middle = top - bottom, (bottom + top) / 2
    for k in range(1, len(text)):
        if not box(tp, first + k, rect) or rect.top <= rect.bottom:
            continue  # a character PDFium made up (a space), without a box
        mid = (rect.bottom + rect.top) / 2
        if abs(mid - middle) <= height:
            continue
        if middle - 2.5 * height <= mid < middle or text[k - 1] != "-":
            return None  # the next line down: a wrapped word
        head, tail = text[:k].rstrip(), text[k:]
        lead = len(tail) - len(tail.lstrip())
        tail = tail.strip()
        if not head or not tail[:1].isupper():
            return None  # a word's second half opens in lower case, a heading's line does not
        parts = []
        for part, at in ((head, first), (tail, first + k + lead)):
            if not box(tp, at, rect):
                return None
            x0, b, t = rect.left, rect.bottom, rect.top
            if not box(tp, at + len(part) - 1, rect):
                return None
            parts.append((part, (x0, max(rect.right, x0), b, t), at))
        return parts
    return None


def _rows(runs: list[_Run]) -> list[_Row]:
    """Runs grouped by baseline, rows top to bottom, runs left to right."""
    rows: list[_Row] = []
    for run in sorted(runs, key=lambda r: -r.middle):
        if rows and abs(run.middle - rows[-1].middle) < 0.5 * min(run.height, rows[-1].height):
            rows[-1].runs.append(run)
        else:
            rows.append(_Row(run.middle, run.height, [run]))
        run.row = len(rows) - 1
    for row in rows:
        row.runs.sort(key=lambda r: r.x0)
    return rows


def _far_apart(a: _Run, b: _Run, cw: float) -> bool:
    return b.x0 - a.x1 > WIDE_GAP_CHARS * cw and abs(a.order - b.order) > NEAR_RUNS


def _stream_lines(runs: list[_Run], cw: float) -> list[str]:
    """Stream order, a run joining a line of a near run left of it on its row."""
    lines: list[list[_Run]] = []
    line_of: dict[int, int] = {}
    for run in runs:
        target = None
        for prev in reversed(runs[max(0, run.order - NEAR_RUNS):run.order]):
            host = lines[line_of[prev.order]]
            if prev.row == run.row and host[-1].x1 <= run.x0 + 0.5 * cw:
                target = line_of[prev.order]
                break
        if target is None:
            lines.append([run])
            target = len(lines) - 1
        else:
            lines[target].append(run)
        line_of[run.order] = target
    return [_join(line, cw) for line in lines]


def _join(runs: list[_Run], cw: float) -> str:
    parts = [runs[0].text]
    for prev, run in zip(runs, runs[1:]):
        gap = run.x0 - prev.x1
        if gap > WIDE_GAP_CHARS * cw:
            parts.append(textio.CELL_SEP)
        elif gap > 0.25 * cw:
            parts.append(" ")
        parts.append(run.text)
    return "".join(parts)


# -- assembly -----------------------------------------------------------


def _assemble(results: list[_PageResult], count: int, meta: dict, truncated: bool) -> Parsed:
    _settle_unjudged(results)
    image = [i for i, r in enumerate(results, 1) if r.status == "image"]
    garbled = [i for i, r in enumerate(results, 1) if r.status == "garbled"]
    broken = [i for i, r in enumerate(results, 1) if r.status == "broken"]
    readable = [r for r in results if r.status == "text" and r.text]
    if not readable:
        reason = _no_text_reason(count, image, garbled, broken)
        raise (NeedsReader if image or garbled else IngestError)(reason)
    warnings: list[str] = []
    if image:
        warnings.append("image_only_pages")
    if garbled:
        warnings.append("garbled_text_layer")
    if broken:
        warnings.append("unreadable_pages")
    if any(r.status == "cut" for r in results):
        warnings.append("text_truncated")
    if truncated:
        warnings.append("truncated_pdf")
    pages = tuple(r.text if r.status == "text" else "" for r in results)
    shares = {str(i): round(r.score, 2) for i, r in enumerate(results, 1) if r.score is not None}
    coverage = {str(i): round(r.image_coverage, 2) for i, r in enumerate(results, 1)
                if r.image_coverage}
    meta = dict(meta, page_wordlike_share=shares, page_image_coverage=coverage)
    spans = running_spans(list(pages))
    if spans:   # the pages' running headers and footers, left out of an act's requisites
        meta.update(running_spans=spans, running_len=len("\n\n".join(p for p in pages if p)))
    return Parsed(
        media_type=MEDIA_TYPE,
        pages=pages,
        page_count=count,
        warnings=tuple(warnings),
        pending_pages=tuple(sorted(image + garbled + broken)),
        meta=meta,
    )


def _settle_unjudged(results: list[_PageResult]) -> None:
    """Short pages follow the verdict of most judged pages of the file."""
    judged = [r.status for r in results if r.status in ("text", "garbled")]
    verdict = "garbled" if judged and judged.count("garbled") > len(judged) / 2 else "text"
    for r in results:
        if r.status == "unjudged":
            r.status = verdict


def _no_text_reason(count: int, image: list[int], garbled: list[int], broken: list[int]) -> str:
    if garbled:
        return "garbled PDF text layer: needs OCR"
    if image:
        return f"image-only PDF: needs OCR ({count} pages)"
    if broken:
        return "damaged PDF: no page could be read"
    return f"PDF holds no text and no images ({count} blank pages)"
