"""A site's page title naming the act's kind and its quoted title over the delivered file
(``Распоряжение "О проведении …"`` / the file's heading: the region, the administration, the
kind word, the date and the number, no title line): a blank that leaves the title out (an
order on a routine matter) is posted under the page's own title, which is the act's.

Read only where the file's heading printed no title, from the lines above the heading's
block, and only when the page line names the same kind as the heading: another kind's line
is the title of some other act the page lists.
"""
from __future__ import annotations

import re

from .lines import Lines, clean
from .vocabulary import kind_alternation, kind_from_word

_KIND_QUOTED_TITLE = re.compile(
    r"^(?P<kind>" + kind_alternation(str.capitalize) + r")\s+[\"«„“](?P<title>(?:О|Об|Обо)\s[^\"«»„“]{5,400}?)"
    r"[\"»“”]\s*$")
_LOOK_BACK = 8


def page_kind_title(L: Lines, top: int, lo: int, kind: str | None) -> str | None:
    """The quoted title of the page's ``<Kind> "О …"`` line within a few lines over the
    heading's block (its first line ``top``), the kind being the act's; else None."""
    if kind is None:
        return None
    for i in range(top - 1, max(lo, top - _LOOK_BACK) - 1, -1):
        m = _KIND_QUOTED_TITLE.match(clean(L.raw[i]).strip())
        if m and kind_from_word(m.group("kind")) == kind:
            return m.group("title").strip()
    return None
