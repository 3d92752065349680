"""The first clause after the operative formula, for a text no other reading gave a title.

A database's one-line print hard-wraps its lines at a fixed width and runs the heading, the title and the
preamble together («… ГЛАВА ПОСТАНОВЛЕНИЕ от 9\\nдекабря 2008 г. N 367 … Постановляю: 1. Внести\\nв Положение об
оплате труда работников муниципальных учреждений …\\nсферы культуры, утвержденное …»; rubrec146, sample 79). Once
its heading is read as no title, the readers of a title-less text find nothing: the preamble does not open the
text and the clause after the formula is cut by the wrap («Внести» alone on its line). What the act does is that
first clause: the formula's clause, its wrapped lines joined, up to the list of changes («следующие изменения»),
the end of its sentence or of the clause, is read as the title. Only an amending clause («Внести в Положение …»:
the statute it amends names the subject) and only for a heading read as no title (``text.Doc``): an act that
simply has no title keeps its body's reading (an order holding a contest «Оружие Победы» is the schools', not
the weapons' — sample 67).
"""
from __future__ import annotations

import re

# the verbs of the operative formula of a municipal act, a regional one and an order, as printed in words
# (``text._OPERATIVE`` adds a head's «обязываю», «предлагаю» and a scan's spaced letters: a one-line print is no scan)
OPERATIVE_WORDS = r"постановля(?:ю|ет|ем)|реши(?:л|ла|ло|ли)|приказываю|распоряжаюсь"
_FORMULA = re.compile(r"\b(?:" + OPERATIVE_WORDS + r")\s*:+\s*", re.I)
# the clause: an optional number, then up to 600 characters to the first list of changes, a «;», a full stop
# that ends a sentence (not an abbreviation's «г.», «N.» or a number's), or the next clause's number
_CLAUSE = re.compile(r"(?:\d{1,2}[.)]\s*)?((?=внести\s)(?:[^;\n]|\n(?!\s*\d{1,2}[.)]\s))(?:[^;\n]|\n(?!\s*\d{1,2}[.)]\s)){9,599}?)"
                     r"(?=\s*(?:следующ\w*\s+изменени|;|\.\s+\d{1,2}[.)]\s|\.\s*$|\.\s+(?-i:[А-ЯЁ])))", re.S | re.I)
HEAD = 2000     # characters the formula is looked for in


def operative_clause(text: str) -> str:
    """The first clause after the operative formula in the text's first characters ("" when there is none)."""
    f = _FORMULA.search(text, 0, HEAD)
    if not f:
        return ""
    m = _CLAUSE.match(text, f.end(), f.end() + 900)
    return re.sub(r"\s+", " ", m.group(1)).strip() if m else ""
