"""A law printed from its last article on, with no heading above it.

Legal databases cut a law into pages by its articles and titles; a search
lands on the last one, which holds the law's own self-reference and its
signature block::

    Настоящий Закон вступает в силу с 1 января 1998 года.
    Губернатор области И.П. Сидоров
    г. Заречный 14 ноября 1997 г. N 23-ОЗ

A law is dated and numbered where its signer signs it (``Москва, Кремль`` /
``16 июля 1998 года`` / ``N 101-ФЗ``), so these are the law's own date and
number. Nothing is read unless the text calls itself a law (``Настоящий
Закон``, ``настоящий областной закон``), an office opens the signature
(``Губернатор``, ``Глава администрации``, ``Президент`` …) and, on the few
short lines under it, a date is followed by a number after its sign; a
date in the text (``вступает в силу с 1 января 1998 года``) is never taken.
No heading was printed, so the title stays unknown; the issuer too, unless
the signer's office names the region (``Губернатор Тестовской области``,
``Глава Республики …``): a law's body is its territory (record.md), and the
region whose head signs a regional law is the territory it was passed for.
"""
from __future__ import annotations

import re

from ingest.morph import to_nominative
from ingest.ru_dates import find_date

from ..date_number import find_number
from ..lines import Lines, clean
from .model import Head, Zone

# the law naming itself: "Настоящий Закон", "настоящего областного закона"
_OWN_LAW = re.compile(
    r"\bнастоящ(?:ий|его|ему|им|ем)\s+(?:(?:федеральн|конституционн|областн|краев|окружн|республиканск)"
    r"\w*\s+)?закон\w*\b", re.IGNORECASE)
# the office a signature opens with; the signer's name may be glued to it
_SIGNER = re.compile(
    r"^(?:Губернатор|Глава|Президент|Председатель|Мэр|Вице-губернатор|Временно\s+исполняющ|"
    r"Исполняющ|И\.\s?о\.|Врио|Первый\s+заместитель)", re.IGNORECASE)
# the region a regional head's office names, in the genitive; the signer's
# initials may be glued to it ("… областиИ.Ф. Петров")
_SIGNER_REGION = re.compile(
    r"^(?:Губернатор|Глава|Президент)\s+((?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:ой|ого)\s+(?:области|края))"
    r"|(?:Республики\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?))(?![а-яё])")
_SIGNATURE_LINES = 6   # the signer, his name, the place, the date, the number
_SHORT = 60            # a line of a signature block; the text's lines run longer


def head_of_law_tail(L: Lines, lo: int, zone: Zone) -> Head | None:
    """The law's date and number from its signature block, or None."""
    lines = zone.lines
    own = next((p for p, i in enumerate(lines) if _OWN_LAW.search(clean(L.raw[i]))), None)
    if own is None:
        return _signature_block_alone(L, lo, zone)
    for p in range(own + 1, min(len(lines), own + 12)):
        if not _SIGNER.match(clean(L.raw[lines[p]])):
            continue
        got = _dated_and_numbered(L, lines[p + 1:p + 1 + _SIGNATURE_LINES], clean(L.raw[lines[p]]))
        if got is not None:
            return Head(kind="закон", raw_kind="закон", inferred_kind=True, date=got[0], number=got[1],
                        body=_signer_territory(clean(L.raw[lines[p]])), start=lo, anchor=lines[p])
        return None
    return None


def _signer_territory(signer: str) -> str | None:
    """``Губернатор Тестовской области И.Петров`` -> ``Тестовская область``: the
    region the signer heads, in the nominative; None for an office naming no
    region (``Губернатор области``, ``Президент Российской Федерации``); a
    republic's name is read as one word (a signer's surname may follow it), so
    a name of two words opening with an adjective (``Северная Осетия-Алания``,
    ``Марий Эл``) is left unknown rather than cut."""
    m = _SIGNER_REGION.match(signer)
    if not m or re.search(r"Республики\s+\S+(?:ая|ий)$", m.group(1)):
        return None
    return to_nominative(m.group(1))


def _dated_and_numbered(L: Lines, below: tuple[int, ...], signer: str) -> tuple[str, str] | None:
    """A date and then a number after its sign on the signature's short lines
    (the signer's own line too: ``… В.Н.Петров`` / ``6 января 2000 года N 1-ОЗ``);
    the block ends at the first line holding the number."""
    block = [signer] if len(signer) <= _SHORT else []
    for i in below:
        s = clean(L.raw[i])
        if len(s) > _SHORT:
            return None
        block.append(s)
        if re.search(r"(?:^|\s)(?:N|№)\s*\d", s):
            text = " ".join(block)
            d = find_date(text)
            n = find_number(text[d[2]:]) if d else None
            return (d[0], n[0]) if d and n else None
    return None


# a law's number: its register's suffix says it is a law (``N 41-ФЗ``, ``N 7-ФКЗ``, ``N 23-ОЗ``, ``N 15-КЗ``)
_LAW_NUMBER = re.compile(r"^\d+-(?:ФКЗ|ФЗ|ОЗ|КЗ|РЗ)$")
_OPENING = 3  # the page opens with the signature: a database's chrome line or two at most


def _signature_block_alone(L: Lines, lo: int, zone: Zone) -> Head | None:
    """The page cut before the law's last words, opening with its signature
    (``Президент Российской Федерации В.Иванов`` / ``Москва, Кремль`` / date /
    ``N 41-ФЗ``): nothing calls the text a law, so the number must, by its
    register's suffix."""
    lines = zone.lines
    for p in range(min(len(lines), _OPENING)):
        signer = clean(L.raw[lines[p]])
        if not _SIGNER.match(signer):
            continue
        got = _dated_and_numbered(L, lines[p + 1:p + 1 + _SIGNATURE_LINES], signer)
        if got is not None and _LAW_NUMBER.match(got[1]):
            return Head(kind="закон", raw_kind="закон", inferred_kind=True, date=got[0], number=got[1],
                        body=_signer_territory(signer), start=lo, anchor=lines[p])
        return None
    return None
