"""The catalog in one SQLite file of the fund folder: a desk's catalog.

The connection is the dialect object (a ``sqlite3.Connection`` subclass),
so every query written for the catalog runs on it unchanged, as before
there were two backends. WAL: searches read while a batch writes; writers
take ``BEGIN IMMEDIATE`` (one at a time, and never a deadlock).
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from . import FundError

NAME = "sqlite"
# the last batch: the order batches were started in (the id's second can tie)
BATCH_ORDER = "started_at DESC, rowid DESC"
# acts under each rubric code, linked copies counted once
RUBRIC_COUNTS = ("SELECT json_extract(j.value, '$.code') AS code, count(*) AS n "
                 "FROM records, json_each(records.data, '$.rubrics') AS j "
                 "WHERE records.duplicate_of IS NULL GROUP BY code")
# acts by their status in force (ingest.status): repealed, in force by a note, or none said
STATUS_COUNTS = ("SELECT json_extract(data, '$.status.state') AS k, count(*) AS n FROM records "
                 "WHERE duplicate_of IS NULL GROUP BY k")


class Catalog(sqlite3.Connection):
    dialect = NAME
    BATCH_ORDER = BATCH_ORDER
    RUBRIC_COUNTS = RUBRIC_COUNTS
    STATUS_COUNTS = STATUS_COUNTS
    Error = sqlite3.DatabaseError
    # one writer at a time: an entry read is the entry cleared
    QUEUE_VERSION = None
    where = ""

    @contextmanager
    def transaction(self, batched: bool = False):
        """``batched``: PostgreSQL's pipelining; nothing to do in-process."""
        try:
            self.execute("BEGIN IMMEDIATE")
            yield self
            self.execute("COMMIT")
        except BaseException:
            if self.in_transaction:
                self.execute("ROLLBACK")
            raise

    def create(self, ddl: str) -> None:
        self.executescript(ddl)

    def has_table(self, name: str) -> bool:
        return self.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                            (name,)).fetchone() is not None

    def columns(self, table: str) -> set[str]:
        return {r[1] for r in self.execute(f"PRAGMA table_info({table})")}

    def transient(self, ex: BaseException) -> bool:
        """Never: a busy SQLite waits (timeout) inside ``BEGIN IMMEDIATE``."""
        return False

    def reconnect(self) -> None:
        pass

    def broken(self) -> bool:
        """Never: a file does not go away under its connection."""
        return False

    def importing(self, on: bool) -> None:
        """A desk's catalog: its importers are not told apart (see postgres.py)."""

    def others_importing(self) -> bool:
        return False


def open_catalog(path: Path, *, read_only: bool) -> Catalog:
    # check_same_thread=False: the web server hands a Fund from thread to
    # thread (one request at a time), never to two threads at once.
    if read_only:
        if not path.exists():
            raise FundError(f"the fund at {path.parent} is read-only and has no catalog yet")
        uri = path.resolve().as_uri() + "?mode=ro"
        db = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False, factory=Catalog)
        db.row_factory = sqlite3.Row
        db.where = str(path)
        return db
    try:
        db = sqlite3.connect(path, timeout=30, check_same_thread=False, factory=Catalog)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as ex:  # locked, unreadable, or not a database at all
        raise FundError(f"cannot open the catalog {path}: {ex}") from ex
    db.where = str(path)
    return db
