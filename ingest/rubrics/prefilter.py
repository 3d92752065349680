"""The literal text every match of a scheme regex starts with, to skip the
regex on a zone that holds none of it.

A scheme's regexes run on the ``regex`` package under a time limit, on
every zone of every act: at import they took a fifth of the CPU (3,000 TXT
acts, py-spy), though most acts hold none of their words. A pattern such
as ``\\bприн(?:яти|ят|им)\\w*\\s+…`` cannot match a text without ``прин``;
``str.__contains__`` answers that in a fraction of a regex's scan. Only
what the pattern forces is used: zero-width assertions at the start are
passed over (a lookbehind's or lookahead's own literal still tells, when
nothing after it does: ``(?<=выборы\\s)депутат…`` needs ``выборы``), a
group or an alternation gives the prefixes of its branches, an optional part
its own and those of what follows it, and anything else (a character class,
syntax Python's parser does not know) gives no filter — the regex then always
runs. ``Alternation`` uses the same test to leave out the branches of a long
alternation that cannot match a text.

Where a regex does run, the same literals say where a match may begin
(``starts``: a lookaround's literal does not count, it stands outside the
match). Python's ``re`` scans a pattern that opens with ``\\b`` or a
lookbehind position by position: about 130 times slower on a page of text
than ``str.find`` of the literal after it (the ``regex`` package, ten times).
``scan`` finds each literal with ``str.find`` and tries the pattern only
there, with ``match`` at that position: the same matches as ``finditer``,
since a match that begins elsewhere would not begin with one of them.
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
_SCAN_SHORTEST = 3   # see ``scanned``
_WEAK = 3       # "и", "об", "по-" are in nearly every text: a lookbehind's word filters better


def needed(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased strings one of which every match of ``pattern`` starts with, or
    finds just before or after it by a lookaround (matched ignoring case on
    lower-cased text), or None: no such set known."""
    return _literals(pattern, lookaround=True)


def starts(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased strings one of which every match of ``pattern`` begins with
    (``needed`` without the lookarounds' literals: those stand outside the
    match), or None: no such set known."""
    return _literals(pattern, lookaround=False)


def _literals(pattern: str, lookaround: bool) -> tuple[str, ...] | None:
    try:
        tree = _P.parse(pattern, re.IGNORECASE)
    except (re.error, TypeError, ValueError, OverflowError):
        return None
    got = _starts(list(tree), lookaround)
    return tuple(sorted(got)) if got else None


def scanned(pattern: str) -> tuple[str, ...] | None:
    """``starts``, where ``scan`` pays: a literal of one or two letters («в»,
    «о», «по») begins a tenth of all words, and trying the pattern at each
    of them cost up to 80 times the regex's own pass (generated fund, 60 acts)."""
    got = starts(pattern)
    return got if got and min(map(len, got)) >= _SCAN_SHORTEST else None


def _starts(items: list, lookaround: bool = True) -> set[str] | None:
    i, behind = 0, None
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        if lookaround and items[i][0] == _C.ASSERT and behind is None:   # (direction, pattern)
            behind = _starts(list(items[i][1][1]))   # what it asks for is in the text too
        i += 1
    got = _forced(items, i, lookaround)
    if behind and (not got or min(len(x) for x in got) < _WEAK):
        return behind
    return got


def _forced(items: list, i: int, lookaround: bool = True) -> set[str] | None:
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
        return _starts(list(av[3]), lookaround)
    if op == _C.BRANCH:       # (None, [branch, …])
        out: set[str] = set()
        for branch in av[1]:
            got = _starts(list(branch), lookaround)
            if not got:
                return None
            out |= got
        return out
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):   # (min, max, pattern)
        inner = _starts(list(av[2]), lookaround)
        if av[0] >= 1:
            return inner
        rest = _starts(items[i + 1:], lookaround)   # optional: a match starts with it or with what follows
        return inner | rest if inner and rest else None
    return None


def may_match(need: tuple[str, ...] | None, text: str) -> bool:
    """False only when ``text`` holds none of ``need``: the regex cannot match."""
    return need is None or any(x in text for x in need)


def lowered(text: str) -> str | None:
    """``text`` lower-cased, where that keeps every character at its place
    (``scan`` finds the literals in it and matches the text at the same index)."""
    low = text.lower()
    return low if len(low) == len(text) else None


def scan(match, lits: tuple[str, ...], low: str, pos: int = 0):
    """The matches ``finditer`` gives from ``pos``, for a pattern every match of
    which begins with one of ``lits`` (``starts``): ``match(q)`` (the pattern's
    ``match`` at index q of the text) is tried only where one of them begins
    in ``low`` (the text, lower-cased, same length), leftmost first."""
    nxt = [low.find(x, pos) for x in lits]
    while True:
        q = min((i for i in nxt if i >= 0), default=-1)
        if q < 0:
            return
        m = match(q)
        if m is None:
            pos = q + 1
        else:
            yield m
            pos = max(m.end(), q + 1)
        nxt = [i if i < 0 or i >= pos else low.find(x, pos) for i, x in zip(nxt, lits)]


class Alternation:
    """Regexes tried as one alternation (``(?:a)|(?:b)|…``: at each place, the first
    branch that matches there wins), run over only the branches whose literals a
    text holds.

    The scheme's formulas and ``ignore`` patterns (over forty) cost a third of
    tagging as one regex: each begins with ``\\b``, so the engine tries every
    branch at every word. A branch that cannot match anywhere in a text never
    changes what the alternation does there. The branches left (their sets differ
    from act to act: compiling each set would cost more than it saves) are
    searched one by one and their matches merged as the alternation takes them:
    the leftmost, the earlier branch on a tie, the next search after its end."""

    def __init__(self, patterns):
        self.patterns = tuple(patterns)
        self.pattern = "|".join(f"(?:{p})" for p in self.patterns)
        self._needs = [needed(p) for p in self.patterns]
        self._starts = [scanned(p) for p in self.patterns]
        self._branches = [re.compile(p) for p in self.patterns]
        self._whole: re.Pattern | None = None

    def __reduce__(self):   # pickled as its patterns
        return (Alternation, (self.patterns,))

    def finditer(self, text: str):
        """The matches ``re.compile(self.pattern).finditer(text)`` gives."""
        low = lowered(text)
        live = [(rx, lits if low is not None else None)
                for rx, need, lits in zip(self._branches, self._needs, self._starts) if may_match(need, text)]

        def search(k: int, pos: int):
            rx, lits = live[k]
            if lits is None:
                return rx.search(text, pos)
            return next(scan(lambda q: rx.match(text, q), lits, low, pos), None)

        nxt = [search(k, 0) for k in range(len(live))]
        pos = 0
        while True:
            best = None
            for k, m in enumerate(nxt):
                if m is not None and m.start() < pos:   # overlapped by the last match: look again
                    m = nxt[k] = search(k, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            if best.end() == best.start():   # an empty match: the engine's own rules
                yield from self._fallback(text, best.start())
                return
            yield best
            pos = best.end()

    def _fallback(self, text: str, pos: int):
        if self._whole is None:
            self._whole = re.compile(self.pattern)
        yield from self._whole.finditer(text, pos)

    def sub(self, repl: str, text: str) -> str:
        """``re.sub`` with a plain replacement string (no group references)."""
        out, pos = [], 0
        for m in self.finditer(text):
            out.append(text[pos:m.start()])
            out.append(repl)
            pos = m.end()
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)
