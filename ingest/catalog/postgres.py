"""The catalog in PostgreSQL: a regional fund many desks and importers share.

The connection object speaks the same language as the SQLite one
(``execute`` with ``?`` placeholders, rows readable by name and position,
``transaction()``), so the catalog's queries are written once. What it
translates: ``?`` to psycopg's ``%s``; ``LIKE`` to ``ILIKE`` (SQLite's
LIKE ignores case); the DDL's types (``TEXT`` is ``text COLLATE "C"``, so
ids and dates sort by code point as in SQLite; ``INTEGER`` is ``bigint``,
``BLOB`` ``bytea``, ``REAL`` ``double precision``). A record's ``data``
stays ``text``: the JSON exactly as written (``jsonb`` would reorder its
keys); the rubric counts read it as ``jsonb``.

Autocommit outside ``transaction()``: every read sees the last commit of
every importer. A connection lost between transactions (PostgreSQL
restarted) is opened again, waiting up to ``RECONNECT_WAIT`` seconds; one
lost inside a transaction, a deadlock between two importers, or a
serialization failure is ``transient``: ``Fund.transact`` runs the whole
transaction again on a fresh connection.
"""
from __future__ import annotations

import os
import re
import time
import zlib
from contextlib import contextmanager
from functools import lru_cache

from . import URL_ENV, FundError

NAME = "postgresql"
RECONNECT_WAIT = 60.0
BATCH_ORDER = "started_at DESC, n DESC"
RUBRIC_COUNTS = ("SELECT c #>> '{}' AS code, count(*) AS n FROM records, "
                 "jsonb_path_query(records.data::jsonb, '$.rubrics[*].code') AS c "
                 "WHERE records.duplicate_of IS NULL GROUP BY code")
STATUS_COUNTS = ("SELECT data::jsonb #>> '{status,state}' AS k, count(*) AS n FROM records "
                 "WHERE duplicate_of IS NULL GROUP BY k")
LOCK_KEY = 0x61637463  # "actc": creating the catalog's schema, one process at a time

_TYPES = [(re.compile(r"\bTEXT\b"), 'text COLLATE "C"'), (re.compile(r"\bINTEGER\b"), "bigint"),
          (re.compile(r"\bBLOB\b"), "bytea"), (re.compile(r"\bREAL\b"), "double precision")]


def _psycopg():
    try:
        import psycopg
    except ImportError as e:  # a clear reason, not a traceback
        raise FundError("a catalog in PostgreSQL needs psycopg (pip install "
                           "'psycopg[binary]')") from e
    return psycopg


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """``?`` -> ``%s`` and ``%`` -> ``%%`` outside quoted literals; LIKE -> ILIKE."""
    out, quote = [], None
    for ch in sql:
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return re.sub(r"\bLIKE\b", "ILIKE", "".join(out))


def ddl(script: str) -> list[str]:
    """SQLite's DDL (the catalog's own spelling) as PostgreSQL statements."""
    script = "\n".join(line.split("--")[0] for line in script.splitlines())
    for rx, repl in _TYPES:
        script = rx.sub(repl, script)
    return [s.strip() for s in script.split(";") if s.strip()]


class Row(tuple):
    """A row as ``sqlite3.Row`` gives it: by position and by column name."""
    __slots__ = ()
    _index: dict = {}

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type:
    return type("Row", (Row,), {"__slots__": (), "_index": {n: i for i, n in enumerate(names)}})


@lru_cache(maxsize=256)
def _row_class_of(fnames: tuple[bytes, ...]) -> type:
    return _row_class(tuple(n.decode("utf-8") for n in fnames))


def _row_factory(cursor):
    # the column names straight from the result: ``cursor.description``
    # builds a Column object for each column of every statement (6 % of the
    # CPU of an import's main process)
    res = cursor.pgresult
    n = res.nfields if res is not None else 0
    cls = _row_class_of(tuple(res.fname(i) for i in range(n))) if n else Row
    return lambda values: cls(values)


class Catalog:
    dialect = NAME
    BATCH_ORDER = BATCH_ORDER
    RUBRIC_COUNTS = RUBRIC_COUNTS
    STATUS_COUNTS = STATUS_COUNTS
    # the row version of an index_queue entry: queued again = another version
    QUEUE_VERSION = "xmin::text"

    def __init__(self, conninfo: str, schema: str, read_only: bool, env: str = URL_ENV):
        self.conninfo, self.schema, self.read_only = conninfo, schema, read_only
        self.env = env
        self.where = f"{env} (schema {schema})"
        self.Error = _psycopg().Error
        self._conn = None
        self._in_tx = False
        self._imports: list[int] = []   # batches importing (importing())
        self._connect()

    # -- connection ---------------------------------------------------------
    def _connect(self, wait: float = 0.0) -> None:
        psycopg = _psycopg()
        deadline = time.monotonic() + wait
        # read-only: a write by mistake fails loudly (on the primary too,
        # where a reader fell back), as the replica itself refuses it
        options = f"-c search_path={self.schema}" + (
            " -c default_transaction_read_only=on" if self.read_only else "")
        while True:
            try:
                self._conn = psycopg.connect(self.conninfo, autocommit=True,
                                             row_factory=_row_factory, options=options)
                return
            except psycopg.OperationalError as ex:
                if time.monotonic() >= deadline:
                    raise FundError(f"cannot connect to the catalog's database "
                                       f"({self.env}): {str(ex).strip()}") from ex
                time.sleep(0.5)

    def reconnect(self) -> None:
        """A fresh connection (the old one broke), waiting for the server."""
        try:
            if self._conn is not None:
                self._conn.close()
        except Exception:
            pass
        self._in_tx = False
        # a reader does not wait for its server: the next one opened falls
        # back to the primary (ingest.replica) instead
        self._connect(0.0 if self.read_only else RECONNECT_WAIT)

    def _broken(self) -> bool:
        return self._conn is None or self._conn.closed or self._conn.broken

    def broken(self) -> bool:
        """The server went away under the connection (a pool drops it)."""
        return self._conn is not None and self._broken()

    def transient(self, ex: BaseException) -> bool:
        """Worth running the transaction again: the connection broke (the
        server restarted), or two importers deadlocked or conflicted."""
        psycopg = _psycopg()
        if isinstance(ex, FundError):
            return isinstance(ex.__cause__, psycopg.OperationalError)
        return isinstance(ex, (psycopg.errors.DeadlockDetected,
                               psycopg.errors.SerializationFailure)) \
            or (isinstance(ex, psycopg.OperationalError) and self._broken())

    # -- the sqlite3.Connection calls the catalog's modules use ---------------
    def execute(self, sql: str, args=()):
        psycopg = _psycopg()
        if self._broken() and not self._in_tx:
            self.reconnect()
        try:
            return self._conn.execute(translate(sql), tuple(args))
        except psycopg.OperationalError:
            if self._in_tx or not self._broken():
                raise
        # the connection was lost between transactions: one statement, again
        self.reconnect()
        return self._conn.execute(translate(sql), tuple(args))

    def executemany(self, sql: str, rows):
        with self._conn.cursor() as cur:
            cur.executemany(translate(sql), [tuple(r) for r in rows])
            return cur

    def _complete(self, script: str) -> bool:
        """Every table and index ``script`` creates exists already. Checked
        first because ``CREATE INDEX IF NOT EXISTS`` locks its table before
        it looks: every process opening the catalog would wait for the
        importers' open transactions, and hold up the next ones."""
        names = set(re.findall(r"CREATE (?:TABLE|INDEX) IF NOT EXISTS (\w+)", script))
        found = self.execute("SELECT count(*) FROM pg_class c JOIN pg_namespace ns "
                             "ON ns.oid = c.relnamespace WHERE ns.nspname = ? "
                             "AND c.relname = ANY(?)", (self.schema, sorted(names))).fetchone()[0]
        return found == len(names)

    def executescript(self, script: str) -> None:
        if self._complete(script):
            return
        with self.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            for stmt in ddl(script):
                self._conn.execute(stmt)

    def commit(self) -> None:
        """Autocommit: each statement outside ``transaction()`` is committed."""

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

    @contextmanager
    def transaction(self, batched: bool = False):
        """``batched``: in libpq's pipeline mode, a statement whose result
        nobody reads is sent without waiting for its answer; the next one
        read (or the commit) takes them all in one round trip. An
        import's file is ~13 statements, half of them writes: each round
        trip waits for the server to be scheduled, on a machine whose
        cores the workers keep busy. An error arrives as itself, at the
        next read or at the commit, still inside the transaction. Not for
        code that reads ``rowcount`` of a write (unknown until then)."""
        if self._broken():
            self.reconnect()
        self._in_tx = True
        try:
            if batched:
                try:
                    with self._conn.pipeline(), self._conn.transaction():
                        yield self
                except _psycopg().OperationalError as ex:
                    # The server went away mid-pipeline (a restart): libpq can
                    # be left "busy" with results it will never get, the
                    # connection not yet marked bad ("cannot exit pipeline
                    # mode while busy", no SQLSTATE). Whether the commit
                    # landed is unknown and the connection is of no further
                    # use: closed, the failure is one ``transient`` accepts,
                    # and ``Fund.transact`` runs the work (written to be run
                    # again) on a fresh connection.
                    if ex.sqlstate is None and not self._broken():
                        self._conn.close()
                    raise
            else:
                with self._conn.transaction():
                    yield self
        finally:
            self._in_tx = False

    def __enter__(self):
        """``with db:`` as sqlite3 means it (the catalog's upgrade steps):
        one transaction, committed at the end, rolled back on an error."""
        self._with = self.transaction()
        return self._with.__enter__()

    def __exit__(self, *exc):
        return self._with.__exit__(*exc)

    # -- importers present at once ----------------------------------------------
    def _importers_key(self) -> int:
        """The advisory lock class of this catalog's importers (its schema)."""
        return zlib.crc32(f"actdesk-import:{self.schema}".encode()) & 0x7FFFFFFF

    def importing(self, on: bool) -> None:
        """Say (session lock, held until ``on=False`` or the session ends:
        a killed importer stops being present by itself) that a batch of
        this process imports; another batch id, another lock."""
        key = self._importers_key()
        if on:
            self._imports.append(int.from_bytes(os.urandom(4), "big") & 0x7FFFFFFF)
            self.execute("SELECT pg_try_advisory_lock(?, ?)", (key, self._imports[-1]))
        elif self._imports:
            mine = self._imports.pop()
            if not self._broken():
                self._conn.execute("SELECT pg_advisory_unlock(%s, %s)", (key, mine))

    def others_importing(self) -> bool:
        """Whether another process imports into this catalog now."""
        return self.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid::bigint = ? AND objsubid = 2 AND pid <> pg_backend_pid())",
            (self._importers_key(),)).fetchone()[0]

    # -- what no common SQL says --------------------------------------------
    def create(self, ddl_script: str) -> None:
        """The schema and the catalog's tables (all at once, under a lock:
        two importers starting together must not both create them)."""
        if self._complete(ddl_script) and "n" in self.columns("batches"):
            return
        with self.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            self._conn.execute(f"CREATE SCHEMA IF NOT EXISTS {self.schema}")
            for stmt in ddl(ddl_script):
                self._conn.execute(stmt)
            # batches in the order they started (SQLite's rowid)
            self._conn.execute("ALTER TABLE batches ADD COLUMN IF NOT EXISTS n bigserial")

    def has_table(self, name: str) -> bool:
        return self.execute("SELECT to_regclass(?)", (f"{self.schema}.{name}",)).fetchone()[0] \
            is not None

    def fund_schemas(self) -> list[str]:
        """The funds this database holds: their ``?schema=`` names (the
        catalog's schema without ``_catalog``), for a message."""
        return [r[0][:-len("_catalog")] for r in self.execute(
            "SELECT nspname FROM pg_namespace ns WHERE nspname LIKE '%\\_catalog' "
            "AND EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = ns.oid "
            "AND c.relname = 'meta') ORDER BY nspname")]

    def columns(self, table: str) -> set[str]:
        return {r[0] for r in self.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema=? AND table_name=?", (self.schema, table))}


def open_catalog(conninfo: str, schema: str, *, read_only: bool, env: str = URL_ENV) -> Catalog:
    """``env``: the variable that named the server (for messages)."""
    return Catalog(conninfo, schema, read_only, env)
