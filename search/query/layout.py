"""A number's letters typed on the Latin layout (issue 12).

Acts print the letters of a number in Cyrillic (``145-п``, ``6-55Р``,
``12-рг``, ``131-ФЗ``); a reader who forgot to switch layouts, or copied
from a Latin-only field, types ``6-55P``, ``15-PC``. Only the letters that look
alike on both alphabets (``P`` for ``Р``, ``C`` for ``С``, ``A``, ``B``, ``E``,
``H``, ``K``, ``M``, ``O``, ``T``, ``X``, ``Y`` and their small forms) are
read as Cyrillic, and only when every Latin letter of the number is such a
letter: ``IV-12`` and ``2135-III`` stay as typed. The reading is an
alternative to the number as typed, never a replacement (numbers printed in
Latin exist).
"""
from __future__ import annotations

_LATIN = "ABCEHKMOPTXYaceopxyk"
_CYRILLIC = "АВСЕНКМОРТХУасеорхук"
_TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC)


def cyrillic_reading(number: str) -> str | None:
    """``6-59P`` -> ``6-59Р``; None when the number has no Latin letter or one
    that has no Cyrillic look-alike."""
    latin = [c for c in number if "A" <= c <= "Z" or "a" <= c <= "z"]
    if not latin or not all(c in _LATIN for c in latin):
        return None
    return number.translate(_TO_CYRILLIC)
