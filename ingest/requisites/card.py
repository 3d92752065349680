"""A register's or portal's card printed with the act (``Номер: 16``,
``Дата: 28.05.2012``, ``Содержание: О …``, ``Принявший орган: …``,
``Документ: Постановление № 16 от 28.05.2012``, ``Преамбула: О …``,
``Тип документа: Постановления``): what
it gives where the heading gave nothing."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.numbers import normalize_number
from ingest.ru_dates import find_date

from .date_number import NUM_CHARS, find_number
from .lines import Lines
from .names import NAME_HEADS, gen_word, has_territory, head_lemma, nominative
from .vocabulary import TITLE_START, kind_from_word

# a register's or portal's card: "Номер: | 16 |", "Дата: 28.05.2012", "Содержание: …",
# "Принявший орган: …" (its "Номер документа: RU…" is the register's own id)
# (a legislature's card in bulleted rows: "• Регистрационный номер: 25-ОЗ", "• Вид документа: Закон …")
_CARD_ROW = re.compile(
    r"^\s*[|•·*]?\s*(?P<key>номер|номер\s+акта|регистрационный\s+номер|дата|дата\s+принятия|дата\s+подписания"
    r"|содержание|наименование|заголовок|преамбула|документ|вид\s+документа|тип\s+документа"
    r"|принявший\s+орган|орган,?\s+принявший(?:\s+акт)?)\s*:\s*\|?\s*"
    r"(?P<value>.+?)\s*\|?\s*$",
    re.IGNORECASE)


@dataclass(frozen=True)
class Card:
    """The card's values that can stand for an act's requisites (None where
    the card has no such row, or its value does not look like one)."""
    kind: str | None
    number: str | None
    date: str | None
    title: str | None
    body: str | None


def read_card(L: Lines, lo: int, hi: int) -> Card | None:
    card = {}
    for i in range(lo, min(hi, lo + 60)):
        m = _CARD_ROW.match(L.raw[i])
        if m:
            card.setdefault(re.sub(r"\s+", " ", m.group("key").lower()), m.group("value"))
    if not card:
        return None
    num = card.get("номер") or card.get("номер акта") or card.get("регистрационный номер")
    number = normalize_number(num) if num and re.fullmatch(
        r"(?:№\s*)?[0-9][" + NUM_CHARS + r"./-]{0,20}", num) else None
    # "Вид документа: Закон Тестовской области": the kind, and a law's territory in the genitive
    sort = (card.get("вид документа") or "").split(maxsplit=1)
    kind = kind_from_word(sort[0]) if sort else None
    # a register's "Тип документа: Постановления": the kind, named in the plural
    sort_of = (card.get("тип документа") or "").split()
    kind = kind or (kind_from_word(sort_of[0]) if len(sort_of) == 1 else None)
    dates = ("дата", "дата подписания", "дата принятия") if kind == "закон" else \
        ("дата", "дата принятия", "дата подписания")  # a law is dated the day it is signed
    when = next((card[k] for k in dates if card.get(k)), None)
    found = find_date(when) if when else None
    # a city portal's "Документ: | Постановление № 1486 от 01.08.2012 |": the act on one row
    doc = card.get("документ") or ""
    if doc.split() and find_number(doc) and find_date(doc) and kind_from_word(doc.split()[0]):
        kind = kind_from_word(doc.split()[0])
        number = number or find_number(doc)[0]
        found = found or find_date(doc)
    what = card.get("содержание") or card.get("наименование") or card.get("заголовок") \
        or card.get("преамбула")
    who = card.get("принявший орган") or next((v for k, v in card.items() if k.startswith("орган")), None)
    body = who if who and head_lemma(who) in NAME_HEADS else None
    if body is None and kind == "закон" and len(sort) > 1 and has_territory(sort[1]) \
            and all(gen_word(w) for w in sort[1].split()):
        body = nominative(sort[1])
    return Card(kind=kind, number=number, date=found[0] if found else None,
                title=what if what and TITLE_START.match(what.strip("«\"„“ ")) else None,
                body=body)
