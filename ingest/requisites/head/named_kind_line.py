"""An act of a kind outside the fund's vocabulary named by a database's one-line heading.

The Bank of Russia issues «указания» and «инструкции», a court «определения»; legal
databases and the sites that copy them print such an act the way they print an order,
on one line::

    Указание Банка России от 16.07.2012 N 2851-У
    Указание Банка России от 28.12.2015 N 3916-У "О числовых значениях …"
    Определение Конституционного Суда Российской Федерации от 10.10.2017 № 2253-О

The kind is the act's own word (record.md), lower case; the issuer follows it in the
genitive, then the date and the number, then the title. As for a letter's line
(``letter_line``) only a line opening with the word itself, dated and numbered before
any title, is read: a text's reference («установленном указанием Банка России от …»)
is not. Tried only where no heading of the fund's kinds was found.
"""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from ..date_number import find_number
from ..lines import Lines, clean
from ..names import nominative
from ..title import listing_title
from .model import Head, Zone

_NAMED = re.compile(r"^(?P<kind>Указание|УКАЗАНИЕ|Инструкция|ИНСТРУКЦИЯ|Определение|ОПРЕДЕЛЕНИЕ)\s+"
                    r"(?P<gen>\S.{2,250}?)\s+от\s+(?=\d)")
_LOOK = 12   # a database's chrome over the line: a menu, tabs, a note
# a quoted title a site's listing cut with dots: «"О числовых значениях … кредитных..."»
_CUT_QUOTED = re.compile(r"^[\"«“](\S.*?(?:\.{3}|…))[\"»”]?$")


def head_of_named_kind_line(L: Lines, lo: int, zone: Zone) -> Head | None:
    """The act's kind, date, number, issuer and title from the first of the zone's first
    lines that is such a database line, or None."""
    for i in zone.lines[:_LOOK]:
        s = clean(L.raw[i])
        m = _NAMED.match(s)
        if m is None:
            continue
        rest = s[m.end():]
        d = find_date(rest)
        if d is None or d[1] != 0:
            return None
        n = find_number(rest[d[2]:])
        if n is None or rest[d[2]:d[2] + n[1]].strip(" ,."):
            return None
        tail = rest[d[2] + n[2]:].strip()
        title = listing_title(tail, drop_editions=True)
        if title is None and _CUT_QUOTED.match(tail):
            title = _CUT_QUOTED.match(tail).group(1)  # its closing quote lost with the cut
        if title:  # a site's listing cuts a long title with dots: the part shown is the title
            title = re.sub(r"\s*(?:\.{3}|…)$", "", title) or None
        kind = m.group("kind").lower()
        return Head(kind=kind, raw_kind=m.group("kind"), date=d[0], number=n[0],
                    body=nominative(m.group("gen").strip()), title=title, anchor=i, start=i)
    return None
