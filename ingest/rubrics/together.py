"""The documents an act approves, as a legal database prints them after its title.

ConsultantPlus and the sites that copy it print an act's title followed by the documents it approves:
``ОБ УТВЕРЖДЕНИИ ТАРИФОВ НА УСЛУГИ, ОКАЗЫВАЕМЫЕ МУП "…"`` / ``(вместе с "НОРМАТИВАМИ ПОТРЕБЛЕНИЯ КОММУНАЛЬНЫХ
УСЛУГ …", "ТАРИФАМИ НА СОДЕРЖАНИЕ … ЖИЛОГО ФОНДА …")``. The list is the act's own content (its annexes), so it is
read as the act's head: a title-like zone of less weight, as a programme's passport is (an annex's name is not all
the act is about: a staff schedule listed with a department's statute files no local government). It is taken only
where it follows the title itself; the same words further down a body stay the body's. A title that already holds
the list takes nothing.
"""
from __future__ import annotations

import re

WINDOW = 6000       # characters of the text where the title and its list are looked for
LIST_MAX = 1000     # characters of the list read (a print cut inside it: up to the text's end)
_TAIL = 24          # the title's last characters that find it in the text

_TOGETHER = re.compile(r"[\s\"»”]*\(\s*вместе\s+с\s+([«\"“„][^()]{5,%d}?)(?:\)|\Z)" % LIST_MAX, re.I)
_SPACE = re.compile(r"\s+")


def together_with(title: str | None, text: str) -> str:
    """The «(вместе с …)» list printed right after ``title`` in ``text`` ("" when there is none)."""
    if not title or "вместе с" in title.lower():
        return ""
    head = text[:WINDOW]
    if "вместе" not in head.lower():
        return ""
    tail = _SPACE.sub(" ", title).strip()[-_TAIL:].lower()
    flat = _SPACE.sub(" ", head)
    low = flat.lower()
    i = low.find(tail)
    while i != -1:
        m = _TOGETHER.match(flat, i + len(tail))
        if m:
            return m.group(1)
        i = low.find(tail, i + 1)
    return ""
