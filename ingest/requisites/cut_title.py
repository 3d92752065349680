"""A page that ends inside the act's heading: the excerpt a site, a store or a
converter kept stops mid-title (``О ВНЕСЕНИИ ИЗМЕНЕНИЙ В РЕШЕНИЕ СОВЕТА
МУНИЦИПАЛЬНОГ``), while the aggregator's line over the heading gives the same
title whole (``Решение Совета … от … N … "О внесении изменений в решение Совета
муниципального образования …"``). The whole copy is the title."""
from __future__ import annotations

import re

_QUOTES = re.compile(r"[«»\"„“”]")


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", _QUOTES.sub('"', s)).strip().casefold().replace("ё", "е")


def whole_title(title: str | None, other: str | None, text_end: str) -> str | None:
    """``other`` where ``title`` is the last thing on the page (``text_end``: the
    page's last characters), cut inside a word or after it, and ``other`` opens
    with the same words and goes on; else None."""
    if not title or not other or len(title) < 20:
        return None
    t, o = _fold(title), _fold(other)
    if len(o) <= len(t) or not _fold(text_end).endswith(t):
        return None
    words = t.split(" ")
    stem = " ".join(words[:-1])  # the last word may be cut short
    if len(stem) < 15 or not o.startswith(stem + " ") or not o[len(stem) + 1:].startswith(words[-1]):
        return None
    return other
