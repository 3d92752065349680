"""The act's card, and the staff's corrections made on it."""
from __future__ import annotations

from urllib.parse import quote

from ingest.fund import Fund
from search.dossier import names as dossier_names
from search.query import KINDS
from search.web import pages
from search.web.ctx import check_csrf, need_staff
from search.web.html import url
from search.web.jinja import render
from search.web.respond import HTTPError, page, redirect

MAX_TEXT_SHOWN = 300_000     # characters of the full text on a card


def show(app, req, fund, c, rid: str, error: str | None = None, status: int = 200):
    from search import analysis
    from search.links_view import links_of, status_of
    from search.query import more_like_this
    # The header's login and language links bring the reader back to the card
    # itself (its 404 too): they carried the whole URL, the reader's question
    # (``text``, for the marks) percent-encoded twice over, so a long question
    # was said five times and a card weighed 37 KB. The question is in the
    # search box and the «back» link; only «add to the list» returns with the
    # marks, and no link brings «saved» (``saved=1``) back.
    own = f"/act/{quote(rid)}"
    c.path_qs = own
    rec = fund.get_record(rid)
    if rec is None:
        raise HTTPError(404, c._("err_404"))
    stored = fund.get_file(rec.source.sha256)
    q_text = req.arg("text")[:1000]
    shown = rec.text[:MAX_TEXT_SHOWN]
    spans = []
    terms = set(analysis.terms(q_text)) if q_text.strip() else set()
    if terms:
        spans = [(s, e) for _, s, e, t, _p in analysis.analyze(shown) if t in terms]
    try:
        similar = more_like_this(app.index_dir, rec.duplicate_of or rid, per_page=6)
    except KeyError:
        similar = None
    copies = [r for r in (fund.get_record(row[0]) for row in fund.db.execute(
        "SELECT id FROM records WHERE duplicate_of=? ORDER BY id", (rid,))) if r]
    explain = ({}, {})
    if app.scheme is not None:
        explain = ({a.code: a for a in app.scheme.assign(rec.title, rec.text)},
                   {a.code: a for a in app.scheme.explain(rec.title, rec.text)})
    staff = bool(c.user and not c.read_only)
    basket_next = url(own, {"text": q_text}) if q_text.strip() else own
    return page(render(
        c, "card.html", rec=rec, q_text=q_text, basket_next=basket_next, citation=pages.citations([rec])[rec.id], text_shown=shown, text_spans=spans,
        similar=similar, copies=copies, links=links_of(fund, rec), staff=staff,
        rows=pages.card_rows(c, rec, status_of(fund, rec)),
        rubrics=pages.card_rubrics(c, rec, explain), source_meta=pages.source_meta(c, rec, stored),
        warnings="; ".join(pages.warning_text(c, w) for w in rec.warnings),
        saved=bool(req.arg("saved")) and error is None, error=error,
        short_requisites=pages.short_requisites, kinds=("",) + KINDS,
        rubric_options=_rubric_options(c, rec) if staff else [],
        dossiers=dossier_names(fund) if staff else []), status)


def _rubric_options(c, rec) -> list[tuple[str, str]]:
    """The scheme's rubrics the act has not got, indented by depth."""
    have = {r.code for r in rec.rubrics}
    if c.scheme is None:
        return []
    return [(r.code, "\u00a0\u00a0" * r.code.count(".") + c.rubric_label(r.code))
            for r in c.scheme.rubrics if r.code not in have]


def edit_rubrics(app, req, fund, c, rid: str):
    from ingest.tagging import TagError, tag
    _check(app, req, fund, c, rid)
    try:
        if app.scheme is None:
            raise HTTPError(400, c._("err_400", msg=c._("no_scheme")))
        add = {x for x in req.fields().getlist("add") if x}
        remove = {x for x in req.fields().getlist("remove") if x}
        bad = sorted(x for x in add | remove if x not in app.scheme.by_code)
        if bad:
            raise HTTPError(400, c._("err_400", msg=c._("bad_rubric", v=", ".join(bad))))
        if not (add or remove):
            raise HTTPError(400, c._("err_400", msg=c._("no_rubric_chosen")))
        try:
            tag(fund, rid, add, remove, app.scheme)
        except TagError as ex:
            raise HTTPError(400, c._("err_400", msg=str(ex))) from ex
    finally:
        app.prepare_index(fund, timeout=30.0)
    return redirect(f"/act/{quote(rid)}?saved=1")


def edit_requisites(app, req, fund, c, rid: str):
    from ingest.corrections import CorrectionError, correct
    _check(app, req, fund, c, rid)
    try:
        form = req.fields()
        changes = {k: req.field(k) for k in Fund.MANUAL_FIELDS if k in form}
        try:
            correct(fund, rid, changes)
        except CorrectionError as ex:
            return show(app, req, fund, c, rid, error=c._("corr_" + ex.key, **ex.params),
                        status=400)
    finally:
        app.prepare_index(fund, timeout=30.0)
    return redirect(f"/act/{quote(rid)}?saved=1")


def _check(app, req, fund, c, rid: str) -> None:
    need_staff(app, req, c)
    check_csrf(req, c)
    if fund.get_record(rid) is None:
        raise HTTPError(404, c._("err_404"))
