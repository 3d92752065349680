"""Manual tagging and re-tagging of the catalog.

The librarian's decisions are stored apart from the record (``manual_tags``)
so that re-tagging with an edited scheme can recompute the automatic part
and still apply every manual decision on top: automation never overrides a
person.

A record filed only by the scheme's best guess (or not filed at all) carries
the warning ``rubric_uncertain`` so that the desk can find it
(``review_queue``); a librarian's addition — confirming the guess or
choosing another rubric — makes the rubric manual and the warning goes.
Re-tagging sets and clears the warning the same way, so a fund imported
before the warning existed gets it from ``actdesk retag``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from .fund import Fund
from .records import Record
from .rubrics import UNCERTAIN, Scheme, merge_manual, needs_review, with_review_warning


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
    return retagged(rec, scheme, fund).rubrics


def retagged(rec: Record, scheme: Scheme, fund: Fund) -> Record:
    """The record with its rubrics and its review warning recomputed."""
    add, remove = fund.manual_tags(rec.id)
    auto = scheme.assign(rec.title, rec.text)
    rubrics = tuple(merge_manual(auto, add, remove, scheme))
    return replace(rec, rubrics=rubrics,
                   warnings=with_review_warning(rec.warnings, needs_review(auto, add, rubrics)))


def tag(fund: Fund, rid: str, add: set[str], remove: set[str], scheme: Scheme) -> Record:
    rec = fund.get_record(rid)
    if rec is None:
        raise TagError(f"no record with id {rid!r}")
    with fund.transaction() as db:
        db.execute("DELETE FROM manual_tags WHERE record_id=? AND code IN (%s)"
                   % ",".join("?" * len(add | remove)), (rid, *sorted(add | remove)))
        fund.set_manual_tags(db, rid, add, remove)
    new = retagged(rec, scheme, fund)
    with fund.transaction() as db:
        fund.update_record_data(db, new)
    return new


def confirm(fund: Fund, rid: str, code: str | Iterable[str], scheme: Scheme) -> Record:
    """The librarian files the record under ``code`` (one code or several): the
    guess confirmed (both rubrics when the scheme guessed two close ones), or
    other rubrics chosen instead (the guesses not chosen are then removed)."""
    codes = {code} if isinstance(code, str) else set(code)
    if not codes:
        raise TagError("no rubric code to file the record under")
    for c in sorted(codes):
        if c not in scheme.by_code:
            raise TagError(f"unknown rubric code: {c} (see 'actdesk rubrics tree')")
    rec = fund.get_record(rid)
    if rec is None:
        raise TagError(f"no record with id {rid!r}")
    guessed = {r.code for r in rec.rubrics if r.source == "auto"} if UNCERTAIN in rec.warnings else set()
    under = {g for g in guessed if not any(g == c or c.startswith(g + ".") for c in codes)}
    return tag(fund, rid, codes, under, scheme)


def review_queue(fund: Fund) -> list[Record]:
    """Records waiting for a librarian's rubric: the best guess only, or none.

    Listed by the warning, and also any record left with no rubric at all (a
    fund imported before the warning existed), oldest arrival first.
    """
    out = [r for r in fund.iter_records()
           if r.duplicate_of is None and (UNCERTAIN in r.warnings or not r.rubrics)]
    return sorted(out, key=lambda r: (r.received_at or "", r.id))


def review_rows(records: Iterable[Record], scheme: Scheme) -> list[dict]:
    """The review queue as plain data: each record with the scheme's guess and the
    rubrics with the most evidence, for a librarian to confirm or choose from
    (``actdesk rubrics review`` and the web's review page show the same rows)."""
    rows = []
    for rec in records:
        guess = [{"code": r.code, "label": r.label} for r in rec.rubrics if r.source == "auto"]
        rows.append({
            "id": rec.id, "kind": rec.kind, "number": rec.number, "date": rec.date,
            "body": rec.body, "title": rec.title, "received_at": rec.received_at,
            "file_name": rec.source.file_name if rec.source else None,
            "guess": guess,
            "candidates": [{"code": c, "label": scheme.label(c), "score": v}
                           for c, v in scheme.candidates(rec.title, rec.text or "")],
        })
    return rows


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
        new = retagged(rec, scheme, fund)
        if new.rubrics != rec.rubrics or new.warnings != rec.warnings:
            pending.append(new)
            changed += 1
        if len(pending) >= chunk:
            flush()
        if progress:
            progress(1)
    flush()
    return changed, total
