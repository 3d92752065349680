"""Newspaper columns on a PDF page, read column by column.

A gazette sets its acts in two or three columns of running text, with the
masthead, a contents box or a headline across the page between them. Most
typesetters write a page column by column, so the content stream is already
in reading order, but some write it row by row across the page; PDFium then
joins the lines of neighbouring columns on one baseline into one run
(``…постановляет: 2. Рекомендовать …``). So the page is read from positions:

- a run whose characters jump over a wide empty stretch is cut there: PDFium
  reports the run's text-object segments (``FPDFText_CountRects``, one C call
  a run; a second call and a position lookup only where segments are far
  apart), the gap between two segments wider than ``SPLIT_GAP_CHARS``;
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
STRAY_CHARS = 4          # a piece this short (a page number) may lie over a gutter


def column_lines(textpage, runs: list, cw: float) -> list[str] | None:
    """The page's lines column by column, or None when it is not in columns."""
    if len(runs) < 2 * MIN_COLUMN_LINES:
        return None
    pieces = _split_runs(textpage, runs, cw)
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


def _split_runs(textpage, runs: list, cw: float) -> list:
    """Runs cut where their text-object segments are more than
    ``SPLIT_GAP_CHARS`` apart on one baseline."""
    from .pdf import _Run
    tp = textpage.raw
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    out = []
    for run in runs:
        n = len(run.text)
        if run.start < 0 or n < 3 or " " not in run.text:
            out.append(run)
            continue
        count = pdfium_c.FPDFText_CountRects(tp, run.start, n)
        if count < 2:
            out.append(run)
            continue
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
    """Empty stretches of x (in whole points) between text on both sides."""
    left = int(min(p.x0 for p in pieces))
    right = int(max(p.x1 for p in pieces)) + 1
    width = right - left
    if width <= 0:
        return []
    cover = [0] * (width + 1)
    # a piece wider than WIDE_SHARE of the text spans columns: a band, not a column line
    # a page number or a sign (a few characters) may sit in a gutter
    narrow = [p for p in pieces if p.x1 - p.x0 < WIDE_SHARE * width and len(p.text) > STRAY_CHARS]
    for p in narrow:
        for x in range(int(p.x0) - left + 1, int(p.x1) - left):
            cover[x] += 1
    gutters, k = [], 0
    while k <= width:
        if not cover[k]:
            j = k
            while j <= width and not cover[j]:
                j += 1
            lo, hi = left + k, left + j
            # not the page's margins, and wide enough
            if k > 0 and j <= width and hi - lo >= GUTTER_CHARS * cw:
                gutters.append((float(lo), float(hi)))
            k = j
        else:
            k += 1
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



