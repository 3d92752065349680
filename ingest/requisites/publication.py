"""Where the act was officially published: the delivering system's record
of it, or a line of the text (``Опубликовано в газете «…» от … № …, стр. …``)."""
from __future__ import annotations

import re

from ingest.records import Publication
from ingest.ru_dates import find_date

from .date_number import find_number
from .lines import Lines, clean

_PUB_TRIGGER = re.compile(
    r"^[(\[]?(?:опубликован[оаы]?|официальное\s+опубликование|источник\s+(?:официального\s+)?опубликования"
    r"|публикуется)\b\s*(?:в\s+|:\s*)?", re.IGNORECASE)
_PUB_NAME = re.compile(
    r"(?:газет[еа]|журнал[еа]?|бюллетен[еья]|вестник[еа]?|сборник[еа]?)?\s*"
    r"(?P<name>[«\"„“][^»\"“”]{2,80}[»\"“”])")
# the characters a _PUB_TRIGGER match can start with (re.IGNORECASE folds ᲂ onto о)
_PUB_FIRST = frozenset("([оОᲂиИпП")
_PAGE = re.compile(r"(?:\bстр\.?|\bс\.)\s*(?P<page>\d{1,3})\b|\b(?P<page2>\d{1,3})\s*стр\.?", re.IGNORECASE)


def find_publication(L: Lines, meta: dict) -> Publication | None:
    pub = meta.get("publication") if meta else None
    if isinstance(pub, Publication):
        return pub
    if isinstance(pub, dict):
        return Publication(**{k: pub.get(k) for k in ("name", "issue", "date", "page")})
    # only a line starting like _PUB_TRIGGER can match it: skip the others unread
    head = [i for i in range(min(len(L.raw), 400)) if L.raw[i].strip()
            and L.raw[i].lstrip()[0] in _PUB_FIRST]
    for i in head:
        s = clean(L.raw[i])
        m = _PUB_TRIGGER.search(s)
        if not m:
            continue
        tail = s[m.end():]
        if not tail.strip() and i + 1 < len(L.raw):
            k = i + 1
            while k < len(L.raw) and not L.raw[k].strip():
                k += 1
            tail = clean(L.raw[k]) if k < len(L.raw) else ""
        if not tail:
            continue
        nm = _PUB_NAME.match(tail.strip())
        if nm:
            name = nm.group("name").strip("«»\"„“”")
            rest = tail.strip()[nm.end():]
        else:
            d = find_date(tail)
            cut = d[1] if d else len(tail)
            name = tail[:cut].strip(" ,.;:")
            rest = tail[cut:]
            if not name or len(name) > 160:
                continue
        d = find_date(rest)
        n = find_number(rest)
        pg = _PAGE.search(rest)
        return Publication(name=name or None, issue=n[0] if n else None,
                           date=d[0] if d else None,
                           page=(pg.group("page") or pg.group("page2")) if pg else None)
    return None
