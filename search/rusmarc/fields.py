"""One act → one RUSMARC bibliographic record (a ``pymarc.Record``).

Pure: the record of the catalog plus ``Extras`` (what the fund knows beyond
it: the status in force, resolved links, URLs) and ``Settings`` (the
library's code, the rubric scheme) give the same fields every time, so the
tests and the bench build records without a fund. The mapping, field by
field, is the README's table ("RUSMARC export"); the positions of the label
and of 100 $a follow the RUSMARC format (rusmarc.ru, «Коммуникативный формат
RUSMARC для библиографических записей»).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pymarc import Field, Indicators, Leader, Record as MarcRecord, Subfield

from ingest.records import Publication, Record
from ingest.status import reference_of
from search import biblio
from search.rusmarc.text import abstract, place, topics

CHARSET_UTF8 = "50  "      # 100 $a/26-29: ISO 10646 (Unicode), UTF-8
CHARSET_CP1251 = "0189"    # ISO 646 + Windows-1251 (RUSMARC's code 89)
GOVERNMENT = {"federal": "a", "regional": "b", "municipal": "d"}  # 100 $a/20
TITLE_MAX = 2000           # characters of 200 $a, 311 $a, 488 $a
VALUE_MAX = 3000           # characters of any subfield: a field holds 9,999 bytes
LINKS_MAX = 60             # 488 fields: a consolidated act may cite hundreds
LINK_TEXT_MAX = 500        # characters of a link's reference in 311 $a and 488 $a
RECORD_MAX = 99_999        # bytes of an ISO 2709 record (five digits of length)
NO_PLACE = "[Б. м.]"       # ГОСТ Р 7.0.100: place of issue not named
RELATIONS = {              # 311: the note that says what each 488 link is
    "amends": "Вносит изменения в",
    "repeals": "Признаёт утратившим силу",
    "amended_by": "Изменения внесены",
    "repealed_by": "Признан утратившим силу",
}


@dataclass(frozen=True)
class Settings:
    library_code: str = "actdesk"           # 801 $b, 316 $5 (ingest/settings.py)
    region_code: str | None = None          # 102 $b (ingest/settings.py)
    scheme_name: str = "actdesk"            # 686 $2: the rubric scheme's name
    rubric_labels: dict = field(default_factory=dict)   # code -> label, parents too
    charset: str = CHARSET_UTF8


@dataclass(frozen=True)
class Linked:
    """A related act (488): as cited, and the fund's record when it holds it."""
    relation: str                   # amends | repeals | amended_by | repealed_by
    text: str
    record: Record | None = None


@dataclass(frozen=True)
class Extras:
    """What the fund knows about an act beyond its record."""
    status: dict | None = None
    links: tuple[Linked, ...] = ()
    source_url: str | None = None   # the page the original came from
    file_url: str | None = None     # the original in the fund (the desk's web)
    card_url: str | None = None     # the act's card on the desk's web
    alone_in_file: bool = True      # the file holds this act only: its pages are the act's

    @classmethod
    def of_record(cls, rec: Record) -> "Extras":
        """Without a fund: the record's own status and links as cited."""
        links = tuple(Linked(rel, t) for rel, refs in
                      (("amends", rec.amends), ("repeals", rec.repeals),
                       ("amended_by", rec.amended_by)) for t in refs)
        return cls(status=rec.status, links=links)


_CTRL = re.compile(r"[\x00-\x1f\x7f]+")


def clean(s: str | None) -> str:
    """One line of text: ISO 2709's separators and other control characters
    never reach a subfield."""
    return " ".join(_CTRL.sub(" ", s or "").split())


def _sf(pairs, coded: bool) -> list[Subfield]:
    """Subfields with a value; text in one line, coded data (100 $a, an
    embedded field's tag and indicators in $1) kept to the position."""
    return [Subfield(code, v if coded or code == "1" else clean(v)[:VALUE_MAX]) for code, v in pairs if v]


def _f(tag: str, ind: str, *pairs, coded: bool = False) -> Field:
    return Field(tag=tag, indicators=Indicators(ind[0], ind[1]), subfields=_sf(pairs, coded))


def _ymd(iso: str | None) -> str | None:
    return iso[:10].replace("-", "") if iso and re.match(r"\d{4}-\d\d-\d\d", iso) else None


def requisites(rec: Record) -> str | None:
    """``постановление от 12 марта 2024 г. № 145-п`` (200 $e)."""
    kind = (rec.kind or "").strip().lower()
    if kind == "публикация":
        return None
    parts = [kind] if kind else []
    if rec.date and biblio.format_date(rec.date):
        parts.append(f"от {biblio.format_date(rec.date)}")
    if rec.number:
        parts.append(f"№ {rec.number.strip()}")
    return " ".join(parts) or None


def leader(rec: Record, charset: str) -> str:
    """Status n (new), type a (text), level m (monograph); hierarchical
    level 2 when the act is linked to the newspaper issue it was published in
    (461/463), else 0; encoding level 3 (derived from the document by the
    program, not yet checked by a cataloguer); i: ISBD in part. Position 9,
    undefined in RUSMARC, is ``a`` for UTF-8 (what pymarc and yaz read it by)."""
    hier = "2" if rec.publication and rec.publication.name else "0"
    coding = "a" if charset == CHARSET_UTF8 else " "
    return f"00000nam{hier}{coding}22000003i 450 "


def general_data(rec: Record, charset: str) -> str:
    """100 $a, 36 positions: date entered, type of date, dates, audience,
    government publication, modified record, language of cataloguing,
    transliteration, character sets, script of the title."""
    entered = _ymd(rec.received_at) or "19700101"
    year = (rec.date or "")[:4] if re.match(r"\d{4}", rec.date or "") else ""
    kind = (rec.kind or "").lower()
    gov = "y" if kind == "публикация" else GOVERNMENT.get(rec.level or "", "h")
    out = (f"{entered}{'d' if year else 'u'}{year or '    '}    |||{gov}0rusy"
           f"{charset}    ca")
    assert len(out) == 36, out
    return out


def body_name(body: str | None) -> str | None:
    """The issuing body as a heading: a name printed in capitals in sentence case."""
    if not body:
        return None
    b = " ".join(body.split())
    return biblio.sentence_case(b) if biblio._mostly_caps(b) else b


def _title_fields(rec: Record) -> list[Field]:
    title = biblio.clean_title(rec.title)[:TITLE_MAX]
    resp = None
    if (rec.kind or "").lower() == "публикация" and rec.body:
        resp = rec.body
    return [_f("200", "1 ", ("a", title), ("e", requisites(rec)), ("f", resp))]


def _publication_fields(rec: Record, pub: Publication) -> list[Field]:
    """461: the newspaper (the set); 463: its issue, where the act is."""
    name, _url = biblio._pub_name(pub.name or "")
    issue = (pub.issue or "").strip().lstrip("№N ").strip()
    when = biblio.format_pub_date(pub.date) if pub.date else None
    label = " ".join(x for x in (f"№ {issue}" if issue else "", f"({when})" if when and issue else when or "") if x)
    out = [_f("461", " 0", ("1", "2001 "), ("a", name or "[Без названия]"))]
    pairs = [("1", "2000 "), ("a", label or "[Б. н.]")]
    if pub.page:
        pairs.append(("v", biblio._pages(pub.page)))
    if pub.date and re.match(r"\d{4}", pub.date):
        pairs += [("1", "210  "), ("d", pub.date[:4])]
    out.append(_f("463", " 0", *pairs))
    return out


def act_reference(other: Record) -> str:
    """An act of the fund as a note names it: ``постановление администрации
    … от 22 апреля 2024 г. № 260-п «…»`` — the lists' designation (the body
    in the genitive and in sentence case), never the card's label with the
    body in brackets as printed (often in capitals)."""
    designation = biblio.act_designation(other)
    return f"{designation} «{biblio.clean_title(other.title)}»" if other.title else designation


def _link_fields(links: tuple[Linked, ...]) -> list[Field]:
    """311 (what the link is) and 488 (the related act) for each link."""
    out = []
    for ln in links[:LINKS_MAX]:
        text = act_reference(ln.record) if ln.record is not None else ln.text
        out.append(_f("311", "  ", ("a", f"{RELATIONS.get(ln.relation, ln.relation)}: {text[:LINK_TEXT_MAX]}")))
        other = ln.record
        if other is not None:
            out.append(_f("488", " 0", ("1", "001" + other.id), ("1", "2001 "),
                          ("a", biblio.clean_title(other.title)[:LINK_TEXT_MAX]),
                          ("e", requisites(other))))
        else:
            out.append(_f("488", " 0", ("1", "2001 "), ("a", ln.text[:LINK_TEXT_MAX])))
    return out


def _status_note(status: dict | None, links: tuple[Linked, ...] = ()) -> str | None:
    """300: «Утратил силу с …: <the repealing act>». When the repealing act is
    the fund's own (``ingest.status.reference_of``), it is named as the 311
    notes name it (``act_reference``)."""
    if not status or status.get("state") != "repealed":
        return None
    note = "Утратил силу"
    since = biblio.format_date(status.get("since")) if status.get("since") else None
    if since:
        note += f" с {since}"
    by = status.get("repealed_by")
    if by:
        for ln in links:
            if ln.relation == "repealed_by" and ln.record is not None and reference_of(ln.record) == by:
                by = act_reference(ln.record)
                break
        note += f": {by}"
    return note


def _handwriting_note(rec: Record) -> str | None:
    if "handwritten_requisites" in rec.warnings:
        h = rec.handwritten or {}
        read = [f"дата {biblio.format_access_date(h['date'])}" if h.get("date") else "",
                f"номер {h['number']}" if h.get("number") else ""]
        read = [r for r in read if r]
        return ("Дата или номер вписаны от руки" + (f" (прочитано: {', '.join(read)})" if read else "")
                + "; сверить со сканом")
    if "handwriting_unread" in rec.warnings:
        return "Реквизиты вписаны от руки и не прочитаны; заполнить по скану"
    return None


def _subject_fields(rec: Record, st: Settings) -> list[Field]:
    """606 per rubric (a subrubric under its parent's label), 610 keywords of
    the title, 686 per rubric code."""
    out = []
    codes = [r.code for r in rec.rubrics]
    for r in rec.rubrics:
        if any(c.startswith(r.code + ".") for c in codes):
            continue  # the subrubric's heading names its parent
        parts = r.code.split(".")
        labels = [st.rubric_labels.get(".".join(parts[:i + 1])) for i in range(len(parts) - 1)]
        heading = [("a", labels[0])] + [("x", lb) for lb in labels[1:]] if labels and all(labels) else []
        leaf = r.label or st.rubric_labels.get(r.code) or r.code
        pairs = heading + [("x", leaf)] if heading else [("a", leaf)]
        out.append(_f("606", "1 ", *pairs))
    out += [_f("610", "0 ", ("a", t)) for t in topics(rec.title)]
    out += [_f("686", "  ", ("a", r.code), ("2", st.scheme_name)) for r in rec.rubrics]
    return out


def _names(rec: Record) -> list[Field]:
    """710: the issuing body; an article's persons are 700/701 instead."""
    if not rec.body:
        return []
    if (rec.kind or "").lower() == "публикация":
        people = biblio.authors_of(rec.body)
        return [_f("700" if i == 0 else "701", " 1", ("a", s), ("b", ini))
                for i, (s, ini) in enumerate(people)]
    return [_f("710", "02", ("a", body_name(rec.body)))]


def _links856(rec: Record, ex: Extras) -> list[Field]:
    out = []
    if ex.file_url:
        out.append(_f("856", "4 ", ("u", ex.file_url), ("f", rec.source.file_name),
                      ("q", rec.source.media_type), ("z", "Оригинал в фонде")))
    if ex.source_url:
        out.append(_f("856", "4 ", ("u", ex.source_url), ("z", "Источник")))
    if ex.card_url:
        out.append(_f("856", "4 ", ("u", ex.card_url), ("z", "Карточка акта")))
    return out


def to_marc(rec: Record, ex: Extras | None = None, st: Settings | None = None) -> MarcRecord:
    """The RUSMARC record of one act (README, "RUSMARC export")."""
    ex = ex or Extras.of_record(rec)
    st = st or Settings()
    m = MarcRecord(force_utf8=st.charset == CHARSET_UTF8, to_unicode=st.charset == CHARSET_UTF8)
    # pymarc's constructor writes MARC 21's entry map "4500" over positions
    # 20-23; RUSMARC's is "450 " (position 23 undefined), so it is set after
    m.leader = Leader(leader(rec, st.charset))
    m.add_field(Field(tag="001", data=clean(rec.id)))
    stamp = re.sub(r"\D", "", rec.received_at or "")[:14]
    if len(stamp) == 14:
        m.add_field(Field(tag="005", data=stamp + ".0"))
    m.add_field(_f("100", "  ", ("a", general_data(rec, st.charset)), coded=True))
    m.add_field(_f("101", "0 ", ("a", "rus")))
    m.add_field(_f("102", "  ", ("a", "RU"), *((("b", st.region_code),) if st.region_code else ())))
    for f in _title_fields(rec):
        m.add_field(f)
    year = rec.date[:4] if rec.date and re.match(r"\d{4}", rec.date) else None
    if (rec.kind or "").lower() != "публикация":
        m.add_field(_f("210", "  ", ("a", place(rec.text) or NO_PLACE), ("c", body_name(rec.body)),
                       ("d", year)))
    if rec.source.pages and ex.alone_in_file:
        m.add_field(_f("215", "  ", ("a", f"{rec.source.pages} с.")))
    status = _status_note(ex.status, ex.links)
    if status:
        m.add_field(_f("300", "  ", ("a", status)))
    hand = _handwriting_note(rec)
    if hand:
        m.add_field(_f("316", "  ", ("a", hand), ("5", st.library_code)))
    summary = abstract(rec.text or "", rec.title)
    if summary:
        m.add_field(_f("330", "  ", ("a", summary)))
    for f in _link_fields(ex.links):
        m.add_field(f)
    if rec.publication and rec.publication.name:
        for f in _publication_fields(rec, rec.publication):
            m.add_field(f)
    for f in _subject_fields(rec, st) + _names(rec):
        m.add_field(f)
    m.add_field(_f("801", " 0", ("a", "RU"), ("b", st.library_code),
                   ("c", _ymd(rec.received_at)), ("g", "RCR")))
    for f in _links856(rec, ex):
        m.add_field(f)
    _order(m)
    _fit_size(m)
    return m


def _fit_size(m: MarcRecord) -> None:
    """An ISO 2709 record holds 99,999 bytes: links are left out from the
    last until it fits (UTF-8 is the longest of the encodings written)."""
    sizes = {id(f): len(f.as_marc("utf-8")) + 12 for f in m.fields}   # data + directory entry
    total = sum(sizes.values()) + 26                                   # label, two terminators
    notes, links = m.get_fields("311"), m.get_fields("488")   # one of each per link
    while total > RECORD_MAX:
        if not links:
            raise ValueError(f"record {m['001'].data}: longer than {RECORD_MAX} bytes")
        for f in (notes.pop(), links.pop()):
            total -= sizes[id(f)]
            m.remove_field(f)


def _order(m: MarcRecord) -> None:
    """Fields in tag order; the 311 notes and the 488 links each keep the links' order."""
    m.fields.sort(key=lambda f: f.tag)
