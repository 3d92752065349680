"""The chairman of the body named over the kind word.

A council's, a duma's or a chamber's chairman issues acts of his own
(распоряжения, постановления председателя, as municipal charters provide),
printed on the body's blank: ``СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО ГОРОДСКОГО
ПОСЕЛЕНИЯ`` / ``РАСПОРЯЖЕНИЕ`` / ``ПРЕДСЕДАТЕЛЯ``. The issuer is the chairman
of that body -- ``ПРЕДСЕДАТЕЛЬ СОВЕТА ДЕПУТАТОВ ЗАРЕЧНОГО ГОРОДСКОГО
ПОСЕЛЕНИЯ`` -- as ``ГОРОДСКАЯ УПРАВА Г. КАЛУГИ`` / ``РАСПОРЯЖЕНИЕ`` /
``ГОРОДСКОГО ГОЛОВЫ`` is the head's (realdocs2's odd half). The office alone
under the kind word says whose it is only through the body above, so the body
goes into the genitive after it. Only collegial bodies have a chairman; a name
the genitive cannot be formed of is left as it was.
"""
from __future__ import annotations

import re

from ingest.morph import to_genitive

from .names import head_lemma, nominative

__all__ = ["chair_of"]

_CHAIR = re.compile(r"председател[яь]", re.IGNORECASE)
_CHAIRED = frozenset(("совет", "дума", "собрание", "хурал", "курултай", "палата", "комитет", "комиссия",
                      "коллегия", "президиум", "представительство"))


def chair_of(body: str | None, under: str) -> str | None:
    """``ПРЕДСЕДАТЕЛЬ СОВЕТА ДЕПУТАТОВ …`` from the body over the kind word and
    the office alone under it; None when they are not that."""
    if not body or not _CHAIR.fullmatch(under.strip(" .,")) or head_lemma(body) not in _CHAIRED:
        return None
    gen = to_genitive(body)
    if gen.casefold() == body.casefold():
        return None  # the name would not decline
    return f"{nominative(under.strip(' .,'))} {gen}"
