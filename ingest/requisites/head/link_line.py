"""A body's own site listing its act as a link in lower case.

Federal bodies' sites and their regional offices' pages print a document's
link the way a sentence would name it::

    Федеральное казначейство
    официальный сайт Казначейства России
    приказ Федерального казначейства от 29.12.2014 № 324
    43.61689.324.pdf PDF 937.7 КБ

That is a database's one-line heading (``head_on_one_line``) with its kind word
in lower case. It is read only where nothing else on the page is a heading
(the last resort of ``parse``), on the page's first lines, when the line runs
from the kind word through the issuer to its date and number; a list item in
an act's text (``приказ … от … № 45;`` under «Признать утратившими силу:»)
is not.
"""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from ..date_number import find_number
from ..lines import Lines, clean
from ..vocabulary import NOM_KINDS
from .model import Head, OneLineHeading, Zone
from .one_line import head_on_one_line

_LINK = re.compile(r"^(?:" + NOM_KINDS + r")\s+\S.{2,200}?\s+от\s+(?=\d)")
_LOOK = 8   # the site's name and menu over the link


def head_of_link_line(L: Lines, lo: int, zone: Zone) -> Head | None:
    """The act a lower-case link line on the page's first lines names, or None."""
    for p, i in enumerate(zone.lines[:_LOOK]):
        s = clean(L.raw[i])
        if not s[:1].islower() or not _LINK.match(s) or s.rstrip().endswith((";", ",")):
            continue
        prev = clean(L.raw[zone.lines[p - 1]]) if p else ""
        if prev.endswith((":", ";", ",")):
            return None  # a list of acts in a text ("Признать утратившими силу:" / "приказ …;")
        text = s[0].upper() + s[1:]
        d, n = find_date(text), find_number(text)
        if d is None or n is None or n[1] < d[2] or text[d[2]:n[1]].strip(" г.года,"):
            return None
        return head_on_one_line(L, zone, OneLineHeading(i, text, d, n))
    return None
