"""The search page: the URL's parameters are the fields of search.query.Query."""
from __future__ import annotations

from search.web import pages
from search.web.ctx import MAX_BASKET
from search.web.i18n import tr
from search.web.jinja import render
from search.web.params import BadParams, query_from_params, search_url
from search.web.respond import HTTPError, page


def run_query(app, req, c=None, *, per_page: int = 10):
    from search.query import search  # at call time: bench/web.py times search()
    try:
        q = query_from_params(req.args.to_dict(flat=False), per_page=per_page)
    except BadParams as ex:
        raise HTTPError(400, (c._ if c else tr("ru"))("err_400", msg=str(ex))) from ex
    return q, search(app.index_dir, q)


def show(app, req, fund, c):
    from search.query import SORTS, Query
    q, res = run_query(app, req, c)
    # status in force as far as the fund knows: acts of it that repeal or amend a hit
    recs = []
    for h in res.hits:
        rels = {rel for _id, rel, _t in fund.cited_by(h.kind, h.number, h.date, h.body)}
        rec = fund.get_record(h.id)
        recs.append(rec)
        if rec is not None and (rec.status or {}).get("state") == "repealed":
            rels.add("repeals")  # the print's own note: "Утратил силу"
        if rels:
            c.links_status[h.id] = "repealed_by" if "repeals" in rels else "amended_by"
    return page(render(c, "search.html", q=q, res=res, q_text=q.text, sorts=SORTS,
                       pages=pages.pager(q, res), cites=pages.citations(recs),
                       basket_room=MAX_BASKET - len(c.basket),
                       facets=pages.facet_groups(c, q, res),
                       filter_hidden=pages.filter_form_hidden(q),
                       chips=pages.active_chips(c, q), reset_href=search_url(Query(text=q.text)),
                       understood=pages.understood(c, res)))
