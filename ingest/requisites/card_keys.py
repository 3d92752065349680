"""The keys of a register's or portal's card (``Номер:``, ``Принявший орган``,
``Орган власти | …``): its rows, read by ``card``, and never an act's body or
title (``fields``, ``title``)."""
from __future__ import annotations

import re

# a site's key naming the kind ("Номер постановления: 1759", "Номер решения: 7/12")
_KIND_GEN = r"(?:постановления|решения|распоряжения|приказа|указа|закона)"
# a register's or portal's card: "Номер: | 16 |", "Дата: 28.05.2012", "Содержание: …",
# "Принявший орган: …" (its "Номер документа: RU…" is the register's own id, which no act's
# number is read from; a district site's card «Параметры документа» / "Номер документа: 22" /
# "Дата принятия: …" under the act's title gives the act's own, heldout71)
# (a legislature's card in bulleted rows: "• Регистрационный номер: 25-ОЗ", "• Вид документа: Закон …")
CARD_ROW = re.compile(
    r"^\s*[|•·*]?\s*(?P<key>номер|номер\s+акта|номер\s+документа|номер\s+" + _KIND_GEN + r"|регистрационный\s+номер|дата|дата\s+принятия|дата\s+подписания"
    r"|содержание|наименование|заголовок|преамбула|документ|вид\s+документа|вид\s+акта|вид|тип\s+документа"
    r"|принявший\s+орган|орган,?\s+принявший(?:\s+акт)?|орган\s+власти|орган|№\s*документа|категория)"
    r"(?:\s*:\s*\|?|\s*\||\t)\s*"   # a table's row: "Номер | 16", "Номер<TAB>16"
    r"(?P<value>.+?)\s*\|?\s*$",
    re.IGNORECASE)
# a site's card whose key ends its line, the value on the next ("• № документа:" / "87")
KEY_ALONE = re.compile(r"^\s*[|•·*]?\s*(?P<key>№\s*документа|номер\s+документа|номер|дата\s+принятия|дата\s+подписания"
                        r"|категория|вид\s+документа|тип\s+документа|наименование|заголовок"
                        r"|принявший\s+орган|орган,?\s+принявший(?:\s+акт)?|орган\s+власти)\s*:\s*$",
                        re.IGNORECASE)


# the row of such a key: it ends the title printed over it
KIND_NUMBER_KEY = re.compile(r"^\s*номер\s+" + _KIND_GEN + r"\s*:", re.IGNORECASE)


def card_key(line: str | None) -> bool:
    """``Орган власти:``, ``Номер:`` (its value under it), ``Наименование: О …``: a card's
    key, alone or opening its row, never begins an act's body or title."""
    return line is not None and bool(KEY_ALONE.match(line) or CARD_ROW.match(line))
