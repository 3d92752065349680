"""The heading of a document under an approval stamp: the requisites are
the approving act's; the document's own kind line, if any, gives the title
(``ПОЛОЖЕНИЕ / о …``), and the kind too unless the stamp calls the file an
annex of a signed act (``Приложение к постановлению … от … № …``)."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.status import is_note_line

from ..annex_column import DOCUMENT_WORD
from ..kind_line import KindLine, kind_line
from ..lines import Lines, clean
from ..quotes import CLOSE_QUOTES, OPEN_QUOTES, quotes_left_open
from ..stamp import Stamp, read_stamp
from ..title import title_from
from ..vocabulary import TITLE_START, despace
from .model import Head, Zone


def head_under_stamp(L: Lines, lo: int, zone: Zone, stamp: Stamp) -> Head:
    limit = zone.limit
    # the document's own heading follows the stamp
    j = stamp.after
    while j < limit and not L.ok(j):
        j += 1
    kl = _own_kind_line(clean(L.raw[j])) if j < limit else None
    requisites = dict(body=stamp.body, date=stamp.date, number=stamp.number, start=lo, anchor=j)
    if kl and kl.kind in ("устав", "положение", "протокол"):
        word = despace(clean(L.raw[j])).split()[0]
        rest_title = title_from(L, j + 1, limit).text
        extra = kl.rest if kl.titled else ""
        pieces = [word] + ([extra] if extra else []) + ([rest_title] if rest_title else [])
        title = clean(" ".join(pieces)) if len(pieces) > 1 else None
        if stamp.annex and stamp.kind and (stamp.date or stamp.number):
            # «Приложение к постановлению … от … №»: the file says it is a part of
            # that act and is found by its requisites (постановление № 145 от …);
            # «УТВЕРЖДЕНО …» names a document that stands on its own, and a blank
            # stamp (``от ______ № ____``) names no act at all
            # the act's own title where the page prints it, else the annex's name
            own = _quoted_title(L, j, limit) or _title_above(L, zone, stamp)
            return Head(kind=stamp.kind, raw_kind=stamp.kind, annex_only=True, title=own or title, **requisites)
        return Head(kind=kl.kind, raw_kind=kl.raw_kind, title=title, **requisites)
    if stamp.annex:
        # a file holding only an annex («Приложение к постановлению … от … № …»
        # over «ПЕРЕЧЕНЬ …»): the act's requisites; its title only where the
        # stamp quotes it under the date and number
        return Head(kind=stamp.kind, raw_kind=stamp.kind, annex_only=True,
                    title=_quoted_title(L, j, limit) or _title_above(L, zone, stamp), **requisites)
    if j < limit and _names_other_act(clean(L.raw[j])):
        return Head(kind=stamp.kind, raw_kind=stamp.kind, title=None, **requisites)
    # a database's titles page: the approving act's title printed first, over its
    # approval stamp («Утверждены / решением … от … N …») and the document's own name
    # (only a whole title that says it approves: «О внесении изменения в постановление … "Об
    # утверждении Правил …"» over the rules names the amending act, cut by the database with "...")
    own = _title_above(L, zone, stamp)
    if own and not (_APPROVES.match(own) and not _ELLIPSIS.search(own)):
        own = None
    return Head(kind=stamp.kind, raw_kind=stamp.kind, title=own or _document_name(L, j, limit), **requisites)


def _document_name(L: Lines, j: int, limit: int) -> str | None:
    """The approved document's name under its stamp, read as a title. Where it opens with the
    document's type in capitals alone on its line (``АДМИНИСТРАТИВНЫЙ РЕГЛАМЕНТ``, ``МУНИЦИПАЛЬНАЯ
    ПРОГРАММА``, ``КОНЦЕПЦИЯ``, with its object: ``ПЛАН МЕРОПРИЯТИЙ``) and goes on in lower case or in quotes (``предоставления
    муниципальной услуги «…»``, ``«Развитие культуры …»``), the title reader stops at the change
    of case, as a heading in capitals ends where the text begins; here the lines below are the
    rest of the name, and the gold takes the whole name (realdocs: the register under «УТВЕРЖДЕН
    постановлением …», the requirements under «Утверждены приказом …»)."""
    title = title_from(L, j, limit).text
    s = clean(L.raw[j]) if j < limit else ""
    if not title or title != s or not s.isupper() or not (m := DOCUMENT_WORD.match(s)) \
            or len(s[m.end():].split()) > 1:
        return title  # the type, or the type and its object («ПЛАН МЕРОПРИЯТИЙ»), alone on the line
    k = j + 1
    while k < min(limit, j + 3) and not L.raw[k].strip():
        k += 1  # one blank line between the type and the name
    nxt = clean(L.raw[k]) if k < limit else ""
    if k - j > 2 or not (nxt[:1].islower() or nxt[:1] in OPEN_QUOTES and nxt[1:2].isupper()):
        return title
    rest = title_from(L, k, limit).text
    return clean(s + " " + rest) if rest else title


_APPROVES = re.compile(r"(?i)^об\s+утверждении\s")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)")


# a site's record under the approval line of an act that amended the document
# ("Постановление о внесении изменений 31-п от 19.09.2024г", "Решение № 5 от 12.03.2024"):
# an act's kind word in the nominative, then its date - another act, not the document's name
_OTHER_ACT = re.compile(r"^(?:Постановление|Решение|Распоряжение|Приказ|Указ)\b.{0,200}?\bот\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}")


def _names_other_act(s: str) -> bool:
    return bool(_OTHER_ACT.match(s))


def _own_kind_line(s: str) -> KindLine | None:
    """The document's kind line under the stamp; its name on one long line too (``Положение о
    размерах и условиях оплаты труда …``, as a web page prints it unwrapped): the kind word opens
    a title, however long."""
    kl = kind_line(s)
    if kl is None and len(s) > 160:
        head = kind_line(s[:s.rfind(" ", 0, 160)])
        if head is not None and head.titled:
            return replace(head, rest=s.split(None, 1)[1].strip(" .:"))
    return kl


def _title_above(L: Lines, zone: Zone, stamp: Stamp) -> str | None:
    """A legal database's title line printed over the annex stamp (``Действующий`` /
    ``О бюджете … (с изменениями на …)`` / ``Приложение N 3 к решению …``): the
    act's title, its status word and edition note left out."""
    for i in zone.lines[:3]:
        s = clean(L.raw[i])
        if i >= stamp.after or read_stamp(L, i, zone.limit):
            return None
        if is_note_line(s):
            continue
        return title_from(L, i, zone.limit).text if TITLE_START.match(s) else None
    return None


def _quoted_title(L: Lines, j: int, limit: int) -> str | None:
    """``"Об утверждении положения`` / ``о почетном гражданине …"``: the
    approving act's title in quotes right under an annex stamp, up to the
    line its quotes close on (six lines at most)."""
    first = clean(L.raw[j]) if j < limit else ""
    if first[:1] not in OPEN_QUOTES or not TITLE_START.match(first[1:].lstrip()):
        return None
    parts: list[str] = []
    for k in range(j, min(limit, j + 6)):
        s = clean(L.raw[k])
        if not s:
            return None
        parts.append(s)
        if s[-1:] in CLOSE_QUOTES and not quotes_left_open(" ".join(parts)):
            return " ".join(parts)
    return None
