"""The URL of a search is ``Query.to_dict()`` as query parameters, 1:1.

``/?text=ярмарка&kind=постановление&rubric=business&date_from=2024-01-01``:
every parameter is a field of ``search.query.Query`` under the same name;
list fields (``kind``, ``rubric``) repeat. A bookmarked or shared link runs
the same search, and a saved query can be turned into a link and back.
"""
from __future__ import annotations

from dataclasses import fields
from urllib.parse import urlencode

from search.query import Query

LIST_FIELDS = {"kind", "rubric"}
INT_FIELDS = {"page", "per_page"}
BOOL_FIELDS = {"in_force"}   # "1" in a link; a checkbox's "on" too
DATE_FIELDS = {"date_from", "date_to", "received_from", "received_to"}
URL_FIELDS = [f.name for f in fields(Query) if f.name != "facets"]
MAX_PAGE = 1000


class BadParams(ValueError):
    """A parameter the query layer cannot take; the message names it."""


def _date(name: str, value: str) -> str:
    from ingest.requisites import parse_date
    iso = parse_date(value.strip())
    if iso is None:
        raise BadParams(f"{name}: {value!r} is not a date (2024-03-12 or 12.03.2024)")
    return iso


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
                raise BadParams(f"{name}: {v!r} is not a number") from None
            if name == "page" and d[name] > MAX_PAGE:
                raise BadParams(f"page: at most {MAX_PAGE}")
        elif name in BOOL_FIELDS:
            d[name] = v.lower() in ("1", "on", "true", "yes", "да")
        elif name in DATE_FIELDS:
            d[name] = _date(name, v)
        elif name == "text":   # a question too long is refused by the query layer, not cut
            d[name] = vals[-1]
        else:
            d[name] = v[:500]
    try:
        return Query(**d)
    except (TypeError, ValueError) as ex:
        raise BadParams(str(ex)) from ex


def params_of(q: Query, **changes) -> list[tuple[str, str]]:
    """Query-string pairs of ``q`` (non-default fields only), with changes."""
    d = q.to_dict()
    d.pop("v", None)
    d.pop("facets", None)
    for k, v in changes.items():
        if v is None or v == [] or v == "":
            d.pop(k, None)
        else:
            d[k] = v
    if d.get("page") == 1:
        d.pop("page")
    out: list[tuple[str, str]] = []
    for name in URL_FIELDS:
        if name not in d:
            continue
        v = d[name]
        if isinstance(v, list):
            out.extend((name, str(x)) for x in v)
        elif isinstance(v, bool):
            if v:
                out.append((name, "1"))
        else:
            out.append((name, str(v)))
    return out


def search_url(q: Query, path: str = "/", **changes) -> str:
    p = params_of(q, **changes)
    return path + ("?" + urlencode(p) if p else "")


def explicit_url(q: Query, **changes) -> str:
    """``search_url``, never the bare page: a fresh page searches the
    library's default territory (``search_scope``), so a link that leaves
    the territory chosen says "no territory" with an empty question."""
    href = search_url(q, **changes)
    return "/?text=" if href == "/" else href
