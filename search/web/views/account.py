"""Staff login and logout (with the per-account wrong-password brake), and the language switch."""
from __future__ import annotations

from search.web import auth
from search.web.ctx import COOKIE_LANG, COOKIE_SESSION, check_csrf
from search.web.i18n import LANGS
from search.web.jinja import render
from search.web.respond import page, redirect, safe_next, set_cookie


def _form(c, next_url: str, error: str | None = None, user: str = "", status: int = 200,
          headers: list | None = None):
    return page(render(c, "login.html", next_url=next_url, error=error, user=user), status, headers)


def login_form(app, req, fund, c):
    return _form(c, safe_next(req.arg("next")))


def login(app, req, fund, c):
    check_csrf(req, c)
    name = req.field("user").strip()[:64]
    password = req.field("password")[:1024]
    nxt = safe_next(req.field("next"))
    wait = app.brake.retry_after(name, req.client)
    if wait:
        return _form(c, nxt, _locked(c, wait), name, 429, [("Retry-After", str(wait))])
    if app.read_only or not auth.check_password(fund.db, name, password):
        app.brake.failed(name, req.client)
        return _form(c, nxt, c._("login_bad"), name, 401)
    app.brake.succeeded(name, req.client)
    token = app.sessions.create(fund.db, name)
    resp = redirect(nxt)
    set_cookie(resp, COOKIE_SESSION, token, secure=app.secure)
    return resp


def _locked(c, wait: int) -> str:
    """"Повторите через 45 с" under a minute, in whole minutes (rounded up) above."""
    if wait < 60:
        return c._("login_locked_s", n=wait)
    return c._("login_locked", n=-(-wait // 60))


def logout(app, req, fund, c):
    check_csrf(req, c)
    app.sessions.end(fund.db, req.cookies.get(COOKIE_SESSION))
    resp = redirect("/")
    set_cookie(resp, COOKIE_SESSION, "", max_age=0, secure=app.secure)
    return resp


def lang(app, req, fund, c):
    to = req.arg("to")
    resp = redirect(safe_next(req.arg("next")))
    if to in LANGS:
        set_cookie(resp, COOKIE_LANG, to, max_age=365 * 86400, secure=app.secure)
    return resp
