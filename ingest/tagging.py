"""Manual tagging and re-tagging of the catalog.

The librarian's decisions are stored apart from the record (``manual_tags``)
so that re-tagging with an edited scheme can recompute the automatic part
and still apply every manual decision on top: automation never overrides a
person.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from .fund import Fund
from .records import Record
from .rubrics import Scheme, merge_manual


class TagError(Exception):
    pass


def parse_changes(changes: Iterable[str], scheme: Scheme) -> tuple[set[str], set[str]]:
    """``+social.disabled -budget`` -> ({'social.disabled'}, {'budget'})."""
    add, remove, unknown = set(), set(), []
    for ch in changes:
        if len(ch) < 2 or ch[0] not in "+-":
            raise TagError(f"{ch!r}: write +CODE to add a rubric or -CODE to remove it")
        code = ch[1:]
        if code not in scheme.by_code:
            unknown.append(code)
        (add if ch[0] == "+" else remove).add(code)
    if unknown:
        raise TagError("unknown rubric code(s): " + ", ".join(sorted(unknown))
                       + " (see 'actdesk rubrics tree')")
    return add, remove


def rubrics_for(rec: Record, scheme: Scheme, fund: Fund):
    add, remove = fund.manual_tags(rec.id)
    auto = scheme.assign(rec.title, rec.text)
    return tuple(merge_manual(auto, add, remove, scheme))


def tag(fund: Fund, rid: str, add: set[str], remove: set[str], scheme: Scheme) -> Record:
    rec = fund.get_record(rid)
    if rec is None:
        raise TagError(f"no record with id {rid!r}")
    with fund.transaction() as db:
        db.execute("DELETE FROM manual_tags WHERE record_id=? AND code IN (%s)"
                   % ",".join("?" * len(add | remove)), (rid, *sorted(add | remove)))
        fund.set_manual_tags(db, rid, add, remove)
    new = replace(rec, rubrics=rubrics_for(rec, scheme, fund))
    with fund.transaction() as db:
        fund.update_record_data(db, new)
    return new


def retag(fund: Fund, scheme: Scheme, progress: Callable[[int], None] | None = None,
          chunk: int = 500) -> tuple[int, int]:
    """Apply the scheme to every record; returns (changed, total)."""
    changed = total = 0
    pending: list[Record] = []

    def flush():
        if pending:
            with fund.transaction() as db:
                for r in pending:
                    fund.update_record_data(db, r)
            pending.clear()

    for rec in fund.iter_records():
        total += 1
        rubrics = rubrics_for(rec, scheme, fund)
        if rubrics != rec.rubrics:
            pending.append(replace(rec, rubrics=rubrics))
            changed += 1
        if len(pending) >= chunk:
            flush()
        if progress:
            progress(1)
    flush()
    return changed, total
