"""A head's office with its second office in apposition after a dash.

Municipal charters give one person two offices, and the acts' headings name
both: ``Глава города Заречного - мэр города``, ``Глава Сосновского сельского
поселения - председатель Совета депутатов``, ``Глава района - глава
администрации района``. A database's one-line heading prints the whole name in
the genitive (``Постановление Главы города Заречного - мэра города от …``);
put in the nominative, the office after the dash agrees with the head's and
goes into the nominative too (its own genitive complement stays).
"""
from __future__ import annotations

import re

# the second office's word in the genitive, right after the dash
_SECOND_OFFICE = re.compile(
    r"^(?P<head>(?:Глава|ГЛАВА|Мэр|МЭР|Губернатор|ГУБЕРНАТОР)\s.+?\s[-–—]\s)"
    r"(?P<word>мэра|МЭРА|Мэра|главы|ГЛАВЫ|Главы|председателя|ПРЕДСЕДАТЕЛЯ|Председателя|"
    r"руководителя|РУКОВОДИТЕЛЯ|Руководителя)(?=\s|$)")
_NOMINATIVE = {"мэра": "мэр", "главы": "глава", "председателя": "председатель", "руководителя": "руководитель"}


def second_office_nominative(name: str) -> str:
    """``Глава города Заречного - мэра города`` -> ``Глава города Заречного - мэр города``."""
    m = _SECOND_OFFICE.match(name)
    if m is None:
        return name
    w = m.group("word")
    nom = _NOMINATIVE[w.lower()]
    nom = nom.upper() if w.isupper() else nom.capitalize() if w[:1].isupper() else nom
    return m.group("head") + nom + name[m.end("word"):]
