"""A desk's SQLite fund into the regional catalog in PostgreSQL.

Idempotent and resumable by construction, not by bookkeeping: every row
goes in with ``ON CONFLICT DO NOTHING`` under its primary key (record ids
and file names are content addresses, so the same file from two desks is
one row), in transactions of ``chunk`` records; run again after an
interruption, it copies what is missing and changes nothing else.
Originals are copied first (into the regional fund's folder when it is
another; a content address is never overwritten with other bytes), so a
row never names bytes the region does not have.

An act the region already holds from another desk's file stays one act:
this desk's record is claimed through ``act_keys`` as an import claims it
(Fund.claim_act) and becomes a linked copy. Staff accounts come along (a
name the region has already keeps its password); sessions do not (a desk's
login is not the region's).
"""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, replace
from typing import Callable

from ingest.fund import Fund, FundError
from ingest.records import Record

# tables copied as they are (after files and records), with their primary key
PLAIN = (("batches", "id", ("id", "started_at", "finished_at", "report")),
         ("manual_tags", "record_id, code", None),
         ("manual_fields", "record_id, field", None),
         ("state", "key", None),
         ("dossiers", "name", None),
         ("dossier_members", "dossier, record_id", None),
         ("web_users", "name", ("name", "kdf", "salt", "hash", "created_at", "disabled")))


@dataclass
class Moved:
    originals: int = 0      # files copied into the regional folder
    files: int = 0          # file rows new in the region
    records: int = 0        # records new in the region
    linked: int = 0         # of them, acts the region held already: linked copies
    rows: int = 0           # other rows new in the region

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def migrate(source: Fund, target: Fund, *, chunk: int = 500,
            progress: Callable[[str, int], None] | None = None) -> Moved:
    """Copy ``source`` (a SQLite fund) into ``target`` (a PostgreSQL one)."""
    if source.db.dialect != "sqlite" or target.db.dialect != "postgresql":
        raise FundError("actdesk migrate copies a desk's SQLite fund into PostgreSQL: "
                        "give the database with --to postgresql://…")
    target.require_writable()
    step = progress or (lambda _what, _n: None)
    moved = Moved()
    moved.originals = _originals(source, target)
    step("originals", moved.originals)
    files = source.db.execute("SELECT * FROM files ORDER BY sha256").fetchall()
    for i in range(0, len(files), chunk):
        part = files[i:i + chunk]
        moved.files += target.transact(lambda db: _insert(db, "files", "sha256", part))
        step("files", moved.files)
    for rows in source.record_rows(chunk):
        links = source.db.execute(
            "SELECT * FROM links WHERE from_id IN (%s)" % ",".join("?" * len(rows)),
            [r["id"] for r in rows]).fetchall()
        new, linked = target.transact(lambda db: _records(db, target, rows, links))
        moved.records += new
        moved.linked += linked
        step("records", moved.records)
    for table, key, cols in PLAIN:
        if not source.db.has_table(table):
            continue
        picked = ", ".join(cols) if cols else "*"
        rows = source.db.execute(f"SELECT {picked} FROM {table}").fetchall()
        if not target.db.has_table(table):
            raise FundError(f"the regional catalog has no table {table} yet (the staff tables "
                            "are made by search.web.auth.ensure_schema before migrating)")
        for i in range(0, len(rows), chunk):
            part = rows[i:i + chunk]
            moved.rows += target.transact(lambda db: _insert(db, table, key, part, cols))
    return moved


def _originals(source: Fund, target: Fund) -> int:
    """Copy the bytes the target's folder lacks (nothing when it is the same folder)."""
    n = 0
    for folder, dest_of in ((source.originals, target.original_path),
                            (source.quarantine, target.quarantine_path)):
        if not folder.exists() or folder.resolve() == dest_of("00").parent.parent.resolve():
            continue
        for p in sorted(folder.rglob("*")):
            if not p.is_file() or len(p.name) != 64:
                continue
            dest = dest_of(p.name)
            if dest.exists() and dest.stat().st_size == p.stat().st_size:
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_name(dest.name + ".part")
            shutil.copyfile(p, tmp)
            os.replace(tmp, dest)   # a content address is complete or absent
            n += 1
    return n


def _insert(db, table: str, key: str, rows, cols=None) -> int:
    if not rows:
        return 0
    names = list(cols or rows[0].keys())
    sql = (f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
           f"ON CONFLICT ({key}) DO NOTHING")
    return sum(db.execute(sql, tuple(r[c] for c in names)).rowcount for r in rows)


def _records(db, target: Fund, rows, links) -> tuple[int, int]:
    """One chunk of records: the acts claimed, the rows new to the region
    and their place in the index queue, their links (replaced: idempotent)."""
    new = linked = 0
    names = list(rows[0].keys())
    sql = (f"INSERT INTO records ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
           "ON CONFLICT (id) DO NOTHING")
    for r in rows:
        row = dict(zip(names, tuple(r)))
        if not row["duplicate_of"] and row["match_key"]:
            rec = Record.from_dict(json.loads(row["data"]))
            claimed = target.claim_act(db, rec, row["match_key"])
            if claimed.duplicate_of:
                row["duplicate_of"] = claimed.duplicate_of
                row["data"] = json.dumps(replace(rec, duplicate_of=claimed.duplicate_of).to_dict(),
                                         ensure_ascii=False)
        got = db.execute(sql, tuple(row[c] for c in names)).rowcount
        if not got:       # the region has it already (an earlier run, another desk)
            continue
        new += 1
        linked += bool(row["duplicate_of"]) and not r["duplicate_of"]
        db.execute("INSERT INTO index_queue VALUES (?, 'update') ON CONFLICT (record_id) "
                   "DO UPDATE SET op=excluded.op", (row["id"],))
    ids = [r["id"] for r in rows]
    db.execute("DELETE FROM links WHERE from_id IN (%s)" % ",".join("?" * len(ids)), ids)
    for lk in links:
        db.execute("INSERT INTO links VALUES (?,?,?,?,?,?,?)", tuple(lk))
    return new, int(linked)
