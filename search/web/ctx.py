"""Who is asking: language, staff session, CSRF token and basket of a
request (``Ctx``), and the checks a POST or a staff page must pass.

Every POST carries a CSRF token (auth.py says why): the session's own for
staff, the double-submit cookie's for anonymous forms. A POST whose Origin
names another site is refused even with the right token.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from werkzeug.wrappers import Request as _Request

from search.web import auth
from search.web.html import url
from search.web.i18n import LANGS, tr
from search.web.respond import HTTPError

ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
MAX_FORM = 1 << 20           # urlencoded forms
MAX_BASKET = 200
COOKIE_SESSION, COOKIE_CSRF, COOKIE_LANG, COOKIE_BASKET = "ad_session", "ad_csrf", "ad_lang", "ad_basket"


class Request(_Request):
    """Werkzeug's request with the page's limits: a form is urlencoded and
    at most ``MAX_FORM`` bytes (uploads are read by forms.py, not here)."""

    max_content_length = MAX_FORM
    max_form_memory_size = MAX_FORM

    @property
    def path_qs(self) -> str:
        """This page's URL (for "next" and the language switch)."""
        qs = self.query_string.decode("utf-8", "replace")
        return quote(self.path, safe="/") + ("?" + qs if qs else "")

    @property
    def client(self) -> str:
        return self.remote_addr or "?"

    @property
    def _(self):
        """The translator of the reader's language (its cookie), for the
        refusals made before the page's ``Ctx`` exists."""
        lang = self.cookies.get(COOKIE_LANG, "ru")
        return tr(lang if lang in LANGS else "ru")

    def arg(self, name: str, default: str = "") -> str:
        v = self.args.getlist(name)
        return v[-1] if v else default

    def fields(self):
        """The urlencoded form (a MultiDict); refused when it is anything else."""
        _ = self._
        if self.mimetype.startswith("multipart/"):
            raise HTTPError(400, _("err_400", msg=_("err_form_multipart")))
        n = self.content_length
        if n is None and self.environ.get("HTTP_TRANSFER_ENCODING"):
            raise HTTPError(411, _("err_411"))
        if n is not None and n > MAX_FORM:
            raise HTTPError(413, _("err_413", mb=MAX_FORM >> 20))
        return self.form

    def field(self, name: str, default: str = "") -> str:
        v = self.fields().getlist(name)
        return v[-1] if v else default


@dataclass
class Ctx:
    """What every page needs to know about the request."""

    lang: str
    _: object                      # the translator of i18n.tr
    path_qs: str                   # this page's URL (for "next" and the language switch)
    csrf: str
    user: str | None = None
    basket: list[str] = field(default_factory=list)
    read_only: bool = False
    scheme: object = None          # ingest.rubrics.Scheme or None
    upload_mb: int = 50
    session: object = None         # auth.Session when logged in
    links_status: dict = field(default_factory=dict)  # hit id -> repealed_by | amended_by
    new_csrf: bool = False         # the token is new: the answer sets its cookie

    def rubric_label(self, code: str, fallback: str | None = None) -> str:
        s = self.scheme
        r = s.by_code.get(code) if s is not None else None
        if r is None:
            return fallback or code
        return r.label_en if self.lang == "en" and r.label_en else r.label_ru


def plain_ctx() -> Ctx:
    """For an error before the request was understood."""
    return Ctx(lang="ru", _=tr("ru"), path_qs="/", csrf="")


def ctx_of(app, req: Request, fund) -> Ctx:
    lang = req.cookies.get(COOKIE_LANG, "ru")
    lang = lang if lang in LANGS else "ru"
    session = None
    if req.cookies.get(COOKIE_SESSION):
        session = app.sessions.get(fund.db, req.cookies[COOKIE_SESSION])
    csrf = session.csrf if session else req.cookies.get(COOKIE_CSRF, "")
    new_csrf = False
    if not session and not re.fullmatch(r"[A-Za-z0-9_-]{20,64}", csrf or ""):
        csrf, new_csrf = auth.new_token(), True
    basket = [i for i in (req.cookies.get(COOKIE_BASKET) or "").split(".") if ID_RE.match(i)]
    return Ctx(lang=lang, _=tr(lang), path_qs=req.path_qs, csrf=csrf,
               user=session.user if session else None, basket=basket[:MAX_BASKET],
               read_only=app.read_only, scheme=app.scheme, upload_mb=app.max_upload_mb,
               session=session, new_csrf=new_csrf)


def check_origin(req: Request) -> None:
    origin = req.headers.get("Origin")
    host = req.headers.get("Host")
    if origin and host and origin != "null" and urlsplit(origin).netloc != host:
        raise HTTPError(403, req._("err_csrf"))


def check_csrf(req: Request, c: Ctx, token: str | None = None) -> None:
    if token is None:
        token = req.field("csrf")
    expected = c.session.csrf if c.session is not None else req.cookies.get(COOKIE_CSRF)
    if not auth.same(token, expected):
        raise HTTPError(403, c._("err_csrf"))


def need_staff(app, req: Request, c: Ctx) -> None:
    if not c.user:
        if req.method in ("GET", "HEAD"):
            raise HTTPError(303, "", [("Location", url("/login", {"next": req.path_qs}))])
        raise HTTPError(403, c._("err_403"))
    if app.read_only:
        raise HTTPError(403, c._("err_ro"))
