"""Where a rule's words occur in a record: zone by zone, with their counts and forms.

``terms`` are found through an index of their first lemmas, one pass over
the record's tokens for all the scheme's terms at once (``TermIndex``); a
text token matches a term word when one of the token's lemmas
(``ingest.morph.lemmas``) is the term word's lemma, and a term word ending in
``*`` matches any lemma starting with it. ``phrases`` are one regex per
leaf, a group per phrase; a ``regex`` is the librarian's pattern and runs
under a time limit on bounded input.
"""
from __future__ import annotations

import time
from itertools import compress
from typing import NamedTuple

from ingest.morph import cached_lemmas, lemmas

from .prefilter import may_match, scan
from .rules import MASK, Leaf, looks
from .text import Doc

REGEX_INPUT = 20_000    # characters of body text a regex sees
REGEX_SECONDS = 0.2     # and how long one search may run before it counts as no match


class Hits:
    """Hits of one leaf in one zone: how often, which of its terms (or
    matched strings), the forms as they stand in the record."""

    __slots__ = ("count", "forms", "distinct", "timed_out")

    def __init__(self):
        self.count = 0
        self.forms: list[str] = []
        self.distinct: set = set()
        self.timed_out = False


class Term(NamedTuple):
    """One term of a leaf: its index among the leaf's terms and its lemma sequence."""
    leaf: Leaf
    index: int
    words: tuple[str, ...]


class Prepared(NamedTuple):
    """A term that may start at a token, prepared for the matching loop."""
    leaf: Leaf
    index: int
    length: int
    leaf_id: int
    rest: tuple[tuple[str, str | None], ...]   # (word, prefix or None) after the first


class TermIndex:
    """The scheme's terms by their first lemma (and the ``*`` prefixes), with
    the candidates of every token seen, cached per zone."""

    def __init__(self, leaves: list[Leaf], mask: list[tuple[str, ...]]):
        # first lemma -> [Term]
        self.first: dict[str, list[Term]] = {}
        self.prefix: list[tuple[str, Term]] = []
        self._cand_cache: dict[str, tuple[Term, ...]] = {}
        self._zone_cache: dict[str, dict[str, tuple[Prepared, ...]]] = {}
        items = [(leaf, list(enumerate(leaf.items))) for leaf in leaves if leaf.kind == "terms"]
        items.append((MASK, [(-1, seq) for seq in mask]))
        for leaf, seqs in items:
            for i, seq in seqs:
                first = seq[0]
                if first.endswith("*"):
                    self.prefix.append((first[:-1], Term(leaf, i, seq)))
                else:
                    self.first.setdefault(first, []).append(Term(leaf, i, seq))

    def candidates(self, tok: str) -> tuple[Term, ...]:
        """The terms that may start at this token, longest first, cached."""
        got = self._cand_cache.get(tok)
        if got is None:
            lems = lemmas(tok)
            cands: list[Term] = []
            for l in lems:
                cands.extend(self.first.get(l, ()))
            for pre, term in self.prefix:
                if tok.startswith(pre) or any(l.startswith(pre) for l in lems):
                    cands.append(term)
            cands.sort(key=lambda c: -len(c.words))
            got = tuple(cands)
            if len(self._cand_cache) > 500_000:
                self._cand_cache.clear()
            self._cand_cache[tok] = got
        return got

    def zone_candidates(self, zone: str, toks: list[str]) -> dict[str, tuple[Prepared, ...]]:
        """token -> the terms that may start at it and look in ``zone``
        (``candidates`` order); cached."""
        zc = self._zone_cache.get(zone)
        if zc is None or len(zc) > 500_000:
            zc = self._zone_cache[zone] = {}
        for tok in set(toks).difference(zc):
            prepared = []
            for leaf, i, seq in self.candidates(tok):
                if leaf.where != "both" and not looks(leaf.where, zone):
                    continue
                rest = tuple((w, w[:-1] if w.endswith("*") else None) for w in seq[1:])
                prepared.append(Prepared(leaf, i, len(seq), id(leaf), rest))
            zc[tok] = tuple(prepared)
        return zc

    def hits(self, doc: Doc) -> dict[int, dict[str, Hits]]:
        """id(leaf) -> zone -> Hits for every terms leaf that matched."""
        out: dict[int, dict[str, Hits]] = {}
        for zone, toks in doc.zones.items():
            zc = self.zone_candidates(zone, toks)
            cands_at = list(map(zc.__getitem__, toks))
            n = len(toks)
            busy: dict[int, int] = {}   # id(leaf) -> end of its last match here
            busy_get = busy.get
            lemma_get = cached_lemmas
            cover_end, cover_len = 0, 0  # the longest match covering this position
            # only the positions where some term may start (most have none)
            for pos in compress(range(n), cands_at):
                for leaf, i, k, lid, rest in cands_at[pos]:
                    end = pos + k
                    if end > n or busy_get(lid, 0) > pos:
                        continue
                    # (a term that does not look in this zone neither counts
                    # here nor hides the shorter terms inside it: not a candidate)
                    # inside a longer match ("безопасность людей на водных
                    # объектах" holds "водных объектах"): the longer one wins
                    if end <= cover_end and k < cover_len:
                        continue
                    if rest:
                        ok = True
                        for j, (w, pre) in enumerate(rest, pos + 1):
                            ls = lemma_get(toks[j]) or lemmas(toks[j])
                            if pre is not None:
                                if not any(x.startswith(pre) for x in ls) and not toks[j].startswith(pre):
                                    ok = False
                                    break
                            elif w not in ls:
                                ok = False
                                break
                        if not ok:
                            continue
                    busy[lid] = end   # one leaf counts a word once
                    if end > cover_end or k >= cover_len:
                        cover_end, cover_len = max(cover_end, end), k
                    if leaf is MASK:
                        continue
                    m = out.setdefault(lid, {}).setdefault(zone, Hits())
                    m.count += 1
                    m.distinct.add(i)
                    form = " ".join(toks[pos:end])
                    if form not in m.forms:
                        m.forms.append(form)
        return out


def leaf_hits(leaf: Leaf, doc: Doc, term_hits: dict[int, dict[str, Hits]]) -> dict[str, Hits]:
    """zone -> Hits of one leaf in the zones it looks at (terms: from ``term_hits``)."""
    zones = [z for z in doc.zones if looks(leaf.where, z)]
    if leaf.kind == "terms":
        got = term_hits.get(id(leaf), {})
        return {z: m for z, m in got.items() if z in zones}
    out = {}
    for z in zones:
        s = doc.raw[z]
        m = Hits()
        if leaf.kind == "phrases":   # one regex, a group per phrase
            for mt in leaf.items[0].finditer(s):
                i = mt.lastindex - 1
                m.count += 1
                if i not in m.distinct:
                    m.distinct.add(i)
                    m.forms.append(mt.group(0))
        else:  # regex: the librarian's pattern, so it runs under a time limit
            if not may_match(leaf.items[1], s):   # none of what starts a match
                continue
            try:
                low = doc.lowered(z) if leaf.items[2] else None
                for mt in _regex_matches(leaf.items[0], leaf.items[2], s[:REGEX_INPUT],
                                         low[:REGEX_INPUT] if low is not None else None):
                    m.count += 1
                    m.distinct.add(mt.group(0))
                    if len(m.forms) < 5 and mt.group(0) not in m.forms:
                        m.forms.append(mt.group(0))
            except TimeoutError:
                m.timed_out = True
        if m.count:
            out[z] = m
    return out


def _regex_matches(rx, lits, s: str, low: str | None):
    """``rx.finditer(s)`` within ``REGEX_SECONDS`` in all (``TimeoutError`` past it),
    tried only where one of the literals every match begins with stands
    (``prefilter.scan``, on ``low``: ``s`` lower-cased), when they are known."""
    if not lits or low is None:
        yield from rx.finditer(s, timeout=REGEX_SECONDS)
        return
    deadline = time.monotonic() + REGEX_SECONDS

    def at(q: int):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"regex {rx.pattern!r} ran past {REGEX_SECONDS} s")
        return rx.match(s, q, timeout=left)
    yield from scan(at, lits, low)
