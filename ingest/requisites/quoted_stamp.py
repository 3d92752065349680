"""An approval stamp quoted as an amended annex's new wording, not the page's own.

An amending act that restates an annex prints the annex's heading inside its
text: ``1. Форму …, утвержденную приказом … от 29.07.2022 N 204, изложить в новой
редакции:`` / ``"Приложение`` / ``Утверждена`` / ``приказом …`` / ``от 29.07.2022 N 204``.
The stamp names the amended act, quoted; a page that opens inside the amending
act's text (a database's print past its heading) must not take it for the act on
the page. Quoted: the stamp's line or the annex line over it opens with a quote
mark, or the line above the stamp's block ends by announcing the new wording.
"""
from __future__ import annotations

import re

from .lines import Lines, clean

# the announcement of a restated wording: "изложить в новой редакции:", "в следующей
# редакции:", "дополнить приложением следующего содержания:"
_NEW_WORDING = re.compile(r"(?:\bредакции|\bсодержания|\bвида)\s*:\s*$", re.IGNORECASE)
# a quote mark opening an annex's heading or stamp
_QUOTED_OPEN = re.compile(r"^[\"«„“](?:Приложение|ПРИЛОЖЕНИЕ|Утвержден|УТВЕРЖДЕН)")


def quoted_stamp(L: Lines, i: int) -> bool:
    """Whether the stamp at line ``i`` is quoted as an amended annex's new wording."""
    if _QUOTED_OPEN.match(clean(L.raw[i])):
        return True
    above = [k for k in range(max(0, i - 3), i) if L.raw[k].strip()]
    if not above:
        return False
    prev = clean(L.raw[above[-1]])
    if _NEW_WORDING.search(prev):
        return True
    if _QUOTED_OPEN.match(prev) and len(prev) <= 20:
        # "«Приложение N 2" over "Утверждена": the quote opened the annex's heading
        return True
    return False
