"""A title's name in quotes printed as a paragraph of its own (reqrand147, heldout74).

A site that gives each line of a heading a paragraph of its own breaks a title
before the name its last noun governs: ``О введении режима функционирования`` /
(blank) / ``«Повышенная готовность»``, ``О присвоении наименования`` / (blank) /
``«Сосновая аллея»``. A paragraph that is nothing but one name in quotes, under a
title that ends on a noun with no stop and no quote of its own, goes on the title.
A quoted phrase that a sentence of the text continues (``«Лучшая усадьба года»
проведён в июне …``) is not wholly quoted and stays apart; so does a long
quoted passage (an amendment's new wording), which no name is."""
from __future__ import annotations

import re

from ingest.morph import parses

from .quotes import CLOSE_QUOTES, OPEN_QUOTES, quotes_left_open

_MAX_NAME = 120
# a sentence's end inside the quotes: the paragraph is a quotation, not a name
_STOP_INSIDE = re.compile(r"[.!?]\s+[А-ЯЁ]")


def quoted_name(s: str) -> bool:
    """Whether ``s`` is one name in quotes and nothing else: it opens with a quote,
    ends with a closing one, holds no sentence's end and is short."""
    s = s.strip()
    return (len(s) <= _MAX_NAME and s[:1] in OPEN_QUOTES and s[-1:] in CLOSE_QUOTES and len(s) > 3
            and not quotes_left_open(s) and not _STOP_INSIDE.search(s))


def name_goes_on_title(title: str, s: str) -> bool:
    """Whether paragraph ``s`` is the quoted name ending ``title`` (see the module
    doc): the title ends on a noun, the paragraph is a name in quotes."""
    words = title.split()
    if not words or not quoted_name(s):
        return False
    last = words[-1].lower()
    return last.isalpha() and any(p.tag.POS == "NOUN" for p in parses(last)[:2])
