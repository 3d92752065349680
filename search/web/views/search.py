"""The search page: the URL's parameters are the fields of search.query.Query.

Searching and rendering are interpreter-bound work: with the server's eight
threads all doing it at once under the GIL, each request is sliced among
the others and the slowest wait longest (issue 15 measured p99 ≈ 1 s under
20 browsers). ``GATE`` lets ``CONCURRENT`` of them run at a time and queues
the rest in arrival order, so a page is done in about its own time once it
starts; the server's other threads stay free for downloads, the staff's
pages and the upload form, which mostly wait on the disk or the network.
"""
from __future__ import annotations

import threading

from search.present import requisites_differ
from search.web import pages
from search.web.ctx import MAX_BASKET
from search.web.i18n import tr
from search.web.jinja import render
from search.web.params import BadParams, query_from_params, search_url
from search.web.respond import HTTPError, page

CONCURRENT = 2                      # one per core of the desk's machine
GATE = threading.BoundedSemaphore(CONCURRENT)


def query_of(req, c=None, *, per_page: int = 10):
    try:
        return query_from_params(req.args.to_dict(flat=False), per_page=per_page)
    except BadParams as ex:
        _ = c._ if c else tr("ru")
        raise HTTPError(400, _("err_400", msg=ex.text(_))) from ex


def known_rubrics(app, q):
    """``q`` with its rubric filters as codes (a label or a code in any case
    names its rubric); ``UnknownRubric`` when one names none — a link typed or
    kept from another scheme used to find nothing under a filter chip."""
    from dataclasses import replace
    from search.query.errors import UnknownRubric
    from search.query.rubric_names import resolve
    if not q.rubric:
        return q
    codes, unknown = resolve(app.scheme, q.rubric)
    if unknown:
        u = unknown[0]
        raise UnknownRubric(u.value, u.near, u.top)
    return replace(q, rubric=codes)


def run_query(app, req, c=None, *, per_page: int = 10):
    """The request's Query and its Results; a question the query layer cannot
    read raises ``search.query.errors.QueryError`` (the API answers 400)."""
    from search.query.cache import cached_search
    q = known_rubrics(app, query_of(req, c, per_page=per_page))
    with GATE:
        return q, cached_search(app.index_dir, q)


def show(app, req, fund, c):
    with GATE:
        return _show(app, req, fund, c)


def _show(app, req, fund, c):
    from search.query import SORTS, Query, Results
    from search.query.errors import QueryError
    from search.query.suggest import no_hits_help
    from ingest.settings import library_place, search_scope
    from search.query.scope import scoped
    from search.web.territory import territory_groups
    q, place = query_of(req, c), library_place(fund.home)
    if not req.args:   # a fresh page searches where the library's settings say
        q = scoped(q, search_scope(fund.home), place)
    query_error, no_hits, status = None, None, 200
    try:
        from search.query.cache import cached_search   # search.query.search at call time
        q = known_rubrics(app, q)
        res = cached_search(app.index_dir, q)
    except QueryError as ex:   # said above the (empty) results, the question kept in the box
        res = Results(total=0, hits=[], facets={}, query=q.to_dict(), page=q.page,
                      per_page=q.per_page)
        query_error, status = ex.text(c.lang), 400
    if res.total == 0 and query_error is None:
        no_hits = no_hits_help(app.index_dir, q, res, app.scheme)
    # status in force as far as the fund knows: acts of it that repeal or amend a hit
    from search.links_view import hit_status
    recs = []
    for h in res.hits:
        rec = fund.get_record(h.id)   # the citation needs its fields anyway
        recs.append(rec)
        mark = hit_status(fund, h, rec)
        if mark:
            c.links_status[h.id] = mark
    return page(render(c, "search.html", q=q, res=res, q_text=q.text, sorts=SORTS,
                       pages=pages.pager(q, res), cites=pages.citations(recs),
                       basket_room=MAX_BASKET - len(c.basket),
                       facets=pages.facet_groups(c, q, res) + territory_groups(c, q, res, place),
                       filter_hidden=pages.filter_form_hidden(q),
                       chips=pages.active_chips(c, q), reset_href=search_url(Query(text=q.text)),
                       understood=pages.understood(c, res),
                       differs=requisites_differ(res),
                       query_error=query_error, no_hits=no_hits), status)
