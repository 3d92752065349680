"""A page whose first line names its act after a preposition, the kind word in the dative.

A firm's disclosure page, a utility's tariff page or a site's notice often carries no
heading of the act it rests on, only a line naming it::

    По приказу ФСТ России №312-э от 14.06.12 г.
    Согласно постановлению Региональной энергетической комиссии … от 20.12.2018 № 77/4

The line is the page's reference to its act: read as the database's one-line heading
(``Приказ ФСТ России №312-э от 14.06.12 г.``), the issuer in the genitive after the kind
word. Only the text's first line is read so, and only when it holds the kind, issuer,
date and number: a sentence of an act's text opening «По распоряжению … от … № …
постановляю:» (its verb, or a colon or comma closing the line) is not read.
"""
from __future__ import annotations

import re

from ..lines import Lines

# the dative kind word and the nominative the heading prints
_KINDS = {"приказу": "Приказ", "постановлению": "Постановление", "распоряжению": "Распоряжение",
          "решению": "Решение", "указу": "Указ"}
_LEAD = re.compile(r"^(?:По|Согласно)\s+(?P<kind>" + "|".join(_KINDS) + r")\s+(?=\S)", re.IGNORECASE)


def lead_as_heading(L: Lines, i: int, s: str) -> str | None:
    """``s`` (line ``i``) rewritten as a one-line heading when it is the text's first line
    and opens «По приказу …» / «Согласно постановлению …»; None otherwise. The caller
    still requires a date and a number on it."""
    m = _LEAD.match(s)
    if m is None or len(s) > 250 or any(L.raw[j].strip() for j in range(i)):
        return None
    if s.rstrip().endswith((":", ",", ";")) or re.search(r"\b(?:постановля|приказыва|решил|распоряжа)", s, re.I):
        return None
    return _KINDS[m.group("kind").lower()] + " " + s[m.end():]
