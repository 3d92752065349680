"""A page that is a program's (or a regulation's) approval note and nothing else
above its text: ``(одобрена на заседании Правительства … от … № 5, утверждена
постановлением Правительства … от … № 410-П, с изм. от … № 88-П, …)``.

Ministries' and municipalities' program pages open with such a note in brackets
instead of a stamp. The act on the page is the one the note says *approved* it;
the sitting that endorsed it (``одобрена на заседании … № 5``) and the acts that
amended it (``с изм.``/``в ред. от … № …``) lend it nothing. The approving clause is
laid out again as the stamp a copy prints (``Утверждена постановлением … от … №
…``) and read as a stamp is (``stamp.read_stamp``).
"""
from __future__ import annotations

import re

from .date_number import find_number
from ingest.ru_dates import find_date

_NOTE_LINES = 3  # the note stands on the page's first non-empty lines
# the approval clause inside a bracketed note: the participle (or «утв.») and the act's word
_APPROVED_BY = re.compile(r"(?:^|[(,;]\s*)(?P<word>утвержден[аоы]?|утв\.)\s+"
                          r"(?P<act>(?:постановлением|решением|распоряжением|приказом|указом)\b.*)$",
                          re.IGNORECASE)
# where the clause ends: an amendment's or an edition's note, or the bracket's close
_CLAUSE_END = re.compile(r",\s*(?:с\s+изм|в\s+ред|с\s+изменениями|в\s+редакции)|\)\s*$", re.IGNORECASE)


def approval_note(text: str) -> str | None:
    """The page laid out again with its bracketed approval note's approving clause as
    a stamp's line on top (``Утверждена постановлением … от … № …``), or None when
    the page does not open with such a note naming the act's date and number."""
    lines = text.split("\n")
    seen = 0
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s:
            continue
        seen += 1
        if seen > _NOTE_LINES:
            return None
        if not s.startswith("("):
            continue
        m = _APPROVED_BY.search(s)
        if m is None:
            continue
        act = m.group("act")
        end = _CLAUSE_END.search(act)
        clause = act[:end.start()] if end else act
        if not (find_date(clause) and find_number(clause)):
            return None
        word = m.group("word")
        word = "Утвержден" if word.lower().startswith("утв.") else word[:1].upper() + word[1:].lower()
        return "\n".join([f"{word} {clause.strip()}", ""] + lines[i + 1:])
    return None
