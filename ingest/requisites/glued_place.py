"""The place of a blank's date row run onto the act's number.

A Word blank prints the date, the number and the place in one row; pasted or
flattened, the row loses the tab between the number and the place, and the
place's abbreviation sticks to the number's last digit: ``26.06.2013 года
№ 58/52-3г. Заречный``, ``№ 7с. Сосновка``, ``№ 4р.п. Лесной``. The letters
belong to the town, village or settlement named after them (a capitalised
word after the abbreviation's stop), not to the number. A register letter of
the number's own stands after a hyphen (``№ 15-г``, ``№ 12-п. О …``) and is
kept; a title (``О …``) after the stop is no place.
"""
from __future__ import annotations

import re

# the abbreviation on the number's last digit: город, село, посёлок, деревня, хутор, станица,
# посёлок городского типа, рабочий посёлок
_ABBREVIATION = re.compile(r"(?<=\d)(?:г|с|п|д|х|ст|пос|пгт|р\.\s?п|рп)\.?$")
# its stop, then the place's name, capitalised or in capitals (a word that opens no title)
_PLACE_AFTER = re.compile(r"\.?\s*(?!(?i:о|об|обо)\s)[А-ЯЁ](?:[а-яё]{2,}|[А-ЯЁ]{2,})")


def unglue_place(num: str, raw: str, s: str, end: int) -> str:
    """``num`` without a place's abbreviation run onto it: ``raw`` is the number
    as matched in ``s`` (its stop included, if any) and ``end`` where it ends."""
    m = _ABBREVIATION.search(num)
    if m is None or not (raw.endswith(".") or s.startswith(".", end)):
        return num
    if not _PLACE_AFTER.match(s, end):
        return num
    return num[:m.start()]
