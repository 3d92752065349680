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
    read = word_line(L, zone, _LETTER)
    if read is None:
        return None
    i, m, date, number, tail = read
    return Head(kind=None, raw_kind=None, date=date, number=number, body=nominative(m.group("gen").strip()),
                title=listing_title(tail, drop_editions=True), anchor=i, start=i)


def word_line(L: Lines, zone: Zone, line: re.Pattern) -> tuple[int, re.Match, str, str, str] | None:
    """The first of the zone's first lines that ``line`` opens (its kind word, the
    issuer in the genitive, «от»), dated right after «от» and numbered right after
    the date: its index, the match, the date, the number and what follows them.
    None when no line matches or the first that does is not so dated and numbered
    (a text's sentence, a list entry). Shared by the letter's line and the line of a
    kind outside the fund's vocabulary (``named_kind_line``)."""
    for i in zone.lines[:_LOOK]:
        s = clean(L.raw[i])
        m = line.match(s)
        if m is None:
            continue
        rest = s[m.end():]
        d = find_date(rest)
        if d is None or d[1] != 0:
            return None
        n = find_number(rest[d[2]:])
        if n is None or rest[d[2]:d[2] + n[1]].strip(" ,."):
            return None
        return i, m, d[0], n[0], rest[d[2] + n[2]:]
    return None
