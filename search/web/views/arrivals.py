"""The new-arrivals bulletin of a period (printable), through the lists module."""
from __future__ import annotations

from datetime import date, timedelta

from search.web import lists_bridge
from search.web.i18n import tr
from search.web.jinja import render
from search.web.params import BadParams, query_from_params
from search.web.respond import HTTPError, download, page


def period(req, c=None) -> tuple[str, str]:
    """received_from .. received_to of the URL; the last week by default."""
    _ = c._ if c else tr("ru")
    try:
        q = query_from_params({k: req.args.getlist(k) for k in ("received_from", "received_to")})
    except BadParams as ex:
        raise HTTPError(400, _("err_400", msg=ex.text(_))) from ex
    end = q.received_to or date.today().isoformat()
    start = q.received_from or (date.fromisoformat(end) - timedelta(days=7)).isoformat()
    if start > end:
        raise HTTPError(400, _("err_400", msg=_("bad_period", a=start, b=end)))
    return start, end


def bulletin(app, fund, start: str, end: str, c=None):
    try:
        return lists_bridge.arrivals(fund, start, end, index_dir=app.index_dir)
    except lists_bridge.PeriodError as ex:     # the lists module's own check of the period
        _ = c._ if c else tr("ru")
        raise HTTPError(400, _("err_400", msg=_("bad_period", a=start, b=end))) from ex


def show(app, req, fund, c):
    try:
        start, end = period(req, c)
        bl, formats = bulletin(app, fund, start, end, c), list(lists_bridge.FORMATS)
    except HTTPError as ex:
        # a period typed by hand (a bookmark, an edited link) is refused on
        # the bulletin's own page, its form kept for the next try: the bare
        # error page left the librarian nowhere to type the dates again
        return page(render(c, "arrivals.html", start=req.arg("received_from", ""),
                           end=req.arg("received_to", ""), bl=None, formats=[], error=ex.message),
                    status=ex.code)
    except lists_bridge.Unavailable:
        bl, formats = None, []
    return page(render(c, "arrivals.html", start=start, end=end, bl=bl, formats=formats, error=None))


def export(app, req, fund, c):
    start, end = period(req, c)
    fmt = req.arg("format", "txt")
    if fmt not in lists_bridge.FORMATS:
        raise HTTPError(400, c._("err_400", msg=c._("bad_format", v=fmt,
                                                       allowed=", ".join(lists_bridge.FORMATS))))
    try:
        data = lists_bridge.render(bulletin(app, fund, start, end, c), fmt)
    except lists_bridge.Unavailable:
        raise HTTPError(503, c._("export_unavailable")) from None
    return download(data, lists_bridge.mime(fmt), f"arrivals-{start}-{end}.{fmt}")
