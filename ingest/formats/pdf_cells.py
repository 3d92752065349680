"""A heading table's two tall cells side by side in a PDF text layer.

A blank sets the issuer's block in a left cell and an addressees' list, a
draft's mark with its introducer or an approval in the right one. In the
text layer the two cells' lines stand on baselines of their own, so reading
the page row by row interleaves them (``ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО Заречного
муниципального округа`` / ``ОКРУГА`` / ``вносится главой``). The DOCX, RTF
and ODT readers give such a table column by column; ``side_cells`` does the
same here: among the page's first rows, where the runs of every row keep to
one side of one edge — the left edge of the right cell, where at least two
of its lines start — from the first row, which opens the left cell, and
some row holds a run of the right cell alone (the cells' lines do not pair
up as a row of short cells does), the left cell's lines come first, then
the right cell's, a blank line between. An annex stamp at the top right
over a list is no such table: the left cell opens the page.
"""
from __future__ import annotations

from typing import Callable

TOP_ROWS = 20   # a heading table stands among the page's first rows
EDGE = 1.5      # points: lines of one cell start at one edge


def side_cells(rows: list, cw: float, join: Callable[[list, float], str]) -> tuple[int, list[str]] | None:
    """The number of the page's first rows that hold two cells side by side
    and their lines read cell by cell, or None."""
    top = rows[:TOP_ROWS]
    for edge in _edges(top, cw):
        end = 0
        while end < len(top) and all(r.x1 <= edge - 0.5 * cw or abs(r.x0 - edge) <= EDGE or r.x0 > edge
                                     for r in top[end].runs):
            end += 1
        block = top[:end]
        left = [[r for r in row.runs if r.x1 <= edge - 0.5 * cw] for row in block]
        right = [[r for r in row.runs if r.x0 >= edge - EDGE] for row in block]
        starts = sum(1 for runs in right if runs and abs(runs[0].x0 - edge) <= EDGE)
        alone = any(runs and not lr for runs, lr in zip(right, left))
        if starts >= 2 and alone and left and left[0] and sum(1 for lr in left if lr) >= 2:
            return end, [join(lr, cw) for lr in left if lr] + [""] + [join(rr, cw) for rr in right if rr] + [""]
    return None


def _edges(rows: list, cw: float) -> list[float]:
    """Left edges where two runs or more of the rows start, right of a run of another row."""
    starts = sorted(r.x0 for row in rows for r in row.runs)
    first_end = min((r.x1 for row in rows for r in row.runs), default=0.0)
    edges: list[float] = []
    for x in starts:
        if x > first_end and all(abs(x - e) > EDGE for e in edges) \
                and sum(1 for y in starts if abs(y - x) <= EDGE) >= 2:
            edges.append(x)
    return edges
