"""Rubrics to check (staff): the acts filed only by the scheme's guess; a
POST (id, code, code …) files the act under the codes as the librarian's decision."""
from __future__ import annotations

from search.web import pages
from search.web.ctx import ID_RE, check_csrf, need_staff
from search.web.jinja import render
from search.web.respond import HTTPError, page, redirect


def _scheme(app, req, c):
    need_staff(app, req, c)
    if app.scheme is None:
        raise HTTPError(400, c._("err_400", msg=c._("no_scheme")))
    return app.scheme


def queue(app, req, fund, c):
    from ingest.tagging import review_queue
    from ingest.tagging import review_rows
    rows = review_rows(review_queue(fund), _scheme(app, req, c))
    return page(render(c, "review.html", items=pages.review_items(c, rows),
                       saved=bool(req.arg("saved"))))


def confirm(app, req, fund, c):
    from ingest.tagging import TagError, confirm as file_under
    scheme = _scheme(app, req, c)
    check_csrf(req, c)
    rid = req.field("id")
    codes = req.fields().getlist("code")   # the guess confirmed: one code, or two close ones
    if not ID_RE.match(rid) or fund.get_record(rid) is None:
        raise HTTPError(404, c._("err_404"))
    bad = [x for x in codes if x not in scheme.by_code] or ([] if codes else [""])
    if bad:      # the one refusal of file_under a form can cause
        raise HTTPError(400, c._("err_400", msg=c._("bad_rubric", v=bad[0])))
    try:
        file_under(fund, rid, codes, scheme)
    except TagError as ex:
        raise HTTPError(400, c._("err_400", msg=c._("bad_rubric", v=", ".join(codes)))) from ex
    finally:
        app.prepare_index(fund, timeout=30.0)
    return redirect("/review?saved=1")
