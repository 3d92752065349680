"""A page that opens with the act's title, no heading block over it, and
prints the act's text, its operative formula and signature, then the document
the act approves under that document's own kind word (``Об утверждении
положения о бюджетном процессе`` / preamble / ``Решил:`` / items / signature /
``Положение`` / ``о бюджетном процессе …``).

The kind line ``Положение`` further down is the annex's heading, not the
act's: the act is the one the page opens with (its kind is the one its text
names, its title the page's first lines). Only when the title opens the page
and the formula comes before that kind line: a page that opens with the
regulation itself (``Положение о …`` first), or an act's own heading block,
stays as it was read.
"""
from __future__ import annotations

import re

from ingest.status import is_note_line

from ..lines import Lines, clean
from ..vocabulary import APPROVED_DOCUMENTS, OPERATIVE_VERB, TITLE_START



def annex_after_formula(L: Lines, lines: tuple[int, ...], i: int) -> bool:
    """Whether the kind line at ``i`` follows a page that opened with a title
    (``О …``/``Об …``) and whose operative formula comes before it."""
    above = [k for k in lines if k < i and not is_note_line(clean(L.raw[k]))]
    if not above or not TITLE_START.match(clean(L.raw[above[0]])):
        return False
    return any(OPERATIVE_VERB.search(clean(L.raw[k])) for k in above[1:])


_ANNEX_LINE = re.compile(r"^(?:Приложение|ПРИЛОЖЕНИЕ)(?:\s*(?:N|№)?\s*\d+)?\b")


def document_over_annex_stamp(L: Lines, lines: tuple[int, ...], anchor_line: int, kind: str, stamp) -> bool:
    """A database's titles page: the document's name first (``Устав города
    Заречного (с изменениями на …)``, after the status word only), the stamp of
    the act it is annexed to right under it (``Приложение`` / ``к решению
    городской Думы`` / ``от 09.04.1996 N 211``): the page is that act's annex,
    the act is the one the stamp names (whole: kind, date and number)."""
    if kind not in APPROVED_DOCUMENTS or not (stamp and stamp.annex and stamp.kind and stamp.date and stamp.number):
        return False
    above = [k for k in lines if k < anchor_line]
    if any(not is_note_line(clean(L.raw[k])) for k in above):
        return False
    below = next((k for k in lines if k > anchor_line), None)
    return below is not None and bool(_ANNEX_LINE.match(clean(L.raw[below])))
