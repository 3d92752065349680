"""Answers of the web page: errors with a message for the reader, local
redirects, downloads' file names, and the headers every answer carries.

Errors are Werkzeug's ``HTTPException``: a handler raises ``HTTPError``
with a translated message; Werkzeug's own (no such route, method not
allowed, body too large) get the page's words by status in app.py.
"""
from __future__ import annotations

import gzip
import re
from urllib.parse import quote

from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

HTML = "text/html; charset=utf-8"
_URL_SAFE = "/?&=#%:;@+,!$'()*[]~-._"

# pages may load only our own stylesheet and script; no inline code, no frames
CSP = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class HTTPError(HTTPException):
    """An error answer with the reader's message (and extra headers, e.g. Allow)."""

    def __init__(self, status: int, message: str = "", headers: list | None = None):
        super().__init__(message or None)
        self.code = status
        self.message = message
        self.extra_headers = list(headers or [])

    def get_headers(self, environ=None, scope=None) -> list[tuple[str, str]]:
        return super().get_headers(environ, scope) + self.extra_headers


def page(html: str, status: int = 200, headers: list | None = None) -> Response:
    return Response(html, status, headers, content_type=HTML)


def redirect(location: str, status: int = 303) -> Response:
    # headers are latin-1 on the wire: a Cyrillic "next" is percent-encoded
    return Response(b"", status, [("Location", quote(location, safe=_URL_SAFE))], content_type=HTML)


def safe_next(value: str | None, default: str = "/") -> str:
    """Only local paths: no open redirect to another site."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return default
    if any(ord(ch) < 32 for ch in value):
        return default
    return value


def content_disposition(name: str) -> str:
    """attachment with an ASCII fallback and the real name per RFC 5987/6266;
    the fallback spells Russian in Latin letters (translit.py), not ``_``."""
    from search.web.translit import to_ascii
    name = re.sub(r'[\x00-\x1f\x7f/\\]', "_", name) or "file"
    ascii_name = to_ascii(name).replace('"', "_").strip() or "file"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def download(data: bytes, ctype: str, name: str, headers: list | None = None) -> Response:
    return Response(data, 200, [("Content-Disposition", content_disposition(name))]
                    + list(headers or []), content_type=ctype)


def security_headers(resp: Response, is_api: bool) -> None:
    h = resp.headers
    if "Content-Security-Policy" not in h:
        h["Content-Security-Policy"] = CSP
    h["X-Content-Type-Options"] = "nosniff"
    h["Referrer-Policy"] = "same-origin"
    if not is_api:
        h["X-Frame-Options"] = "DENY"
        if "Cache-Control" not in h:
            h["Cache-Control"] = "no-store"


def set_cookie(resp: Response, name: str, value: str, *, secure: bool, max_age: int | None = None,
               samesite: str = "Lax") -> None:
    """Every cookie of the page is HttpOnly, for the whole site."""
    resp.set_cookie(name, value, max_age=max_age, path="/", samesite=samesite, httponly=True,
                    secure=secure)


COMPRESSIBLE = ("text/html", "application/json", "text/css", "text/javascript")


def compress(resp: Response, accept_encoding: str) -> None:
    """gzip a page, JSON or stylesheet over 1 KB when the browser takes it
    (every browser does): the search page shrinks about five times."""
    if resp.direct_passthrough or resp.is_streamed or resp.mimetype not in COMPRESSIBLE:
        return
    if "gzip" not in accept_encoding:
        return
    data = resp.get_data()
    if len(data) > 1024:
        resp.set_data(gzip.compress(data, 5))
        resp.headers["Content-Encoding"] = "gzip"
        resp.headers.add("Vary", "Accept-Encoding")


class ReaderLost(Exception):
    """The read replica went away under a request's reader (asked again)."""


def lost_reader(fund, ex: Exception) -> None:
    """Raises ReaderLost when ``ex`` is the replica going away under a
    reader: not a bug to log, a request to ask again."""
    if fund.reading and fund.broken():
        raise ReaderLost() from ex
