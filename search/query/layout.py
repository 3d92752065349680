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


# --- a whole question typed with the Latin layout on -----------------------------------
#
# A reader who types «положение о кладбище» without switching layouts sends
# ``gjkj;tybt j rkfl,bot``: every key is right, the alphabet is not. The keys
# of the Russian ЙЦУКЕН layout under the same fingers give the question back,
# including the letters on punctuation keys (``;`` is ж, ``,`` is б, ``[`` х,
# ``'`` э, ``.`` ю). run.search reads it so only when the question as typed has
# no Cyrillic and finds nothing, and the reading's words are in the fund.

_QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_JCUKEN = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_KEYS = str.maketrans(_QWERTY, _JCUKEN)
_PUNCT_KEYS = "[];',.`{}:\"<>~"


def _has_cyrillic(text: str) -> bool:
    return any("а" <= c.lower() <= "я" or c in "ёЁ" for c in text)


def cyrillic_layout(text: str) -> str | None:
    """``gjkj;tybt j rkfl,bot`` -> ``положение о кладбище``: the question as the
    Russian layout types it; None when it holds Cyrillic already or no Latin
    letter. A punctuation key is read as a letter only inside a word (a comma
    or full stop after a word stays one)."""
    if not text or _has_cyrillic(text) or not any(c.isascii() and c.isalpha() for c in text):
        return None
    out = []
    for i, c in enumerate(text):
        if c in _PUNCT_KEYS:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            inside = (before.isascii() and before.isalpha()) or (
                after.isascii() and after.isalpha())
            out.append(c.translate(_KEYS) if inside else c)
        else:
            out.append(c.translate(_KEYS))
    return "".join(out).strip()
