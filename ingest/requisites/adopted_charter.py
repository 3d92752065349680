"""A charter's page whose adoption stamp stands anywhere in its first lines.

A municipality's charter is adopted by its representative body, and its page
says so in a stamp: ``Принят`` / ``решением Совета`` / ``Луговского сельского
поселения`` / ``… области от 21.11.2005 № 7``; ``Принят`` / ``Советом Луговского
сельского поселения`` / ``Решение от "14"ноября 2005 г. № 31`` (the body in the
instrumental, the decision's word after it); ``Принят Решением`` / ``Луговского
сельского Совета`` / ``от … № 5/11-2``; ``Утвержден решением Совета сельского
поселения «Кедровый» от … № 4\\12.``; ``Принят сессией Совета`` / ``муниципального
округа N 12`` / ``3 марта 1997 г.`` (a sitting, no number). Sites put their banner,
the head's name or the page's title above it, and the charter's own heading
(``УСТАВ`` / its name) above or below it; the heading readers take the banner
for an issuer's block, the stamp's decision line for the act's kind line, or the
name's ``N 12`` for a number.

The stamp names the charter's issuer, date and number (record.md: the body the
text names where no heading names it; heldout63 r15, heldout66 m07: a charter's
page takes its adopting decision's requisites). Read only on a charter's page (a
charter's kind line among the first lines) and only where the stamp names a body
that adopts acts (a council, a duma, an assembly …); a heading that already names
a representative body stays.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.ru_dates import find_date

from .date_number import find_number
from .head.model import Head
from .lines import Lines, clean
from .names import head_lemma, nominative
from .vocabulary import OPERATIVE_VERB

_FIRST_LINES = 45  # usable lines of the page the charter's kind line and its stamp stand within
_STAMP_LINES = 8   # lines a stamp's narrow column may run over

# a charter's kind line: the word alone (maybe letter-spaced) or opening the charter's name
_CHARTER_LINE = re.compile(r"^\s*(?:УСТАВ|Устав|У\s?С\s?Т\s?А\s?В)(?:\s|$)")
# the stamp's first word (the rest of the line may hold the adopting act's word and its body)
_OPENER = re.compile(r"(?:^|(?<=\s))\(?\s*(?:ПРИНЯТ|Принят|УТВЕРЖДЕН|Утвержден)[АОЫаоы]?\b\s*(?P<rest>.*)$")


def _opens(s: str) -> re.Match | None:
    """The stamp's opening word at the line's start, or inside a line a page glued to the
    title above it (``Устав … "…" Принят Решением …``) where the adopting act's word follows."""
    m = _OPENER.search(s)
    if m and m.start() > 0 and not _ACT_WORD.match(m.group("rest")):
        return None
    return m
# the adopting act's word before the body in the genitive, and a sitting named with it
# ("Решением II сессии I созыва …", "пятой сессией …")
_ACT_WORD = re.compile(r"^(?:(?:решением|постановлением)\s+(?:(?:[IVXLC\d]+|[а-яё]+(?:ой|ей))\s+сессии\s+"
                       r"(?:[IVXLC\d]+\s+созыва\s+)?)?|(?:[а-яё]+(?:ой|ей)\s+)?сессией\s+)", re.IGNORECASE)
# a reading the stamp names before the adopting act ("Принят в первом чтении решением Думы …",
# "Принят в целом …"): a stage of the council's procedure, no part of its name
_READING = re.compile(r"^(?:в\s+(?:первом|втором|третьем|окончательном)\s+чтении|в\s+целом)\s*,?\s*", re.IGNORECASE)
# what ends the body's name: the decision's word, "от", a number's sign, an opening quote of a date
_NAME_END = re.compile(r"\s(?:[Рр]ешение|РЕШЕНИЕ|от|ОТ)\b|\s?№|\s[«\"]\s*\d")
# the bodies that adopt a charter (a representative body; a head or an administration never does)
_ADOPTERS = {"совет", "дума", "собрание", "хурал", "курултай", "хасэ"}


@dataclass(frozen=True)
class Adoption:
    body: str
    date: str | None
    number: str | None
    first: int   # the stamp's first line
    last: int    # its last line


def _adopter(name: str) -> bool:
    """A name built on an adopting body's noun (``Ключевского сельского Совета``: the place's
    adjective may read as a noun of its own, so each of the first words is tried)."""
    return any(head_lemma(w) in _ADOPTERS for w in name.split()[:6])


def _usable(L: Lines, lo: int, hi: int) -> list[int]:
    return [i for i in range(lo, min(hi, lo + 200)) if L.raw[i].strip() and not L.noise[i]][:_FIRST_LINES]


def _read(L: Lines, lines: list[int], at: int) -> Adoption | None:
    """The stamp opening at ``lines[at]``, or None where it names no adopting body."""
    m = _opens(clean(L.raw[lines[at]]))
    parts, last = [m.group("rest").strip()], lines[at]
    k = at + 1
    while find_date(" ".join(parts)) is None and k < len(lines) and len(parts) < _STAMP_LINES:
        s = clean(L.raw[lines[k]])
        if len(s) > 100 or _CHARTER_LINE.match(s):
            break
        again = _opens(s)
        if again is not None and not again.start():
            parts = []  # the stamp's first words printed twice ("Утвержден решением" / "Утвержден решением")
            s = again.group("rest").strip()
        parts.append(s)
        last = lines[k]
        k += 1
    text = re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()
    slashed = re.sub(r"(?<=\d)\\(?=\d)", "/", text)  # "№ 5\24": a clerk's backslash between the number's parts
    back = slashed != text
    text = slashed
    d = find_date(text)
    if d is None:
        return None
    reading = _READING.match(text)
    skip = reading.end() if reading else 0
    act = _ACT_WORD.match(text[skip:])
    rest = text[skip + act.end():] if act else text[skip:]
    cut = min([d[1] - (len(text) - len(rest))] + [e.start() for e in [_NAME_END.search(rest)] if e])
    who = rest[:max(cut, 0)].strip(" ,.")
    if not who or not _adopter(who) or len(who.split()) > 20:
        return None
    body = nominative(who)
    body = body[:1].upper() + body[1:]
    n = find_number(text[d[2]:]) or find_number(rest[cut:d[1] - (len(text) - len(rest))] if cut >= 0 else "")
    number = n[0] if n else None
    if number and back and "/" in number:
        number = number.replace("/", "\\")  # kept as printed (record.md)
    return Adoption(body=body, date=d[0], number=number, first=lines[at], last=last)


def adoption_under(L: Lines, k: int, limit: int) -> Adoption | None:
    """The adoption stamp under a charter's kind line or name at line ``k`` (within the
    next dozen usable lines): ``УСТАВ …`` / ``ПРИНЯТ`` / ``решением Совета …`` / ``от … № …``."""
    lines = _usable(L, k + 1, min(limit, k + 13))[:12]
    return next((a for j, i in enumerate(lines) if _opens(clean(L.raw[i])) and (a := _read(L, lines, j))), None)


def _charter_name_under(L: Lines, lines: list[int], start: int) -> str | None:
    """The charter's name under its kind word alone on a line below ``start`` (``Устав`` /
    ``Луговского сельского поселения`` / ``… района``), up to a contents' or a chapter's line;
    or after the word on its line where the name is printed in capitals with it."""
    for k, i in enumerate(lines):
        s = clean(L.raw[i])
        if i <= start or not _CHARTER_LINE.match(s):
            continue
        if (one := _CHARTER_LINE.sub("", s, count=1).strip()) and len(one.split()) <= 16 \
                and not one.endswith((".", ":", ";")):
            # "УСТАВ СЕЛЬСКОГО ПОСЕЛЕНИЯ КЛЮЧЕВОЕ …" on its line, its capitals wrapped onto the next
            caps = one.upper() == one
            return " ".join([one] + _run_on(L, i, lambda t: t.upper() == t if caps else t[:1].islower()))
        name = []
        for j in lines[k + 1:k + 7]:
            s = clean(L.raw[j])
            if re.match(r"(?i)(?:содержание|оглавление|глава|статья|раздел|настоящий)\b", s) or len(s) > 120:
                break
            name.append(s)
        return " ".join(name) or None
    return None


_ENDS_NAME = re.compile(r"(?i)(?:содержание|оглавление|глава|статья|раздел|настоящий|текст|принят|утвержд|устав)\b")


def _run_on(L: Lines, i: int, fits) -> list[str]:
    """The lines wrapped right under line ``i`` (no blank line between) that ``fits`` accepts,
    up to a contents', a chapter's, a stamp's or the name's repeated line."""
    out = []
    for j in range(i + 1, min(len(L.raw), i + 5)):
        t = clean(L.raw[j])
        if not t or L.noise[j] or _ENDS_NAME.match(t) or len(t) > 120 or not fits(t):
            break
        out.append(t)
    return out


def charter_adoption(L: Lines, h: Head, lo: int, hi: int) -> Head | None:
    """The head of a charter's page completed from its adoption stamp (see the module doc),
    or None where the page is no charter's or prints no such stamp."""
    if h.kind not in ("устав", "решение", None):
        return None
    lines = _usable(L, lo, hi)
    if not any(_CHARTER_LINE.match(clean(L.raw[i])) for i in lines):
        return None
    found = next((a for k, i in enumerate(lines) if _opens(clean(L.raw[i])) and (a := _read(L, lines, k))), None)
    if found is None:
        return None
    if h.kind == "решение" and (not found.first <= h.anchor <= found.last
                                or any(OPERATIVE_VERB.search(clean(L.raw[i])) for i in lines if i < found.first)):
        # a decision on the page (amending the charter, or adopting it: its text above the stamp)
        return None
    kept = h.body and _adopter(clean(h.body)) and not re.search(r"(?i)принят|утвержд", h.body)
    number = found.number
    if number is None and h.number and h.number.casefold() not in found.body.casefold():
        number = h.number
    out = replace(h, body=h.body if kept else found.body, date=found.date, number=number)
    if found.first <= h.anchor <= found.last:
        # the stamp's "Решение от … № …" read as the act's kind line: the charter's name below is the title
        out = replace(out, kind="устав", title=_charter_name_under(L, lines, found.last) or h.title)
    elif h.number and number is None and 0 <= h.anchor and _CHARTER_LINE.match(clean(L.raw[h.anchor])):
        # "Устав муниципального округа N 12 …": the name's number read as the act's; the line is the title
        out = replace(out, title=" ".join([clean(L.raw[h.anchor])] + _run_on(L, h.anchor, lambda t: True)))
    return out
