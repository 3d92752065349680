"""A date and number printed away from the kind line: under the title, over
the body's block, in the lines after the kind word, after the signature."""
from __future__ import annotations

import re

from ingest.numbers import normalize_number
from ingest.ru_dates import GENITIVE_MONTHS, find_date
from ingest.status import is_note_line

from .date_number import NUM_CHARS, DateNumber, find_number, place_and_date, requisites_only
from .lines import Lines, clean
from .title import after_note
from .vocabulary import TITLE_START


# the head of a list of the acts that amended the document, each under it on a line of
# its own: "Изменения в ред. решений Совета депутатов:", "в редакции решений …"
_EDITION_LIST = re.compile(r"(?i)^(?:изменения\s+)?\(?\s*в\s+ред(?:\.|акции)\s")


def requisites_below(L: Lines, start: int, limit: int) -> DateNumber:
    """A line holding only a date and a number within the three lines from ``start``
    (none under the head of a list of amending acts: theirs)."""
    seen, prev = 0, ""
    for i in range(start, min(limit, start + 8)):
        s = clean(L.raw[i])
        if not s or L.noise[i]:
            continue
        if _EDITION_LIST.match(s) and not find_date(s):
            return DateNumber()
        if ADOPTED_BY_ACT.match(f"{prev} {s}".strip()):
            # a law's «Принят» / «Постановлением … Думы» / «от … N 2680»: the date and
            # number that follow are the adopting resolution's, never the act's
            return DateNumber()
        prev = s if _ADOPTED_WORD.fullmatch(s) else ""
        seen += 1
        got = requisites_only(s)
        if got:
            return got
        if seen >= 3:
            break
    return _date_then_number_below(L, start, limit)


# an act adopted by another act under its title: «Принят постановлением …», «Принят» /
# «Решением Собрания …» (the verb alone on its line, the adopting act on the next)
_ADOPTED = r"\(?\s*(?:принят|одобрен)[аоы]?"
_ADOPTED_WORD = re.compile("(?i)" + _ADOPTED)
ADOPTED_BY_ACT = re.compile("(?i)^" + _ADOPTED + r"\s+(?:постановлением|решением|указом|распоряжением)\b")


def _date_then_number_below(L: Lines, start: int, limit: int) -> DateNumber:
    """A date line, then a number line (with its sign or without), within
    three lines from ``start``: the text boxes a clerk typed over a blank
    and anchored in the title's or the text's first paragraph."""
    # (a lone "37" counts as a page number's noise elsewhere; here it follows a date)
    lines = [clean(L.raw[i]) for i in range(start, min(limit, start + 8)) if L.raw[i].strip()]
    for s, t in zip(lines[:2], lines[1:3]):
        d, n = find_date(s), find_number(t)
        if not d or find_number(s) or not _date_alone(s, d):
            continue
        if n and _number_alone(t, n):
            return DateNumber(d[0], n[0])
        if bare_number(t):
            return DateNumber(d[0], bare_number(t))
    return DateNumber()


def date_line_below(L: Lines, start: int, limit: int) -> DateNumber:
    """``«24» ноября 2021 г.``, ``29.04.2021      8р``: the first line under a
    protocol's title holding its date, alone or with its number printed
    without a sign at the right edge (the blank of a protocol)."""
    for i in range(start, min(limit, start + 4)):
        s = clean(L.raw[i])
        if not s or L.noise[i]:
            continue
        d = find_date(s)
        if not d:
            return DateNumber()
        rest = re.sub(r"^(?i:от)\s+|\s(?i:года?|г\.)(?=\s|$)", " ",
                      (s[:d[1]] + " " + s[d[2]:])).strip(" ,.«»\"")
        if not rest:
            return DateNumber(d[0], None)
        bare = re.fullmatch(r"(?:№\s*)?([0-9][" + NUM_CHARS + r"./-]{0,12})", rest)
        return DateNumber(d[0], normalize_number(bare.group(1))) if bare else DateNumber()
    return DateNumber()


def place_and_date_below(L: Lines, start: int, limit: int) -> str | None:
    """The date of the line under the title when it holds the place and the
    date only (a conclusion, a protocol)."""
    for i in range(start, min(limit, start + 3)):
        s = clean(L.raw[i])
        if s and not L.noise[i]:
            return place_and_date(s)
    return None


def requisites_above(L: Lines, top: int, floor: int) -> DateNumber:
    """A date-and-number line printed over the body block (a register's
    copy, a table row above the heading): up to three lines above it, rules
    and blank lines aside, and only when the line holds nothing else."""
    for s in _lines_above(L, top, floor):
        got = requisites_only(s) or date_and_signless_number(s)
        if got:
            return got
    return DateNumber()


# "12 марта 24 145-п": a day, a month, a year's last two digits and a number typed
# into the gaps of a blank whose «от «__» ______ 20__ г. № ___» is a picture
_TYPED_IN_GAPS = re.compile(r"«?(\d{1,2})»?\s+(" + "|".join(GENITIVE_MONTHS) + r")\s+(\d\d)\s+(\S+)", re.IGNORECASE)


def date_and_signless_number(s: str) -> DateNumber | None:
    """``21.05.2024<tab>6-55Р``: a form's row of the date and a number printed
    without its sign, nothing else on the line."""
    gaps = _TYPED_IN_GAPS.fullmatch(s.strip()) if s[:1].isdigit() or s[:1] == "«" else None
    if gaps and bare_number(gaps.group(4)):
        d = find_date(f"{gaps.group(1)} {gaps.group(2)} 20{gaps.group(3)} г.")
        return DateNumber(d[0], bare_number(gaps.group(4))) if d else None
    d = find_date(s)
    if not d or find_number(s) or re.sub(r"(?i)\bот\b|\s", "", s[:d[1]]):
        return None
    number = bare_number(s[d[2]:].strip())
    return DateNumber(d[0], number) if number else None


def _lines_above(L: Lines, top: int, floor: int, count: int = 3):
    """The ``count`` lines over line ``top``, nearest first, rules, blank lines and
    page noise aside (a publication's source reference and a collection's item
    number over the heading are no requisites of the act: ``ingest.press_lines``)."""
    seen = 0
    i = top - 1
    while i >= floor and seen < count:
        s = clean(L.raw[i])
        noise = L.noise[i]
        i -= 1
        if not s or noise or re.fullmatch(r"[-_=*—–\s]+", s):
            continue
        seen += 1
        yield s


def lone_requisite_above(L: Lines, top: int, floor: int) -> DateNumber:
    """A line holding only a date (a sitting's, with its place) or only a
    number over the body block: a form's frame or text box, anchored to the
    page's first paragraph, is stored before the heading it is printed
    beside. Up to three lines above."""
    date = number = bare = None
    for s in _lines_above(L, top, floor):
        d, n = find_date(s), find_number(s)
        if d and not n and (_date_alone(s, d) or place_and_date(s)):
            date = date or d[0]  # or a sitting's "27 марта 2008 года г. Тестовск"
        elif n and not d and _number_alone(s, n):
            number = number or n[0]
        elif bare_number(s):
            bare = bare or bare_number(s)  # typed over a blank's "№ ____", its sign the form's
    if number is None and date is not None:
        number = bare  # a bare number counts only beside the date typed with it
    return DateNumber(date, number)


# a register number without its sign ("145-п"), as a clerk types it over a blank's rule
BARE_NUMBER = re.compile(r"[0-9][" + NUM_CHARS + r"./-]{0,15}")


def bare_number(s: str) -> str | None:
    """``s`` as a number typed without its sign (a year alone is not one)."""
    if BARE_NUMBER.fullmatch(s) and not re.fullmatch(r"(?:19|20)\d\d", s):
        return normalize_number(s)
    return None


def _date_alone(s: str, d: tuple) -> bool:
    """Whether the line holds the date ``d`` (from find_date) and only its words."""
    return not re.sub(r"(?i)\bот\b|\bгода?\b|\bг\.|[\s.,]", "", s[:d[1]] + s[d[2]:])


def _number_alone(s: str, n: tuple) -> bool:
    """Whether the line holds the number ``n`` (from find_number) and nothing else."""
    return not s[:n[1]].strip() and not s[n[2]:].strip()


def window_requisites(L: Lines, k: int, n_lines: int = 5) -> DateNumber:
    """The first date and the first number in the ``n_lines`` usable lines
    after line ``k``, up to the title: the acts a title cites («О внесении
    изменений в решение … от … № …») are not the heading's."""
    d = n = None
    seen = 0
    j = k + 1
    while j < len(L.raw) and seen < n_lines:
        if L.ok(j):
            s = clean(L.raw[j])
            if TITLE_START.match(s):
                break
            if is_note_line(s):
                # "Утратил силу - Закон Тестовской" / "области от … N 350-оз" under
                # the heading: the repealing act's date and number, not the heading's
                j = after_note(L, j, len(L.raw))
                continue
            seen += 1
            fd, fn = find_date(s), find_number(s)
            d = d or (fd[0] if fd else None)
            n = n or (fn[0] if fn else None)
            if d and n:
                break
        j += 1
    return DateNumber(d, n)


def tail_requisites(L: Lines, lo: int, hi: int) -> DateNumber:
    """Date and number printed after the signature (laws, decrees):
    ``Москва, Кремль`` / ``12 января 1996 года`` / ``N 8-ФЗ``."""
    idx = [i for i in range(max(lo, hi - 120), hi) if L.raw[i].strip() and not L.noise[i]]
    for pos in range(len(idx) - 1, -1, -1):
        s = clean(L.raw[idx[pos]])
        # "21.12.2015 N 584-ПК", "(14 июня 2011 года № 109-ОЗ)", "г.Тестовск от
        # 01 сентября 2011 года N 515-ОЗ": all on the line under the signature
        one = requisites_only(_SIGNED_PLACE.sub("", s.strip("() ")))
        if one:
            return one
        n = find_number(s)
        if not n or len(s) - (n[2] - n[1]) > 3:
            continue  # not a line holding only the number
        for back in (1, 2):
            if pos - back < 0:
                break
            t = clean(L.raw[idx[pos - back]])
            d = find_date(t)
            if d and len(t) - (d[2] - d[1]) <= 4:
                return DateNumber(d[0], n[0])
    return DateNumber()


# the place a law was signed in, before its date on the same line
_SIGNED_PLACE = re.compile(r"^(?:г\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*,?\s+(?=\d|от\s)")
