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

from ..lines import Lines
from ..names import nominative
from ..title import listing_title
from .letter_line import word_line
from .model import Head, Zone

_NAMED = re.compile(r"^(?P<kind>Указание|УКАЗАНИЕ|Инструкция|ИНСТРУКЦИЯ|Определение|ОПРЕДЕЛЕНИЕ)\s+"
                    r"(?P<gen>\S.{2,250}?)\s+от\s+(?=\d)")
# a quoted title a site's listing cut with dots: «"О числовых значениях … кредитных..."»
_CUT_QUOTED = re.compile(r"^[\"«“](\S.*?(?:\.{3}|…))[\"»”]?$")


def head_of_named_kind_line(L: Lines, lo: int, zone: Zone) -> Head | None:
    """The act's kind, date, number, issuer and title from the first of the zone's first
    lines that is such a database line, or None."""
    read = word_line(L, zone, _NAMED)
    if read is None:
        return None
    i, m, date, number, tail = read
    tail = tail.strip()
    title = listing_title(tail, drop_editions=True)
    if title is None and _CUT_QUOTED.match(tail):
        title = _CUT_QUOTED.match(tail).group(1)  # its closing quote lost with the cut
    if title:  # a site's listing cuts a long title with dots: the part shown is the title
        title = re.sub(r"\s*(?:\.{3}|…)$", "", title) or None
    return Head(kind=m.group("kind").lower(), raw_kind=m.group("kind"), date=date, number=number,
                body=nominative(m.group("gen").strip()), title=title, anchor=i, start=i)
