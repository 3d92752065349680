"""A charter's state registration stamps, printed between the stamp of the decision
that adopted it and its ``УСТАВ`` line (``ЗАРЕГИСТРИРОВАН`` / ``Управлением
Министерства юстиции … по Тестовской области 30 июня 2006 года`` / ``№ RU
345120002006001``; a city's department registered the older ones, ``рег.№ 026``):
the registrar's name, date and number, never the charter's requisites nor a
heading's lines. Charters of municipalities are registered by the Ministry of
Justice everywhere, and sites and databases print the stamps over the charter."""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from .lines import Lines

REGISTERED = re.compile(r"^\s*(?:ЗАРЕГИСТРИРОВАН[АОЫ]?|Зарегистрирован[аоы]?)\b(?:\s*:)?")
# the stamp's lines after its word: the registrar (in the instrumental), the date, the
# registration number ("№ RU 345120002006001", "рег. № 026", "государственный
# регистрационный номер …")
_REGISTRAR = re.compile(r"^\s*(?:[А-ЯЁ][а-яё]+(?:ым|им|ой|ем|ом)\s|Управлени\w*|Министерств\w*|Департамент\w*"
                        r"|Главн\w+\s+управлени\w*)")
_REG_NUMBER = re.compile(r"^\s*(?:(?:рег\.?\s*)?(?:№|N)\s*(?:RU|\d)|RU\s*\d|государственный\s+регистрационный"
                         r"|регистрационный\s+(?:номер|№))", re.IGNORECASE)
_STAMP_LINES = 6  # of one stamp, blank lines not counted


def _stamp_line(s: str) -> bool:
    return bool(_REGISTRAR.match(s) or _REG_NUMBER.match(s) or find_date(s))


def past_registrations(L: Lines, j: int, end: int) -> int:
    """The first line from ``j`` (before ``end``) that is neither blank nor a line of a
    registration stamp; ``end`` where nothing else stands between."""
    while j < end:
        s = L.raw[j].strip()
        if not s:
            j += 1
            continue
        if not REGISTERED.match(s):
            return j
        j, taken = j + 1, 0
        while j < end and taken < _STAMP_LINES:
            s = L.raw[j].strip()
            if s and not _stamp_line(s):
                break
            taken += bool(s)
            j += 1
    return end


def registrations_over(L: Lines, line: int, reach: int = 30) -> int:
    """How many lines over ``line`` the registration stamps right over it begin
    (0 where none stands there)."""
    top = next((i for i in range(max(0, line - reach), line) if REGISTERED.match(L.raw[i].strip())), None)
    return 0 if top is None or past_registrations(L, top, line) < line else line - top
