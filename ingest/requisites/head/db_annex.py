"""A legal database's print of a regulation with its approval stamp set under
its name (Garant: ``Положение`` / ``о бюджетном процессе в … районе`` /
``(утв. решением … от 6 марта 2006 г. N 27)``).

An official copy puts «УТВЕРЖДЕНО решением …» over the regulation's name; the
database moves that stamp under it. Read as the copy is read
(``parse._act_over_its_annex``, ``stamped.head_under_stamp``):

- the act printed first without its heading (the page opens inside its text:
  the preamble, the operative formula, the signature) and then the regulation
  it approves: the act on the page is the one the stamp names;
- a page opening with «Приложение» over the regulation's name: an annex of
  that act, found by its requisites; its own title is not printed.

Otherwise (the regulation alone, no «Приложение» over it) nothing is decided
here: the stamp then names the regulation's approval, as «УТВЕРЖДЕНО» does,
and the kind line is read as before.
"""
from __future__ import annotations

from ..lines import Lines, clean
from ..stamp import DATABASE_STAMP, read_stamp
from ..vocabulary import ANNEX_ALONE, APPROVED_DOCUMENTS, OPERATIVE_VERB
from .model import Anchor, Head, Zone

_NAME_LINES = 6  # how many lines the regulation's name may take before the stamp


def whole(stamp) -> bool:
    """Whether a stamp names its act whole: kind, date and number."""
    return bool(stamp and stamp.kind and stamp.date and stamp.number)


def stamped_act(stamp, lo: int, anchor: int, annex_only: bool = False) -> Head:
    """The act a database's stamp names: its kind, issuer, date and number."""
    return Head(kind=stamp.kind, raw_kind=stamp.kind, body=stamp.body, date=stamp.date,
                number=stamp.number, start=lo, anchor=anchor, annex_only=annex_only)


def head_over_database_stamp(L: Lines, lo: int, zone: Zone, anchor: Anchor) -> Head | None:
    """The act a database's stamp under the regulation's name names, when the
    page shows it is that act's text or an annex of it; else None."""
    if anchor.kind_line.kind not in APPROVED_DOCUMENTS:
        return None
    stamp = None
    for i in zone.lines:
        if i <= anchor.line:
            continue
        if i > anchor.line + _NAME_LINES:
            break
        if DATABASE_STAMP.match(L.raw[i].strip()):
            stamp = read_stamp(L, i, zone.limit, DATABASE_STAMP)
            break
    if not whole(stamp):
        return None
    before = [j for j in zone.lines if j < anchor.line]
    if any(OPERATIVE_VERB.search(clean(L.raw[j])) for j in before):
        return stamped_act(stamp, lo, anchor.line)
    if before and ANNEX_ALONE.match(clean(L.raw[before[-1]])):
        return stamped_act(stamp, lo, anchor.line, annex_only=True)
    return None
