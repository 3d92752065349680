"""The reference-desk web application: a WSGI callable, standard library only.

    app = App(Path("fund"))            # a WSGI application
    serve(app, "127.0.0.1", 8000)      # ThreadingWSGIServer, one thread per request

Routes (HTML; the JSON API is in api.py):

    GET  /                      search page; parameters = fields of search.query.Query
    GET  /act/ID                the act's card (?text= highlights the query's words)
    GET  /file/ID               the original of record ID, under its real name
    GET  /basket, POST /basket  the list being built (a cookie of record ids)
    GET  /basket/export         the list in ГОСТ form (docx/html/txt) via the lists module
    GET  /arrivals              new-arrivals bulletin of a period (printable)
    GET  /login, POST /login, POST /logout
    POST /act/ID/rubrics, POST /act/ID/requisites    staff: manual corrections
    GET  /upload, POST /upload  staff: import a batch, show the report
    GET  /lang?to=en            language switch (cookie)
    GET  /static/app.css|app.js

Security: every value from a document is escaped (html.py); no parameter
names a file (downloads go record id -> catalog -> sha256 -> the fund's
own path); every POST checks a CSRF token and, when the browser sends one,
the Origin; staff actions need a session; uploads are size-limited before
a byte is read and go through the ordinary import with its limits.
"""
from __future__ import annotations

import gzip
import json
import queue
import re
import socketserver
import sys
import tempfile
import threading
import time
import traceback
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from ingest.fund import Fund
from search.web import auth, pages, static
from search.web.html import Markup, url
from search.web.i18n import LANGS, tr
from search.web.params import BadParams, query_from_params

ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
MAX_FORM = 1 << 20           # urlencoded forms
MAX_BASKET = 200
MAX_TEXT_SHOWN = 300_000     # characters of the full text on a card
MAX_UPLOAD_FILES = 500
COOKIE_SESSION, COOKIE_CSRF, COOKIE_LANG, COOKIE_BASKET = "ad_session", "ad_csrf", "ad_lang", "ad_basket"


class HTTPError(Exception):
    def __init__(self, status: int, message: str = "", headers: list | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or []


class Response:
    def __init__(self, body: bytes | Markup | str | object = b"", status: int = 200,
                 content_type: str = "text/html; charset=utf-8", headers: list | None = None):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.body = body
        self.status = status
        self.headers = [("Content-Type", content_type)] + list(headers or [])

    def set_cookie(self, name: str, value: str, *, max_age: int | None = None,
                   samesite: str = "Lax", httponly: bool = True, secure: bool = False) -> None:
        c = f"{name}={value}; Path=/; SameSite={samesite}"
        if max_age is not None:
            c += f"; Max-Age={max_age}"
        if httponly:
            c += "; HttpOnly"
        if secure:
            c += "; Secure"
        self.headers.append(("Set-Cookie", c))


def redirect(location: str, status: int = 303) -> Response:
    # headers are latin-1 on the wire: a Cyrillic "next" is percent-encoded
    return Response(b"", status, headers=[("Location", quote(location, safe=_URL_SAFE))])


_URL_SAFE = "/?&=#%:;@+,!$'()*[]~-._"


def safe_next(value: str | None, default: str = "/") -> str:
    """Only local paths: no open redirect to another site."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return default
    if any(ord(ch) < 32 for ch in value):
        return default
    return value


def content_disposition(name: str) -> str:
    """attachment with an ASCII fallback and the real name per RFC 5987/6266."""
    name = re.sub(r'[\x00-\x1f\x7f/\\]', "_", name) or "file"
    ascii_name = name.encode("ascii", "replace").decode("ascii").replace("?", "_").replace('"', "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


class Request:
    def __init__(self, environ: dict):
        self.environ = environ
        self.method = (environ.get("REQUEST_METHOD") or "GET").upper()
        raw = environ.get("PATH_INFO") or "/"
        try:  # WSGI hands the path as latin-1 decoded bytes
            raw = raw.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        self.path = raw
        self.qs = environ.get("QUERY_STRING") or ""
        self.query = parse_qs(self.qs, keep_blank_values=True)
        self.cookies: dict[str, str] = {}
        try:
            ck = SimpleCookie()
            ck.load(environ.get("HTTP_COOKIE") or "")
            self.cookies = {k: m.value for k, m in ck.items()}
        except CookieError:
            pass
        self.client = environ.get("REMOTE_ADDR") or "?"
        self._form: dict[str, list[str]] | None = None

    @property
    def path_qs(self) -> str:
        return quote(self.path, safe="/") + ("?" + self.qs if self.qs else "")

    def arg(self, name: str, default: str = "") -> str:
        v = self.query.get(name)
        return v[-1] if v else default

    def content_length(self) -> int | None:
        v = self.environ.get("CONTENT_LENGTH")
        if not v:
            return None
        try:
            n = int(v)
        except ValueError:
            raise HTTPError(400, "bad Content-Length") from None
        if n < 0:
            raise HTTPError(400, "bad Content-Length")
        return n

    def read_body(self, limit: int) -> bytes:
        n = self.content_length()
        if n is None:
            if self.environ.get("HTTP_TRANSFER_ENCODING"):
                raise HTTPError(411, "Content-Length required")
            return b""
        if n > limit:
            raise HTTPError(413, "too large")
        stream = self.environ["wsgi.input"]
        chunks, left = [], n
        while left > 0:
            chunk = stream.read(min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def form(self) -> dict[str, list[str]]:
        if self._form is None:
            ctype = self.environ.get("CONTENT_TYPE") or ""
            if ctype.startswith("multipart/"):
                raise HTTPError(400, "multipart form where none is expected")
            body = self.read_body(MAX_FORM)
            self._form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        return self._form

    def field(self, name: str, default: str = "") -> str:
        v = self.form().get(name)
        return v[-1] if v else default


def parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, list[str]], list[tuple[str, bytes]]]:
    """(fields, files) of a multipart/form-data body already read in full."""
    m = re.search(r'boundary="?([^";]+)"?', content_type)
    if not m:
        raise HTTPError(400, "multipart without boundary")
    delim = b"--" + m.group(1).encode("latin-1")
    fields: dict[str, list[str]] = {}
    files: list[tuple[str, bytes]] = []
    for part in body.split(delim)[1:]:
        if part.startswith(b"--"):
            break
        if part.startswith(b"\r\n"):
            part = part[2:]
        head, sep, data = part.partition(b"\r\n\r\n")
        if not sep:
            continue
        if data.endswith(b"\r\n"):
            data = data[:-2]
        disp = ""
        for line in head.decode("utf-8", "replace").split("\r\n"):
            k, _, v = line.partition(":")
            if k.strip().lower() == "content-disposition":
                disp = v
        name_m = re.search(r'\bname="([^"]*)"', disp)
        file_m = re.search(r'\bfilename="([^"]*)"', disp)
        if not name_m:
            continue
        if file_m is not None:
            if file_m.group(1) or data:
                files.append((file_m.group(1), data))
        else:
            fields.setdefault(name_m.group(1), []).append(data.decode("utf-8", "replace"))
    return fields, files


def upload_name(raw: str, taken: set[str]) -> str:
    """The delivered name without any directory part, safe as a file name."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip().lstrip(".") or "upload"
    name = name[:200]
    base, n = name, 1
    while name.casefold() in taken:
        n += 1
        stem, dot, ext = base.rpartition(".")
        name = f"{stem}-{n}.{ext}" if dot and stem else f"{base}-{n}"
    taken.add(name.casefold())
    return name


class App:
    """The WSGI application over one fund directory."""

    def __init__(self, home: Path | str, *, max_upload_mb: int = 50, session_minutes: int = 30,
                 secure_cookies: bool = False, clock=time.time, log=None):
        self.home = Path(home)
        self.max_upload = max_upload_mb * 1024 * 1024
        self.max_upload_mb = max_upload_mb
        self.secure = secure_cookies
        self.clock = clock
        self.log = log or (lambda msg: print(msg, file=sys.stderr))
        self.sessions = auth.Sessions(idle=session_minutes * 60, clock=clock)
        self.brake = auth.LoginBrake(clock=clock)
        self._pool: "queue.SimpleQueue[Fund]" = queue.SimpleQueue()
        self._pool_n = 0
        self._pool_lock = threading.Lock()
        fund = Fund(self.home, create=False)
        self.read_only = fund.read_only
        fund.db  # errors surface now, not at the first request
        if not self.read_only:
            auth.ensure_schema(fund.db)
        self.index_dir = fund.index_dir
        self.scheme = self._load_scheme()
        self._release(fund)
        self.prepare_index()
        from search.web import api
        self.api = api.Api(self)

    # -- resources ------------------------------------------------------------------
    def _load_scheme(self):
        from ingest.rubrics import SchemeError, load_scheme
        from ingest.settings import scheme_path
        path = scheme_path(self.home)
        if path is None:
            return None
        try:
            return load_scheme(path)
        except SchemeError as ex:
            self.log(f"rubric scheme {path} has problems, rubrics shown by code: {ex}")
            return None

    def _acquire(self) -> Fund:
        try:
            return self._pool.get_nowait()
        except queue.Empty:
            return Fund(self.home, create=False)

    def _release(self, fund: Fund) -> None:
        if self._pool.qsize() < 16:
            self._pool.put(fund)
        else:
            fund.close()

    def prepare_index(self, fund: Fund | None = None, timeout: float = 2.0) -> None:
        """Heal the index and replay the catalog's journal (as the CLI does)."""
        from search import index
        from search.sync import sync_index
        own = fund is None
        fund = fund or self._acquire()
        try:
            if not fund.read_only:
                sync_index(fund, echo=self.log, timeout=timeout)
            else:
                index.open_index(fund.index_dir, on_message=self.log)
        except index.IndexBusy:
            pass  # a batch holds the writer and replays the journal itself
        finally:
            if own:
                self._release(fund)

    # -- WSGI -----------------------------------------------------------------------
    def __call__(self, environ, start_response):
        t0 = time.perf_counter()
        req = Request(environ)
        fund = self._acquire()
        try:
            resp = self.handle(req, fund)
        finally:
            self._release(fund)
        head = req.method == "HEAD"
        body = resp.body
        headers = resp.headers
        ctype = dict((k.lower(), v) for k, v in headers).get("content-type", "")
        if isinstance(body, (bytes, bytearray)):
            if (len(body) > 1024 and "gzip" in (environ.get("HTTP_ACCEPT_ENCODING") or "")
                    and ctype.split(";")[0] in ("text/html", "application/json", "text/css",
                                                "text/javascript")):
                body = gzip.compress(body, 5)
                headers.append(("Content-Encoding", "gzip"))
                headers.append(("Vary", "Accept-Encoding"))
            headers.append(("Content-Length", str(len(body))))
            chunks = [] if head else [bytes(body)]
        else:
            chunks = [] if head else body
        headers.append(("Server-Timing", f"app;dur={(time.perf_counter() - t0) * 1000:.1f}"))
        start_response(f"{resp.status} {HTTPStatus(resp.status).phrase}", headers)
        return chunks

    def ctx(self, req: Request, fund: Fund, resp_cookies: list) -> pages.Ctx:
        lang = req.cookies.get(COOKIE_LANG, "ru")
        lang = lang if lang in LANGS else "ru"
        session = None
        if req.cookies.get(COOKIE_SESSION):
            session = self.sessions.get(fund.db, req.cookies[COOKIE_SESSION])
        csrf = session.csrf if session else req.cookies.get(COOKIE_CSRF, "")
        if not session and not re.fullmatch(r"[A-Za-z0-9_-]{20,64}", csrf or ""):
            csrf = auth.new_token()
            resp_cookies.append((COOKIE_CSRF, csrf, None, "Strict"))
        basket = [i for i in (req.cookies.get(COOKIE_BASKET) or "").split(".") if ID_RE.match(i)]
        c = pages.Ctx(lang=lang, _=tr(lang), path_qs=req.path_qs, csrf=csrf,
                      user=session.user if session else None, basket=basket[:MAX_BASKET],
                      read_only=self.read_only, scheme=self.scheme, upload_mb=self.max_upload_mb,
                      session=session)
        return c

    def handle(self, req: Request, fund: Fund) -> Response:
        cookies: list = []
        is_api = req.path.startswith("/api/")
        c = None
        try:
            if req.method not in ("GET", "HEAD", "POST"):
                raise HTTPError(405, "method not allowed", [("Allow", "GET, HEAD, POST")])
            if is_api:
                resp = self.api.handle(req, fund)
            else:
                c = self.ctx(req, fund, cookies)
                if req.method == "POST":
                    self.check_origin(req)
                resp = self.route(req, fund, c)
        except HTTPError as ex:
            if 300 <= ex.status < 400:
                resp = Response(b"", ex.status, headers=ex.headers)
            elif is_api:
                resp = Response(json.dumps({"error": ex.message or HTTPStatus(ex.status).phrase},
                                           ensure_ascii=False), ex.status, "application/json",
                                ex.headers)
            else:
                c = c or pages.Ctx(lang="ru", _=tr("ru"), path_qs="/", csrf="")
                resp = Response(pages.error_page(c, ex.status, ex.message or HTTPStatus(ex.status).phrase),
                                ex.status, headers=ex.headers)
        except Exception:  # a bug: log it, answer 500 without details
            self.log(traceback.format_exc())
            if is_api:
                resp = Response(b'{"error": "internal error"}', 500, "application/json")
            else:
                c = c or pages.Ctx(lang="ru", _=tr("ru"), path_qs="/", csrf="")
                resp = Response(pages.error_page(c, 500, "internal error"), 500)
        for name, value, max_age, samesite in cookies:
            resp.set_cookie(name, value, max_age=max_age, samesite=samesite, secure=self.secure)
        self.security_headers(resp, is_api)
        return resp

    @staticmethod
    def security_headers(resp: Response, is_api: bool) -> None:
        names = {k.lower() for k, _ in resp.headers}
        if "content-security-policy" not in names:
            resp.headers.append(("Content-Security-Policy",
                                 "default-src 'none'; style-src 'self'; script-src 'self'; "
                                 "img-src 'self' data:; form-action 'self'; base-uri 'none'; "
                                 "frame-ancestors 'none'"))
        resp.headers += [("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "same-origin")]
        if not is_api:
            resp.headers.append(("X-Frame-Options", "DENY"))
            if "cache-control" not in names:
                resp.headers.append(("Cache-Control", "no-store"))

    def check_origin(self, req: Request) -> None:
        origin = req.environ.get("HTTP_ORIGIN")
        host = req.environ.get("HTTP_HOST")
        if origin and host and origin != "null" and urlsplit(origin).netloc != host:
            raise HTTPError(403, tr("ru")("err_csrf"))

    def check_csrf(self, req: Request, c: pages.Ctx, token: str | None = None) -> None:
        if token is None:
            token = req.field("csrf")
        if c.session is not None:
            expected = c.session.csrf
        else:
            expected = req.cookies.get(COOKIE_CSRF)
        if not auth.same(token, expected):
            raise HTTPError(403, c._("err_csrf"))

    def need_staff(self, req: Request, c: pages.Ctx) -> None:
        if not c.user:
            if req.method == "GET":
                raise HTTPError(303, "", [("Location", url("/login", {"next": req.path_qs}))])
            raise HTTPError(403, c._("err_403"))
        if self.read_only:
            raise HTTPError(403, c._("err_ro"))

    # -- routing --------------------------------------------------------------------
    def route(self, req: Request, fund: Fund, c: pages.Ctx) -> Response:
        p, m = req.path, req.method
        get = m in ("GET", "HEAD")
        if p == "/" and get:
            return self.search_page(req, c, fund)
        if p.startswith("/static/") and get:
            return self.static(p[len("/static/"):])
        if p == "/favicon.ico":
            return Response(b"", 204)
        parts = p.strip("/").split("/")
        if parts[0] == "act" and len(parts) >= 2:
            rid = self.valid_id(parts[1])
            if len(parts) == 2 and get:
                return self.card(req, fund, c, rid)
            if len(parts) == 3 and m == "POST" and parts[2] in ("rubrics", "requisites"):
                return self.staff_edit(req, fund, c, rid, parts[2])
        if parts[0] == "file" and len(parts) == 2 and get:
            return self.download(fund, self.valid_id(parts[1]))
        if p == "/basket":
            return self.basket(req, fund, c) if get else self.basket_post(req, c)
        if p == "/basket/export" and get:
            return self.basket_export(req, fund, c)
        if p == "/arrivals" and get:
            return self.arrivals(req, fund, c)
        if p == "/arrivals/export" and get:
            return self.arrivals_export(req, fund, c)
        if p == "/login":
            return self.login(req, fund, c)
        if p == "/logout" and m == "POST":
            return self.logout(req, fund, c)
        if p == "/upload":
            return self.upload(req, fund, c)
        if p == "/review":
            return self.review(req, fund, c)
        if p == "/lang" and get:
            to = req.arg("to")
            resp = redirect(safe_next(req.arg("next")))
            if to in LANGS:
                resp.set_cookie(COOKIE_LANG, to, max_age=365 * 86400, secure=self.secure)
            return resp
        raise HTTPError(404, c._("err_404"))

    def valid_id(self, rid: str) -> str:
        if not ID_RE.match(rid):
            raise HTTPError(404, tr("ru")("err_404"))
        return rid

    def static(self, name: str) -> Response:
        if name not in static.FILES:
            raise HTTPError(404, "no such file")
        ctype, data = static.FILES[name]
        return Response(data, 200, ctype, [("Cache-Control", "public, max-age=86400")])

    # -- search -----------------------------------------------------------------------
    def run_query(self, req: Request, c=None, *, per_page: int = 10):
        from search.query import search
        try:
            q = query_from_params(req.query, per_page=per_page)
        except BadParams as ex:
            raise HTTPError(400, (c._ if c else tr("ru"))("err_400", msg=str(ex))) from ex
        return q, search(self.index_dir, q)

    def search_page(self, req: Request, c: pages.Ctx, fund: Fund | None = None) -> Response:
        q, res = self.run_query(req, c)
        if fund is not None:
            # status in force as far as the fund knows: acts of it that repeal or amend a hit
            for h in res.hits:
                rels = {rel for _id, rel, _t in fund.cited_by(h.kind, h.number, h.date, h.body)}
                rec = fund.get_record(h.id)
                if rec is not None and (rec.status or {}).get("state") == "repealed":
                    rels.add("repeals")  # the print's own note: "Утратил силу"
                if rels:
                    c.links_status[h.id] = "repealed_by" if "repeals" in rels else "amended_by"
        return Response(pages.search_page(c, q, res))

    # -- the card ----------------------------------------------------------------------
    def card(self, req: Request, fund: Fund, c: pages.Ctx, rid: str, message=None,
             error=None, status=200) -> Response:
        from search import analysis
        from search.query import more_like_this
        rec = fund.get_record(rid)
        if rec is None:
            raise HTTPError(404, c._("err_404"))
        stored = fund.get_file(rec.source.sha256)
        q_text = req.arg("text")[:1000]
        shown = rec.text[:MAX_TEXT_SHOWN]
        spans = []
        terms = set(analysis.terms(q_text)) if q_text.strip() else set()
        if terms:
            spans = [(s, e) for _, s, e, t, _p in analysis.analyze(shown) if t in terms]
        try:
            similar = more_like_this(self.index_dir, rec.duplicate_of or rid, per_page=6)
        except KeyError:
            similar = None
        copies = [r for r in (fund.get_record(row[0]) for row in fund.db.execute(
            "SELECT id FROM records WHERE duplicate_of=? ORDER BY id", (rid,))) if r]
        explain = ({}, {})
        if self.scheme is not None:
            explain = ({a.code: a for a in self.scheme.assign(rec.title, rec.text)},
                       {a.code: a for a in self.scheme.explain(rec.title, rec.text)})
        if req.arg("saved") and message is None:
            message = Markup('<div class="ok" id="saved">') + pages.esc(c._("saved")) + Markup("</div>")
        from search.links_view import links_of, status_of
        links = links_of(fund, rec)
        html = pages.card_page(c, rec, stored, q_text=q_text, text_spans=spans, text_shown=shown,
                               similar=similar, copies=copies, explain=explain, message=message,
                               error=error, links=links, status=status_of(fund, rec))
        return Response(html, status)

    def download(self, fund: Fund, rid: str) -> Response:
        rec = fund.get_record(rid)
        if rec is None:
            raise HTTPError(404, tr("ru")("err_404"))
        sha = rec.source.sha256
        stored = fund.get_file(sha)
        if not SHA_RE.match(sha or "") or stored is None:
            raise HTTPError(404, "the original is not in the fund")
        path = fund.stored_path(sha)  # the fund's own content address, never a parameter
        if path is None:
            raise HTTPError(404, "the original is missing from the fund")
        name = stored.file_name or rec.source.file_name
        ctype = stored.media_type or "application/octet-stream"
        if ctype.startswith("text/") and "charset" not in ctype:
            ctype = "application/octet-stream"  # old code pages: let the reader's program decide
        size = path.stat().st_size

        def chunks():
            with open(path, "rb") as f:
                while chunk := f.read(1 << 16):
                    yield chunk
        return Response(chunks(), 200, ctype, [
            ("Content-Disposition", content_disposition(name)), ("Content-Length", str(size)),
            ("Content-Security-Policy", "sandbox; default-src 'none'"),
            ("Cache-Control", "private, max-age=3600")])

    # -- staff: corrections ----------------------------------------------------------
    def staff_edit(self, req: Request, fund: Fund, c: pages.Ctx, rid: str, what: str) -> Response:
        self.need_staff(req, c)
        self.check_csrf(req, c)
        if fund.get_record(rid) is None:
            raise HTTPError(404, c._("err_404"))
        try:
            if what == "rubrics":
                from ingest.tagging import TagError, tag
                if self.scheme is None:
                    raise HTTPError(400, c._("err_400", msg="no rubric scheme"))
                add = {x for x in req.form().get("add", []) if x}
                remove = {x for x in req.form().get("remove", []) if x}
                bad = sorted(x for x in add | remove if x not in self.scheme.by_code)
                if bad or not (add or remove):
                    raise HTTPError(400, c._("err_400", msg="rubric: " + ", ".join(bad)))
                try:
                    tag(fund, rid, add, remove, self.scheme)
                except TagError as ex:
                    raise HTTPError(400, c._("err_400", msg=str(ex))) from ex
            else:
                from ingest.corrections import CorrectionError, correct
                changes = {k: req.field(k) for k in Fund.MANUAL_FIELDS if k in req.form()}
                try:
                    correct(fund, rid, changes)
                except CorrectionError as ex:
                    return self.card(req, fund, c, rid, error=str(ex), status=400)
        finally:
            self.prepare_index(fund, timeout=30.0)
        return redirect(f"/act/{quote(rid)}?saved=1")

    # -- rubrics to check (staff) ---------------------------------------------------------
    def review(self, req: Request, fund: Fund, c: pages.Ctx) -> Response:
        """GET: the acts filed only by the scheme's guess; POST id, code: file the act
        under code (the guess confirmed or another chosen) as the librarian's decision."""
        self.need_staff(req, c)
        if self.scheme is None:
            raise HTTPError(400, c._("err_400", msg="no rubric scheme"))
        from ingest.tagging import TagError, confirm, review_queue
        if req.method == "POST":
            self.check_csrf(req, c)
            rid, code = self.valid_id(req.field("id")), req.field("code")
            if fund.get_record(rid) is None:
                raise HTTPError(404, c._("err_404"))
            try:
                confirm(fund, rid, code, self.scheme)
            except TagError as ex:
                raise HTTPError(400, c._("err_400", msg=str(ex))) from ex
            finally:
                self.prepare_index(fund, timeout=30.0)
            return redirect("/review?saved=1")
        from ingest.tagging import review_rows
        rows = review_rows(review_queue(fund), self.scheme)
        return Response(pages.review_page(c, rows, saved=req.arg("saved")))

    # -- basket ------------------------------------------------------------------------
    def basket_records(self, fund: Fund, c: pages.Ctx) -> list:
        return [r for r in (fund.get_record(i) for i in c.basket) if r is not None]

    def basket(self, req: Request, fund: Fund, c: pages.Ctx) -> Response:
        from search.web import lists_bridge
        recs = self.basket_records(fund, c)
        bl = None
        if recs:
            try:
                bl = lists_bridge.build(fund, recs, c._("list_title_default"), "none")
            except lists_bridge.Unavailable:
                bl = None
        return Response(pages.basket_page(c, recs, bl, list(lists_bridge.FORMATS)))

    def basket_post(self, req: Request, c: pages.Ctx) -> Response:
        self.check_csrf(req, c)
        action = req.field("action")
        ids = [i for i in req.form().get("id", []) if ID_RE.match(i)]
        basket = list(c.basket)
        if action == "add":
            basket += [i for i in ids if i not in basket]
        elif action == "remove":
            basket = [i for i in basket if i not in ids]
        elif action == "clear":
            basket = []
        else:
            raise HTTPError(400, c._("err_400", msg="action"))
        resp = redirect(safe_next(req.field("next"), "/basket"))
        resp.set_cookie(COOKIE_BASKET, ".".join(basket[:MAX_BASKET]), max_age=30 * 86400,
                        secure=self.secure)
        return resp

    def basket_export(self, req: Request, fund: Fund, c: pages.Ctx) -> Response:
        from search.web import lists_bridge
        fmt = req.arg("format", "txt")
        group_by = req.arg("group_by", "none")
        if fmt not in lists_bridge.FORMATS or group_by not in lists_bridge.GROUP_BY:
            raise HTTPError(400, c._("err_400", msg="format / group_by"))
        title = " ".join(req.arg("title").split())[:300] or c._("list_title_default")
        try:
            data = lists_bridge.export_records(fund, self.basket_records(fund, c), fmt, title,
                                               group_by)
        except lists_bridge.Unavailable:
            raise HTTPError(503, c._("export_unavailable")) from None
        return Response(data, 200, lists_bridge.mime(fmt), [
            ("Content-Disposition", content_disposition(f"{title}.{fmt}"))])

    # -- arrivals ----------------------------------------------------------------------
    def _period(self, req: Request, c) -> tuple[str, str]:
        from datetime import date, timedelta
        _ = c._ if c else tr("ru")
        try:
            q = query_from_params({k: req.query.get(k, []) for k in ("received_from", "received_to")})
        except BadParams as ex:
            raise HTTPError(400, _("err_400", msg=str(ex))) from ex
        end = q.received_to or date.today().isoformat()
        start = q.received_from or (date.fromisoformat(end) - timedelta(days=7)).isoformat()
        if start > end:
            raise HTTPError(400, _("err_400", msg="received_from is after received_to"))
        return start, end

    def arrivals_list(self, fund: Fund, start: str, end: str):
        from search.web import lists_bridge
        try:
            return lists_bridge.arrivals(fund, start, end, index_dir=self.index_dir)
        except lists_bridge.PeriodError as ex:
            raise HTTPError(400, str(ex)) from ex

    def arrivals(self, req: Request, fund: Fund, c: pages.Ctx) -> Response:
        from search.web import lists_bridge
        start, end = self._period(req, c)
        try:
            bl = self.arrivals_list(fund, start, end)
        except lists_bridge.Unavailable:
            return Response(pages.arrivals_page(c, start, end, pages.T('<div class="note">$m</div>')(
                m=c._("export_unavailable")), []))
        content = (pages.biblist_block(c, bl, title=False) if bl.total else
                   pages.T('<p id="arrivals-empty">$m</p>')(m=c._("arrivals_empty")))
        return Response(pages.arrivals_page(c, start, end, content, list(lists_bridge.FORMATS)))

    def arrivals_export(self, req: Request, fund: Fund, c: pages.Ctx) -> Response:
        from search.web import lists_bridge
        start, end = self._period(req, c)
        fmt = req.arg("format", "txt")
        if fmt not in lists_bridge.FORMATS:
            raise HTTPError(400, c._("err_400", msg="format"))
        try:
            data = lists_bridge.render(self.arrivals_list(fund, start, end), fmt)
        except lists_bridge.Unavailable:
            raise HTTPError(503, c._("export_unavailable")) from None
        return Response(data, 200, lists_bridge.mime(fmt), [
            ("Content-Disposition", content_disposition(f"arrivals-{start}-{end}.{fmt}"))])

    # -- login ---------------------------------------------------------------------------
    def login(self, req: Request, fund: Fund, c: pages.Ctx) -> Response:
        if req.method != "POST":
            return Response(pages.login_page(c, safe_next(req.arg("next"))))
        self.check_csrf(req, c)
        name = req.field("user").strip()[:64]
        password = req.field("password")[:1024]
        nxt = safe_next(req.field("next"))
        keys = ("user:" + name.casefold(), "ip:" + req.client)
        wait = self.brake.retry_after(*keys)
        if wait:
            return Response(pages.login_page(c, nxt, c._("login_locked", n=max(1, wait // 60)), name),
                            429, headers=[("Retry-After", str(wait))])
        if self.read_only or not auth.check_password(fund.db, name, password):
            self.brake.failed(*keys)
            return Response(pages.login_page(c, nxt, c._("login_bad"), name), 401)
        self.brake.succeeded(*keys)
        token = self.sessions.create(fund.db, name)
        resp = redirect(nxt)
        resp.set_cookie(COOKIE_SESSION, token, secure=self.secure)
        return resp

    def logout(self, req: Request, fund: Fund, c: pages.Ctx) -> Response:
        self.check_csrf(req, c)
        self.sessions.end(fund.db, req.cookies.get(COOKIE_SESSION))
        resp = redirect("/")
        resp.set_cookie(COOKIE_SESSION, "", max_age=0, secure=self.secure)
        return resp

    # -- upload --------------------------------------------------------------------------
    def upload(self, req: Request, fund: Fund, c: pages.Ctx) -> Response:
        self.need_staff(req, c)
        if req.method != "POST":
            return Response(pages.upload_page(c))
        ctype = req.environ.get("CONTENT_TYPE") or ""
        if not ctype.startswith("multipart/form-data"):
            raise HTTPError(400, c._("err_400", msg="multipart/form-data expected"))
        try:
            body = req.read_body(self.max_upload)
        except HTTPError as ex:
            if ex.status == 413:
                raise HTTPError(413, c._("err_413", mb=self.max_upload_mb)) from None
            raise
        fields, files = parse_multipart(body, ctype)
        del body
        self.check_csrf(req, c, (fields.get("csrf") or [""])[-1])
        if not files:
            return Response(pages.upload_page(c, error=c._("err_400", msg="no files")), 400)
        if len(files) > MAX_UPLOAD_FILES:
            raise HTTPError(413, c._("err_400", msg=f"more than {MAX_UPLOAD_FILES} files"))
        from ingest.pipeline import Batch
        from ingest.report import summarize
        from ingest.settings import scheme_path
        from search.sync import sync_index
        with tempfile.TemporaryDirectory(prefix="actdesk-upload-") as tmp:
            taken: set[str] = set()
            paths = []
            for raw, data in files:
                p = Path(tmp) / upload_name(raw, taken)
                p.write_bytes(data)
                paths.append(p)
            del files
            batch = Batch(fund, jobs=1, scheme_path=scheme_path(self.home),
                          on_commit=lambda: sync_index(fund, echo=self.log, timeout=60))
            results = batch.run(paths)
            prefix = tmp.rstrip("/") + "/"
            rows = []
            for r in results:
                d = r.to_dict()
                d["file"] = d["file"][len(prefix):] if d["file"].startswith(prefix) else Path(d["file"]).name
                rows.append(d)
        self.log(f"upload by {c.user}: {len(paths)} file(s), batch {batch.batch_id}")
        report = pages.report_block(c, summarize(results), rows)
        return Response(pages.upload_page(c, report=report))


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        sys.stderr.write("%s %s\n" % (self.log_date_time_string(), format % args))


def make_server_for(app: App, host: str = "127.0.0.1", port: int = 8000) -> ThreadingWSGIServer:
    return make_server(host, port, app, server_class=ThreadingWSGIServer, handler_class=QuietHandler)


def serve(app: App, host: str = "127.0.0.1", port: int = 8000) -> None:
    with make_server_for(app, host, port) as httpd:
        httpd.serve_forever()
