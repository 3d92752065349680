"""The URL of a search is ``Query.to_dict()`` as query parameters, 1:1.

``/?text=ярмарка&kind=постановление&rubric=business&date_from=2024-01-01``:
every parameter is a field of ``search.query.Query`` under the same name;
list fields (``kind``, ``rubric``) repeat. A bookmarked or shared link runs
the same search, and a saved query can be turned into a link and back.
"""
from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from urllib.parse import quote_plus

from search.query import SORTS, Query

LIST_FIELDS = {"kind", "rubric"}
INT_FIELDS = {"page", "per_page"}
BOOL_FIELDS = {"in_force"}   # "1" in a link; a checkbox's "on" too
DATE_FIELDS = {"date_from", "date_to", "received_from", "received_to"}
URL_FIELDS = [f.name for f in fields(Query) if f.name != "facets"]
MAX_PAGE = 1000


class BadParams(ValueError):
    """A parameter the query layer cannot take: ``key`` is the message's
    key in search/web/i18n.py, ``params`` its fields (the parameter's name
    among them); ``str()`` is the Russian message, ``text(_)`` the
    reader's through the page's translator."""

    def __init__(self, key: str, **params):
        self.key, self.params = key, params
        super().__init__(self.text())

    def text(self, _=None) -> str:
        from search.web.i18n import tr
        return (_ or tr("ru"))(self.key, **self.params)


def _date(name: str, value: str) -> str:
    from ingest.requisites import parse_date
    iso = parse_date(value.strip())
    if iso is None:
        raise BadParams("bad_date_param", name=name, v=value)
    return iso


def _dmy(iso: str) -> str:
    return ".".join(reversed(iso[:10].split("-")))


def query_from_params(params: dict[str, list[str]], *, per_page: int = 10) -> Query:
    """Build the Query from parsed query-string parameters (unknown ones are
    ignored, so tracking parameters or a ``lang`` do not break a link)."""
    d: dict = {"per_page": per_page}
    for name in URL_FIELDS:
        vals = [v for v in params.get(name, []) if v is not None]
        if name in LIST_FIELDS:
            vals = [v.strip() for v in vals if v.strip()]
            if vals:
                d[name] = list(dict.fromkeys(vals))
            continue
        if not vals:
            continue
        v = vals[-1].strip()
        if v == "" and name != "text":
            continue
        if name in INT_FIELDS:
            try:
                d[name] = int(v)
            except ValueError:
                raise BadParams("bad_number_param", name=name, v=v) from None
            if name == "page" and d[name] > MAX_PAGE:
                raise BadParams("bad_page_param", name=name, n=MAX_PAGE)
        elif name in BOOL_FIELDS:
            d[name] = v.lower() in ("1", "on", "true", "yes", "да")
        elif name in DATE_FIELDS:
            d[name] = _date(name, v)
        elif name == "text":   # a question too long is refused by the query layer, not cut
            d[name] = vals[-1]
        else:
            d[name] = v[:500]
    for lo, hi in (("date_from", "date_to"), ("received_from", "received_to")):
        # a period typed back to front would find nothing and not say why
        if d.get(lo) and d.get(hi) and d[lo] > d[hi]:
            raise BadParams("bad_period_param", lo=lo, hi=hi, a=_dmy(d[lo]), b=_dmy(d[hi]))
    if d.get("sort", SORTS[0]) not in SORTS:
        raise BadParams("bad_choice_param", name="sort", v=d["sort"], allowed=", ".join(SORTS))
    try:
        return Query(**d)
    except (TypeError, ValueError) as ex:   # what Query refuses beyond the checks above
        raise BadParams("bad_params", msg=str(ex)) from ex


# what to_dict() leaves out: a page of hits builds ~60 links of one query
_DEFAULTS = {name: getattr(Query(), name) for name in URL_FIELDS}


def params_of(q: Query, **changes) -> list[tuple[str, str]]:
    """Query-string pairs of ``q`` (its non-default fields, as ``to_dict``
    gives them), with changes (None, "" or [] removes a field)."""
    out: list[tuple[str, str]] = []
    for name in URL_FIELDS:
        if name in changes:
            v = changes[name]
            if v is None or v == [] or v == "":
                continue
        else:
            v = getattr(q, name)
            if v == _DEFAULTS[name]:
                continue
        if isinstance(v, list):
            out.extend((name, str(x)) for x in v)
        elif isinstance(v, bool):
            if v:
                out.append((name, "1"))
        elif not (name == "page" and v == 1):
            out.append((name, str(v)))
    return out


@lru_cache(maxsize=8192)
def _quoted(value: str) -> str:
    """A value as urlencode writes it; the same words and filters recur in
    every link of a page."""
    return quote_plus(value)


def search_url(q: Query, path: str = "/", **changes) -> str:
    """The link of ``q`` with changes; the parameters as ``urlencode`` writes
    them (the names are plain ASCII)."""
    p = params_of(q, **changes)
    return path + ("?" + "&".join(f"{k}={_quoted(v)}" for k, v in p) if p else "")


def explicit_url(q: Query, **changes) -> str:
    """``search_url``, never the bare page: a fresh page searches the
    library's default territory (``search_scope``), so a link that leaves
    the territory chosen says "no territory" with an empty question."""
    href = search_url(q, **changes)
    return "/?text=" if href == "/" else href
