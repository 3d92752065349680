"""Where the catalog lives: SQLite in the fund folder (a desk), or
PostgreSQL (a region, ``ACTDESK_DATABASE_URL`` / ``actdesk --db``).

The catalog's SQL stays in the modules that own the tables (ingest/fund.py,
search/web/auth.py, search/dossier/store.py, …), written once: ``?``
placeholders and the SQL both engines speak (``INSERT … ON CONFLICT``,
``count(*)``, ``substr``). What differs is one small dialect object per
backend, the connection itself (``sqlite.py``, ``postgres.py``): how to
open and create, ``transaction()`` (SQLite's ``BEGIN IMMEDIATE``,
PostgreSQL's ``BEGIN``), the few statements no common SQL can say (JSON
inside a record, the catalog's tables and columns, batch order), and which
errors mean "reconnect and try again". A dialect layer rather than a
second copy of every query: the two backends must give the same answers,
and one query text for both is how that stays true.

The one URL puts catalog and index in the same database: the index's
schema by its own rule (search/engine/pg_store.py: ``?schema=`` or one
named after the fund folder), the catalog's beside it as
``<schema>_catalog`` (the index rebuilds by dropping its schema, which
must never take the catalog with it).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

URL_ENV = "ACTDESK_DATABASE_URL"
SQLITE_FILE = "catalog.sqlite"


class FundError(Exception):
    """The catalog's database cannot be opened or used (the message says why)."""


def database_url() -> str | None:
    """The URL of the primary PostgreSQL (``actdesk --db`` sets the same
    variable), None for a desk's own SQLite catalog and Whoosh index."""
    return os.environ.get(URL_ENV) or None


def split_url(url: str, index_dir: Path | str) -> tuple[str, str]:
    """``(libpq URL without ?schema=, the index's schema)``; the catalog's
    schema is that name with ``_catalog`` after it."""
    parts = urlsplit(url)
    q = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in q if k == "schema"), None)
    conninfo = urlunsplit(parts._replace(query=urlencode([(k, v) for k, v in q if k != "schema"])))
    if not schema:
        h = hashlib.sha1(str(Path(index_dir).resolve()).encode("utf-8")).hexdigest()[:16]
        schema = f"actdesk_{h}"
    if not schema.replace("_", "").isalnum() or not schema.isascii():
        raise FundError(f"schema name {schema!r} in {URL_ENV}: use letters, digits, _")
    return conninfo, schema.lower()


def catalog_exists(home: Path) -> bool:
    """Whether the fund at ``home`` has a catalog to open (PostgreSQL: the
    database is asked when the fund is opened; a missing one is created)."""
    return bool(database_url()) or (Path(home) / SQLITE_FILE).exists()


def open_catalog(home: Path, index_dir: Path, *, read_only: bool, url: str | None = None):
    """The catalog connection of the fund at ``home``: its dialect object
    (``url`` None: the environment's; "": SQLite whatever it says)."""
    url = database_url() if url is None else url
    if url:
        from . import postgres
        conninfo, schema = split_url(url, index_dir)
        return postgres.open_catalog(conninfo, f"{schema}_catalog", read_only=read_only)
    from . import sqlite
    return sqlite.open_catalog(Path(home) / SQLITE_FILE, read_only=read_only)


def open_reader(home: Path, index_dir: Path, *, url: str | None = None, on_message=None):
    """The catalog opened for reading only, where ``ingest.replica`` sends
    reads (the replica of ``ACTDESK_READ_DATABASE_URL`` when it answers and
    has replayed this catalog, else the primary, saying why to
    ``on_message``), read-only wherever it is: what a desk that only
    searches, shows and lists needs, with no write reaching the replica.
    The connection's ``on_replica`` says where it went."""
    from ..replica import READ_URL_ENV, ReplicaError, read_database_url
    from . import postgres
    primary = database_url() if url is None else url
    if not primary:
        raise FundError(f"a read replica ({READ_URL_ENV}) is a replica of the primary: "
                        f"give it too ({URL_ENV})")
    _, schema = split_url(primary, index_dir)
    try:
        got = read_database_url(primary, f"{schema}_catalog.meta", on_message)
    except ReplicaError as e:
        raise FundError(str(e)) from e
    on_replica = got != primary
    # the primary's schema names, whatever the replica's URL says: the same database
    conninfo = split_url(got, index_dir)[0]
    db = postgres.open_catalog(conninfo, f"{schema}_catalog", read_only=True,
                               env=READ_URL_ENV if on_replica else URL_ENV)
    db.on_replica = on_replica
    return db
