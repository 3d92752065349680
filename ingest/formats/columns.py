"""Newspaper columns on a PDF page, read column by column.

A gazette sets its acts in two or three columns of running text, with the
masthead, a contents box or a headline across the page between them. Most
typesetters write a page column by column, so the content stream is already
in reading order, but some write it row by row across the page; PDFium then
joins the lines of neighbouring columns on one baseline into one run
(``…постановляет: 2. Рекомендовать …``). So the page is read from positions:

- a run whose characters jump over a wide empty stretch is cut there: PDFium
  reports the run's text-object segments (``FPDFText_CountRects``), the gap
  between two segments wider than ``SPLIT_GAP_CHARS``. That costs a C call a
  run, so it is done only when a few runs across the page (``PROBE_RUNS``)
  mostly jump over one common stretch; otherwise the runs are the lines, and
  a page with no empty stretch between runs costs a few comparisons more;
- **gutters** are stretches of x that (nearly) no piece covers, between
  pieces on both sides; a piece lying over a gutter (masthead, contents, a
  headline or the imprint across the page, a centred page number) is a
  **band** break;
- the page counts as set in columns only when the columns are of one width,
  a column holds at least ``MIN_COLUMN_LINES`` lines and most lines fill
  their column (running text), so a table's cells keep being read row by
  row by ``pdf.py``;
- then each band is read column by column, top to bottom, pieces on one
  baseline inside a column joined as ``pdf.py`` joins them.
"""
from __future__ import annotations

import ctypes


import pypdfium2.raw as pdfium_c

SPLIT_GAP_CHARS = 1.5    # segments of one run further apart than this: a gutter between
GUTTER_CHARS = 1.2       # an empty stretch of x at least this wide may be a gutter
MIN_COLUMN_LINES = 6     # fewer lines in a column: not a page in columns
SAME_WIDTH = 0.85        # the narrowest column at least this share of the widest
FULL_SHARE = 0.75        # a line of running text fills this share of its column…
FULL_LINES = 0.5         # …and at least this share of a column's lines do
WIDE_SHARE = 0.55        # a piece wider than this share of the text runs across columns
PROBE_RUNS = 6           # runs across the page probed for lines of two columns joined
STRAY_CHARS = 4          # a piece this short (a page number) may lie over a gutter


def column_lines(textpage, runs: list, cw: float) -> list[str] | None:
    """The page's lines column by column, or None when it is not in columns."""
    if len(runs) < 2 * MIN_COLUMN_LINES:
        return None
    tp = textpage.raw
    # where gutters may be, from the runs that lie in one column already
    # (headings, a paragraph's last line); and whether PDFium joined lines of
    # neighbouring columns, from a few of the runs across the page
    maybe = _gutters(runs, cw)
    width = max(r.x1 for r in runs) - min(r.x0 for r in runs)
    wide = [r for r in runs if r.x1 - r.x0 >= WIDE_SHARE * width]
    probe = wide[::max(1, len(wide) // PROBE_RUNS)][:PROBE_RUNS]
    if _joined_across(tp, probe, cw):
        pieces = _split_runs(tp, runs, cw)
    elif maybe:
        pieces = runs   # no run crosses a gutter: the runs are the column lines
    else:
        return None   # most pages stop here: one column, nothing joined across
    gutters = _gutters(pieces, cw)
    if not gutters:
        return None
    left = min(p.x0 for p in pieces)
    right = max(p.x1 for p in pieces)
    edges = [left] + [x for g in gutters for x in g] + [right]
    cols = [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]
    placed: list[tuple[object, int]] = []  # (piece, column or -1 over a gutter)
    tol = 0.5 * cw
    for p in pieces:
        col = next((k for k, (lo, hi) in enumerate(cols) if p.x0 >= lo - tol and p.x1 <= hi + tol), -1)
        placed.append((p, col))
    if not _running_text(placed, cols):
        return None
    return _read(placed, len(cols), cw)


def _cuts(tp, run, cw: float) -> list[tuple[int, float, float]]:
    """Where ``run`` jumps over a gap wider than ``SPLIT_GAP_CHARS`` between
    two of its text-object segments: (offset in its text, gap's left, right)."""
    n = len(run.text)
    if run.start < 0 or n < 3:
        return []
    count = pdfium_c.FPDFText_CountRects(tp, run.start, n)
    if count < 2:
        return []
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    rects = []
    for k in range(count):
        pdfium_c.FPDFText_GetRect(tp, k, left, top, right, bottom)
        rects.append((left.value, right.value, (top.value + bottom.value) / 2))
    cuts = []
    for a, b in zip(rects, rects[1:]):
        if b[0] - a[1] > SPLIT_GAP_CHARS * cw and abs(a[2] - b[2]) < run.height:
            at = pdfium_c.FPDFText_GetCharIndexAtPos(tp, b[0] + 0.3 * cw, b[2], cw, run.height)
            k = at - run.start
            if 0 < k < n:
                cuts.append((k, a[1], b[0]))
    return cuts


def _joined_across(tp, probe: list, cw: float) -> bool:
    """Whether most probed runs jump over one common empty stretch: lines of
    neighbouring columns joined on their baselines (wide word gaps of
    justified text or a tab stop fall at different places)."""
    gaps = [(a, b) for r in probe for _, a, b in _cuts(tp, r, cw)]
    need = max(2, len(probe) // 2)
    return any(sum(a <= (x0 + x1) / 2 <= b for a, b in gaps) >= need for x0, x1 in gaps)


def _split_runs(tp, runs: list, cw: float) -> list:
    """Runs cut at their ``_cuts``."""
    from .pdf import _Run
    out = []
    for run in runs:
        cuts = _cuts(tp, run, cw)
        if not cuts:
            out.append(run)
            continue
        x0, k0 = run.x0, 0
        for k, x_end, x_next in cuts:
            text = run.text[k0:k].strip()
            if text:
                out.append(_Run(text, x0, x_end, run.bottom, run.top, order=run.order))
            x0, k0 = x_next, k
        text = run.text[k0:].strip()
        if text:
            out.append(_Run(text, x0, run.x1, run.bottom, run.top, order=run.order))
    return out


def _gutters(pieces: list, cw: float) -> list[tuple[float, float]]:
    """Stretches of x that no piece in one column covers, between such
    pieces on both sides, at least ``GUTTER_CHARS`` wide."""
    if not pieces:
        return []
    width = max(p.x1 for p in pieces) - min(p.x0 for p in pieces)
    # a piece wider than WIDE_SHARE of the text spans columns: a band, not a
    # column line; a page number or a sign (a few characters) may sit in a gutter
    spans = sorted((p.x0, p.x1) for p in pieces
                   if p.x1 - p.x0 < WIDE_SHARE * width and len(p.text) > STRAY_CHARS)
    gutters: list[tuple[float, float]] = []
    if not spans:
        return gutters
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= GUTTER_CHARS * cw:
            gutters.append((reach, x0))
        reach = max(reach, x1)
    return gutters


def _running_text(placed: list, cols: list) -> bool:
    """Columns of one width (``SAME_WIDTH``), every column holding lines
    and the fullest ``MIN_COLUMN_LINES`` or more (the last page's last
    column may be short), and in every column of several lines most lines
    fill it, as running text does. A table's columns differ in width or
    hold short cells, and stay with ``pdf.py``'s row reading."""
    widths = [hi - lo for lo, hi in cols]
    if min(widths) < SAME_WIDTH * max(widths):
        return False
    counts = []
    for c, (lo, hi) in enumerate(cols):
        lines = [p.x1 - p.x0 for p, k in placed if k == c]
        counts.append(len(lines))
        full = sum(w >= FULL_SHARE * (hi - lo) for w in lines)
        if len(lines) >= MIN_COLUMN_LINES and full < FULL_LINES * len(lines):
            return False
    return min(counts) >= 2 and max(counts) >= MIN_COLUMN_LINES


def _read(placed: list, ncols: int, cw: float) -> list[str]:
    """Bands top to bottom (a piece over a gutter ends one), each band's
    columns left to right, lines top to bottom."""
    from .pdf import _join
    order = sorted(placed, key=lambda pk: -pk[0].middle)
    lines: list[str] = []
    band: list[list] = [[] for _ in range(ncols)]

    def flush():
        for col in band:
            lines.extend(_column_rows(col, cw, _join))
            col.clear()
    for p, k in order:
        if k < 0:
            flush()
            lines.append(p.text)
        else:
            band[k].append(p)
    flush()
    return lines


def _column_rows(pieces: list, cw: float, join) -> list[str]:
    rows: list[list] = []
    for p in pieces:   # already top to bottom
        if rows and abs(p.middle - rows[-1][0].middle) < 0.5 * min(p.height, rows[-1][0].height):
            rows[-1].append(p)
        else:
            rows.append([p])
    return [join(sorted(r, key=lambda p: p.x0), cw) for r in rows]



