"""A court's ruling: its heading names the court in the genitive under the kind word.

A court's decision (the Constitutional Court's, a republic's constitutional or a
region's charter court's, a commercial court's) opens differently from an organ's
act: no issuer over the kind word, but («Именем Российской Федерации» above it)::

    ПОСТАНОВЛЕНИЕ
    КОНСТИТУЦИОННОГО СУДА РОССИЙСКОЙ ФЕДЕРАЦИИ
    по делу о проверке конституционности … в связи с жалобой гражданки …
    город Санкт-Петербург 8 июня 2015 года

The court's name in the genitive is the body (in the nominative), the lines from
«по делу …» / «по жалобе …» / «по запросу …» / «об отказе …» down to the place and
date line are the title, that line the date. The number is not printed in the
heading; a database's line above it («Определение … от 10.10.2017 № 2253-О») gives
it where its date is the heading's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.ru_dates import find_date

from ..date_number import find_number
from ..lines import Lines, clean
from ..names import nominative
from .model import Anchor, Head, Zone

_COURT_KINDS = ("постановление", "определение", "решение")
# the court's name in capitals and the genitive: «КОНСТИТУЦИОННОГО СУДА РОССИЙСКОЙ ФЕДЕРАЦИИ»,
# «АРБИТРАЖНОГО СУДА … ОБЛАСТИ», «ПЛЕНУМА ВЕРХОВНОГО СУДА …»
_COURT = re.compile(r"^(?:[А-ЯЁ-]+\s+){0,3}СУДА(?:\s+[А-ЯЁ-]+){0,4}$")
_CASE = re.compile(r"^(?:по|об?|обо)\s", re.IGNORECASE)
_PLACE_DATE = re.compile(r"^(?:город|г\.)\s*[А-ЯЁ][А-ЯЁа-яё-]+(?:[\s-][А-ЯЁ][а-яё-]+)?\s+(?=\d)")
_TITLE_LINES = 8


def court_heading(L: Lines, zone: Zone, anchor: Anchor, h: Head) -> Head | None:
    """``h`` with the court as its body, the case as its title and the place line's
    date (the number from a database's line above of the same date), or None where
    the kind line is not followed by a court's name in the genitive."""
    if anchor.kind_line.kind not in _COURT_KINDS:
        return None
    after = [i for i in zone.lines if i > anchor.line][:_TITLE_LINES + 2]
    if len(after) < 3 or len(clean(L.raw[anchor.line]).split()) != 1:
        return None
    court = clean(L.raw[after[0]])
    if not _COURT.match(court) or not _CASE.match(clean(L.raw[after[1]])):
        return None
    title, date = [], None
    for i in after[1:]:
        s = clean(L.raw[i])
        m = _PLACE_DATE.match(s)
        if m is not None:
            d = find_date(s[m.end():])
            date = d[0] if d is not None and d[1] == 0 else None
            break
        title.append(s)
    if date is None:
        return None
    date = h.date or date
    return replace(h, body=nominative(court), title=" ".join(title), date=date,
                   number=h.number or _number_above(L, zone, anchor.line, date))


def _number_above(L: Lines, zone: Zone, at: int, date: str) -> str | None:
    """The number a database's line above the heading prints after the same date."""
    for i in zone.lines:
        if i >= at:
            break
        s = clean(L.raw[i])
        d = find_date(s)
        if d is None or d[0] != date:
            continue
        n = find_number(s[d[2]:])
        if n is not None and not s[d[2]:d[2] + n[1]].strip(" ,."):
            return n[0]
    return None
