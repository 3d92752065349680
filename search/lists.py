"""Bibliographic lists, the new-arrivals bulletin and selective dissemination.

A list is a search rendered: ``collect(fund, query)`` pages through the one
query layer (search/query.py) and loads the records from the catalog;
``build_list(records, ...)`` groups, orders and numbers them; search/render.py
writes the result.

* ``biblist(fund, query, ...)``: any query becomes a list with a title, the
  period covered and the date of compilation.
* ``arrivals(fund, since, until)``: everything received in a period, grouped
  by rubric. Without ``since`` it starts where the previous bulletin ended
  (``arrivals.last`` in the fund's state; the first time: the last 7 days).
  ``remember_arrivals`` is called once the bulletin is written.
* ``run_sdi(fund, ...)``: each reader of ``subscribers.yaml`` gets the new
  arrivals matching their profile since their last digest: a file plus an
  ``.eml`` (or a message sent over SMTP). Per subscriber the fund's state
  keeps ``{"last": ..., "sent": {id: received_at}}``: nobody receives the
  same record twice, and a failed send changes nothing, so it is retried
  next time.

Windows of reception overlap the previous run by ``OVERLAP`` (a record's
``received_at`` is taken just before its batch commits it, so a record of a
long batch may appear after a bulletin that its timestamp precedes); the ids
already announced are excluded, so the overlap never repeats a record.

Ordering "legal-force" (as libraries arrange official documents): laws,
decrees (указ), resolutions (постановление), decisions (решение), orders
(распоряжение, приказ), then other documents (уставы, положения, …) and
articles; within one kind federal before regional before municipal, then by
date (undated last), then by title. Numbering is continuous across groups.
Dates of reception are compared as stored (UTC).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Iterable

from ingest.fund import Fund
from ingest.records import Record
from search import biblio

__all__ = ["GROUP_BY", "ORDERS", "Entry", "Group", "BibList", "build_list", "collect",
           "biblist", "arrivals", "remember_arrivals", "Subscriber", "load_subscribers",
           "run_sdi", "SdiResult", "ListError"]

GROUP_BY = ("rubric", "kind", "year", "none")
ORDERS = ("legal-force", "date", "title", "given")   # given: as the records come (a basket's order)
ARRIVALS_STATE = "arrivals.last"
ARRIVALS_RECENT = "arrivals.recent"   # {id: received_at} announced within OVERLAP
SDI_STATE = "sdi:"
FIRST_WINDOW = timedelta(days=7)
OVERLAP = timedelta(days=1)

KIND_RANK = {"закон": 0, "указ": 1, "постановление": 2, "решение": 3, "распоряжение": 4,
             "приказ": 4, "устав": 5, "положение": 5, "протокол": 5, "публикация": 7}
OTHER_RANK = 6
LEVEL_RANK = {"federal": 0, "regional": 1, "municipal": 2}
KIND_HEADINGS = {"закон": "Законы", "указ": "Указы", "постановление": "Постановления",
                 "решение": "Решения", "распоряжение": "Распоряжения", "приказ": "Приказы",
                 "устав": "Уставы", "положение": "Положения", "протокол": "Протоколы",
                 "публикация": "Публикации в печати"}
NO_RUBRIC = "Без рубрики"
OTHER_KIND = "Другие документы"
NO_YEAR = "Без даты"


class ListError(Exception):
    """A problem the user can fix (bad subscribers.yaml, bad option value)."""


# --- the list ---------------------------------------------------------------

@dataclass
class Entry:
    n: int
    description: str
    record: Record
    url: str | None = None

    def to_dict(self) -> dict:
        r = self.record
        return {"n": self.n, "id": r.id, "description": self.description,
                "kind": r.kind, "number": r.number, "date": r.date, "body": r.body,
                "level": r.level, "title": r.title,
                "publication": r.publication.to_dict() if r.publication else None,
                "received_at": r.received_at, "rubrics": [x.code for x in r.rubrics],
                "url": self.url}


@dataclass
class Group:
    heading: str | None
    entries: list[Entry] = field(default_factory=list)


@dataclass
class BibList:
    title: str
    period: str | None              # the line saying what period is covered
    compiled: str                   # ISO date of compilation
    groups: list[Group]
    group_by: str = "none"
    order: str = "legal-force"
    query: dict | None = None
    note: str | None = None         # e.g. the subscriber the digest is for

    @property
    def total(self) -> int:
        return sum(len(g.entries) for g in self.groups)

    def entries(self) -> list[Entry]:
        return [e for g in self.groups for e in g.entries]

    @property
    def compiled_line(self) -> str:
        return f"Дата составления: {biblio.format_date(self.compiled)}"

    def to_dict(self) -> dict:
        return {"title": self.title, "period": self.period, "compiled": self.compiled,
                "note": self.note, "group_by": self.group_by, "order": self.order,
                "query": self.query, "total": self.total,
                "groups": [{"heading": g.heading, "entries": [e.to_dict() for e in g.entries]}
                           for g in self.groups]}


def _order_key(order: str):
    def by_date(r: Record):
        return (r.date is None, r.date or "")

    if order == "legal-force":
        return lambda e: (KIND_RANK.get((e.record.kind or "").lower(), OTHER_RANK),
                          LEVEL_RANK.get(e.record.level or "", 3), *by_date(e.record),
                          biblio.sort_key(e.description))
    if order == "date":
        return lambda e: (*by_date(e.record), biblio.sort_key(e.description))
    if order == "title":
        return lambda e: (biblio.sort_key(e.description),)
    if order == "given":
        return lambda e: 0   # the sort is stable
    raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")


def _main_rubric(rec: Record, prefer: Iterable[str] = ()) -> str | None:
    """The top-level rubric a record is filed under in a grouped list: the one
    the query asked for, else the top level holding most of its codes."""
    codes = [r.code for r in rec.rubrics]
    if not codes:
        return None
    for p in prefer:
        for c in codes:
            if c == p or c.startswith(p + "."):
                return p.split(".")[0]
    count: dict[str, int] = {}
    for c in codes:
        top = c.split(".")[0]
        count[top] = count.get(top, 0) + 1
    best = max(count.values())
    return next(c.split(".")[0] for c in codes if count[c.split(".")[0]] == best)


def build_list(records: Iterable[Record], *, title: str, period: str | None = None,
               compiled: str | None = None, group_by: str = "rubric",
               order: str = "legal-force", rubric_labels: dict[str, str] | None = None,
               rubric_order: list[str] | None = None, prefer_rubrics: Iterable[str] = (),
               urls: dict[str, str] | None = None, query: dict | None = None,
               note: str | None = None) -> BibList:
    """Describe, group, order and number records (pure: no fund, no index)."""
    if group_by not in GROUP_BY:
        raise ValueError(f"group_by must be one of {', '.join(GROUP_BY)}, not {group_by!r}")
    key = _order_key(order)
    urls = urls or {}
    labels = dict(rubric_labels or {})
    for rec in records if isinstance(records, list) else list(records):
        for r in rec.rubrics:
            labels.setdefault(r.code, r.label)
    records = records if isinstance(records, list) else list(records)
    prefer = list(prefer_rubrics)
    buckets: dict[str, list[Entry]] = {}
    for rec in records:
        e = Entry(0, biblio.describe(rec, url=urls.get(rec.id), repeal=True), rec,
                  urls.get(rec.id) or None)
        if group_by == "rubric":
            g = _main_rubric(rec, prefer) or ""
        elif group_by == "kind":
            g = (rec.kind or "").lower()
        elif group_by == "year":
            g = (rec.date or "")[:4]
        else:
            g = ""
        buckets.setdefault(g, []).append(e)

    def group_rank(g: str):
        if group_by == "rubric":
            pos = rubric_order.index(g) if rubric_order and g in rubric_order else 10 ** 6
            return (g == "", pos, labels.get(g, g))
        if group_by == "kind":
            return (KIND_RANK.get(g, OTHER_RANK) if g else 99, g)
        return (g == "", g)

    def heading(g: str) -> str | None:
        if group_by == "none":
            return None
        if group_by == "rubric":
            return labels.get(g, g) if g else NO_RUBRIC
        if group_by == "kind":
            return KIND_HEADINGS.get(g, OTHER_KIND) if g else OTHER_KIND
        return f"{g} г." if g else NO_YEAR

    groups: list[Group] = []
    merged: dict[str, Group] = {}
    for g in sorted(buckets, key=group_rank):
        h = heading(g)
        if h in merged:       # e.g. several unknown kinds under "Другие документы"
            merged[h].entries.extend(buckets[g])
            continue
        grp = Group(h, list(buckets[g]))
        merged[h] = grp
        groups.append(grp)
    n = 0
    for grp in groups:
        grp.entries.sort(key=key)
        for e in grp.entries:
            n += 1
            e.n = n
    return BibList(title=title, period=period, compiled=compiled or date.today().isoformat(),
                   groups=groups, group_by=group_by, order=order, query=query, note=note)


# --- from the fund ------------------------------------------------------------

def rubric_scheme(home: Path) -> tuple[dict[str, str], list[str]]:
    """Labels and order of rubric codes from the fund's scheme (cheap YAML read)."""
    from ingest.settings import scheme_path
    import yaml
    from ingest.edited import read_edited
    path = scheme_path(Path(home))
    if path is None or not Path(path).exists():
        return {}, []
    try:
        data = yaml.safe_load(read_edited(path)) or {}
    except (OSError, yaml.YAMLError):
        return {}, []
    labels, order = {}, []
    for r in data.get("rubrics") or []:
        if isinstance(r, dict) and r.get("code"):
            labels[r["code"]] = r.get("label_ru") or r["code"]
            order.append(r["code"])
    return labels, order


def source_urls(fund: Fund, records: Iterable[Record]) -> dict[str, str]:
    """Known source URLs of the originals (from the file's provenance)."""
    out = {}
    for rec in records:
        f = fund.get_file(rec.source.sha256)
        prov = (f.provenance if f else None) or {}
        url = prov.get("url") or prov.get("source_url")
        if isinstance(url, str) and re.match(r"https?://", url):
            out[rec.id] = url
    return out


def collect(fund: Fund, q, *, index_dir: Path | None = None) -> list[Record]:
    """Every record matching the query (all pages), loaded from the catalog.

    A relaxed answer (the search widened a query that matched nothing) is not a
    list: it gives no records.
    """
    from search.query import MAX_PER_PAGE, Query, search
    q = Query.from_dict(q.to_dict()) if isinstance(q, Query) else Query.from_dict(q)
    q.per_page, q.facets, q.page = MAX_PER_PAGE, False, 1
    if q.sort == "relevance":
        q.sort = "date"  # a stable order across pages
    index_dir = index_dir or fund.index_dir
    ids: list[str] = []
    seen: set[str] = set()
    while True:
        res = search(index_dir, q, snippets=False)
        if res.relaxed:
            return []
        for h in res.hits:
            if h.id not in seen:
                seen.add(h.id)
                ids.append(h.id)
        if not res.hits or len(seen) >= res.total:
            break
        q.page += 1
    out = []
    for rid in ids:
        rec = fund.get_record(rid)
        if rec is not None and not rec.duplicate_of:
            out.append(rec)
    return out


def _years(records: list[Record]) -> str | None:
    ys = sorted({r.date[:4] for r in records if r.date})
    if not ys:
        return None
    return f"{ys[0]} г." if ys[0] == ys[-1] else f"{ys[0]}{biblio.DASH}{ys[-1]} гг."


def _span(lo: str | None, hi: str | None) -> str | None:
    parts = []
    if lo:
        parts.append(f"с {biblio.format_date(lo)}")
    if hi:
        parts.append(f"по {biblio.format_date(hi)}")
    return " ".join(parts) or None


def biblist(fund: Fund, q, *, title: str | None = None, group_by: str = "rubric",
            order: str = "legal-force", today: date | None = None,
            index_dir: Path | None = None) -> BibList:
    """A bibliographic list from any query of the query layer."""
    from search.query import Query
    q = q if isinstance(q, Query) else Query.from_dict(q)
    records = collect(fund, q, index_dir=index_dir)
    span = _span(q.date_from, q.date_to)
    covered = span or _years(records)
    labels, rorder = rubric_scheme(fund.home)
    if not title:
        title = "Библиографический список документов"
        if q.text.strip():
            title += f" по запросу «{q.text.strip()}»"
    return build_list(records, title=title,
                      period=f"Хронологический охват: {covered}" if covered else None,
                      compiled=(today or date.today()).isoformat(), group_by=group_by,
                      order=order, rubric_labels=labels, rubric_order=rorder,
                      prefer_rubrics=q.rubric, urls=source_urls(fund, records),
                      query=q.to_dict())


# --- arrivals -------------------------------------------------------------------

def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _parse_ts(s: str) -> datetime:
    return _utc(datetime.fromisoformat(s.replace("Z", "+00:00")))


def _received(fund: Fund, lo: datetime, hi: datetime, profile=None,
              index_dir: Path | None = None) -> list[Record]:
    """Records received in ``lo < t <= hi`` (and matching ``profile``)."""
    from search.query import Query
    q = Query() if profile is None else (profile if isinstance(profile, Query)
                                         else Query.from_dict(profile))
    q = replace(q)
    lo_d, hi_d = lo.date().isoformat(), hi.date().isoformat()
    q.received_from = max(filter(None, (q.received_from, lo_d)))
    q.received_to = min(filter(None, (q.received_to, hi_d)))
    if q.received_from > q.received_to:
        return []
    out = []
    for rec in collect(fund, q, index_dir=index_dir):
        t = _parse_ts(rec.received_at)
        if lo < t <= hi:
            out.append(rec)
    return out


@dataclass
class Window:
    lo: datetime      # exclusive
    hi: datetime      # inclusive
    shown_from: date  # first day, as the bulletin states it
    exclude: frozenset = frozenset()   # already announced (the overlap below)
    stamp: datetime | None = None      # where the next bulletin starts


def _recent(fund: Fund, key: str) -> dict[str, str]:
    raw = fund.get_state(key)
    try:
        d = json.loads(raw) if raw else {}
    except ValueError:
        d = {}
    return d if isinstance(d, dict) else {}


def arrivals_window(fund: Fund, since: date | None = None, until: date | None = None,
                    now: datetime | None = None) -> Window:
    """The period of a bulletin.

    Without ``since`` it starts at the end of the previous bulletin, reaching
    back ``OVERLAP`` further: a record committed late by a long batch (its
    ``received_at`` is taken just before its commit) is not lost, and the ids
    already announced in that overlap are excluded, so none is listed twice.
    """
    now = _utc(now or datetime.now(timezone.utc)).replace(microsecond=0)
    if until is not None:
        hi = datetime.combine(until, time(23, 59, 59), timezone.utc)
        hi = min(hi, now) if until >= now.date() else hi
    else:
        hi = now
    if since is not None:
        lo = datetime.combine(since, time(0, 0), timezone.utc) - timedelta(seconds=1)
        w = Window(lo, hi, since, frozenset(), hi)
    else:
        last = fund.get_state(ARRIVALS_STATE)
        if last:
            stamp = _parse_ts(last)
            w = Window(stamp - OVERLAP, hi, stamp.date(),
                       frozenset(_recent(fund, ARRIVALS_RECENT)), hi)
        else:
            lo = hi - FIRST_WINDOW
            w = Window(lo, hi, (lo + timedelta(seconds=1)).date(), frozenset(), hi)
    if w.lo >= w.hi:
        raise ListError("the period is empty: --since is after --until")
    return w


def arrivals(fund: Fund, since: date | None = None, until: date | None = None, *,
             now: datetime | None = None, group_by: str = "rubric",
             order: str = "legal-force", title: str | None = None,
             index_dir: Path | None = None) -> tuple[BibList, Window]:
    """The bulletin of new arrivals; call ``remember_arrivals(fund, window,
    bulletin)`` after writing it."""
    w = arrivals_window(fund, since, until, now)
    records = [r for r in _received(fund, w.lo, w.hi, index_dir=index_dir)
               if r.id not in w.exclude]
    labels, rorder = rubric_scheme(fund.home)
    period = f"Поступления {_span(w.shown_from.isoformat(), w.hi.date().isoformat())}"
    bl = build_list(records, title=title or "Бюллетень новых поступлений", period=period,
                    compiled=date.today().isoformat(),
                    group_by=group_by, order=order, rubric_labels=labels, rubric_order=rorder,
                    urls=source_urls(fund, records))
    return bl, w


def remember_arrivals(fund: Fund, w: Window, bl: BibList | None = None) -> None:
    """The next bulletin starts here (never moves back: a retrospective
    bulletin for an old period does not reset it)."""
    last = fund.get_state(ARRIVALS_STATE)
    stamp = max(filter(None, (_parse_ts(last) if last else None, w.stamp)))
    recent = _recent(fund, ARRIVALS_RECENT)
    for e in (bl.entries() if bl else []):
        recent[e.record.id] = e.record.received_at
    floor = stamp - OVERLAP
    recent = {k: v for k, v in recent.items() if _parse_ts(v) > floor}
    # the announced ids first: a crash in between repeats the window, not the records
    fund.set_state(ARRIVALS_RECENT, json.dumps(recent, ensure_ascii=False))
    fund.set_state(ARRIVALS_STATE, stamp.isoformat())


# --- selective dissemination (ИРИ) ---------------------------------------------

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


@dataclass
class Subscriber:
    name: str
    email: str
    profile: object            # search.query.Query
    slug: str

    @property
    def key(self) -> str:
        return SDI_STATE + self.email.lower()


def _slug(s: str) -> str:
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", s).strip("-.")
    return s or "subscriber"


def load_subscribers(path: Path) -> tuple[list[Subscriber], str | None]:
    """``subscribers.yaml``::

        from: library@example.org        # optional sender
        subscribers:
          - name: Иванов И. И., депутат
            email: ivanov@example.org
            id: ivanov                   # optional, names the files
            profile: {text: погребение, kind: [постановление], rubric: [housing]}

    ``profile`` is our own query structure (``Query.to_dict()``), never engine
    syntax. Raises ListError naming the entry and what is wrong.
    """
    import yaml
    from ingest.edited import read_edited
    from search.query import Query
    from search.query.parse import check_syntax
    try:
        data = yaml.safe_load(read_edited(path)) or {}
    except FileNotFoundError:
        raise ListError(f"no {path}: create it with a 'subscribers:' list "
                        "(name, email, profile for each reader)") from None
    except yaml.YAMLError as ex:
        raise ListError(f"{path}: not valid YAML: {ex}") from ex
    items = data.get("subscribers") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ListError(f"{path}: expected a 'subscribers:' list")
    subs: list[Subscriber] = []
    seen_email, seen_slug = set(), set()
    for i, it in enumerate(items, 1):
        where = f"{path}: subscriber {i}"
        if not isinstance(it, dict):
            raise ListError(f"{where}: expected name, email and profile")
        name, email = str(it.get("name") or "").strip(), str(it.get("email") or "").strip()
        if not name:
            raise ListError(f"{where}: 'name' is missing")
        where = f"{path}: subscriber {i} ({name})"
        if not _EMAIL.match(email):
            raise ListError(f"{where}: 'email' is missing or not an e-mail address: {email!r}")
        if email.lower() in seen_email:
            raise ListError(f"{where}: e-mail {email} is listed twice")
        seen_email.add(email.lower())
        prof = it.get("profile")
        if not isinstance(prof, dict):
            raise ListError(f"{where}: 'profile' must be a query (text, kind, rubric, …)")
        try:
            q = Query.from_dict(prof)
            check_syntax(q.text)   # a QueryError (a ValueError): said now, not mid-run
        except (TypeError, ValueError) as ex:
            raise ListError(f"{where}: bad profile: {ex}") from ex
        slug = _slug(str(it.get("id") or email.split("@")[0]))
        base, k = slug, 2
        # compared case-blind: Windows' and macOS' file systems wrote the
        # digests of Info@… and info@… to one file, the second over the first
        while slug.casefold() in seen_slug:
            slug, k = f"{base}-{k}", k + 1
        seen_slug.add(slug.casefold())
        subs.append(Subscriber(name, email, q, slug))
    sender = data.get("from") if isinstance(data, dict) else None
    return subs, (str(sender) if sender else None)


@dataclass
class SdiResult:
    subscriber: Subscriber
    status: str                 # sent | written | nothing | failed
    records: int = 0
    files: list[Path] = field(default_factory=list)
    error: str | None = None


def _sdi_state(fund: Fund, sub: Subscriber) -> dict:
    raw = fund.get_state(sub.key)
    try:
        st = json.loads(raw) if raw else {}
    except ValueError:
        st = {}
    if not isinstance(st.get("sent"), dict):
        st["sent"] = {}
    return st


def digest_message(bl: BibList, sub: Subscriber, sender: str, now: datetime):
    """The e-mail: plain text and HTML alternatives of the digest."""
    from email.message import EmailMessage
    from email.utils import format_datetime, formataddr, make_msgid
    from search import render
    msg = EmailMessage()
    msg["Subject"] = f"{bl.title}: {bl.total} док. ({biblio.format_date(bl.compiled)})"
    msg["From"] = sender
    msg["To"] = formataddr((sub.name, sub.email))
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[-1].strip(">") or "localhost")
    msg.set_content(render.render(bl, "txt").decode("utf-8"))
    msg.add_alternative(render.render(bl, "html").decode("utf-8"), subtype="html")
    return msg


def _send(msg, smtp: tuple[str, int], timeout: float = 30.0) -> None:
    import smtplib
    with smtplib.SMTP(smtp[0], smtp[1], timeout=timeout) as s:
        s.send_message(msg)


def run_sdi(fund: Fund, subscribers: list[Subscriber], *, out_dir: Path | None,
            smtp: tuple[str, int] | None = None, fmt: str = "html",
            sender: str = "library@localhost", now: datetime | None = None,
            index_dir: Path | None = None) -> list[SdiResult]:
    """One digest per subscriber of what is new for them (see module doc).

    Without ``smtp`` the digest file and its ``.eml`` are written to
    ``out_dir`` and count as delivered; with ``smtp`` the message is sent (and
    the digest file written too when ``out_dir`` is given). A record is marked
    as received by a subscriber only after a successful delivery.
    """
    from search import render
    now = _utc(now or datetime.now(timezone.utc)).replace(microsecond=0)
    labels, rorder = rubric_scheme(fund.home)
    results = []
    for sub in subscribers:
        st = _sdi_state(fund, sub)
        last = _parse_ts(st["last"]) if st.get("last") else None
        lo = last - OVERLAP if last else now - FIRST_WINDOW
        sent: dict[str, str] = st["sent"]
        try:
            recs = [r for r in _received(fund, lo, now, sub.profile, index_dir=index_dir)
                    if r.id not in sent]
        except ValueError as ex:   # a QueryError: a profile the fund cannot read (its region)
            results.append(SdiResult(sub, "failed", error=str(ex)))
            continue
        if not recs:
            st["last"] = now.isoformat()
            fund.set_state(sub.key, json.dumps(st, ensure_ascii=False))
            results.append(SdiResult(sub, "nothing"))
            continue
        first = (last.date() if last else (lo + timedelta(seconds=1)).date()).isoformat()
        bl = build_list(recs, title="Новые поступления по вашему профилю",
                        period=f"Поступления {_span(first, now.date().isoformat())}",
                        compiled=now.date().isoformat(), group_by="rubric",
                        order="legal-force", rubric_labels=labels, rubric_order=rorder,
                        prefer_rubrics=sub.profile.rubric, urls=source_urls(fund, recs),
                        query=sub.profile.to_dict(), note=f"Для: {sub.name} <{sub.email}>")
        files: list[Path] = []
        try:
            msg = digest_message(bl, sub, sender, now)
            if out_dir is not None:
                out_dir.mkdir(parents=True, exist_ok=True)
                stem = f"{sub.slug}-{now.date().isoformat()}"
                p = out_dir / f"{stem}.{render.format_of(fmt).suffix}"
                render.write(bl, fmt, p)
                files.append(p)
                if smtp is None:
                    eml = out_dir / f"{stem}.eml"
                    render.write_bytes(eml, bytes(msg))
                    files.append(eml)
            if smtp is not None:
                _send(msg, smtp)
        except (OSError, Exception) as ex:  # smtplib errors are OSError or SMTPException
            results.append(SdiResult(sub, "failed", len(recs), files, f"{type(ex).__name__}: {ex}"))
            continue
        sent.update({r.id: r.received_at for r in recs})
        floor = now - OVERLAP - OVERLAP   # older ids can never re-enter the window
        st["sent"] = {k: v for k, v in sorted(sent.items()) if _parse_ts(v) > floor}
        st["last"] = now.isoformat()
        fund.set_state(sub.key, json.dumps(st, ensure_ascii=False))
        results.append(SdiResult(sub, "sent" if smtp else "written", len(recs), files))
    return results
