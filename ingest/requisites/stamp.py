"""An approval stamp over an annex or a regulation: ``УТВЕРЖДЕН
постановлением администрации … от … № …`` (the act's requisites are the
approving act's)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.ru_dates import find_date

from .date_number import find_number
from .lines import Lines, clean
from .vocabulary import kind_from_word
from .annex_column import ends_column
from .names import gen_word, nominative
from .quotes import quotes_left_open


@dataclass(frozen=True)
class Stamp:
    kind: str | None     # of the approving act
    body: str | None
    date: str | None
    number: str | None
    annex: bool          # «Приложение к постановлению …», not «УТВЕРЖДЕН …»
    after: int           # the line after the stamp


_INSTR_KIND = re.compile(
    r"\b(?P<kind>постановлением|распоряжением|решением|приказом|указом|законом|"
    r"постановлению|распоряжению|решению|приказу|указу|закону)\b",
    re.IGNORECASE)
_APPROVED = re.compile(
    r"^(?:#G0)?\s*(?:УТВЕРЖДЕН[АОЫ]?|Утвержден[аоы]?|"
    r"(?:Приложение|ПРИЛОЖЕНИЕ)(?:\s*(?:№|N)?\s*\d+)?(?=\s*(?:к|К)\s|\s*$))\b(?P<rest>.*)$")

# a charter's or a regulation's adoption stamp over its own name: ``ПРИНЯТ`` / ``решением Совета
# депутатов …`` / ``от … № 12`` (a council adopts a charter where a head approves a regulation);
# read as ``read_stamp`` reads ``УТВЕРЖДЕН``, only right over the adopted document's kind line
ADOPTED_WORD = r"(?:ПРИНЯТ[АОЫ]?|Принят[аоы]?)\b"  # also a law's «(Принят Законодательным собранием …)»
ADOPTED_STAMP = re.compile(r"^\s*" + ADOPTED_WORD + r"(?P<rest>.*)$")


def _issuer_goes_on(parts: list[str], nxt: str) -> bool:
    """``Приложение к приказу`` / (blank) / ``Контрольно-счётной палаты`` / (blank) /
    ``Тестовской области``: a stamp that named its act's kind but no date yet, its
    issuer's name in the genitive going on past a blank line, each piece a paragraph."""
    words = nxt.split()
    # a piece opening in lower case goes on too: a database's double-spaced column breaks a federal
    # body's name anywhere («приказом Федеральной службы» / «по экологическому, технологическому» /
    # «и атомному надзору»); an annexed document's own name opens in capitals
    return bool(words) and len(nxt) <= 80 and (gen_word(words[0]) or nxt[0].islower()) \
        and bool(_INSTR_KIND.search(" ".join(parts))) and find_date(" ".join(parts)) is None


# a legal database's edition note under an annex's word ("Приложение 1" / "(в редакции, введенной в
# действие с … приказом … от … N …, - см. предыдущую редакцию)"): it names the act that AMENDED the
# annex, never the act the annex belongs to
_EDITION_NOTE = re.compile(r"^\(\s*(?:в\s+редакции|в\s+ред\.|с\s+изменениями)", re.IGNORECASE)


# a legal database's stamp under an annex's heading: "(утв. решением Совета депутатов … от … N …)"
DATABASE_STAMP = re.compile(r"^\(утв\.\s*(?P<rest>.*)$")
# the approving act's word alone on its line: an approval stamp's column whose «УТВЕРЖДЕНО» a copy
# lost ("решением" / "Заречной районной Думы" / "от … N 307"), opening it as ``read_stamp`` reads it
APPROVING_COLUMN = re.compile(r"^(?P<rest>(?i:(?:утвержден[аоы]?\s+)?(?:решением|постановлением|распоряжением|приказом|указом)))$")


# the approving act's title quoted in the stamp after its issuer ("к решению Совета депутатов
# Заречного округа «О бюджете … на 2025 год» от … № …"): no part of the issuer's name
_STAMP_TITLE = re.compile(r"[«\"„“]\s*(?:О|Об|Обо)\s")


# the approving act's number between its issuer and «от» (``№ 7 от 15.01.2024``)
_NUMBER_FIRST = re.compile(r"(?:^|\s)(?:№|N)\s*\d[\w./-]*\s*$")
# the approving act named by its number alone, no date: "к постановлению 1137", "к решению № 45-р"
_UNDATED_NUMBER = re.compile(r"^\s*(?:(?:№|N)\s*)?(?P<num>\d[\w./-]*?)[.,;]?\s*$")


def _date_word(after: str, title_at: int | None) -> re.Match | None:
    """The ``от`` of the stamp's date: past the approving act's quoted title, whose own
    words may hold an ``от`` (``«О внесении изменений в решение от …»``)."""
    for m in re.finditer(r"\b(?i:от)\b", after):  # "От 13.08.2015г. № 190", "ОТ …": capitals too
        if title_at is None or m.start() < title_at or not quotes_left_open(after[title_at:m.start()]):
            return m
    return None


def _close_quote(name: str) -> str:
    """An issuer's quoted name a database left open where the title's quote
    follows it (``"город Заречный`` / ``"О бюджете …``): closed."""
    if not quotes_left_open(name):
        return name
    return name + ("»" if name.count("«") > name.count("»") else '"')


# a register number a clerk typed after the stamp's date without its sign, ending the line: a
# register's letters (up to five capitals) and a hyphen before its digits, or digits first with
# letters after a hyphen ("ПГС-28-10", "ГС-14-3", "145-п"); a year, a place or a word is none
_SIGNLESS_TAIL = re.compile(r"(?:г\.|года?)?\s*(?P<num>[А-ЯЁ]{1,5}-\d{1,5}(?:[-/]\d{1,5}){0,3}"
                            r"|\d{1,5}(?:[-/]\d{1,5}){0,3}-[А-ЯЁа-яё]{1,4})")


def _signless_after_date(s: str) -> str | None:
    """The number of a stamp's date line ``от 12 марта 2006 г. ГС-14-3`` (a date, then a
    register number with no sign and nothing else), or None."""
    d = find_date(s)
    if not d or find_number(s) or not re.match(r"(?i)\s*от\b", s[:d[1]] or "от"):
        return None
    m = _SIGNLESS_TAIL.fullmatch(s[d[2]:].strip())
    return m.group("num") if m else None


def read_stamp(L: Lines, i: int, limit: int, approved: re.Pattern = _APPROVED) -> Stamp | None:
    """``УТВЕРЖДЕН постановлением администрации … от ____ № ____`` at line ``i``
    (``approved``: how the stamp opens)."""
    m = approved.match(L.raw[i].strip())
    if not m:
        return None
    parts = [m.group("rest").strip()]
    j = i + 1
    # a stamp a page or a text layer laid on one line ("УТВЕРЖДЕНО постановлением главы …
    # от 02.02.2023 № 7") ends with its number: the next line is the document's own
    whole = bool(find_number(parts[0]) and _INSTR_KIND.search(parts[0]))
    # a stamp is a narrow column: its issuer may run over many short lines
    # ("к постановлению" / "администрации" / "муниципального образования -" /
    # "Заречное сельское поселение" / … / "от 11.04.2023 N 42"), never a paragraph
    while not whole and j < limit and len(parts) < 11:
        s = L.raw[j].strip()
        if len(s) > 100 and not DATABASE_STAMP.match(s):
            # a paragraph ends the column; a database's «(утв. приказом Министерства … от … N …)»
            # under the annexed document's name does not: a federal body's name runs it long
            break
        if s and ends_column(parts, clean(s)):
            break  # no date line: the annexed document's own name begins (annex_column)
        if not s:
            nxt = next((L.raw[k].strip() for k in range(j + 1, min(limit, j + 3)) if L.raw[k].strip()), "")
            if any(p for p in parts) and L.gap(j) and not re.match(r"(?:от|№|N)\s*[\d_«\"]", nxt) \
                    and not _issuer_goes_on(parts, nxt):
                break  # the stamp's date line may stand apart: «от 06.03.2025 № 252»
            j += 1
            continue
        parts.append(s)
        j += 1
        if find_number(s) or re.search(r"№\s*_+|N\s*_+", s) or _signless_after_date(s):
            break
    text = clean(" ".join(parts))
    if _EDITION_NOTE.match(text):
        return None  # «Приложение 1» / «(в редакции, введенной … приказом … от … N …)»: the amending act
    km = _INSTR_KIND.search(text)
    if not km:
        return None
    kind = kind_from_word(km.group("kind"))
    after = text[km.end():]
    tm = _STAMP_TITLE.search(after)
    om = _date_word(after, tm.start() if tm else None)
    body_gen = after[:tm.start() if tm and (not om or tm.start() < om.start()) else om.start() if om else len(after)]
    # the number printed before the date ("постановлением №12-п от 03.04.2023"): the
    # approving act's, never its issuer's name (the usual order puts it after the date)
    nm = _NUMBER_FIRST.search(body_gen) if om else None
    number_first = find_number(nm.group(0)) if nm else None
    body_gen = body_gen[:nm.start()] if nm else body_gen
    if om is None and (undated := _UNDATED_NUMBER.match(body_gen)):
        # "Приложение 1 к постановлению 1137" / "к решению № 45": an annex's line naming its
        # act by the number alone, the sign often left out - a number, never the issuer
        number_first, body_gen = (undated.group("num"), 0, 0), ""
    body_gen = _close_quote(body_gen.strip(" ,"))
    body_gen = re.sub(r"\s+", " ", body_gen).strip(" ,")
    body = nominative(L.fix(body_gen)) if body_gen else None
    rest = after[om.end():] if om else ""
    d = find_date(after[om.start():]) if om else None  # with its «от» ("от 7.11. 2006г.": ru_dates)
    n = find_number(rest) or number_first
    if n is None and d is not None:
        # "от 8 февраля 2005 г. ПГС-28-10": the stamp's number typed after the date without a sign
        bare = _signless_after_date(after[om.start():])
        n = (bare, 0, 0) if bare else None
    annex = bool(re.match(r"^(?:#G0)?\s*(?:Приложение|ПРИЛОЖЕНИЕ)", L.raw[i].strip()))
    return Stamp(kind=kind, body=body or None, date=d[0] if d else None,
                 number=n[0] if n else None, annex=annex, after=j)
