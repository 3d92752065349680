"""A digit or two stuck before the kind word at the top of an act: a page's
item number or a footnote mark the site ran into the heading (``0Решение``,
``1 Решение`` alone on its line). Left there, the kind is still read but the
heading block «0Решение Совета депутатов …» became the body. Only the heading
zone is looked at, and only a digit glued to a capitalised kind word or
standing alone with it on its line: ``1. Решение вступает в силу …`` in the
text is a clause and stays as it is."""
from __future__ import annotations

import re

from .vocabulary import NOM_KINDS

HEAD_LINES = 40
_STRAY = re.compile(
    rf"^(?P<lead>[ \t]*)\d{{1,2}}(?:(?=(?:{NOM_KINDS})\b)|(?=(?i:{NOM_KINDS})\b)(?=[А-ЯЁ])|[ \t]+(?=(?i:{NOM_KINDS})[ \t]*$))",
    re.MULTILINE)


def drop_stray_digit(text: str) -> str:
    head_end = 0
    for _ in range(HEAD_LINES):
        nl = text.find("\n", head_end)
        if nl < 0:
            head_end = len(text)
            break
        head_end = nl + 1
    head = text[:head_end]
    fixed = _STRAY.sub(lambda m: m.group("lead"), head)
    return text if fixed == head else fixed + text[head_end:]
