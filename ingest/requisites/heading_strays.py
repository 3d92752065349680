"""Lines in and around a heading that a print adds to it and that are no part of it.

Regional and federal bodies' acts as databases and mirror sites print them
(heldout77): the issuer's line set twice over the kind word (a card-style
database repeats the heading's first block), a database's see-also link naming
the issuer in the genitive over the heading («См. Документы Федерального
агентства …»), and a letter-spaced kind word whose line break before the date was
lost («П О С Т А Н О В Л Е Н И Еот 20 октября 2004 года N …», a mirror that
glued every heading line to the next).
"""
from __future__ import annotations

import re

from ingest.morph import fold
from ingest.requisites.vocabulary import KINDS

# "См. Документы …", "См. также …", "Смотрите …": a database's link to other
# documents, never a line of a name
_SEE_ALSO = re.compile(r"^(?:См\.|Смотри(?:те)?\b)\s*\S", re.IGNORECASE)


def see_also(line: str) -> bool:
    """A database's see-also link line (``См. Документы Федеральной службы …``)."""
    return bool(_SEE_ALSO.match(line.strip()))


def _key(s: str) -> str:
    return " ".join(fold(s).split())


def repeats_block(line: str, block: str) -> bool:
    """``line`` is the name block read so far printed once more (a print's echo)."""
    return bool(block) and len(block) >= 8 and _key(line) == _key(block)


# a letter-spaced kind word run into its date ("Р А С П О Р Я Ж Е Н И Еот 05.05.2014"):
# the letters, then «от» (its «о» maybe a Latin one) and a digit
_SPACED_GLUED = re.compile(r"^(?P<lead>\s*)(?P<word>(?:[А-ЯЁ] ){3,}[А-ЯЁ])(?=[oо]т\s*\d)")


def despaced_glued_kind(line: str) -> str:
    """The line with a letter-spaced kind word glued to ``от`` written solid, else as it was."""
    m = _SPACED_GLUED.match(line)
    if not m:
        return line
    word = m.group("word").replace(" ", "")
    if fold(word) not in KINDS:
        return line
    return m.group("lead") + word + line[m.end():]
