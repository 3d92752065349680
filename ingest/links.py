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
  (``пункт 3 постановления …``, ``приложение к …``) amends it. The words may follow a day or a
  reason (``С 01.01.2025 признать …``, ``В связи с … признать …``), the kind and body may be
  named before them over a list after (``Следующие постановления … признать утратившими силу:``),
  and the list may be the annex (``… согласно приложению``);
- **amended_by**: the list of amending acts a legal database prints on the
  act itself (ConsultantPlus ``Список изменяющих документов (в ред. …)``,
  Kodeks ``Документ с изменениями, внесенными: …``).

A citation needs ``от <date>`` and a number (the ``№`` may be lost by OCR), the number
after the date or before it (``№ 12 от 10.02.2023``);
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
from dataclasses import dataclass, replace

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
# the day may stand before the words or between them: «2. С 01.01.2025 признать утратившими силу:»,
# «Со дня вступления в силу настоящего постановления признать …», «Признать с 1 января 2025 года
# утратившим силу …» (qarepeal135)
# («В связи с принятием … признать …», «В целях … признать …» too; a lead-in that asks another
# body to do it — «предложить Совету депутатов признать …» — is no repeal: ``_NOT_OURS``)
_LEAD = r"(?P<lead>(?:Со?|В\s+связи\s+с|В\s+целях)\s[^\n:;]{1,250}?),?\s+"
_NOT_OURS = re.compile(r"предлож|рекоменд|поруч|обрат|ходатайств|просить|направ", re.IGNORECASE)
_REPEAL_CLAUSE = re.compile(
    r"(?:^|\n)\s*(?P<no>\d+(?:\.\d+)*)?\.?\)?\s*(?:" + _LEAD + r")?"
    r"(?:(?:Признать|Считать)\s+(?:с\s[^\n:;«»]{1,40}?\s+)?утративш(?:им|ими|ей|его)\s+силу"
    r"|Отменить)\b\s*:?", re.IGNORECASE)
# the acts named before the words, their list after them: «Следующие постановления администрации …
# признать утратившими силу:» / «- от … № 12 «…»;» (qarepeal135)
_LISTED_FIRST = re.compile(
    r"(?:^|\n)\s*(?P<no>\d+(?:\.\d+)*)?\.?\)?\s*(?:Следующие|Нижеследующие|Нижеперечисленные"
    r"|Перечисленные\s+ниже)\s+(?P<what>[^\n:;]{3,200}?)\s+(?:признать|считать)\s+утративш(?:им|ими)\s+силу"
    r"[^\n:;]{0,60}:", re.IGNORECASE)
# the act named before the words that repeal it: «2. Постановление администрации … от … № 12
# «…» признать утратившим силу с 01.01.2025.», «Решение Совета … от … № 5 отменить.»
# (after a lead-in «С 1 января 2025 года постановление … признать …»: the kind in the nominative)
_NAMED_FIRST = re.compile(r"(?:^|\n)[ \t]*(?P<no>\d+(?:\.\d+)*)?\.?\)?[ \t]*"
                          r"(?:(?i:" + _LEAD + r")(?=(?:постановление|решение|распоряжение|приказ)\s)"
                          r"|(?=(?:Постановлени[ея]|Решени[ея]|Распоряжени[ея]|Приказы?)\s)"
                          # a part of the act named first: «Пункт 3 постановления … признать утратившим
                          # силу» amends it, as the clause «Признать утратившим силу пункт 3 …» does
                          r"|(?=(?P<part>Пункт|Подпункт|Абзац|Раздел|Приложение|Глав[аыу]|Стать[яи]|Част[ьи])"
                          r"\w*\s[^\n]{0,80}?(?:постановлени[яю]|решени[яю]|распоряжени[яю]|приказ[ау])\s))")
_REPEAL_WORDS = re.compile(r"\b(?:признать|считать)\s+утративш(?:им|ими|ей|его)\s+силу|\bотменить\b",
                           re.IGNORECASE)
# between the act and the repeal, words that make it a change of the act, not its repeal
# («… № 12 изложить …, пункт 3 признать утратившим силу»)
_CHANGE_WORDS = re.compile(r"\b(?:внести|изложить|дополнить|исключить|изменени\w*)\b", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n[ \t]*\d{1,3}(?:\.\d{1,3})*[.)][ \t]*[А-ЯЁ]")
# where a named-first clause's act has its requisites: its «от <date>» or «№ <number>»
_CITED_AT = re.compile(r"\b(?:от|№|N)\s*[«\"]?\s?\d")
# an edition note's opening bracket: «(в редакции …», «(с изменениями, внесенными …», «(с изм. от …»
_EDITION_OPEN = r"\(\s*(?:в\s+ред|с\s+изм|с\s+доп|ред\.)"
# ... the note in brackets whole
_EDITION_PAREN = re.compile(_EDITION_OPEN + r"[^()]*\)", re.IGNORECASE)
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
# a cited number: «145-п», «12/3», «5 - 24»
_CITED_NUMBER = r"(?P<num>\d[0-9A-Za-zА-Яа-яЁё]*(?:\s?[-–—/]\s?[0-9A-Za-zА-Яа-яЁё]+)*)"
_NUMBER_AFTER = re.compile(r"\s*(?:г\.|года?)?\s*(?:(?:№|N|No|Nо)\.?\s*)?" + _CITED_NUMBER)
# the number printed before the date: «№ 12 от 10.02.2023», «N 15-п от 5 июня 2023 г.»
_NUMBER_BEFORE = re.compile(r"(?:№|\b(?-i:N))\s*" + _CITED_NUMBER + r"\s+от\s*$", re.IGNORECASE)
_YEAR_WORD = re.compile(r"\s*(?:г\.|года?\b)?")
_SKIPPED_PAREN = re.compile(r"\s*" + _EDITION_OPEN, re.IGNORECASE)
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
        if m.group("lead") and _NOT_OURS.search(m.group("lead")):
            continue
        span = _span(text, m.end(), m.group("no"))
        for c in citations(span, first_only=False) or _annexed(text, m.end(), span):
            (amends if c.part else repeals).append(c)
    for m in _LISTED_FIRST.finditer(text):
        for c in citations(m.group("what") + " " + _span(text, m.end(), m.group("no")), first_only=False):
            (amends if c.part else repeals).append(c)
    for c in _named_first(text):
        (amends if c.part else repeals).append(c)
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
    part of the act («пункт 3», «приложение») nor a change named before them. A
    clause that names a part first («Пункт 3 постановления …») gives that act as a
    part (``part``: it is amended)."""
    out: list[Citation] = []
    for m in _NAMED_FIRST.finditer(text):
        if m.group("lead") and _NOT_OURS.search(m.group("lead")):
            continue
        span = _span(text, m.end(), m.group("no"))
        end = _SENTENCE_END.search(span)
        sentence = span[:end.start() + 3] if end else span
        # one paragraph: never on from the act's own heading line («Решение от … № 3-44» over
        # its title and preamble) to a later point's words, nor over a point glued to its
        # number («2.Решение …») (qarepeal135)
        par = _PARAGRAPH_END.search(sentence)
        sentence = sentence[:par.start()] if par else sentence
        bare = sentence
        for _ in range(3):   # quoted titles, nested ones too, blanked in place
            bare = _INNER_QUOTE.sub(lambda q: " " * len(q.group(0)), bare)
        trigger = _REPEAL_WORDS.search(bare)
        if not trigger:
            continue
        # a part or a change is named after the act's requisites («… № 12 в части пункта 3»), never
        # in its body («Постановление главы поселения …»); an edition note «(с изменениями,
        # внесенными …)» names no change the clause makes (qarepeal135)
        cited = _CITED_AT.search(bare, 0, trigger.start())
        between = _EDITION_PAREN.sub(" ", bare[cited.end() if cited else 0:trigger.start()])
        if (_PART.search(between) and not m.group("part")) or _CHANGE_WORDS.search(between):
            continue
        found = citations(sentence[:trigger.start()], first_only=False)
        out += [replace(c, part=True) for c in found] if m.group("part") else found
    return out


# a clause whose list is its annex: «Признать утратившими силу постановления … согласно приложению»
BY_ANNEX = re.compile(r"согласно\s+(?:приложени|перечн)|по\s+перечню|в\s+соответствии\s+с\s+перечнем"
                       r"|(?:указанн|перечисленн|приведенн)\w*\s+в\s+приложени", re.IGNORECASE)
ANNEX_AT = re.compile(r"\n[ \t]*(?:ПРИЛОЖЕНИЕ|Приложение)\b")
# the annex's stamp that names the repealer itself: «к постановлению администрации … от … № 99»,
# «УТВЕРЖДЕН постановлением … от … № 99»
_ANNEX_STAMP = re.compile(r"(?:\bк\s+(?:постановлению|решению|распоряжению|приказу)|утвержден\w*\s+"
                          r"(?:постановлением|решением|распоряжением|приказом))[^№]{0,300}?(?:№|\bN)\s*\S+",
                          re.IGNORECASE)


def _annexed(text: str, start: int, span: str) -> list[Citation]:
    """The acts a repeal clause lists in its annex («… согласно приложению»), the
    annex's stamp (the repealer itself) left out (qarepeal135)."""
    if not BY_ANNEX.search(span):
        return []
    at = ANNEX_AT.search(text, start)
    if not at:
        return []
    annex = text[at.end():at.end() + MAX_SPAN]
    nxt = ANNEX_AT.search(annex)
    annex = annex[:nxt.start()] if nxt else annex
    stamp = _ANNEX_STAMP.search(annex[:600])
    return citations(annex[stamp.end():] if stamp else annex, first_only=False)


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
        if not re.search(r"\bот\s*$", before, re.IGNORECASE):
            pos = m.end()
            continue
        # «постановление … № 12 от 10.02.2023 «…»»: the number before the date (qarepeal135)
        first = _NUMBER_BEFORE.search(s, max(seg, m.start() - 60), m.start())
        num = first or _NUMBER_AFTER.match(s, m.end())
        if not num:
            pos = m.end()
            continue
        head = s[seg:first.start() if first else m.start()]
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
        end = _YEAR_WORD.match(s, m.end()).end() if first else num.end()
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
    if a and (a <= b or b <= a):
        return True
    # the same body under its charter's name: «администрации муниципального образования
    # «Сосновское сельское поселение»» for АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ, and
    # the other way round: the words' stems, without the words «муниципальное образование»
    # (qarepeal135)
    a, b = _stems(a), _stems(b)
    return bool(a) and (a <= b or b <= a)


_GENERIC = re.compile(r"^(?:муниципальн|образовани|мо$)")


def _stems(words: set[str]) -> set[str]:
    return {w[:5] for w in words if not _GENERIC.match(w)}
