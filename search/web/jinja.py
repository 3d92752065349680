"""The one Jinja2 environment of the pages.

Templates are files of the package (templates/*.html, one base layout and
a template per page). Autoescaping is on for .html: every value from a
document (titles, text, file names) is escaped unless it is ``Markup``,
and only html.marked makes Markup, from escaped text. ``StrictUndefined``
turns a misspelt name into an error in the tests instead of an empty spot
on a page.
"""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from search.web import static
from search.web.html import marked, seg, url
from search.web.pages import cut, fmt_date, rubric_chips
from search.web.params import params_of, search_url

ENV = Environment(loader=PackageLoader("search.web", "templates"),
                  autoescape=select_autoescape(["html"]), undefined=StrictUndefined,
                  trim_blocks=True, lstrip_blocks=True, auto_reload=False)
ENV.filters.update(fmt_date=fmt_date, seg=seg, cut=cut)
ENV.globals.update(url=url, search_url=search_url, params_of=params_of, marked=marked,
                   rubric_chips=rubric_chips,
                   static_version=static.VERSION)

def render(c, name: str, **values) -> str:
    """Template ``name`` for the request ``c`` (a ctx.Ctx): ``c`` and its
    translator ``_`` are in every template."""
    return ENV.get_template(name).render(c=c, _=c._, **values)
