"""A heading read from its kind line: the body above it (and in the
genitive under it: ``ПОСТАНОВЛЕНИЕ / АДМИНИСТРАЦИИ … РАЙОНА``), the date
and number on it or under it, the place, the title; then the date and
number wherever else a print puts them (under the title, over the body,
after the signature, on a database's reference line)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.heading import EDITIONS_LINE, starts_name
from ingest.morph import fold
from ingest.numbers import normalize_number, number_key
from ingest.ru_dates import find_date
from ingest.status import is_note_line

from ..bare_number import bare_trailing_number
from ..listing_date import lone_date_below, title_follows_number
from ..cut_title import whole_title
from ..page_kind_title import page_kind_title
from ..around import (BARE_NUMBER, bare_number, date_line_below, lone_requisite_above, place_and_date_below,
                      requisites_above, requisites_below, tail_requisites)
from ..body import NAME_FOLLOWS, body_above, line_above, unnamed_kind
from ..date_number import NUM_CHARS, DateNumber, find_number, loose_date, loose_date_before_sign, requisites_only
from ..kind_line import KindLine, kind_line
from ..chair import chair_of
from ..adopted_charter import adoption_under
from ..dative_issuer import dative_issuer
from ..register_line import register_line
from ..file_text import blank_date_slot
from ..file_rows import dangling_end, organ_of_municipality, title_after_place
from ..file_pages import issuer_under_card
from ..lines import Lines, clean, folded, join_lines
from ..names import (NAME_HEADS, body_head_gen, gen_word, genitive_words, has_territory, head_lemma, issuer_line,
                     locative_word, nominative, territory_of, territory_only)
from ..stamp import ADOPTED_WORD
from ..quotes import OPEN_QUOTES, open_quote
from ..title import (BRACKETED_NUMBER, LONG_TITLE, after_approval, after_note, capitals, gives_short_name,
                     listing_title, lone_date, run_on_title, title_from)
from ..vocabulary import (
    BODY_WORDS, CONVOCATION, CONVOCATION_TAIL, EDITION_DATES, OPENS_GROUNDS, PLACE, PREAMBLE, SITTING_BRACKET,
    SITTING_HEAD,
    TITLE_START,
    despace,
)
from .anchor import shortened
from .model import Anchor, Head, Zone

_ADOPTED = re.compile(r"^\(?" + ADOPTED_WORD)  # the stamp's word, a law's bracket before it
# a place between a form's date and number: "г. Заречный", "с. Сосновка", "пгт Заречный"
_PLACE_WORDS = r"(?:(?:г|гор|с|п|пос|пгт|рп|д|ст)\.?\s?)?[А-ЯЁ][а-яё-]+(?:[ -][А-ЯЁ][а-яё-]+)?"
_SIGNED = re.compile(r"^\(?\s*(?:[-–—]\s*)?(?:Подписан|ПОДПИСАН)\b")
# the operative text's first point ("1. Прекратить …", "1) Внести в …"): a heading printing
# no title and no date ends there, and the acts its points cite are not the act
_FIRST_POINT = re.compile(r"^\d{1,2}[.)]\s*[А-ЯЁ][а-яё]+\s")


@dataclass(frozen=True)
class _OnKindLine:
    """What the kind line gives after the kind word (``Решение Совета
    депутатов … от … № … «О …»``)."""
    date: str | None = None
    number: str | None = None
    body: str | None = None   # the body's name in the genitive
    title: str | None = None


@dataclass
class _Below:
    """What the lines under the kind line give, filled while they are read."""
    date: str | None
    number: str | None
    gen_parts: list[str] = field(default_factory=list)  # the body's name in the genitive
    title_line: int | None = None   # the title starts on this line
    title_text: str | None = None   # the title printed after the requisites on their line
    adopted: str | None = None      # the date of a sitting line under the kind word
    issuer: str | None = None       # the issuer named in the nominative under the kind word


@dataclass(frozen=True)
class _Joined:
    text: str
    last: int


def head_at_kind_line(L: Lines, lo: int, hi: int, zone: Zone, anchor: Anchor) -> Head:
    k, kl = anchor.line, anchor.kind_line
    law = kl.kind == "закон"
    title = _titled_title(L, k, kl, zone.limit) if kl.titled else None
    block = body_above(L, k, lo, law=law, joint=kl.raw_kind.lower().startswith("совместн"))
    own = _on_kind_line(kl.rest, lone_date_below(L, k, hi) is not None) if kl.rest and not kl.titled else _OnKindLine()
    if title is None and own.title:
        title = _wrapped_on(L, k, zone.limit, own.title)
    below = _read_below(L, k, zone.limit, law, own)
    if kl.titled:
        # "Положение о статусе депутата," / "члена выборного органа …": under a kind
        # line opening the title, the lines in the genitive go on with the title, no issuer
        below.gen_parts, below.issuer = [], None
    date, number = below.date, below.number
    ref = anchor.ref
    if number and ref.number and date == ref.date and number.casefold() != ref.number.casefold() \
            and not shortened(ref, DateNumber(date, number)):
        number = ref.number  # "№ 45" over "N 42": one misprinted, the reference line's kept
    if title is None:
        if below.title_text is not None:
            title = clean(below.title_text) or None
        elif below.title_line is not None:
            undated = date is None and number is None and not (anchor.ref.date and anchor.ref.number)
            got = title_from(L, below.title_line, zone.limit, undated)
            title = got.text or _run_on(clean(L.raw[below.title_line]))
            if undated and title:
                # "РЕШЕНИЕ / О земельном налоге / Принято … / № 65 31.10.2018":
                # the requisites printed under the title, on a line of their own
                # (under a database's reference line naming the act, its own)
                under = requisites_below(L, got.end, zone.limit)
                date, number = under.date, under.number
                date = date or place_and_date_below(L, got.end, zone.limit)
                if date is None and number is None and kl.kind == "протокол":
                    # "ПРОТОКОЛ / публичных слушаний / «24» ноября 2021 г.": the protocol's
                    # date (and its number without a sign) under its title
                    under = date_line_below(L, got.end, zone.limit)
                    date, number = under.date, under.number
    if below.issuer and not _names_issuer(block.name) and (title is None or not TITLE_START.match(title)):
        # "О ПРИВАТИЗАЦИИ …" / "РАСПОРЯЖЕНИЕ" / "ПРЕЗИДЕНТ РФ": the title printed over the kind word
        title = _title_above(L, k, lo) or title
    if title is None and own.date and own.number:
        # a page's own title printed over the act's one-line reference
        title = _title_above(L, k, lo)
    if title is None:
        title = anchor.ref_title  # the reference line's title, the heading printing none
    if title is None:
        # a site's page title «Распоряжение "О …"» over a file whose heading prints none
        title = page_kind_title(L, block.top, lo, kl.kind)
    if title is None and block.name is None:
        title = _title_over_posting_date(L, k, lo)
    if title is None and date is None and number is None and not kl.rest.strip():
        page = _title_over_bracketed_number(L, k, lo, zone.limit)
        if page is not None:
            title, number, date = page
    # "20 августа 2002 года N 431" / "-----" / "УКАЗ": printed above the heading
    if date is None and number is None and block.top < k and not law:
        # a sitting's date and place between the name and the kind word, or the
        # blank's row of date and number a text layer drew there (a cell beside the heading)
        row = next((r for j in range(k - 1, block.top, -1) if (r := requisites_only(clean(L.raw[j])))), None)
        date, number = (row.date, row.number) if row else (lone_requisite_above(L, k, block.top).date, None)
    if date is None and number is None:
        above = requisites_above(L, block.top, lo)
        if above.date is None and above.number is None and not law and not L.scan:
            # the date's and the number's text boxes anchored in the page's first paragraph
            # (on paper, and over a law, a register's incoming stamp: not the act's)
            above = lone_requisite_above(L, block.top, lo)
        if above.date and _empty_date_slot(L, k, zone.limit):
            above = DateNumber(None, above.number)  # a draft's empty slot: the date over it is a page's
        date, number = above.date, above.number
    elif date is None or number is None:
        # the number's frame stored before the heading, the date under the kind word
        above = lone_requisite_above(L, block.top, lo)
        if date is None and _empty_date_slot(L, k, zone.limit):
            above = DateNumber(None, above.number)  # a draft's empty slot: the date over it is a page's
        date, number = date or above.date, number or above.number
    if date is None and number is None and anchor.ref.date and anchor.ref.number:
        # a heading giving none under a database's reference line naming the act
        # ("Закон Тестовской области от … № …" / "ЗАКОН" / a repeal note): the
        # reference line's, not those of the adopting resolution or of the tail
        date, number = anchor.ref.date, anchor.ref.number
    # laws and decrees carry the date and number after the signature
    if date is None or number is None:
        tail = tail_requisites(L, k + 1, hi)
        if tail.date and tail.number:
            date = date or tail.date
            number = number or tail.number
    # the database reference line above the heading names the act too
    date = date or anchor.ref.date
    number = number or anchor.ref.number
    if law and (date is None or number is None):
        signed = _signed(L, zone.lines)
        date, number = date or signed.date, number or signed.number
    if date is None and law:
        date = _adopted_date(L, zone.lines)
    if date is None and not law:
        date = below.adopted  # a decision's date is the day it was adopted
    if date is None and own.number and own.title:
        date = lone_date_below(L, k, hi)  # a site's list: "Решение №12 О …" / "27.07.2011"
    if date is None and not law and (number is not None or kl.kind == "решение"):
        # "РЕШЕНИЕ № 6-55Р" / the title / "Принято Советом … 21 мая 2024 года": the day it was
        # adopted (a council's page printing no number: "РЕШЕНИЕ" / the title / "Принято … 24.11.2015")
        date = _adopted_date(L, tuple(i for i in zone.lines if i > k))
    adopted = adoption_under(L, k, zone.limit) if kl.kind == "устав" else None  # "УСТАВ …" / "ПРИНЯТ" / "решением Совета …"
    if date is None and number is None and adopted is not None:
        date, number = adopted.date, adopted.number
    body = _with_genitive_body(block.name, below.gen_parts)
    if body is None and adopted is not None:
        body = adopted.body
    if below.issuer and not _names_issuer(body):
        body = below.issuer  # the lines over the kind word are a title or a page's, not a body
    if body is None and anchor.ref_kind_line and anchor.ref_kind_line.rest:
        # the heading names no issuer ("ЗАКОН" alone): the reference line's
        body = _with_genitive_body(None, [b] if (b := _on_kind_line(anchor.ref_kind_line.rest).body) else [])
    if body is None and (own.date and own.number or date and number):
        # a site's card for the file (its line, "Дата:", "Скачать: ms-word") over the file's
        # text, which opens with the issuer's block: that block names the issuer (the line's
        # letter-spaced kind word read apart from its date and number, they are the line's too)
        got = issuer_under_card(L.raw, k, zone.limit, clean)
        if got is not None:
            body = body_above(L, got[1], got[0]).name
    if anchor.ref_kind_line and anchor.ref_kind_line.rest and title:
        # the page ends inside the heading's title; the aggregator's line over it has it whole
        title = whole_title(title, _on_kind_line(anchor.ref_kind_line.rest).title,
                            " ".join(clean(x) for x in L.raw[-8:])) or title
    return Head(kind=kl.kind, raw_kind=kl.raw_kind, number=number, date=date,
                body=body, title=title, start=block.top, anchor=k)


def _names_issuer(name: str | None) -> bool:
    return name is not None and head_lemma(name) in NAME_HEADS


def _territory_over_title(L: Lines, j: int, limit: int, s: str) -> bool:
    """``Заречный муниципальный округ Тестовской области`` /
    ``Муниципальное образование город Заречный``, then a line opening like a
    title: a place named in the nominative is no title's first line; nor are
    the region, the district and the village printed on lines of their own
    under the date line (``Тестовская область`` / ``Заречный район`` / ``с. Сосновка``)."""
    if not (territory_only(s) or re.match(r"(?i)муниципальное\s+образование\s", s)):
        return False
    places = 0
    for k in range(j + 1, min(limit, j + 8)):
        t = clean(L.raw[k])
        if not t:
            continue
        if places < 3 and (territory_only(t) or PLACE.match(t)) and not TITLE_START.match(t):
            places += 1
            continue
        return bool(TITLE_START.match(t))
    return False


def _wrapped_on(L: Lines, k: int, limit: int, title: str) -> str:
    """A title begun in capitals on the kind line after its requisites (``ПОСТАНОВЛЕНИЕ № 8 от
    … ОБ УТВЕРЖДЕНИИ``) and wrapped onto the lines right under it, in capitals too, with no
    blank line between (``ПОЛОЖЕНИЯ «О …`` / ``… ПОСЕЛЕНИЯ»``): the title is the whole block."""
    if k + 1 >= limit or not capitals(title) or not capitals(clean(L.raw[k + 1])) \
            or kind_line(clean(L.raw[k + 1])):
        return title
    more = title_from(L, k + 1, limit).text
    return join_lines([title, more]) if more else title


# a flattened blank's adoption line run into its title ("Принято на заседании … Совета
# народных депутатов Об утверждении …"): a heading run on, however short the line
_ADOPTED_THEN_TITLE = re.compile(r"Принят[оа]?\s(?:(?!\s(?:О|Об|Обо)\s).){3,200}\s(?:О|Об|Обо)\s")


def _empty_date_slot(L: Lines, k: int, limit: int) -> bool:
    """A draft's blank under the kind word at line ``k``: its date slot left
    empty (``________года № ---``) within the next four non-empty lines."""
    seen = 0
    for j in range(k + 1, min(limit, k + 12)):
        t = clean(L.raw[j])
        if not t:
            continue
        if blank_date_slot(t):
            return True
        seen += 1
        if seen >= 4:
            break
    return False


def _run_on(s: str) -> str | None:
    """The title of a heading run into one long paragraph under a page's
    reference line (``Закон … от … № 16-ОЗЗ А К О Н … Об … Принят …``), read
    after its requisites."""
    if len(s) <= 200 and not _ADOPTED_THEN_TITLE.match(s):
        return None
    n = find_number(s[:200])
    opening = re.search(r"(?<!\S)(?:О|Об|Обо)\s", s)
    if n and opening and n[1] > opening.start():
        n = None  # "Принято на заседании … Об … Руководствуясь … № 131-ФЗ": a number the preamble cites
    title = run_on_title(s[n[2]:] if n else s)
    adopted = _ADOPTED_THEN_TITLE.match(s)
    if title is None and adopted and not n:
        # the preamble broken off onto the next line: the rest of this one is the title
        title = clean(s[adopted.end() - len(adopted.group(0).split()[-1]) - 1:]).rstrip(" .") or None
    return title


def _above_blanks(L: Lines, i: int, lo: int) -> int:
    """Line ``i``, or the first non-blank line above it within three lines."""
    k = i
    while i >= lo and i >= k - 2 and not L.raw[i].strip():
        i -= 1
    return i


def _above_editions(L: Lines, i: int, lo: int) -> int:
    """Line ``i``, or, when it closes a database's list of amending acts, the line above the list."""
    if i < lo or not clean(L.raw[i]).endswith(")"):
        return i
    j = i
    while j >= lo and j >= i - 6 and L.raw[j].strip() and not EDITIONS_LINE.match(clean(L.raw[j])):
        j -= 1   # the list's first line, its bracket wrapped over lines
    if j < lo or not L.raw[j].strip() or not EDITIONS_LINE.match(clean(L.raw[j])):
        return i
    while j >= lo and (not L.raw[j].strip() or EDITIONS_LINE.match(clean(L.raw[j]))):
        j -= 1
    return j


def _title_above(L: Lines, k: int, lo: int) -> str | None:
    """``Об утверждении Порядка …`` / (blank) / ``Постановление администрации …
    от … N …``: a site's title over the reference line, when nothing under it
    is a title. Its lines up to the one opening like a title with a capital
    (``Об утверждении`` / ``административного регламента`` / … wrapped over as
    many lines as a title takes), else up to three lines, the first opening like a
    title."""
    i = _above_editions(L, _above_blanks(L, k - 1, lo), lo)
    parts: list[str] = []
    near = None   # the nearest line opening like a title, within three lines
    while i >= lo and L.ok(i) and len(parts) < 14 and sum(map(len, parts)) < LONG_TITLE:
        parts.insert(0, clean(L.raw[i]))
        if len(parts) > 3 and (len(parts[0]) > 100 or parts[0].endswith((".", ":", ";"))):
            break  # (past three lines, only a title wrapped in a narrow column)
        if TITLE_START.match(parts[0]):
            if parts[0][:1].isupper():
                return clean(" ".join(parts))
            if near is None and len(parts) <= 3:
                near = clean(" ".join(parts))
        i -= 1
    return near


def _title_over_posting_date(L: Lines, k: int, lo: int) -> str | None:
    """``Об установлении карантина …`` / ``23 Октября 2019 г.`` / ``ПРИКАЗ``: a
    site's title and the date it posted the act over a heading that prints
    neither a body nor a title."""
    i = _above_blanks(L, k - 1, lo)
    return _title_above(L, i, lo) if i >= lo and lone_date(clean(L.raw[i])) else None


def _title_over_bracketed_number(L: Lines, k: int, lo: int, limit: int) -> tuple | None:
    """``О назначении …`` / ``(№ПОС.ГЛ-24-01/25)`` / ``Постановление`` /
    ``Глава округа`` / ``03.03.2025``: a site's page printing the title, the
    number in brackets under it, then the bare kind word, the signer and the
    date each on its line. (title, number, date), or None."""
    i = _above_blanks(L, k - 1, lo)
    m = BRACKETED_NUMBER.fullmatch(clean(L.raw[i])) if i >= lo else None
    title = _title_above(L, i, lo) if m else None
    if not title:
        return None
    below = [j for j in range(k + 1, min(limit, k + 6)) if L.raw[j].strip()][:2]
    d = next((find_date(s)[0] for j in below if lone_date(s := clean(L.raw[j]))), None)
    return title, normalize_number(m.group(1)), d


def _titled_title(L: Lines, k: int, kl: KindLine, limit: int) -> str:
    """``ПОЛОЖЕНИЕ о …``: the kind word is the title's first word."""
    word = despace(clean(L.raw[k])).split()[0]
    # "УСТАВ Заречного района" / "Устав … (далее – Устав) – …": the text's first paragraph
    more = None if kl.rest and gives_short_name(L, k + 1, limit) else title_from(L, k + 1, limit).text
    under = next((clean(L.raw[j]) for j in range(k + 1, min(limit, k + 4)) if L.raw[j].strip()), "")
    if more and kl.rest and lone_date(under):
        more = None  # "УСТАВ … РАЙОНА" / "• 28 октября 2008": a site's list dates its entry, no title word
    if more and kl.rest and folded(more).startswith(folded(word + " " + kl.rest)):
        more = None  # a site's page title ("Устав … «…»") over the heading that repeats it ("УСТАВ" / "…")
    return clean(" ".join([word, kl.rest] + ([more] if more else [])))


def on_kind_line_title(rest: str) -> str | None:
    """The title a kind line gives after its requisites (``Решение … №12 от … «О …»``)."""
    return _on_kind_line(rest).title


def _on_kind_line(rest: str, dated_below: bool = False) -> _OnKindLine:
    if "(" in rest:  # "… созыва (заседание N 5) от … N 6": the sitting is neither body nor number
        rest = SITTING_BRACKET.sub("", rest)
    d = find_date(rest)
    if d is None and (n0 := find_number(rest)):
        d = loose_date_before_sign(rest, n0[1])  # "… ОБЛАСТИ от 18 .02.2011 г. № 211": a clerk's stray space
    if TITLE_START.match(rest) and not d and not find_number(rest):
        return _OnKindLine(title=rest)  # "ЗАКЛЮЧЕНИЕ О РЕЗУЛЬТАТАХ ПУБЛИЧНЫХ СЛУШАНИЙ …"
    rest_body = rest[:d[1]] if d else rest
    quoted = _QUOTED_TITLE.search(rest) if not d and not find_number(rest) else None
    if quoted:
        # "Решение Совета депутатов … "О направлении …" (с изменениями …)": a database's
        # line of an act printed without date and number - the issuer, then its title
        rest_body = rest[:quoted.start()]
    # "от" in capitals too: a kind line set in upper case ("… РАЙОНА ОТ 14.06.2022 № 211")
    rest_body = re.sub(r"(?i)\bот\s*$", "", rest_body.strip()).strip()
    n = find_number(rest)
    if n and (d is None or n[1] < d[1]) and not rest[:n[1]].strip() and title_follows_number(rest, n, True, dated_below):
        # "Решение №12 О протесте … от 14.07.2011 …": the title runs on from the number, its
        # dates the cited acts' (a site's list prints the act's own date under the line)
        return _OnKindLine(number=n[0], title=listing_title(rest[n[2]:], drop_editions=True))
    bare = re.fullmatch(r"(?i)\s*([0-9][" + NUM_CHARS + r"./-]*)\s+от\s*", rest[:d[1]]) if d and not n else None
    if bare:
        # "Постановление 203 от 22.12.2014": a site's list entry, the number without its sign
        n = (normalize_number(bare.group(1)), bare.start(1), bare.end(1))
    elif d and not n and (after_body := _SIGNLESS_AFTER_BODY.fullmatch(rest[:d[1]])):
        # "Постановление правительства области 23/45 от 02.02.2015": the issuer, then the
        # number without its sign (its slash lost to a space at times: "23 45")
        n = (normalize_number(after_body.group("num")), after_body.start("num"), after_body.end("num"))
    elif not d and not n and not quoted:
        n = bare_trailing_number(rest)  # "Приказ Генерального прокурора … 212": a title line's bare number
    if n and (not d or n[1] < d[1]):
        # "Распоряжение № 12-р от …", "… Коллегии …№375 от …": the number first
        rest_body = rest[:n[1]].strip()
        after = rest[n[2]:].strip()
        if not rest_body and not d and after and gen_word(after.split()[0]):
            rest_body = after  # "Решение №18 Совета депутатов …": the body after the number
    rest_body = _CONVOCATION_ON_LINE.sub("", rest_body)
    body = rest_body if rest_body and not re.match(r"(?i)^(?:от|№|N)(?:\s|$)", rest_body) else None
    tail = rest[max(d[2], n[2]):] if d and n else rest[quoted.start():] if quoted else None
    title = listing_title(tail, drop_editions=True) if tail is not None else None
    return _OnKindLine(date=d[0] if d else None, number=n[0] if n else None, body=body, title=title)


# a kind line's issuer in words, then a number with no sign right before «от» and the date
# (no digit in the issuer's words: a sitting's or a convocation's number is no act's)
_SIGNLESS_AFTER_BODY = re.compile(r"(?i)\s*[А-ЯЁа-яё][^\d№]*?[а-яё]\s+(?P<num>\d{1,5}(?:[/-]\d{1,5})?(?:-?[а-яё]{1,3})?"
                                  r"|\d{1,4}\s\d{1,4})\s+от\s*")


# the council's convocation after its name on a one-line heading, in brackets or bare
# («Решение … Совета депутатов (четвертого созыва) от …», «… второго созыва от …»): never the
# body's; the bracketed form is taken whole, so no closing bracket is left on the name
_CONVOCATION_ON_LINE = re.compile(r"(?i)\s*\([^()]{0,40}\bсозыва\b[^()]{0,40}\)|\s+\S+\s+созыва\b")


# the title in quotes after the issuer on a kind line: «О …», "Об …" (or right after the
# kind word: a legislature's "Закон «О статусе …»")
_QUOTED_TITLE = re.compile(r"(?:(?<=\s)|^)[«\"„“](?=(?:О|Об|Обо)\s)")


# a date in figures alone on a line (a site's posting date under the act's own line)
_DATE_ONLY = re.compile(r"\s*\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s*(?:г\.?|года)?\s*")


# the lines of an adoption stamp under its «Принят» word: the reading, the adopting act,
# its date and number ("в первом чтении" / "решением Думы … округа" / "от 15.03.2006 № 44")
_STAMP_LINE = re.compile(r"(?i)^(?:в\s+(?:перв|втор|трет|окончательн)\w*\s+чтени[ия]|(?:решением|постановлением)\s|"
                         r"от\s+\d|[а-яё])")


def _past_adoption_stamp(L: Lines, j: int, limit: int) -> int:
    """The line after an adoption stamp that goes on under its «Принят» word over
    lines of its own in lower case, naming the reading and the adopting act, and ends
    with that act's date (a charter's page prints the stamp over the charter's name);
    the line after the word alone if no such stamp follows."""
    i, seen = j + 1, 0
    while i < limit and seen < 5:
        s = clean(L.raw[i])
        if not s:
            i += 1
            continue
        if not _STAMP_LINE.match(s):
            return j + 1
        seen += 1
        if find_date(s):
            return i + 1 if seen >= 2 and re.match(r"(?i)в\s+\w+\s+чтени", clean(L.raw[_first_filled(L, j + 1, i)])) \
                else j + 1
        i += 1
    return j + 1


# the adopting body's name in the instrumental going on from an adoption stamp's first line
# onto the next, capitalised: "Собранием области", "Думой Заречного округа", "Советом депутатов"
_ADOPTER_GOES_ON = re.compile(r"^(?:[А-ЯЁ][а-яё]+(?:ым|им|ой)\s+)?(?:Собранием|Думой|Советом|Хуралом|Курултаем|"
                              r"Палатой|Радой|Ассамблеей|Собранием\s+депутатов)\b")


def _adopter_wrapped(L: Lines, j: int, limit: int) -> tuple[str, int] | None:
    """The adoption's date and the line after it where a stamp's «Принят(о) …» line
    breaks inside the adopting body's name and its next line, opening with that body
    in the instrumental, ends with the date (``Принят Законодательным`` / ``Собранием
    области 22 августа 2001 года``); None for any other stamp."""
    i = next((k for k in range(j + 1, min(limit, j + 3)) if L.raw[k].strip()), None)
    if i is None:
        return None
    s = clean(L.raw[i])
    d = find_date(s)
    if not (d and _ADOPTER_GOES_ON.match(s)) or find_number(s) or s[d[2]:].strip(" .,"):
        return None
    return d[0], i + 1


def _first_filled(L: Lines, i: int, stop: int) -> int:
    while i < stop and not L.raw[i].strip():
        i += 1
    return i


def _read_below(L: Lines, k: int, limit: int, law: bool, own: _OnKindLine) -> _Below:
    """The lines after the kind line: genitive body, date, number, place, up
    to the title's first line (or the title after the number on its line)."""
    got = _Below(own.date, own.number, [own.body] if own.body else [])
    j = k + 1
    seen = 0
    while j < limit and seen < 8:
        if own.title and (got.date or got.number):
            return got  # the title was on the kind line: the text follows
        # the number without its sign on a line of its own under the date (a blank's
        # cells printed each on its line: «от» / «12. 03. 2021 г.» / «47»), not a page's number
        number_cell = got.date and got.number is None and BARE_NUMBER.fullmatch(clean(L.raw[j]))
        if not L.raw[j].strip() or L.noise[j] and not number_cell:
            j += 1
            continue
        seen += 1
        if L.garbage[j] and not number_cell:
            j += 1
            continue
        s = L.fix(clean(L.raw[j]), before=line_above(L, j, k))
        if is_note_line(s):
            j = after_note(L, j, limit)  # a status note printed beside the kind word
            continue
        if CONVOCATION.match(s) and not (got.gen_parts and NAME_FOLLOWS.search(got.gen_parts[-1])
                                         and " " not in CONVOCATION_TAIL.sub("", s).strip()):
            # "РЕШЕНИЕ" / "51 сессии": the session under the kind word (or under the
            # row of its date and number), not the title, nor a line of the heading's count
            seen -= 1
            j += 1
            continue
        if register_line(s) and not got.gen_parts and got.date is None:
            # "ПРИКАЗ № 45" / "по основной деятельности" / "от …": the register it is
            # numbered in, the date under it the order's own
            seen -= 1
            j += 1
            continue
        if got.issuer is None and not got.gen_parts and got.date is None and not law \
                and (by := dative_issuer(L, j, limit)):
            # "ПРИКАЗ" / "по муниципальному бюджетному учреждению" / "«…»": the body the
            # order is given by, named in the dative
            got.issuer = by.name
            j = by.last + 1
            continue
        if _ADOPTED.match(s) and got.date is None and not find_number(s):
            # "Принято на тридцать пятом заседании Совета депутатов": the sitting, not the title
            adopted = find_date(s)
            got.adopted = adopted[0] if adopted else None
            wrapped = _adopter_wrapped(L, j, limit) if adopted is None else None
            if wrapped is not None:
                # "Принят Законодательным" / "Собранием области   22 августа 2001 года": the
                # adopting body's name wrapped, its date the adoption's (a law's own is the signing's)
                got.adopted, j = wrapped
                continue
            j = _past_adoption_stamp(L, j, limit) if adopted is None else j + 1
            continue
        if after_approval(L, j, limit) > j:
            j = after_approval(L, j, limit)  # «УТВЕРЖДАЮ» / the signer / the date beside the heading
            continue
        if own.body and got.date is None and fold(s) == fold(nominative(own.body)):
            j += 1  # the body named on the kind line, printed again in the nominative
            continue
        again = find_number(s) if got.number else None
        if again and number_key(again[0]) == number_key(got.number) and len(s) - (again[2] - again[1]) <= 3:
            j += 1  # "№ 18" on its own line: the number the kind line gave
            continue
        if got.date and got.number and EDITION_DATES.match(s):
            j += 1  # "9 февраля 2010 г.": the database's dates of the editions
            continue
        if got.date and got.number and _DATE_ONLY.fullmatch(s):
            j += 1  # "10.03.2015" alone on its line: a site's posting date, never a title
            continue
        if not TITLE_START.match(s) and _territory_over_title(L, j, limit, s):
            j += 1  # the territory a site's header names, over the act's title
            continue
        if OPENS_GROUNDS.match(s):
            # "В соответствии с Федеральным законом от … № 131-ФЗ «Об …»": the text
            # begins under a heading printing no title; the law it cites is not the act
            return got
        if TITLE_START.match(s) or (got.date and got.number and not PLACE.match(s)):
            got.title_line = j
            return got
        if got.date is None and len(s) <= 12 and not find_date(s):
            joined = _date_over_short_lines(L, j, limit, s)
            if joined is not None:
                s, j = joined.text, joined.last
        if got.date and got.number is None and bare_number(s):
            # the number on a line of its own under the date, without its sign
            got.number = bare_number(s)
            j += 1
            continue
        if _FIRST_POINT.match(s):
            return got  # the text's first point under a heading with no title: what it cites is not the act
        req = _line_requisites(s)
        if req is not None:
            if got.date is None and got.number is None and (lead := _name_lead(s, law and not got.gen_parts)) \
                    and (got.gen_parts or body_head_gen(lead, law)):
                # "РАСПОРЯЖЕНИЕ Правительства" / "Тестовской области от … №"; a law's
                # territory under ЗАКОН on the line of its date ("Закон" / "Тестовской области от …")
                got.gen_parts.append(lead)
            if req.date is not None and got.date is None:
                got.date = req.date
            if req.number is not None and got.number is None:
                got.number = req.number
            if req.title is not None:
                got.title_text = req.title
                if dangling_end(req.title) and (more := title_from(L, j + 1, limit).text):
                    # "… о похоронном деле в" / "городе Заречном": the title wrapped on
                    got.title_text = join_lines([req.title, more])
                return got
            own_n = find_number(s)
            note = s[own_n[2]:].strip(" .,") if own_n else ""
            # "от 4 марта 2011 г. N 212 Утратило силу - Постановление" /
            # "Администрации …" / "от … N 9": the note runs on to the repealing act
            j = after_note(L, j, limit, note) if note and is_note_line(note) else j + 1
            continue
        if got.date is None and got.number is None and got.issuer is None and not got.gen_parts \
                and not law and territory_only(s) and _issuer_next(L, j, limit):
            j += 1  # "Распоряжение" / "Заречная область" / "Сосновский районный Совет депутатов": where, not who
            continue
        if got.date is None and got.number is None and got.issuer is None and not got.gen_parts \
                and not law and issuer_line(s):
            # "РАСПОРЯЖЕНИЕ" / "ПРЕЗИДЕНТ РФ" / "28 декабря 1991 г.": an old aggregator's
            # layout names the issuer under the kind word, in the nominative
            got.issuer = s
            j += 1
            continue
        if got.issuer and got.date is None and got.number is None and len(s) <= 80 \
                and not TITLE_START.match(s) and genitive_words(s.split()):
            got.issuer = f"{got.issuer} {s}"  # "АДМИНИСТРАЦИЯ ЯМАЛО-НЕНЕЦКОГО" / "АВТОНОМНОГО ОКРУГА"
            j += 1
            continue
        if got.gen_parts and got.date is None and got.number is None \
                and (glued := _name_then_title(L.raw[j])) is not None:
            # "ЗАКОНОДАТЕЛЬНОГО СОБРАНИЯ" / "ЗАРЕЧНОЙ ОБЛАСТИ     О проекте закона …": a plain-text
            # print lost the line break between the heading's last line and the title
            got.gen_parts.append(glued[0])
            got.title_text = glued[1]
            if dangling_end(glued[1]) and (more := title_from(L, j + 1, limit).text):
                got.title_text = join_lines([glued[1], more])
            return got
        if got.date is None and got.number is None and not TITLE_START.match(s):
            if body_head_gen(s, law):
                got.gen_parts.append(CONVOCATION_TAIL.sub("", s))  # "Собрания депутатов третьего созыва"
                j += 1
                continue
            if got.gen_parts and (_continues_name(s) or open_quote(" ".join(got.gen_parts))
                                  or _own_name_after_kind(got.gen_parts[-1], s)
                                  # "… Республики" / "Тестостан": the name the line above asks for
                                  or NAME_FOLLOWS.search(got.gen_parts[-1]) and " " not in s):
                # "Совета муниципального образования" / "\"Заречный" / "муниципальный район\" …"
                got.gen_parts.append(s)
                j += 1
                continue
            if got.gen_parts and NAME_FOLLOWS.search(got.gen_parts[-1]) \
                    and (name := CONVOCATION_TAIL.sub("", s)) != s and name and " " not in name.strip():
                # "… РАЙОН РЕСПУБЛИКИ" / "ТЕСТОСТАН ПЯТОГО СОЗЫВА": a wrapped name's last word
                # shares its line with the convocation, which is no part of the body
                got.gen_parts.append(name.strip())
                j += 1
                continue
        if got.date is None and got.number is None and (got.gen_parts or gen_word(s.split()[0])) \
                and (run := _name_to_date(L, j, limit, got.gen_parts, law)):
            got.gen_parts.extend(run[0])  # "РЕШЕНИЕ Совета депутатов" / "города" / "Сосновска" / "от … №"
            j = run[1]
            continue
        if PLACE.match(s) and not TITLE_START.match(s) and not (" " not in s and gen_word(s)):
            # a place is printed in the nominative ("Москва"); a word in the genitive
            # alone opens a name a narrow block wraps ("СОСНОВООЗЕРСКОГО" / "СЕЛЬСОВЕТА")
            j += 1
            continue
        got.title_line = j
        return got
    return got


# a heading's line in capitals (a page's mark of a digit or two may be stuck to its last word),
# a run of spaces, then a title: a plain-text print's two lines run into one
_NAME_THEN_TITLE = re.compile(r"^\s*(?P<name>[А-ЯЁ][А-ЯЁ\s\-«»\"()]{2,80}?[А-ЯЁ»\")])\d{0,2} {3,}"
                              r"(?P<title>(?:О|Об|Обо)\s+\S.*?)\s*$")


def _name_then_title(raw: str) -> tuple[str, str] | None:
    """The name part and the title of such a line, the name's words all in the genitive
    (``ЗАРЕЧНОЙ ОБЛАСТИ``); None for any other line."""
    m = _NAME_THEN_TITLE.match(raw)
    if not m:
        return None
    name = clean(m.group("name"))
    if not genitive_words(name.split()):
        return None
    return name, clean(m.group("title"))


def _name_to_date(L: Lines, j: int, limit: int, parts: list[str], law: bool) -> tuple[list[str], int] | None:
    """The lines from ``j`` down to the date-and-number line under the kind
    word, when a narrow block wraps the body's name in the genitive over
    them a word or two a line (``РЕШЕНИЕ Совета депутатов`` / ``города`` /
    ``Сосновска`` / ``от … №``): they hold no title nor text, and read
    with ``parts`` (the name so far) they name a body (an old print sets the
    title between the name and the date: the name ends over it). A sitting's line
    among them is left out, and so are place lines right over the date
    (a line that reads as a place between lines of the name is the name's:
    ``ЗАРЕЧНЫЙ`` / ``РАЙОН``; and so is one the name asks for: after
    «Республики», or a municipality's kind naming none yet, ``ГЛАВЫ
    АДМИНИСТРАЦИИ ГОРОДСКОГО ОКРУГА`` / ``ГОРОД ТЕСТОГРАД``). Returns the
    name's lines and the index of the date's line."""
    got: list[str] = []
    places = 0  # place lines at the end of ``got``: left out if nothing of the name follows
    k, seen = j, 0
    while k < limit and seen < 9:
        if not L.raw[k].strip() or L.noise[k]:
            k += 1
            continue
        seen += 1
        s = L.fix(clean(L.raw[k]), before=line_above(L, k, j - 1))
        titled = TITLE_START.match(s.lstrip("«\"„“ "))
        if _line_requisites(s) is not None or got and titled:
            break  # the date line, or the title printed over it ("… ОБЛАСТИ" / "Об утверждении …")
        if titled or PREAMBLE.match(s) or kind_line(s) or len(s) > 120 or s.endswith((".", ":", ";")):
            return None
        k += 1
        so_far = join_lines(parts + got)
        named = CONVOCATION_TAIL.sub("", s)
        if CONVOCATION.match(s) and not (named and " " not in named and NAME_FOLLOWS.search(so_far)):
            continue  # a sitting's line; not "… Республики" / "ТЕСТОСТАН СЕДЬМОГО СОЗЫВА"
        place = PLACE.match(s) and not unnamed_kind(so_far) \
            and not (" " not in s and (gen_word(s) or locative_word(s) or NAME_FOLLOWS.search(so_far)))
        places = places + 1 if place else 0
        got.append(CONVOCATION_TAIL.sub("", s) or s)
    else:
        return None
    got = got[:len(got) - places]
    if not got or not body_head_gen(join_lines(parts + got), law):
        return None
    return got, k


def _date_over_short_lines(L: Lines, j: int, limit: int, s: str) -> _Joined | None:
    """``« 15 »`` / ``июля`` / ``2021 г.``: a date set over short lines, joined."""
    more, k = [s], j + 1
    while k < limit and len(more) < 4:
        t = L.raw[k].strip()
        if t and (len(t) > 12 or L.noise[k] or TITLE_START.match(clean(t))):
            break  # a short title ("О бюджете") is not a piece of the date
        if t:
            more.append(clean(t))
            if find_date(" ".join(more)):
                k += 1
                break  # "№ 11" / "12.04.2021": the date is whole, the place follows
        k += 1
    if len(more) > 1 and find_date(" ".join(more)):
        return _Joined(" ".join(more), k - 1)
    return None


@dataclass(frozen=True)
class _LineRequisites:
    date: str | None
    number: str | None
    title: str | None   # printed after them on the same line


def _line_requisites(s: str) -> _LineRequisites | None:
    """The date and number on a line under the kind word (or a blank form's
    ``от ____ № ____``), and a title printed after them; None for another line."""
    d, n = find_date(s), find_number(s)
    d = d or loose_date(s[:n[1]] if n else s)
    blank_req = re.search(r"(?:от|№|N)\s*_{2,}|_{3,}\s*(?:№|N)|№", s)
    if d and not n:
        # "№" lost by a code page without it (KOI8-R): "18 февраля 2013 г. ? 21"
        q = re.search(r"(?<=\s)\?\s*([0-9][" + NUM_CHARS + r"./-]*)\s*$", s[d[2]:])
        # or never printed: "18 марта 2021<tab>6-55Р" (date left, number right),
        # the place between them ("18.03.2021<tab>г. Заречный<tab>6-55Р")
        q = q or re.fullmatch(r"\s+([0-9][" + NUM_CHARS + r"./-]*)\s*", s[d[2]:]) \
            or re.fullmatch(r"\s+" + _PLACE_WORDS + r"\s+([0-9][" + NUM_CHARS + r"./-]*)\s*", s[d[2]:])
        if q:
            n = (normalize_number(q.group(1)), d[2] + q.start(1), d[2] + q.end(1))
        else:
            # "6-55Р<tab>18.03.2021": the number first, the line holding nothing else
            q = re.fullmatch(r"\s*([0-9][" + NUM_CHARS + r"./-]*)(?:\s+(?:от\s+)?)?", s[:d[1]])
            if q and (s[:d[1]][-1:].isspace() or s[d[1]:d[1] + 1].isspace()) \
                    and not re.fullmatch(r"(?:19|20)\d\d", q.group(1)) \
                    and re.fullmatch(r"\s*(?:года?|г\.?)?\s*", s[d[2]:]):
                n = (normalize_number(q.group(1)), q.start(1), q.end(1))
    if not (d or n or blank_req):
        return None
    # the title may follow the number on the same line
    tail = s[max(d[2] if d else 0, n[2] if n else 0):].strip(" .,")
    tail = re.sub(r"^(?:года|г\.|г)\s*", "", tail)
    if d or n:
        # "№ 12  г. ЗаречныйО внесении …": the place between the number and the title, the
        # file's line break after it lost
        tail = title_after_place(tail)
    # (a blank's «___» ________ 20__ г. № ____ holds none: its quotes open the day)
    title = (listing_title(tail) or tail.strip("«»\" ")) \
        if tail and (d or n) and (TITLE_START.match(tail + " ") or tail[0] in "«\"") else None
    return _LineRequisites(d[0] if d else None, n[0] if n else None, title)


def _name_lead(s: str, territory: bool = False) -> str | None:
    """The end of the issuer's name in the genitive before the date and the
    number on their line (an aggregator's reference line wrapped after the
    issuer's first word: ``Тестовской области от 03.03.2005 № 91-Р``); with
    ``territory``, a law's territory whose name follows its word in the
    nominative (``Республики Татарстан от …``)."""
    d, n = find_date(s), find_number(s)
    at = min(x[1] for x in (d, n) if x) if d or n else 0
    lead = re.sub(r"(?i)\s*\bот\s*$", "", s[:at]).strip(" ,")
    words = lead.split()
    if not words or len(lead) > 100 or TITLE_START.match(lead):
        return None
    if not all(gen_word(w) for w in words) and not (territory and body_head_gen(lead, True) and has_territory(lead)):
        return None
    return lead


def _continues_name(s: str) -> bool:
    """A line going on with the genitive body's name (not a new name, a
    title, a place or the preamble); the municipality's name may open with its
    quote (``"Заречный муниципальный район" Тестовской области``)."""
    core = s.lstrip("\"«„“ ")
    # the municipality's name in apposition, not a new name, its quote closed on the line or below
    quoted = bool(_QUOTED_NAME.match(s)) or s[:1] in OPEN_QUOTES and open_quote(s)
    # a word in the genitive alone is a piece of the name a narrow block wraps ("ЗАРЕЧНОГО" /
    # "МУНИЦИПАЛЬНОГО РАЙОНА"), not a place (printed in the nominative)
    place = PLACE.match(s) and not (" " not in s and gen_word(s))
    return bool(core) and (quoted or not starts_name(core.split()[0])) and not TITLE_START.match(core) \
        and not place and len(s) < 120 and not PREAMBLE.match(s) \
        and (core[:1].isupper() or bool(_KIND_GEN_START.match(core)))


# a name typed in small letters goes on with the kind of its municipality or territory
# in the genitive ("Заречного муниципального" / "района", "… сельсовет" / "муниципального района …")
_KIND_GEN_START = re.compile(r"^(?:(?:сельского|городского|муниципального)\s+(?:поселения|района|округа|образования)"
                             r"|района|области|края|округа|республики|поселения|сельсовета)\b")


_QUOTED_NAME = re.compile(r"^[\"«„“][^\"«»„“”]{2,60}[\"»“”]")

# "АДМИНИСТРАЦИИ СЕЛЬСКОГО ПОСЕЛЕНИЯ" / "СОСНОВСКИЙ СЕЛЬСОВЕТ": the municipality's kind in the
# genitive, its own name in apposition (in the nominative) on the next line
_MUNICIPALITY_KIND_END = re.compile(
    r"\b(?:сельского|городского|муниципального)\s+(?:поселения|района|округа|образования)\s*$", re.I)
_OWN_MUNICIPALITY_NAME = re.compile(
    r"^[А-ЯЁ][А-ЯЁа-яё-]+(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+)?\s+(?:(?:сельское|городское)\s+поселение|"
    r"(?:муниципальный|городской)\s+(?:район|округ)|сельсовет|поссовет|район|округ|поселение)$", re.I)


def _own_name_after_kind(previous: str, s: str) -> bool:
    """The municipality's own name under its kind (``… СЕЛЬСКОГО ПОСЕЛЕНИЯ`` /
    ``СОСНОВСКИЙ СЕЛЬСОВЕТ``): the genitive name goes on, no new name begins."""
    return bool(_MUNICIPALITY_KIND_END.search(previous) and _OWN_MUNICIPALITY_NAME.match(s.strip()))


def _with_genitive_body(body: str | None, gen_parts: list[str]) -> str | None:
    """The body above the kind word, or the one named in the genitive under it."""
    if not gen_parts:
        return body
    joined = SITTING_HEAD.sub("", join_lines(gen_parts))  # «Решение 9-ой сессии … совета»: the sitting
    chair = chair_of(body, joined)
    if chair:
        return chair  # "СОВЕТ ДЕПУТАТОВ …" / "РАСПОРЯЖЕНИЕ" / "ПРЕДСЕДАТЕЛЯ": the council's chairman
    if BODY_WORDS.search(joined) or body is None:
        named = nominative(joined)
        if body and len(body) > len(named) and folded(body).startswith(folded(named)):
            # "АДМИНИСТРАЦИЯ … ПОСЕЛЕНИЯ / ТЕСТОВСКОЙ ОБЛАСТИ … РАЙОНА / ПОСТАНОВЛЕНИЕ /
            # АДМИНИСТРАЦИИ … ПОСЕЛЕНИЯ": the same body, named whole above the kind word
            return body
        if body and head_lemma(body) == "самоуправление":
            # "ЗАРЕЧНОЕ РАЙОННОЕ САМОУПРАВЛЕНИЕ … / РЕШЕНИЕ / Собрания депутатов": a
            # municipality's self-government over its council: the council is that one's
            return f"{body} {named}"
        # "ГОРОДСКАЯ УПРАВА Г. КАЛУГИ / РАСПОРЯЖЕНИЕ / ГОРОДСКОГО ГОЛОВЫ":
        # the head of the body above, of the same place
        terr = territory_of(body) if body and not has_territory(named) else None
        if terr is None and (own := organ_of_municipality(named, body)):
            # "Муниципальное образование «Сосновский сельсовет»" / "РЕШЕНИЕ СОВЕТА":
            # the organ of the municipality its legal name over the kind word names
            return own
        return f"{named} {terr}" if terr else named
    return body


def _signed(L: Lines, zone: tuple[int, ...]) -> DateNumber:
    """``Подписан Губернатором … 3 марта 2020 года № 15-ОЗ`` in a law's
    heading: the date it was signed (the law's date) and its number."""
    for i in zone:
        s = clean(L.raw[i])
        if _SIGNED.match(s):
            d, n = find_date(s), find_number(s)
            if d:
                return DateNumber(d[0], n[0] if n else None)
    return DateNumber()


def _adopted_date(L: Lines, zone: tuple[int, ...]) -> str | None:
    """``(Принят Законодательным собранием … / 29 июня 2016 года)`` in a
    law's heading: the date often wraps to the next line."""
    for pos, i in enumerate(zone):
        s = clean(L.raw[i])
        if _ADOPTED.match(s):
            d = find_date(" ".join([s] + [clean(L.raw[j]) for j in zone[pos + 1:pos + 3]]))
            if not d and pos + 3 < len(zone) and len(last := clean(L.raw[zone[pos + 3]])) <= 30:
                d = find_date(last)  # "Принят" / "Думой Тестовского" / "автономного округа" / "1 марта 2006 года"
            if d:
                return d[0]
    return None


def _issuer_next(L: Lines, j: int, limit: int) -> bool:
    """Whether the next line of text after ``j`` names an issuer in the nominative
    (``Сосновский районный Совет депутатов``) and a date follows within two lines."""
    nxt = [i for i in range(j + 1, min(limit, j + 6)) if L.raw[i].strip()][:2]
    if len(nxt) < 2 or not issuer_line(clean(L.raw[nxt[0]])):
        return False
    return find_date(clean(L.raw[nxt[1]])) is not None
