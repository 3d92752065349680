"""A date and a number on one line of a heading.

How a number is printed and matched lives in ``ingest.numbers``, how a date
is read in ``ingest.ru_dates``; here only how a number is found after its
sign, and which lines hold requisites.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ingest.linememo import per_line
from ingest.numbers import normalize_number
from ingest.ru_dates import find_date

from .vocabulary import KINDS, PLACE, kind_alternation
from .file_text import GLUED_WORD
from .glued_place import unglue_place


@dataclass(frozen=True)
class DateNumber:
    """The date (ISO) and the number of an act, either None when not printed."""
    date: str | None = None
    number: str | None = None


NUM_CHARS = r"0-9A-Za-zА-Яа-яЁё"
# a spaced slash or dash before a capitalised word ends the number: a site's
# page title "Постановление от … № 779 / Тестовская область" sets the region
# after it (a register's letters are short: "№ 45 / р", "№ 12 - ПГ")
_NO_NAME = r"(?![А-ЯЁ][а-яё]{3})"
# (a dash typed between the sign and the digits, "№-13", "№ - 24", is no part of the number;
# a scanner's OCR reads "№" as "N9", "Nq", "Ng", "Ne": a sign when a number, not a date, follows;
# a copy that lost the space after the date's "года" glues the Latin sign to it: "2005 годаN 32-ОЗ")
NUMBER_RE = re.compile(
    r"(?:№|(?:(?<![A-Za-zА-Яа-яЁё])|(?<=\sгода))(?:No|Nо|Ns|N[9qge](?=\s+\d)(?!\s+\d{1,2}\.\d{1,2}\.\d)|N)\.?|(?<![A-Za-zА-Яа-яЁё.])Н(?=\s?\d))\s*"
    r"(?:[-\u2010-\u2015]\s*(?=\d))?"
    r"(?P<num>[" + NUM_CHARS + r"](?:[" + NUM_CHARS + r"./]|[-\u2010-\u2015\u2212](?=/?[" + NUM_CHARS + r"])"
    r"|\s+[-\u2010-\u2015\u2212/]\s*(?=[" + NUM_CHARS + r"])" + _NO_NAME
    + r"|[-\u2010-\u2015\u2212/]\s+(?=[" + NUM_CHARS + r"])" + _NO_NAME + r")*"
    # ("№ 873-36-/4 ЗС": a hyphen typed before the slash goes on with the number)
    # the tax service's "№ ММВ-7-16/163@": the sign ends the number (not an address)
    r"(?:@(?![" + NUM_CHARS + r".]))?)"
)


_GLUED_KIND = re.compile(r"(?<=[\dА-ЯЁа-яё])(?:" + kind_alternation(str.upper) + r")$")
# "№ 21-рзЗ А К О Н …": the first letter of a letter-spaced kind word glued on
_SPACED_KIND_REST = re.compile(r"(?:\s[А-ЯЁ]){3,}(?=\s|$)")
_SPACED_REST = re.compile(r"(?:\s[А-ЯЁа-яё]){3,}(?=\s|$)")


# a settlement named with a number («посёлок Участок № 26», «с. Отделение N 3») printed as
# the place between the date and the act's number: its sign stands after the place's
# abbreviation and a capitalised word, and the act's sign follows its number at once
_SETTLEMENT = re.compile(r"(?<![А-Яа-яЁё])(?:п|пос|пгт|с|д|х|ст|рп|р\.\s?п)\.\s*"
                         r"[А-ЯЁ][а-яё]+(?:[\s-][А-ЯЁа-яё][а-яё]+)?\s*$")
_NEXT_SIGN = re.compile(r"\s*(?:№|N)\s*\d")
_DATE_AS_NUMBER = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d")


@per_line()
def find_number(s: str) -> tuple[str, int, int] | None:
    """First ``№ …``/``N …`` number with at least one digit: (number, start, end)."""
    for m in NUMBER_RE.finditer(s):
        if _REGISTERED.search(s, max(0, m.start() - 120), m.start()):
            continue  # the Ministry of Justice's register number, not the act's
        num = cyrillic_letters(normalize_number(m.group("num")))
        num = _GLUED_KIND.sub("", num)  # "№ 56ЗАКОН …", "№ 38-РЗЗАКОН …": a flattened print ran on
        end = m.end()
        spaced = _SPACED_KIND_REST.match(s, end)
        if spaced and re.search(r"(?<=[\dа-яё])[А-ЯЁ]$", num) \
                and (num[-1] + spaced.group(0).replace(" ", "")).lower() in KINDS:
            num, end = num[:-1], spaced.end()
        elif re.search(r"\d[А-ЯЁ]$", num) and _SPACED_REST.match(s, end):
            num, end = num[:-1], end - 1  # "№ 258С о в е т …": a letter-spaced heading glued on
        num = re.sub(r"(?<=\d)[А-ЯЁ][а-яё]{2,}.*$", "", num)  # "№ 567Постановление …"
        # "№ 394-ПрУтратило силу - …": a database's note glued on after the letters of the
        # number (a register's letters are capitals or lower case, never a capitalised word)
        num = re.sub(r"(?<=[\dА-ЯЁа-яё-][а-яё])[А-ЯЁ][а-яё]{3,}.*$", "", num)
        # "№ 865АДМИНИСТРАЦИЯ …": a word in capitals glued on (a register's
        # letters stand after a hyphen or are short: "7а", "53РД", "-ПГ")
        num = re.sub(r"(?<=\d)[А-ЯЁ]{6,}$", "", num)
        num = GLUED_WORD.sub("", num)  # "№ 10САНКТ-ПЕТЕРБУРГ", "№ 12-рЗАРЕЧНЫЙ": a flattened file ran on
        num = unglue_place(num, m.group("num"), s, end)  # "№ 58/52-3г. Заречный": the row's place ran on
        if _DATE_AS_NUMBER.fullmatch(num):
            continue  # "12.03.2024 17 №<tab>12.03.2024 № 17": a sign printed after its number
        if _NEXT_SIGN.match(s, end) and _SETTLEMENT.search(s, max(0, m.start() - 40), m.start()):
            continue  # "п. Участок N 26<tab>№ 44": a settlement's own number, then the act's
        if any(c.isdigit() for c in num):
            second = _JOINT_SECOND.match(s, end)
            if not second and _DOUBLED_SIGN.search(s, 0, m.start() + 1):
                listed = [num]
                while (nxt := _LISTED_SECOND.match(s, end)) is not None:
                    listed.append(normalize_number(nxt.group(1)))
                    end = nxt.end()
                if len(listed) > 1:
                    return "/".join(listed), m.start(), end
            if second:
                # a joint act of two bodies: "№ 45-р / № 12-р", one number each
                return f"{num}/{normalize_number(second.group(1))}", m.start(), second.end()
            suffix = _SPACED_SUFFIX.match(s, end)
            # after digits or a convocation's Roman numeral ("№ 1204-IV ЗС")
            series = suffix and (suffix.group(1) or suffix.group(2))
            if series and re.search(r"(?:\d|-[IVXL]+)$", num) and series.lower() not in _NOT_SUFFIX:
                return f"{num} {series}", m.start(), suffix.end()
            run = _RUNNING.match(s, end)
            if run:
                # "N 317(357)": a city duma's number with its running number
                # "№ 15(49)-3МС": and the register's letters after it
                return f"{num}({run.group(1)}){run.group('tail') or ''}", m.start(), run.end()
            return num, m.start(), end
    return None


# Latin letters that print as Cyrillic ones: a clerk's "6-55P" typed on the
# wrong keyboard layout reads "6-55Р"
_LOOKALIKE = str.maketrans("ABCEHKMOPTXaceopxy", "АВСЕНКМОРТХасеорху")


def cyrillic_letters(num: str) -> str:
    """A number's letters as a reader reads them: Latin look-alikes made
    Cyrillic when every Latin letter of the number is one (``6-55P``,
    ``145-pa``); a number with other Latin letters (``12-FZ``) is left."""
    latin = re.findall(r"[A-Za-z]", num)
    if not latin or any(c not in "ABCEHKMOPTXaceopxy" for c in latin):
        return num
    return num.translate(_LOOKALIKE)


# "Зарегистрирован в Минюсте России 05.03.2013 N 27468", "ЗАРЕГИСТРИРОВАНО В
# МИНИСТЕРСТВЕ ЮСТИЦИИ РФ … ПОД N …": the clause up to the sign, in one sentence
_REGISTERED = re.compile(
    r"зарегистрирован\w*\s+(?:в|во)\s+(?:\w+\s+){0,2}?(?:минюст\w*|министерств\w*\s+юстиции)"
    r"[^.;\n]*?(?:\d{4}\s*(?:г\.|года?)?|\d{2}\.\d{2}\.\d{2,4})?\s*(?:под\s+)?$",
    re.I)
# the running number of a council's acts glued on in brackets ("N 317(357)"), not a
# bracketed remark after a space ("№ 5 (в ред. …)"); the number may go on after the
# bracket in more than one part ("№ РС-10(26)-80/28": the sitting's index, then the
# decision's own number and its series)
_RUNNING = re.compile(r"\((\d{1,5})\)(?P<tail>(?:[-/][" + NUM_CHARS + r"]+)*)(?=[\s\"«»,.;:]|$)")
_JOINT_SECOND = re.compile(r"\s*/\s*(?:№|N)\s*([0-9][" + NUM_CHARS + r"./-]*)")
# "№№ 139, 1696": the doubled sign of a joint act, the bodies' numbers listed after it
_DOUBLED_SIGN = re.compile(r"№\s?№$")
_LISTED_SECOND = re.compile(r"\s*[,;]\s*([0-9][" + NUM_CHARS + r"./-]*)")
# "№ 738-5 ОД", "№ 12 р": the register's letters after a space, where the line
# (or its column) ends, or a database's edition note follows ("N 2135-III ЗС (с
# изменениями …)"); a preposition, "г." or a place is not one; a department's
# order series in lower case with a slash too: "№ 210/01-07 о/д" (по основной деятельности)
# The slashed series is never a word, so it holds wherever it stands: before the
# bracket closing an annex's stamp too ("(утв. приказом … N 12 о/д)")
_SPACED_SUFFIX = re.compile(r"\s(?:([А-Яа-яЁё]{1,3})"
                            r"(?=\s*$|\s{2,}|\t|\s\((?i:с\s+изм|в\s+ред|ред\.|изм\.))"
                            r"|([а-яё]{1,2}/[а-яё]{1,2})(?![А-Яа-яЁё/]))")
_NOT_SUFFIX = {"от", "г", "гг", "в", "во", "и", "о", "об", "на", "по", "с", "со", "к", "ко",
               "до", "за", "из", "у", "без", "при", "для", "год"}


def is_date_or_number_line(s: str) -> bool:
    return bool(find_date(s) or find_number(s) or re.search(r"(?:от|№|N)\s*_{2,}", s)
                or _LOOSE_DATE.search(s))


# a clerk's date with hyphens or stray spaces at its dots ("от 12-03-2024",
# "12 .03.2024", "22. 08. 2022 г."), or with the year typed after a space where the
# second dot belongs ("от 26.09 2010", the month in two digits): read on the requisites'
# line under the kind word only, before the number's sign, where nothing else is a date
_LOOSE_DATE = re.compile(r"(?<![\d.-])(\d{1,2})\s?([-.])\s?(\d{1,2})(?:\s?\2\s?|(?<=\.\d\d) (?=(?:19|20)\d\d))"
                         r"((?:19|20)\d\d)(?![\d-])")


def loose_date(s: str) -> tuple[str, int, int] | None:
    """The ISO date, start and end of such a date in ``s`` (its «года»/«г.» taken in)."""
    m = _LOOSE_DATE.search(s)
    if not m:
        return None
    try:
        iso = datetime.date(int(m.group(4)), int(m.group(3)), int(m.group(1))).isoformat()
    except ValueError:
        return None
    end = m.end()
    tail = re.match(r"\s*(?:года|год|г\.?)", s[end:])
    return iso, m.start(), end + (tail.end() if tail else 0)


# «от 18 .02.2011 г. № 211»: a clerk's loose date typed between «от» and the number's sign
_LOOSE_BEFORE_SIGN = re.compile(r"(?<![А-Яа-яЁё])от\s*(?P<date>\d[\d\s.-]{6,14}?)\s*(?:года|г\.?)?\s*$", re.IGNORECASE)


def loose_date_before_sign(s: str, sign: int) -> tuple[str, int, int] | None:
    """The ISO date, start and end of a loose date (``18 .02.2011``, ``05. 03.2019``)
    standing between «от» and the number's sign at ``sign``, nothing else between
    them: the act's own requisites run into a one-line heading. A loose date
    anywhere else on the line (in its title) is not read."""
    m = _LOOSE_BEFORE_SIGN.search(s[:sign])
    if not m:
        return None
    d = loose_date(m.group("date"))
    if d is None or m.group("date")[d[2] - d[1]:].strip(" .гдоа"):
        return None
    return d[0], m.start("date"), m.start("date") + d[2]


def requisites_only(s: str) -> DateNumber | None:
    """The date and number of a line that holds nothing else (``№ 65 31.10.2018
    года``, ``от 12.03.2024<tab>№ 145-п``); None for a sentence citing an act."""
    d, n = find_date(s), find_number(s)
    if not (d and n):
        return None
    got = re.search(r"\s+г\.$", s[d[1]:d[2]])
    if got and re.match(r"\s*[А-ЯЁ][а-яё]", s[d[2]:]):
        # "12.03.2024<tab>г. Заречный<tab>№ 145-п": the «г.» is the town's, not the year's
        d = (d[0], d[1], d[1] + got.start())
    rest = s
    for a, b in sorted(((d[1], d[2]), (n[1], n[2])), reverse=True):
        rest = rest[:a] + " " + rest[b:]
    if len(re.sub(r"(?i)\bот\b|\bгода?\b|\bг\.|[\s.,|№]", "", rest)) <= 3:
        return DateNumber(d[0], n[0])
    # a form's row: the date, the place and the number in three cells
    mid = re.sub(r"^(?i:от)(?=\s)|(?i:\s(?:года?|г\.))$", "", re.sub(r"[\s|]+", " ", rest).strip(" ,."))
    if PLACE_ABBR.match(mid.strip()) and PLACE.match(mid.strip()):
        return DateNumber(d[0], n[0])
    return None


# «от <date> N|№ <number>» and nothing after the number: the act's own requisites line
# as a form prints it under its kind word or an annex's stamp under its issuer.
# Alone at the top of a page (nothing around it says what it is) the number is held to
# a register's shape: digits first, a word's letters, dots, slashes and hyphens, the
# line's end after it; the date is all before the first sign, at most 30 characters.
_FROM_DATE_NUMBER = re.compile(r"^от\s+(?P<date>[^N№]{6,30}?)\s*(?:N|№)\s*[0-9][\w./-]{0,20}\s*$")
# Where its place says it (the line under an annex's issuer) any one word after a
# spaced sign is the number ("N РС-18"), the date up to 40 characters.
_FROM_DATE_NUMBER_PLACED = re.compile(r"^от\s+(?P<date>.{6,40}?)\s(?:N|№)\s*\S+$")


def from_date_number(s: str, *, placed: bool = False) -> DateNumber | None:
    """The date and number of a line ``от 16 июня 1998 г. N 531-р`` and nothing
    else (the whole date and the whole number found, else None); narrower than
    ``requisites_only``: it opens with «от», the date stands before the sign, no
    place and no stray word is let in.

    ``placed`` says the caller found the line where an act's requisites line
    stands (the third line of an annex's stamp, ``Приложение N 3`` / ``Губернатора
    … области`` / ``от … N …``): the number may then be any one word after a sign
    with a space before it (a register's letters first: ``N РС-18``) and the date
    part is read in the whole line. Without it (the first line of a page that lost
    its heading, where a citation or a title could stand) the number must open
    with a digit and end the line, the sign may touch the date (``г.N18``), and the
    date is read before the sign only (a number ``12.03.2024`` is no date).
    Placed, the date part runs to the last spaced sign within 40 characters, so a
    stamp's line with a short edition note (``от … № 145-п (в ред. от … № 12)``)
    still gives its first date and first number. The two shapes are kept as their
    callers measured them; neither is widened."""
    if placed:
        if not _FROM_DATE_NUMBER_PLACED.match(s):
            return None
        d = find_date(s)
    else:
        m = _FROM_DATE_NUMBER.match(s)
        if not m:
            return None
        d = find_date(m.group("date"))
    n = find_number(s)
    return DateNumber(d[0], n[0]) if d and n else None


# the abbreviated kinds of a settlement (without their stop), one list for every reader of a place:
# ``PLACE_ABBR`` before the place's name, ``body._PLACE_ABBR_END`` at a heading line's end (the name on
# the next), ``issuer._PLACE_ABBR`` inside a sentence (its stop ends none)
PLACE_ABBR_WORDS = r"г|с|п|д|х|ст|пос|пгт|рп|р\.\s?п|гор|дер|сл"
PLACE_ABBR = re.compile(r"(?:" + PLACE_ABBR_WORDS + r")\.\s*[А-ЯЁ]")


def place_and_date(s: str) -> str | None:
    """The date of a line holding a place and a date only (``с. Заречье
    14 апреля 2022 года``, ``г. Тестовск, 3 мая 2020 г.``), else None."""
    d = find_date(s)
    if not d or find_number(s):
        return None
    rest = (s[:d[1]] + " " + s[d[2]:]).strip(" ,.")
    return d[0] if rest and PLACE.match(rest) else None
