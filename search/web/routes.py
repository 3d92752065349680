"""Every URL of the pages and the handler that answers it, in one table.

A record id (and an upload job's id) is a path segment of letters, digits,
'-' and '_': anything else (dots, slashes, encoded or not) matches no route,
so no URL can name a file. The JSON API has its own table in api.py.
"""
from __future__ import annotations

from werkzeug.routing import BaseConverter, Map, Rule

from search.web.views import (account, arrivals, basket, card, dossiers, files, marc, review, search,
                              upload)


class IdConverter(BaseConverter):
    regex = r"[A-Za-z0-9_-]{1,64}"


CONVERTERS = {"id": IdConverter}


def _get(path: str, handler) -> Rule:
    return Rule(path, endpoint=handler, methods=["GET"])  # HEAD comes with GET


def _post(path: str, handler) -> Rule:
    return Rule(path, endpoint=handler, methods=["POST"])


PAGES = Map([
    _get("/", search.show),
    _get("/static/<name>", files.static),
    Rule("/favicon.ico", endpoint=files.favicon),
    _get("/act/<id:rid>", card.show),
    _post("/act/<id:rid>/rubrics", card.edit_rubrics),
    _post("/act/<id:rid>/requisites", card.edit_requisites),
    _get("/file/<id:rid>", files.download),
    _get("/basket", basket.show),
    _post("/basket", basket.change),
    _get("/basket/export", basket.export),
    _get("/basket/marc", marc.export),
    _get("/arrivals", arrivals.show),
    _get("/arrivals/export", arrivals.export),
    _get("/dossiers", dossiers.show),
    _get("/dossiers/export", dossiers.export),
    _post("/dossiers/seen", dossiers.seen),
    _post("/act/<id:rid>/dossier", dossiers.add_from_card),
    _get("/login", account.login_form),
    _post("/login", account.login),
    _post("/logout", account.logout),
    _get("/lang", account.lang),
    _get("/upload", upload.form),
    _post("/upload", upload.receive),
    _get("/upload/<id:job_id>", upload.status),
    _get("/review", review.queue),
    _post("/review", review.confirm),
], converters=CONVERTERS, merge_slashes=False)
