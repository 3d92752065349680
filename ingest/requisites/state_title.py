"""A title printed in a republic's state language, the page holding no Russian
heading: a municipal portal's page of an act in Tatar (``… нормативлары
турында``), Bashkir (``… тураһында``), Chuvash (``… çинчен``) and so on.

Such a title is built as the Russian one is, only its «о/об» comes last, as a
postposition closing it (``турында``, ``хакында``, ``тураһында``, ``хаҡында``,
``туһунан``, ``дугайында``, ``тухай``, ``çинчен``, ``нерген``, ``йылысь``,
``сярысь``, ``ехьылIагъ``); a line of a page's top that ends on one and holds
a letter Russian lacks is the act's title. A site's card row above it holding
the number alone (``№ 46-357 |``) gives the number.
"""
from __future__ import annotations

import re

from .bilingual import _OTHER_LETTERS, ABOUT as _ABOUT, titled_run

_NUMBER_CARD = re.compile(r"^(?:№|N)\s*(\d[\w./-]{0,20})\s*\|?$")


def state_language_title(s: str) -> bool:
    """``s`` is a title in a republic's language: its postposition closing it,
    a letter of that language in it."""
    return 20 <= len(s) <= 600 and _ABOUT.search(s) is not None \
        and (_OTHER_LETTERS.search(s) is not None or re.search(r"[IӀӏ]", s) is not None)


def number_card(s: str) -> str | None:
    """The number of a card row holding it alone (``№ 46-357 |``)."""
    m = _NUMBER_CARD.match(s.strip())
    return m.group(1) if m else None


def state_language_title_at(raw: list[str], i: int) -> str | None:
    """The title in a republic's language from line ``i``, its wrapped lines joined."""
    end = titled_run(raw, i)
    if end is None:
        return None
    title = re.sub(r"\s+", " ", " ".join(ln.strip() for ln in raw[i:end]))
    return title if state_language_title(title) else None
