"""A text with no heading: not an act, a page that lost its heading (the
act's own words name its kind), or a leaflet (a body's lines over a
headline)."""
from __future__ import annotations

import re

from ingest.heading import starts_name
from ingest.status import is_note_line
from ingest.ru_dates import find_date

from ..around import ADOPTED_BY_ACT, date_and_signless_number
from ..body import body_above, runs_on
from ..date_number import find_number, from_date_number
from ..dated_entry import entry_in
from ..file_heads import CREATED_STAMP
from ..lines import Lines, clean, folded
from ..names import body_head_gen, gen_word, nominative
from ..stamp import DATABASE_STAMP, Stamp, read_stamp
from ..title import dated_line, listing_title, title_from
from ..state_title import number_card, state_language_title_at
from ..under_title import DATED_LIST_LINE, requisites_under
from ..dated_entry import dated_entry
from ..vocabulary import (BODY_WORDS, PERSON, PLACE, PREAMBLE, SELF_REF, TITLE_START, VERB_KIND, VERB_KINDS,
                          kind_from_word)
from .law_tail import head_of_law_tail
from .lone_entry import entry_alone, garbled_requisites
from .model import Head, Zone

_ADDRESSEE = re.compile(
    r"^(?:Во?\s+(?:\w+\s+){0,2}?(?:администрацию|управление|комитет|департамент|министерство|"
    r"отдел|комиссию|службу|инспекцию|прокуратуру|суд|думу|совет)\b"
    r"|(?:Главе|Руководителю|Начальнику|Председателю|Директору|Мэру|Губернатору)\s)",
    re.IGNORECASE)


# a municipal site's page title for an act it files without its kind word:
# "Нормативный правовой акт Совета депутатов … - Об утверждении … от 08.07.2011"
_ACT_OF_BODY = re.compile(
    r"^(?:Нормативный\s+правовой|Муниципальный\s+(?:нормативный\s+)?правовой|Правовой)\s+акт\s+"
    r"(?P<gen>[А-ЯЁ].{5,200}?)\s+[-–—]\s+(?P<title>(?:О|Об|Обо)\s.+?)\s+от\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*$")


def _act_of_body(L: Lines, lo: int, zone: Zone) -> Head | None:
    """The issuer, title and date of a site's ``Нормативный правовой акт <body> -
    <title> от <date>`` line; the kind stays unknown (the line names none)."""
    for i in zone.lines[:12]:
        m = _ACT_OF_BODY.match(clean(L.raw[i]))
        if m and body_head_gen(m.group("gen")):
            return Head(date=find_date(m.group("date"))[0], body=nominative(m.group("gen")),
                        title=m.group("title"), start=lo, anchor=i)
    return None


def _listed_act(L: Lines, lo: int, zone: Zone, kind: str | None) -> Head | None:
    """Number, date and title of a site's listing line ``№ … от … «О …»`` on
    top of a page with no heading; the kind only as the text names it."""
    for i in zone.lines[:4]:
        s = clean(L.raw[i])
        listed = _listed(s) if s.startswith("№") else _signless(s) if s[:1].isdigit() else None
        if listed is None and i == zone.lines[0] and (alone := entry_alone(s)) is not None:
            # "№10 от 20.02.2016 (в ред. …)" opening the page: no title (under a title
            # line, "О …" / "№ 45 от …", the page's own reading finds it)
            listed = (alone[0], alone[1], None)
        if listed is not None:
            return Head(kind=kind, inferred_kind=kind is not None, date=listed[0], number=listed[1],
                        title=listed[2], start=lo, anchor=i)
    if kind is None:
        return None
    # "27.06.2019 года О графике работы …": a site's entry line, the date and the title
    entry = entry_in([clean(L.raw[i]) for i in zone.lines[:12]])
    if entry is not None:
        return Head(kind=kind, inferred_kind=True, date=entry[1], title=entry[2], start=lo,
                    anchor=zone.lines[entry[0]])
    for i in zone.lines[:10]:
        # "№12-па О мерах …" under a site's menu: an act filed by its number and title,
        # no kind word and no date, of a kind its operative verb names
        m = _NUMBER_THEN_TITLE.match(clean(L.raw[i]))
        title = listing_title(m.group("title")) if m else None
        if title and TITLE_START.match(title):
            return Head(kind=kind, inferred_kind=True, number=find_number(m.group("num"))[0],
                        title=title, start=lo, anchor=i)
    return None


# a site's entry: the number after its sign, then the title, nothing else on the line
_NUMBER_THEN_TITLE = re.compile(r"^(?P<num>№\s*\d[\w/-]*)\s+(?P<title>(?:О|Об|Обо)\s+[а-яё].{10,})$")


def head_without_heading(L: Lines, lo: int, hi: int, zone: Zone) -> Head:
    lost = garbled_requisites("\n".join(L.raw[lo:min(hi, lo + 200)]))
    if lost is not None:
        return Head(date=lost[0], number=lost[1], start=lo, anchor=zone.lines[0] if zone.lines else lo)
    tail = head_of_law_tail(L, lo, zone)
    if tail is not None:
        return tail  # a law's last article and its signature block
    zone = _past_page_title(L, zone)
    past = _past_letter(L, zone)
    if past is not None:
        zone, lo = past, past.lines[0]  # the act begins after its covering letter
    kind = _kind_named_in_text("\n".join(L.raw[lo:min(hi, lo + 4000)]))
    listed = _listed_act(L, lo, zone, kind)
    if listed is not None:
        return listed
    if kind is not None:
        return _page_without_heading(L, lo, zone, kind)
    filed = _act_of_body(L, lo, zone)
    if filed is not None:
        return filed
    form = _page_without_heading(L, lo, zone, None)
    if form.date and form.number and (form.body and form.title or _adopted_by_act(L, zone)):
        # a form whose kind word was a picture, in a text that never names
        # its kind: issuer, date and number, title — the kind stays unknown; or
        # amendments a page prints under «Приняты решением Совета … от … № …»:
        # the adopting act's date and number
        return form
    lone = _lone_requisites(L, zone)
    if lone is not None:
        title = form.title if (form.date, form.number) == lone else None
        return Head(date=lone[0], number=lone[1], title=title, start=lo, anchor=zone.lines[0])
    return _leaflet(L, lo, zone)


def _lone_requisites(L: Lines, zone: Zone) -> tuple[str, str] | None:
    """The date and number of a page that opens with its requisites line alone
    (after the database's status notes): the act's own, as a form prints them under
    its kind; the kind and issuer stay unknown. Anything else on the line (a
    title, «в ред.», a citation's sentence) and it is not this line: the line's
    shape is ``from_date_number``'s tight one (the page's heading, that the database's
    print or the page's cut left out, would have said what the line is; here only
    the shape says it): "от 16 июня 1998 г. N 531-р"."""
    first = next((i for i in zone.lines[:4] if not is_note_line(clean(L.raw[i]))), None)
    got = from_date_number(clean(L.raw[first])) if first is not None else None
    return (got.date, got.number) if got else None


# a covering letter's text ("Направляем Вам постановление …") and its signature's
# last words, the signer's name ("Заместитель главы округа<tab>П.П. Петров")
_LETTER_TEXT = re.compile(r"^(?:Направля(?:ем|ю)|Представля(?:ем|ю)|Высылаем|Высылаю)\s")
_SIGNED = re.compile(r"\s" + PERSON + r"\s*$")


def _past_letter(L: Lines, zone: Zone) -> Zone | None:
    """The lines after a covering letter sent with an act whose blank was a
    picture (no kind word in the text): from its signature on, if it has one."""
    lines = zone.lines
    for pos, i in enumerate(lines[:20]):
        if _LETTER_TEXT.match(clean(L.raw[i])):
            end = next((k for k in range(pos + 1, min(len(lines), pos + 12))
                        if _SIGNED.search(clean(L.raw[lines[k]]))), None)
            return Zone(lines[end + 1:], zone.limit) if end is not None and end + 1 < len(lines) else None
    return None


def _past_page_title(L: Lines, zone: Zone) -> Zone:
    """A site's page title that is the act's title (``О подготовке к … сезону``),
    printed again further down under the act's issuer, date and number (maybe
    wrapped otherwise): the heading is read from the lines after the page title."""
    lines = zone.lines
    for pos, i in enumerate(lines[:8]):
        s = clean(L.raw[i])
        if not TITLE_START.match(s):
            continue
        got = title_from(L, i, zone.limit)
        page = folded(got.text or s)
        after = [x for x in lines[pos + 1:] if x >= got.end]  # the page title may be wrapped
        for j in after[:12]:
            t = folded(clean(L.raw[j]))
            if len(t) >= 12 and page.startswith(t) and folded(title_from(L, j, zone.limit).text or "") == page:
                return Zone(after, zone.limit)
        break
    return zone


def _kind_named_in_text(sample: str) -> str | None:
    """The one kind the text calls itself (``настоящее постановление``), or
    the kind its operative verb says (``… постановляет:``, ``п о с т а н о в л я ю:``)."""
    refs = {kind_from_word(m.group(1)) for m in SELF_REF.finditer(sample)}
    refs.discard(None)
    if len(refs) != 1:
        # none named, or two (a clause copied from another kind's act: "Обнародовать
        # настоящее решение" under "ПОСТАНОВЛЯЮ:"): the operative verb decides, and
        # where two are named only when it says one of them
        vm = VERB_KIND.search(sample[:6000])
        verb = VERB_KINDS[re.sub(r"\s", "", vm.group(1)).lower()[:4]] if vm else None
        refs = {verb} if verb and (not refs or verb in refs) else refs
    return refs.pop() if len(refs) == 1 else None


# Garant's pointer over a print that opens inside the act: "О правилах благоустройства
# муниципальных образований … области см. справку" - the database's note, never the title
_SEE_REFERENCE = re.compile(r"\bсм\.\s+справк[уи]\s*\.?$", re.IGNORECASE)


def _page_without_heading(L: Lines, lo: int, zone: Zone, kind: str | None) -> Head:
    """An act of a kind its text names: the title when one starts the page,
    and the date and number printed over it (``13.07.2015`` / ``№ 266а``,
    ``29.10.2020 г. Заречный № 1125-П-6``) under the body's name, if any."""
    titled = [i for i in zone.lines[:8] if TITLE_START.match(L.fix(clean(L.raw[i])))
              and not _SEE_REFERENCE.search(clean(L.raw[i]))]
    first = titled[0] if titled else None
    if first is None:
        adopted = _adopted(L, zone) if kind != "закон" else None
        stamp = _own_annex_stamp(L, zone, kind) if not adopted else None
        if stamp is not None:
            return Head(kind=kind, inferred_kind=True, start=lo, date=stamp.date, number=stamp.number,
                        body=stamp.body)
        return Head(kind=kind, inferred_kind=kind is not None, start=lo,
                    date=adopted[0] if adopted else None, number=adopted[1] if adopted else None)
    req = [i for i in zone.lines if i < first]
    top = first
    while req and len(clean(L.raw[req[-1]])) <= 80 and not CREATED_STAMP.match(clean(L.raw[req[-1]])) and (
            find_date(clean(L.raw[req[-1]])) or find_number(clean(L.raw[req[-1]]))
            or PLACE.match(clean(L.raw[req[-1]])) and top == first):
        top = req.pop()  # the date and number, and the place between them and the title
    block = " ".join(clean(L.raw[i]) for i in zone.lines if top <= i < first)
    d, n = find_date(block), find_number(block)
    if not n:
        # "12.03.2024<tab>145-п", "12 марта 24 145-п": the values typed alone, the
        # blank's «от», «20» and «№» a picture (a PDF printed from Word whose blank is
        # an image); the number on a line of its own under the date is no page number
        typed = [clean(L.raw[i]) for i in range(top if d else lo, first) if L.raw[i].strip()]
        row = date_and_signless_number(" ".join(typed if d else typed[-1:]))
        d, n = ((row.date,), (row.number,)) if row else (d, None)
    body = body_above(L, top, lo).name if top < first and req else None
    if first not in zone.lines[:4] and not (d and n and body):
        # a title further down counts only under a form's issuer and its
        # date and number, the kind word alone missing (a picture, a lost box)
        return Head(kind=kind, inferred_kind=kind is not None, start=lo)
    got = title_from(L, first, zone.limit)
    if not (d or n):
        below = _requisites_under(L, zone, got.end)
        if below is not None:
            d, n = (below.date,), (below.number,)  # the title first, its date and number under it
        else:
            d = _dated_under(L, zone, got.end)
    title = got.text if d or n else _printed_citing(L, zone, got.end, got.text)
    return Head(kind=kind, inferred_kind=kind is not None, start=lo, anchor=first - 1 if first > lo else lo,
                date=d[0] if d else None, number=n[0] if n else None, body=body, title=title)


def _requisites_under(L: Lines, zone: Zone, end: int):
    """``Об утверждении плана …`` / ``03.02.2016 № 12``: a site printing the
    title first, the act's date and number alone on the line under it."""
    below = next((i for i in zone.lines if i >= end), None)
    return requisites_under(clean(L.raw[below])) if below is not None else None


def _quoteless(t: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"«»“”„]", "", t)).strip().casefold()


def _printed_citing(L: Lines, zone: Zone, end: int, title: str | None) -> str | None:
    """A database's name of the page over the act's own printed title, which
    quotes that name whole (``О признании утратившим силу …`` / ``О Законе
    Тестовской области "О признании утратившим силу …"``): a legislature's
    act adopting a law, which the database names by the law it adopts. The
    printed title is the act's; a printed title merely repeating the name
    (in capitals, wrapped) changes nothing."""
    nxt = next((i for i in zone.lines if i >= end), None)
    if not title or nxt is None or not TITLE_START.match(clean(L.raw[nxt])):
        return title
    printed = title_from(L, nxt, zone.limit).text
    if not printed or not re.search(r"[\"«]", printed):
        return title
    inner, name = _quoteless(printed), _quoteless(title)
    return printed if len(inner) > len(name) + 5 and inner.endswith(name) else title


def _dated_under(L: Lines, zone: Zone, end: int):
    """``Об открытии ледовой переправы`` / ``от 24.12.2018``: a site's page
    dating the act on the line under its title, no number given."""
    below = next((i for i in zone.lines if i >= end), None)
    s = clean(L.raw[below]) if below is not None else ""
    return find_date(s) if dated_line(s) else None


def _own_annex_stamp(L: Lines, zone: Zone, kind: str | None) -> Stamp | None:
    """A database's print that begins inside the act, the annex it approves
    printed under the database's stamp (``(утв. решением Совета депутатов …
    от 14.04.2015 N 12/3)``): the stamp names the act the text calls itself."""
    for i in zone.lines:
        if DATABASE_STAMP.match(L.raw[i].strip()):
            st = read_stamp(L, i, zone.limit, DATABASE_STAMP)
            return st if st and kind and st.kind == kind and st.date and st.number else None
    return None


_ADOPTED_BY = re.compile(r"^Принят[оаы]?\s+[А-ЯЁа-яё]")


def _adopted_by_act(L: Lines, zone: Zone) -> bool:
    """Whether the page opens with its adoption by an act (``Приняты решением …``)."""
    return any(ADOPTED_BY_ACT.match(clean(L.raw[i])) for i in zone.lines[:3])


def _adopted(L: Lines, zone: Zone) -> tuple[str, str] | None:
    """``Принято Заречным районным Советом народных депутатов 14 октября 2020
    года N 215`` opening a print with no heading: the decision's own date and
    number (a law's adoption date is not its date, so laws are left out)."""
    for i in zone.lines[:3]:
        s = clean(L.raw[i])
        if _ADOPTED_BY.match(s):
            d, n = find_date(s), find_number(s)
            if d and n and n[1] > d[1]:
                return d[0], n[0]
    return None


# a site's list line with no kind word: "от 12 марта 2021 № 14 Об установлении …",
# or the number first and the title quoted: "№12-4 от 17.06.2020 «О …»"; the number may
# carry its body's letter index after a space ("№ 14-3 ГД от 21.03.1996 О …": a city duma's)
_DATE_NUMBER_FIRST = re.compile(r"^от\s+(?P<req>[^№]{6,32}?\s*№\s*[\w./-]+)\s+", re.IGNORECASE)
_NUMBER_FIRST = re.compile(r"^(?P<req>№\s*[0-9][\w./-]{0,20}(?:\s[А-ЯЁ]{1,4})?\s+от\s+\d{1,2}"
                           r"(?:\.\d{1,2}\.|\s+[а-яё]+\s+)\d{4})(?P<dash>\s*г\.\s*[-–—]|\s+[-–—])?"
                           r"(?=\s|[«\"„“])")


# a municipal portal's list entry with neither the number's sign nor the kind word, the
# title unquoted after the date: "27-3 от 14.09.2016 О внесении изменений …"
_SIGNLESS_FIRST = re.compile(r"^(?P<num>\d{1,5}(?:[-/.]\d{1,5}){0,2}(?:-?[А-ЯЁа-яё]{1,3})?)\s+от\s+"
                             r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4})(?:\s*г\.)?\s+(?=(?:О|Об|Обо)\s)")


def _signless(s: str) -> tuple[str, str, str] | None:
    """The date, number and title of a list entry ``27-3 от 14.09.2016 О …`` on top of
    a page with no heading (``_SIGNLESS_FIRST``)."""
    m = _SIGNLESS_FIRST.match(s)
    d = find_date(m.group("date")) if m else None
    title = listing_title(s[m.end():].strip()) if d else None
    return (d[0], m.group("num"), title) if title and TITLE_START.match(title) else None


def _listed(s: str) -> tuple[str, str, str] | None:
    """The date, number and title of a page whose first line is a site's list
    entry: the date and the number (or the number and the date, then the
    title in quotes), then the title, the kind word left out."""
    m = _DATE_NUMBER_FIRST.match(s) or _NUMBER_FIRST.match(s)
    if not m:
        return None
    d, n, tail = find_date(m.group("req")), find_number(m.group("req")), s[m.end():].strip()
    quoted = m.re is _NUMBER_FIRST
    if quoted and m.group("dash"):
        # "№214 от 17.04.2019г. - Об утверждении ….doc": a school's or a site's list of
        # files, the title after a dash, the file's extension on it
        tail = re.sub(r"\.(?:docx?|pdf|rtf|odt)$", "", tail, flags=re.IGNORECASE)
    title = listing_title(tail) if TITLE_START.match(tail) or quoted else None
    return (d[0], n[0], title) if d and n and title and TITLE_START.match(title) else None


# a republic's settlement and district named their way under their kinds in the genitive
# ("сельского поселения" / "Сосновский сельсовет" / "муниципального района" / "Заречный район
# Республики Тестовия"): lines of the name, not the headline
_OF_DISTRICT = re.compile(r"\b(?:муниципального\s+(?:района|округа)|сельского\s+поселения)\s*$", re.IGNORECASE)
_DISTRICT_NAMED = re.compile(r"^[А-ЯЁ][А-ЯЁа-яё-]+\s+(?i:район|округ|сельсовет)\b")


def _goes_on(name: str, s: str) -> bool:
    """Whether line ``s`` goes on with the body's ``name`` above it (a wrapped
    phrase, a genitive opening no name or headline opens with, or the district
    a line ending in ``муниципального района`` names)."""
    if TITLE_START.match(s) or _ADDRESSEE.match(s) or len(s) >= 120:
        return False  # the headline, or a form's addressee ("В управление …")
    if _OF_DISTRICT.search(name) and _DISTRICT_NAMED.match(s):
        return True
    first = s.split()[0]
    if not first.isalpha() or len(first) < 4:
        return False
    return runs_on(name, s) or gen_word(first) and not starts_name(first)


def _leaflet(L: Lines, lo: int, zone: Zone) -> Head:
    """A leaflet or article: the body lines on top and the headline under them."""
    lines = zone.lines
    while lines and is_note_line(clean(L.raw[lines[0]])):
        lines = lines[1:]  # a database's status word over the title ("Недействующий")
    # a site's list entry of the act opening the page, or under its title as the page's title
    listed = next((x for k, i in enumerate(lines[:4]) if (x := _listed(clean(L.raw[i])))
                   and (k == 0 or any(clean(L.raw[j]).casefold() == x[2].casefold() for j in lines[:k]))), None)
    if listed is not None:
        return Head(date=listed[0], number=listed[1], title=listed[2], start=lo)
    first = clean(L.raw[lines[0]]) if lines else ""
    dated = dated_entry(first[3:]) if DATED_LIST_LINE.match(first) else None
    if dated is not None:
        # "от 9 марта 2021 О порядке …": a site's list line, the act's date then its title
        return Head(date=dated[0], title=dated[1], start=lo)
    if lines and TITLE_START.match(L.fix(first)):
        # a page that opens with its title: no letterhead above it; its date and
        # number may stand alone on the line under it
        got = title_from(L, lines[0], zone.limit)
        below = _requisites_under(L, zone, got.end)
        title = got.text if below else _printed_citing(L, zone, got.end, got.text)
        return Head(title=title, start=lo, date=below.date if below else None,
                    number=below.number if below else None)
    number = number_card(clean(L.raw[lines[0]])) if lines else None
    top = lines[1:] if number else lines
    own = state_language_title_at(L.raw, top[0]) if top else None
    if own:
        # a page of an act in a republic's language: its title first, a card's number over it
        return Head(number=number, title=own, start=lo)
    for pos, i in enumerate(lines[:12]):
        s = clean(L.raw[i])
        if PREAMBLE.match(s) or re.match(r"^\d{1,2}\s*\.\s*[А-ЯЁ]", s):
            break  # the text has begun: a signer's office under it is no letterhead
        if BODY_WORDS.search(s) and starts_name(s.split()[0]) and len(s) < 120:
            nxt = lines[pos + 1] if pos + 1 < len(lines) else None
            if nxt is not None:
                s2 = clean(L.raw[nxt])
                if BODY_WORDS.search(s2) and starts_name(s2.split()[0]) and len(s2) < 120:
                    continue
                while pos + 2 < len(lines) and _goes_on(clean(L.raw[lines[pos]]), s2):
                    # "Администрация Заречного" / "района Тестовской области": the name
                    # wrapped, the headline under it
                    pos += 1
                    nxt, s2 = lines[pos + 1], clean(L.raw[lines[pos + 1]])
                body = body_above(L, nxt, lo).name
                # a form's addressee ("В управление …", "Главе города …")
                # stands between the body and the form's own heading
                while _ADDRESSEE.match(clean(L.raw[nxt])) and pos + 2 < len(lines):
                    pos += 1
                    nxt = lines[pos + 1]
                title = title_from(L, nxt, zone.limit).text
                if title and (title.isupper() or len(title) < 200 or TITLE_START.match(title) and len(title) < 400):
                    # a headline is short; an act's title («Об утверждении …») may run longer
                    return Head(body=body, title=title, start=lo)
            break
    return Head(start=lo)
