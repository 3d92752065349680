"""Headings of delivered files as pages and sharing sites show them (issue 12, held-out 55).

A converter reading a PDF breaks a word where the file's glyphs were set apart:
the kind word of a blank loses its last letter to a space (``постановлени е``,
``РАСПОРЯЖЕНИ Е``), which no reader of Russian takes for two words. A district
council's or an administration's file may print the kind word on top and the
organ under it in the nominative, the region's line between them
(``Распоряжение`` / ``Заречная область`` / ``Сосновский районный Совет
депутатов`` / ``12.03.2015 г. п. Сосновка № 14``): the region says where, the
organ says who. A site that keeps its pages in a content system stamps each with
the moment it was created (``Создано: 12 Марта 2021 - 10:45``): a posting's
date and time, never the act's date.
"""
from __future__ import annotations

import re

__all__ = ["join_split_kind", "CREATED_STAMP"]

# a kind word whose last one or two letters a converter set apart by one space; the stems
# are those of the blanks' kind words, whose split halves are no words of their own
_SPLIT_KIND = re.compile(
    r"(?<![А-ЯЁа-яё])((?i:постановлени|распоряжени|решени|определени|предписани))\s([ЕеЯяЮюЙй][ЙйМм]?)(?![А-ЯЁа-яё])")


def join_split_kind(line: str) -> str:
    """``постановлени е`` -> ``постановление``: a kind word broken by a converter, read whole."""
    if " " not in line:
        return line
    return _SPLIT_KIND.sub(r"\1\2", line)


# a content system's stamp of when a page was created or changed, with its time
# ("Создано: 16 Мая 2024 - 16:16", "Опубликовано 03.04.2019 12:05", "Обновлено: … 09:30")
CREATED_STAMP = re.compile(
    r"^\s*(?:Создано|Опубликовано|Обновлено|Изменено|Дата создания|Дата публикации)\s*:?\s*"
    r"[^\n]{6,40}?\d{1,2}:\d{2}\s*$", re.IGNORECASE)


# a sharing site names an uploaded file by its first lines run together: the draft's mark,
# the organ's name and the kind word last ("Проект Администрация … района постановление"),
# and prints its own chrome under it ("НазваниеПроект …", "страница11/33", "ТипДокументы",
# "site.ru > Раздел > Документы", the pages' numbers)
_NAME_THEN_KIND = re.compile(
    r"^\s*(?P<draft>(?:ПРОЕКТ|Проект)\.?\s+)?(?P<name>[А-ЯЁ][^\n]{10,200}?)\s+"
    r"(?P<kind>(?i:постановление|распоряжение|решение|приказ))\s*$")
_SHARING_CHROME = re.compile(
    r"^\s*(?:Название\S|страница\s*\d+\s*/\s*\d+\s*$|Тип\s*[А-ЯЁ][а-яё]+\s*$|\S+\.[a-z]{2,4}\s+>\s|"
    r"\d+(?:\s+(?:\d+|\.\.\.))+\s*$)")


def name_then_kind(text: str, issuer_line) -> str | None:
    """A file's first lines a sharing site ran into one (``Проект Администрация
    Сосновского сельского поселения постановление``) laid out again as the
    blank printed them, the site's chrome under it left out; None when the
    first line is no organ's name followed by a kind word."""
    lines = text.split("\n")
    first = next((i for i, s in enumerate(lines[:4]) if s.strip()), None)
    if first is None:
        return None
    m = _NAME_THEN_KIND.match(join_split_kind(" ".join(lines[first].split())))
    if m is None or not issuer_line(m.group("name").strip()):
        return None
    rest = [s for s in lines[first + 1:first + 12] if not _SHARING_CHROME.match(s)] + lines[first + 12:]
    head = ([m.group("draft").strip()] if m.group("draft") else []) + [m.group("name").strip(), m.group("kind").upper()]
    return "\n".join(head + [""] + rest)
