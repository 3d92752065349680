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
from dataclasses import dataclass

from search.present import requisites_differ
from search.web import pages
from search.web.ctx import MAX_BASKET
from search.web.i18n import tr
from search.web.jinja import render
from search.web.params import URL_FIELDS, BadParams, query_from_params, search_url
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


@dataclass(frozen=True)
class FieldError:
    """A filter field the reader typed wrong, shown again as typed beside
    its reason: ``ref`` the id of the reason's element (a reversed period's
    second date points at the first's), ``msg`` the reason (None: said at
    ``ref``)."""
    value: str
    ref: str
    msg: str | None


_NEAR = {"bad_date_param": "bad_date_field", "bad_period_param": "bad_period_field"}


def kept_query(req, c):
    """The page's Query without the parameters it cannot take, the reader's
    values of those, and the message: ``(q, {name: FieldError}, message)``.

    A date typed wrong in the filters («31.02.2024») used to answer with the
    bare error page: the words, the kind, the number and the other dates were
    gone, and the form with them. Each refused parameter is left out and the
    rest read again, so the page comes back with everything as typed (no
    search is run: a list without the reader's date would look like an
    answer). A refusal naming no parameter stays the error page."""
    args = req.args.to_dict(flat=False)
    errors: dict[str, FieldError] = {}
    messages: list[str] = []
    for _round in range(len(URL_FIELDS)):
        try:
            return query_from_params(args), errors, "; ".join(messages) or None
        except BadParams as ex:
            text = ex.text(c._)
            names = [ex.params[k] for k in ("name", "lo", "hi") if ex.params.get(k) in args]
            if not names:
                raise HTTPError(400, c._("err_400", msg=text)) from ex
            ref = "err-" + names[0]
            # beside the field in the reader's words, without the parameter's name
            near = c._(_NEAR[ex.key], **ex.params) if ex.key in _NEAR else text
            for i, name in enumerate(names):
                typed = [v for v in args.pop(name) if v is not None]
                errors[name] = FieldError(typed[-1] if typed else "", ref, None if i else near)
            messages.append(text)
    raise HTTPError(400, c._("err_400", msg="; ".join(messages)))


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
    (q, field_errors, bad_params), place = kept_query(req, c), library_place(fund.home)
    if not req.args:   # a fresh page searches where the library's settings say
        q = scoped(q, search_scope(fund.home), place)
    query_error, param_error, no_hits, res = None, None, None, None

    def nothing():
        return Results(total=0, hits=[], facets={}, query=q.to_dict(), page=q.page, per_page=q.per_page)
    try:
        from search.query.cache import cached_search   # search.query.search at call time
        q = known_rubrics(app, q)
        if bad_params:   # no search: a list without the reader's date would look like the answer
            res, param_error = nothing(), c._("err_400", msg=bad_params)
        else:
            res = cached_search(app.index_dir, q)
    except QueryError as ex:   # said above the (empty) results, the question kept in the box
        if ex.key == "too_long":
            return _too_long(c, q, ex)
        res, query_error = nothing(), ex.text(c.lang)
    status = 400 if query_error or param_error else 200
    if res.total == 0 and query_error is None and param_error is None:
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
                       query_error=query_error, no_hits=no_hits, field_errors=field_errors,
                       param_error=param_error), status)


def _too_long(c, q, ex):
    """A question over the query layer's limit: a short page with the reason
    and the question cut to the limit in the box, to be shortened there.
    The search page itself repeated the whole question in every facet link,
    the pager, the print line and the header's login and language links
    (a 3,200-character question made a 246 KB page)."""
    from dataclasses import replace
    from search.query.errors import MAX_QUERY_CHARS
    text = q.text
    cut = text[:MAX_QUERY_CHARS]
    if len(text) > MAX_QUERY_CHARS and not text[MAX_QUERY_CHARS].isspace() and " " in cut.strip():
        cut = cut.rstrip().rsplit(" ", 1)[0]     # no half word at the end
    c.path_qs = "/"     # the header's "next" links: not the question again
    q = replace(q, text=cut)
    return page(render(c, "error.html", status=400, message=ex.text(c.lang), q=q, q_text=cut,
                       search_box=True), 400)
