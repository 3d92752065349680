"""The processes that analyse records for an engine while an import runs.

Under ``--jobs N`` the index catches up through N worker processes: they
analyse the records (pymorphy3 lemmas, shingles, term counts) and hand back
what the engine stores, a Whoosh segment or PostgreSQL rows, so the process
that commits the catalog only commits. They are the batch's own workers
when it lent them (ingest/workpool.py), else a pool of this module kept for
the life of the process (their lemma caches warm up over an import).
"""
from __future__ import annotations

import atexit
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import TypeVar

from ingest import workpool

T = TypeVar("T")

_pool: tuple[int, ProcessPoolExecutor] | None = None


def pool(procs: int) -> Executor:
    global _pool
    lent = workpool.borrow()
    if lent is not None:
        return lent
    if _pool is None or _pool[0] != procs:
        close_pool()
        _pool = (procs, ProcessPoolExecutor(procs))
    return _pool[1]


def failed() -> None:
    """A worker died (killed, out of memory): our pool starts afresh next
    time; a lent one belongs to its batch, which sees the failure itself."""
    if workpool.borrow() is None:
        close_pool()


@atexit.register
def close_pool() -> None:
    global _pool
    if _pool is not None:
        _pool[1].shutdown(wait=True, cancel_futures=True)
        _pool = None


def chunks(items: list[T], n: int) -> list[list[T]]:
    """``items`` in at most ``n`` runs of near-equal length, in order."""
    size = -(-len(items) // n)
    return [items[i:i + size] for i in range(0, len(items), size)]
