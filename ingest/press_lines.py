"""Lines a publication prints around the acts it reprints, never an act's own.

A page that reprints an act keeps the marks of where it came from:

- the page's **address** on a line by itself (a newspaper site's share link,
  a print version's ``Источник: http://…``), however long its escaped letters
  make it;
- a newspaper's **source reference**, the way collections of documents, press
  archives and library lists cite an issue: ``Газ. «Заречные вести». 2000. –
  5 сентября. – № 172. С. 1.``, ``«Сосновский вестник», 2009. – 2 сентября. –
  № 118 (23991). С. 1.``, ``Заречные вести, 2010, сентябрь, 24, № 175``,
  ``// Береговской вестник. – 2024. – 15 марта (№ 12). – С. 2.`` — its issue
  number and date are the newspaper's;
- a collection's **item number** (``№ 155`` alone on its line) between such a
  reference, which closes the previous item, and the next item's heading: the
  collection's count, not the act's number.

``mark_press_lines(lines, mask)`` sets ``mask[i]`` for each of them, so the
heading, title and requisites are read past them (``ingest.heading.noise_mask``).
"""
from __future__ import annotations

import re

_YEAR = r"(?:1[89]|20)\d\d"
_NAME_Q = r"[«\"„“][^«»\"„“\n]{2,60}[»\"“”]"
# the newspaper's name unquoted: capitalised words, no act's kind word among them and
# no title's or requisites' first word
_NAME_W = r"(?!(?:постановлени|распоряжени|решени|приказ|указ|закон|протокол)[а-яё]*\b|(?:о|об|обо|от|на|по|в|во)\s)[А-ЯЁ][а-яё-]+(?:\s+[А-Яа-яЁё-]+){0,4}"
_LEAD = r"(?:газ\.\s*|газета\s+)?"
_SOURCE = re.compile(
    r"^(?:"
    # «Name». 2000. – 5 сентября. – № 172 / «Name», 2009. – 2 сентября. – № 118 (23991)
    + _LEAD + _NAME_Q + r"\s*[.,]\s*(?:[-–—]\s*)?" + _YEAR + r"\b"
    # Name, 2010, сентябрь, 24, № 175 (a press archive's line)
    + r"|" + _LEAD + _NAME_W + r",\s*" + _YEAR + r"\s*,"
    # // Name. – 2024. – (a list's reference, ГОСТ Р 7.0.100)
    + r"|//\s*[^/\n]{3,80}?\.\s*[-–—]\s*" + _YEAR + r"\b"
    # Газ. Name. 2000. –
    + r"|газ\.\s*[^«\"\n]{3,60}?\.\s*" + _YEAR + r"\.\s*[-–—]"
    + r")[^\n]{0,80}?№\s*\d{1,5}\b",
    re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:источник\s*:\s*)?(?:https?://|www\.)\S+$", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"^№\s*\d{1,4}\.?$")
_LOOK_BACK = 6      # lines of a reference (its «Цит. по: …» wrapped) above the item number
_FIRST = frozenset("hHwWиИгГ«\"„“/")


def is_address(s: str) -> bool:
    """A web address alone on its line (``Источник:`` before it or not)."""
    return s[:1] in _FIRST and bool(_ADDRESS.match(s))


def is_source_reference(s: str) -> bool:
    """A newspaper issue cited as a source (see the module doc)."""
    return "№" in s and bool(_SOURCE.match(s))


def mark_press_lines(lines: list[str], mask: list[bool]) -> None:
    """Mask addresses, source references and the item numbers under them."""
    last_ref = None      # index of the last source reference seen
    seen = 0             # non-blank lines since it
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s:
            continue
        if is_address(s):
            mask[i] = True
            continue
        if is_source_reference(s):
            mask[i] = True
            last_ref, seen = i, 0
            continue
        if last_ref is not None:
            seen += 1
            if seen <= _LOOK_BACK and _ITEM_NUMBER.match(s):
                mask[i] = True
                last_ref = None
            elif seen > _LOOK_BACK:
                last_ref = None
