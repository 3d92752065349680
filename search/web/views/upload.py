"""Uploads (staff): the form, the POST that stores the files and queues
their import (uploads.py), and the job's page: progress, then the report."""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from search.web import pages
from search.web.ctx import check_csrf, need_staff
from search.web.forms import MAX_UPLOAD_FILES, UploadRefused, receive_upload
from search.web.jinja import render
from search.web.respond import HTTPError, page, redirect
from search.web.uploads import Job, new_job_id

REFRESH_SECONDS = 2            # the job's page reloads itself until the import is done


def form(app, req, fund, c):
    need_staff(app, req, c)
    return page(render(c, "upload.html", job=None, error=None))


def receive(app, req, fund, c):
    need_staff(app, req, c)
    folder = Path(tempfile.mkdtemp(prefix="actdesk-upload-"))
    try:
        try:
            upload = receive_upload(req, folder, app.max_upload)
        except UploadRefused as ex:
            if ex.too_many:
                raise HTTPError(413, c._("err_400", msg=c._("too_many_files", n=MAX_UPLOAD_FILES))) from None
            if ex.status == 413:
                raise HTTPError(413, c._("err_413", mb=app.max_upload_mb)) from None
            if ex.status == 411:
                raise HTTPError(411, c._("err_411")) from None
            # the parser's own words (English, technical) after the reader's
            raise HTTPError(400, c._("err_400", msg=c._("upload_bad_form", why=ex.reason))) from None
        check_csrf(req, c, (upload.fields.getlist("csrf") or [""])[-1])
        if not upload.files:
            return page(render(c, "upload.html", job=None, error=c._("err_400", msg=c._("no_files"))), 400)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    job = Job(new_job_id(), c.user, folder, upload.files)
    app.uploads.submit(job)
    return redirect(f"/upload/{job.id}")


def status(app, req, fund, c, job_id: str):
    need_staff(app, req, c)
    job = app.uploads.get(job_id)
    if job is None:
        raise HTTPError(404, c._("err_404"))
    rows = pages.report_rows(c, job.rows)
    return page(render(c, "upload.html", job=job, error=None, refresh=REFRESH_SECONDS,
                       rows=rows, acts=_acts(c, fund, rows)))


@dataclass(frozen=True)
class ActLine:
    """An act the import created, as the report names it: its requisites
    ("постановление № 145-п от 12.03.2024") and title, not the record id."""
    id: str
    requisites: str
    title: str


def _acts(c, fund, rows) -> dict[str, ActLine]:
    out = {}
    for row in rows:
        for rid in row.records:
            rec = fund.get_record(rid)
            if rec is None:      # removed since: the id is all there is
                out[rid] = ActLine(rid, rid, "")
                continue
            req = " ".join(x for x in (rec.kind or c._("no_kind"),
                                       f"№ {rec.number}" if rec.number else "",
                                       c._("of_date", d=pages.fmt_date(rec.date)) if rec.date else "") if x)
            out[rid] = ActLine(rid, req, pages.cut(rec.title or "", 200))
    return out
