"""The worker processes of a running batch, lent to whoever catches the index up.

An import under ``--jobs N`` has N processes that read and analyse files.
When the index catches up with the catalog (search/sync.py, from the
batch's hook), its records are analysed and written by worker processes
too; they are the same N processes, not N more: each extra process costs
its start, its imports and a cold lemma cache, and on a machine of N cores
it only competes with the others (3,000 TXT acts: see bench/ingest_parallel.py).

``ingest/`` knows nothing of the index: the batch only lends its pool here
for the time it runs; the index code borrows it when one is lent.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import Callable, Iterator

_lent: list[Executor] = []
_finishers: dict[int, dict[object, Callable[[], None]]] = {}
_guard = threading.Lock()


@contextmanager
def lent(pool: Executor) -> Iterator[Executor]:
    """``pool`` can be borrowed while the block runs. When it ends normally,
    what the borrowers left running is finished first (``when_returned``);
    after an error it is left, as after a kill."""
    with _guard:
        _lent.append(pool)
    done = False
    try:
        yield pool
        done = True
    finally:
        with _guard:
            finishers = list(_finishers.pop(id(pool), {}).values())
        try:
            for finish in finishers if done else ():
                try:
                    finish()
                except Exception as ex:   # the batch is committed: say so, go on
                    logging.getLogger("actdesk.ingest").warning(
                        "finishing the index work of the batch failed: %s", ex)
        finally:
            with _guard:
                _lent.remove(pool)


def borrow() -> Executor | None:
    """The pool of the batch running now (the latest one lent), or None."""
    with _guard:
        return _lent[-1] if _lent else None


def when_returned(pool: Executor, key: object, finish: Callable[[], None]) -> None:
    """Run ``finish`` before the batch takes ``pool`` back; one per ``key``."""
    with _guard:
        _finishers.setdefault(id(pool), {})[key] = finish
