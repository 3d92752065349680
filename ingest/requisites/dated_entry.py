"""A site's entry line over a page that lost its heading: the date, then the title.

Commissions' and councils' sites file an act under one line, ``27.06.2019 года
О графике работы …`` (the date as the page's author typed it, even with the
year spaced off the month's stop, ``27.06. 2019``), and paste the act's text
under it without the blank's heading. When the text names its kind (``…
решила:``), that line dates and titles the act; no number is printed.
"""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

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
