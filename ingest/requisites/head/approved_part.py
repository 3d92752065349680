"""A database's page of one part of an approved document, under the approving act's line.

Aggregators print a long document a part a page, the approving act's one-line heading
over each (``РАСПОРЯЖЕНИЕ Правительства РФ от … N …-р``), then the document's name in
capitals and its first section::

    РАСПОРЯЖЕНИЕ Правительства РФ от 12.03.2010 N 301-р
    КОНЦЕПЦИЯ РАЗВИТИЯ ЗАРЕЧНОЙ ОТРАСЛИ НА 2011-2015 ГОДЫ
    I. Общие положения

The name is the approved document's (a concept, an order of procedure, rules …: a
noun in the nominative, never «О …»), not the act's title, which the page does not
print: the act keeps its kind, issuer, date and number, and no title.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.ru_dates import find_date

from ..date_number import find_number
from ..lines import Lines, clean, folded
from ..title import capitals
from .model import Head

# the documents an act approves, named first in their heading
_DOCUMENTS = {"концепция", "порядок", "правила", "программа", "стратегия", "перечень", "план",
              "регламент", "инструкция", "методика", "требования", "нормы", "классификатор",
              "положение", "основы", "доктрина", "схема", "прогноз"}
_DECREES = {"постановление", "распоряжение", "приказ", "указ", "решение"}
# the document's first section or point under its name
_FIRST_SECTION = re.compile(r"^(?:I\.|1\.(?:1\.)?|Раздел\s+(?:I|1)\b|Глава\s+(?:I|1)\b)\s*\S", re.IGNORECASE)


def without_part_name(L: Lines, h: Head) -> Head | None:
    """``h`` without its title where that is an approved document's name in capitals
    under the act's one-line heading and over the document's first section; None
    where the shape is not this."""
    if not h.title or h.kind not in _DECREES or h.anchor < 0 or not capitals(h.title):
        return None
    if folded(h.title.split()[0]) not in _DOCUMENTS:
        return None
    line = clean(L.raw[h.anchor])
    if find_date(line) is None or find_number(line) is None:
        return None  # a printed heading: its date and number on lines of their own
    rest = [j for j in range(h.anchor + 1, min(len(L.raw), h.anchor + 12)) if L.raw[j].strip()]
    got, k = "", 0
    while k < len(rest) and len(got) < len(h.title):
        got = (got + " " + clean(L.raw[rest[k]])).strip()
        k += 1
    if folded(got) != folded(h.title) or k >= len(rest) or not _FIRST_SECTION.match(clean(L.raw[rest[k]])):
        return None
    return replace(h, title=None)
