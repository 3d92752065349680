"""Where a regional fund's reads go: a streaming replica when it answers,
else the primary.

The one place that decides, for every reader of the database — the search
index's (search/engine/pg_store.py) and the catalog's (ingest/catalog:
``open_reader``) — so it lives here, below both. A replica is read-only:
whatever writes (imports, index repair, the journal's replay, schema and
version stamps) uses the primary's URL and never asks this module.
"""
from __future__ import annotations

import logging
import os
from typing import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

PRIMARY_ENV = "ACTDESK_DATABASE_URL"
READ_URL_ENV = "ACTDESK_READ_DATABASE_URL"   # actdesk --read-db
CONNECT_TIMEOUT_S = 3
# a long-running server (the web desk) fallen back to the primary tries the
# replica again after this many seconds
RETRY_S = 60.0

log = logging.getLogger("actdesk.replica")


class ReplicaError(Exception):
    """Neither the replica nor a primary to read from (the message says why)."""


def read_database_url(primary: str | None = None, needs: str | None = None,
                      on_message: Callable[[str], None] | None = None) -> str | None:
    """The URL reads go to: the replica of ``ACTDESK_READ_DATABASE_URL`` when
    it answers (and, given ``needs``, a table the reads need, holds it: a
    replica that has not replayed a new fund yet lacks it), else ``primary``
    (default ``ACTDESK_DATABASE_URL``), saying why to ``on_message`` (the
    command's output), else to the log (``actdesk serve``'s output)."""
    primary = primary or os.environ.get(PRIMARY_ENV) or None
    replica = os.environ.get(READ_URL_ENV) or None
    if not replica or replica == primary:
        return primary
    why = replica_problem(replica, needs)
    if why is None:
        return replica
    if not primary:
        raise ReplicaError(f"read replica ({READ_URL_ENV}) {why}, and no primary "
                           f"({PRIMARY_ENV}) to read from instead")
    msg = (f"реплика для чтения ({READ_URL_ENV}) {why}: поиск идёт по основному серверу "
           f"({PRIMARY_ENV})")
    if on_message:
        on_message(msg)
    else:
        log.warning(msg)
    return primary


def libpq_url(url: str) -> str:
    """``url`` without our own ``?schema=`` (libpq refuses unknown options)."""
    parts = urlsplit(url)
    keep = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "schema"]
    return urlunsplit(parts._replace(query=urlencode(keep)))


def replica_problem(url: str, needs: str | None = None) -> str | None:
    """Why reads cannot go to ``url`` (None: they can)."""
    import psycopg
    try:
        conn = psycopg.connect(libpq_url(url), autocommit=True,
                               connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as e:
        return f"не отвечает ({str(e).strip().splitlines()[0]})"
    with conn:
        if needs and conn.execute("SELECT to_regclass(%s)", (needs,)).fetchone()[0] is None:
            return f"ещё не получила {needs}"
    return None
