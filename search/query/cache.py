"""Recent results of the web page, reused while the index is unchanged.

At the desk the same questions come back all the time: the next page, the
back button, a facet ticked and unticked, the popular topics of the week.
Under 20 browsers a search (plan, bitmask algebra, facet counts, snippets)
holds the engine's lock and the interpreter for ~10 ms, and the queue of
waiting requests made the slowest ones wait a second (issue 15). A result
is kept here with the searcher it came from; when the index changes (a
commit of an import, a correction, a rebuild) the engine opens a new
searcher and every kept result is dropped at the next look-up, so a page
never shows a result the index no longer gives.

Only front ends that ask for it use the cache (``cached_search``); the
library's ``search`` always runs the question, so tests and benches that
compare engines see every run.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from pathlib import Path

from search.query.model import Query, Results

SIZE = 512            # results kept (a few MB: ten hits with snippets and facets each)

_lock = threading.Lock()
_kept: "OrderedDict[tuple, Results]" = OrderedDict()
_searchers: dict[str, object] = {}    # index dir -> the searcher the kept results came from
stats = {"hits": 0, "misses": 0}


def _searcher(index_dir) -> object | None:
    from search import index as ix
    return getattr(ix.engine(index_dir), "searcher", None)


def cached_search(index_dir, q: Query, search=None) -> Results:
    """``search(index_dir, q)``, or the same question's result while the
    index has not changed. ``search`` defaults to search.query.search (looked
    up at call time, so a bench can time it)."""
    if search is None:
        from search import query as sq
        search = sq.search
    d = str(Path(index_dir).resolve())
    current = _searcher(index_dir)
    if current is None or SIZE <= 0:
        return search(index_dir, q)
    # the received periods ("last 7 days") count from today: part of the key
    # (and the search function: a test or a bench that replaces it gets its own results)
    key = (d, date.today().isoformat(), search,
           json.dumps(q.to_dict(), sort_keys=True, ensure_ascii=False))
    with _lock:
        if _searchers.get(d) is not current:        # the index changed: all kept results go
            for k in [k for k in _kept if k[0] == d]:
                del _kept[k]
            _searchers[d] = current
        res = _kept.get(key)
        if res is not None:
            _kept.move_to_end(key)
            stats["hits"] += 1
            return replace(res, took_ms=0.0)
        stats["misses"] += 1
    res = search(index_dir, q)
    with _lock:
        if _searchers.get(d) is current:             # not if the index changed meanwhile
            _kept[key] = res
            while len(_kept) > SIZE:
                _kept.popitem(last=False)
    return replace(res)


def clear() -> None:
    with _lock:
        _kept.clear()
        _searchers.clear()
