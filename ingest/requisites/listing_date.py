"""A council's or an administration's site lists each act on one line, the
kind word, the number and the title run together, the date on a line of its
own under it (``Решение №400/27-11-4 О протесте прокурора от 14.07.2011 … на
решение …`` / (blank) / ``27.07.2011``).

Two things follow from that shape, whatever the region or the body:

- the dates inside the title belong to the acts it cites (a protest's date, an
  amended decision's), so the line's own date is not searched for past the
  number (``title_follows_number``);
- the act's date is the bare date printed right under the line
  (``lone_date_below``), the way such a list prints it.
"""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from .file_pages import unquoted_listing
from .lines import Lines, clean
from .vocabulary import TITLE_START

# a date and nothing else on its line: "27.07.2011", "27.07.2011 г.", "27 июля 2011 года"
_DATE_TAIL = re.compile(r"(?i)^[\s.,]*(?:г\.?|года?)?[\s.,]*$")


def title_follows_number(s: str, n: tuple, kind_only: bool, dated_below: bool = False) -> bool:
    """Whether ``s`` opens with the kind word alone, then the number, then an
    unquoted title (``Решение №12 О …``): what follows the number is the
    title, and its dates are the cited acts'. A listing line is short; a long
    one is a listing's too when its date stands alone under it (``dated_below``)."""
    if not kind_only:
        return False
    if unquoted_listing(s, n):
        return True
    tail = s[n[2]:].strip()
    return dated_below and len(s) <= 1000 and bool(TITLE_START.match(tail)) and tail[:1].isupper()


def _bare_date(s: str) -> str | None:
    d = find_date(s)
    if d is None or s[:d[1]].strip(" .,") or not _DATE_TAIL.match(s[d[2]:]):
        return None
    return d[0]


def lone_date_below(L: Lines, i: int, limit: int) -> str | None:
    """The date printed alone on the first line of text under line ``i``
    (blank lines between allowed, two at most), or None."""
    seen = 0
    for j in range(i + 1, min(limit, i + 4)):
        s = clean(L.raw[j])
        if not s:
            continue
        seen += 1
        return _bare_date(s) if seen == 1 else None
    return None
