"""A body's letter named by a database's one-line heading.

Legal databases print a letter (``письмо``: not an act, it has no kind in the
record) the way they print an act, on one line::

    Письмо Федеральной службы по надзору … от 9 июля 2010 г. N 01/9518-0-32 "Об …"
    Письмо Минфина РФ от 4 июля 2008 г. N 02-02-05/1959 О методических материалах …

The line names the writer in the genitive, the letter's date and its number
(a register's index, slashes and dashes and all) and its subject. Nothing
above it is the letter's; the kind stays null, as a letter's record has it.
Only a line opening with the word ``Письмо`` itself, dated and numbered before
any title, is read: a text's reference (``письмом Минфина России от …``) or a
list entry (``<ПИСЬМО> Роспотребнадзора от …``) is not.
"""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from ..date_number import find_number
from ..lines import Lines, clean
from ..names import nominative
from ..title import listing_title
from .model import Head, Zone

_LETTER = re.compile(r"^(?:Письмо|ПИСЬМО)\s+(?P<gen>\S.{2,250}?)\s+от\s+(?=\d)")
_LOOK = 12   # a database's chrome over the line: a menu, tabs, a note


def head_of_letter_line(L: Lines, lo: int, zone: Zone) -> Head | None:
    """The letter's date, number, writer and subject from the first of the zone's
    first lines that is a letter's database line, or None."""
    for i in zone.lines[:_LOOK]:
        s = clean(L.raw[i])
        m = _LETTER.match(s)
        if m is None:
            continue
        d = find_date(s[m.end():])
        if d is None or d[1] != 0:
            return None
        n = find_number(s[m.end() + d[2]:])
        if n is None or s[m.end() + d[2]:m.end() + d[2] + n[1]].strip(" ,."):
            return None
        end = m.end() + d[2] + n[2]
        title = listing_title(s[end:], drop_editions=True)
        return Head(kind=None, raw_kind=None, date=d[0], number=n[0], body=nominative(m.group("gen").strip()),
                    title=title, anchor=i, start=i)
    return None
