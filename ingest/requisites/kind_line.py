"""The kind line of a heading: ``ПОСТАНОВЛЕНИЕ``, ``Решение Совета депутатов
… от … № …``, ``ЗАКОН ТЕСТОВСКОЙ ОБЛАСТИ``, ``П Р И К А З``."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.heading import EDITION_NOTE, OWN_EDITION
from ingest.ru_dates import find_date

from .date_number import NUM_CHARS, find_number, loose_date_before_sign
from .names import gen_word
from .file_rows import DRAFT_LISTING
from .list_item import listed_act
from .vocabulary import (
    ACT_KINDS, HEADING_KINDS, KIND_LINE, KIND_WORDS, NATIONAL_KIND, TITLE_START, despace, kind_from_word,
)
from ingest.linememo import per_line
from ingest.morph import fold


@dataclass(frozen=True)
class KindLine:
    kind: str        # the nominative kind
    raw_kind: str    # the kind phrase as printed (``ФЕДЕРАЛЬНЫЙ ЗАКОН``)
    rest: str        # what follows it on the line
    titled: bool     # "Положение о …": the kind word starts a title, not a heading


# a regional portal's date that lost its month ("Распоряжение от 01 2017 г № 89-Р"): the
# day and the year alone cannot be read as a date - dropped, the number kept
_MONTH_LOST = re.compile(r"^от\s+\d{1,2}\s+(?:19|20)\d{2}\s*(?:г\.?|года?)?\s*(?=(?:№|N)\s*\S)")


def _misprinted_kind(s: str) -> str | None:
    """A kind word in capitals alone on its line that lost one letter in print
    (``ПОСТАНОВЛНИЕ``, ``РЕШЕНИ``): the kind word, in capitals."""
    if not (5 < len(s) < 15 and s.isalpha() and s.isupper()):
        return None
    w = fold(s)
    return next((k.upper() for k in KIND_WORDS if len(k) == len(w) + 1
                 and any(k[:i] + k[i + 1:] == w for i in range(len(k)))), None)


def _heading_run_on(s: str) -> bool:
    """A heading a site printed on one line with the text after it: the kind word
    in capitals, the date and the number within the heading's length."""
    head = s[:160]
    return s.split()[0].isupper() and bool(find_date(head)) and bool(find_number(head))


# a database's or aggregator's one-line heading: the date and the number (either first) end
# the line, or stand before the title in quotes that ends it ("… от … N 6 "О …"", "… № 6 от …"),
# or before a bar and the title unquoted, as a legal portal lists its acts ("Указ Главы … № 695
# от 29.08.2025 года | Об утверждении …": the bar is a table's cell border, no text's)
_DATE_PART = r"[^№\"«„“|]{6,24}?"
_NUMBER_PART = r"(?:№|N)\s*\d[\w./-]{0,15}"
_REQUISITES_ENDING = re.compile(
    r"\s(?P<req>от\s+" + _DATE_PART + r"\s" + _NUMBER_PART + "|" + _NUMBER_PART + r"\s+от\s+" + _DATE_PART + r")"
    r"(?:,?\s+[«\"„“]\s?(?:О|Об|Обо)\s.*[\"»“”]|\s*\|\s*(?:О|Об|Обо)\s[^|]*)?\s*$")


def _database_line(s: str) -> bool:
    """A database's or aggregator's one-line heading longer than a heading line (the
    body's long name on it): the date and the number end it, or stand before the quoted
    title that ends it (a print cut inside the title is no heading; nor a reference line
    listing the editions, which the reference-line reading takes). A site's editor may
    type a space after the title's opening quote (``№32 от 11.09.2015г. " О …"``)."""
    if fold(s.split(maxsplit=1)[0]) not in KIND_WORDS:
        return False  # a paragraph of the text: a set lookup, no scan
    m = _REQUISITES_ENDING.search(s)
    return bool(m) and m.start() < 300 and bool(find_date(m.group("req"))) and not EDITION_NOTE.search(s)


# a news site's or a mirror's headline over a law: "Закон о статусе …" (the title in small
# letters after the kind word), its adoption line under it; a legislature's page names it
# with the title in quotes that close the line ("Закон «О статусе депутата …»")
_LAW_HEADLINE = re.compile(r"^(?:о|об)\s+[а-яё]")
_QUOTED_LAW_TITLE = re.compile(r"^[«\"„“](?:О|Об|Обо)\s[^«»\"„“”]*(?:[«\"„“][^«»\"„“”]*[»\"“”][^«»\"„“”]*)*[»\"“”]$")


def _law_headline(kind: str, raw_kind: str, rest: str) -> bool:
    return kind == "закон" and raw_kind == "Закон" and bool(
        _LAW_HEADLINE.match(rest) or _QUOTED_LAW_TITLE.match(rest))


# a draft's heading: "ПРОЕКТ ПОСТАНОВЛЕНИЯ", "Проект решения" alone on its line
_DRAFT_KIND = re.compile(r"^(?:ПРОЕКТ|Проект)\s+(?P<word>[А-ЯЁа-яё]+)\s*[.:]?$")


_YEAR_WORD = re.compile(r"^\s*(?:г\.|года?\b)")


def _kind_between(s: str) -> KindLine | None:
    """A blank's row of three cells, the kind word in the middle one between the
    date and the number (``05.11.2024г.<tab>РАСПОРЯЖЕНИЕ<tab>№ 45-р``): the kind
    line, the date and number its rest."""
    d = find_date(s)
    if not d or re.sub(r"(?i)\bот\b|[\s«»\"]", "", s[:d[1]]):
        return None
    n = find_number(s)
    if not n or n[1] < d[2] or s[n[2]:].strip():
        return None
    word = _YEAR_WORD.sub("", s[d[2]:n[1]]).strip()
    if re.fullmatch(r"(?:[А-ЯЁ] )+[А-ЯЁ]", word):
        word = word.replace(" ", "")  # "Р А С П О Р Я Ж Е Н И Е"
    if not (word.isupper() and word.isalpha() and kind_from_word(word) in ACT_KINDS):
        return None
    return KindLine(kind_from_word(word), word, (s[:d[2]] + " " + s[n[1]:n[2]]).strip(), titled=False)


@per_line()
def kind_line(line: str) -> KindLine | None:
    """The kind, the kind phrase and the rest when ``line`` is a heading kind line."""
    s = NATIONAL_KIND.sub("", despace(line)).strip()  # "КАРАР      ПОСТАНОВЛЕНИЕ"
    if s[:6] in ("ПРОЕКТ", "Проект"):
        m = _DRAFT_KIND.match(s)
        kind = kind_from_word(m.group("word")) if m else None
        if kind in ACT_KINDS:
            return KindLine(kind, m.group("word"), "", titled=False)
        listed = DRAFT_LISTING.match(s)
        if listed and kind_from_word(listed.group("word")) in ACT_KINDS:
            # "Проект постановления «Об …». Скачать": a site's line for the draft it posts,
            # read as the act's line (its kind, its title; a draft has no date nor number)
            return KindLine(kind_from_word(listed.group("word")), listed.group("word"),
                            listed.group("rest").strip(), titled=False)
    if len(s) < 40 and " " in s and fold(re.sub(r"\s", "", s)) in KIND_WORDS:
        s = re.sub(r"\s", "", s)  # "УК А З": letter-spacing with a space lost
    if s and fold(s.strip(" .:")) in ACT_KINDS:
        s = s.strip(" .:").upper()  # "постановление" alone on its line, in lower case
    s = _misprinted_kind(s) or s
    s = listed_act(s) or s  # "2. приказ департамента … от … № …": a site's list line
    if s[:1].isdigit() or s[:1] in "«\"" or s[:3] in ("от ", "От "):
        return _kind_between(s) if "№" in s or "N" in s else None
    if not s or not s[0].isupper() or len(s) > 160 and not _heading_run_on(s) and not _database_line(s):
        return None
    if s.isupper() and fold(s.split()[0].strip(" .:")) in HEADING_KINDS:
        # "ОПРЕДЕЛЕНИЕ" alone, "ЗАКЛЮЧЕНИЕ О РЕЗУЛЬТАТАХ …" with its title
        word, _, rest = s.partition(" ")
        if not rest.strip(" .:") or TITLE_START.match(rest.strip()):
            return KindLine(fold(word.strip(" .:")), word.strip(" .:"), rest.strip(), titled=False)
    m = KIND_LINE.match(s)
    if not m:
        return None
    rest = _MONTH_LOST.sub("", m.group("rest").strip())
    raw_kind = m.group("kind")
    kind = kind_from_word(raw_kind)
    if not kind:
        return None
    if rest and re.search(r"\bот\b", rest) and not find_date(rest) \
            and not ((n := find_number(rest)) and loose_date_before_sign(rest, n[1])):
        # "Решение Коломенского района от 05" (a cut website title); not "… от 18 .02.2011 г.
        # № 211", the date typed with a stray space before the number's sign
        return None
    if rest:
        rest_clean = rest.strip(" .:")
        if not rest_clean:
            rest = ""
        else:
            first = rest_clean.split()[0]
            after_number = re.sub(r"^(?:№|N)\s*[" + NUM_CHARS + r"./-]+\s+", "", rest_clean)
            if after_number != rest_clean and after_number:
                first = after_number.split()[0]  # "Решение №18 Совета депутатов …"
            # "ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ …", "Решение Совета депутатов …",
            # "ЗАКОН ЛЕНИНГРАДСКОЙ ОБЛАСТИ"; not "Положение о …" (a title).
            if TITLE_START.match(rest_clean + " ") and kind in ("положение", "устав", "протокол"):
                return KindLine(kind, raw_kind, rest_clean, titled=True)
            # a database's edition of the print closing the charter's name ("… (с изменениями
            # на: 28.02.2017)") dates the print, not the charter
            unedited = OWN_EDITION.sub("", rest_clean)
            if kind == "устав" and gen_word(first) and not find_date(unedited) and not find_number(unedited):
                # "УСТАВ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «…»": the charter's name, not an issuer
                return KindLine(kind, raw_kind, unedited.strip(" .:"), titled=True)
            only_number = find_number(rest_clean) and not re.sub(
                r"(?:№|N)\s*[" + NUM_CHARS + r"./-]+", "", rest_clean).strip()
            # "Приказ о порядке …": a site's title line, the kind word run into the title
            # ("об" already read as a genitive word)
            if not raw_kind.isupper() and not gen_word(first) and not find_date(rest) \
                    and not only_number and not _law_headline(kind, raw_kind, rest_clean) \
                    and not (kind in ACT_KINDS and TITLE_START.match(rest_clean + " ")):
                return None
            if raw_kind.isupper() and rest_clean.split()[0][:1].islower() and not gen_word(first):
                return None
    return KindLine(kind, raw_kind, rest.strip(" .:"), titled=False)
