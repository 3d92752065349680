"""A site's list of documents names each act on a numbered line of its own,
the kind word often in lower case: ``2. приказ департамента образования … от
16.03.2017 г. № 23а-387``. Standing alone (a page whose excerpt is that line)
it is the act's one-line reference, as an aggregator's line is; the counter is
the list's, and the kind word is the act's though not capitalised.

An item of a repeal list inside an act's text (``1. постановление … от … №
15;``) ends with the list's ``;`` or ``.`` and follows the act's own heading,
which is read first."""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from .date_number import find_number
from .vocabulary import ACT_KINDS, kind_from_word

# the list's counter: one to three digits and a dot (not "1.1.", not a date)
_COUNTER = re.compile(r"^\d{1,3}\.\s+(?=[А-ЯЁа-яё])")


def listed_act(s: str) -> str | None:
    """The line without its counter, the kind word capitalised, when ``s`` is a
    numbered list line naming an act by its kind, date and number and ending
    with the number (or the title in quotes); else None."""
    m = _COUNTER.match(s)
    if not m:
        return None
    rest = s[m.end():].strip()
    word = rest.split()[0] if rest else ""
    if kind_from_word(word) not in ACT_KINDS or rest.endswith((";", ",", ".", ":")):
        return None
    if not (find_date(rest) and find_number(rest)):
        return None
    return rest[:1].upper() + rest[1:]
