"""Two shapes of a page that is a single line of a site's list, with neither a
heading nor a title:

- ``№10 от 20.02.2016 (в ред. постановлений … от … № …)``: a municipal site's
  register of its acts files each under its number and date, the kind word left
  to the section it sits in, an edition note the only thing after them (the
  amending acts' requisites are not the act's);
- a page whose letters were lost in decoding (a cp1251 page read as UTF-8: every
  Cyrillic letter a U+FFFD): the digits survive, so the first date in digits with a
  number after its sign (``N``, ``№`` or a lost letter) is the act's; a number
  with a lost letter in it (``277-��``) is not legible and is left out.
"""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

_EDITION = r"\(\s*(?:в\s+ред|с\s+изм|ред\.)[^()]*\)?"
_ALONE = re.compile(r"^№\s*(?P<num>\d[\w./-]{0,20}?)\s*от\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})(?:\s*г\.?)?"
                    r"\s*(?:" + _EDITION + r")?\s*$", re.IGNORECASE)


def entry_alone(s: str) -> tuple[str, str] | None:
    """The date and number of a list line ``№10 от 20.02.2016`` standing alone, or
    with an edition note after it; None for any other line."""
    m = _ALONE.match(s.strip())
    d = find_date(m.group("date")) if m else None
    return (d[0], m.group("num").rstrip(".")) if d else None


LOST = "\ufffd"
# a date in digits, then (past the lost «г.») the number's sign and the number
_DATE_SIGN_NUMBER = re.compile(r"(?<![\d.])(?P<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)(?:\s*" + LOST + r"\.?)?"
                               r"\s+(?:N|№|" + LOST + r")\s*(?P<num>\d[^\s\"«»,;()]{0,20})")


def garbled(text: str) -> bool:
    """Whether the page lost its letters in decoding: the replacement character
    outnumbers the legible Cyrillic letters many times over."""
    head = text[:3000]
    lost = head.count(LOST)
    cyr = len(re.findall(r"[А-Яа-яЁё]", head))
    return lost >= 40 and lost > 10 * cyr


def garbled_requisites(text: str) -> tuple[str, str | None] | None:
    """The date and (when legible) the number of a page that lost its letters."""
    if not garbled(text):
        return None
    m = _DATE_SIGN_NUMBER.search(text[:3000])
    if not m:
        return None
    d = find_date(m.group("date"))
    if not d:
        return None
    num = m.group("num").rstrip(".-")
    return d[0], (None if LOST in num or num.endswith("-") else num)
