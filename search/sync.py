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

from typing import Callable

from ingest.fund import Fund


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

    queue = fund.index_queue()
    problem = index.check(fund.index_dir)
    if problem is not None:
        if procs > 1 and problem == "missing" and queue \
                and len(queue) >= fund.count_records():
            # a new fund's first catch-up: every record of the catalog waits
            # in the journal, so an empty index and the journal replayed
            # through the workers is the rebuild, without this process
            # analysing them all
            index.rebuild(fund.index_dir, [])
        else:
            # Missing, outdated or corrupt: the catalog already holds everything.
            if echo and fund.count_records():
                echo(f"search index {problem}: building it from the catalog…")
            return rebuild_index(fund)
    if not queue:
        return 0
    to_update, to_delete = [], []
    for rid, op in queue:
        rec = fund.get_record(rid) if op == "update" else None
        if rec is None or rec.duplicate_of:
            to_delete.append(rid)
        else:
            to_update.append(rec)
    if to_delete:
        index.delete(fund.index_dir, to_delete, on_message=echo, timeout=timeout)
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
