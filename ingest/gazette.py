"""A newspaper issue's text: its masthead, page marks and the parts that are
the paper's own, not an act's.

A gazette («Береговской вестник», «Муниципальные ведомости», the official
section of a district paper) prints, around the acts it publishes:

- a **masthead** on top: the name, a subtitle («Официальное периодическое
  печатное издание …»), the issue number as printed (``№ 12 (345)``, an
  issue's number and the paper's running number) and the date;
- **running headers and footers** on every page: the name, the issue and
  the date with the page number (``Вестник · № 12 (345) · 15 марта 2024 г. ·
  стр. 3``), or the page number alone (``3``, ``— 3 —``);
- a **contents box** («В номере:», «Содержание») listing the acts;
- the rubric «Официальное опубликование» and, at the end, the **imprint**
  (founder, editor, address, print run, printer).

``clipping_header(text)`` reads the running header a clipping (one article
or act cut from a page) keeps: ``Вестник · № 12 (345) · 15 марта 2024 г. ·
стр. 3`` among its first or last lines, with separators between the parts,
so an act's own ``от … № …`` line never is one.

``read_issue(text)`` recognises an issue by its masthead only (a name line
above a line ``№ N`` with the date, before any act's kind word), so a single
act's text never is one. It returns the text without these parts, the page
each remaining line is printed on (from the page marks: a group of marks
with pages p and p+1 is a page break; a page number alone ends its page; a
running header alone starts its page) and the issue's name, number and date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.ru_dates import find_date

_HEAD_LINES = 10          # the masthead is among the first non-empty lines


def _ci(*parts: str) -> re.Pattern:
    """One case-insensitive pattern from its parts (one alternative or so a part)."""
    return re.compile("".join(parts), re.IGNORECASE)


# "№ 12 (345)" or "№ 22/25150/" (the issue's number, then the paper's running
# number), not an act's "№ 145-п" or "№ 5/32"
_ISSUE = re.compile(r"(?:^|[\s,·|])№\s*(?P<n>\d{1,4}(?:\s*\(\s*\d{1,6}\s*\)|/\d{3,6}(?=/|\s))?)/?"
                    r"(?![-–/.\d]|\s*[-–]\s*[А-Яа-я])")
# a header's page number printed right after its date: "… 5 ФЕВРАЛЯ 2016 12 ОФИЦИАЛЬНЫЙ ОТДЕЛ"
_PAGE_AFTER_DATE = re.compile(r"^\s*(?:г\.|года)?\s*[|·•]?\s*(?P<p>\d{1,3})\b(?!\s*(?:г\.|год))")
_KIND_LINE = re.compile(r"^\s*(?:ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|РЕШЕНИЕ|ПРИКАЗ|УКАЗ|ЗАКОН|П\s?О\s?С\s?Т)")
# an act's requisites line ("Постановление … от 17.07.1997 № 449"), not an issue's
_KIND_WORD = _ci(r"(?:постановлени|распоряжени|решени|приказ|указ|закон|протокол)[а-яё]*\b")
# an issuer's name is no newspaper's
_ISSUER = _ci(r"\b(?:администрац|совет\b|совета\b|глава\b|главы\b|дума\b|думы\b|министерств",
              r"|управлени|комитет|департамент|правительств|губернатор|прокуратур)")
_SUBTITLE = _ci(r"издание|основана|выходит|учредител|распространяется")
# a letter-spaced word ("Р А С П О Р Я Ж Е Н И Е", "П Р И К А З"), read whole
_LETTER_SPACED = re.compile(r"(?<!\S)(?:[А-ЯЁа-яё] ){3,}[А-ЯЁа-яё](?!\S)")


def _unspaced(line: str) -> str:
    """A line with its letter-spaced words closed up: a site prints an act's
    kind word so, and the masthead's tests must still see a kind word."""
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), line)
# footers: "3", "— 3 —", "стр. 3"; headers: "… · стр. 3", "3 | …", "… | 3"
_PAGE_ONLY = _ci(r"^\s*(?:[-–—]\s*)?(?:стр\.?\s*|страница\s+|с\.\s*)?(?P<p>\d{1,3})(?:\s*[-–—])?\s*$")
# (a tab: a PDF's header laid out in cells, the page number at the outer edge)
_PAGE_IN_HEADER = _ci(r"(?:\bстр\.?|\bстраница|\bс\.)\s*(?P<p>\d{1,3})\b",
                      r"|^\s*(?P<q>\d{1,3})\s*[|·•\t]|[|·•\t]\s*(?P<r>\d{1,3})\s*$")
_CONTENTS = _ci(r"^\s*(?:в\s+(?:этом\s+)?номере|содержание(?:\s+номера)?|читайте\s+в\s+номере)\s*:?\s*$")
_ENTRY = re.compile(r"^\s*(?:Постановлени|Распоряжени|Решени|Приказ|Указ|Закон|Информаци|Извещени"
                    r"|Оповещени|Объявлени|Заключени|Протокол)")
_PAGE_REF = _ci(r"(?:стр\.?|с\.)\s*\d{1,3}\s*$|[.…\s—–-]{2,}\d{1,3}\s*$")
_RUBRIC = _ci(r"^\s*(?:официальное\s+опубликование|официально|официальный\s+раздел",
              r"|официальные\s+документы|документы)\s*$")
_IMPRINT = _ci(r"^\s*(?:учредител[ьи]|издатель|главный\s+редактор|и\.\s*о\.\s*главного\s+редактора",
               r"|адрес\s+редакции|адрес\s+издателя|тираж|отпечатано|номер\s+подписан",
               r"|подписано\s+в\s+печать|газета\s+зарегистрирована|свидетельство\s+о\s+регистрации)")
_IMPRINT_WORD = _ci(r"учредител|издатель|редактор|редакци|тираж|отпечатано|подписан\s+в\s+печать",
                    r"|зарегистрирован")


@dataclass(frozen=True)
class IssueInfo:
    name: str
    number: str            # as printed: "12 (345)"
    date: str              # ISO


@dataclass(frozen=True)
class IssueText:
    """An issue's text without its masthead, running lines, contents and
    imprint; ``pages[i]`` is the printed page of ``lines[i]`` (None where
    the issue has no page marks: a DOCX, a web page)."""

    info: IssueInfo
    lines: list[str]
    pages: list[str | None]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _norm(s: str) -> str:
    return re.sub(r"[\s«»\"“”„]+", " ", s.casefold().replace("ё", "е")).strip()


def masthead(lines: list[str]) -> tuple[IssueInfo, int] | None:
    """The issue's name, number and date, and the index of the masthead's
    last line; None when the text does not open with a masthead."""
    seen = [i for i, ln in enumerate(lines[:80]) if ln.strip()][:_HEAD_LINES]
    for pos, i in enumerate(seen):
        s = lines[i].strip()
        if _KIND_LINE.match(_unspaced(s)):
            return None
        m = _ISSUE.search(s)
        if not m or pos == 0:
            continue
        d = find_date(s[m.end():]) or find_date(s[:m.start()])
        last = i
        if not d and pos + 1 < len(seen):
            d = find_date(lines[seen[pos + 1]])
            last = seen[pos + 1]
        if not d:
            continue
        if any(_KIND_WORD.search(_unspaced(lines[k])) for k in seen[:pos + 1]):
            return None
        names = [lines[k].strip() for k in seen[:pos] if not _SUBTITLE.search(lines[k])]
        if not names or _ISSUER.search(names[0]) or names[0].endswith(":"):
            return None
        number = re.sub(r"\s*\(\s*", " (", m.group("n")).replace(" )", ")")
        return IssueInfo(names[0].strip(" «»\""), number, d[0]), last
    return None


def _proper_name(name: str, lines: list[str]) -> str:
    """A masthead in capitals as the text writes it elsewhere (a running
    header, «в газете «Береговской вестник»»), else with one capital."""
    if not name.isupper():
        return name
    key = _norm(name)
    for ln in lines:
        for m in re.finditer(r"«([^«»]{3,80})»|^(.{3,80}?)\s*[·|]", ln):
            cand = (m.group(1) or m.group(2) or "").strip()
            if _norm(cand) == key and not cand.isupper():
                return cand
    return name[:1] + name[1:].lower()


def _mark(line: str, info: IssueInfo, key: str) -> tuple[str, int | None] | None:
    """("header"|"footer", page) when ``line`` is a running line."""
    s = line.strip()
    if not s or len(s) > 160:
        return None
    m = _PAGE_ONLY.match(s)
    if m:
        return "footer", int(m.group("p"))
    n = _norm(s)
    if key in n and ("№" in s and _own_number(info.number) in s or find_date(s)):
        p = _PAGE_IN_HEADER.search(s)
        page = next((int(g) for g in (p.group("p"), p.group("q"), p.group("r")) if g), None) if p else None
        d = find_date(s) if page is None else None
        after = _PAGE_AFTER_DATE.match(s[d[2]:]) if d else None
        return "header", int(after.group("p")) if after else page
    return None


def _own_number(number: str) -> str:
    """The issue's own number of "12 (345)" or "22/25150"."""
    return re.split(r"[\s(/]", number, maxsplit=1)[0]


def _contents_end(lines: list[str], i: int) -> int:
    """The index after a contents box starting at ``i`` (its «В номере:»)."""
    k, open_entry = i + 1, False
    while k < len(lines):
        s = lines[k].strip()
        if not s or _RUBRIC.match(s) or s.isupper():
            break
        if _ENTRY.match(s):
            open_entry = not (_PAGE_REF.search(s) or s.endswith("»"))
        elif open_entry or _PAGE_REF.fullmatch(s) or _PAGE_REF.search(s):
            open_entry = not (_PAGE_REF.search(s) or s.endswith("»"))
        else:
            break
        k += 1
    return k


def _imprint_end(lines: list[str], i: int) -> int | None:
    """The index after an imprint starting at ``i``; None when the line
    starting like one is not followed by more imprint words."""
    last, k, hits = i, i, 0
    while k < len(lines) and k - last <= 3:
        s = lines[k].strip()
        if not s:   # a DOCX or a web page: one paragraph a line, blank between
            k += 1
            last += 1
            continue
        hits += len(_IMPRINT_WORD.findall(s))
        if _IMPRINT_WORD.search(s):
            last = k
        k += 1
    if hits < 2:
        return None
    end = last
    while end + 1 < len(lines) and lines[end + 1].strip() and not lines[end].rstrip().endswith("."):
        end += 1
    return end + 1


def read_issue(text: str) -> IssueText | None:
    """The issue in ``text`` (see the module doc), or None when there is no masthead."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head = masthead(lines)
    if head is None:
        return None
    info, last = head
    info = IssueInfo(_proper_name(info.name, lines), info.number, info.date)
    key = _norm(info.name)
    keep: list[int] = []
    marks: list[tuple[int, str, int | None]] = []   # (position in keep, kind, page)
    i = last + 1
    # the rest of the masthead line block ("Распространяется бесплатно")
    while i < len(lines) and lines[i].strip() and _SUBTITLE.search(lines[i]):
        i += 1
    while i < len(lines):
        s = lines[i].strip()
        mk = _mark(s, info, key)
        if mk:
            # a page break is no paragraph break: a title or a sentence goes on
            while keep and not lines[keep[-1]].strip():
                keep.pop()
            marks.append((len(keep), *mk))
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            continue
        if _CONTENTS.match(s):
            i = _contents_end(lines, i)
            continue
        if _RUBRIC.match(s):
            i += 1
            continue
        if s and i + 1 < len(lines) and _RUBRIC.match(s + " " + lines[i + 1].strip()):
            i += 2   # the rubric wrapped in a narrow column
            continue
        if _IMPRINT.match(s):
            end = _imprint_end(lines, i)
            if end is not None:
                i = end
                continue
        keep.append(i)
        i += 1
    pages = _pages(len(keep), marks)
    return IssueText(info, [lines[k] for k in keep], pages)


def _pages(n: int, marks: list[tuple[int, str, int | None]]) -> list[str | None]:
    """The page of each kept line from the marks between them."""
    marks = [m for m in marks if m[2] is not None]
    if not marks:
        return [None] * n
    # marks with nothing but blank lines between them form one group
    groups: list[list[tuple[int, str, int]]] = []
    for m in marks:
        if groups and groups[-1][-1][0] == m[0]:
            groups[-1].append(m)
        else:
            groups.append([m])
    cuts: list[tuple[int, int, int]] = []   # (position, page before, page after)
    for g in groups:
        ps = sorted({p for _, _, p in g})
        kinds = {k for _, k, _ in g}
        if len(ps) >= 2:
            before, after = ps[0], ps[-1]
        elif "footer" in kinds:
            before, after = ps[0], ps[0] + 1
        else:
            before, after = ps[0] - 1, ps[0]
        cuts.append((g[0][0], before, after))
    out: list[str | None] = []
    c = 0
    for pos in range(n):
        while c < len(cuts) and cuts[c][0] <= pos:
            c += 1
        page = cuts[c][1] if c < len(cuts) else cuts[-1][2]
        out.append(str(max(page, 1)))
    return out


_CLIP = re.compile(
    r"^\s*(?P<name>[«\"]?[А-ЯЁA-Z][^·|№]{2,80}?[»\"]?)\s*[·|•,]\s*№\s*(?P<n>\d{1,4}(?:\s*\(\s*\d{1,6}\s*\))?)"
    r"\s*[·|•,]\s*(?P<rest>.{6,60}?)\s*$")
_CLIP_PAGE = _ci(r"[·|•,]\s*(?:стр\.?|с\.|страница)\s*(?P<p>\d{1,3})\s*$")


def clipping_header(text: str) -> tuple[IssueInfo, str | None] | None:
    """The issue and page a clipping's running header names, or None."""
    lines = [ln.strip() for ln in text[:3000].split("\n") if ln.strip()][:5]
    lines += [ln.strip() for ln in text[-3000:].split("\n") if ln.strip()][-5:]
    for s in lines:
        m = _CLIP.match(s)
        if not m or _KIND_WORD.search(m.group("name")) or _ISSUER.search(m.group("name")):
            continue
        d = find_date(m.group("rest"))
        if not d:
            continue
        pg = _CLIP_PAGE.search(s)
        number = re.sub(r"\s*\(\s*", " (", m.group("n")).replace(" )", ")")
        return IssueInfo(m.group("name").strip(" «»\""), number, d[0]), pg.group("p") if pg else None
    return None
