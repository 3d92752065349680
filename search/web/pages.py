"""What the pages show, as plain data for their templates (templates/).

Nothing here writes HTML: the facets, chips, card rows and rubric
explanations are computed here (they need the query, the scheme and the
translator) and laid out by the templates, which escape every value.
Nothing here searches or formats bibliographic descriptions either:
results come from ``search.query``, descriptions from the lists module.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date

from ingest.reasons import explain
from search.engine.documents import NO_REGION
from search.query import Query, Results
from search.web.ctx import Ctx
from search.web.params import MAX_PAGE, explicit_url, params_of, search_url

LEVELS = ("federal", "regional", "municipal")


def fmt_date(iso: str | None) -> str:
    if not iso or len(iso) < 10:
        return iso or ""
    y, m, d = iso[:10].split("-")
    return f"{d}.{m}.{y}"


def cut(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def warning_text(c: Ctx, code: str) -> str:
    """A warning code of the record in words (the code itself if unknown)."""
    text = c._("w_" + code)
    return code if text == "w_" + code else text


def received_presets(today: date | None = None) -> dict[int, str]:
    from search.query import received_periods  # the periods the query layer counts
    return received_periods(today)


# --- the search page ---------------------------------------------------------------

@dataclass
class FacetItem:
    label: str
    n: int | str                   # "" when the index does not count it
    href: str
    on: bool
    sub: bool = False


@dataclass
class FacetGroup:
    heading: str
    items: list[FacetItem]
    shown: int | None = None       # the rest folded under "…"
    tree: bool = False


@dataclass
class Chip:
    label: str
    href: str


def _toggle(lst: list[str], v: str) -> list[str]:
    return [x for x in lst if x != v] if v in lst else lst + [v]


def facet_groups(c: Ctx, q: Query, res: Results) -> list[FacetGroup]:
    _ = c._
    f = res.facets or {}
    groups = []
    kinds = f.get("kind") or {}
    if kinds or q.kind:
        groups.append(FacetGroup(_("f_kind"), [
            FacetItem(k, n, search_url(q, kind=_toggle(q.kind, k), page=None), k in q.kind)
            for k, n in kinds.items()]))
    rub = f.get("rubric") or {}
    if (rub or q.rubric) and c.scheme is not None:
        items = []
        for top in _tree(c.scheme):
            if top.code not in rub and top.code not in q.rubric:
                continue
            for node, sub in [(top, False)] + [(ch, True) for ch in top.children]:
                if node.code in q.rubric or (node.code in rub and _narrows(q.rubric, node.code)):
                    items.append(FacetItem(
                        c.rubric_label(node.code), rub.get(node.code, 0),
                        search_url(q, rubric=_toggle(q.rubric, node.code), page=None),
                        node.code in q.rubric, sub=sub))
        groups.append(FacetGroup(_("f_rubric"), items, tree=True))
    years = f.get("year") or {}
    if years:
        items = []
        for y, n in sorted(years.items(), reverse=True):
            on = q.date_from == f"{y}-01-01" and q.date_to == f"{y}-12-31"
            start, end = _within(q.date_from, q.date_to, f"{y}-01-01", f"{y}-12-31")
            href = (search_url(q, date_from=None, date_to=None, page=None) if on else
                    search_url(q, date_from=start, date_to=end, page=None))
            items.append(FacetItem(y, n, href, on))
        groups.append(FacetGroup(_("f_year"), items, shown=8))
    bodies = f.get("body") or {}
    if bodies or q.body:
        groups.append(FacetGroup(_("f_body"), [
            FacetItem(b, n, search_url(q, body=None if q.body == b else b, page=None), q.body == b)
            for b, n in bodies.items()], shown=6))
    # level and received period: counted by the query layer from the same
    # bitmasks as the other facets
    lv_counts = f.get("level")
    groups.append(FacetGroup(_("f_level"), [
        FacetItem(_("level_" + lv), lv_counts.get(lv, 0) if lv_counts is not None else "",
                  search_url(q, level=None if q.level == lv else lv, page=None), q.level == lv)
        for lv in LEVELS if lv_counts is None or lv_counts.get(lv) or q.level == lv]))
    # status in force: acts repealed by a database's note or an act of the fund left out
    groups.append(FacetGroup(_("f_status"), [FacetItem(
        _("in_force_only"), "", search_url(q, in_force=None if q.in_force else True, page=None),
        bool(q.in_force))]))
    items = []
    recv_counts = f.get("received") or {}
    presets = received_presets()
    switch = q.received_from in presets.values()   # one period chosen: the others replace it
    for days, start in presets.items():
        on = q.received_from == start
        n = "" if switch and not on else recv_counts.get(str(days), "")
        if not switch:   # within the dates already chosen: what the count counted
            start, _end = _within(q.received_from, None, start, None)
        items.append(FacetItem(_(f"recv_{days}"), n, search_url(
            q, received_from=None if on else start, page=None), on))
    groups.append(FacetGroup(_("f_received"), items))
    return groups


_TREES: dict[int, tuple[object, list]] = {}


def _tree(scheme) -> list:
    """The scheme's tree, built once per scheme (a retag loads a new one)
    instead of on every page of hits."""
    got = _TREES.get(id(scheme))
    if got is None or got[0] is not scheme:
        if len(_TREES) > 8:
            _TREES.clear()
        got = _TREES[id(scheme)] = (scheme, scheme.tree())
    return got[1]


def _narrows(chosen: list[str], code: str) -> bool:
    """Whether ticking ``code`` gives the hits its count promises: with no
    rubric chosen, any; with some, only a subrubric of one (it narrows its
    parent, search.query.plan.narrowest) or a parent of one (no change),
    never an unrelated rubric (rubrics widen one another: its count, taken
    from these hits, would not be what it gives)."""
    return not chosen or any(code.startswith(r + ".") or r.startswith(code + ".")
                             for r in chosen)


def _within(lo: str | None, hi: str | None, start: str, end: str | None) -> tuple[str, str | None]:
    """The period ``start``–``end`` cut to the one already chosen (ISO days):
    a facet's count is of the hits, so its link keeps their limits."""
    start = max(start, lo[:10]) if lo else start
    if hi:
        end = min(end, hi[:10]) if end else hi[:10]
    return start, end


# the full filter form sets these itself; the others ride along as hidden fields
FORM_FIELDS = ("date_from", "date_to", "received_from", "received_to", "number", "body")


def filter_form_hidden(q: Query) -> list[tuple[str, str]]:
    return [(k, v) for k, v in params_of(q, page=None) if k not in FORM_FIELDS]


def active_chips(c: Ctx, q: Query) -> list[Chip]:
    _ = c._
    chips = []
    for k in q.kind:
        chips.append(Chip(f"{_('f_kind')}: {k}", search_url(q, kind=_toggle(q.kind, k), page=None)))
    for r in q.rubric:
        chips.append(Chip(c.rubric_label(r), search_url(q, rubric=_toggle(q.rubric, r), page=None)))
    for name in ("body", "number", "publication", "region", "municipality"):
        v = getattr(q, name)
        if v:
            to = explicit_url if name in ("region", "municipality") else search_url
            label = (_("no_region") if name == "region" and v.strip() == NO_REGION   # the facet's «регион не указан»
                     else f"{_(name)}: {v}")
            chips.append(Chip(label, to(q, **{name: None}, page=None)))
    if q.level:
        chips.append(Chip(_("level_" + q.level) if q.level in LEVELS else q.level,
                          search_url(q, level=None, page=None)))
    if q.in_force:
        chips.append(Chip(_("in_force_only"), search_url(q, in_force=None, page=None)))
    if q.date_from or q.date_to:
        chips.append(Chip(f"{_('date')}: {fmt_date(q.date_from) or '…'} – {fmt_date(q.date_to) or '…'}",
                          search_url(q, date_from=None, date_to=None, page=None)))
    if q.received_from or q.received_to:
        chips.append(Chip(f"{_('received')}: {fmt_date(q.received_from) or '…'} – "
                          f"{fmt_date(q.received_to) or '…'}",
                          search_url(q, received_from=None, received_to=None, page=None)))
    return chips


@dataclass
class PageLink:
    label: str
    href: str | None               # None: the page shown, or "…" between pages
    current: bool = False


def pager(q: Query, res: Results, around: int = 2) -> list[PageLink]:
    """«1 2 3 … 10»: the first and last pages and those around this one (a
    gap of one page is shown as that page, not as "…")."""
    last = min(MAX_PAGE, -(-res.total // res.per_page))
    if last <= 1:
        return []
    shown = {1, last} | set(range(max(1, res.page - around), min(last, res.page + around) + 1))
    out: list[PageLink] = []
    prev = 0
    for n in sorted(shown):
        if n - prev == 2:
            out.append(PageLink(str(n - 1), search_url(q, page=n - 1 if n > 2 else None)))
        elif n - prev > 2:
            out.append(PageLink("…", None))
        out.append(PageLink(str(n), None if n == res.page else search_url(q, page=n if n > 1 else None),
                            n == res.page))
        prev = n
    return out


_CITED: OrderedDict = OrderedDict()   # (what describe() reads) -> description
CITED_KEEP = 4096


def citations(records) -> dict[str, str]:
    """The ГОСТ description of each record by id (search.biblio: the lists'
    own wording), for "copy citation". Kept by the fields it is made of (a
    description costs ~1.5 ms of morphology; a page of hits shows ten, and
    the same acts come back): a correction changes the key, so never stale."""
    from search.biblio import describe
    out = {}
    for rec in records:
        if rec is None:
            continue
        key = (rec.id, rec.kind, rec.number, rec.date, rec.body, rec.level, rec.title,
               repr(rec.publication), rec.received_at, rec.source.media_type)
        text = _CITED.get(key)
        if text is None:
            text = _CITED[key] = describe(rec)
            while len(_CITED) > CITED_KEEP:
                _CITED.popitem(last=False)
        out[rec.id] = text
    return out


def understood(c: Ctx, res: Results) -> str:
    """What the query layer read in the words ("вид постановление; № 145-п")."""
    u = res.understood or {}
    parts = []
    for k in ("kinds", "numbers", "numbers_or_years", "dates", "years", "region", "municipality"):
        if u.get(k):
            vals = [fmt_date(v) if k == "dates" else v for v in u[k]]
            parts.append(f"{c._('u_' + k)} {', '.join(vals)}")
    return "; ".join(parts)


@dataclass
class RubricChip:
    code: str
    label: str
    manual: bool


def rubric_chips(c: Ctx, rubrics) -> list[RubricChip]:
    """A hit's rubrics (dicts of the index) or a record's (objects)."""
    out = []
    for r in rubrics or ():
        d = r if isinstance(r, dict) else {"code": r.code, "source": r.source, "label": r.label}
        out.append(RubricChip(d["code"], c.rubric_label(d["code"], d.get("label")),
                              d.get("source") == "manual"))
    return out


# --- the card ------------------------------------------------------------------------

@dataclass
class CardRubric:
    code: str
    label: str
    manual: bool
    why: list[str]                 # the explanation's lines


@dataclass
class Row:
    label: str
    value: str


def why_lines(c: Ctx, code: str, rubric_source: str, assigned: dict, evidence: dict) -> list[str]:
    _ = c._
    lines = []
    if rubric_source == "manual":
        lines.append(_("why_manual"))
    a = assigned.get(code)
    ev = evidence.get(code)
    if a is not None and c.scheme is not None and code in c.scheme.by_code:
        how = _("why_score", s=f"{a.score:g}", t=f"{c.scheme.by_code[code].threshold:g}")
        if a.implied:
            how += ", " + _("why_implied")
        lines.append(how)
    for r in (ev.reasons if ev else ()):
        forms = ", ".join(f"«{x}»" for x in r.forms)
        times = f" ×{r.count}" if r.count > 1 else ""
        where = _("why_where_" + r.where) if r.where in ("title", "head", "text") else r.where
        lines.append(f"{forms}{times} {where} (+{r.points:g})")
    return lines


def card_rows(c: Ctx, rec, status: dict | None) -> list[Row]:
    _ = c._
    number = rec.number
    digits = (rec.handwritten or {}).get("number_digits")
    if not number and digits:
        number = _("hand_digits", d=digits)
    rows = [(_("kind"), rec.kind), (_("number"), number), (_("date"), fmt_date(rec.date)),
            (_("body"), rec.body),
            (_("level"), _("level_" + rec.level) if rec.level in LEVELS else rec.level)]
    if rec.publication:
        p = rec.publication
        bits = [p.name or "", _("pub_issue", x=p.issue) if p.issue else "", fmt_date(p.date),
                _("pub_page", x=p.page) if p.page else ""]
        rows.append((_("publication"), ", ".join(b for b in bits if b)))
    if rec.territory:
        from ingest.territory import territory_text  # one wording for the terminal and the web card
        rows.append((_("territory"), territory_text(rec.territory)))
    if status is not None:
        from search.card import status_line  # one wording for the terminal and the web card
        rows.append((_("status"), status_line(status)))
    rows.append((_("received"), fmt_date(rec.received_at)))
    return [Row(k, v if v else "—") for k, v in rows]


def card_rubrics(c: Ctx, rec, explain: tuple[dict, dict]) -> list[CardRubric]:
    assigned, evidence = explain
    return [CardRubric(r.code, c.rubric_label(r.code, r.label), r.source == "manual",
                       why_lines(c, r.code, r.source, assigned, evidence)) for r in rec.rubrics]


def source_meta(c: Ctx, rec, stored) -> str:
    """"(application/pdf, 2 с., 14 КБ)" beside the download button."""
    src = rec.source
    size = f", {c._('size_kb', n=max(1, (stored.size or 0) // 1024))}" if stored and stored.size else ""
    pages = f", {c._('pages', n=src.pages)}" if src.pages else ""
    return f"({src.media_type}{pages}{size})"


def short_requisites(kind, number, dt) -> str:
    """"постановление № 145-п 12.03.2024" under a similar act or a review item."""
    return " ".join(x for x in (kind or "", f"№ {number}" if number else "", fmt_date(dt)) if x)


# --- rubrics to check (staff) ---------------------------------------------------------

@dataclass
class ReviewItem:
    id: str
    title: str
    requisites: str
    guess: list[str]               # top-level codes the scheme guessed
    guess_labels: list[str]
    evidence: list[str]            # labels of other rubrics with some evidence
    options: list[tuple[str, str, bool]] = field(default_factory=list)  # code, label, selected


def review_items(c: Ctx, rows: list[dict]) -> list[ReviewItem]:
    """The acts filed only by the scheme's best guess (or not at all), each with a
    one-click confirmation and a choice of another top-level rubric."""
    tops = [r for r in (c.scheme.rubrics if c.scheme is not None else ()) if "." not in r.code]
    items = []
    for r in rows:
        guess = [g["code"] for g in r["guess"] if "." not in g["code"]]
        other = [x for x in r["candidates"] if x["code"] not in guess]
        items.append(ReviewItem(
            r["id"], r["title"] or r["file_name"] or c._("untitled"),
            short_requisites(r["kind"], r["number"], r["date"]), guess,
            [c.rubric_label(x) for x in guess],
            [c.rubric_label(x["code"]) for x in other],
            [(t.code, c.rubric_label(t.code), bool(other) and t.code == other[0]["code"])
             for t in tops if t.code not in guess]))
    return items


# --- the import report -----------------------------------------------------------------

@dataclass
class ReportRow:
    file: str
    status: str
    records: list[str]
    note: str


def report_rows(c: Ctx, rows: list[dict]) -> list[ReportRow]:
    out = []
    for r in rows:
        note = explain(r.get("reason"), c.lang)   # the reader's language (ingest.reasons)
        if r.get("warnings"):
            note = (note + "; " if note else "") + "; ".join(warning_text(c, w) for w in r["warnings"])
        out.append(ReportRow(r["file"], c._("st_" + r["status"]), list(r["records"]), note))
    return out
