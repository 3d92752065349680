"""The fund: delivered originals, byte for byte, and the catalog of records.

The fund is the source of truth; the search index is derived from it and can
be rebuilt at any time. Layout of a fund directory::

    originals/ab/abcdef…   every delivered file, named by its SHA-256
    quarantine/abcdef…     files no reader could read, kept with their reason
    catalog.sqlite         files, records, manual decisions, batches (WAL);
                           or, with a database URL, the same tables in
                           PostgreSQL (ingest/catalog/: one dialect per backend)
    index/                 the search index (owned by search/index.py)
    tmp/                   incoming bytes before they are named by hash

Why content addressing: importing the same bytes twice is then a lookup, a
kill -9 can at worst leave an unreferenced original (harmless, overwritten
with identical bytes by the next run), and nothing can ever be "altered".
Why the catalog is written before the index: ``index_queue`` is a journal of
records the index has not confirmed; whoever opens the index next replays it.
Why ``act_keys``: one act delivered in two files at once by two importers
(a regional fund) must be recorded once; the key's primary key decides
which file holds the act, and the other's record is a linked copy, where a
check-then-insert would let both in.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from .catalog import FundError, catalog_exists, database_url, open_catalog, open_reader
from .records import Record
from .territory import fill_catalog
from .writable import can_write
from .numbers import cite_key, number_base, number_key

# 2: links between acts (records' amends/repeals, the links table)
# 3: the status in force a record's print states (records' status)
# 4: press dossiers (the dossiers and dossier_members tables, new and empty)
# 5: act_keys, the file that holds each act (filled from the records)
CATALOG_VERSION = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    media_type TEXT,
    size INTEGER,
    pages INTEGER,
    status TEXT NOT NULL,          -- read | pending | failed | archive
    reason TEXT,
    received_at TEXT NOT NULL,
    batch TEXT,
    parent TEXT,                   -- sha256 of the archive or mail it came in
    provenance TEXT                -- JSON: how it was delivered
);
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL REFERENCES files(sha256),
    seq INTEGER NOT NULL,
    kind TEXT, number TEXT, date TEXT, body TEXT, level TEXT,
    match_key TEXT,
    duplicate_of TEXT,
    received_at TEXT NOT NULL,
    batch TEXT,
    data TEXT NOT NULL             -- the record as JSON (Record.to_dict)
);
CREATE INDEX IF NOT EXISTS records_sha ON records(sha256);
CREATE INDEX IF NOT EXISTS records_key ON records(match_key);
CREATE INDEX IF NOT EXISTS records_received ON records(received_at);
-- the few records waiting for a number from a citation (Fund.awaiting_number),
-- looked up at every commit of an act that amends or repeals another: without
-- it each such commit read the whole catalog, and an import slowed as the fund grew
CREATE INDEX IF NOT EXISTS records_awaiting ON records(kind, date) WHERE number IS NULL;
CREATE TABLE IF NOT EXISTS manual_tags (
    record_id TEXT NOT NULL,
    code TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('+', '-')),
    at TEXT NOT NULL,
    PRIMARY KEY (record_id, code)
);
CREATE TABLE IF NOT EXISTS manual_fields (
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,           -- kind | number | date | body | title
    value TEXT,                    -- JSON: the librarian's value (null clears it)
    at TEXT NOT NULL,
    PRIMARY KEY (record_id, field)
);
CREATE TABLE IF NOT EXISTS index_queue (
    record_id TEXT PRIMARY KEY,
    op TEXT NOT NULL CHECK (op IN ('update', 'delete'))
);
CREATE TABLE IF NOT EXISTS batches (
    id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    report TEXT
);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS links (
    from_id TEXT NOT NULL,         -- the citing record
    relation TEXT NOT NULL CHECK (relation IN ('amends', 'repeals')),
    kind TEXT, number TEXT, date TEXT,
    number_base TEXT,              -- leading digits: 2067 of 2067-зп
    text TEXT NOT NULL             -- the reference as the record keeps it
);
CREATE INDEX IF NOT EXISTS links_from ON links(from_id);
CREATE INDEX IF NOT EXISTS links_target ON links(kind, date);
CREATE TABLE IF NOT EXISTS dossiers (
    name TEXT PRIMARY KEY,         -- as the librarian wrote it: «Выборы-2026»
    query TEXT NOT NULL,           -- JSON: the saved query (search.query Query.to_dict())
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dossier_members (
    dossier TEXT NOT NULL REFERENCES dossiers(name),
    record_id TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('query', 'added', 'removed')),  -- added/removed: by hand
    at TEXT NOT NULL,              -- when it entered (or left) the dossier
    seen TEXT,                     -- when the librarian saw it; NULL: new in the dossier
    PRIMARY KEY (dossier, record_id)
);
CREATE TABLE IF NOT EXISTS act_keys (
    match_key TEXT PRIMARY KEY,    -- kind|number|date (pipeline.match_key)
    sha256 TEXT NOT NULL           -- the file whose record is the act; others link to it
);
-- a file's keys, dropped when it is read again (Fund.delete_records_of, at the
-- commit of every file): without it a scan of every act of the fund
CREATE INDEX IF NOT EXISTS act_keys_sha ON act_keys(sha256);
"""


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def record_id(sha256: str, seq: int) -> str:
    """Stable id: the same bytes always give the same ids, in text order."""
    return f"{sha256[:12]}-{seq}"


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    file_name: str
    media_type: str | None
    size: int
    pages: int | None
    status: str
    reason: str | None
    received_at: str
    batch: str | None
    parent: str | None
    provenance: dict | None


def _held(db, home: Path):
    """``db`` opened read-only, if it holds a catalog. A database that has
    none under the schema asked for (named after the fund folder when the
    URL gives no ``?schema=``: a desk whose originals folder is not mounted
    names another) is said as the SQLite desk says a missing folder, with
    the funds the database does hold, not as a traceback at the first read."""
    if getattr(db, "dialect", "") != "postgresql" or db.has_table("meta"):
        return db
    held = db.fund_schemas()
    db.close()
    raise FundError(f"no fund in {db.where}: run 'actdesk ingest' first, or name the fund "
                    f"with ?schema= in the URL (the schema is otherwise named after the folder "
                    f"{home})" + (f"; this database holds: {', '.join(held)}" if held else ""))


class Fund:
    """Originals and catalog of one fund directory."""

    def __init__(self, home: Path | str, *, create: bool = True, url: str | None = None,
                 reading: bool = False, on_message=None):
        """``url``: the catalog's database; None: ``ACTDESK_DATABASE_URL``
        if set, "": the SQLite file of the folder (``actdesk migrate``'s source).
        ``reading``: the catalog opened read-only where ``ingest.replica``
        sends reads (the read replica, else the primary; ``on_message`` hears
        why it fell back): for commands and pages that only read it.
        A fund in a database needs no folder to be searched: a desk that only
        searches may not reach the shared originals folder (``home``) at all."""
        self.home = Path(home)
        self.url = url
        self.reading = reading
        self.on_message = on_message
        self.on_replica = False          # the catalog's connection is the replica's
        self.opened: float | None = None  # time.monotonic() of the connection
        in_database = bool(database_url() if url is None else url)
        if not self.home.exists() and (create or not in_database):
            if not create:
                raise FundError(f"no fund at {self.home}: run 'actdesk ingest' first")
            try:
                # exist_ok: two importers of a new shared fund, started at
                # once, both see no folder; the second's mkdir must not fail
                self.home.mkdir(parents=True, exist_ok=True)
            except OSError as ex:
                raise FundError(f"cannot create the fund at {self.home}: {ex.strerror}") from ex
        self.originals = self.home / "originals"
        self.quarantine = self.home / "quarantine"
        self.tmp = self.home / "tmp"
        self.index_dir = self.home / "index"
        self.catalog_path = self.home / "catalog.sqlite"
        self._db: sqlite3.Connection | None = None
        self._status_stale = False  # an older catalog: statuses to settle on opening
        self._queue_seen: dict[str, str] = {}   # index_queue(): row versions read
        # the journal entries this process wrote: an importer beside others
        # catches up these (search/sync.py), theirs are their own work
        self.queued: set[str] = set()
        self.read_only = reading or not can_write(self.home)   # a Windows share too

    # -- connection -------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = self._connect()
            if self._status_stale:
                self._settle_statuses()
        return self._db

    def _settle_statuses(self) -> None:
        """Catalog version 3: every record's status in force, its print's note
        joined with the acts of the fund that repeal it (``ingest.status``),
        stored and queued for the index ("только действующие"). Needs the
        links table complete, so it runs once the older upgrades are done."""
        from .status import status_in_fund
        records = list(self.iter_records())
        with self.transaction() as db:
            for rec in records:
                st = status_in_fund(self, rec)
                if st != rec.status:
                    self.update_record_data(db, replace(rec, status=st))
            db.execute("UPDATE meta SET value=? WHERE key='catalog_version'", (str(CATALOG_VERSION),))
        self._status_stale = False

    def _connect(self):
        """The catalog's connection (ingest/catalog: SQLite in the fund
        folder, or PostgreSQL under a database URL), created and upgraded."""
        self.opened = time.monotonic()
        if self.reading:
            db = open_reader(self.home, self.index_dir, url=self.url, on_message=self.on_message)
            self.on_replica = db.on_replica
            return _held(db, self.home)
        db = open_catalog(self.home, self.index_dir, read_only=self.read_only, url=self.url)
        if self.read_only:
            return _held(db, self.home)
        try:
            db.create(_SCHEMA)
            db.execute("INSERT INTO meta VALUES ('catalog_version', ?) ON CONFLICT (key) DO NOTHING",
                       (str(CATALOG_VERSION),))
            db.commit()
            self._status_stale = _upgrade(db) < 3
            fill_catalog(db, self.home)   # territories of older records (ingest/territory/)
        except db.Error as ex:  # locked, unreadable, or not a database at all
            db.close()
            raise FundError(f"cannot open the catalog {db.where}: {ex}") from ex
        return db

    @staticmethod
    def has_catalog(home: Path | str) -> bool:
        """Whether a fund at ``home`` has a catalog to read (a database URL: yes)."""
        return catalog_exists(Path(home))

    def require_writable(self) -> None:
        if self.read_only:
            raise FundError(f"the fund at {self.home} is read-only: nothing can be imported "
                            "or changed (check the folder's permissions)")

    def broken(self) -> bool:
        """The catalog's server went away under the open connection."""
        return self._db is not None and self._db.broken()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _writing(self) -> None:
        """A fund opened for reading never writes: the mistake is said, not
        left to a replica's refusal deep in a batch."""
        if self.reading:
            raise FundError(f"the catalog of {self.home} is opened for reading only "
                            f"({'the read replica' if self.on_replica else 'read-only'}): "
                            "writes go to the primary")

    def stale_reader(self, after: float) -> bool:
        """A reader fallen back to the primary ``after`` seconds ago or more:
        time to try the replica again (a long-running server)."""
        return (self.reading and not self.on_replica and self.opened is not None
                and time.monotonic() - self.opened >= after)

    def transaction(self):
        """One write transaction (SQLite: ``BEGIN IMMEDIATE``); yields the connection."""
        self._writing()
        return self.db.transaction()

    def transact(self, work, attempts: int = 5, batched: bool = False):
        """``work(db)`` in one transaction, run again from the start when the
        database says it is worth it (PostgreSQL restarted under it, two
        importers deadlocked); what ``work`` returns. After the last
        attempt the failure is a FundError naming it: nothing half-written
        stays, the batch can be run again. ``batched``: the writes whose
        results ``work`` does not read are pipelined (ingest/catalog/postgres.py)."""
        self._writing()
        for attempt in range(1, attempts + 1):
            db = self.db
            try:
                with db.transaction(batched=batched):
                    return work(db)
            except Exception as ex:
                if not db.transient(ex):
                    raise
                if attempt == attempts:
                    raise FundError(f"the catalog's database failed {attempts} times in a row "
                                    f"({type(ex).__name__}: {str(ex).strip()}); nothing of "
                                    f"this file was written, run the import again") from ex
                time.sleep(0.2 * attempt)
                db.reconnect()

    # -- originals --------------------------------------------------------
    def receive_stream(self, chunks: Iterable[bytes]) -> tuple[str, Path, int]:
        """Write incoming bytes to tmp/ while hashing; return (sha, tmp path, size).

        The caller then calls ``keep`` or ``discard``; the original stays in
        tmp/ until it has a name, so a crash never leaves a partial original
        under a content address.
        """
        self.require_writable()
        tmp = self.tmp / f"in-{uuid.uuid4().hex}"
        h = hashlib.sha256()
        size = 0
        try:
            with self._open_new(tmp) as out:
                for chunk in chunks:
                    h.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return h.hexdigest(), tmp, size

    @staticmethod
    def _open_new(path: Path):
        """``path`` opened for writing, its folder made when missing (asked
        of the disk only then: a mkdir a file cost an import ~2 % of the
        process that commits)."""
        try:
            return open(path, "wb")
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            return open(path, "wb")

    @staticmethod
    def _replace(src: Path, dest: Path) -> None:
        """``os.replace``, the destination's folder made when missing."""
        try:
            os.replace(src, dest)
        except FileNotFoundError:
            if not src.exists():
                raise
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dest)

    def original_path(self, sha256: str) -> Path:
        return self.originals / sha256[:2] / sha256

    def quarantine_path(self, sha256: str) -> Path:
        return self.quarantine / sha256

    def originals_reachable(self) -> bool:
        """Whether this computer reaches the fund's originals folder (a desk
        that only searches a fund in a database may not)."""
        return self.originals.is_dir()

    def stored_path(self, sha256: str) -> Path | None:
        """Where the bytes of a file are, whatever its status."""
        for p in (self.original_path(sha256), self.quarantine_path(sha256)):
            if p.exists():
                return p
        return None

    def place(self, tmp: Path, sha256: str, *, quarantined: bool = False) -> Path:
        """Move received bytes to their content address (atomic rename)."""
        dest = self.quarantine_path(sha256) if quarantined else self.original_path(sha256)
        self._replace(tmp, dest)
        return dest

    def move_between(self, sha256: str, *, quarantined: bool) -> Path:
        """Move a kept original into or out of quarantine."""
        src = self.stored_path(sha256)
        dest = self.quarantine_path(sha256) if quarantined else self.original_path(sha256)
        if src is None:
            raise FundError(f"original {sha256} is missing from the fund")
        if src != dest:
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dest)
        return dest

    def get_file(self, sha256: str) -> StoredFile | None:
        row = self.db.execute("SELECT * FROM files WHERE sha256=?", (sha256,)).fetchone()
        return _file_from_row(row) if row else None

    def files(self, status: str | None = None) -> list[StoredFile]:
        if status:
            rows = self.db.execute("SELECT * FROM files WHERE status=? ORDER BY received_at, sha256",
                                   (status,))
        else:
            rows = self.db.execute("SELECT * FROM files ORDER BY received_at, sha256")
        return [_file_from_row(r) for r in rows]

    # -- records ----------------------------------------------------------
    def get_record(self, rid: str) -> Record | None:
        row = self.db.execute("SELECT data FROM records WHERE id=?", (rid,)).fetchone()
        return Record.from_dict(json.loads(row["data"])) if row else None

    def get_records(self, ids: Iterable[str], chunk: int = 500) -> dict[str, Record]:
        """The records of ``ids`` the catalog holds, by id: one statement a
        ``chunk`` where ``get_record`` is one each (the index's catch-up
        reads every queued record, twice, in the process that commits)."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, Record] = {}
        for i in range(0, len(ids), chunk):
            part = ids[i:i + chunk]
            rows = self.db.execute(f"SELECT id, data FROM records WHERE id IN "
                                   f"({', '.join('?' * len(part))})", part)
            out.update((r["id"], Record.from_dict(json.loads(r["data"]))) for r in rows)
        return out

    def find_record_ids(self, prefix: str) -> list[str]:
        """Ids starting with a prefix, so librarians can type a short id."""
        esc = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.db.execute("SELECT id FROM records WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 20",
                               (esc + "%",))
        return [r["id"] for r in rows]

    def records_of_file(self, sha256: str) -> list[Record]:
        rows = self.db.execute("SELECT data FROM records WHERE sha256=? ORDER BY seq", (sha256,))
        return [Record.from_dict(json.loads(r["data"])) for r in rows]

    def linked_copies(self, db, rid: str) -> list[tuple[int, str | None, Record]]:
        """(seq, match_key, record) of the linked copies of act ``rid``, the
        earliest received first (the order in which they would claim it)."""
        rows = db.execute("SELECT seq, match_key, data FROM records WHERE duplicate_of=? "
                          "ORDER BY received_at, id", (rid,)).fetchall()
        return [(r["seq"], r["match_key"], Record.from_dict(json.loads(r["data"]))) for r in rows]

    def key_claim(self, db, rid: str) -> tuple[str | None, str | None] | None:
        """(match_key, duplicate_of) of record ``rid``: whether it holds its act's key."""
        row = db.execute("SELECT match_key, duplicate_of FROM records WHERE id=?", (rid,)).fetchone()
        return (row["match_key"], row["duplicate_of"]) if row is not None else None

    def iter_records(self, *, batch_size: int = 500) -> Iterator[Record]:
        """All records in id order, streamed (memory stays flat on big funds)."""
        for rows in self.record_rows(batch_size, "id, data"):
            for r in rows:
                yield Record.from_dict(json.loads(r["data"]))

    def record_rows(self, batch_size: int = 500, columns: str = "*") -> Iterator[list]:
        """The catalog's ``records`` rows in id order, ``batch_size`` at a time."""
        last = ""
        while True:
            rows = self.db.execute(f"SELECT {columns} FROM records WHERE id > ? ORDER BY id LIMIT ?",
                                   (last, batch_size)).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1]["id"]

    def count_records(self) -> int:
        return self.db.execute("SELECT count(*) FROM records").fetchone()[0]

    def find_by_key(self, match_key: str, exclude_sha: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM records WHERE match_key=? AND sha256<>? AND duplicate_of IS NULL "
            "ORDER BY received_at, id LIMIT 1", (match_key, exclude_sha)).fetchone()
        return row["id"] if row else None

    def find_cited(self, kind: str | None, number: str | None, date: str | None,
                   exclude_sha: str = "") -> str | None:
        """The act of the fund a citation names (its first record): by its key,
        else by a number cited without its hyphen (``№145п`` for ``145-п``,
        ``cite_key``) among the acts of that kind and date."""
        if not (kind and number and date):
            return None
        found = self.find_by_key(f"{kind}|{number_key(number)}|{date}", exclude_sha)
        if found:
            return found
        want = cite_key(number)
        for r in self.db.execute(
                "SELECT id, number FROM records WHERE kind=? AND date=? AND sha256<>? "
                "AND duplicate_of IS NULL ORDER BY received_at, id", (kind, date, exclude_sha)):
            if cite_key(r["number"]) == want:
                return r["id"]
        return None

    def write_file(self, db: sqlite3.Connection, f: StoredFile) -> None:
        db.execute(
            "INSERT INTO files (sha256, file_name, media_type, size, pages, status, reason,"
            " received_at, batch, parent, provenance) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
            + _upsert("sha256", "file_name, media_type, size, pages, status, reason, received_at,"
                      " batch, parent, provenance"),
            (f.sha256, f.file_name, f.media_type, f.size, f.pages, f.status, f.reason,
             f.received_at, f.batch, f.parent,
             json.dumps(f.provenance, ensure_ascii=False) if f.provenance else None))

    def claim_act(self, db, rec: Record, match_key: str | None) -> Record:
        """``rec`` as the act (its file claims the key) or as a linked copy of
        the act another file holds. The claim is an insert the primary key
        of ``act_keys`` arbitrates: of two importers writing the same act at
        once, the second waits for the first's commit and then links."""
        if not match_key:
            return replace(rec, duplicate_of=None)
        sha = rec.source.sha256
        # the claim says whether it took the key (a row back), so the owner
        # is read only when another file holds it: one round trip an act
        took = db.execute("INSERT INTO act_keys VALUES (?, ?) ON CONFLICT (match_key) DO NOTHING "
                          "RETURNING sha256", (match_key, sha)).fetchall()
        owner = took[0][0] if took else db.execute(
            "SELECT sha256 FROM act_keys WHERE match_key=?", (match_key,)).fetchone()[0]
        first = self.find_by_key(match_key, sha) if owner != sha else None
        if owner != sha and first is None:  # the holder no longer has the act: this file does
            db.execute("UPDATE act_keys SET sha256=? WHERE match_key=?", (sha, match_key))
        return replace(rec, duplicate_of=first)

    def write_record(self, db: sqlite3.Connection, rec: Record, seq: int, match_key: str | None) -> Record:
        """Writes ``rec`` as the act or a linked copy (``claim_act``); returns what was written."""
        rec = self.claim_act(db, rec, match_key)
        db.execute(
            "INSERT INTO records (id, sha256, seq, kind, number, date, body, level,"
            " match_key, duplicate_of, received_at, batch, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
            + _upsert("id", "sha256, seq, kind, number, date, body, level, match_key, duplicate_of,"
                      " received_at, batch, data"),
            (rec.id, rec.source.sha256, seq, rec.kind, rec.number, rec.date, rec.body, rec.level,
             match_key, rec.duplicate_of, rec.received_at, rec.batch,
             json.dumps(rec.to_dict(), ensure_ascii=False)))
        self._queue(db, rec.id, "update")
        self._write_links(db, rec)
        return rec

    def delete_records_of(self, db: sqlite3.Connection, sha256: str) -> list[str]:
        ids = [r["id"] for r in db.execute("DELETE FROM records WHERE sha256=? RETURNING id",
                                           (sha256,)).fetchall()]
        db.execute("DELETE FROM act_keys WHERE sha256=?", (sha256,))
        for rid in ids:
            self._queue(db, rid, "delete")
            db.execute("DELETE FROM links WHERE from_id=?", (rid,))
        return ids

    # -- links between acts -------------------------------------------------
    def _write_links(self, db: sqlite3.Connection, rec: Record) -> None:
        _replace_links(db, rec.id, rec.amends, rec.repeals)

    def cited_by(self, kind: str | None, number: str | None, date: str | None,
                 body: str | None = None) -> list[tuple[str, str, str]]:
        """(citing record id, relation, reference) of the acts in the fund that
        amend or repeal the act with these requisites (and, when both name
        one, a body that can be this act's).

        Each citing act once: a linked copy of it (the PDF beside the DOCX,
        ``duplicate_of``) cites the same act and stands for its first
        record. The earliest citing act comes first (by its date): of two
        acts repealing one, the first is the one it lost force by, the
        later only repeats it. A number cited without its hyphen
        (``№145п`` for ``145-п``) is the same number (``cite_key``)."""
        from .links import body_matches, citations
        if not (kind and number and date):
            return []
        try:
            rows = self.db.execute(
                "SELECT l.from_id, l.relation, l.number, l.text, r.duplicate_of"
                " FROM links l LEFT JOIN records r ON r.id = l.from_id WHERE l.kind=? AND l.date=?"
                " ORDER BY COALESCE(r.date, '9999'), l.from_id", (kind, date)).fetchall()
        except sqlite3.OperationalError:  # a read-only catalog from before links
            return []
        want = cite_key(number)
        out, seen = [], set()
        for r in rows:
            if cite_key(r["number"]) != want:
                continue
            if body:
                found = citations(r["text"], first_only=True)
                if not body_matches(found[0].body if found else None, body):
                    continue
            act = r["duplicate_of"] or r["from_id"]
            if (act, r["relation"]) in seen:
                continue
            seen.add((act, r["relation"]))
            out.append((act, r["relation"], r["text"]))
        return out

    def cited_numbers(self, kind: str | None, date: str | None, digits: str | None,
                      body: str | None = None) -> set[str]:
        """Whole numbers with which acts in the fund cite an act of this kind,
        date and (when both are named) body whose number begins with
        ``digits`` (``2067`` -> ``2067-зп``)."""
        from .links import body_matches, citations
        if not (kind and date and digits):
            return set()
        try:
            rows = self.db.execute(
                "SELECT number, text FROM links WHERE kind=? AND date=? AND number_base=?",
                (kind, date, number_base(digits))).fetchall()
        except sqlite3.OperationalError:
            return set()
        out = set()
        for r in rows:
            found = citations(r["text"], first_only=True)
            if r["number"] and body_matches(found[0].body if found else None, body):
                out.add(r["number"])
        return out

    def awaiting_number(self, kind: str | None, date: str | None, digits: str | None) -> list[Record]:
        """Records of this kind and date with no number whose hand-read digits are ``digits``."""
        if not (kind and date and digits):
            return []
        rows = self.db.execute(
            "SELECT data FROM records WHERE kind=? AND date=? AND number IS NULL", (kind, date))
        out = []
        for r in rows:
            rec = Record.from_dict(json.loads(r["data"]))
            hand = rec.handwritten or {}
            if hand.get("number_digits") and number_base(hand["number_digits"]) == number_base(digits):
                out.append(rec)
        return out

    # -- manual decisions -------------------------------------------------
    def manual_tags(self, rid: str) -> tuple[set[str], set[str]]:
        add, remove = set(), set()
        for r in self.db.execute("SELECT code, action FROM manual_tags WHERE record_id=?", (rid,)):
            (add if r["action"] == "+" else remove).add(r["code"])
        return add, remove

    def set_manual_tags(self, db: sqlite3.Connection, rid: str, add: Iterable[str],
                        remove: Iterable[str]) -> None:
        at = now_iso()
        sql = "INSERT INTO manual_tags VALUES (?,?,?,?)" + _upsert("record_id, code", "action, at")
        for code in add:
            db.execute(sql, (rid, code, "+", at))
        for code in remove:
            db.execute(sql, (rid, code, "-", at))

    MANUAL_FIELDS = ("kind", "number", "date", "body", "level", "title")

    def manual(self, rid: str) -> tuple[set[str], set[str], dict]:
        """``manual_tags`` and ``manual_fields`` of one record in one
        statement: an import asks for both at every act it commits."""
        add, remove, fields = set(), set(), {}
        for r in self.db.execute(
                "SELECT 1 AS tag, code AS name, action AS value FROM manual_tags "
                "WHERE record_id=? UNION ALL SELECT 0, field, value FROM manual_fields "
                "WHERE record_id=?", (rid, rid)):
            if r["tag"]:
                (add if r["value"] == "+" else remove).add(r["name"])
            else:
                fields[r["name"]] = json.loads(r["value"])
        return add, remove, fields

    def manual_fields(self, rid: str) -> dict:
        """The librarian's corrections of requisites: field -> value."""
        return {r["field"]: json.loads(r["value"]) for r in self.db.execute(
            "SELECT field, value FROM manual_fields WHERE record_id=?", (rid,))}

    def set_manual_fields(self, db: sqlite3.Connection, rid: str, values: dict) -> None:
        at = now_iso()
        for k, v in values.items():
            if k not in self.MANUAL_FIELDS:
                raise FundError(f"{k!r} cannot be corrected by hand")
            db.execute("INSERT INTO manual_fields VALUES (?,?,?,?)"
                       + _upsert("record_id, field", "value, at"),
                       (rid, k, json.dumps(v, ensure_ascii=False), at))

    def apply_manual_fields(self, rec: Record, fixed: dict | None = None) -> Record:
        """``rec`` with the librarian's corrections on top (automation never
        overrides them); ``no_<field>`` warnings follow the corrected value.
        ``fixed``: the corrections, read already (``manual``)."""
        if fixed is None:
            fixed = self.manual_fields(rec.id)
        if not fixed:
            return rec
        from dataclasses import replace
        warnings = [w for w in rec.warnings if w[3:] not in fixed or not w.startswith("no_")]
        warnings += [f"no_{k}" for k, v in fixed.items() if v is None and f"no_{k}" not in warnings]
        return replace(rec, **fixed, warnings=tuple(warnings))

    def update_record_data(self, db: sqlite3.Connection, rec: Record,
                           match_key: str | None | bool = False) -> None:
        db.execute("UPDATE records SET data=?, kind=?, number=?, date=?, body=?, level=? WHERE id=?",
                   (json.dumps(rec.to_dict(), ensure_ascii=False), rec.kind, rec.number,
                    rec.date, rec.body, rec.level, rec.id))
        if match_key is not False:
            db.execute("UPDATE records SET match_key=? WHERE id=?", (match_key, rec.id))
            if match_key and not rec.duplicate_of:
                db.execute("INSERT INTO act_keys VALUES (?, ?) ON CONFLICT (match_key) DO NOTHING",
                           (match_key, rec.source.sha256))
        self._queue(db, rec.id, "update")

    # -- index journal ----------------------------------------------------
    def _queue(self, db, rid: str, op: str) -> None:
        _queue(db, rid, op)
        self.queued.add(rid)

    @contextmanager
    def importing(self) -> Iterator[None]:
        """A batch imports while the block runs; other processes importing
        into the same catalog see it (``others_importing``). A regional
        catalog: a session lock the server drops when the importer dies."""
        self.db.importing(True)
        try:
            yield
        finally:
            try:
                self.db.importing(False)
            except self.db.Error:   # the connection broke: the server dropped the lock
                pass

    def others_importing(self) -> bool:
        """Whether another process imports into this catalog now."""
        return self.db.others_importing()

    def index_queue(self) -> list[tuple[str, str]]:
        """What the index has not confirmed. Where several importers share
        the catalog, each entry's row version is kept: ``clear_index_queue``
        then leaves an entry another importer queued again meanwhile (a
        status it changed after this reader took the record)."""
        version = self.db.QUEUE_VERSION
        rows = self.db.execute(f"SELECT record_id, op{', ' + version if version else ''} "
                               "FROM index_queue ORDER BY record_id").fetchall()
        if version:
            self._queue_seen = {r[0]: r[2] for r in rows}
        return [(r[0], r[1]) for r in rows]

    def clear_index_queue(self, ids: Iterable[str]) -> None:
        seen = self._queue_seen
        ids = list(ids)
        plain = [(i,) for i in ids if i not in seen]
        versioned = [(i, seen[i]) for i in ids if i in seen]

        def clear(db) -> None:
            if plain:
                db.executemany("DELETE FROM index_queue WHERE record_id=?", plain)
            if versioned:
                db.executemany(f"DELETE FROM index_queue WHERE record_id=? "
                               f"AND {db.QUEUE_VERSION}=?", versioned)
        self.transact(clear)

    # -- batches and state ------------------------------------------------
    def start_batch(self) -> str:
        bid = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]
        at = now_iso()
        self.transact(lambda db: db.execute("INSERT INTO batches (id, started_at) VALUES (?, ?)",
                                            (bid, at)))
        return bid

    def finish_batch(self, bid: str, report: list[dict]) -> None:
        args = (now_iso(), json.dumps(report, ensure_ascii=False), bid)
        self.transact(lambda db: db.execute("UPDATE batches SET finished_at=?, report=? WHERE id=?",
                                            args))

    def batch_record_ids(self, bid: str) -> list[str] | None:
        """The records an import batch wrote (``last``: the latest batch that
        wrote any — an ``ingest --retry`` with nothing to read, or a delivery
        seen before, is no delivery to send on); None when there is no such
        batch. What a librarian sends on to the catalog after each delivery
        (``actdesk marc --batch``)."""
        if bid == "last":
            row = self.db.execute(
                "SELECT id FROM batches WHERE EXISTS (SELECT 1 FROM records "
                f"WHERE records.batch = batches.id) ORDER BY {self.db.BATCH_ORDER} LIMIT 1").fetchone()
        else:
            row = self.db.execute("SELECT id FROM batches WHERE id=?", (bid,)).fetchone()
        if row is None:
            return None
        return [r[0] for r in self.db.execute("SELECT id FROM records WHERE batch=? ORDER BY id",
                                              (row[0],))]

    def get_state(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return row["value"] if row else None

    def set_state(self, key: str, value: str) -> None:
        self.transact(lambda db: db.execute("INSERT INTO state VALUES (?, ?)"
                                            + _upsert("key", "value"), (key, value)))

    # -- statistics -------------------------------------------------------
    def rubric_counts(self) -> dict[str, int]:
        """Acts under each rubric code (linked copies counted once)."""
        rows = self.db.execute(self.db.RUBRIC_COUNTS)
        return {r["code"]: r["n"] for r in rows}

    def stats(self) -> dict:
        db = self.db
        def grouped(expr: str) -> dict:
            rows = db.execute(f"SELECT {expr} AS k, count(*) AS n FROM records "
                              f"WHERE duplicate_of IS NULL GROUP BY k ORDER BY n DESC, ({expr}) IS NOT NULL, k")
            return {(r["k"] if r["k"] is not None else "—"): r["n"] for r in rows}
        files = {r["status"]: r["n"] for r in
                 db.execute("SELECT status, count(*) AS n FROM files GROUP BY status")}
        return {
            "records": db.execute("SELECT count(*) FROM records").fetchone()[0],
            "acts": db.execute("SELECT count(*) FROM records WHERE duplicate_of IS NULL").fetchone()[0],
            "linked": db.execute("SELECT count(*) FROM records WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "files": files,
            "by_kind": grouped("kind"),
            "by_level": grouped("level"),
            "by_year": grouped("substr(date, 1, 4)"),
            "by_body": grouped("body"),
            # "—": no note and no repealing act in the fund (the index counts it in force)
            "by_status": {(r["k"] or "—"): r["n"] for r in db.execute(db.STATUS_COUNTS)},
        }


def _upgrade(db: sqlite3.Connection) -> int:
    """Bring a catalog written by an older actdesk up to version 2 in one
    transaction (the links between acts, read from the text every record
    already keeps: no file is read again); returns the version found.
    Version 3 (statuses) needs the whole fund: ``Fund._settle_statuses``."""
    row = db.execute("SELECT value FROM meta WHERE key='catalog_version'").fetchone()
    version = int(row[0]) if row and str(row[0]).isdigit() else CATALOG_VERSION
    if version < 5:
        # 5: the file holding each act, the earliest of the records that are the act
        with db:
            for r in db.execute("SELECT match_key, sha256 FROM records WHERE match_key IS NOT NULL "
                                "AND duplicate_of IS NULL ORDER BY received_at, id").fetchall():
                db.execute("INSERT INTO act_keys VALUES (?, ?) ON CONFLICT (match_key) DO NOTHING",
                           (r[0], r[1]))
    if version in (3, 4):
        # 4: the dossier tables, which _SCHEMA has just created empty; 5:
        # act_keys, just filled; older catalogs reach 5 when their statuses
        # are settled
        with db:
            db.execute("UPDATE meta SET value=? WHERE key='catalog_version'", (str(CATALOG_VERSION),))
    if version >= 2:
        return version
    from .links import extract_links
    with db:
        for r in db.execute("SELECT id, data FROM records").fetchall():
            d = json.loads(r["data"])
            links = extract_links(d.get("title"), d.get("text") or "")
            d["amends"] = [c.text() for c in links.amends]
            d["repeals"] = [c.text() for c in links.repeals]
            d["amended_by"] = [c.text() for c in links.amended_by]
            _replace_links(db, r["id"], d["amends"], d["repeals"])
            db.execute("UPDATE records SET data=? WHERE id=?", (json.dumps(d, ensure_ascii=False), r["id"]))
        db.execute("UPDATE meta SET value='2' WHERE key='catalog_version'")
    return version


def _upsert(key: str, columns: str) -> str:
    """The tail of an INSERT that replaces the row with the same ``key``
    (both SQLite and PostgreSQL speak it; SQLite's INSERT OR REPLACE is its own)."""
    return f" ON CONFLICT ({key}) DO UPDATE SET " + ", ".join(
        f"{c.strip()}=excluded.{c.strip()}" for c in columns.split(","))


def _queue(db, rid: str, op: str) -> None:
    """The record waits for the index (``op``: update or delete)."""
    db.execute("INSERT INTO index_queue VALUES (?, ?)" + _upsert("record_id", "op"), (rid, op))


def _replace_links(db: sqlite3.Connection, rid: str, amends, repeals) -> None:
    """The ``links`` rows of one record, from the references it keeps."""
    from .links import citations
    db.execute("DELETE FROM links WHERE from_id=?", (rid,))
    for relation, refs in (("amends", amends), ("repeals", repeals)):
        for text in refs:
            found = citations(text, first_only=True)
            c = found[0] if found else None
            db.execute("INSERT INTO links VALUES (?,?,?,?,?,?,?)",
                       (rid, relation, c and c.kind, c and c.number, c and c.date,
                        (number_base(c.number) or None) if c else None, text))


def _file_from_row(row: sqlite3.Row) -> StoredFile:
    return StoredFile(
        sha256=row["sha256"], file_name=row["file_name"], media_type=row["media_type"],
        size=row["size"], pages=row["pages"], status=row["status"], reason=row["reason"],
        received_at=row["received_at"], batch=row["batch"], parent=row["parent"],
        provenance=json.loads(row["provenance"]) if row["provenance"] else None)
