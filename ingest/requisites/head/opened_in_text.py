"""A page that opens inside an act's text and prints only its annex's heading.

A legal database's print (or a page cut by a site) may begin below the act's
heading: the dates of its editions, the preamble (``В целях …``, ``В соответствии
с …``), the operative formula (``… Совет народных депутатов постановил:``), the
points and the signature - and only then the document the act approves, under
its own name (``Положение`` / ``о бюджетном процессе …``). That name is the
annex's heading, not the page's act: the act is the one whose text opens the
page, and its heading is simply not printed. Its kind and issuer are what the
formula says; its date, number and title are nowhere on the page (the dates of
the editions and of an amending act are not its own).

A regulation's page that opens with its own name, or a decision's heading over
its formula and its annex, is untouched: no title and no numbered requisites line
may stand over the grounds, and the formula must come before the annex's name.
"""
from __future__ import annotations

from ..lines import Lines, clean
from ..date_number import find_number
from ..vocabulary import APPROVED_DOCUMENTS, OPENS_GROUNDS, OPERATIVE_VERB, TITLE_START
from .model import Zone


def opens_in_text_of_act(L: Lines, zone: Zone, at: int, kind: str) -> Zone | None:
    """The lines before the approved document's kind line ``at`` (of kind ``kind``)
    when the page opens at a preamble's grounds - whatever a site or a database
    prints over it (its name, menus, the dates of the editions), but no title and
    no numbered requisites of an act - and the operative formula follows the
    grounds before that kind line; else None."""
    if kind not in APPROVED_DOCUMENTS:
        return None
    before = tuple(i for i in zone.lines if i < at)
    grounds = next((i for i in before if OPENS_GROUNDS.match(clean(L.raw[i]))), None)
    if grounds is None or any(_heading_line(clean(L.raw[i])) for i in before if i < grounds):
        return None
    if not any(OPERATIVE_VERB.search(clean(L.raw[i])) for i in before if i >= grounds):
        return None
    return Zone(before, at)


def _heading_line(s: str) -> bool:
    """A line of an act's heading over the grounds: its title (``О …``) or a line
    holding a signed number (``от 12.03.2009 № 5``, ``Решение № 5 от …``)."""
    return bool(TITLE_START.match(s) or find_number(s))
