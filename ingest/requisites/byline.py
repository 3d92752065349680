"""A newspaper's byline under an act it prints: the reporter's given name and
surname on the line after the act's title (``Ирина Смирнова``), on a page that
lost the line break, glued to the text's first word (``Ирина СмирноваВ
соответствии с …``). It is not the title's last line: a title wrapped onto a
person's name names him in a governed case (``О присвоении имени`` / ``Ивана
Петрова …``), never given name and surname in the nominative alone."""

from __future__ import annotations

import re

from ingest.morph import parses

# two capitalised words, the line ending there or the text run on in a capital
_TWO_NAMES = re.compile(r"^([А-ЯЁ][а-яё]+)\s([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?=\s*$|[А-ЯЁ])")


def byline(line: str) -> bool:
    """Whether ``line`` opens with a byline: a given name, then a surname of its gender, both nominative."""
    m = _TWO_NAMES.match(line.strip())
    if not m:
        return False
    given = parses(m.group(1).lower())[:1]
    if not given or "Name" not in given[0].tag or given[0].tag.case != "nomn":
        return False
    gender = given[0].tag.gender
    return any("Surn" in p.tag and p.tag.case == "nomn" and p.tag.gender == gender
               for p in parses(m.group(2).lower()))
