"""A line that opens an act's text with what a collegial body states.

A collegium's, a commission's or a council's resolution on a report often has
no grounds and no formula under its title: its text opens with what the body
notes or found -- «Коллегия отмечает, что …», «Комиссия установила, что …»,
«Совет депутатов отмечает …». Printed hard-wrapped, that first line ends
mid-sentence without a stop, and the title above it (a nominal phrase, wrapped
too, ending with no stop either) would run on into it.

A title names; it does not say. A line opening with the body's noun in the
nominative, a capital on it, followed within three words by a finite verb
(present or past) is a sentence's start, never a title's continuation: the
name of a body inside a title stands in an oblique case (``в решение`` /
``Совета депутатов …``) and has no verb of its own.
"""
from __future__ import annotations

import re

from ingest.morph import parses

__all__ = ["body_says"]

# the body's noun, nominative, opening the line with a capital
_BODY_NOUN = re.compile(
    r"^(?:Коллегия|Комиссия|Совет|Дума|Собрание|Президиум|Правление|Комитет|Администрация|"
    r"Правительство|Управление|Отдел|Департамент|Министерство)\s+(.+)$")
_WORD = re.compile(r"[А-ЯЁа-яё-]+")


def _finite_verb(word: str) -> bool:
    """The word's likeliest reading is a finite verb (``отмечает``, ``установила``)."""
    best = parses(word.lower())[:1]
    return bool(best) and best[0].tag.POS == "VERB" and best[0].score > 0.3


def body_says(line: str) -> bool:
    """``Коллегия отмечает, что …``: a body's noun, then a finite verb among the
    next three words -- the act's text, not a title's line."""
    m = _BODY_NOUN.match(line.strip())
    if not m:
        return False
    for w in m.group(1).split()[:3]:
        core = w.strip("«»\"'(),.:;")
        if not _WORD.fullmatch(core or "-"):
            return False  # a number, a date, a quote: a name's part, not a sentence
        if _finite_verb(core):
            return True
    return False
