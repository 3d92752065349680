"""The register an institution's or a department's order is numbered in.

Orders are kept in registers by what they deal with, and the blank says which
under the kind word: ``ПРИКАЗ № 45`` / ``по основной деятельности`` / ``от
01.09.2021``, ``ПРИКАЗ № 12-лс`` / ``(по личному составу)``. The line is
neither the issuer's name nor the title, and the date printed under it is the
order's own.

The registers are named from the office practice of records (основная
деятельность, личный состав, кадры, административно-хозяйственные вопросы,
контингент обучающихся …), not generically: a line ``по делам молодежи`` under
``ПРИКАЗ`` / ``Комитета`` goes on with the committee's name.
"""
from __future__ import annotations

import re

__all__ = ["register_line"]

_REGISTER = re.compile(
    r"\(?\s*по\s+(?:"
    r"основной\s+деятельности|основным\s+вопросам|личному\s+составу|кадрам|персоналу|"
    r"административно[- ]хозяйственн(?:ой|ым)\s+(?:деятельности|вопросам|работе)|хозяйственн(?:ой|ым)\s+"
    r"(?:деятельности|вопросам)|общим\s+вопросам|"
    r"учебн(?:ой|о-воспитательной)\s+(?:работе|части|деятельности)|воспитательной\s+работе|"
    r"(?:движению|контингенту)(?:\s+(?:контингента|обучающихся|учащихся|воспитанников|детей))?|"
    r"(?:обучающимся|учащимся|воспитанникам)"
    r")\s*\)?\s*\.?", re.IGNORECASE)


def register_line(s: str) -> bool:
    """``по основной деятельности``, ``(по личному составу)``, ``ПО КАДРАМ``: the
    order's register alone on its line."""
    return bool(_REGISTER.fullmatch(s.strip()))
