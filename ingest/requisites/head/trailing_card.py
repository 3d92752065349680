"""A portal's card printed after the act's text (regional platforms of
municipal sites): ``Постановление`` / ``348`` / ``18 мая 2009 года`` /
``26 мая 2009 года`` (published) / ``Поделиться``. The page opens with the
site's name and the act's title; the text above the card has no heading.
The card may name the issuer in the genitive after the kind word and print no
number (``Решение собрания депутатов`` / ``02 ноября 2005 года`` / …): the
issuer is then read as the card names it (``собрание депутатов``), and the
operative formula above names it whole (see ``issuer.issuer_from_text``)."""
from __future__ import annotations

import re

from ingest.numbers import normalize_number
from ingest.ru_dates import find_date

from ..lines import Lines, clean
from ..names import body_head_gen, nominative
from ..title import title_from
from ..vocabulary import TITLE_START, VERB_KIND
from .model import Anchor, Head, Zone

_NUMBER_ALONE = re.compile(r"\d[\w./-]{0,15}")
# a card's date alone on its line ("02 ноября 2005 года", "18.05.2009")
_DATE_ALONE = re.compile(r"(?:\d{1,2}\s+[а-яё]{3,8}\s+(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\s*(?:года|г\.?)?")


def head_from_trailing_card(L: Lines, lo: int, zone: Zone, anchor: Anchor) -> Head | None:
    """The act read from a bare kind word under its text, the number and the
    date on the next lines; None when the kind line is a heading's."""
    k, kl = anchor.line, anchor.kind_line
    issuer = kl.rest.strip()
    if issuer and not (len(issuer.split()) <= 8 and body_head_gen(issuer)):
        return None  # (the kind line goes on with a date or a title: a heading's)
    above = [i for i in zone.lines if i < k]
    text_above = " ".join(clean(L.raw[i]) for i in above)
    if not VERB_KIND.search(text_above) and len(text_above) < 400:
        return None  # the operative text comes before a card, after a heading
    below = [i for i in range(k + 1, min(len(L.raw), k + 8)) if L.raw[i].strip()][:2]
    if len(below) < 2:
        return None
    number = None
    if _NUMBER_ALONE.fullmatch(clean(L.raw[below[0]])):
        number, d = normalize_number(clean(L.raw[below[0]])), find_date(clean(L.raw[below[1]]))
    elif issuer and _DATE_ALONE.fullmatch(clean(L.raw[below[0]])) and _DATE_ALONE.fullmatch(clean(L.raw[below[1]])):
        d = find_date(clean(L.raw[below[0]]))  # (adopted, then published: no number printed)
    else:
        return None
    if not d:
        return None
    first = next((i for i in above[:4] if TITLE_START.match(clean(L.raw[i]))), None)
    title = title_from(L, first, k).text if first is not None else None
    return Head(kind=kl.kind, raw_kind=kl.raw_kind, number=number, date=d[0], title=title,
                body=nominative(issuer) if issuer else None, start=lo, anchor=k, card_under_text=True)
