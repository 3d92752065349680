"""Replays the catalog's index journal into the search index.

The catalog is written first; every changed record id sits in
``index_queue`` until the index has committed it. Whoever runs this next
(the batch hook, ``reindex``, a search) brings the index up to date, so a
kill -9 between the two writes costs nothing but a replay.
Linked copies (the same act delivered in another file) are not indexed:
the act is found once, and its card lists the other files. Once the index
holds a batch's records, press dossiers whose saved query finds them take
them in as new (search/dossier).
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ingest import workpool
from ingest.fund import Fund
from ingest.records import Record


@dataclass
class _Writing:
    """A PostgreSQL index write going on beside an import (its journal
    entries as they were read, and each record as it was sent)."""

    queue: list[tuple[str, str]]
    sent: dict[str, Record | None]
    updated: list[Record]
    thread: threading.Thread | None = None
    error: list[BaseException] = field(default_factory=list)


_writing: dict[Path, _Writing] = {}


def _settle(fund: Fund, echo: Callable[[str], None] | None) -> None:
    """Wait for the write going on for ``fund``; then clear from the journal
    what it committed, except the records changed in the catalog since they
    were read (the import goes on meanwhile: a later act repeals one), which
    the next catch-up writes again."""
    w = _writing.pop(fund.home, None)
    if w is None:
        return
    w.thread.join()
    if w.error:   # nothing committed: the journal keeps every record for the next catch-up
        logging.getLogger("actdesk.search.index").warning(
            "the search index did not take the import's records: %s", w.error[0])
        return
    now = fund.get_records(rid for rid, _ in w.queue)
    fund.clear_index_queue(rid for rid, _ in w.queue if now.get(rid) == w.sent.get(rid))
    if w.updated:
        from search.dossier import follow_changes
        follow_changes(fund, w.updated, echo)


# Records an import commits between two catch-ups of the index. Whoosh:
# each catch-up is a segment and its merges, so a thousand at once (and
# 500 a worker). PostgreSQL: a write costs about the same per record
# whatever its size, but the batch's last one is waited for with every
# other process idle (a thousand acts: a tenth of a --jobs 2 import of
# 3,000), and two importers take the writers' lock in turn, so smaller.
CATCH_UP_WHOOSH = 1000
CATCH_UP_POSTGRESQL = 250


def catch_up_every(jobs: int) -> int:
    """How many records a batch commits before the index catches up."""
    from search import index
    from search.engine import pg_store
    if index.engine_name() == pg_store.ENGINE:
        return CATCH_UP_POSTGRESQL
    return max(CATCH_UP_WHOOSH, 500 * jobs)


def sync_index(fund: Fund, echo: Callable[[str], None] | None = None,
               timeout: float = 600.0, procs: int = 1) -> int:
    """Apply queued changes to the index; returns how many records were touched.

    ``timeout`` bounds the wait for the index writer lock (another batch).
    ``procs`` > 1 (an import under ``--jobs``): that many worker processes
    (the batch's own, search/engine/workers.py) analyse the changed records
    and hand back Whoosh segments or PostgreSQL rows, so this process, which
    commits the catalog, only commits the index.
    """
    from search import index
    from search.engine import pg_store, whoosh_store

    _settle(fund, echo)
    queue = fund.index_queue()
    problem = index.check(fund.index_dir)
    if problem is not None:
        if (procs > 1 or index.engine_name() == pg_store.ENGINE) and problem == "missing" \
                and queue and sum(op == "update" for _, op in queue) >= fund.count_records():
            # a new fund's first catch-up: every record of the catalog waits
            # in the journal, so an empty index and the journal replayed is
            # the rebuild: through the workers, without this process
            # analysing them all; in PostgreSQL, analysed before the writers'
            # lock is taken, and made empty only if no other importer made
            # it meanwhile (checked again under the lock)
            index.rebuild(fund.index_dir, [], heal=True)
        else:
            # Missing, outdated or corrupt: the catalog already holds everything.
            if echo and fund.count_records():
                echo(f"search index {problem}: building it from the catalog…")
            return rebuild_index(fund)
    if fund.queued and queue and fund.others_importing():
        # importers into one regional catalog at once: each catches up what
        # it wrote (the journal is shared: two taking all of it analysed
        # every record twice and waited for each other's writes); the rest
        # is the others' own, or the next catch-up's once they are gone
        queue = [(rid, op) for rid, op in queue if rid in fund.queued]
    if not queue:
        return 0
    to_update, to_delete, sent = [], [], {}
    held = fund.get_records(rid for rid, op in queue if op == "update")
    for rid, op in queue:
        rec = sent[rid] = held.get(rid) if op == "update" else None
        if rec is None or rec.duplicate_of:
            to_delete.append(rid)
        else:
            to_update.append(rec)
    if to_delete:
        index.delete(fund.index_dir, to_delete, on_message=echo, timeout=timeout)
    pool = workpool.borrow()
    if to_update and procs > 1 and pool is not None \
            and index.engine_name() == pg_store.ENGINE:
        # within an import: the workers make the rows and a thread sends
        # them while this one goes on committing the catalog (PostgreSQL
        # does its indexing in its own process); the next catch-up, or the
        # batch's end, waits for it and clears the journal
        w = _writing[fund.home] = _Writing(queue, sent, to_update)
        futures = pg_store.hand_rows(to_update, procs)
        index_dir = fund.index_dir

        def write() -> None:
            try:
                pg_store.update(index_dir, to_update, timeout=timeout, futures=futures)
            except BaseException as ex:
                w.error.append(ex)

        w.thread = threading.Thread(target=write, name="actdesk-index-write", daemon=True)
        w.thread.start()
        workpool.when_returned(pool, ("sync", fund.home), lambda: _settle(fund, echo))
        return len(queue)
    if to_update and procs > 1:
        store = pg_store if index.engine_name() == pg_store.ENGINE else whoosh_store
        store.update(fund.index_dir, to_update, on_message=echo, timeout=timeout, procs=procs)
    elif to_update:
        index.update(fund.index_dir, to_update, on_message=echo, timeout=timeout)
    fund.clear_index_queue(rid for rid, _ in queue)
    if to_update:   # the index is current: dossiers let in what their queries now find
        from search.dossier import follow_changes
        follow_changes(fund, to_update, echo)
    return len(queue)


def rebuild_index(fund: Fund, progress: Callable[[int], None] | None = None) -> int:
    """Rebuild the whole index from the catalog (the catalog is the truth)."""
    from search import index

    ids = [rid for rid, _ in fund.index_queue()]
    n = index.rebuild(fund.index_dir, (r for r in fund.iter_records() if not r.duplicate_of),
                      progress=progress)
    fund.clear_index_queue(ids)
    return n
