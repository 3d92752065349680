"""A blank's date row printed one cell a paragraph, its quotes standing apart.

A republic's blank (Bashkortostan's ``КАРАР | ПОСТАНОВЛЕНИЕ``, Tatarstan's
``КАРАР | РЕШЕНИЕ``, …) prints the date in both languages and the number
between them in one table row: ``«27» апрель 2015 й. № 22 «27» апреля
2015 г.``. A site's page often gives every cell of that row a paragraph of its
own, down to the quote marks around the day::

    «
    27
    »
    апрель
    2015й.
    22
    «
    27
    »
    апреля
    2015г.

No line of it reads as a date, and the month's word, the first text under the
kind word, is taken for the title. The row is put back on one line as printed
(``«27» апрель 2015й. № 22 «27» апреля 2015г.``), where the dates and the
number are read as on any blank. Only a run that opens with a quote mark
alone on its line over a day alone and a closing quote alone is touched: that
is no title's, preamble's or signature's line. A bare number standing between
two dates of the row (its sign left in the table's frame) takes the sign back.
"""
from __future__ import annotations

import re

_OPEN = re.compile(r"[«\"„“]")
_CLOSE = re.compile(r"[»\"“”]")
_DAY = re.compile(r"(?:0?[1-9]|[12]\d|3[01])")
# the month's word in either language (one word of letters)
_MONTH = re.compile(r"[^\W\d_]{3,12}\.?")
# the year, with the word of either language after it (г., года, й., йыл, ел, ҫ. …)
_YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:[^\W\d_]{1,5}\.?)?")
_SIGN = re.compile(r"(?:№|N)")
_NUMBER = re.compile(r"(?:№|N)?\s*\d[\w./-]{0,12}")
_HEAD = 80


def _filled(raw: list[str], i: int, stop: int) -> list[int]:
    """Indices of the lines holding text from ``i`` on, over empty lines."""
    return [k for k in range(i, stop) if raw[k].strip()]


def fold_spread_date(raw: list[str]) -> list[str]:
    """``raw`` with a date row printed one cell a paragraph put on one line."""
    stop = min(len(raw), _HEAD)
    if not any(_OPEN.fullmatch(raw[i].strip()) for i in range(stop)):
        return raw
    out = list(raw)
    i = 0
    while i < stop:
        if not _OPEN.fullmatch(out[i].strip()):
            i += 1
            continue
        idx = _filled(out, i, stop)[:16]
        cells = [out[k].strip() for k in idx]
        n = _date_run(cells)
        if n == 0:
            i += 1
            continue
        out[idx[0]] = _joined(cells[:n])
        for k in idx[1:n]:
            out[k] = ""
        i = idx[n - 1] + 1
    return out


def _date(cells: list[str], at: int) -> int:
    """Cells a date takes from ``at`` (``«``, day, ``»``, month, year), 0 if none."""
    k = at
    if k < len(cells) and _OPEN.fullmatch(cells[k]):
        k += 1
    if not (k + 2 < len(cells) and _DAY.fullmatch(cells[k])):
        return 0
    k += 1
    if _CLOSE.fullmatch(cells[k]):
        k += 1
    if k + 1 < len(cells) and _MONTH.fullmatch(cells[k]) and _YEAR.fullmatch(cells[k + 1]):
        return k + 2 - at
    return 0


def _date_run(cells: list[str]) -> int:
    """Cells of the row: a date spread with its quotes alone, then the number
    and the other language's date, as far as they go."""
    first = _date(cells, 0)
    if first == 0 or not (_OPEN.fullmatch(cells[0]) and _CLOSE.fullmatch(cells[2])):
        return 0
    k = first
    for _ in range(2):
        if k < len(cells) and _NUMBER.fullmatch(cells[k]):
            k += 1
        elif k + 1 < len(cells) and _SIGN.fullmatch(cells[k]) and _NUMBER.fullmatch(cells[k + 1]):
            k += 2
        more = _date(cells, k)
        if more == 0:
            break
        k += more
    while k > first and not _YEAR.fullmatch(cells[k - 1]) and not _NUMBER.fullmatch(cells[k - 1]):
        k -= 1
    return k


def _joined(cells: list[str]) -> str:
    """The row's cells on one line: the quotes close on the day, a bare number
    takes its sign."""
    parts: list[str] = []
    for c in cells:
        if parts and _CLOSE.fullmatch(c) and parts[-1][-1:].isdigit():
            parts[-1] += c
        elif parts and _OPEN.fullmatch(parts[-1]):
            parts[-1] += c
        elif re.fullmatch(r"\d[\w./-]*", c) and parts and _YEAR.fullmatch(parts[-1]):
            parts.append("№ " + c)
        else:
            parts.append(c)
    return " ".join(parts)
