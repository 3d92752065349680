"""A kind line's issuer followed by a bare number, with no sign and no date.

A site's title line for an act it retells often drops the sign and the date::

    Приказ Генерального прокурора Российской Федерации 212
    Приказ Минфина России 71н

The last word, digits with at most a short letter suffix, ends the line right after the
issuer's words: it is the act's number, and not part of the issuer's name. A year
(``… Верховного Суда 2019``) is not read as a number; an issuer's own digit (a sitting,
a convocation, «1 Мая») never ends such a line with nothing but letters before it.
"""
from __future__ import annotations

import re

from .date_number import normalize_number

# the issuer's words (letters only, at least two words), then the bare number at the end
_BARE = re.compile(r"(?i)^\s*[А-ЯЁ][^\d№\"«»()]*?[а-яё.]\s+(?P<num>\d{1,5}(?:-?[а-яё]{1,3})?)\s*$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def bare_trailing_number(rest: str) -> tuple[str, int, int] | None:
    """The number (normalized), its start and end in ``rest`` — or None."""
    m = _BARE.match(rest)
    if m is None or _YEAR.match(m.group("num")) or len(rest.split()) < 3:
        return None
    return normalize_number(m.group("num")), m.start("num"), m.end("num")
