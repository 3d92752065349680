"""The act's date and number printed on the line UNDER its title.

Municipal sites and portals often print an act title first (the page's heading
or a list entry) and its requisites on the line below, with no kind word and no
issuer over them: ``Об утверждении плана работы …`` / ``03.02.2016 № 12``,
``… / № 45 от 15.06.2021``, ``… / от 09.03.2021 № 31-п``, or a portal's card
``Дата: 12.03.2024  Номер: 145``. Such a line holds the date and the number and
nothing else (``date_number.requisites_only``); a line that goes on (a
sentence citing an act: ``В соответствии с постановлением от … № …``) is the
text, never the act's requisites.
"""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from .date_number import DateNumber, find_number, requisites_only

# a portal's card under the title: "Дата: 12.03.2024  Номер: 145" ("Дата принятия:", "№:")
_CARD = re.compile(r"(?i)^дата(?:\s+(?:принятия|документа|подписания))?\s*:\s*(?P<date>.{6,30}?)\s*[|;,]?\s+"
                   r"(?:номер(?:\s+документа)?|№)\s*:\s*(?P<num>\S{1,30})\s*$")
# "от 9 марта 2021 О порядке …": a list line, the act's date then its title (no number)
DATED_LIST_LINE = re.compile(r"(?i)^от\s+(?=\d)")


def requisites_under(s: str) -> DateNumber | None:
    """The date and number of a line under a title that holds only them."""
    got = requisites_only(s)
    if got is not None:
        return got
    m = _CARD.match(s)
    if m is None:
        return None
    d, n = find_date(m.group("date")), find_number("№ " + m.group("num"))
    return DateNumber(d[0], n[0]) if d and n else None
