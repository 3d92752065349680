"""Files: an act's original, by record id only, and the page's own stylesheet
and script.

No parameter names a file: record id -> catalog -> sha256 -> the fund's own
content address. An original is always an attachment in a sandbox, never a
page of this site (an HTML original could otherwise run its scripts here).
"""
from __future__ import annotations

import re

from werkzeug.utils import send_file
from werkzeug.wrappers import Response

from search.web import static as assets
from search.web.i18n import tr
from search.web.respond import HTTPError, content_disposition

SHA_RE = re.compile(r"^[0-9a-f]{64}$")


def original(fund, rid: str, environ, _=None) -> Response:
    """The original's bytes; ``_`` the reader's translator (the API's
    answers are Russian)."""
    _ = _ or tr("ru")
    rec = fund.get_record(rid)
    if rec is None:
        raise HTTPError(404, _("err_404"))
    sha = rec.source.sha256
    stored = fund.get_file(sha)
    if not SHA_RE.match(sha or "") or stored is None:
        raise HTTPError(404, _("err_no_original"))
    path = fund.stored_path(sha)  # the fund's own content address, never a parameter
    if path is None and not fund.originals_reachable():
        # a desk that searches a regional fund without the shared folder
        raise HTTPError(503, _("err_originals_unreachable", folder=str(fund.originals)))
    if path is None:
        raise HTTPError(404, _("err_original_gone"))
    name = stored.file_name or rec.source.file_name
    ctype = stored.media_type or "application/octet-stream"
    if ctype.startswith("text/") and "charset" not in ctype:
        ctype = "application/octet-stream"  # old code pages: let the reader's program decide
    resp = send_file(path, environ, mimetype=ctype, etag=sha, conditional=True)
    resp.headers["Content-Type"] = ctype
    resp.headers["Content-Disposition"] = content_disposition(name)
    resp.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    resp.headers["Cache-Control"] = "private, max-age=3600"
    return resp


def download(app, req, fund, c, rid: str) -> Response:
    return original(fund, rid, req.environ, c._)


def static(app, req, fund, c, name: str) -> Response:
    if name not in assets.FILES:
        raise HTTPError(404, c._("err_no_file"))
    ctype, data = assets.FILES[name]
    return Response(data, 200, [("Cache-Control", "public, max-age=86400")], content_type=ctype)


def favicon(app, req, fund, c) -> Response:
    return Response(b"", 204)
