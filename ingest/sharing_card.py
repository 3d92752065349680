"""A document-sharing site's card over the file's text (heldout72).

Sites that offer documents for download print, over the file's text, a card
whose keys ran into their values (the page lost the cells between them):

    Административный регламент предоставления муниципальной услуги «…»   <- the file's name
    Скачать 170.68 Kb.                                                    <- the download line
    НазваниеАдминистративный регламент предоставления муниципальной …     <- «Название» + the name
    ТипРегламент                                                          <- «Тип» + the file's type
    site.ru > Договоры > Регламент                                        <- the site's breadcrumbs

then the file's own text (``Об утверждении …`` / ``В соответствии с …``). None of
these lines is the act's: the file's name is the site's (here the annexed
regulation's, not the act's title). The download line is noise already
(``heading._NOISE_START``); this marks the rest, only around a glued
``Название`` key, which no act prints."""
from __future__ import annotations

import re

# the card's key run into its value: a capital right after the key's last letter; in capitals
# (a page set in upper case) only where the value repeats the file's name printed over it
_NAME_KEY = re.compile(r"^Название(?=[А-ЯЁA-Z«\"])")
_NAME_KEY_CAPS = re.compile(r"^НАЗВАНИЕ(?=[А-ЯЁA-Z«\"])")
_TYPE_KEY = re.compile(r"^(?:Тип|ТИП)(?=[А-ЯЁA-Z])")
# the site's breadcrumbs: its domain, then sections after an angle bracket or a slash
_CRUMBS = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ru|su|рф|com|net|org|info|pro|biz)\s*[>»/›→]", re.IGNORECASE)
_TOP = 40     # the card stands over the file's text, among the page's first lines
_AROUND = 6   # how far from the «Название» line its other lines are


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def mark_sharing_card(lines: list[str], mask: list[bool]) -> None:
    """Mark the lines of a sharing site's card (see the module's doc) in ``mask``."""
    filled = [i for i in range(len(lines)) if lines[i].strip()][:_TOP]
    for pos, i in enumerate(filled):
        s = lines[i].strip()
        if not (_NAME_KEY.match(s) or _NAME_KEY_CAPS.match(s)):
            continue
        name = _norm(s[len("Название"):])
        above = [k for k in filled[max(0, pos - _AROUND):pos] if name and _norm(lines[k]) == name]
        if not above and not _NAME_KEY.match(s):
            continue
        mask[i] = True
        for k in above:
            mask[k] = True  # the file's name printed over the card
        for k in filled[pos + 1:pos + 1 + 3]:
            t = lines[k].strip()
            if _TYPE_KEY.match(t) and len(t) <= 60 or _CRUMBS.match(t) and len(t) <= 200:
                mask[k] = True
        return
