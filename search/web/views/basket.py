"""The list being built (a cookie of record ids, in the librarian's order),
its print view and its export in ГОСТ form."""
from __future__ import annotations

from urllib.parse import urlencode

from search.web import lists_bridge
from search.web.ctx import COOKIE_BASKET, ID_RE, MAX_BASKET, check_csrf
from search.web.jinja import render
from search.web.params import BadParams, query_from_params
from search.web.respond import HTTPError, download, page, redirect, safe_next, set_cookie

ORDERS = ("legal-force", "given", "date")   # of search.lists.ORDERS, as the form offers them


def _records(fund, c) -> list:
    return [r for r in (fund.get_record(i) for i in c.basket) if r is not None]


def _choice(req, c) -> tuple[str, str, str]:
    """The list's title, grouping and order as the export form chose them."""
    title = " ".join(req.arg("title").split())[:300] or c._("list_title_default")
    group_by = req.arg("group_by", "none")
    order = req.arg("order", "legal-force")
    if group_by not in lists_bridge.GROUP_BY:
        raise HTTPError(400, c._("err_400", msg=c._("bad_grouping", v=group_by, allowed=", ".join(
            c._("group_" + g) for g in lists_bridge.GROUP_BY))))
    if order not in ORDERS:
        raise HTTPError(400, c._("err_400", msg=c._("bad_list_order", v=order, allowed=", ".join(
            c._("order_" + o) for o in ORDERS))))
    return title, group_by, order


def show(app, req, fund, c):
    recs = _records(fund, c)
    title, group_by, order = _choice(req, c)
    printing = bool(req.arg("print"))
    bl = None
    if recs:
        try:
            bl = lists_bridge.build(fund, recs, title, group_by if printing else "none",
                                    order if printing else "given")
        except lists_bridge.Unavailable:
            bl = None
    added, found = req.arg("added"), req.arg("found")
    note = None
    if added.isdigit() and found.isdigit():
        note = (c._("added_capped", added=added, total=found, cap=MAX_BASKET)
                if int(found) > int(added) else c._("added_all", n=added))
    return page(render(c, "basket_print.html" if printing and bl is not None else "basket.html",
                       records=recs, bl=bl, formats=list(lists_bridge.FORMATS), title=title,
                       group_by=group_by, order=order, orders=ORDERS, note=note,
                       first=c.basket[0] if c.basket else None,
                       last=c.basket[-1] if c.basket else None))


def change(app, req, fund, c):
    check_csrf(req, c)
    action = req.field("action")
    ids = [i for i in req.fields().getlist("id") if ID_RE.match(i)]
    basket = list(c.basket)
    target = safe_next(req.field("next"), "/basket")
    if action == "add":
        basket += [i for i in ids if i not in basket]
    elif action == "add_found":
        basket, added, found = _add_found(app, req, c, basket)
        target = "/basket?" + urlencode({"added": added, "found": found})
    elif action == "remove":
        basket = [i for i in basket if i not in ids]
    elif action in ("up", "down") and len(ids) == 1 and ids[0] in basket:
        i = basket.index(ids[0])
        j = i - 1 if action == "up" else i + 1
        if 0 <= j < len(basket):
            basket[i], basket[j] = basket[j], basket[i]
    elif action == "clear":
        basket = []
    else:
        raise HTTPError(400, c._("err_400", msg=c._("bad_basket_action", v=action)))
    resp = redirect(target)
    set_cookie(resp, COOKIE_BASKET, ".".join(basket[:MAX_BASKET]), max_age=30 * 86400,
               secure=app.secure)
    return resp


def _add_found(app, req, c, basket: list[str]) -> tuple[list[str], int, int]:
    """Everything the search found, in its order, as far as the list has room
    (MAX_BASKET: the cookie holds the list); returns the list, how many were
    added and how many were found."""
    from search.query import search
    from search.query.errors import QueryError
    params = {k: v for k, v in req.fields().to_dict(flat=False).items()
              if k not in ("action", "next", "csrf", "page", "per_page")}
    try:
        q = query_from_params(params, per_page=MAX_BASKET)
    except BadParams as ex:
        raise HTTPError(400, c._("err_400", msg=ex.text(c._))) from ex
    q.facets = False
    try:
        res = search(app.index_dir, q, snippets=False)
    except QueryError as ex:   # the question the search page refused: said, not a 500
        raise HTTPError(400, ex.text(c.lang)) from ex
    room = MAX_BASKET - len(basket)
    new = [h.id for h in res.hits if h.id not in basket][:max(0, room)]
    already = sum(1 for h in res.hits if h.id in basket)
    return basket + new, len(new) + already, res.total


def export(app, req, fund, c):
    fmt = req.arg("format", "txt")
    if fmt not in lists_bridge.FORMATS:
        raise HTTPError(400, c._("err_400", msg=c._("bad_format", v=fmt,
                                                       allowed=", ".join(lists_bridge.FORMATS))))
    title, group_by, order = _choice(req, c)
    try:
        data = lists_bridge.export_records(fund, _records(fund, c), fmt, title, group_by, order)
    except lists_bridge.Unavailable:
        raise HTTPError(503, c._("export_unavailable")) from None
    return download(data, lists_bridge.mime(fmt), f"{title}.{fmt}")
