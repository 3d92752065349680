"""Russian letters in Latin ones, for a download's ASCII file name.

A download names its file twice (RFC 6266): ``filename*=UTF-8''…`` with the
real name, which every current browser uses, and ``filename="…"`` in plain
ASCII for a client that reads only that (old mail clients, download
managers, some scripts). The ASCII name of a Cyrillic file used to be a row
of underscores (``_____________ _145.txt``); it is now the name in Latin
letters: «Постановление №145 «о ярмарках».txt» → ``Postanovlenie N145 o
yarmarkakh.txt``.

The letters follow the system of Russian passports and road signs (ICAO
Doc 9303, GOST 7.79 system B without its apostrophes and diacritics), with
й → y, ю → yu, я → ya as readers spell them, and ъ, ь left out: a file
name wants letters a reader recognises, not a reversible scheme. A
capital's digraph is in capitals inside a word in capitals (ЖКХ → ZHKKH,
Щука → Shchuka). Typographic marks become their ASCII look-alikes, «» are
dropped, accented Latin letters lose their accents; anything else is ``_``.
"""
from __future__ import annotations

import unicodedata

_LOWER = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian and Belarusian letters of names met in Russian acts
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}
_MARKS = {
    "№": "N", "«": "", "»": "", "„": "", "“": "", "”": "", "‘": "'", "’": "'", "—": "-", "–": "-",
    "‑": "-", "−": "-", "…": "...", "\u00a0": " ", "\u202f": " ", "×": "x", "°": "",
}


def _is_upper(ch: str) -> bool:
    return ch.isalpha() and ch.isupper()


def to_ascii(text: str) -> str:
    """``text`` in printable ASCII (see the module's docstring)."""
    out = []
    for i, ch in enumerate(text):
        if " " <= ch <= "~":
            out.append(ch)
            continue
        low = ch.lower()
        if low in _LOWER:
            latin = _LOWER[low]
            if ch != low and latin:
                # a capital: the digraph in capitals when the word is in capitals
                nxt = text[i + 1] if i + 1 < len(text) else ""
                prev = text[i - 1] if i else ""
                shout = _is_upper(nxt) or (not nxt.isalpha() and _is_upper(prev))
                latin = latin.upper() if shout else latin[0].upper() + latin[1:]
            out.append(latin)
        elif ch in _MARKS:
            out.append(_MARKS[ch])
        else:
            plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
            out.append(plain if plain and all(" " <= c <= "~" for c in plain) else "_")
    return "".join(out)
