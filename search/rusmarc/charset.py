"""Character sets of the export: UTF-8 (the default; RUSMARC 100 $a/26-29
``50``) or Windows-1251 for older IRBIS installations (``0189``: ISO 646
plus RUSMARC's code 89 for Windows-1251).

Russian text fits Windows-1251 whole (with №, «», – and —); what does not
(Latin letters with diacritics, other scripts, symbols) is transliterated to
its base letter when Unicode decomposes it (é → e), else replaced with
``?``; the export names each record and the characters it lost.
"""
from __future__ import annotations

import unicodedata

from pymarc import Record as MarcRecord

CP1251 = "cp1251"
# common characters with a plain Windows-1251 spelling that NFKD does not give
_SPELL = {"‐": "-", "‑": "-", "−": "-", "‒": "-", "―": "—", "′": "'",
          "″": "\"", "‚": ",", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
          "ǂ": "?", "≤": "<=", "≥": ">=", "×": "x", "→": "->"}


def fit(value: str, encoding: str, lost: set[str]) -> str:
    """``value`` written in ``encoding`` characters only; each character that
    could not be kept as it is goes into ``lost``."""
    if encoding != CP1251:
        return value
    try:
        value.encode(CP1251)
        return value
    except UnicodeEncodeError:
        pass
    out = []
    for ch in value:
        try:
            ch.encode(CP1251)
            out.append(ch)
            continue
        except UnicodeEncodeError:
            lost.add(ch)
        alt = _SPELL.get(ch)
        if alt is None:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                           if not unicodedata.combining(c))
            alt = base if base and base != ch and _fits(base) else "?"
        out.append(alt)
    return "".join(out)


def _fits(s: str) -> bool:
    try:
        s.encode(CP1251)
        return True
    except UnicodeEncodeError:
        return False


def fit_record(m: MarcRecord, encoding: str) -> set[str]:
    """Make every value of ``m`` writable in ``encoding``; the characters lost."""
    lost: set[str] = set()
    if encoding != CP1251:
        return lost
    for f in m.fields:
        if f.is_control_field():
            f.data = fit(f.data, encoding, lost)
        else:
            for i, sf in enumerate(f.subfields):
                f.subfields[i] = type(sf)(sf.code, fit(sf.value, encoding, lost))
    return lost
