"""The heading of one act, read the first way that finds one."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.ru_dates import find_date
from ingest.status import is_note_line

from ..date_number import find_number
from ..kind_line import kind_line
from ..lines import Lines, clean, folded
from ..title import title_from
from ..stamp import ADOPTED_STAMP, Stamp, read_stamp
from ..quoted_stamp import quoted_stamp
from ..registered import past_registrations, registrations_over
from ..vocabulary import APPROVED_DOCUMENTS, OPENS_GROUNDS, OPERATIVE_VERB, OTHER_ACTS, TITLE_START, dangles
from .anchor import find_anchor, find_one_line_heading
from .at_kind_line import head_at_kind_line, on_kind_line_title
from .headless import head_without_heading
from .model import Anchor, Head, Zone
from ..file_pages import menu_description
from .one_line import head_on_one_line
from .opened_in_text import opens_in_text_of_act
from .db_annex import head_over_database_stamp, stamped_act
from .title_first import annex_after_formula, document_over_annex_stamp
from .db_named import head_named_over_database_stamp, head_of_annex_without_kind
from .stamped import head_under_stamp
from .trailing_card import head_from_trailing_card
from .letter_line import head_of_letter_line
from .link_line import head_of_link_line
from .named_kind_line import head_of_named_kind_line
from .court_heading import court_heading
from .approved_part import without_part_name


def parse_head(L: Lines, lo: int, hi: int) -> Head:
    """The heading (``_read_head``), its title whole where a site's title line
    cut it, or where the printed title breaks off after a preposition or a
    conjunction (``ОБ УТВЕРЖДЕНИИ ПОРЯДКА РАБОТЫ КОМИССИЙ ПО``: the page ends
    there) and the site's reference line above quotes it whole."""
    h = _read_head(L, lo, hi)
    h = without_part_name(L, h) or h  # a database's page of an approved document's part
    if h.title and (_CUT.search(h.title) or dangles(h.title)):
        zone = heading_zone(L, lo, hi)
        h = replace(h, title=_whole_title(L, h.anchor, zone, h.title, above=not _CUT.search(h.title))
                    or h.title)
    return h


def _read_head(L: Lines, lo: int, hi: int) -> Head:
    """The heading of the act in lines ``lo``..``hi``: under an approval
    stamp that comes before any kind line, else from the kind line, else
    from a database's heading on one line, else from the text itself."""
    zone = heading_zone(L, lo, hi)
    stamp = _first_stamp(L, zone)
    anchor = find_anchor(L, zone)
    if stamp and (anchor is None or anchor.line > stamp.after - 1 or _names_stamp(anchor, stamp)):
        return _act_after_its_annex(L, lo, hi, zone, anchor, stamp) or head_under_stamp(L, lo, zone, stamp)
    over = _stamp_over(L, zone, anchor) if stamp is None and anchor is not None else None
    if over is not None:
        return _act_over_its_annex(L, lo, zone, *over) or _adopted_under_stamp(L, lo, hi, zone, anchor, *over) \
            or head_under_stamp(L, lo, zone, over[1])
    if anchor is not None and document_over_annex_stamp(L, zone.lines, anchor.line, anchor.kind_line.kind, stamp):
        return stamped_act(stamp, lo, anchor.line, annex_only=True)  # "Устав …" / "Приложение к решению …"
    # (a «Приложение» line read as a stamp runs over the kind line to the database's stamp under it)
    under = head_over_database_stamp(L, lo, zone, anchor) \
        if anchor is not None and (stamp is None or anchor.line < stamp.after) else None
    if under is not None:
        return under
    text_first = opens_in_text_of_act(L, zone, anchor.line, anchor.kind_line.kind) if anchor is not None else None
    if text_first is not None:
        return head_without_heading(L, lo, anchor.line, text_first)  # "… постановил:" … / "Положение" / "о …"
    heading = find_one_line_heading(L, zone)
    if anchor is not None and heading is not None and heading.line < anchor.line \
            and _cut_off(L, zone, anchor, heading.line):
        return head_on_one_line(L, zone, heading)
    if anchor is not None:
        h = head_from_trailing_card(L, lo, zone, anchor) or head_at_kind_line(L, lo, hi, zone, anchor)
        h = court_heading(L, zone, anchor, h) or h
        return _annex_over(L, lo, zone, anchor.line, h) or h
    if heading is not None:
        h = head_on_one_line(L, zone, heading)
        return _annex_over(L, lo, zone, heading.line, h) or h
    under = _stamp_under_header(L, zone)
    if under is not None:
        return _act_over_its_annex(L, lo, zone, *under) or head_under_stamp(L, lo, zone, under[1])
    # no heading: an approved document alone under a database's stamp, not an act, or a page
    # without its heading
    # (a body's letter on a database's line is no act: its requisites with no kind)
    return head_of_letter_line(L, lo, zone) or head_of_named_kind_line(L, lo, zone) \
        or head_named_over_database_stamp(L, lo, zone) \
        or head_of_annex_without_kind(L, lo, zone) or head_of_link_line(L, lo, zone) \
        or head_without_heading(L, lo, hi, zone)


def _annex_over(L: Lines, lo: int, zone: Zone, at: int, h: Head) -> Head | None:
    """A database's annex printed under its act's line without the kind word (``Приложение``
    / ``администрации … района`` / ``от 10 ноября 2014 г. N 2181``) on top of the print, a
    kind line or a one-line heading further down (line ``at``) another act's (a law its passport
    cites in a table's cell: ``Федеральный закон от 06.10.2003 N 131-ФЗ "…"; …``): the annex's act
    is the page's."""
    annex = head_of_annex_without_kind(L, lo, zone)
    if annex is None or at <= annex.anchor or (h.date, h.number) == (annex.date, annex.number):
        return None
    return annex


def _act_after_its_annex(L: Lines, lo: int, hi: int, zone: Zone, anchor: Anchor | None, stamp: Stamp) -> Head | None:
    """An annex or an approved document delivered before its act
    (``Приложение к постановлению … от 12.03.2024 № 145-п`` / a list, ``УТВЕРЖДЕН
    постановлением …`` / ``ПОРЯДОК``, then the act's own heading after the page
    break): the heading further down names the same act - its kind, date and
    number those of the stamp - and is read as the act's; past the lines read
    for a heading too (a long annex) or past the approved document's own kind
    line (``ПОЛОЖЕНИЕ``), the act's kind word alone on a line."""
    if anchor is not None and anchor.line < stamp.after or not (stamp.date and stamp.number):
        return None
    if anchor is None or anchor.kind_line.kind != stamp.kind:
        # past the heading's lines, or past the approved document's own kind line ("ПОЛОЖЕНИЕ")
        start = stamp.after if anchor is None else anchor.line + 1
        j = next((j for j in range(start, min(hi, start + _ANNEX_LINES)) if _kind_alone(L, j, stamp.kind)), None)
        if j is None:
            return None
        lo = max(start, j - 12)  # the issuer's lines over the kind word
        zone = heading_zone(L, lo, hi)
        anchor = find_anchor(L, zone)
        if anchor is None:
            return None
    h = head_from_trailing_card(L, lo, zone, anchor) or head_at_kind_line(L, lo, hi, zone, anchor)
    same = h.kind == stamp.kind and h.date == stamp.date and (h.number or "").casefold() == stamp.number.casefold()
    return h if same else None




def _stamp_over(L: Lines, zone: Zone, anchor: Anchor) -> tuple[int, Stamp] | None:
    """An approval stamp ending right over the approved document's own kind line
    (``Приложение к решению`` / ``Думы города Заречного`` / ``от … №366`` /
    ``ПОЛОЖЕНИЕ``), further down than the first lines: its lines are the stamp's,
    never an issuer's block over the kind word."""
    if anchor.kind_line.kind not in APPROVED_DOCUMENTS:
        return None
    # (a charter's registration stamps may stand between its adoption stamp and its kind line)
    reach = 12 + registrations_over(L, anchor.line)
    for i in zone.lines:
        if not anchor.line - reach <= i < anchor.line:
            continue
        st = read_stamp(L, i, zone.limit) or read_stamp(L, i, zone.limit, ADOPTED_STAMP)
        if st is not None and st.after <= anchor.line \
                and past_registrations(L, st.after, anchor.line) >= anchor.line:
            return i, st
    return None


def _act_over_its_annex(L: Lines, lo: int, zone: Zone, at: int, stamp: Stamp) -> Head | None:
    """The act printed without its heading (its preamble, the operative formula, the
    signature) and then its annex under the stamp: the act on the page is the one the
    stamp names - its kind, issuer, date and number; its title not printed, unless the page
    opens with it (``Об утверждении Порядка …`` / ``Руководствуясь …, администрация …
    постановляет:`` / … / ``УТВЕРЖДЕН`` / ``постановлением`` / ``от … N 347``: a site's page
    whose heading block was a picture or a table it dropped)."""
    if not (stamp.date and stamp.number) or \
            not any(OPERATIVE_VERB.search(clean(L.raw[j])) for j in zone.lines if j < at):
        return None
    title = None
    if annex_after_formula(L, zone.lines, at):
        first = next(k for k in zone.lines if k < at and not is_note_line(clean(L.raw[k])))
        title = title_from(L, first, at).text or None
    return Head(kind=stamp.kind, raw_kind=stamp.kind, body=stamp.body, date=stamp.date,
                number=stamp.number, title=title, start=lo, anchor=at)


def _adopted_under_stamp(L: Lines, lo: int, hi: int, zone: Zone, anchor: Anchor, at: int,
                         stamp: Stamp) -> Head | None:
    """A charter under the stamp of the decision that adopted it (``ПРИНЯТ`` / ``решением
    Совета депутатов …`` / ``от … № 12`` / ``УСТАВ …``): its heading read as any charter's
    (its name and title), its issuer, date and number the stamp's - never the stamp's words
    read upwards as a heading's block."""
    if not ADOPTED_STAMP.match(L.raw[at].strip()):
        return None
    h = head_at_kind_line(L, lo, hi, zone, anchor)
    return replace(h, body=stamp.body or h.body, date=stamp.date or h.date, number=stamp.number or h.number)


_ANNEX_LINES = 800  # how far past the heading's lines an annex's act is looked for


def _kind_alone(L: Lines, j: int, kind: str) -> bool:
    """Line ``j`` is the kind word ``kind`` alone (``ПОСТАНОВЛЕНИЕ``)."""
    s = L.raw[j].strip()
    if not s or len(s) > 40 or not s[:1].isupper():
        return False
    kl = kind_line(clean(s))
    return kl is not None and kl.kind == kind and not kl.rest and not kl.titled


def _cut_off(L: Lines, zone: Zone, anchor: Anchor, above: int) -> bool:
    """A kind line with no date and no number (``Приказ Министерства``: a
    database's next reference cut off) that the page ends on, or that comes
    after the text of the act has begun under its one-line heading (line
    ``above``): no heading of the act."""
    rest = anchor.kind_line.rest
    if find_date(rest) or find_number(rest):
        return False
    return not any(L.raw[j].strip() for j in range(anchor.line + 1, zone.limit)) \
        or any(OPENS_GROUNDS.match(clean(L.raw[j])) for j in zone.lines if above < j < anchor.line)


def heading_zone(L: Lines, lo: int, hi: int) -> Zone:
    lines: list[int] = []
    menu = _menu_lines(L, lo, hi)
    for i in range(lo, hi):
        if OTHER_ACTS.match(L.raw[i].strip()):
            if menu_description(L.raw, i):
                continue  # "Документы [666]" / "другие документы": a catalogue's menu item
            break  # a site's list of other acts: no line of the heading under it
        if L.ok(i) and i not in menu:
            lines.append(i)
            if len(lines) >= 60:
                break
    end = (lines[-1] + 1) if lines else lo
    return Zone(tuple(lines), min(hi, end + 40))


# one item of a site's menu: a place or a section named in three words at most
_MENU_ITEM = re.compile(r"^[А-ЯЁA-Z][А-Яа-яЁёA-Za-z.()\s-]{0,29}$")
_MENU_RUN = 12


def _menu_lines(L: Lines, lo: int, hi: int) -> set[int]:
    """The lines of a site's menu: a run of twelve and more short items, one a
    line (the towns of a region, the sections of a law aggregator), none a kind
    line - no heading prints so many one-word lines in a row."""
    out: set[int] = set()
    run: list[int] = []
    for i in list(range(lo, min(hi, lo + 400))) + [None]:
        if i is not None and not L.raw[i].strip():
            continue
        s = clean(L.raw[i]) if i is not None else ""
        if i is not None and _MENU_ITEM.match(s) and len(s.split()) <= 3 and kind_line(s) is None:
            run.append(i)
            continue
        if len(run) >= _MENU_RUN:
            out.update(run)
        run = []
    return out


def _names_stamp(anchor: Anchor, stamp: Stamp) -> bool:
    """A site's page title (``Постановление № 52 от 17.02.2010``) over an annex
    printed alone under its stamp: it names the act the stamp names."""
    kl = anchor.kind_line
    d, n = find_date(kl.rest), find_number(kl.rest)
    return bool(d and n and kl.kind == stamp.kind and d[0] == stamp.date
                and n[0].casefold() == (stamp.number or "").casefold())


def _first_stamp(L: Lines, zone: Zone) -> Stamp | None:
    """An approval stamp on one of the zone's first three lines, or right
    under a legal database's status word and the act's title over it
    (``Действующий`` / ``Об утверждении …`` wrapped over lines / ``Приложение N 1``)."""
    for i in zone.lines[:3]:
        st = read_stamp(L, i, zone.limit)
        if st:
            return st
    first = next((i for i in zone.lines[:2] if not is_note_line(clean(L.raw[i]))), None)
    if first is None or not TITLE_START.match(clean(L.raw[first])):
        return None
    end = title_from(L, first, zone.limit).end
    after = next((i for i in zone.lines if i >= end), None)
    return read_stamp(L, after, zone.limit) if after is not None else None


def _stamp_under_header(L: Lines, zone: Zone) -> tuple[int, Stamp] | None:
    """An annex printed alone under a site's header lines (the page's name, a
    pager, a breadcrumb): no kind line and no heading anywhere, its stamp
    (``Приложение к приказу`` / ``… палаты`` / ``от … № 3``) further down than
    the first three lines. Its line and the stamp: over it may be, instead of
    a header, the act's own text without its heading (``_act_over_its_annex``)."""
    for i in zone.lines[3:12]:
        st = read_stamp(L, i, zone.limit)
        if st:
            return None if quoted_stamp(L, i) else (i, st)
    return None


# a site's title cut short: "… главы Сосновского сельского...»"
_CUT = re.compile(r"(?:\.\.\.|…)\s*[»\"”]?\s*$")


def _whole_title(L: Lines, k: int, zone: Zone, cut: str, above: bool = False) -> str | None:
    """The whole title a site cut short on its title line: the page's next
    reference line, or the heading's title line, opening with the same words
    (the heading may wrap them over several lines); ``above``: a title broken
    off in the heading, whole in a reference line over it (its title line
    may open with the quote)."""
    stem = folded(_CUT.sub("", cut))
    if len(stem) < 20:
        return None
    squeezed = stem.replace(" ", "")  # a heading's words a text layer ran together ("границмуниципальных")
    for i in zone.lines:
        s = clean(L.raw[i])
        fs = folded(s)
        at = fs.find(stem[:20])
        if len(fs) >= 12 and stem.startswith(fs):
            at = 0  # a heading in a narrow block: its first line shorter than the words compared
        if (i >= k if above else i <= k) or at < 0:
            continue
        kl = kind_line(s)
        t = on_kind_line_title(kl.rest) if kl and kl.rest else (
            title_from(L, i, zone.limit).text if at == 0 or at == 1 and s[:1] in "«\"„" else None)
        if t and len(t) > len(stem) and squeezed in folded(t).replace(" ", "") and not _CUT.search(t):
            return t
    return None
