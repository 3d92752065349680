"""Press dossiers kept in the fund's catalog, and who belongs to each.

A dossier («Выборы-2026», «Благоустройство города») gathers a topic's acts
and newspaper clippings over years. It is a saved query (the query layer's
own ``Query.to_dict()``, as SDI profiles are: never engine syntax) plus the
librarian's choices, which win over the query:

* members = what the query finds now ∪ added by hand − removed by hand;
  an added act stays when the query no longer finds it, a removed one stays
  out when the query finds it;
* every record that ever entered has a row in ``dossier_members`` with a
  ``seen`` mark: a record the query finds and the dossier has no row for
  enters as *new in the dossier* (``seen`` NULL) — on import, where the
  index sync calls ``follow_changes``, or when a dossier is next looked at —
  and stays new until ``mark_seen``. What the query found when the dossier
  was created, and what the librarian adds, is seen already.

The catalog is the truth (tables made by ``ingest/fund.py``, version 4);
the query runs on the index, so callers bring it up to date first.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from ingest.fund import Fund, now_iso
from ingest.records import Record
from search.biblio import format_access_date
from search.lists import ListError, collect

__all__ = ["DossierError", "Dossier", "Member", "create", "get", "names", "all_dossiers",
           "add", "remove", "members", "mark_seen", "refresh", "follow_changes"]

MAX_NAME = 200
CLIPPING = "публикация"


class DossierError(ListError):
    """A problem the librarian can fix: no such dossier, a name taken, a bad
    query, an id the fund does not hold."""


# a saved query's fields as a librarian reads them (``dossier show``, the dossiers page)
_LABELS = {"kind": "вид", "body": "орган", "number": "номер", "date_from": "принят с",
           "date_to": "принят по", "received_from": "поступил с", "received_to": "поступил по",
           "rubric": "рубрика", "level": "уровень", "publication": "издание", "region": "регион",
           "municipality": "муниципальное образование"}
_LEVELS = {"federal": "федеральный", "regional": "региональный", "municipal": "муниципальный"}
_DATES = {"date_from", "date_to", "received_from", "received_to"}


@dataclass
class Dossier:
    name: str
    query: object               # search.query.Query
    created: str

    @property
    def query_line(self) -> str:
        """The saved query as people read it: «words», kind: …, rubric: …"""
        d = {k: v for k, v in self.query.to_dict().items()
             if k not in ("v", "text", "page", "per_page", "facets", "sort")}
        parts = [f"«{self.query.text.strip()}»"] if self.query.text.strip() else []
        for k, v in d.items():
            if k == "in_force":
                parts.append("только действующие")
                continue
            if isinstance(v, list):
                v = ", ".join(v)
            elif k in _DATES:
                v = format_access_date(v) or v   # 12.03.2024
            elif k == "level":
                v = _LEVELS.get(v, v)
            parts.append(f"{_LABELS.get(k, k)}: {v}")
        return "; ".join(parts)

    def to_dict(self) -> dict:
        return {"name": self.name, "query": self.query.to_dict(), "created": self.created}


@dataclass
class Member:
    record: Record
    how: str                    # query | added (by hand)
    at: str                     # when it entered the dossier
    new: bool                   # not yet seen by the librarian

    @property
    def clipping(self) -> bool:
        return (self.record.kind or "").lower() == CLIPPING

    def to_dict(self) -> dict:
        from search.biblio import describe
        r = self.record
        return {"id": r.id, "how": self.how, "at": self.at, "new": self.new,
                "description": describe(r),
                "kind": r.kind, "number": r.number, "date": r.date, "title": r.title,
                "publication": r.publication.to_dict() if r.publication else None}


# --- the dossiers ----------------------------------------------------------------

def _rows(fund: Fund, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
    try:
        return fund.db.execute(sql, args).fetchall()
    except sqlite3.OperationalError as ex:   # a read-only catalog older than version 4
        if "no such table" in str(ex):
            return []
        raise


def _check_name(name: str) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise DossierError("a dossier needs a name, e.g. «Выборы-2026»")
    if len(clean) > MAX_NAME:
        raise DossierError(f"the dossier's name is {len(clean)} characters long; at most {MAX_NAME}")
    return clean


def _query(d) -> object:
    """A saved query, checked as SDI profiles are (search/lists.py)."""
    from search.query import Query
    from search.query.parse import check_syntax
    try:
        q = d if isinstance(d, Query) else Query.from_dict(d)
        check_syntax(q.text)
    except (TypeError, ValueError) as ex:   # QueryError is a ValueError
        raise DossierError(f"bad query: {ex}") from ex
    if not (q.text.strip() or q.to_dict().keys() - {"v", "text", "sort", "per_page", "page",
                                                     "facets"}):
        raise DossierError("a dossier's query needs words or a filter (kind, rubric, dates, …)")
    return replace(q, page=1, per_page=10, facets=True)


def _dossier(row) -> Dossier:
    from search.query import Query
    return Dossier(row["name"], Query.from_dict(json.loads(row["query"])), row["created"])


def names(fund: Fund) -> list[str]:
    return [r["name"] for r in _rows(fund, "SELECT name FROM dossiers ORDER BY name")]


def get(fund: Fund, name: str) -> Dossier:
    clean = " ".join((name or "").split())
    rows = _rows(fund, "SELECT * FROM dossiers WHERE name=?", (clean,))
    if not rows:
        known = names(fund)
        hint = ("dossiers: " + ", ".join(known)) if known else \
            "none exist yet: actdesk dossier create NAME --query \"…\""
        raise DossierError(f"no dossier named «{clean}» ({hint})")
    return _dossier(rows[0])


def all_dossiers(fund: Fund) -> list[Dossier]:
    return [_dossier(r) for r in _rows(fund, "SELECT * FROM dossiers ORDER BY name")]


def create(fund: Fund, name: str, query, *, index_dir: Path | None = None) -> tuple[Dossier, int]:
    """A new dossier; what its query finds now is its first content (seen:
    the librarian has just asked for it). Returns it and how many it holds."""
    fund.require_writable()
    name, q = _check_name(name), _query(query)
    if _rows(fund, "SELECT 1 FROM dossiers WHERE name=?", (name,)):
        raise DossierError(f"a dossier named «{name}» exists already")
    found = collect(fund, q, index_dir=index_dir)
    at = now_iso()
    with fund.transaction() as db:
        db.execute("INSERT INTO dossiers VALUES (?,?,?)",
                   (name, json.dumps(q.to_dict(), ensure_ascii=False), at))
        db.executemany("INSERT INTO dossier_members VALUES (?,?,'query',?,?)",
                       [(name, r.id, at, at) for r in found])
    return Dossier(name, q, at), len(found)


# --- the librarian's choices --------------------------------------------------------

def _ids(fund: Fund, ids: Iterable[str]) -> list[str]:
    """Full record ids (a short prefix is enough when it names one record)."""
    out = []
    for rid in ids:
        if fund.get_record(rid) is not None:
            out.append(rid)
            continue
        found = fund.find_record_ids(rid)
        if len(found) != 1:
            raise DossierError(f"no record with id {rid!r}" if not found else
                               f"id {rid!r} is ambiguous: {', '.join(found[:10])}")
        out.append(found[0])
    return out


def _choose(fund: Fund, name: str, ids: Iterable[str], how: str) -> list[str]:
    fund.require_writable()
    d = get(fund, name)
    rids = _ids(fund, ids)
    at = now_iso()
    with fund.transaction() as db:
        for rid in rids:
            db.execute(
                "INSERT INTO dossier_members VALUES (?,?,?,?,?) ON CONFLICT(dossier, record_id) "
                "DO UPDATE SET how=excluded.how, at=excluded.at, "
                "seen=coalesce(dossier_members.seen, excluded.seen)",
                (d.name, rid, how, at, at))
    return rids


def add(fund: Fund, name: str, ids: Iterable[str]) -> list[str]:
    """Put records in a dossier by hand: they stay whatever the query finds."""
    return _choose(fund, name, ids, "added")


def remove(fund: Fund, name: str, ids: Iterable[str]) -> list[str]:
    """Take records out by hand: they stay out even when the query finds them."""
    return _choose(fund, name, ids, "removed")


# --- who is in, and what is new ----------------------------------------------------------

def _narrowed(q, since: str | None):
    if not since:
        return q
    return replace(q, received_from=max(filter(None, (q.received_from, since[:10]))))


def refresh(fund: Fund, d: Dossier, *, since: str | None = None,
            index_dir: Path | None = None) -> tuple[list[str], int]:
    """Let in, as new, what the query finds and the dossier has no row for
    (``since``: only records received from that day). Returns the ids the
    query finds and how many entered."""
    found = [r.id for r in collect(fund, _narrowed(d.query, since), index_dir=index_dir)]
    known = {r["record_id"] for r in _rows(
        fund, "SELECT record_id FROM dossier_members WHERE dossier=?", (d.name,))}
    fresh = [rid for rid in found if rid not in known]
    if fresh and not fund.read_only:
        at = now_iso()
        with fund.transaction() as db:
            db.executemany("INSERT INTO dossier_members VALUES (?,?,'query',?,NULL) "
                           "ON CONFLICT (dossier, record_id) DO NOTHING",
                           [(d.name, rid, at) for rid in fresh])
    return found, len(fresh)


def members(fund: Fund, d: Dossier, *, index_dir: Path | None = None) -> list[Member]:
    """The dossier's records now (refreshed first), in the query's order,
    then those added by hand."""
    found, _n = refresh(fund, d, index_dir=index_dir)
    rows = {r["record_id"]: r for r in _rows(
        fund, "SELECT * FROM dossier_members WHERE dossier=? ORDER BY at, record_id", (d.name,))}
    order = found + [rid for rid, r in rows.items() if r["how"] == "added" and rid not in found]
    out, seen_ids = [], set()
    for rid in order:
        row = rows.get(rid)
        if rid in seen_ids or (row is not None and row["how"] == "removed"):
            continue
        seen_ids.add(rid)
        rec = fund.get_record(rid)
        if rec is None:      # the file was read again and this record is gone
            continue
        if row is None:      # a read-only fund: the query finds it, nobody has seen it
            out.append(Member(rec, "query", "", True))
        else:
            out.append(Member(rec, row["how"], row["at"], row["seen"] is None))
    return out


def mark_seen(fund: Fund, name: str) -> int:
    """The librarian has seen what is new in the dossier; returns how many."""
    fund.require_writable()
    d = get(fund, name)
    with fund.transaction() as db:
        cur = db.execute("UPDATE dossier_members SET seen=? WHERE dossier=? AND seen IS NULL",
                         (now_iso(), d.name))
    return cur.rowcount


def follow_changes(fund: Fund, records: list[Record],
                   echo: Callable[[str], None] | None = None) -> int:
    """After the index took a batch's records: each dossier lets in, as new,
    those its query finds. Called by search/sync.py; a dossier whose saved
    query fails is named and skipped, the import goes on. Returns how many
    records entered dossiers."""
    if not records or fund.read_only:
        return 0
    dossiers = all_dossiers(fund)
    if not dossiers:
        return 0
    since = min((r.received_at for r in records if r.received_at), default=None)
    total = 0
    for d in dossiers:
        try:
            _found, n = refresh(fund, d, since=since)
        except (ValueError, ListError) as ex:
            if echo:
                echo(f"dossier «{d.name}»: its query failed ({ex}); not updated")
            continue
        if n and echo:
            echo(f"dossier «{d.name}»: {n} new")
        total += n
    return total
