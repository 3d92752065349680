"""The search index as the rest of actdesk sees it: the Whoosh backend.

The catalog (ingest/fund.py) is the source of truth; the index is a cache
rebuilt from it at will. The work is done in search/engine/ (the interface
the query layer calls, the engine-neutral documents and ranking, the
Whoosh store and engine); this module names the backend in use, so
callers keep ``from search import index as ix`` whichever engine it is.
"""
from __future__ import annotations

from search.engine.documents import FACET_FIELDS, SCHEMA_VERSION, norm_body, rubric_keys
from search.engine.interface import (
    EngineHit, EngineResult, IndexBusy, Message, RecordSource, SearchIndexError,
)
from search.engine.lock import writer_lock
from search.engine.whoosh_engine import Engine, close_engines, engine, recover
from search.engine.whoosh_store import (
    ENGINE, STAMP_FILE, check, delete, make_schema, on_catalog_commit, open_index, rebuild,
    stats, update,
)

__all__ = [
    "ENGINE", "FACET_FIELDS", "SCHEMA_VERSION", "STAMP_FILE", "Engine", "EngineHit",
    "EngineResult", "IndexBusy", "Message", "RecordSource", "SearchIndexError", "check",
    "close_engines", "delete", "engine", "make_schema", "norm_body", "on_catalog_commit",
    "open_index", "rebuild", "recover", "rubric_keys", "stats", "update", "writer_lock",
]
