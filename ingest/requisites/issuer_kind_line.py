"""An issuer's name and the act's kind word printed on one heading line.

A converted print (a Word blank laid out in a table, a database's text from
it) may lose the line break between the issuer's name and the kind word under
it: ``ПРАВИТЕЛЬСТВО ЗАРЕЧНОГО АВТОНОМНОГО ОКРУГА ПОСТАНОВЛЕНИЕ``, the date and
number on the row under it (``14 марта 2019 г.      № 245-П``). Left so, the
line is no kind line: a database's reference line above it is taken for the
heading and the run-on line for the title's first words. Laid out again as the
blank prints it - the issuer's line, then the kind word alone - the heading is
read from its kind line.

Only a line set wholly in capitals, whose words before the kind word name an
issuer in the nominative (``names.issuer_line``) and whose next lines give a
date or a number: a title in capitals ending in a kind word (``О ПОРЯДКЕ …
РЕШЕНИЕ``) names no issuer; a site's menu line has no requisites under it.
"""
from __future__ import annotations

import re
from typing import Callable

from .date_number import is_date_or_number_line

# the issuer's name in capitals (letters, spaces, hyphens, quotes, brackets, commas), then the kind word
_NAME_THEN_KIND = re.compile(
    r"^(?P<name>[А-ЯЁ][А-ЯЁ\s«»\"(),.-]{8,160}?)\s+(?P<kind>ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|РЕШЕНИЕ|УКАЗ)\s*$")

_HEAD_LINES = 60  # the heading is among a text's first lines


def _requisites_follow(raw: list[str], i: int) -> bool:
    """The next non-empty line (within eight: a print's blank rows between) gives a date or a number."""
    nxt = [s.strip() for s in raw[i + 1:i + 9] if s.strip()]
    return bool(nxt) and is_date_or_number_line(nxt[0])


def split_issuer_kind(raw: list[str], issuer_line: Callable[[str], bool]) -> list[str]:
    """``raw`` with each heading line ``ISSUER KIND`` over a date-and-number row laid
    out as the issuer's line, a blank line and the kind word alone."""
    out: list[str] = []
    for i, ln in enumerate(raw[:_HEAD_LINES]):
        m = _NAME_THEN_KIND.match(ln.strip()) if len(ln) < 200 else None
        if m and issuer_line(" ".join(m.group("name").split())) and _requisites_follow(raw, i):
            out += [m.group("name").strip(), "", m.group("kind")]
        else:
            out.append(ln)
    return out + raw[_HEAD_LINES:]
