"""A database's heading on one line: ``Постановление администрации …
района от 12.03.2024 № 145 «О …»`` (the body in the genitive between the
kind word and the date, the title after the number)."""
from __future__ import annotations

import re


from ..date_number import NUMBER_RE
from ..lines import Lines
from ..title import listing_title, run_on_title, title_from
from ..vocabulary import CONVOCATION_TAIL, LAW_ADJ, NOM_KINDS, TITLE_START, kind_from_word
from .model import Head, OneLineHeading, Zone
from ..names import nominative
from ..body import body_above
from ..file_pages import undated_genitive
from ..listing_date import lone_date_below
from .unquoted_title import law_territory, split_title_from_genitive


def head_on_one_line(L: Lines, zone: Zone, heading: OneLineHeading) -> Head:
    i, s, d, n = heading.line, heading.text, heading.date, heading.number
    m = re.match(r"^(?P<kind>(?:" + LAW_ADJ + r"\s+)?(?:" + NOM_KINDS + r"))\s*(?P<gen>.*?)\s*\bот\s*$",
                 s[:d[1]], re.IGNORECASE)
    kind = kind_from_word(m.group("kind")) if m else kind_from_word(s.split()[0])
    raw_kind = m.group("kind") if m else s.split()[0]
    gen = m.group("gen") if m else ""
    if m is None and d[0] is not None:
        # "Постановление администрации города … 14.11.2017 № 1703 «О …»": no «от» before the date
        bare = re.match(r"^(?:" + LAW_ADJ + r"\s+)?(?:" + NOM_KINDS + r")\s+(?P<gen>.*)$", s[:d[1]], re.IGNORECASE)
        gen = (undated_genitive(bare.group("gen")) or "") if bare else ""
    nm = NUMBER_RE.search(gen)
    if nm:  # "Постановление Коллегии … №375 от 13.09.2013": the number first
        gen = gen[:nm.start()]
    gen, gen_title = split_title_from_genitive(gen)  # "Федеральный закон РФ О ветеранах от …"
    gen = CONVOCATION_TAIL.sub("", re.sub(r"\s+\S+\s+созыва\b", "", gen.strip()))
    body = nominative(L.fix(gen.strip())) if gen.strip() else None
    body = law_territory(kind, body)  # "Федеральный закон РФ …"
    if body is None and zone.lines and d[0] is not None:
        # "ПОСТАНОВЛЕНИЕ № 8 от 01.04.2011 г. ОБ …" under the issuer's name: the
        # blank's heading run into one line, its body printed above it (a site's
        # listing line with no date, "Решение №4.12 «О …»", has its site's chrome above)
        body = body_above(L, i, zone.lines[0]).name
    title = listing_title(s[max(d[2], n[2]):], drop_editions=True)
    if title is None and len(s) > 200:
        title = run_on_title(s[max(d[2], n[2]):])  # the whole heading run into the line
    if title is None and len(s) > 200:
        title = _title_past_note(s, n)
    if title is None and gen_title:
        title = gen_title
    if title is None:
        title = title_from(L, i + 1, zone.limit).text
        if title and not TITLE_START.match(title.lstrip("«\"„“ ")):
            title = None
    if title is None and kind == "устав" and gen.strip():
        # "Устав Тестовского района от 12.03.1996 № 4 …": a charter has no title of its
        # own; its name is the kind word and the name in the genitive the line prints
        title = f"{raw_kind.capitalize()} {L.fix(gen.strip())}"
    date = d[0] if d[0] is not None else lone_date_below(L, i, zone.limit)  # a site's list: the date under the line
    return Head(kind=kind, raw_kind=raw_kind, date=date, number=n[0], body=body, title=title,
                anchor=i, start=i)


# a repeal note run on after the headline's number, glued or not ("… № 394-ПрУтратилo силу - …")
_NOTE_AFTER_NUMBER = re.compile(r"\s*Утратил[аиоo]?\s+силу\b")


def _title_past_note(s: str, n: tuple) -> str | None:
    """An aggregator's headline, its repeal note and the act's heading all run into one
    line (``Распоряжение … № 394-ПрУтратилo силу - Распоряжение … N 383-Пр ПРАВИТЕЛЬСТВО …
    РАСПОРЯЖЕНИЕ от … N 394-Пр г.Саратов Об организации … В целях …``): the title follows
    the heading's own number, printed again after the note."""
    if n[0] is None:
        return None
    glued = s[n[1]:n[2]]
    k = glued.find(n[0]) + len(n[0]) if n[0] in glued else len(glued)
    if not _NOTE_AFTER_NUMBER.match(s, n[1] + k):
        return None
    again = re.compile(r"(?:№|\bN)\s*" + re.escape(n[0]) + r"(?![\w-])")
    m = again.search(s, n[2])
    return run_on_title(s[m.end():]) if m else None
