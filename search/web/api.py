"""The JSON API under /api/: the same operations as the pages, read-only.

    GET /api/search?text=…&kind=…&rubric=…   Results of search.query (facets, snippets
                                             with highlight spans, suggestion); the
                                             parameters are the fields of Query
    GET /api/records/{id}                    the record (spec/record.md) + its file
    GET /api/records/{id}/original           the delivered file, under its real name
    GET /api/records/{id}/similar            more like this
    GET /api/rubrics                         the rubric tree with record counts
    GET /api/list?id=…&id=…&format=txt       a bibliographic list (lists module)
    GET /api/arrivals?received_from=…        the new-arrivals bulletin (lists module)
    GET /api/openapi.json                    this description, as OpenAPI 3.0

Open to other sites (CORS ``*``): it is the public catalogue, nothing in it
is private and nothing can be changed through it.
"""
from __future__ import annotations

import json
import traceback
from http import HTTPStatus
from urllib.parse import quote

from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Response

from search.query.model import SORTS
from search.render import FORMATS as API_FORMATS  # every list format the CLI writes
from search.query.errors import QueryError
from search.web import lists_bridge
from search.web.params import URL_FIELDS, search_url
from search.web.respond import HTTPError, download, lost_reader
from search.web.routes import CONVERTERS
from search.web.views.arrivals import bulletin, period
from search.web.views import files
from search.web.views.search import run_query

CORS = [("Access-Control-Allow-Origin", "*")]

ROUTES = Map([Rule(path, endpoint=name, methods=["GET"]) for path, name in [
    ("/api/openapi.json", "spec"),
    ("/api/search", "search"),
    ("/api/rubrics", "rubrics"),
    ("/api/list", "list"),
    ("/api/arrivals", "arrivals"),
    ("/api/records/<id:rid>", "record"),
    ("/api/records/<id:rid>/original", "original"),
    ("/api/records/<id:rid>/similar", "similar"),
]], converters=CONVERTERS, merge_slashes=False)


def _json(obj, status: int = 200, headers: list | None = None) -> Response:
    return Response(json.dumps(obj, ensure_ascii=False), status,
                    CORS + [("Cache-Control", "no-cache")] + list(headers or []),
                    content_type="application/json")


class Api:
    def __init__(self, app):
        self.app = app

    def respond(self, req, fund) -> Response:
        """The answer to a request under /api/, errors as {"error": "..."}."""
        try:
            endpoint, args = ROUTES.bind_to_environ(req.environ).match()
            return getattr(self, endpoint)(req, fund, **args)
        except HTTPError as ex:
            return _json({"error": ex.message or HTTPStatus(ex.code).phrase}, ex.code,
                         ex.extra_headers)
        except QueryError as ex:   # the question cannot be read: say why (?lang=en in English)
            return _json(ex.to_dict("en" if req.arg("lang") == "en" else "ru"), 400)
        except MethodNotAllowed:
            return _json({"error": "the API is read-only"}, 405, [("Allow", "GET, HEAD")])
        except NotFound:
            return _json({"error": "no such API endpoint; see /api/openapi.json"}, 404)
        except HTTPException as ex:
            return _json({"error": HTTPStatus(ex.code).phrase}, ex.code)
        except Exception as ex:  # a bug: log it, answer 500 without details
            lost_reader(fund, ex)
            self.app.log(traceback.format_exc())
            return _json({"error": "internal error"}, 500)

    def spec(self, req, fund):
        return _json(openapi())

    def search(self, req, fund):
        try:
            per_page = int(req.arg("per_page", "10") or 10)
        except ValueError:
            raise HTTPError(400, "per_page: not a number") from None
        q, res = run_query(self.app, req, per_page=per_page)
        d = res.to_dict()
        links = {"self": search_url(q, "/api/search"), "html": search_url(q, "/")}
        if res.total > res.page * res.per_page:
            links["next"] = search_url(q, "/api/search", page=res.page + 1)
        d["links"] = links
        from search.links_view import hit_status  # the mark the page and the terminal show
        marks = {h.id: hit_status(fund, h, fund.get_record(h.id)) for h in res.hits}
        for h in d["hits"]:
            h["url"] = "/act/" + quote(h["id"])
            h["api"] = "/api/records/" + quote(h["id"])
            h["mark"] = marks.get(h["id"])
        return _json(d)

    def record(self, req, fund, rid):
        rec = fund.get_record(rid)
        if rec is None:
            raise HTTPError(404, f"no record {rid!r}")
        f = fund.get_file(rec.source.sha256)
        copies = [r[0] for r in fund.db.execute(
            "SELECT id FROM records WHERE duplicate_of=? ORDER BY id", (rid,))]
        from search.links_view import record_dict  # the status computed afresh, as export has it
        return _json({"record": record_dict(fund, rec),
                      "file": {"file_name": f.file_name, "media_type": f.media_type,
                               "size": f.size, "pages": f.pages,
                               "received_at": f.received_at} if f else None,
                      "original": f"/api/records/{quote(rid)}/original",
                      "html": f"/act/{quote(rid)}",
                      "copies": copies})

    def original(self, req, fund, rid):
        return files.original(fund, rid, req.environ)

    def similar(self, req, fund, rid):
        from search.query import more_like_this
        try:
            return _json(more_like_this(self.app.index_dir, rid).to_dict())
        except KeyError:
            raise HTTPError(404, f"no record {rid!r} in the search index") from None

    def rubrics(self, req, fund):
        s = self.app.scheme
        counts = fund.rubric_counts()
        if s is None:
            return _json({"rubrics": [], "counts": counts})

        def node(n):
            return {"code": n.code, "label": n.label, "label_en": n.label_en,
                    "count": counts.get(n.code, 0), "children": [node(c) for c in n.children]}
        return _json({"rubrics": [node(n) for n in s.tree()]})

    def list(self, req, fund):
        fmt = req.arg("format", "json")
        group_by = req.arg("group_by", "none")
        if fmt not in API_FORMATS or group_by not in lists_bridge.GROUP_BY:
            raise HTTPError(400, "format: one of " + ", ".join(API_FORMATS)
                            + "; group_by: one of " + ", ".join(lists_bridge.GROUP_BY))
        ids = [i for i in req.args.getlist("id") if i]
        if ids:
            recs = [fund.get_record(i) for i in ids[:1000]]
            missing = [i for i, r in zip(ids, recs) if r is None]
            if missing:
                raise HTTPError(404, "no record(s): " + ", ".join(missing[:10]))
        else:
            _q, res = run_query(self.app, req, per_page=200)
            recs = [r for r in (fund.get_record(h.id) for h in res.hits) if r is not None]
        title = " ".join(req.arg("title").split())[:300] or "Библиографический список документов"
        try:
            data = lists_bridge.export_records(fund, recs, fmt, title, group_by)
        except lists_bridge.Unavailable as ex:
            raise HTTPError(503, str(ex)) from None
        if fmt == "json":
            return Response(data, 200, CORS, content_type=lists_bridge.mime(fmt))
        return download(data, lists_bridge.mime(fmt), f"list.{fmt}", CORS)

    def arrivals(self, req, fund):
        start, end = period(req, None)
        fmt = req.arg("format", "json")
        if fmt not in API_FORMATS:
            raise HTTPError(400, "format: one of " + ", ".join(API_FORMATS))
        try:
            data = lists_bridge.render(bulletin(self.app, fund, start, end), fmt)
        except lists_bridge.Unavailable as ex:
            raise HTTPError(503, str(ex)) from None
        return Response(data, 200, CORS, content_type=lists_bridge.mime(fmt))


def _query_params() -> list[dict]:
    desc = {
        "text": "Free text: words in any form, \"phrases\", AND/OR/NOT (И/ИЛИ/НЕ), requisites "
                "as typed (постановление 145-п от 12.03.2024); at most 1000 characters. A question "
                "that cannot be read (only operators, an unclosed quote or parenthesis) is a 400 "
                "with {\"error\": message, \"reason\": key}; lang=en for the message in English",
        "kind": "Kind of act (repeatable): постановление, распоряжение, решение, приказ, …",
        "body": "Issuing body (exact name, or words of it)",
        "number": "Number of the act, e.g. 145-п",
        "date_from": "Adopted on or after (YYYY-MM-DD)", "date_to": "Adopted on or before",
        "received_from": "Received on or after (YYYY-MM-DD)", "received_to": "Received on or before",
        "rubric": "Rubric code, subrubrics included (repeatable: any of them; "
                  "a subrubric given with its parent narrows it)",
        "level": "federal | regional | municipal", "publication": "Newspaper or bulletin name",
        "sort": "relevance | date (newest first) | oldest | number", "page": "Page, from 1", "per_page": "Hits per page (1–200)",
    }
    out = []
    for name in URL_FIELDS:
        schema: dict = {"type": "string"}
        if name in ("kind", "rubric"):
            schema = {"type": "array", "items": {"type": "string"}}
        elif name in ("page", "per_page"):
            schema = {"type": "integer", "minimum": 1}
        elif name in ("sort",):
            schema = {"type": "string", "enum": list(SORTS)}
        elif name == "level":
            schema = {"type": "string", "enum": ["federal", "regional", "municipal"]}
        elif name.startswith(("date_", "received_")):
            schema = {"type": "string", "format": "date"}
        p = {"name": name, "in": "query", "required": False, "description": desc.get(name, name),
             "schema": schema}
        if schema.get("type") == "array":
            p.update(style="form", explode=True)
        out.append(p)
    return out


def openapi() -> dict:
    rid = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"},
           "description": "Record id, e.g. 2baf88dd935a-1"}
    fmt = {"name": "format", "in": "query", "schema": {"type": "string", "default": "json",
                                                       "enum": list(API_FORMATS)}}
    group = {"name": "group_by", "in": "query", "schema": {"type": "string", "default": "none",
                                                           "enum": ["none", "rubric", "kind", "year"]}}
    err = {"description": "Error", "content": {"application/json": {"schema": {
        "$ref": "#/components/schemas/Error"}}}}
    rubric = {"type": "object", "properties": {"code": {"type": "string"}, "label": {"type": "string"},
                                               "source": {"type": "string", "enum": ["auto", "manual"]}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "actdesk — reference desk API", "version": "1",
                 "description": "Search the library's fund of legal acts, read records, download "
                                "originals and bibliographic lists. Read-only."},
        "paths": {
            "/api/search": {"get": {
                "summary": "Search with filters, facets, highlighted snippets",
                "parameters": _query_params(),
                "responses": {"200": {"description": "Results", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Results"}}}}, "400": err}}},
            "/api/records/{id}": {"get": {
                "summary": "One record (the contract of spec/record.md) and its file",
                "parameters": [rid],
                "responses": {"200": {"description": "Record", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/RecordEnvelope"}}}}, "404": err}}},
            "/api/records/{id}/original": {"get": {
                "summary": "The delivered original, with its real file name (Content-Disposition)",
                "parameters": [rid],
                "responses": {"200": {"description": "The file's bytes",
                                      "content": {"application/octet-stream": {}}}, "404": err}}},
            "/api/records/{id}/similar": {"get": {
                "summary": "More like this", "parameters": [rid],
                "responses": {"200": {"description": "Results", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Results"}}}}, "404": err}}},
            "/api/rubrics": {"get": {
                "summary": "The rubric tree with record counts",
                "responses": {"200": {"description": "Tree", "content": {"application/json": {}}}}}},
            "/api/list": {"get": {
                "summary": "A bibliographic list (ГОСТ Р 7.0.100–2018) of the given records, or of "
                           "the first 200 results of a search given by the search parameters",
                "parameters": [{"name": "id", "in": "query", "style": "form", "explode": True,
                                "schema": {"type": "array", "items": {"type": "string"}}},
                               {"name": "title", "in": "query", "schema": {"type": "string"}},
                               fmt, group] + _query_params(),
                "responses": {"200": {"description": "The list in the format asked"},
                              "404": err, "503": err}}},
            "/api/arrivals": {"get": {
                "summary": "New-arrivals bulletin of a period",
                "parameters": [{"name": "received_from", "in": "query",
                                "schema": {"type": "string", "format": "date"}},
                               {"name": "received_to", "in": "query",
                                "schema": {"type": "string", "format": "date"}}, fmt],
                "responses": {"200": {"description": "The bulletin"}, "503": err}}},
            "/api/openapi.json": {"get": {"summary": "This description",
                                          "responses": {"200": {"description": "OpenAPI 3.0"}}}},
        },
        "components": {"schemas": {
            "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
            "Hit": {"type": "object", "properties": {
                "id": {"type": "string"}, "kind": {"type": "string", "nullable": True},
                "number": {"type": "string", "nullable": True},
                "date": {"type": "string", "nullable": True}, "title": {"type": "string", "nullable": True},
                "body": {"type": "string", "nullable": True}, "level": {"type": "string", "nullable": True},
                "rubrics": {"type": "array", "items": rubric},
                "source": {"type": "object", "properties": {"file_name": {"type": "string"}}},
                "score": {"type": "number"},
                "snippet": {"type": "string", "description": "plain text, not escaped"},
                "highlights": {"type": "array", "description": "[start, end) offsets in snippet",
                               "items": {"type": "array", "items": {"type": "integer"}}},
                "title_highlights": {"type": "array",
                                     "items": {"type": "array", "items": {"type": "integer"}}},
                "received_at": {"type": "string"}, "url": {"type": "string"}, "api": {"type": "string"},
                "mark": {"type": "string", "nullable": True, "enum": ["repealed_by", "amended_by", None],
                         "description": "repealed_by: an act of the fund or the print's note says it lost "
                                        "force; amended_by: an act of the fund amends it"}}},
            "Results": {"type": "object", "properties": {
                "total": {"type": "integer"},
                "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                "facets": {"type": "object", "description": "kind/year/rubric/body -> value -> count",
                           "additionalProperties": {"type": "object",
                                                    "additionalProperties": {"type": "integer"}}},
                "suggestion": {"type": "string", "nullable": True},
                "relaxed": {"type": "string", "nullable": True},
                "understood": {"type": "object"}, "query": {"type": "object"},
                "page": {"type": "integer"}, "per_page": {"type": "integer"},
                "took_ms": {"type": "number"}, "links": {"type": "object"},
                "repealed_out": {"type": "integer",
                                 "description": "acts matching the question that in_force left out"}}},
            "RecordEnvelope": {"type": "object", "properties": {
                "record": {"type": "object", "description": "spec/record.md"},
                "file": {"type": "object", "nullable": True}, "original": {"type": "string"},
                "html": {"type": "string"}, "copies": {"type": "array", "items": {"type": "string"}}}},
        }},
    }
