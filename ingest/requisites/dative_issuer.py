"""The issuer an order names in the dative under its kind word.

An institution's or a department's order in the old office style is headed
``ПРИКАЗ`` / ``по муниципальному бюджетному общеобразовательному учреждению``
/ ``«Сосновская средняя школа»``, ``ПРИКАЗ ПО ОТДЕЛУ ОБРАЗОВАНИЯ`` /
``администрации Заречного района``, ``Приказ по МБОУ «СОШ № 3»``: the order is
given «по» the body it governs. That line names the issuer, in the dative;
its name in the nominative is the body, and the line is no title.

A line is taken so only when the word after «по» is a body's head noun in the
dative (учреждению, отделу, управлению, школе …), the adjectives of its name
before it, or an institution's abbreviation (МБОУ, МКУ, ГБУК …): «по вопросам
образования», «по основной деятельности», «по проведению конкурса» name no
body. The name goes on over the next lines while its quotes are open, on a
line opening a quote, or on a line of words in the genitive
(``администрации Заречного района``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.morph import parses, to_nominative

from .lines import Lines, clean
from .names import genitive_words
from .quotes import quotes_left_open
from .vocabulary import TITLE_START

__all__ = ["DativeIssuer", "dative_issuer"]

# the head nouns of a governed body's name
_HEADS = frozenset((
    "учреждение", "отдел", "управление", "комитет", "департамент", "школа", "лицей", "гимназия",
    "сад", "училище", "колледж", "техникум", "библиотека", "центр", "дом", "музей", "предприятие",
    "организация", "филиал", "интернат", "бухгалтерия", "аппарат", "служба", "инспекция"))
# an institution's abbreviation: МБОУ, МКДОУ, ГБУК, МАУ ДО, МУП …
_ABBREVIATION = re.compile(r"^[МГ][А-ЯЁ]{1,6}(?:\s+ДО)?$")
_BY = re.compile(r"^(?:по|ПО|По)\s+(\S.*)$")
_DATE_OR_NUMBER = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:№|N)\s*\d|^от\s", re.IGNORECASE)


@dataclass(frozen=True)
class DativeIssuer:
    name: str   # in the nominative
    last: int   # the name's last line


def _datv(word: str) -> list:
    core = word.strip("«»\"'(),.:;").lower()
    return [p for p in parses(core)[:3] if p.tag.case == "datv" and p.tag.POS in ("NOUN", "ADJF", "PRTF")]


def _names_body(rest: str) -> bool:
    """The words after «по» open a governed body's name: adjectives in the
    dative up to a head noun of ours, or an abbreviation."""
    words = rest.split()
    first = words[0].strip("«»\"'(),.:;")
    if _ABBREVIATION.match(first) or len(words) > 1 and _ABBREVIATION.match(f"{first} {words[1]}"):
        return True
    for w in words[:5]:
        forms = _datv(w)
        if not forms:
            return False
        if any(p.tag.POS == "NOUN" for p in forms):
            return any(p.tag.POS == "NOUN" and p.normal_form in _HEADS for p in forms)
    return False


def dative_issuer(L: Lines, j: int, limit: int) -> DativeIssuer | None:
    """``по отделу образования`` / ``администрации Заречного района``: the body
    the order is given by, from line ``j``, in the nominative."""
    m = _BY.match(clean(L.raw[j]))
    if not m or not _names_body(m.group(1)):
        return None
    parts, last = [m.group(1)], j
    i = j + 1
    while i < limit and i <= j + 4:
        s = clean(L.raw[i])
        if not s:
            i += 1
            continue
        if TITLE_START.match(s) or _DATE_OR_NUMBER.search(s):
            break
        so_far = " ".join(parts)
        if quotes_left_open(so_far) or s[:1] in "«\"“„" or genitive_words(s.split()):
            parts.append(s)
            last = i
            i += 1
            continue
        break
    return DativeIssuer(to_nominative(" ".join(parts)), last)
