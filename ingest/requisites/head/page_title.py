"""A page's title naming the act by its kind, its issuer in the genitive and its
topic (``Решение кировской городской думы о налоге на имущество …``), with no
date and no number, over the act's own block that prints no kind word
(``КИРОВСКАЯ ГОРОДСКАЯ ДУМА`` / ``от 24 ноября 2010 г. N 46/6`` / ``О НАЛОГЕ …``):
the title is the site's, the block is the act's heading. Read as a heading, the
title would give the issuer run into the topic and the date of whatever the
page prints next (an edition's start, a publication)."""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from ..date_number import find_number, requisites_only
from ..kind_line import KindLine
from ..lines import Lines, clean
from ..names import gen_word, names_organ

# the topic after the issuer's words: "… думы о налоге …", "… района об утверждении …"
_TOPIC = re.compile(r"\s(?:о|об|обо)\s", re.IGNORECASE)


def title_over_block(L: Lines, lines: tuple[int, ...], i: int, kl: KindLine) -> bool:
    """Line ``i`` (its kind line ``kl``) is such a page title: a genitive issuer
    and a topic after the kind word, no date or number, and within the next
    lines an issuer's line in capitals with the date-and-number line under it."""
    rest = kl.rest
    if not rest or kl.titled or find_date(rest) or find_number(rest) or not gen_word(rest.split()[0]):
        return False
    if not _TOPIC.search(" " + rest):
        return False
    pos = lines.index(i)
    after = lines[pos + 1:pos + 12]
    for a, b in zip(after, after[1:]):
        up, req = clean(L.raw[a]), clean(L.raw[b])
        if up.isupper() and names_organ(up) and requisites_only(req) and find_date(req) and find_number(req):
            return True
    return False
