"""The HTML of every page. Plain functions: data in, ``Markup`` out.

Nothing here searches or formats bibliographic descriptions: results come
from ``search.query``, descriptions from the lists module. Every value from a
document goes through ``esc`` (see html.py); the only raw HTML is ours.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from search.query import KINDS, Query, Results
from search.web import static
from search.web.html import Markup, T, esc, join, marked, seg, url
from search.web.params import search_url

LEVELS = ("federal", "regional", "municipal")


@dataclass
class Ctx:
    """What every page needs to know about the request."""

    lang: str
    _: object                      # the translator of i18n.tr
    path_qs: str                   # this page's URL (for "next" and the language switch)
    csrf: str
    user: str | None = None
    basket: list[str] = field(default_factory=list)
    read_only: bool = False
    scheme: object = None          # ingest.rubrics.Scheme or None
    upload_mb: int = 50
    session: object = None         # auth.Session when logged in
    links_status: dict = field(default_factory=dict)  # hit id -> repealed_by | amended_by

    def rubric_label(self, code: str, fallback: str | None = None) -> str:
        s = self.scheme
        r = s.by_code.get(code) if s is not None else None
        if r is None:
            return fallback or code
        return r.label_en if self.lang == "en" and r.label_en else r.label_ru


# --- small pieces ---------------------------------------------------------------------

def fmt_date(iso: str | None) -> str:
    if not iso or len(iso) < 10:
        return iso or ""
    y, m, d = iso[:10].split("-")
    return f"{d}.{m}.{y}"


def requisites_line(c: Ctx, kind, number, dt) -> Markup:
    _ = c._
    parts = [Markup("<b>") + esc((kind or _("no_kind")).capitalize()) + Markup("</b>")]
    parts.append(esc(f"№ {number}") if number else esc(_("no_number")))
    parts.append(esc(f"от {fmt_date(dt)}" if c.lang == "ru" else f"of {fmt_date(dt)}")
                 if dt else esc(_("no_date")))
    return join(parts, " ")


def _cut(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _warning(c: Ctx, code: str) -> str:
    """A warning code of the record in words (the code itself if unknown)."""
    text = c._("w_" + code)
    return code if text == "w_" + code else text


def csrf_field(c: Ctx) -> Markup:
    return T('<input type="hidden" name="csrf" value="$v">')(v=c.csrf)


def rubric_chips(c: Ctx, rubrics) -> Markup:
    out = []
    for r in rubrics or ():
        code = r["code"] if isinstance(r, dict) else r.code
        src = r.get("source") if isinstance(r, dict) else r.source
        lab = r.get("label") if isinstance(r, dict) else r.label
        out.append(T('<span class="rub$cls" title="$code">$label</span>')(
            cls=" manual" if src == "manual" else "", code=code,
            label=c.rubric_label(code, lab)))
    return join(out)


def layout(c: Ctx, title: str, body: Markup, *, q_text: str = "", wide_search: bool = True,
           q: Query | None = None) -> Markup:
    _ = c._
    other = "en" if c.lang == "ru" else "ru"
    nav = [T('<a href="/arrivals">$a</a>')(a=_("arrivals")),
           T('<a href="/basket" id="basket-link">$b</a>')(
               b=_("basket_n", n=len(c.basket)) if c.basket else _("basket"))]
    if c.user:
        nav.append(T('<a href="/upload">$u</a>')(u=_("upload")))
        nav.append(T('<a href="/review">$r</a>')(r=_("review")))
        nav.append(T('<span>$s</span>')(s=_("staff", u=c.user)))
        nav.append(T('<form method="post" action="/logout">$csrf<button>$l</button></form>')(
            csrf=csrf_field(c), l=_("logout")))
    else:
        nav.append(T('<a href="$h">$l</a>')(h=url("/login", {"next": c.path_qs}), l=_("login")))
    nav.append(T('<a href="$h" lang="$o">$l</a>')(h=url("/lang", {"to": other, "next": c.path_qs}),
                                                  o=other, l=_("lang_switch")))
    hidden = Markup("")
    if q is not None:  # keep the filters when the words change
        from search.web.params import params_of
        hidden = join(T('<input type="hidden" name="$k" value="$v">')(k=k, v=v)
                      for k, v in params_of(q, text=None, page=None))
    search_box = T(
        '<form class="q" method="get" action="/" role="search">'
        '<input type="search" name="text" value="$v" placeholder="$ph" aria-label="$s" autofocus>'
        '$hidden<button type="submit">$s</button></form>'
        '<p class="hint">$hint</p>')(v=q_text, ph=_("search_ph"), s=_("search"),
                                      hint=_("search_hint"), hidden=hidden)
    return T("""<!doctype html>
<html lang="$lang"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title — $site</title>
<link rel="stylesheet" href="/static/app.css?v=$ver">
<script src="/static/app.js?v=$ver" defer></script>
</head><body>
<header class="top"><a class="brand" href="/">$site<small>$sub</small></a><nav>$nav</nav></header>
<main class="wrap">$search$body</main>
<footer><a href="/api/openapi.json">$api</a></footer>
</body></html>""")(lang=c.lang, title=title, site=_("site"), sub=_("site_sub"), ver=static.VERSION,
                    nav=join(nav), search=search_box if wide_search else Markup(""), body=body,
                    api=_("api") + " (OpenAPI)")


# --- the search page --------------------------------------------------------------------

def _facet_li(label, n, href, on: bool, sub: bool = False) -> Markup:
    return T('<li$cls><a href="$h"$on>$l</a><span class="n">$n</span></li>')(
        cls=Markup(' class="sub"') if sub else Markup(""), h=href,
        on=Markup(' class="on"') if on else Markup(""), l=label, n=n)


def _toggle(lst: list[str], v: str) -> list[str]:
    return [x for x in lst if x != v] if v in lst else lst + [v]


def facets_panel(c: Ctx, q: Query, res: Results) -> Markup:
    _ = c._
    f = res.facets or {}
    parts = []
    kinds = f.get("kind") or {}
    if kinds or q.kind:
        items = [_facet_li(k, n, search_url(q, kind=_toggle(q.kind, k), page=None), k in q.kind)
                 for k, n in kinds.items()]
        parts.append(T("<h3>$h</h3><ul>$i</ul>")(h=_("f_kind"), i=join(items)))
    rub = f.get("rubric") or {}
    if (rub or q.rubric) and c.scheme is not None:
        items = []
        for top in c.scheme.tree():
            if top.code in rub or top.code in q.rubric:
                items.append(_facet_li(c.rubric_label(top.code), rub.get(top.code, 0),
                                       search_url(q, rubric=_toggle(q.rubric, top.code), page=None),
                                       top.code in q.rubric))
                for ch in top.children:
                    if ch.code in rub or ch.code in q.rubric:
                        items.append(_facet_li(c.rubric_label(ch.code), rub.get(ch.code, 0),
                                               search_url(q, rubric=_toggle(q.rubric, ch.code),
                                                          page=None),
                                               ch.code in q.rubric, sub=True))
        parts.append(T('<h3>$h</h3><ul class="tree">$i</ul>')(h=_("f_rubric"), i=join(items)))
    years = f.get("year") or {}
    if years:
        items = []
        for y, n in sorted(years.items(), reverse=True):
            on = q.date_from == f"{y}-01-01" and q.date_to == f"{y}-12-31"
            href = (search_url(q, date_from=None, date_to=None, page=None) if on else
                    search_url(q, date_from=f"{y}-01-01", date_to=f"{y}-12-31", page=None))
            items.append(_facet_li(y, n, href, on))
        shown, rest = items[:8], items[8:]
        more = T("<details><summary>…</summary><ul>$r</ul></details>")(r=join(rest)) if rest else ""
        parts.append(T("<h3>$h</h3><ul>$i</ul>$m")(h=_("f_year"), i=join(shown), m=more))
    bodies = f.get("body") or {}
    if bodies or q.body:
        items = [_facet_li(b, n, search_url(q, body=None if q.body == b else b, page=None),
                           q.body == b) for b, n in bodies.items()]
        shown, rest = items[:6], items[6:]
        more = T("<details><summary>…</summary><ul>$r</ul></details>")(r=join(rest)) if rest else ""
        parts.append(T("<h3>$h</h3><ul>$i</ul>$m")(h=_("f_body"), i=join(shown), m=more))
    # level and received period: counted by the query layer from the same
    # bitmasks as the other facets
    lv_counts = f.get("level")
    items = [_facet_li(_("level_" + lv), lv_counts.get(lv, 0) if lv_counts is not None else "",
                       search_url(q, level=None if q.level == lv else lv, page=None), q.level == lv)
             for lv in LEVELS if lv_counts is None or lv_counts.get(lv) or q.level == lv]
    parts.append(T("<h3>$h</h3><ul>$i</ul>")(h=_("f_level"), i=join(items)))
    # status in force: acts repealed by a database's note or an act of the fund left out
    parts.append(T("<h3>$h</h3><ul>$i</ul>")(h=_("f_status"), i=_facet_li(
        _("in_force_only"), "", search_url(q, in_force=None if q.in_force else True, page=None),
        q.in_force)))
    items = []
    recv_counts = f.get("received") or {}
    for days, start in received_presets().items():
        on = q.received_from == start and not q.received_to
        items.append(_facet_li(_(f"recv_{days}"), recv_counts.get(str(days), ""), search_url(
            q, received_from=None if on else start, received_to=None, page=None), on))
    parts.append(T("<h3>$h</h3><ul>$i</ul>")(h=_("f_received"), i=join(items)))
    # the full filter form: dates, body, number (GET, same parameters)
    from search.web.params import params_of
    keep = [(k, v) for k, v in params_of(q, page=None)
            if k not in ("date_from", "date_to", "received_from", "received_to", "number", "body")]
    hidden = join(T('<input type="hidden" name="$k" value="$v">')(k=k, v=v) for k, v in keep)
    form = T("""<details$open><summary>$dates</summary><form method="get" action="/">$hidden
<label>$l_df<input type="date" name="date_from" value="$df"></label>
<label>$l_dt<input type="date" name="date_to" value="$dt"></label>
<label>$l_rf<input type="date" name="received_from" value="$rf"></label>
<label>$l_rt<input type="date" name="received_to" value="$rt"></label>
<label>$l_n<input type="text" name="number" value="$n"></label>
<label>$l_b<input type="text" name="body" value="$b"></label>
<button type="submit">$apply</button></form></details>""")(
        open=Markup(" open") if (q.date_from or q.received_from or q.number or q.date_to
                                 or q.received_to) else Markup(""),
        dates=_("f_dates"), hidden=hidden, l_df=_("date_from"), df=q.date_from or "",
        l_dt=_("date_to"), dt=q.date_to or "", l_rf=_("received_from"), rf=q.received_from or "",
        l_rt=_("received_to"), rt=q.received_to or "", l_n=_("number"), n=q.number or "",
        l_b=_("body"), b=q.body or "", apply=_("apply"))
    parts.append(form)
    return T('<aside aria-label="$h">$p</aside>')(h=_("filters"), p=join(parts))


def active_chips(c: Ctx, q: Query) -> Markup:
    _ = c._
    chips = []
    for k in q.kind:
        chips.append((f"{_('f_kind')}: {k}", search_url(q, kind=_toggle(q.kind, k), page=None)))
    for r in q.rubric:
        chips.append((c.rubric_label(r), search_url(q, rubric=_toggle(q.rubric, r), page=None)))
    for name, label in (("body", "body"), ("number", "number"), ("publication", "publication")):
        v = getattr(q, name)
        if v:
            chips.append((f"{_(label)}: {v}", search_url(q, **{name: None}, page=None)))
    if q.level:
        chips.append((_("level_" + q.level) if q.level in LEVELS else q.level,
                      search_url(q, level=None, page=None)))
    if q.in_force:
        chips.append((_("in_force_only"), search_url(q, in_force=None, page=None)))
    if q.date_from or q.date_to:
        chips.append((f"{_('date')}: {fmt_date(q.date_from) or '…'} – {fmt_date(q.date_to) or '…'}",
                      search_url(q, date_from=None, date_to=None, page=None)))
    if q.received_from or q.received_to:
        chips.append((f"{_('received')}: {fmt_date(q.received_from) or '…'} – "
                      f"{fmt_date(q.received_to) or '…'}",
                      search_url(q, received_from=None, received_to=None, page=None)))
    if not chips:
        return Markup("")
    items = [T('<a class="chip" href="$h" title="$t">$l</a>')(h=h, t=_("remove_filter"), l=l)
             for l, h in chips]
    if len(chips) > 1:
        items.append(T('<a href="$h">$l</a>')(h=search_url(Query(text=q.text)), l=_("reset")))
    return T('<div class="chips">$i</div>')(i=join(items))


def hit_item(c: Ctx, h, q: Query) -> Markup:
    _ = c._
    card = url("/act/" + seg(h.id), {"text": q.text} if q.text.strip() else None)
    title = marked(h.title, h.title_highlights) if h.title else esc(_("untitled"))
    in_b = h.id in c.basket
    return T("""<li class="hit"><input type="checkbox" name="id" value="$id" aria-label="$sel"$chk>
<div><div class="req">$req$inb</div><h2><a href="$card">$title</a></h2>
<div class="body">$body</div><div class="snip">$snip</div>
<div>$rubs <span class="meta">$file</span></div></div></li>""")(
        id=h.id, sel=_("select"), chk=Markup(" checked disabled") if in_b else Markup(""),
        req=requisites_line(c, h.kind, h.number, h.date),
        inb=(T(' <span class="rub manual">$b</span>')(b=_("in_basket")) if in_b else Markup(""))
        + (T(' <span class="rub status-$s">$t</span>')(s=c.links_status[h.id], t=_("status_" + c.links_status[h.id]))
           if h.id in c.links_status else Markup("")),
        card=card, title=title, body=h.body or "", snip=marked(h.snippet, h.highlights),
        rubs=rubric_chips(c, h.rubrics), file=(h.source or {}).get("file_name") or "")


def understood_line(c: Ctx, res: Results) -> Markup:
    u = res.understood or {}
    parts = []
    for k in ("kinds", "numbers", "numbers_or_years", "dates", "years"):
        if u.get(k):
            vals = [fmt_date(v) if k == "dates" else v for v in u[k]]
            parts.append(f"{c._('u_' + k)} {', '.join(vals)}")
    if not parts:
        return Markup("")
    return T('<div class="meta">$u $p</div>')(u=c._("understood"), p="; ".join(parts))


def search_page(c: Ctx, q: Query, res: Results) -> Markup:
    _ = c._
    head = []
    first = (res.page - 1) * res.per_page + 1
    last = first + len(res.hits) - 1
    summary = _("found", n=res.total) + (f" ({_('shown', a=first, b=last)})" if res.hits else "")
    sort_links = []
    for s in ("relevance", "date"):
        lab = _("sort_" + s)
        sort_links.append(T("<b>$l</b>")(l=lab) if q.sort == s else
                          T('<a href="$h">$l</a>')(h=search_url(q, sort=None if s == "relevance"
                                                                  else s, page=None), l=lab))
    head.append(T('<div class="summary"><strong id="total">$s</strong>'
                  '<span class="sort">$sl $links</span></div>')(s=summary, sl=_("sort"),
                                                                  links=join(sort_links)))
    if res.suggestion:
        head.append(T('<div class="note">$d <a href="$h" id="suggestion">$s</a></div>')(
            d=_("did_you_mean"), h=search_url(q, text=res.suggestion, page=None), s=res.suggestion))
    if res.relaxed:
        head.append(T('<div class="note">$m</div>')(m=_("relaxed_" + res.relaxed)))
    head.append(understood_line(c, res))
    head.append(active_chips(c, q))
    if not res.hits:
        listing = T('<div class="note">$m</div>')(m=_("nothing"))
    else:
        items = join(hit_item(c, h, q) for h in res.hits)
        btn = T('<button type="submit" class="light" data-count data-label="$l">$l</button>')(
            l=_("add_selected"))
        listing = T("""<form method="post" action="/basket" id="hits-form">$csrf
<input type="hidden" name="action" value="add"><input type="hidden" name="next" value="$next">
<div class="bar noprint">$btn</div><ol class="hits">$items</ol><div class="bar noprint">$btn</div></form>""")(
            csrf=csrf_field(c), next=c.path_qs, btn=btn, items=items)
    pager = []
    if res.page > 1:
        pager.append(T('<a href="$h" rel="prev">$l</a>')(h=search_url(q, page=res.page - 1),
                                                         l=_("prev")))
    if res.total > res.page * res.per_page:
        pager.append(T('<span>$p</span>')(p=_("page", n=res.page)))
        pager.append(T('<a href="$h" rel="next">$l</a>')(h=search_url(q, page=res.page + 1),
                                                         l=_("next")))
    body = T('<div class="cols">$aside<section>$head$list<nav class="pager">$pager</nav>'
             '</section></div>')(aside=facets_panel(c, q, res), head=join(head),
                                  list=listing, pager=join(pager))
    title = q.text.strip() or _("home")
    return layout(c, title, body, q_text=q.text, q=q)


# --- the card ------------------------------------------------------------------------

def _why_list(c: Ctx, code: str, rubric_source: str, assigned: dict, evidence: dict) -> Markup:
    _ = c._
    lines = []
    if rubric_source == "manual":
        lines.append(esc(_("why_manual")))
    a = assigned.get(code)
    ev = evidence.get(code)
    if a is not None and c.scheme is not None and code in c.scheme.by_code:
        how = _("why_score", s=f"{a.score:g}", t=f"{c.scheme.by_code[code].threshold:g}")
        if a.implied:
            how += ", " + _("why_implied")
        lines.append(esc(how))
    for r in (ev.reasons if ev else ()):
        forms = ", ".join(f"«{x}»" for x in r.forms)
        times = f" ×{r.count}" if r.count > 1 else ""
        where = _("why_where_" + r.where) if r.where in ("title", "head", "text") else r.where
        lines.append(esc(f"{forms}{times} {where} (+{r.points:g})"))
    if not lines:
        return Markup("")
    return T('<details class="why"><summary>$w</summary><ul>$l</ul></details>')(
        w=_("why"), l=join(T("<li>$x</li>")(x=x) for x in lines))


def card_page(c: Ctx, rec, stored, *, q_text: str, text_spans, text_shown: str,
              similar: Results | None, copies: list, explain: tuple[dict, dict],
              message: Markup | None = None, error: str | None = None,
              links: list | None = None, status: dict | None = None) -> Markup:
    _ = c._
    assigned, evidence = explain
    back = url("/", {"text": q_text}) if q_text else "/"
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
    if status is not None:
        from search.card import status_line  # one wording for the terminal and the web card
        rows.append((_("status"), status_line(status)))
    rows.append((_("received"), fmt_date(rec.received_at)))
    table = join(T("<tr><th>$k</th><td>$v</td></tr>")(k=k, v=v if v else "—") for k, v in rows)
    rub_items = []
    for r in rec.rubrics:
        remove = Markup("")
        if c.user and not c.read_only:
            remove = T('<form class="inline" method="post" action="$a">$csrf'
                       '<input type="hidden" name="remove" value="$code">'
                       '<button class="link" title="$t" aria-label="$t $code">✕</button></form>')(
                a=f"/act/{seg(rec.id)}/rubrics", csrf=csrf_field(c), code=r.code,
                t=_("rubric_remove"))
        rub_items.append(T('<li><span class="rub$cls" data-code="$code">$label</span>$man $rm$why</li>')(
            cls=" manual" if r.source == "manual" else "", code=r.code,
            label=c.rubric_label(r.code, r.label),
            man=T(' <span class="meta">($m)</span>')(m=_("manual")) if r.source == "manual" else "",
            rm=remove, why=_why_list(c, r.code, r.source, assigned, evidence)))
    rubrics = (T('<ul class="rubrics">$i</ul>')(i=join(rub_items)) if rub_items
               else T("<p>$n</p>")(n=_("no_rubrics")))
    src = rec.source
    size = f", {_('size_kb', n=max(1, (stored.size or 0) // 1024))}" if stored and stored.size else ""
    pages = f", {_('pages', n=src.pages)}" if src.pages else ""
    source = T('<a class="btn light" id="download" href="$h" download>$d</a> '
               '<span class="meta">$name ($mt$pages$size)</span>')(
        h=f"/file/{seg(rec.id)}", d=_("download"), name=src.file_name, mt=src.media_type,
        pages=pages, size=size)
    extra = []
    if rec.duplicate_of:
        extra.append(T('<p>$t: <a href="$h">$id</a></p>')(t=_("copy_of"), h="/act/" + seg(rec.duplicate_of),
                                                        id=rec.duplicate_of))
    if copies:
        extra.append(T("<h2>$t</h2><ul>$i</ul>")(t=_("copies"), i=join(
            T('<li><a href="$h">$n</a> <a href="$f" class="meta">$d</a></li>')(
                h="/act/" + seg(x.id), n=x.source.file_name, f="/file/" + seg(x.id), d=_("download"))
            for x in copies)))
    warn = Markup("")
    if rec.warnings:
        warn = T('<div class="note" id="warnings"><b>$t:</b> $w</div>')(
            t=_("warnings"), w="; ".join(_warning(c, w) for w in rec.warnings))
    heading = rec.title or _("untitled")
    text_block = T('<h2>$t</h2><div class="fulltext" id="fulltext">$x</div>$cut')(
        t=_("text"), x=marked(text_shown, text_spans),
        cut=T('<p class="meta">$m</p>')(m=_("text_cut", n=len(text_shown)))
        if len(text_shown) < len(rec.text) else "")
    side = []
    if c.user and not c.read_only:
        side.append(staff_forms(c, rec))
    if similar is not None and similar.hits:
        side.append(T('<div class="card"><h2>$t</h2><ul class="similar">$i</ul></div>')(t=_("more_like"), i=join(
            T('<li><a href="$h">$title</a><div class="meta">$req</div></li>')(
                h="/act/" + seg(h.id), title=_cut(h.title or _("untitled"), 140),
                req=" ".join(x for x in (h.kind or "", f"№ {h.number}" if h.number else "",
                                         fmt_date(h.date)) if x))
            for h in similar.hits)))
    if links:
        items = []
        for link in links:
            ref = (T('<a href="$h">$x</a>')(h="/act/" + seg(link.record_id), x=link.text)
                   if link.record_id else T("$x")(x=link.text))
            items.append(T('<li class="link-$r"><b>$l:</b> $ref</li>')(
                r=link.relation, l=_("link_" + link.relation), ref=ref))
        side.append(T('<div class="card"><h2>$t</h2><ul class="similar" id="links">$i</ul></div>')(
            t=_("links"), i=join(items)))
    else:
        side.append(T('<div class="card meta" id="links">$l</div>')(l=_("links_none")))
    basket_form = T('<form method="post" action="/basket" class="inline noprint">$csrf'
                    '<input type="hidden" name="action" value="add">'
                    '<input type="hidden" name="id" value="$id"><input type="hidden" name="next" value="$n">'
                    '<button class="light"$dis>$l</button></form>')(
        csrf=csrf_field(c), id=rec.id, n=c.path_qs,
        dis=Markup(" disabled") if rec.id in c.basket else Markup(""),
        l=_("in_basket") if rec.id in c.basket else _("add_one"))
    body = T("""<p class="noprint back"><a href="$back">$bl</a></p>$msg<div class="grid2"><article class="card">
<div class="req">$req</div><h1 id="act-title">$heading</h1>$warn
<div class="cardtop"><div><h2>$rq</h2><table class="req">$table</table></div>
<div><h2>$rt</h2>$rubrics</div></div>
<h2>$st</h2><div class="actions">$source $basket</div>$extra
$text</article><div>$side</div></div>""")(
        back=back, bl=_("back"), msg=message or (T('<div class="err">$e</div>')(e=error) if error else ""),
        req=requisites_line(c, rec.kind, rec.number, rec.date), heading=heading, warn=warn,
        rq=_("requisites"), table=table, rt=_("rubrics"), rubrics=rubrics, st=_("source"),
        source=source, extra=join(extra), basket=basket_form, text=text_block, side=join(side))
    return layout(c, heading[:80], body, q_text=q_text)


def staff_forms(c: Ctx, rec) -> Markup:
    _ = c._
    kind_opts = join(T('<option value="$v"$s>$l</option>')(v=k, l=k, s=Markup(" selected")
                                                          if rec.kind == k else Markup(""))
                     for k in ("",) + KINDS)
    rub_opts = [T('<option value="">$c</option>')(c=_("choose"))]
    have = {r.code for r in rec.rubrics}
    if c.scheme is not None:
        for r in c.scheme.rubrics:
            if r.code not in have:
                depth = r.code.count(".")
                rub_opts.append(T('<option value="$v">$l</option>')(
                    v=r.code, l="\u00a0\u00a0" * depth + c.rubric_label(r.code)))
    return T("""<div class="card" id="staff"><h2>$rta</h2>
<form method="post" action="$ra" class="edit">$csrf<select name="add" id="rubric-add" aria-label="$rta">$ropts</select>
<button type="submit" id="rubric-add-btn">$rta</button></form>
<h2>$edit</h2><form method="post" action="$qa" class="edit" id="requisites-form">$csrf
<label>$lk<select name="kind">$kopts</select></label>
<label>$ln<input name="number" value="$n"></label>
<label>$ld<input name="date" value="$d" placeholder="2024-03-12"></label>
<label>$lb<textarea name="body" rows="2">$b</textarea></label>
<label>$lt<textarea name="title" rows="3">$t</textarea></label>
<button type="submit">$save</button></form></div>""")(
        rta=_("rubric_add"), ra=f"/act/{seg(rec.id)}/rubrics", csrf=csrf_field(c),
        ropts=join(rub_opts), edit=_("edit"), qa=f"/act/{seg(rec.id)}/requisites",
        lk=_("kind"), kopts=kind_opts, ln=_("number"), n=rec.number or "", ld=_("date"),
        d=rec.date or "", lb=_("body"), b=rec.body or "", lt=_("title"), t=rec.title or "",
        save=_("save"))


# --- basket, arrivals ------------------------------------------------------------------

def biblist_block(c: Ctx, bl, *, removable: bool = False, title: bool = True) -> Markup:
    """A BibList of the lists module laid out as HTML: its title, period and
    entries (ГОСТ descriptions written by search.biblio, only escaped here)."""
    _ = c._
    meta = [x for x in (bl.note, bl.period, bl.compiled_line) if x]
    groups = []
    for g in bl.groups:
        items = []
        for e in g.entries:
            rm = Markup("")
            if removable:
                rm = T(' <form method="post" action="/basket" class="inline noprint">$csrf'
                       '<input type="hidden" name="action" value="remove">'
                       '<input type="hidden" name="id" value="$id"><input type="hidden" name="next" '
                       'value="/basket"><button class="link">$rm</button></form>')(
                    csrf=csrf_field(c), id=e.record.id, rm=_("basket_remove"))
            items.append(T('<li value="$n">$d <a class="meta noprint" href="$h">→</a>$rm</li>')(
                n=e.n, d=e.description, h="/act/" + seg(e.record.id), rm=rm))
        groups.append(T('$h<ol start="$s" class="biblist">$i</ol>')(
            h=T("<h2>$x</h2>")(x=g.heading) if g.heading else "",
            s=g.entries[0].n if g.entries else 1, i=join(items)))
    return T('<div class="bl">$t$m$g</div>')(
        t=T('<h2 class="bl-title">$t</h2>')(t=bl.title) if title else "", m=join(T('<p class="meta">$x</p>')(x=x) for x in meta), g=join(groups))


def basket_page(c: Ctx, records: list, bl, formats: list[str]) -> Markup:
    _ = c._
    if not records:
        body = T('<div class="card"><h1>$t</h1><p id="basket-empty">$e</p></div>')(
            t=_("basket_title"), e=_("basket_empty"))
        return layout(c, _("basket_title"), body)
    if bl is not None:
        buttons = join(T('<button type="submit" name="format" value="$f" id="export-$f">$F</button> ')(
            f=f, F=f.upper()) for f in formats)
        groups = join(T('<option value="$g"$s>$l</option>')(
            g=g, l=_("group_" + g), s=Markup(" selected") if g == "none" else Markup(""))
            for g in ("none", "rubric", "kind", "year"))
        export = T("""<form method="get" action="/basket/export" class="noprint bar" id="export">
<label>$lt <input name="title" value="$dt" size="34"></label>
<label>$lg <select name="group_by">$groups</select></label> <b>$e</b> $buttons</form>""")(
            lt=_("list_title"), dt=_("list_title_default"), lg=_("group_by"), groups=groups,
            e=_("export"), buttons=buttons)
        listing = biblist_block(c, bl, removable=True)
    else:
        export = T('<div class="note">$m</div>')(m=_("export_unavailable"))
        listing = T('<ol class="hits">$i</ol>')(i=join(
            T('<li><a href="$h">$t</a></li>')(h="/act/" + seg(r.id), t=r.title or r.id)
            for r in records))
    body = T("""<div class="card"><h1>$t ($n)</h1>$export$listing
<form method="post" action="/basket" class="noprint">$csrf<input type="hidden" name="action" value="clear">
<input type="hidden" name="next" value="/basket"><button class="light">$clr</button></form></div>""")(
        t=_("basket_title"), n=len(records), export=export, listing=listing, csrf=csrf_field(c),
        clr=_("basket_clear"))
    return layout(c, _("basket_title"), body)


def arrivals_page(c: Ctx, start: str, end: str, content: Markup, formats: list[str]) -> Markup:
    _ = c._
    dl = join(T('<a class="btn light" href="$h">$F</a> ')(
        h=url("/arrivals/export", {"received_from": start, "received_to": end, "format": f}),
        F=f.upper()) for f in formats)
    body = T("""<div class="card"><h1>$t</h1>
<form method="get" action="/arrivals" class="noprint bar">$p
<input type="date" name="received_from" value="$s"> – <input type="date" name="received_to" value="$e">
<button type="submit">$show</button> <a class="btn light" href="#" data-print>$pr</a> $dl</form>
$content</div>""")(t=_("arrivals_title"), p=_("arrivals_period"), s=start, e=end, show=_("show"),
                   pr=_("print"), dl=dl, content=content)
    return layout(c, _("arrivals_title"), body, wide_search=False)


# --- login, upload, errors ----------------------------------------------------------------

def login_page(c: Ctx, next_url: str, error: str | None = None, user: str = "") -> Markup:
    _ = c._
    body = T("""<div class="card login"><h1>$t</h1><p class="meta">$need</p>$err
<form method="post" action="/login" id="login-form">$csrf<input type="hidden" name="next" value="$next">
<label>$lu<input name="user" value="$u" autocomplete="username" required></label>
<label>$lp<input type="password" name="password" autocomplete="current-password" required></label>
<button type="submit">$b</button></form></div>""")(
        t=_("login"), need=_("login_need"),
        err=T('<div class="err" id="login-error">$e</div>')(e=error) if error else "",
        csrf=csrf_field(c), next=next_url, lu=_("user"), u=user, lp=_("password"), b=_("login_btn"))
    return layout(c, _("login"), body, wide_search=False)


def upload_page(c: Ctx, report: Markup | None = None, error: str | None = None) -> Markup:
    _ = c._
    body = T("""<div class="card"><h1>$t</h1>$err
<form method="post" action="/upload" enctype="multipart/form-data" id="upload-form">$csrf
<p><input type="file" name="files" multiple required></p><p class="meta">$hint</p>
<button type="submit">$b</button></form></div>$report""")(
        t=_("upload"), err=T('<div class="err">$e</div>')(e=error) if error else "",
        csrf=csrf_field(c), hint=_("upload_hint", mb=c.upload_mb), b=_("upload_btn"),
        report=report or "")
    return layout(c, _("upload"), body, wide_search=False)


def report_block(c: Ctx, summary: dict, rows: list[dict]) -> Markup:
    _ = c._
    counts = join(T("<tr><th>$k</th><td>$v</td></tr>")(k=_("st_" + k), v=summary.get(k, 0))
                  for k in ("new", "linked", "duplicate", "pending", "failed"))
    counts += T("<tr><th>$k</th><td>$v</td></tr>")(k=_("records"), v=summary.get("records", 0))
    lines = []
    for r in rows:
        recs = join((T('<a href="$h">$i</a>')(h="/act/" + seg(i), i=i) for i in r["records"]), ", ")
        note = r.get("reason") or ""
        if r.get("warnings"):
            note = (note + "; " if note else "") + "; ".join(_warning(c, w) for w in r["warnings"])
        lines.append(T("<tr><td>$f</td><td>$s</td><td>$r</td><td>$n</td></tr>")(
            f=r["file"], s=_("st_" + r["status"]), r=recs, n=note))
    return T("""<div class="card" id="report"><h2>$t</h2><table class="report">$counts</table><br>
<table class="report"><tr><th>$f</th><th>$s</th><th>$r</th><th>$n</th></tr>$lines</table></div>""")(
        t=_("upload_report"), counts=counts, f=_("file"), s=_("status"), r=_("records"),
        n=_("reason"), lines=join(lines))


def error_page(c: Ctx, status: int, message: str) -> Markup:
    _ = c._
    body = T('<div class="card"><h1>$t $s</h1><p class="err">$m</p><p><a href="/">$h</a></p></div>')(
        t=_("err_title"), s=status, m=message, h=_("home"))
    return layout(c, f"{_('err_title')} {status}", body, wide_search=False)


def received_presets(today: date | None = None) -> dict[int, str]:
    from search.query import received_periods  # the periods the query layer counts
    return received_periods(today)


# --- rubrics to check (staff) ---------------------------------------------------------

def review_page(c: Ctx, rows: list[dict], *, saved: str = "") -> Markup:
    """The acts filed only by the scheme's best guess (or not at all), each with a
    one-click confirmation and a choice of another top-level rubric."""
    _ = c._
    tops = [r for r in (c.scheme.rubrics if c.scheme is not None else ()) if "." not in r.code]
    items = []
    for r in rows:
        guess = [g["code"] for g in r["guess"] if "." not in g["code"]]
        confirm = (T('<form method="post" action="/review" class="inline">$csrf'
                     '<input type="hidden" name="id" value="$id"><input type="hidden" name="code" value="$g">'
                     '<button type="submit">$b: $l</button></form>')(
            csrf=csrf_field(c), id=r["id"], g=guess[0], b=_("review_confirm"),
            l=c.rubric_label(guess[0])) if len(guess) == 1 else T("<em>$n</em>")(n=_("review_none")))
        other = [x for x in r["candidates"] if x["code"] not in guess]
        evidence = (T("<small>$h: $l</small>")(h=_("review_evidence"),
                                                l=", ".join(c.rubric_label(x["code"]) for x in other))
                    if other else Markup(""))
        opts = join(T('<option value="$v"$sel>$l</option>')(
            v=t.code, l=c.rubric_label(t.code),
            sel=Markup(" selected") if other and t.code == other[0]["code"] else Markup(""))
            for t in tops if t.code not in guess)
        choose = T('<form method="post" action="/review" class="inline">$csrf'
                   '<input type="hidden" name="id" value="$id"><select name="code" aria-label="$c">$o</select>'
                   '<button type="submit">$c</button></form>')(
            csrf=csrf_field(c), id=r["id"], o=opts, c=_("review_choose"))
        items.append(T('<li id="r-$id"><a href="/act/$sid">$t</a> <small>$req</small><br>'
                       '$gl: $g $ev<br>$confirm $choose</li>')(
            id=r["id"], sid=seg(r["id"]), t=r["title"] or r["file_name"] or _("untitled"),
            req=" ".join(x for x in (r["kind"], r["number"] and f"№ {r['number']}",
                                     r["date"] and fmt_date(r["date"])) if x),
            gl=_("review_guess"), g=", ".join(c.rubric_label(x) for x in guess) or "—",
            ev=evidence, confirm=confirm, choose=choose))
    body = T('<h1>$h</h1>$saved<p>$intro</p>$list')(
        h=_("review_n", n=len(rows)), intro=_("review_intro"),
        saved=T('<p class="ok" role="status">$m</p>')(m=_("review_saved")) if saved else Markup(""),
        list=T('<ol class="review">$i</ol>')(i=join(items)) if items
        else T("<p>$e</p>")(e=_("review_empty")))
    return layout(c, _("review"), body, wide_search=False)
