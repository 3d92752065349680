"""Links between acts: which acts this one amends and which it repeals.

A reader asks "is decree 296-п still in force?" and "what changed 3077-п?";
ConsultantPlus answers from links between acts. Municipal acts state them
in a few fixed turns of phrase, so the links are read from the text:

- **amends**: the title ``О внесении изменений в постановление … от … № …``
  and the operative clause ``Внести в решение … от … № … следующие
  изменения``;
- **repeals**: ``Признать утратившим(и) силу …`` (also ``Отменить …``) up to
  the next numbered clause, often a list that names the kind and body once
  (``постановления Брянской городской администрации: - от … № …; - от …``),
  and titles ``О признании утратившим силу …``, and a clause naming the act
  first (``Постановление … от … № 12 «…» признать утратившим силу``); a repealed *part* of an act
  (``пункт 3 постановления …``, ``приложение к …``) amends it;
- **amended_by**: the list of amending acts a legal database prints on the
  act itself (ConsultantPlus ``Список изменяющих документов (в ред. …)``,
  Kodeks ``Документ с изменениями, внесенными: …``).

A citation needs ``от <date>`` and a number (the ``№`` may be lost by OCR);
the title in quotes is taken with its nested quotes, so that an act cited
inside another's title (``«О внесении изменения в … от 22.02.2022 № 588-п
«…»»``) is not a link of its own; ``(в редакции …)`` and ``(с изменениями
…)`` lists are skipped. Citations in the preamble (``В соответствии с
постановлением …``) are grounds, not links, and are not read.

Each citation keeps what was printed (body in the genitive, as in the
sentence) and the key the catalog matches acts by (kind, number, date).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import normalize_number
from .requisites import KINDS, kind_from_word
from .ru_dates import DATE_RE, match_to_iso

MAX_SPAN = 4000          # characters read after a trigger
MAX_CITATIONS = 50       # per act and relation


@dataclass(frozen=True)
class Citation:
    kind: str | None        # nominative: постановление
    body: str | None        # as printed, genitive: Брянской городской администрации
    date: str | None        # ISO
    number: str | None
    title: str | None
    printed_date: str = ""
    part: bool = False      # "пункт 3 постановления …": a part of the act, not all of it

    def text(self) -> str:
        """The citation as a bibliographic reference (the gold's form)."""
        parts = [self.kind or "акт"]
        if self.body:
            parts.append(self.body)
        parts.append(f"от {self.printed_date or self.date}")
        if self.number:
            parts.append(f"№ {self.number}")
        out = " ".join(parts)
        return f"{out} «{self.title}»" if self.title else out

    def key(self) -> tuple[str | None, str | None, str | None]:
        return (self.kind, self.number, self.date)


@dataclass(frozen=True)
class Links:
    amends: tuple[Citation, ...] = ()
    repeals: tuple[Citation, ...] = ()
    # the acts that amended this one, as a legal database's print lists them
    # ("Список изменяющих документов (в ред. …)", "Документ с изменениями, внесенными: …")
    amended_by: tuple[Citation, ...] = ()


_KIND_TOKEN = re.compile(r"(?<![А-Яа-яЁё])(" + "|".join(sorted(KINDS, key=len, reverse=True))
                         + r")(?![А-Яа-яЁё])", re.IGNORECASE)
_AMEND_TITLE = re.compile(
    r"^\s*О\s+внесении\s+(?:изменени[йяе]|дополнени[йяе])(?:\s+и\s+(?:изменени[йяе]|дополнени[йяе]))?"
    r"\s+в\s+", re.IGNORECASE)
_REPEAL_TITLE = re.compile(
    r"^\s*Об?\s+(?:признании\s+утративш(?:им|ими|ей|его)\s+силу|отмене)\s+", re.IGNORECASE)
# "Внести в постановление …", "Внести изменения в приложение к решению …",
# "Внести в программу …, утвержденную постановлением … от … № …"
_AMEND_CLAUSE = re.compile(
    r"(?:^|\n)\s*(?P<no>\d+(?:\.\d+)*)?\.?\)?\s*Внести\s+(?:следующ\w+\s+)?"
    r"(?:(?:изменени[яе]|дополнени[яе])(?:\s+и\s+(?:изменени[яе]|дополнени[яе]))?\s+)?в\s+",
    re.IGNORECASE)
_REPEAL_CLAUSE = re.compile(
    r"(?:^|\n)\s*(?P<no>\d+(?:\.\d+)*)?\.?\)?\s*(?:(?:Признать|Считать)\s+утративш(?:им|ими|ей|его)\s+силу"
    r"|Отменить)\b\s*:?", re.IGNORECASE)
# the act named before the words that repeal it: «2. Постановление администрации … от … № 12
# «…» признать утратившим силу с 01.01.2025.», «Решение Совета … от … № 5 отменить.»
_NAMED_FIRST = re.compile(r"(?:^|\n)[ \t]*(?P<no>\d+(?:\.\d+)*)?\.?\)?[ \t]*"
                          r"(?=(?:Постановлени[ея]|Решени[ея]|Распоряжени[ея]|Приказы?)\s)")
_REPEAL_WORDS = re.compile(r"\b(?:признать|считать)\s+утративш(?:им|ими|ей|его)\s+силу|\bотменить\b",
                           re.IGNORECASE)
# between the act and the repeal, words that make it a change of the act, not its repeal
# («… № 12 изложить …, пункт 3 признать утратившим силу»)
_CHANGE_WORDS = re.compile(r"\b(?:внести|изложить|дополнить|исключить|изменени\w*)\b", re.IGNORECASE)
_INNER_QUOTE = re.compile(r"«[^«»]*»|\"[^\"\n]*\"|„[^„“”]*[“”]")
_CHANGES_LIST = re.compile(
    r"Список\s+изменяющих\s+документов\s*(?P<paren>\(\s*)(?:в\s+ред\.?|с\s+изм\.?)"
    r"|Документ\s+с\s+изменениями,?\s+внесенными\s*:", re.IGNORECASE)
# a plain edition note on a line of its own in the act's head (Garant, registers):
# «(в ред. постановлений … от 12.05.2020 № 145-п, от …)», «(с изменениями, внесенными …)»
_EDITION_LINE = re.compile(
    r"(?m)^[ \t]*(?P<paren>\(\s*)(?:в\s+ред(?:\.|акции)|с\s+изменениями(?:\s+и\s+дополнениями)?,?\s+внесенными)",
    re.IGNORECASE)
# where the head ends: the preamble or the first operative point (a note after it is a cited act's)
_HEAD_END = re.compile(r"(?m)^[ \t]*(?:В\s+соответствии|В\s+целях|Руководствуясь|На\s+основании|"
                       r"Рассмотрев|В\s+связи|1\.\s|Статья\s+1\b)")
HEAD_SPAN = 2000
# the next numbered clause ends a repeal list (its own sub-clauses 2.1, 2.2 do not)
_NEXT_CLAUSE = re.compile(r"\n\s*(?P<no>\d+(?:\.\d+)*)\.?\)?\s+[А-ЯЁ]")
# a part of an act: repealing it amends the act
_PART = re.compile(r"\b(?:пункт|подпункт|абзац|раздел|приложени|строк|част[иь]|стать|глав[аыу])\w*",
                   re.IGNORECASE)
_PAGE_NUMBER_LINE = re.compile(r"(?m)^[ \t]*[-–]?\s*\d{1,3}\s*[-–]?[ \t]*$")
_NUMBER_AFTER = re.compile(
    r"\s*(?:г\.|года?)?\s*(?:(?:№|N|No|Nо)\.?\s*)?(?P<num>\d[0-9A-Za-zА-Яа-яЁё]*(?:\s?[-–—/]\s?[0-9A-Za-zА-Яа-яЁё]+)*)")
_SKIPPED_PAREN = re.compile(r"\s*\(\s*(?:в\s+ред|с\s+изм|с\s+доп|ред\.)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[а-яё0-9»\")]{2}\.\s+[А-ЯЁ]")
_BODY_WORD = re.compile(r"администрац|совет|дум[аы]|правительств|министерств|глав[ыа]\b|губернатор|"
                        r"комитет|управлени|департамент|собрани|президент", re.IGNORECASE)
_OPEN = "«\"„“"


def extract_links(title: str | None, text: str) -> Links:
    """The acts ``text`` (an act with ``title``) amends and repeals."""
    text = _PAGE_NUMBER_LINE.sub("", text or "")
    amends: list[Citation] = []
    repeals: list[Citation] = []
    if title:
        m = _AMEND_TITLE.match(title)
        if m:
            amends += citations(title[m.end():], first_only=False)
        m = _REPEAL_TITLE.match(title)
        if m:
            # «О признании утратившим силу пункта 3 постановления …»: a part, as in the clause
            for c in citations(title[m.end():], first_only=False):
                (amends if c.part else repeals).append(c)
    for m in _AMEND_CLAUSE.finditer(text):
        span = _span(text, m.end(), m.group("no"))
        # the act is named in the clause's first sentence
        end = _SENTENCE_END.search(span) or re.search(r":\s*\n", span)
        amends += citations(span[:end.start() + 3] if end else span, first_only=True)
    for m in _REPEAL_CLAUSE.finditer(text):
        for c in citations(_span(text, m.end(), m.group("no")), first_only=False):
            (amends if c.part else repeals).append(c)
    repeals += _named_first(text)
    amended_by: list[Citation] = []
    for m in _CHANGES_LIST.finditer(text):
        if m.group("paren"):
            end = _closing_paren(text, m.end())
        else:
            stop = re.search(r"\n\s*(?:_{5,}|\n)", text[m.end():m.end() + MAX_SPAN])
            end = m.end() + (stop.start() if stop else min(len(text) - m.end(), MAX_SPAN))
        amended_by += citations(text[m.end():end], first_only=False)
    if not amended_by:
        amended_by = _edition_note(text)
    return Links(_unique(amends), _unique(repeals), _unique(amended_by))


def _named_first(text: str) -> list[Citation]:
    """The acts a clause names before the words that repeal them (``_NAMED_FIRST``):
    the clause's first sentence, its repeal words outside quoted titles, and no
    part of the act («пункт 3», «приложение») nor a change named before them."""
    out: list[Citation] = []
    for m in _NAMED_FIRST.finditer(text):
        span = _span(text, m.end(), m.group("no"))
        end = _SENTENCE_END.search(span)
        sentence = span[:end.start() + 3] if end else span
        bare = sentence
        for _ in range(3):   # quoted titles, nested ones too, blanked in place
            bare = _INNER_QUOTE.sub(lambda q: " " * len(q.group(0)), bare)
        trigger = _REPEAL_WORDS.search(bare)
        if not trigger or _PART.search(bare[:trigger.start()]) or _CHANGE_WORDS.search(bare[:trigger.start()]):
            continue
        out += citations(sentence[:trigger.start()], first_only=False)
    return out


def _edition_note(text: str) -> list[Citation]:
    """The amending acts a plain «(в ред. …)» line of the act's head names
    (no «Список изменяющих документов» before it): only before the preamble
    and the first point, where a note is the act's own, never one after a
    cited act (``… Кодекса (в ред. Федерального закона …)``)."""
    head = text[:HEAD_SPAN]
    stop = _HEAD_END.search(head)
    head = head[:stop.start()] if stop else head
    out: list[Citation] = []
    for m in _EDITION_LINE.finditer(head):
        end = _closing_paren(text, m.end("paren"))
        if end > m.end():
            out += citations(text[m.end():end], first_only=False)
    return out


def _span(text: str, start: int, clause: str | None = None) -> str:
    end = min(len(text), start + MAX_SPAN)
    for nxt in _NEXT_CLAUSE.finditer(text, start, end):
        if clause and nxt.group("no").startswith(clause + "."):
            continue  # 2.1 inside clause 2
        return text[start:nxt.start()]
    return text[start:end]


def _unique(items: list[Citation]) -> tuple[Citation, ...]:
    seen, out = set(), []
    for c in items:
        if c.key() in seen:
            continue
        seen.add(c.key())
        out.append(c)
    return tuple(out[:MAX_CITATIONS])


def citations(span: str, first_only: bool = False) -> list[Citation]:
    """Every ``<kind> <body> от <date> № <number> «<title>»`` in ``span``,
    a list item without a kind taking the kind and body named before it."""
    s = re.sub(r"\s+", " ", span)
    out: list[Citation] = []
    pos, seg = 0, 0
    kind = body = None
    while True:
        m = DATE_RE.search(s, pos)
        if not m:
            break
        before = s[max(seg, m.start() - 8):m.start()]
        num = _NUMBER_AFTER.match(s, m.end())
        if not re.search(r"\bот\s*$", before, re.IGNORECASE) or not num:
            pos = m.end()
            continue
        head = s[seg:m.start()]
        if out and _SENTENCE_END.search(head):
            break  # the list is over: a new sentence (the signature, an annex)
        if head.count("(") > head.count(")"):
            pos = m.end()  # an editorial note: (в ред. Федерального закона от …)
            continue
        head = re.sub(r"\bот\s*$", "", head, flags=re.IGNORECASE)
        k, b = _kind_and_body(head)
        kind_at = _KIND_TOKEN.search(head)
        part = bool(_PART.search(head[:kind_at.start()] if kind_at else head))
        if k:
            kind, body = k, b
        elif kind is None:
            pos = m.end()
            continue
        end = num.end()
        title, end = _quoted(s, end)
        number = normalize_number(num.group("num"))
        out.append(Citation(kind, body, match_to_iso(m), number or None, title,
                            printed_date=m.group(0).strip(), part=part))
        if first_only:
            break
        paren = _SKIPPED_PAREN.match(s, end)
        if paren:
            end = _closing_paren(s, paren.end())
        pos = seg = end
    return out


def _kind_and_body(head: str) -> tuple[str | None, str | None]:
    """The last kind word in the words before ``от`` and the body after it."""
    found = list(_KIND_TOKEN.finditer(head))
    if not found:
        return None, None
    last = found[-1]
    kind = kind_from_word(last.group(1))
    rest = head[last.end():]
    rest = re.sub(r"^[\s:;,.\-–—]+|[\s:;,.\-–—•]+$", "", rest)
    words = rest.split()
    if not rest or len(words) > 14 or not (any(w[:1].isupper() for w in words)
                                           or _BODY_WORD.search(rest)):
        return kind, None
    return kind, rest


def _quoted(s: str, pos: int) -> tuple[str | None, int]:
    """The title in quotes right after ``pos`` (nested quotes kept) and the
    position after it; (None, pos) when no quote follows."""
    m = re.match(r"\s*", s[pos:])
    i = pos + m.end()
    if i >= len(s) or s[i] not in _OPEN:
        return None, pos
    depth, j = 0, i
    limit = min(len(s), i + 1500)
    while j < limit:
        c = s[j]
        if c == "«" or (c in "„“" and depth == 0):
            depth += 1
        elif c == "»" or c in "”":
            depth -= 1
        elif c == "\"":
            # a straight quote opens when it follows a space, closes otherwise
            if j > i and s[j - 1] not in " («":
                depth -= 1
            else:
                depth += 1
        if depth == 0:
            return _clean_title(s[i + 1:j]), j + 1
        j += 1
    # unbalanced (OCR lost a closing quote): up to the end of the item
    stop = re.search(r";|\s[-–—•]\s*от\s|[»\"]\.(?:\s|$)|$", s[i + 1:limit])
    end = i + 1 + (stop.start() if stop else 0)
    return _clean_title(s[i + 1:end]), end


def _clean_title(t: str) -> str | None:
    t = re.sub(r"\s+", " ", t).strip(" ;,.")
    return t or None


def _closing_paren(s: str, pos: int) -> int:
    depth = 1
    for j in range(pos, min(len(s), pos + 2000)):
        if s[j] == "(":
            depth += 1
        elif s[j] == ")":
            depth -= 1
            if depth == 0:
                return j + 1
    return pos


def body_matches(cited: str | None, body: str | None) -> bool:
    """Whether a body named in a citation (genitive: ``Брянской городской
    администрации``) can be a record's body (``БРЯНСКАЯ ГОРОДСКАЯ
    АДМИНИСТРАЦИЯ``): the words of one, in the nominative, are among the
    other's. Unknown on either side matches: the kind, number and date decide."""
    if not cited or not body:
        return True
    from .morph import to_nominative

    def words(s: str) -> set[str]:
        return {w for w in re.findall(r"[а-яёa-z0-9]+", s.casefold().replace("ё", "е")) if len(w) > 2}

    a, b = words(to_nominative(cited)), words(body)
    return bool(a) and (a <= b or b <= a)
