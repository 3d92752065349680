"""The «Досье» page: the press dossiers and their materials (new ones
marked), their download, and the staff's additions from an act's card.

Everything goes through search/dossier (the catalog's dossiers, the saved
queries, the export); the page only shows it. Looking at the page does not
mark anything seen: the staff's button (or ``actdesk dossier show``) does.
"""
from __future__ import annotations

from urllib.parse import quote

from search import biblio
from search.dossier import DossierError, add, all_dossiers, get, mark_seen, members
from search.dossier.export import FORMATS, compile_dossier, file_name, mime, render_dossier
from search.web.ctx import check_csrf, need_staff
from search.web.jinja import render
from search.web.respond import HTTPError, download, page, redirect


def show(app, req, fund, c):
    shown = []
    for d in all_dossiers(fund):
        ms = members(fund, d, index_dir=app.index_dir)
        ms.sort(key=lambda m: (not m.new, m.record.date or "", m.record.id))
        shown.append((d, [(m, biblio.describe(m.record)) for m in ms], sum(m.new for m in ms)))
    return page(render(c, "dossiers.html", dossiers=shown, formats=FORMATS,
                       staff=bool(c.user and not c.read_only), marked=req.arg("seen")))


def export(app, req, fund, c):
    fmt = req.arg("format", "html")
    group_by = req.arg("group_by", "year")
    if fmt not in FORMATS or group_by not in ("year", "rubric"):
        raise HTTPError(400, c._("err_400", msg="format / group_by"))
    try:
        comp = compile_dossier(fund, req.arg("name"), group_by=group_by, index_dir=app.index_dir)
    except DossierError as ex:
        raise HTTPError(404, str(ex)) from ex
    return download(render_dossier(comp, fmt), mime(fmt), file_name(comp.name, fmt))


def seen(app, req, fund, c):
    need_staff(app, req, c)
    check_csrf(req, c)
    try:
        mark_seen(fund, req.field("name"))
    except DossierError as ex:
        raise HTTPError(404, str(ex)) from ex
    return redirect("/dossiers?seen=1")


def add_from_card(app, req, fund, c, rid: str):
    """Staff: put the act of this card in a dossier (it stays there whatever
    the dossier's query finds)."""
    need_staff(app, req, c)
    check_csrf(req, c)
    if fund.get_record(rid) is None:
        raise HTTPError(404, c._("err_404"))
    try:
        d = get(fund, req.field("dossier"))
        add(fund, d.name, [rid])
    except DossierError as ex:
        raise HTTPError(400, c._("err_400", msg=str(ex))) from ex
    return redirect(f"/act/{quote(rid)}?saved=1#dossier-add")
