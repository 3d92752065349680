"""Russian dates as printed in acts, to ISO ``YYYY-MM-DD``.

Recognised forms (the ones clerks, legal databases and OCR produce):
``12.03.2024``, ``12.03.24``, ``12/03/2024``, ``2024-03-12``,
``«12» марта 2024 г.``, ``"12" марта 2024 года``, ``от 12 марта 2024 года``,
``04.02.2021 Г.``, ``8 сентября 2004 г.``, ``12 марта 2024г``, ``« 12 » 03 2019 г.``.
An impossible date (``31.02.2024``) is not a date: ``None``.
"""
from __future__ import annotations

import datetime as _dt
import re

from ingest.linememo import per_line

# the months as dates name them (genitive), January first
GENITIVE_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                   "августа", "сентября", "октября", "ноября", "декабря")
MONTHS = {
    **{name: k for k, name in enumerate(GENITIVE_MONTHS, 1)},
    # abbreviations seen in registers and newspaper mastheads
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7,
    "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}

_Q_OPEN = "«\"„“'"
_Q_CLOSE = "»\"“”'"
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# day month-word year: «12» марта 2024 г. / 8 сентября 2004 года
_WORDY = (
    r"[" + _Q_OPEN + r"]?\s?(?P<wd>\d{1,2})\s?[" + _Q_CLOSE + r"]?\s*"
    r"(?P<wm>" + _MONTH_ALT + r")\.?\s*(?P<wy>(?:19|20)\d{2})(?!\d)"
    r"(?:\s*(?:года|год|г\.?|Г\.?))?"
)
# numeric: 12.03.2024, 12.03.24, 12/03/2024 (same separator both times);
# a doubled dot (09..12.2025, 09.12..2025) is a misprint sites keep, taken only
# before a four-digit year: "1..12.20" is a range of points, not a date
_Y4 = r"(?:19|20)\d{2}(?!\d)"
_NUMERIC = (
    r"(?<![\d.])(?P<nd>\d{1,2})(?P<sep>[./])(?:(?<=\.)\.(?=\d{1,2}\." + _Y4 + r"))?"
    r"(?P<nm>\d{1,2})(?:\.(?=\." + _Y4 + r"))?(?P=sep)"
    # "15.05. 2012": a web page's stray space before the year; the day in one digit only
    # after «от» ("от 7.11. 2006г."), where a numbered point ("1.12. 2019 год …") never stands
    r"(?:(?:(?<=\d\d[./]\d\d[./])|(?<=от\s\d[./]\d\d[./]))\s(?=(?:19|20)\d{2}(?!\d)))?"
    r"(?P<ny>(?:19|20)\d{2}|\d{2})(?![\d])(?!\.\d)"
    r"(?:\s*(?:года|год|г\.?|Г\.?))?"
)
# a blank's day in quotes and its month in digits: « 12 » 03 2019 г.
_QUOTED_NUMERIC = (
    r"[" + _Q_OPEN + r"]\s?(?P<qd>\d{1,2})\s?[" + _Q_CLOSE + r"]\s*(?P<qm>\d{1,2})\s*[.\s]\s*"
    r"(?P<qy>(?:19|20)\d{2})(?!\d)(?:\s*(?:года|год|г\.?|Г\.?))?"
)
_ISO = r"(?<!\d)(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})(?!\d)"

DATE_RE = re.compile("(?:" + _WORDY + ")|(?:" + _QUOTED_NUMERIC + ")|(?:" + _NUMERIC + ")|(?:" + _ISO + ")",
                     re.IGNORECASE)


def _two_digit_year(y: int) -> int:
    # "12.03.24" in an act can only be a past or current year: 24 -> 2024,
    # 98 -> 1998 (the pivot is the current year, not a fixed 50).
    pivot = _dt.date.today().year % 100
    return 2000 + y if y <= pivot else 1900 + y


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def match_to_iso(m: re.Match) -> str | None:
    """ISO date of a ``DATE_RE`` match, or None when it is impossible."""
    if m.group("wd"):
        return _iso(int(m.group("wy")), MONTHS[m.group("wm").lower()], int(m.group("wd")))
    if m.group("qd"):
        return _iso(int(m.group("qy")), int(m.group("qm")), int(m.group("qd")))
    if m.group("nd"):
        y = m.group("ny")
        year = int(y) if len(y) == 4 else _two_digit_year(int(y))
        return _iso(year, int(m.group("nm")), int(m.group("nd")))
    return _iso(int(m.group("iy")), int(m.group("im")), int(m.group("id")))


@per_line()
def find_date(s: str, start: int = 0) -> tuple[str, int, int] | None:
    """The first valid date in ``s``: (iso, start, end) of its printed form."""
    for m in DATE_RE.finditer(s, start):
        iso = match_to_iso(m)
        if iso:
            return iso, m.start(), m.end()
    return None


def parse_date(s: str | None) -> str | None:
    """ISO date of the first date printed in ``s`` (see module doc), or None."""
    if not s:
        return None
    found = find_date(s)
    return found[0] if found else None
