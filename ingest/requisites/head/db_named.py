"""A legal database's print of an approved document alone, its name first and the
database's stamp under the name (Garant: ``Областная программа`` / ``"Развитие
образования …"`` / ``(утв. Законом … области от 16 апреля 2001 г. N 255)``, or
``Порядок`` / ``предоставления субсидий …`` / ``(утв. постановлением Правительства
… края от … N 214-п)``), no «Приложение» over it and no act text before it.

The page is the annex of the act the stamp names, as a page with «Приложение»
over the same name is (``db_annex``): that act's kind, issuer, date and number;
the annex's own name is not the act's title. The stamp must be whole (its act's
kind, date and number), and the name must open with a document's word, so a
title page citing an approval in brackets is not taken for one.
"""
from __future__ import annotations

from ..date_number import from_date_number
from ..lines import Lines, clean
from ..names import nominative
from ..annex_column import DOCUMENT_WORD
from ..stamp import DATABASE_STAMP, read_stamp
from ..vocabulary import ANNEX_ALONE
from .db_annex import stamped_act, whole
from .model import Head, Zone

_NAME_LINES = 6  # the approved document's name: its word and a few wrapped lines


def head_named_over_database_stamp(L: Lines, lo: int, zone: Zone) -> Head | None:
    """The act whose annex the page is, when the page opens with the approved
    document's name and the database's whole stamp follows it; else None."""
    lines = zone.lines[:_NAME_LINES + 1]
    if not lines or not DOCUMENT_WORD.match(clean(L.raw[lines[0]])):
        return None
    for k, i in enumerate(lines[1:], start=1):
        s = L.raw[i].strip()
        if DATABASE_STAMP.match(s):
            st = read_stamp(L, i, zone.limit, DATABASE_STAMP)
            return stamped_act(st, lo, i, annex_only=True) if whole(st) else None
        if len(clean(s)) > 160:
            return None  # a paragraph of text: not a name
    return None




def head_of_annex_without_kind(L: Lines, lo: int, zone: Zone) -> Head | None:
    """``Приложение N 3`` / ``Губернатора … области`` / ``от 14 января 2014 г. N 18``:
    an annex's stamp a print left without the approving act's kind word (``к
    постановлению``), the issuer in the genitive right under the annex line and the
    date and number under it. The annex's act: its issuer, date and number; its kind
    not printed, so none is guessed."""
    lines = zone.lines[:4]
    for k, i in enumerate(lines[:-2]):
        if not ANNEX_ALONE.match(clean(L.raw[i])):
            continue
        issuer, dated = clean(L.raw[lines[k + 1]]), clean(L.raw[lines[k + 2]])
        words = issuer.split()
        if not words or len(issuer) > 100 or words[0].lower() not in _GEN_HEADS \
                or not (got := from_date_number(dated, placed=True)):
            return None
        return Head(body=nominative(L.fix(issuer)), date=got.date, number=got.number, start=lo,
                    anchor=lines[k + 2], annex_only=True)
    return None


# the genitive of the issuers' head words an annex's stamp names
_GEN_HEADS = {"губернатора", "правительства", "администрации", "министерства", "главы", "мэра",
              "совета", "думы", "департамента", "комитета", "управления", "агентства",
              "президента", "кабинета", "коллегии", "собрания"}
