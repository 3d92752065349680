"""The search index as the rest of actdesk sees it: Whoosh, or PostgreSQL
when a database URL is given.

The catalog (ingest/fund.py) is the source of truth; the index is a cache
rebuilt from it at will. The work is done in search/engine/ (the interface
the query layer calls, the engine-neutral documents and ranking, the
Whoosh and PostgreSQL stores and engines); this module picks the backend
per call, so callers keep ``from search import index as ix`` whichever
engine it is: ``ACTDESK_DATABASE_URL=postgresql://…`` (read at each call,
so a process or a test can switch) selects search/engine/pg_*.py, else the
Whoosh index in the fund's folder, as before.
"""
from __future__ import annotations

from search.engine import pg_engine, pg_store, whoosh_engine, whoosh_store
from search.engine.documents import FACET_FIELDS, SCHEMA_VERSION, norm_body, rubric_keys
from search.engine.interface import (
    EngineHit, EngineResult, IndexBusy, Message, RecordSource, SearchIndexError,
)
from search.engine.lock import writer_lock
from search.engine.whoosh_engine import Engine
from search.engine.whoosh_store import ENGINE, STAMP_FILE, make_schema

__all__ = [
    "ENGINE", "FACET_FIELDS", "SCHEMA_VERSION", "STAMP_FILE", "Engine", "EngineHit",
    "EngineResult", "IndexBusy", "Message", "RecordSource", "SearchIndexError", "check",
    "close_engines", "compact", "delete", "engine", "engine_name", "make_schema", "norm_body",
    "on_catalog_commit", "open_index", "rebuild", "recover", "rubric_keys", "stats", "update",
    "writer_lock",
]


def engine_name() -> str:
    """``"postgresql"`` when ``ACTDESK_DATABASE_URL`` is set, else ``"whoosh"``."""
    return pg_store.ENGINE if pg_store.database_url() else ENGINE


def _store():
    return pg_store if pg_store.database_url() else whoosh_store


def _engines():
    return pg_engine if pg_store.database_url() else whoosh_engine


def check(index_dir):
    return _store().check(index_dir)


def open_index(index_dir, records=None, on_message=None, timeout=600.0):
    return _store().open_index(index_dir, records, on_message, timeout)


def rebuild(index_dir, records, progress=None, on_message=None, timeout=600.0, **options):
    return _store().rebuild(index_dir, records, progress, on_message, timeout, **options)


def update(index_dir, records, on_message=None, timeout=600.0, source=None):
    return _store().update(index_dir, records, on_message, timeout, source)


def delete(index_dir, ids, on_message=None, timeout=600.0):
    return _store().delete(index_dir, ids, on_message, timeout)


def on_catalog_commit(index_dir, records, on_message=None):
    return _store().on_catalog_commit(index_dir, records, on_message)


def stats(index_dir):
    return _store().stats(index_dir)


def compact(index_dir) -> dict | None:
    """The index's storage put in order after large imports; None: nothing
    to do (Whoosh)."""
    return _store().compact(index_dir)


def engine(index_dir, records=None, on_message=None):
    return _engines().engine(index_dir, records, on_message)


def recover(index_dir, on_message=None):
    return _engines().recover(index_dir, on_message)


def close_engines() -> None:
    """Close the open engines of both backends."""
    whoosh_engine.close_engines()
    pg_engine.close_engines()
