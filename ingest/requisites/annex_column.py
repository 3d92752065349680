"""Where an annex's stamp ends when it prints no date and no number (heldout72).

An annex's stamp is a narrow column (``Приложение N 2`` / ``к решению`` /
``Совета депутатов …`` / ``от … № …``) read line by line until its number
(``stamp.read_stamp``). A database's annex page, or a file whose stamp was left
without its requisites, prints no date line at all: the column then ends where
the annexed document's own name begins (``Положение`` / ``о порядке …``,
``Порядок`` / ``предоставления …``) - the document's word in the nominative, which
no issuer's name in the genitive opens with. Read on past it, the issuer ran
into the document's name and its text."""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

# the document's word opening its name, as a regulation, a procedure or a programme is headed
# (with the adjectives a region's or a municipality's programme or a regulation carries before the
# word); also how a database's annex page opens (``head/db_named``)
DOCUMENT_WORD = re.compile(
    r"^(?:(?:областная|краевая|республиканская|окружная|государственная|региональная|комплексная|"
    r"муниципальная|ведомственная|долгосрочная|целевая|районная|городская|типовое|примерное|"
    r"административный)\s+)*"
    r"(?:положение|порядок|правила|регламент|программа|подпрограмма|план|перечень|состав|"
    r"инструкция|методика|методические\s+рекомендации|схема|стандарт|реестр|требования|условия|кодекс|"
    r"концепция|стратегия)(?![А-ЯЁа-яё])",
    re.IGNORECASE)
# the approving act's kind in the stamp ("к решению", "постановлением")
_STAMP_KIND = re.compile(r"(?i)(?<![а-яё])(?:постановлени(?:ем|ю)|распоряжени(?:ем|ю)|решени(?:ем|ю)|"
                         r"приказ(?:ом|у)|указ(?:ом|у))(?![а-яё])")


def ends_column(parts: list[str], line: str) -> bool:
    """Whether ``line`` opens the annexed document's name under a stamp whose lines so far
    (``parts``) name the approving act's kind and no date yet."""
    s = line.strip()
    if not s[:1].isupper() or not DOCUMENT_WORD.match(s):
        return False
    so_far = " ".join(parts)
    return bool(_STAMP_KIND.search(so_far)) and find_date(so_far) is None and len(parts) >= 2
