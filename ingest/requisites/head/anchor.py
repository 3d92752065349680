"""Which line of the heading zone the heading is read from: the kind line
(a page's titled line over the act's own heading passed over, a database's
reference line over the printed heading replaced by it), else a database's
heading on one line."""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from ..around import window_requisites
from ..date_number import DateNumber, find_number, loose_date_before_sign, requisites_only
from ..kind_line import KindLine, kind_line
from ..lines import Lines, clean
from ..title import LONG_TITLE, listing_title, text_sentence, without_notes
from ..vocabulary import ACT_KINDS, LAW_ADJ, NOM_KINDS, TITLE_START
from .model import Anchor, OneLineHeading, Zone
from .dative_lead import lead_as_heading
from ..file_pages import title_quote, unquoted_listing
from ..listing_date import lone_date_below, title_follows_number
from .page_title import title_over_block
from .title_first import annex_after_formula
from .unquoted_title import without_article_label


def find_anchor(L: Lines, zone: Zone) -> Anchor | None:
    approved = _approved_document(L, zone)
    if approved is not None:
        return approved
    for i in zone.lines:
        kl = kind_line(clean(L.raw[i]))
        if kl and L.continues_above(i):
            continue  # "О внесении изменений в" / "Устав поселения …": the cited act's kind word
        if kl and kl.kind in _DOCUMENT_KINDS and annex_after_formula(L, zone.lines, i):
            continue  # the page opened with the act's title and its formula: "Положение" is its annex's
        if kl and kl.rest and _category_value(L, zone.lines, i):
            continue  # "• Категория:" / "Постановление администрации сельсовета": a card's value
        if kl and (kl.titled or _bare_title(kl)) and _heading_follows(L, zone.lines, i):
            # a page's title ("Положение об Общественном совете …", "Приказ об
            # утверждении стандарта …") over the act's heading
            continue
        if kl and kl.rest and title_over_block(L, zone.lines, i, kl):
            continue  # "Решение … думы о …" (a page's title) over "… ДУМА" / "от … N …"
        if kl and not kl.rest and _issuer_block_follows(L, zone.lines, i, kl):
            continue  # a site's page title, the kind word alone, over the printed heading
        if kl and kl.rest and not (find_date(kl.rest) or find_number(kl.rest)) \
                and _reference_follows(L, zone.lines, i, kl):
            continue  # a site's own heading ("Приказ минздрава о …") over the database's line
        if kl and kl.kind in ACT_KINDS and not TITLE_START.match(kl.rest + " ") \
                and not (find_date(kl.rest) or find_number(kl.rest)):
            own = _own_kind_word_below(L, zone.lines, i, kl)
            if own is not None:
                return own
        if kl:
            rest = _reference_rest(L, zone.lines, i, kl)
            if rest and (find_date(rest) or find_number(rest)):
                # a database reference line ("Постановление Правительства РФ
                # от … N …") or a site's title ("Постановление № 527") above
                # the printed heading repeats it: prefer the heading when it
                # gives the same date and number
                alt = _printed_heading_below(L, zone.lines, i, kl, rest)
                if alt is not None:
                    return alt
            return Anchor(i, kl)
    return None


# a card's key naming the sort of act, its value on the next line
_CATEGORY_KEY = re.compile(r"(?i)^\s*[|•·*]?\s*(?:категория|вид\s+документа|тип\s+документа)\s*:\s*$")


def _category_value(L: Lines, lines: tuple[int, ...], i: int) -> bool:
    """Line ``i`` is the value of a site's card key naming the sort of act, printed
    under it (``• Категория:`` / ``Постановление администрации сельсовета``): the
    site's category of its documents, no heading of the act - the card gives its
    kind, its title is the one the card is headed by."""
    above = [k for k in lines if k < i]
    return bool(above) and bool(_CATEGORY_KEY.match(L.raw[above[-1]]))


_APPROVE_FIRST_PERSON = re.compile(r"^(?:УТВЕРЖДАЮ|Утверждаю|УТВЕРЖДЕН[АОЫ]?|Утвержден[аоы]?)\b")
# what a school, a library or a centre approves by its head's order
_DOCUMENT_KINDS = ("положение", "устав", "протокол")


def _approved_document(L: Lines, zone: Zone) -> Anchor | None:
    """``Утверждаю`` / ``Директор школы`` / ``И.И. Иванова`` / ``Приказ от … № 41``
    / ``ПОЛОЖЕНИЕ``: the order's line in the head's approval block is the
    approving act's; the document under it (a regulation, a charter) is the
    one printed, with the order's date and number. A council's agreement
    beside it (``СОГЛАСОВАНО`` / ``Протокол от … № 1``) is not the document's."""
    lines = zone.lines[:30]
    for pos, i in enumerate(lines[1:-1], 1):
        s = clean(L.raw[i])
        kl = kind_line(s[:1].upper() + s[1:])  # "приказ № 88 от …" under the signer
        if not kl or kl.kind != "приказ" or not (find_date(kl.rest) and find_number(kl.rest)):
            continue
        if not any(_APPROVE_FIRST_PERSON.match(clean(L.raw[k])) for k in lines[max(0, pos - 5):pos]):
            continue
        nxt = lines[pos + 1]
        kl2 = kind_line(clean(L.raw[nxt]))
        if kl2 and kl2.kind in _DOCUMENT_KINDS:
            rest = kl.rest
            return Anchor(nxt, kl2, DateNumber(find_date(rest)[0], find_number(rest)[0]), None, kl)
    return None


def find_one_line_heading(L: Lines, zone: Zone) -> OneLineHeading | None:
    """``Постановление администрации … от 12.03.2024 № 145 «О …»`` on a line
    that is not a kind line (the zone holds none). A database's cover line
    giving the kind, date and number only (``РЕШЕНИЕ от 02.02.2012 N 84``)
    yields to the act's own line below giving them with the title."""
    found = [h for i in zone.lines if (h := _one_line(L, i))]
    if not found:
        return None
    first = found[0]
    if listing_title(first.text[max(first.date[2], first.number[2]):]) is None:
        for h in found[1:]:
            if h.line - first.line <= 20 and h.date[0] == first.date[0] \
                    and h.number[0].casefold() == first.number[0].casefold() \
                    and listing_title(h.text[max(h.date[2], h.number[2]):]):
                return h
    return first


# "Постановление администрации …", "Федеральный закон …": a line opening with a kind word
_OPENS_WITH_KIND = re.compile(r"^(?:" + LAW_ADJ + r"\s+)?(?:" + NOM_KINDS + r")\b", re.I)


# the quote that opens a title: «О …», "Об …"
_TITLE_QUOTE = re.compile(r"[«\"„“]\s*(?:О|Об|Обо)\s")


def _one_line(L: Lines, i: int) -> OneLineHeading | None:
    s = clean(L.raw[i])
    if kind_line(s):
        return None
    s = lead_as_heading(L, i, s) or s  # "По приказу ФСТ России № … от …": a page's only reference to its act
    s = without_article_label(s)  # "Статья 12. Федеральный закон … от … № …": a law-code site's article page
    if _OPENS_WITH_KIND.match(s) and s[0].isupper():
        # requisites inside the quoted title belong to the act it cites; a quoted name
        # in the body's ("… муниципального образования «Город Луговск» от …") is no title
        # (a blank's day in guillemets, "от «04» сентября", opens none)
        q = _TITLE_QUOTE.search(s) or title_quote(s)
        head_part = s[:q.start()] if q else s
        d, n = find_date(head_part), find_number(head_part)
        if n and not d:
            d = loose_date_before_sign(head_part, n[1])  # "… от 18 .02.2011 г. № 211": a clerk's stray space
        kind_only = bool(n) and bool(_OPENS_WITH_KIND.fullmatch(s[:n[1]].strip()))
        dated_below = kind_only and lone_date_below(L, i, len(L.raw)) is not None
        if d and n and n[1] < d[1] and title_follows_number(s, n, kind_only, dated_below):
            d = None  # "Решение №12 О протесте … от 14.07.2011 …" / "27.07.2011": the date is a cited act's
        if d and n:
            return OneLineHeading(i, s, d, n)
        if n and not d and (q and _dateless_listing(s, n, q.start())
                            or title_follows_number(s, n, kind_only, dated_below)):
            return OneLineHeading(i, s, (None, n[1], n[1]), n)
    return None


def _dateless_listing(s: str, n: tuple[str, int, int], quote: int) -> bool:
    """A site's listing line that gives no date: the kind word, the number after
    its sign and the title in quotes, nothing else (``Решение №4.12 "О …"``)."""
    return bool(_OPENS_WITH_KIND.fullmatch(s[:n[1]].strip())) and not s[n[2]:quote].strip() \
        and bool(_TITLE_QUOTE.match(s, quote)) and listing_title(s[n[2]:]) is not None


def _bare_title(kl: KindLine) -> bool:
    """The kind word with a title and nothing else ("Приказ об утверждении …");
    a number sign among the title's words is the title's (a school's "МОУ СШ
    №5", a cited act's), not the act's."""
    return bool(kl.rest) and bool(TITLE_START.match(kl.rest + " ")) and not find_date(kl.rest)


def _reference_follows(L: Lines, zone: tuple[int, ...], i: int, kl: KindLine) -> bool:
    """Whether one of the next lines is a reference line of the same kind with
    its own date and number ("Приказ Министерства … от … N …")."""
    pos = zone.index(i)
    for k in zone[pos + 1:pos + 5]:
        line = clean(L.raw[k])
        kl2 = kind_line(line)
        if not kl2 and requisites_only(line):
            return False  # the heading's own date and number come first
        if (kl2 and kl2.kind == kl.kind and kl2.rest) or \
                line.casefold().startswith(kl.raw_kind.casefold() + " "):  # too long for a kind line
            q = re.search(r"[«\"„“]", line)
            head_part = line[:q.start()] if q else line
            return bool(find_date(head_part) and find_number(head_part))
    return False


def _heading_follows(L: Lines, zone: tuple[int, ...], i: int) -> bool:
    """Whether an act's own heading (an act's kind line with a date and a
    number near it) comes within the next lines of the zone."""
    pos = zone.index(i)
    for k in zone[pos + 1:pos + 16]:
        kl = kind_line(clean(L.raw[k]))
        if kl and kl.kind in ACT_KINDS and not kl.titled and not _bare_title(kl):
            got = window_requisites(L, k)
            rest = kl.rest
            return bool((got.date or find_date(rest)) and (got.number or find_number(rest)))
    return False


def _issuer_block_follows(L: Lines, zone: tuple[int, ...], i: int, kl: KindLine) -> bool:
    """The kind word alone (a site's page title) over a block that is neither
    the act's date and number nor its title (``Российская Федерация`` /
    ``АДМИНИСТРАЦИЯ …``), the same kind word under it with the date and the
    number: the lower one is the printed heading's."""
    pos = zone.index(i)
    nxt = clean(L.raw[zone[pos + 1]]) if pos + 1 < len(zone) else ""
    if not nxt or find_date(nxt) or find_number(nxt) or TITLE_START.match(nxt + " ") or kind_line(nxt):
        return False
    for k in zone[pos + 2:pos + 12]:
        line = clean(L.raw[k])
        kl2 = kind_line(line)
        if kl2:
            got = window_requisites(L, k)
            return kl2.kind == kl.kind and not kl2.rest and bool(got.date and got.number)
        if find_date(line) or find_number(line):
            return False
    return False


def _own_kind_word_below(L: Lines, zone: tuple[int, ...], i: int, kl: KindLine) -> Anchor | None:
    """A site's page title naming the kind and the issuer only (``Решение
    Совета депутатов …``), or the kind alone (``Закон``), over the act's own
    heading, its kind word alone on its line (a draft's blank date and number
    under it, ``ФЕДЕРАЛЬНЫЙ ЗАКОН`` over its title): the heading is read."""
    after = _lines_after(L, zone, zone.index(i))
    if not kl.rest:
        after = after[:1]  # the kind word alone: only the page's card between (not a heading's own lines)
    for k in after:
        kl2 = kind_line(clean(L.raw[k]))
        if kl2 and kl2.kind == kl.kind and not kl2.rest and not L.continues_above(k):
            return Anchor(k, kl2, DateNumber(), None, kl)
    return None


def _reference_rest(L: Lines, zone: tuple[int, ...], i: int, kl: KindLine) -> str:
    """What follows the kind word on a reference line, over two lines when
    the site wrapped it after the issuer's first word ("ПОСТАНОВЛЕНИЕ
    Администрации" / "Заречного района от 20.10.2023 № 277")."""
    rest = kl.rest
    if not rest or find_date(rest) or find_number(rest) or TITLE_START.match(rest + " "):
        return rest
    pos = zone.index(i)
    nxt = clean(L.raw[zone[pos + 1]]) if pos + 1 < len(zone) else ""
    if nxt[:1].isupper() and not kind_line(nxt) and find_date(nxt) and find_number(nxt):
        return f"{rest} {nxt}"
    return rest


# the number right after the kind word, without its sign, and then the date (its day
# maybe in a blank's quotes: "Решение 29-1 от «7» декабря 2018 г.")
_BARE_NUMBER = re.compile(r"^\s*(?P<num>\d{1,5}(?:[-/]\d{1,5})*(?:-?[А-ЯЁа-яё]{1,4})?)\s+от\s+[«\"„“]?\s?\d", re.IGNORECASE)


def _lines_after(L: Lines, zone: tuple[int, ...], pos: int) -> list[int]:
    """The zone's lines after ``pos`` a printed heading is looked for in:
    fourteen, or as many as hold a long title (a title in a narrow block
    takes more lines, not more text)."""
    out, chars = [], 0
    for k in zone[pos + 1:]:
        if len(out) >= 14 and chars >= LONG_TITLE:
            break
        out.append(k)
        chars += len(L.raw[k].strip())
    return out


def _printed_heading_below(L: Lines, zone: tuple[int, ...], i: int, kl: KindLine,
                           rest: str) -> Anchor | None:
    d, n = find_date(rest), find_number(rest)
    if d and n is None and (bare := _BARE_NUMBER.match(rest)):
        # "Решение 29-1 от 07.12.2018г.": a site's line gives the number without its sign
        n = (bare.group("num"), bare.start("num"), bare.end("num"))
    # a site's list entry "РАСПОРЯЖЕНИЕ От … № 7 О проведении …": its title
    # stands for the one a printed heading without a title lacks
    ref_title = listing_title(rest[max(d[2], n[2]):], drop_editions=True) if d and n else None
    listing = None
    for k in _lines_after(L, zone, zone.index(i)):
        line = clean(L.raw[k])
        kl2 = kind_line(line)
        if listing is None and ref_title is None and line.casefold().startswith(kl.raw_kind.casefold() + " ") \
                and _repeats_titled(line[len(kl.raw_kind):], d, n) and not _title_under(L, zone, i):
            # a site's page title ("Постановление № 212 от 09.08.2018") over the act's
            # listing line giving the same date and number and the title: read the
            # listing line, unless a printed heading follows; a line its title follows
            # is a database's heading itself (its reference line at the page's end, cut
            # inside the title where the page was cut, is not read for it)
            listing = Anchor(k, kl2 or KindLine(kl.kind, kl.raw_kind, line[len(kl.raw_kind):].strip(), False))
            continue
        if kl2 and kl2.kind == kl.kind and not find_date(kl2.rest) and not L.continues_above(k) \
                and not (not kl2.rest and _issuer_block_follows(L, zone, k, kl2)) \
                and not _numbered_title(kl2.rest) and not _category_value(L, zone, k) \
                and not text_sentence(line):  # "Решение о … принимается мэром …": a review's sentence
            got = window_requisites(L, k)
            ref = DateNumber(d[0] if d else None, n[0] if n else None)
            # "№ 1804-од" on the reference line, "№ 1804-ОД" in the heading: one number
            same_number = (got.number or "").casefold() == (ref.number or "").casefold()
            # the issuer: the act's own reference line under a page's short title names it
            named = listing.kind_line if listing is not None else kl
            if ref.date is None:
                # a title with the number only: the heading must give that number
                return Anchor(k, kl2, ref, ref_title, named) if got.number and same_number else listing
            if ref.number is None:
                # "Постановление 1 от 03.01.2025": a site's line without the sign
                return Anchor(k, kl2, ref, ref_title, named) if got.date in (None, ref.date) else listing
            # the same number under another date, or another number under the same date
            # ("№ 45" over "N 42"), the reference line's title not under it: the database
            # line misprinted one of them, and the heading is what the issuer printed
            if same_number or got.number is None or shortened(ref, got) \
                    or got.date == ref.date and ref_title is None and not _title_under(L, zone, i):
                return Anchor(k, kl2, ref, ref_title, named)
            return listing
    return listing


def _title_under(L: Lines, zone: tuple[int, ...], i: int) -> bool:
    """Whether the zone's line after line ``i`` opens a title (``О …``, ``«Об …``)."""
    pos = zone.index(i)
    return pos + 1 < len(zone) and bool(TITLE_START.match(clean(L.raw[zone[pos + 1]]).lstrip("«\"„“ ") + " "))


def _numbered_title(rest: str) -> bool:
    """``№23 Об определении …`` after the kind word: a page's title (the kind, the number
    and the title on one line), not a printed heading, whose title has lines of its own."""
    n = find_number(rest)
    return bool(n) and not rest[:n[1]].strip() and bool(TITLE_START.match(rest[n[2]:].strip() + " "))


def _repeats_titled(rest: str, d, n) -> bool:
    """Whether a kind line's rest gives date ``d`` and number ``n``, and then a
    title or nothing (the title on the lines under it)."""
    d2, n2 = find_date(rest), find_number(rest)
    # a database's edition note after them ("(в ред. от … № 512)", "( Изм. от … №512)") is no title
    after = re.sub(r"^\s*(?:г\.|года?\b)?[\s\"«.]*", "", without_notes(rest[max(d2[2], n2[2]):])) if d2 and n2 else ""
    return bool(d and n and d2 and n2 and d2[0] == d[0] and n2[0].casefold() == n[0].casefold()
                and (not after or TITLE_START.match(after + " ")))


def shortened(ref: DateNumber, got: DateNumber) -> bool:
    """A reference line giving the act's running number only ("№ 192") over a
    heading of the same date whose number carries a prefix ("N 2-192")."""
    return bool(got.number and ref.number and got.date == ref.date
                and re.search(r"[-/.]" + re.escape(ref.number) + r"$", got.number, re.I))
