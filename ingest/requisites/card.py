"""A register's or portal's card printed with the act (``Номер: 16``,
``Дата: 28.05.2012``, ``Содержание: О …``, ``Принявший орган: …``,
``Документ: Постановление № 16 от 28.05.2012``, ``Преамбула: О …``,
``Тип документа: Постановления``; a site's ``• № документа:`` / ``87`` with
each value under its key, headed by the act's title): what it gives where
the heading gave nothing."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.numbers import normalize_number
from ingest.ru_dates import find_date

from .card_keys import CARD_ROW, KEY_ALONE
from .date_number import NUM_CHARS, find_number
from .lines import Lines
from .names import NAME_HEADS, gen_word, has_territory, head_lemma, names_organ, nominative
from .title import title_from
from .vocabulary import ACT_KINDS, TITLE_START, kind_from_word

# a register's note after a body's name: the body is no longer in being
_REGISTER_NOTE = re.compile(r"\s*\((?:не\s*действующ\w+|не\s+действует|упразднен\w*|ликвидирован\w*)\)\s*$",
                            re.IGNORECASE)


def _listed_sorts(value: str) -> str | None:
    """A database's «Вид документа: Перечень, Постановления»: the sorts the document is filed
    under, one word each, what the act approves (a list, a regulation, a letter) beside the act's
    own kind; the act is the one that issues (``ACT_KINDS``), else the first kind word listed.
    None where the value is no such list (``Закон Тестовской области``)."""
    listed = [w.strip() for w in value.split(",")]
    if len(listed) < 2 or not all(len(w.split()) == 1 for w in listed):
        return None
    kinds = [kind_from_word(w) for w in listed]
    return next((k for k in kinds if k in ACT_KINDS), None) or next((k for k in kinds if k), None)


def _rows(L: Lines, lo: int, hi: int) -> tuple[dict, int | None, int | None]:
    """The card's rows (key -> value), the line of its first row and of its last."""
    card, first, last = {}, None, None
    for i in range(lo, min(hi, lo + 60)):
        s = L.raw[i]
        m = CARD_ROW.match(s)
        if m:
            key, value = m.group("key"), m.group("value")
        elif s.rstrip().endswith(":") and i + 1 < hi and L.raw[i + 1].strip():
            m = KEY_ALONE.match(s)
            if not m:
                continue
            key, value = m.group("key"), L.raw[i + 1].strip()
        else:
            continue
        card.setdefault(re.sub(r"№\s*", "№ ", re.sub(r"\s+", " ", key.lower())), value)
        first = i if first is None else first
        last = i if CARD_ROW.match(s) else i + 1  # a key alone: its value on the next line
    return card, first, last


# the heading a site prints over its card's rows ("Параметры документа", "Реквизиты документа"):
# the title over the card ends before it (heldout71)
_CARD_HEADING = re.compile(r"^\s*(?:параметры|реквизиты|атрибуты|сведения\s+о|информация\s+о|карточка)"
                           r"\s+документа?\s*:?\s*$", re.IGNORECASE)


def _title_over(L: Lines, lo: int, first: int) -> str | None:
    """The act's title a site's card is headed by (a few lines over its rows,
    maybe wrapped, and over the card's own heading, if it prints one)."""
    k = first - 1
    while k > lo and not L.raw[k].strip():
        k -= 1
    if k >= lo and _CARD_HEADING.match(L.raw[k]):
        first = k
    for i in range(first - 1, max(lo, first - 8) - 1, -1):
        if TITLE_START.match(L.raw[i].strip()):
            return title_from(L, i, first).text
    return None


def _title_under(L: Lines, last: int, hi: int) -> str | None:
    """The act's title a site prints right under its card's rows (``Вид:`` /
    ``Номер:`` / ``Дата принятия:`` / ``О …``): the first line under the last row,
    when it opens as a title."""
    for i in range(last + 1, min(hi, last + 4)):
        s = L.raw[i].strip()
        if not s:
            continue
        return title_from(L, i, hi).text if TITLE_START.match(s) else None
    return None


@dataclass(frozen=True)
class Card:
    """The card's values that can stand for an act's requisites (None where
    the card has no such row, or its value does not look like one)."""
    kind: str | None
    number: str | None
    date: str | None
    title: str | None
    body: str | None
    values: frozenset = frozenset()   # every row's value (none is a heading's title)


def read_card(L: Lines, lo: int, hi: int) -> Card | None:
    card, first, last = _rows(L, lo, hi)
    if not card:
        return None
    named = next((k for k in card if k.startswith("номер ") and k.split()[1] not in ("акта",)
                  and kind_from_word(k.split()[1])), None)  # "Номер постановления: 1759"
    num = card.get("номер") or card.get("номер акта") or card.get("регистрационный номер") \
        or card.get("№ документа") or (card[named] if named else None) \
        or card.get("номер документа")  # a register's "RU…" id is no number: dropped below
    number = normalize_number(num) if num and re.fullmatch(
        r"(?:№\s*)?[0-9][" + NUM_CHARS + r"./-]{0,20}", num) else None
    # "Вид документа: Закон Тестовской области": the kind, and a law's territory in the genitive
    # (a site's short key "Вид: Распоряжение" the same)
    sort = (card.get("вид документа") or card.get("вид акта") or card.get("вид") or "").split(maxsplit=1)
    kind = _listed_sorts(card.get("вид документа") or card.get("вид акта") or card.get("вид") or "") \
        or (kind_from_word(sort[0]) if sort else None)
    # a register's "Тип документа: Постановления": the kind, named in the plural
    sort_of = (card.get("тип документа") or "").split()
    kind = kind or (kind_from_word(sort_of[0]) if len(sort_of) == 1 else None)
    # a site's "Категория: Решения Совета депутатов": the kind in the plural, then whose
    category = (card.get("категория") or "").split()
    kind = kind or (kind_from_word(category[0]) if category else None)
    kind = kind or (kind_from_word(named.split()[1]) if named else None)
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
    if what is None and number and found:
        what = _title_over(L, lo, first)  # a site's card under the act's title
    if what is None and number and found and kind:
        what = _title_under(L, last, hi)  # or over it
    who = card.get("принявший орган") or next((v for k, v in card.items() if k.startswith("орган")), None)
    if who:
        who = _REGISTER_NOTE.sub("", who)  # "… Совет (недействующий)": the register's note, not the name
    # ("Заречная районная территориальная избирательная комиссия": adjectives before its noun)
    body = who if who and (head_lemma(who) in NAME_HEADS or names_organ(who)) else None
    if body is None and kind == "закон" and len(sort) > 1 and has_territory(sort[1]) \
            and all(gen_word(w) for w in sort[1].split()):
        body = nominative(sort[1])
    return Card(kind=kind, number=number, date=found[0] if found else None,
                title=what if what and TITLE_START.match(what.strip("«\"„“ ")) else None,
                body=body, values=frozenset(card.values()))
