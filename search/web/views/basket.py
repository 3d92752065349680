"""The list being built (a cookie of record ids) and its export in ГОСТ form."""
from __future__ import annotations

from search.web import lists_bridge
from search.web.ctx import COOKIE_BASKET, ID_RE, MAX_BASKET, check_csrf
from search.web.jinja import render
from search.web.respond import HTTPError, download, page, redirect, safe_next, set_cookie


def _records(fund, c) -> list:
    return [r for r in (fund.get_record(i) for i in c.basket) if r is not None]


def show(app, req, fund, c):
    recs = _records(fund, c)
    bl = None
    if recs:
        try:
            bl = lists_bridge.build(fund, recs, c._("list_title_default"), "none")
        except lists_bridge.Unavailable:
            bl = None
    return page(render(c, "basket.html", records=recs, bl=bl, formats=list(lists_bridge.FORMATS)))


def change(app, req, fund, c):
    check_csrf(req, c)
    action = req.field("action")
    ids = [i for i in req.fields().getlist("id") if ID_RE.match(i)]
    basket = list(c.basket)
    if action == "add":
        basket += [i for i in ids if i not in basket]
    elif action == "remove":
        basket = [i for i in basket if i not in ids]
    elif action == "clear":
        basket = []
    else:
        raise HTTPError(400, c._("err_400", msg="action"))
    resp = redirect(safe_next(req.field("next"), "/basket"))
    set_cookie(resp, COOKIE_BASKET, ".".join(basket[:MAX_BASKET]), max_age=30 * 86400,
               secure=app.secure)
    return resp


def export(app, req, fund, c):
    fmt = req.arg("format", "txt")
    group_by = req.arg("group_by", "none")
    if fmt not in lists_bridge.FORMATS or group_by not in lists_bridge.GROUP_BY:
        raise HTTPError(400, c._("err_400", msg="format / group_by"))
    title = " ".join(req.arg("title").split())[:300] or c._("list_title_default")
    try:
        data = lists_bridge.export_records(fund, _records(fund, c), fmt, title, group_by)
    except lists_bridge.Unavailable:
        raise HTTPError(503, c._("export_unavailable")) from None
    return download(data, lists_bridge.mime(fmt), f"{title}.{fmt}")
