"""The literal text every match of a scheme regex starts with, to skip the
regex on a zone that holds none of it.

A scheme's regexes run on the ``regex`` package under a time limit, on
every zone of every act: at import they took a fifth of the CPU (3,000 TXT
acts, py-spy), though most acts hold none of their words. A pattern such
as ``\\bприн(?:яти|ят|им)\\w*\\s+…`` cannot match a text without ``прин``;
``str.__contains__`` answers that in a fraction of a regex's scan. Only
what the pattern forces is used: zero-width assertions at the start are
passed over, a group or an alternation gives the prefixes of its branches,
and anything else (a character class, an optional part, syntax Python's
parser does not know) gives no filter — the regex then always runs.
"""
from __future__ import annotations

import re

try:   # Python 3.11+: the parser of ``re`` (sre_parse before)
    from re import _constants as _C, _parser as _P
except ImportError:   # pragma: no cover - older Pythons
    import sre_constants as _C
    import sre_parse as _P

_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_LONGEST = 12   # a prefix this long filters as well as a longer one


def needed(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased strings one of which starts every match of ``pattern``
    (matched ignoring case on lower-cased text), or None: no such set known."""
    try:
        tree = _P.parse(pattern, re.IGNORECASE)
    except (re.error, TypeError, ValueError, OverflowError):
        return None
    got = _starts(list(tree))
    return tuple(sorted(got)) if got else None


def _starts(items: list) -> set[str] | None:
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1
    lit = []
    while i < len(items) and items[i][0] == _C.LITERAL and len(lit) < _LONGEST:
        lit.append(chr(items[i][1]))
        i += 1
    if lit:
        low = "".join(lit).lower()
        return {low} if len(low) == len(lit) else None
    if i == len(items):
        return None
    op, av = items[i]
    if op == _C.SUBPATTERN:   # (group, add flags, del flags, pattern)
        if av[1] or av[2]:     # inline flags change what matches: no filter
            return None
        return _starts(list(av[3]))
    if op == _C.BRANCH:       # (None, [branch, …])
        out: set[str] = set()
        for branch in av[1]:
            got = _starts(list(branch))
            if not got:
                return None
            out |= got
        return out
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:   # (min, max, pattern)
        return _starts(list(av[2]))
    return None


def may_match(need: tuple[str, ...] | None, text: str) -> bool:
    """False only when ``text`` holds none of ``need``: the regex cannot match."""
    return need is None or any(x in text for x in need)
