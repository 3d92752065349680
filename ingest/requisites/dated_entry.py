"""A site's entry line over a page that lost its heading: the date, then the title.

Commissions' and councils' sites file an act under one line, ``27.06.2019 года
О графике работы …`` (the date as the page's author typed it, even with the
year spaced off the month's stop, ``27.06. 2019``), and paste the act's text
under it without the blank's heading. When the text names its kind (``…
решила:``), that line dates and titles the act; no number is printed. The
line opens the page, or stands under the page's own title that repeats the
act's (a site's or a database's page title, quoted or with its editions).
"""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from .lines import folded
from .title import listing_title
from .vocabulary import TITLE_START

_DATED_TITLE = re.compile(
    r"^(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d|\d{1,2}\s+[а-яё]{3,8}\s+(?:19|20)\d\d)"
    r"(?:\s*(?:года|г\.|г(?=\s)))?\s+(?P<title>(?:О|Об|Обо)\s+[а-яё].{10,})$")


def dated_entry(line: str) -> tuple[str, str] | None:
    """The date (ISO) and the title of a ``<date> [года] О …`` entry line."""
    m = _DATED_TITLE.match(line)
    if m is None:
        return None
    got = find_date(m.group("date"))
    title = listing_title(m.group("title"))
    if not got or not title or not TITLE_START.match(title):
        return None
    return got[0], title


def entry_in(lines: list[str]) -> tuple[int, str, str] | None:
    """The position, date and title of the entry line among a page's first
    ``lines`` (cleaned): the first two, or under a line that names its title."""
    for k, s in enumerate(lines[:12]):
        got = dated_entry(s)
        if got is None:
            continue
        title = folded(got[1])
        if k < 2 or any(title in folded(t) and len(t) < len(got[1]) + 80 for t in lines[:k]):
            return k, got[0], got[1]
    return None
