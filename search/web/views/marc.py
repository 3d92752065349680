"""The basket as RUSMARC records (search/rusmarc/): the same acts the
basket lists, one record each, for the library's electronic catalog.

The 856 links point at this desk (the address the browser used), so the
catalog's record opens the original and the card here. Characters a
Windows-1251 file could not keep are named in a response header (the
file itself carries the replaced text)."""
from __future__ import annotations

from search.rusmarc import ENCODINGS, FORMATS, export_records
from search.rusmarc.export import MIME, SUFFIX
from search.web.respond import HTTPError, download, redirect
from search.web.views.basket import _records


def export(app, req, fund, c):
    fmt, encoding = req.arg("format", "iso2709"), req.arg("encoding", "utf-8")
    if fmt not in FORMATS:
        raise HTTPError(400, c._("err_400", msg=c._("bad_format", v=fmt, allowed=", ".join(FORMATS))))
    if encoding not in ENCODINGS:
        raise HTTPError(400, c._("err_400", msg=c._("bad_encoding", v=encoding,
                                                       allowed=", ".join(ENCODINGS))))
    records = _records(fund, c)
    if not records:
        return redirect("/basket")
    out = export_records(fund, records, fmt, encoding, base_url=req.host_url)
    headers = [("X-Replaced-Characters", str(len(out.warnings)))] if out.warnings else []
    name = f"rusmarc-{out.count}{'-cp1251' if encoding != 'utf-8' else ''}.{SUFFIX[fmt]}"
    return download(out.data, MIME[fmt], name, headers)
