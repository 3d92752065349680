"""The level of an act (federal, regional, municipal) from its issuing body."""
from __future__ import annotations

import re
from ingest.morph import fold

_FEDERAL = re.compile(
    r"российск\w*\s+федераци|\bрф\b|федеральн|\bросси[ияю]\b|прокуратур|президент\s+росс"
    r"|государственн\w+\s+дум\w*\s+федеральн|центральн\w+\s+банк|генеральн\w+\s+прокурат"
    r"|^росстат|^ростех|^росреестр|^роспотреб|^рос[а-я]+$",
    re.IGNORECASE)
_MUNICIPAL = re.compile(
    r"муниципальн|городск|районн|сельск|поселени|поселк|\bрайона\b|\bрайон\b|округа?\b(?<!автономного округа)"
    r"|\bгорода\b|\bг\.\s*[А-ЯЁ]|совет\w*\s+депутатов|совет\w*\s+народных\s+депутатов|местн\w+\s+самоуправ"
    r"|муниципальное\s+учреждение|\bмо\b|\bгп\b|\bсп\b",
    re.IGNORECASE)
_REGIONAL = re.compile(
    r"област|\bкра[йяюе]\b|краев|республик|автономн|губернатор|законодательн\w+\s+собрани"
    r"|правительств|государственн\w+\s+(комитет|собрани|совет)|\bмосквы\b|санкт-петербург|севастопол"
    r"|^министерств|^департамент|^комитет",
    re.IGNORECASE)


def level_for(body: str | None, kind: str | None = None) -> str | None:
    """federal / regional / municipal from the issuing body and the kind phrase.

    ``kind`` may be the raw phrase (``ФЕДЕРАЛЬНЫЙ ЗАКОН``, ``областной закон``).
    A municipal body is named after a town, district or settlement; a federal
    one after the Russian Federation or a federal service (a prosecutor's
    office is a territorial organ of a federal system); anything of an
    oblast/krai/republic is regional.
    """
    k = (kind or "").lower()
    if "федеральн" in k:
        return "federal"
    if re.search(r"областн|краев|окружн|республиканск", k):
        return "regional"
    if not body:
        return None
    b = fold(body)
    # the body's own words decide before the places it is "of":
    # "Управление Федеральной службы … по Брянской области" is federal,
    # "Администрация … района … области" is municipal.
    fed = _FEDERAL.search(b)
    mun = _MUNICIPAL.search(b)
    if fed and not (mun and mun.start() < fed.start() and "прокурат" not in b):
        # "Правительство Российской Федерации" but not "Совет депутатов … Российской Федерации"
        return "federal"
    if mun:
        return "municipal"
    if _REGIONAL.search(b):
        return "regional"
    return None
