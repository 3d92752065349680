"""The reference-desk web application: a WSGI callable over one fund.

    app = App(Path("fund"))                 # a WSGI application
    serve(app, "127.0.0.1", 8000)           # waitress (server.py)

Routing and requests are Werkzeug's (routes.py: one table of URL -> handler
in views/; api.py: the JSON API's table), pages are Jinja2 templates with
autoescaping (jinja.py, templates/). This module owns what every request
shares: the fund's connections, the rubric scheme, the index, sessions,
the upload queue, and the answer's common headers and error pages.

Security: every value from a document is escaped (templates); no parameter
names a file (downloads go record id -> catalog -> sha256 -> the fund's own
path); every POST checks a CSRF token and, when the browser sends one, the
Origin; staff actions need a session; uploads are size-limited before a
byte is read, streamed to disk, and go through the ordinary import.
"""
from __future__ import annotations

import os
import queue
import sys
import time
import traceback
from pathlib import Path

from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from ingest.catalog import database_url
from ingest.fund import Fund
from ingest import replica
from search.web import auth, routes
from search.web.ctx import COOKIE_CSRF, COOKIE_SESSION, Ctx, Request, check_origin, ctx_of, plain_ctx
from search.web.jinja import render
from search.web.respond import (HTML, HTTPError, ReaderLost, compress, lost_reader, page,
                                 security_headers, set_cookie)
from search.web.uploads import Uploads


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
        self.uploads = Uploads(self.home, self.log)
        self._pool: "queue.SimpleQueue[Fund]" = queue.SimpleQueue()
        self._readers: "queue.SimpleQueue[Fund]" = queue.SimpleQueue()   # on the read replica
        fund = Fund(self.home, create=False)
        self.read_only = fund.read_only
        fund.db  # errors surface now, not at the first request
        if not self.read_only:
            auth.ensure_schema(fund.db)
        self.index_dir = fund.index_dir
        self.scheme = self._load_scheme()
        self._release(fund)
        self.prepare_index()
        from search.web.api import Api
        self.api = Api(self)

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
        pool = self._readers if fund.reading else self._pool
        if pool.qsize() < 16 and not fund.broken():
            pool.put(fund)
        else:  # a reader whose replica went away is opened anew: on the primary
            fund.close()

    def _reads_replica(self, req: Request) -> bool:
        """A reader's request (GET, no staff session) reads the catalog where
        ingest.replica sends reads (``--read-db``); staff work on the primary,
        where their sessions are written and their changes are seen at once."""
        return (req.method in ("GET", "HEAD") and not req.cookies.get(COOKIE_SESSION)
                and bool(os.environ.get(replica.READ_URL_ENV)) and bool(database_url()))

    def _acquire_reader(self) -> Fund:
        """A read-only fund on the replica (or the primary it fell back to,
        tried again after ingest.replica.RETRY_S, as the search engine is)."""
        while True:
            try:
                fund = self._readers.get_nowait()
            except queue.Empty:
                break
            if not fund.stale_reader(replica.RETRY_S):
                return fund
            fund.close()
        fund = Fund(self.home, create=False, reading=True, on_message=self.log)
        fund.db  # connected now: the fallback is logged once per reader
        return fund

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
        is_api = req.path.startswith("/api/")
        fund = self._acquire_reader() if self._reads_replica(req) else self._acquire()
        try:
            try:
                resp = self.api.respond(req, fund) if is_api else self._page(req, fund)
            except ReaderLost:
                # the replica went away under this reader: a GET, so asked once
                # more of a reader opened anew (on the primary, said in the log)
                self._release(fund)
                fund = self._acquire_reader()
                resp = self.api.respond(req, fund) if is_api else self._page(req, fund)
        finally:
            self._release(fund)
        security_headers(resp, is_api)
        compress(resp, req.headers.get("Accept-Encoding", ""))
        resp.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - t0) * 1000:.1f}"
        return resp(environ, start_response)

    def _page(self, req: Request, fund: Fund) -> Response:
        c = None
        try:
            c = ctx_of(self, req, fund)
            if req.method == "POST":
                check_origin(req)
            handler, args = routes.PAGES.bind_to_environ(req.environ).match()
            resp = handler(self, req, fund, c, **args)
        except HTTPException as ex:
            resp = self._error(req, c or plain_ctx(), ex)
        except Exception as ex:  # a bug: log it, answer 500 without details
            lost_reader(fund, ex)
            self.log(traceback.format_exc())
            c = c or plain_ctx()
            resp = page(render(c, "error.html", status=500, message=c._("err_500")), 500)
        if c is not None and c.new_csrf:
            set_cookie(resp, COOKIE_CSRF, c.csrf, samesite="Strict", secure=self.secure)
        return resp

    def _error(self, req: Request, c: Ctx, ex: HTTPException) -> Response:
        if ex.code < 400:  # a redirect (to the login page, or Werkzeug's own)
            if isinstance(ex, HTTPError):
                return Response(b"", ex.code, ex.extra_headers, content_type=HTML)
            return ex.get_response(req.environ)
        if isinstance(ex, HTTPError) and ex.message:
            message = ex.message
        elif ex.code == 404:
            message = c._("err_404")
        elif ex.code == 405:
            message = c._("err_405", m=req.method)
        elif ex.code == 413:    # Werkzeug's own: an urlencoded form over its limit
            message = c._("err_413", mb=max(1, (req.max_content_length or 0) >> 20))
        else:
            message = c._("err_status", code=ex.code)
        headers = [(k, v) for k, v in ex.get_headers(req.environ) if k.lower() != "content-type"]
        return page(render(c, "error.html", status=ex.code, message=message), ex.code, headers)
