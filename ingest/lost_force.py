"""The date an act lost force, when the fund holds the act that repealed it.

A legal database prints the date in its note («Утратил силу с 01.01.2025»);
an act of the fund that repeals another says it in its own words, and a card
that says «утратил силу (по акту фонда)» without a date leaves the reader to
open the repealer. Read, in this order:

- the repealing clause itself: «признать утратившим силу с 1 января 2025
  года постановление … № 145-п», or «С 01.01.2025 признать утратившими силу:
  … № 145-п» — the clause that names the act's number;
- the repealer's own entry into force when it is a date («вступает в силу с
  01.01.2025») or its signing («со дня подписания»: the repealer's date).

«Со дня (официального) опубликования» and «по истечении десяти дней» leave it
unknown: the publication's date is not the act's, and a wrong date on a card
is worse than none."""
from __future__ import annotations

import re

from .ru_dates import parse_date

# a date as acts print it: 01.01.2025, «1» января 2025 г.
_DATE = r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|[«\"]?\d{1,2}[»\"]?\s+[а-яё]+\s+\d{4})"
_SINCE = re.compile(r"(?<![\w-])с\s+(?P<d>" + _DATE + r")", re.IGNORECASE)
_LOST = re.compile(r"утратившим[иа]?\s+сил[уы]|утрачивает\s+сил[уы]|отменить|отмене", re.IGNORECASE)
# where the sentence holding the repeal begins: after a sentence's end, a
# blank line or a numbered point («2.», not its sub-points «2.1.»: a lead-in
# «2. С 01.07.2024 признать утратившими силу:» and its items are one sentence;
# «г. Заречного» is no sentence's end)
_SENTENCE_START = re.compile(r"(?:(?<!\b\w)[.!?]\s+(?=[А-ЯЁ\d])|\n\s*(?=\d{1,3}\.\s)|\n\s*\n)")
# an item of a list that ends with a full stop: «1.2. Постановление … «…».», «2) …», «– …», or an
# act named with no mark at all, one a line («Постановление … от … № 15-п «…».»); a point «2.» of
# the act is no item (qarepeal135)
_ITEM_MARK = re.compile(r"\s*(?:(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\)|[-–—•])\s"
                        r"|(?:Постановление|Решение|Распоряжение|Приказ)\s[^\n]{0,300}?\bот\s)")
# the rest of the item after the cited number: «… № 145-п «Об …» с 01.01.2025;»
_ITEM_END = re.compile(r";|\.\s|\n\s*\n")
_IN_FORCE = re.compile(r"вступа\w*\s+в\s+(?:законную\s+)?силу\s+(?P<rest>[^\n]{0,80})", re.IGNORECASE)
_ON_SIGNING = re.compile(r"^(?:со\s+дня|с\s+момента|с\s+даты)\s+(?:его\s+|ее\s+|её\s+)?подписания"
                         r"(?!\s+и\s+(?:подлежит|распростран))", re.IGNORECASE)
_AFTER_PUBLICATION = re.compile(r"опубликован|обнародован|истечени|после", re.IGNORECASE)
_CLAUSE_CHARS = 600
# how far back a list's lead-in may stand: a repealer's list of twenty acts
_LIST_CHARS = 4000
# a quoted title or new wording: «…», "…" (straight quotes of a word processor), “…”, „…“
_QUOTED = re.compile(r"«[^«»]{4,}»|\"[^\"\n]{4,}\"|[“„][^“”„\n]{4,}[”“]")
# an item of a list: the items before the one citing the act are other acts' («…№ 3 с 01.03.2024;»)
_ITEM = re.compile(r";|\n\s*(?:\d{1,3}[.)]|[-–—•])\s")


def _number_pattern(number: str) -> re.Pattern:
    """The number as a repealer may cite it: «145-п», «145п», «145-П»."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", number.strip()) if p]
    return re.compile(r"(?:№|N)\s*" + r"\s*-?\s*".join(parts) + r"(?![\w/-])", re.IGNORECASE)


def _sentence_head(text: str, at: int) -> str:
    """The sentence (or list) before position ``at`` that cites the act: from
    the last sentence start, stepping back over the items of a list to its
    lead-in («Признать утратившими силу с 01.07.2024 следующие постановления:»
    over its «1.», «2.» … items, however long the list)."""
    head = text[max(0, at - _LIST_CHARS):at]
    starts = ([0] if at <= _LIST_CHARS else []) + [s.end() for s in _SENTENCE_START.finditer(head)]
    if not starts:   # no sentence in sight (a text without stops): the clause's own span
        return head[-_CLAUSE_CHARS:]
    i = len(starts) - 1
    while i > 0 and not _LOST.search(head[starts[i]:]) and (head[:starts[i]].rstrip()[-1:] in (":", ";")
                                                            or _ITEM_MARK.match(head, starts[i])):
        i -= 1
    return head[starts[i]:]


def _unquoted(s: str) -> str:
    for _ in range(2):
        s = _QUOTED.sub(" ", s)
    return s


def _date_in(s: str) -> str | None:
    since = _SINCE.search(_unquoted(s))
    return parse_date(since.group("d").replace("«", "").replace("»", "")) if since else None


def from_clause(text: str, number: str) -> str | None:
    """The date in the clause of ``text`` that repeals the act numbered ``number``.
    The item's own date (after the number, or before it in its item) wins over
    the list's lead-in: «… № 3 с 01.03.2024; … № 45 с 01.06.2024» gives 45 its own."""
    for m in _number_pattern(number).finditer(text):
        head = _sentence_head(text, m.start())
        tail = text[m.end():m.end() + _CLAUSE_CHARS // 2]
        end = _ITEM_END.search(tail)
        tail = tail[:end.start()] if end else tail
        # «Постановление … № 12 признать утратившим силу с 01.01.2025»: the act first, the repeal after
        if not _LOST.search(head) and not _LOST.search(_unquoted(tail)):
            continue
        # the cited act's own «от 12.03.2024» is never «с»: the clause's «с DATE» is its
        # date; a quoted title («О выплатах с 1 января 2024 года») is the title's
        items = [i.end() for i in _ITEM.finditer(head)]
        lead, item = (head[:items[0]], head[items[-1]:]) if items else (head, "")
        found = _date_in(tail) or (_date_in(item) if items else None) or _date_in(lead)
        if found:
            return found
    return None


def from_annex_clause(text: str, number: str) -> str | None:
    """«С 01.01.2025 признать утратившими силу постановления … согласно приложению»: an act
    the annex lists (and the clause does not) lost force on the clause's day; None when the
    clause names none (then the repealer's entry into force, as for any clause) (qarepeal135)."""
    from .links import ANNEX_AT, BY_ANNEX   # links reads requisites, which read status: not at import
    annex = ANNEX_AT.search(text)
    if not annex or not any(m.start() > annex.start() for m in _number_pattern(number).finditer(text)):
        return None
    for m in BY_ANNEX.finditer(text, 0, annex.start()):
        head = _sentence_head(text, m.start())
        tail = text[m.start():m.start() + _CLAUSE_CHARS // 2]
        end = _ITEM_END.search(tail)
        clause = head + (tail[:end.start()] if end else tail)
        if _LOST.search(clause):
            return _date_in(clause)
    return None


def from_entry_into_force(text: str, repealer_date: str | None) -> str | None:
    """The repealer's entry into force, when it is a date or its signing."""
    for m in _IN_FORCE.finditer(text):
        # a new wording the repealer gives another act («пункт 4 изложить в редакции:
        # «4. Настоящее постановление вступает в силу с …»») is that act's, not its own
        if text.count("«", 0, m.start()) > text.count("»", 0, m.start()):
            continue
        rest = m.group("rest").strip()
        since = _SINCE.match(rest)
        if since:
            return parse_date(since.group("d").replace("«", "").replace("»", ""))
        if _ON_SIGNING.match(rest):
            return repealer_date
        if _AFTER_PUBLICATION.search(rest[:40]):
            return None
    return None


def lost_force_since(repealer_text: str | None, repealer_date: str | None, number: str | None) -> str | None:
    """ISO date the act numbered ``number`` lost force by the repealer, or None."""
    if not repealer_text or not number:
        return None
    return (from_clause(repealer_text, number) or from_annex_clause(repealer_text, number)
            or from_entry_into_force(repealer_text, repealer_date))
