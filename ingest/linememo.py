"""Memory of what was read from one line: the heading parser asks the same
questions of the same line many times over (is it a kind line, which date,
which number), from a dozen rules, each of which reads its neighbours. The
answers depend on the line alone, so they are kept for the last few
thousand lines; a long string (a whole text) is never kept, so the memory
stays a few megabytes whatever is imported."""
from __future__ import annotations

import functools
from typing import Callable, TypeVar

T = TypeVar("T")

# longer than any heading line; a paragraph or a text is read afresh
LONGEST = 400


def per_line(maxsize: int = 8192, longest: int = LONGEST) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Cache a pure function of a line (and positional arguments) for lines
    up to ``longest`` characters; keyword calls and longer strings go through."""
    def wrap(fn: Callable[..., T]) -> Callable[..., T]:
        cached = functools.lru_cache(maxsize=maxsize)(fn)

        @functools.wraps(fn)
        def call(s, *args, **kw):
            if kw or not isinstance(s, str) or len(s) > longest:
                return fn(s, *args, **kw)
            return cached(s, *args)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return call
    return wrap
