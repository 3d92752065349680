"""The documents an act approves at once, read with its title.

An act that approves several documents in one clause («Утвердить: 1.1. План мероприятий … (приложение 1).
1.2. Порядок расходования средств районного бюджета … (приложение 2).», «Утвердить прилагаемые:\\n- Положение
о …;\\n- Порядок …») does what each of them does: its title names the first or the occasion («О мерах по
профилактике …»), and the field of a second document (the budget's money spent on it, the benefit it grants)
is said only there. The names of the documents listed under such a clause are read as part of the title.

Only a list: the clause ends with a colon right after «Утвердить» (or «Утвердить прилагаемые»), and each item
read opens with the kind of a document (a plan, an order, a statute, rules, a list, an estimate …); the first
item that does not ends the list (the next clause, «2. Финансовому управлению …»). An item is read up to its
annex note, a semicolon, a colon or the end of its line: «Утвердить состав комиссии:» and the members' posts
under it (a head of education, a head doctor) say who sits, not what the act is about, and are never read.
Bounded: one search in the first 6,000 characters, a window of 1,500, six items of 300 characters.
"""
from __future__ import annotations

import re

_LIST = re.compile(r"утвердить(?:[ \t]+прилагаем\w*)?[ \t]*:")   # matched on the folded head, at each «утвердить»
# an item's mark: «1.1.», «1)», «а)» after a space, a dash or a bullet opening a line
_MARK = re.compile(r"(?:(?<=\s)(?:\d{1,2}\.\d{1,2}\.?|\d{1,2}[.)]|[а-яё]\))|(?:^|(?<=\n))[ \t]*[-–—•·])[ \t]+", re.I)
_DOC = re.compile(r"\s*(?:план|мероприяти|порядок|положени|правил|перечень|перечн|программ|подпрограмм|методик"
                  r"|регламент|смет|состав|форм|схем|стандарт|требовани|реестр|инструкци|тариф|размер|стоимост"
                  r"|норматив|список|график|услови|критери|концепци|стратеги|прогноз)\w*\s", re.I)
_END = re.compile(r"\s*\(\s*приложени|;|:|\n", re.I)
START = 6000    # characters searched for the clause
WINDOW = 1500   # characters of the list read after it
ITEM = 300      # characters of one item's name
ITEMS = 6


def approved_documents(text: str) -> str:
    """The names of the documents an act's clause approves as a list ("" when it has no such clause)."""
    m = _clause(text)
    if not m:
        return ""
    pieces = _MARK.split(text[m.end():m.end() + WINDOW])
    if not pieces[0].strip():
        pieces = pieces[1:]
    names = []
    for piece in pieces[:ITEMS]:
        if not _DOC.match(piece):
            break
        end = _END.search(piece)
        names.append(piece[:end.start() if end else ITEM][:ITEM].strip())
    return " ".join(names)


def _clause(text: str) -> re.Match | None:
    """«Утвердить:» in the first ``START`` characters (a word of its own), found by ``str.find`` on the
    lower-cased head (a regex with re.I scans three times slower)."""
    head = text[:START]
    low = head.lower()
    if len(low) != len(head):   # (a letter whose lower case is longer: offsets would shift)
        low = head
    i = low.find("утвердить")
    while i != -1:
        if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "-_"):
            m = _LIST.match(low, i)
            if m:
                return m
        i = low.find("утвердить", i + 1)
    return None
