"""The heading of a document under an approval stamp: the requisites are
the approving act's; the document's own kind line, if any, gives the kind
and the title (``ПОЛОЖЕНИЕ / о …``)."""
from __future__ import annotations

from ..kind_line import kind_line
from ..lines import Lines, clean
from ..stamp import Stamp
from ..title import title_from
from ..vocabulary import despace
from .model import Head, Zone


def head_under_stamp(L: Lines, lo: int, zone: Zone, stamp: Stamp) -> Head:
    limit = zone.limit
    # the document's own heading follows the stamp
    j = stamp.after
    while j < limit and not L.ok(j):
        j += 1
    kl = kind_line(clean(L.raw[j])) if j < limit else None
    requisites = dict(body=stamp.body, date=stamp.date, number=stamp.number, start=lo, anchor=j)
    if kl and kl.kind in ("устав", "положение", "протокол"):
        word = despace(clean(L.raw[j])).split()[0]
        rest_title = title_from(L, j + 1, limit).text
        extra = kl.rest if kl.titled else ""
        pieces = [word] + ([extra] if extra else []) + ([rest_title] if rest_title else [])
        return Head(kind=kl.kind, raw_kind=kl.raw_kind,
                    title=clean(" ".join(pieces)) if len(pieces) > 1 else None, **requisites)
    if stamp.annex:
        # a file holding only an annex («Приложение к постановлению … от … № …»
        # over «ПЕРЕЧЕНЬ …»): the act's requisites, but its title is not printed
        return Head(kind=stamp.kind, raw_kind=stamp.kind, annex_only=True, **requisites)
    return Head(kind=stamp.kind, raw_kind=stamp.kind, title=title_from(L, j, limit).text, **requisites)
