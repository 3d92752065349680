"""Staff login and logout (with the wrong-password brake), and the language switch."""
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
    keys = ("user:" + name.casefold(), "ip:" + req.client)
    wait = app.brake.retry_after(*keys)
    if wait:
        return _form(c, nxt, c._("login_locked", n=max(1, wait // 60)), name, 429,
                     [("Retry-After", str(wait))])
    if app.read_only or not auth.check_password(fund.db, name, password):
        app.brake.failed(*keys)
        return _form(c, nxt, c._("login_bad"), name, 401)
    app.brake.succeeded(*keys)
    token = app.sessions.create(fund.db, name)
    resp = redirect(nxt)
    set_cookie(resp, COOKIE_SESSION, token, secure=app.secure)
    return resp


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
