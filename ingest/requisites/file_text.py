"""Traces a delivered Word or PDF file leaves in its text (issue 12, held-out 53).

A page that pastes the text of a council's or an administration's file keeps
the file's blank as the converter read it: the draft's mark «ПРОЕКТ» on the
line over the heading, the heading's words letter-spaced for width
(«С О В Е Т ДЕПУТАТОВ»), and, where the file's line breaks were lost, the
act's number run into the next heading word («№ 10САНКТ-ПЕТЕРБУРГ»). None of
these belongs to the requisite it touches; the patterns here let the readers
of the body and the number set them aside.
"""
from __future__ import annotations

import re

# the draft's mark alone on its line ("ПРОЕКТ", "Проект."): the form's, not the name's
DRAFT_MARK = re.compile(r"(?:ПРОЕКТ|Проект|П Р О Е К Т)\s*[.:]?")

# three or more capitals each followed by one space, ending a word: a word letter-spaced for width
_SPACED_WORD = re.compile(r"(?<![А-ЯЁа-яё.])(?:[А-ЯЁ] ){2,}[А-ЯЁ](?![А-ЯЁа-яё.])")


def unspace(line: str) -> str:
    """``С О В Е Т ДЕПУТАТОВ`` -> ``СОВЕТ ДЕПУТАТОВ``: a heading word printed
    letter-spaced read as the word (initials keep their stops and are left)."""
    return _SPACED_WORD.sub(lambda m: m.group(0).replace(" ", ""), line)


# a word in capitals run into the number's end where the text was flattened: six letters
# or more ("№ 865АДМИНИСТРАЦИЯ"), or two capital words joined by a hyphen ("№ 10САНКТ-ПЕТЕРБУРГ");
# after a register's own short letters too ("№ 12-рЗАРЕЧНЫЙ"). A register's letters are
# short capitals ("53РД", "-ПГ") or lower case ("-р", "-па"), never a word
GLUED_WORD = re.compile(r"(?:(?<=\d)|(?<=\d-[а-яё])|(?<=\d-[а-яё]{2})|(?<=\d[а-яё]))"
                        r"(?:[А-ЯЁ]{6,}|[А-ЯЁ]{3,}-[А-ЯЁ]{3,})$")

# a settlement whose name has a number in it, as a blank's place line prints it under the
# date: "п.Участок N 26", "пос. Отделение № 3", "п. Ферма № 2 совхоза"
NUMBERED_SETTLEMENT = (r"(?i:п|пос|с|д)\.\s*(?:[А-ЯЁ][а-яё]+\s+)?"
                       r"(?:Участ|Отделени|Ферм|Разъезд|Совхоз|Бригад|Кордон|Лесоучаст)[а-яё]*"
                       r"\s*(?:№|N)\s?\d{1,3}(?:\s+[а-яё]+)?[.,]?")

# a blank's date slot left empty in a draft ("________года № ---", "от «___» ________ 20__ г."):
# the act has no date yet, and a date printed over the heading (the page's) is not its
_BLANK_DATE_SLOT = re.compile(r"^(?:от\s*)?(?:«\s*_*\s*»\s*)?_{3,}\s*(?:20_*\s*|\d{2}_+\s*)?(?:года|г\.?)(?=\s|$)",
                              re.IGNORECASE)


def blank_date_slot(line: str) -> bool:
    """Whether ``line`` opens with a blank's empty date slot."""
    return bool(_BLANK_DATE_SLOT.match(line.strip()))
